import { EMPTY_CELL, type Grid, type GridCell, type MergedArea } from '../domain/api/cells';
import { MARKER_SHEET, sameSheet, CRITERIA_SHEET, type RenamedTable } from '../domain/api/workbook';
import { markerText, parseMarker, type OwnershipMarker } from '../domain/api/marker';
import { rectsFromAddresses } from './a1';
import { detectCapabilities, type Capabilities } from './capabilities';
import { ExcelAdapterError, toAdapterError } from './errors';
import { readAreas, type AreaRequest } from './read-bands';

export type SheetVisibility = 'Visible' | 'Hidden' | 'VeryHidden';

export interface WorksheetInfo {
  readonly name: string;
  readonly visibility: SheetVisibility;
  readonly protected: boolean;
}

/** What the marker sheet holds: nothing, our marker, or something a user put there. */
export type MarkerState = 'absent' | 'marker' | 'foreign';

export interface SheetRead {
  readonly grid: Grid;
  readonly sheet: string;
  /** Every worksheet name in workbook order, hidden ones included (new names must avoid them all). */
  readonly sheets: string[];
  /** Visible worksheets only, for the sheet picker. */
  readonly visibleSheets: string[];
  readonly worksheets: readonly WorksheetInfo[];
  readonly marker: OwnershipMarker | null;
  /** Set when `sheet` is the marker's table sheet renamed since the last run; `marker` then names it so. */
  readonly renamedTable?: RenamedTable;
  readonly markerState: MarkerState;
  readonly protectedSheets: string[];
  /** The workbook's "Bộ tiêu chí" sheet, read with the table; null when there is none. */
  readonly criteriaGrid?: Grid | null;
  /** Round trips the read took, the refused ones included. */
  readonly syncs: number;
}

interface ReadOptions {
  readonly capabilities?: Capabilities;
  /** Response bytes per request when the sheet is read by parts (default READ_BUDGET_BYTES). */
  readonly responseBudgetBytes?: number;
}

/**
 * Queues the workbook-wide loads every operation starts from: names, visibility, protection and
 * the ownership marker. The marker is read through the marker sheet's used range, a *OrNullObject
 * call that is itself null when the sheet is missing, so one request serves both cases (a plain
 * getRange on a missing sheet would fail the whole request).
 */
export function queueWorkbookState(context: Excel.RequestContext): WorkbookStateRequest {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/visibility,items/protection/protected');
  const markerSheet = worksheets.getItemOrNullObject(MARKER_SHEET);
  markerSheet.load('isNullObject');
  const markerUsed = markerSheet.getUsedRangeOrNullObject(true);
  markerUsed.load('rowIndex,columnIndex,values');
  return { worksheets, markerSheet, markerUsed };
}

interface WorkbookStateRequest {
  readonly worksheets: Excel.WorksheetCollection;
  readonly markerSheet: Excel.Worksheet;
  readonly markerUsed: Excel.Range;
}

export function worksheetInfos(worksheets: Excel.WorksheetCollection): WorksheetInfo[] {
  return worksheets.items.map((ws) => ({
    name: ws.name,
    visibility: ws.visibility as SheetVisibility,
    protected: Boolean(ws.protection?.protected),
  }));
}

export function markerFrom(request: WorkbookStateRequest): { marker: OwnershipMarker | null; state: MarkerState } {
  if (request.markerSheet.isNullObject) return { marker: null, state: 'absent' };
  return markerOf(request.markerUsed);
}

/** Excel reports "####" for a number too wide for its column: the value itself is then the better text. */
function displayText(text: unknown, value: unknown): string {
  const shown = typeof text === 'string' ? text : '';
  if (typeof value === 'number' && (shown === '' || /^#+$/.test(shown))) return String(value);
  return shown;
}

function toGridCell(value: unknown, text: unknown, type: unknown): GridCell {
  switch (type) {
    case 'Empty':
      return EMPTY_CELL;
    case 'Error':
      return { value: String(value), text: typeof text === 'string' && text !== '' ? text : String(value), kind: 'error' };
    default:
      break;
  }
  if (value === null || value === undefined || value === '') return EMPTY_CELL;
  if (typeof value === 'number') return { value, text: displayText(text, value), kind: 'number' };
  if (typeof value === 'boolean') return { value, text: typeof text === 'string' && text !== '' ? text : value ? 'TRUE' : 'FALSE', kind: 'boolean' };
  const str = String(value);
  return { value: str, text: str, kind: 'string' };
}

export function gridFromRange(
  sheet: string,
  used: { rowIndex: number; columnIndex: number; values: unknown[][]; text?: unknown[][]; valueTypes?: unknown[][] } | null,
  merges: readonly MergedArea[],
  mergesKnown: boolean,
): Grid {
  if (!used) return { sheet, originRow: 0, originCol: 0, cells: [], merges, mergesKnown };
  const cells = used.values.map((row, r) =>
    row.map((value, c) => toGridCell(value, used.text?.[r]?.[c], used.valueTypes?.[r]?.[c])),
  );
  return { sheet, originRow: used.rowIndex, originCol: used.columnIndex, cells, merges, mergesKnown };
}

async function readOnce(context: Excel.RequestContext, sheetName: string | undefined, withMerges: boolean): Promise<SheetRead> {
  const state = queueWorkbookState(context);
  const target = sheetName === undefined ? context.workbook.worksheets.getActiveWorksheet() : context.workbook.worksheets.getItemOrNullObject(sheetName);
  target.load('name');
  // valuesOnly: a column formatted to the bottom of the sheet must not make the read a million rows.
  const used = target.getUsedRangeOrNullObject(true);
  used.load('rowIndex,columnIndex,values,text,valueTypes');
  // The workbook's own criteria set rides along: a null object when the sheet is missing.
  const criteriaSheet = context.workbook.worksheets.getItemOrNullObject(CRITERIA_SHEET);
  criteriaSheet.load('name,visibility');
  const criteriaUsed = criteriaSheet.getUsedRangeOrNullObject(true);
  criteriaUsed.load('rowIndex,columnIndex,values,text,valueTypes');
  let merged: Excel.RangeAreas | null = null;
  if (withMerges) {
    // Asked of the used range, itself a null object on an empty or missing sheet, so those cases
    // need no second request. Merged areas reaching past the used range are returned whole.
    merged = used.getMergedAreasOrNullObject();
    merged.load('address');
  }
  await context.sync();

  if (target.isNullObject) throw new ExcelAdapterError('excel.error.sheetNotFound', { sheet: sheetName ?? '' });
  const name = target.name;
  const infos = worksheetInfos(state.worksheets);
  const { marker, state: markerState } = markerFrom(state);
  const merges = merged && !merged.isNullObject ? rectsFromAddresses(merged.address) : [];
  const grid = gridFromRange(name, used.isNullObject ? null : used, merges, withMerges);
  const criteriaGrid =
    criteriaSheet.isNullObject || criteriaSheet.visibility === 'VeryHidden'
      ? null
      : gridFromRange(criteriaSheet.name, criteriaUsed.isNullObject ? null : criteriaUsed, [], false);
  return {
    criteriaGrid,
    grid,
    syncs: 1,
    sheet: name,
    sheets: infos.map((i) => i.name),
    visibleSheets: infos.filter((i) => i.visibility === 'Visible').map((i) => i.name),
    worksheets: infos,
    marker,
    markerState,
    protectedSheets: infos.filter((i) => i.protected).map((i) => i.name),
  };
}

/** The marker from the marker sheet's used range (null object: the sheet is empty). */
export function markerOf(used: Excel.Range): { marker: OwnershipMarker | null; state: MarkerState } {
  if (used.isNullObject) return { marker: null, state: 'marker' };
  const raw = used.rowIndex === 0 && used.columnIndex === 0 ? markerText(used.values.map((line) => line[0])) : null;
  const marker = raw !== null ? parseMarker(raw) : null;
  return marker ? { marker, state: 'marker' } : { marker: null, state: 'foreign' };
}

/**
 * The read by parts, used only when the one-request read failed: Excel on the web refused a response
 * over 5 MB, a range held more than 512 merged areas, or a host refused the marker lookup on a missing
 * sheet. It never calls a method on an object that may be null (hosts differ in how they treat that):
 * names first, then the used areas' sizes, then the rows of the table sheet and the criteria sheet in
 * bands packed into as few requests as their size allows (read-bands.ts), merged areas with them.
 */
async function readByParts(context: Excel.RequestContext, sheetName: string | undefined, caps: Capabilities, budgetBytes: number | undefined): Promise<SheetRead> {
  const withMerges = caps.mergedAreas;
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/visibility,items/protection/protected');
  const active = worksheets.getActiveWorksheet();
  active.load('name');
  await context.sync();
  const infos = worksheetInfos(worksheets);
  const find = (wanted: string) => infos.find((i) => sameSheet(i.name, wanted));
  const wanted = sheetName ?? active.name;
  const info = find(wanted);
  if (!info) throw new ExcelAdapterError('excel.error.sheetNotFound', { sheet: wanted });
  const ws = worksheets.getItem(info.name);
  const used = ws.getUsedRangeOrNullObject(true);
  used.load('rowIndex,columnIndex,rowCount,columnCount');
  const criteriaInfo = find(CRITERIA_SHEET);
  const readCriteria = criteriaInfo && criteriaInfo.visibility !== 'VeryHidden' && criteriaInfo.name !== info.name ? criteriaInfo : undefined;
  const criteriaWs = readCriteria ? worksheets.getItem(readCriteria.name) : null;
  const criteriaUsed = criteriaWs ? criteriaWs.getUsedRangeOrNullObject(true) : null;
  criteriaUsed?.load('rowIndex,columnIndex,rowCount,columnCount');
  const markerUsed = find(MARKER_SHEET) ? worksheets.getItem(MARKER_SHEET).getUsedRangeOrNullObject(true) : null;
  markerUsed?.load('rowIndex,columnIndex,values');
  await context.sync();
  const { marker, state: markerState } = markerUsed ? markerOf(markerUsed) : { marker: null, state: 'absent' as const };
  const requests: AreaRequest[] = [];
  if (!used.isNullObject) requests.push({ worksheet: ws, area: used, withMerges });
  if (criteriaWs && criteriaUsed && !criteriaUsed.isNullObject) requests.push({ worksheet: criteriaWs, area: criteriaUsed, withMerges: false });
  const { contents, syncs } = await readAreas(context, requests, caps.mergedAreas, budgetBytes);
  const [table, criteria] = contents;
  const tableContent = used.isNullObject ? null : table!;
  const criteriaContent = used.isNullObject ? table : criteria;
  return {
    grid: gridFromRange(info.name, tableContent, tableContent?.merges ?? [], withMerges && (tableContent?.mergesKnown ?? true)),
    criteriaGrid: readCriteria ? gridFromRange(readCriteria.name, criteriaContent ?? null, [], false) : null,
    // The refused one-request read, names, used areas, then the bands.
    syncs: 3 + syncs,
    sheet: info.name,
    sheets: infos.map((i) => i.name),
    visibleSheets: infos.filter((i) => i.visibility === 'Visible').map((i) => i.name),
    worksheets: infos,
    marker,
    markerState,
    protectedSheets: infos.filter((i) => i.protected).map((i) => i.name),
  };
}

/**
 * Reads a sheet (the active one unless named) into the engine's grid in one request: values,
 * displayed text and value types of the used range, merged areas when the host has the API,
 * worksheet names, visibility and protection, and the ownership marker.
 */
export async function readSheet(context: Excel.RequestContext, sheetName?: string, options: ReadOptions = {}): Promise<SheetRead> {
  const caps = options.capabilities ?? detectCapabilities();
  try {
    return await readOnce(context, sheetName, caps.mergedAreas);
  } catch (error) {
    if (error instanceof ExcelAdapterError) throw error;
    // getMergedAreasOrNullObject fails above 512 merged areas, a host may refuse the marker lookup
    // on a missing sheet, and a very large sheet exceeds the response limit: read again by parts
    // rather than fail the check.
    try {
      return await readByParts(context, sheetName, caps, options.responseBudgetBytes);
    } catch (retryError) {
      throw toAdapterError(retryError);
    }
  }
}

/**
 * The workbook's "Bộ tiêu chí" sheet as a grid, or null when there is none, in one request (the
 * sheet and its used range are both null objects when missing). Merged areas do not matter there.
 */
export async function readCriteriaGrid(context: Excel.RequestContext, name: string = CRITERIA_SHEET): Promise<Grid | null> {
  try {
    const sheet = context.workbook.worksheets.getItemOrNullObject(name);
    sheet.load('name,visibility');
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load('rowIndex,columnIndex,values,text,valueTypes');
    await context.sync();
    if (sheet.isNullObject || sheet.visibility === 'VeryHidden') return null;
    return gridFromRange(sheet.name, used.isNullObject ? null : used, [], false);
  } catch (error) {
    throw toAdapterError(error);
  }
}
