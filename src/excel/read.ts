import type { Grid, GridCell, MergedArea } from '../domain/grid';
import { EMPTY_CELL } from '../domain/grid';
import { MARKER_SHEET } from '../domain/plan/types';
import type { OwnershipMarker } from '../domain/plan/types';
import { parseMarker } from '../domain/plan/marker';
import { rectsFromAddresses } from './a1';
import { detectCapabilities, type Capabilities } from './capabilities';
import { ExcelAdapterError, toAdapterError } from './errors';

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
  readonly markerState: MarkerState;
  readonly protectedSheets: string[];
}

export interface ReadOptions {
  readonly capabilities?: Capabilities;
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

export interface WorkbookStateRequest {
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
  const used = request.markerUsed;
  if (used.isNullObject) return { marker: null, state: 'marker' };
  const raw: unknown = used.rowIndex === 0 && used.columnIndex === 0 ? used.values[0]?.[0] : undefined;
  const marker = typeof raw === 'string' ? parseMarker(raw) : null;
  return marker ? { marker, state: 'marker' } : { marker: null, state: 'foreign' };
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
  let merged: Excel.RangeAreas | null = null;
  if (withMerges) {
    // On the whole sheet rather than the used range, so an empty sheet needs no second request.
    merged = target.getRange().getMergedAreasOrNullObject();
    merged.load('address');
  }
  await context.sync();

  if (target.isNullObject) throw new ExcelAdapterError('excel.error.sheetNotFound', { sheet: sheetName ?? '' });
  const name = target.name;
  const infos = worksheetInfos(state.worksheets);
  const { marker, state: markerState } = markerFrom(state);
  const merges = merged && !merged.isNullObject ? rectsFromAddresses(merged.address) : [];
  const grid = gridFromRange(name, used.isNullObject ? null : used, merges, withMerges);
  return {
    grid,
    sheet: name,
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
    if (error instanceof ExcelAdapterError || !caps.mergedAreas) throw toAdapterError(error);
    // getMergedAreasOrNullObject fails above 512 merged areas: read again without it and let the
    // table reader fill down by heuristic (mergesKnown = false) rather than fail the check.
    try {
      return await readOnce(context, sheetName, false);
    } catch (retryError) {
      throw toAdapterError(retryError);
    }
  }
}
