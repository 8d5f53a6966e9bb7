import { columnLetter, parseA1, type Fixed, type Grid } from '../domain/api/cells';
import type { UserEdit, UserEditsChoice, PlanConflict, WritePlan } from '../domain/api/plan';
import {
  analyze,
  type Analysis,
  type CheckFailure,
  type CheckOutcome,
  type SheetPreview,
  type ColumnOverrides,
} from '../domain/api/analyze';
import type { CriteriaSpec } from '../domain/api/criteria';
import { criteriaSetFromGrid } from '../domain/api/custom-criteria';
import { buildRemovalPlan, buildWritePlan } from '../domain/api/build-plan';
import { adoptRenamedTable, sheetKey, isToolSheet, ownedColumnsOn } from '../domain/api/workbook';
import type { OwnershipMarker } from '../domain/api/marker';
import type { Lang, Translate } from '../i18n/types';
import { applyPlan, type ApplyResult } from './apply';
import { detectCapabilities, type Capabilities } from './capabilities';
import { ExcelAdapterError, toAdapterError, translated } from './errors';
import { markerFrom, queueWorkbookState, readSheet, type SheetRead } from './read';
import { followTableRename } from './renamed-table';

/*
 * The operations the task pane and the ribbon command run, each inside one Excel.run context.
 * The pane's service types take WriteSummary and SheetChangePreview from here.
 */

export type { SheetPreview } from '../domain/api/analyze';
export type CheckResult = CheckOutcome;

interface CheckOptions {
  /** The active sheet when absent. */
  readonly sheet?: string;
  readonly criteria?: CriteriaSpec;
  readonly tolerance?: Fixed;
  readonly overrides?: ColumnOverrides;
  readonly capabilities?: Capabilities;
}

export interface OutputParts {
  readonly tableColumns: boolean;
  readonly summary: boolean;
  readonly agencySheets: boolean;
}

export interface WriteOptions extends CheckOptions {
  readonly t: Translate;
  readonly lang: Lang;
  readonly include: OutputParts;
  readonly maxBytesPerSync?: number;
  /** What to do with a user's edits in the tool's cells; without it such edits stop the write. */
  readonly userEdits?: UserEditsChoice;
  /**
   * The read the analysis was just made from, in this same Excel.run (the ribbon command): the
   * sheet is then not read a second time.
   */
  readonly freshRead?: SheetRead;
}

export interface WriteSummary {
  /** The user's edits left as they were. */
  readonly kept?: readonly UserEdit[];
  readonly sheetsCreated: readonly string[];
  readonly sheetsUpdated: readonly string[];
  readonly sheetsDeleted: readonly string[];
  readonly syncs: number;
}

/** Which sheets "Tạo sheet theo đơn vị" would create, update or delete, before it runs. */
export interface SheetChangePreview {
  readonly create: readonly string[];
  readonly update: readonly string[];
  readonly remove: readonly string[];
}

interface WorkbookDescription {
  readonly workbook: string;
  readonly sheet: string;
  readonly sheets: readonly string[];
}

/** Rows shown to map columns by hand when no header was recognised. */
const PREVIEW_ROWS = 30;
const PREVIEW_COLS = 26;

function previewOf(grid: Grid): SheetPreview {
  const rows = grid.cells.slice(0, PREVIEW_ROWS).map((row) => row.slice(0, PREVIEW_COLS).map((cell) => cell.text));
  return { originRow: grid.originRow, originCol: grid.originCol, rows };
}

export { ownedColumnsOn } from '../domain/api/workbook';

/**
 * 'auto' (the default) means the workbook's own "Bộ tiêu chí" sheet when it has one, read in the
 * same request as the table; a sheet with errors is refused rather than silently ignored.
 */
function criteriaOf(read: SheetRead, options: CheckOptions): CriteriaSpec | undefined {
  if ((options.criteria !== undefined && options.criteria !== 'auto') || !read.criteriaGrid) return options.criteria;
  if (sheetKey(read.criteriaGrid.sheet) === sheetKey(read.sheet)) return options.criteria;
  const { set, issues } = criteriaSetFromGrid(read.criteriaGrid);
  if (set) return set;
  const errors = issues.filter((i) => i.severity === 'error');
  throw new ExcelAdapterError('criteria.excel.invalid', { sheet: read.criteriaGrid.sheet, count: errors.length, where: String(errors[0]?.params.where ?? '') });
}

function analyzeRead(read: SheetRead, options: CheckOptions): CheckResult {
  const criteria = criteriaOf(read, options);
  const result = analyze(read.grid, {
    ...(criteria !== undefined ? { criteria } : {}),
    ...(options.tolerance !== undefined ? { tolerance: options.tolerance } : {}),
    ...(options.overrides !== undefined ? { overrides: options.overrides } : {}),
    ownedColumns: ownedColumnsOn(read.marker, read.sheet),
  });
  if (result.ok) return { ok: true, analysis: result.analysis };
  if (result.failure.reason === 'empty-sheet') return { ok: false, failure: result.failure };
  return { ok: false, failure: result.failure, preview: previewOf(read.grid) };
}

/**
 * The read with its marker followed to the sheet read when that sheet is the marker's table sheet
 * renamed since the last run (adoptRenamedTable): before the analysis masks the tool's columns and
 * the plan is built, so the write replaces the tool's columns there rather than adding a second set.
 */
function followedRead(read: SheetRead): SheetRead {
  const adopted = adoptRenamedTable(read.marker, read.sheets, read.sheet, read.grid);
  return adopted ? { ...read, marker: adopted.marker, renamedTable: adopted.renamed } : read;
}

/**
 * Reads the sheet in one sync and analyses it; an empty sheet, one without a table, or one the tool
 * itself wrote is a result, not an error.
 */
export async function checkSheet(context: Excel.RequestContext, options: CheckOptions = {}): Promise<{ read: SheetRead; result: CheckResult }> {
  const read = followedRead(await readSheet(context, options.sheet, options.capabilities ? { capabilities: options.capabilities } : {}));
  if (isToolSheet(read.marker, read.sheet)) return { read, result: { ok: false, failure: { reason: 'tool-sheet', sheet: read.sheet } } };
  return { read, result: analyzeRead(read, options) };
}

/** The message for a check that found no table, for callers without a pane (the ribbon command). */
export function failureError(failure: CheckFailure): ExcelAdapterError {
  if (failure.reason === 'tool-sheet') return new ExcelAdapterError('excel.error.toolSheet', { sheet: failure.sheet });
  return failure.reason === 'empty-sheet'
    ? new ExcelAdapterError('excel.error.emptySheet', { sheet: failure.sheet })
    : new ExcelAdapterError('excel.error.noTable', { sheet: failure.sheet });
}

function conflictError(conflict: PlanConflict): ExcelAdapterError {
  if (conflict.reason === 'no-room') return new ExcelAdapterError('excel.error.noRoom', { sheet: conflict.sheet, cell: conflict.cell });
  return conflict.reason === 'occupied-cell'
    ? new ExcelAdapterError('excel.error.occupiedCell', { sheet: conflict.sheet, cell: conflict.cell })
    : new ExcelAdapterError('excel.error.sheetNameTaken', { sheet: conflict.sheet });
}

/** Which rows the analysis read, and how: if the sheet no longer reads the same, the analysis is stale. */
function fingerprint(analysis: Analysis): string {
  const { layout, rows } = analysis.table;
  return JSON.stringify([
    layout.headerRow,
    layout.firstDataRow,
    layout.lastDataRow,
    layout.columns.map((c) => [c.role, c.col]),
    rows.map((r) => [r.row, r.kind, r.code.codes]),
    analysis.criteria.id,
  ]);
}

async function planFor(context: Excel.RequestContext, analysis: Analysis, options: WriteOptions): Promise<{ read: SheetRead; plan: WritePlan }> {
  let read = options.freshRead;
  let current = analysis;
  if (!read) {
    const checked = await checkSheet(context, { ...options, sheet: analysis.sheet, criteria: analysis.criteria });
    if (!checked.result.ok) throw failureError(checked.result.failure);
    if (fingerprint(checked.result.analysis) !== fingerprint(analysis)) throw new ExcelAdapterError('excel.error.staleCheck');
    read = checked.read;
    // The re-read forces the set the user saw; how it was chosen is still the first check's.
    current = { ...checked.result.analysis, criteriaChosenBy: analysis.criteriaChosenBy };
  }
  const built = buildWritePlan(current, {
    grid: read.grid,
    previous: read.marker,
    ...(read.renamedTable ? { renamedTable: read.renamedTable } : {}),
    existingSheets: read.sheets,
    t: options.t,
    lang: options.lang,
    include: options.include,
    ...(options.tolerance !== undefined ? { tolerance: options.tolerance } : {}),
  });
  if (!built.ok) throw conflictError(built.conflicts[0]!);
  return { read, plan: built.plan };
}

function summaryOf(result: ApplyResult): WriteSummary {
  return { sheetsCreated: result.sheetsCreated, sheetsUpdated: result.sheetsUpdated, sheetsDeleted: result.sheetsDeleted, syncs: result.syncs, kept: result.kept };
}

/**
 * Writes the chosen parts for an analysis. The sheet is read again first: a plan is only written
 * over the table it was computed from.
 */
export async function writeOutput(context: Excel.RequestContext, analysis: Analysis, options: WriteOptions): Promise<WriteSummary> {
  return translated(async () => {
    const caps = options.capabilities ?? detectCapabilities();
    const { read, plan } = await planFor(context, analysis, { ...options, capabilities: caps });
    const applied = await applyPlan(context, plan, {
      capabilities: caps,
      ...(options.maxBytesPerSync !== undefined ? { maxBytesPerSync: options.maxBytesPerSync } : {}),
      ...(options.userEdits !== undefined ? { userEdits: options.userEdits } : {}),
      previousTableSheet: read.marker?.tableSheet ?? null,
    });
    return { ...summaryOf(applied), syncs: applied.syncs + (options.freshRead ? 0 : read.syncs) };
  });
}

/** Which sheets a write would create, update or delete, without writing. */
export async function previewOutput(context: Excel.RequestContext, analysis: Analysis, options: WriteOptions): Promise<SheetChangePreview> {
  return translated(async () => {
    const { read, plan } = await planFor(context, analysis, options);
    const exists = new Set(read.sheets.map(sheetKey));
    const owned = plan.sheets.filter((s) => s.owned).map((s) => s.name);
    return {
      create: owned.filter((n) => !exists.has(sheetKey(n))),
      update: owned.filter((n) => exists.has(sheetKey(n))),
      remove: plan.deleteSheets.filter((n) => exists.has(sheetKey(n))),
    };
  });
}

/** Deletes exactly what the marker says the tool wrote, and the marker itself. */
export async function removeOutput(
  context: Excel.RequestContext,
  options: { capabilities?: Capabilities; maxBytesPerSync?: number; userEdits?: UserEditsChoice } = {},
): Promise<WriteSummary> {
  return translated(async () => {
    const request = queueWorkbookState(context);
    await context.sync();
    const read = markerFrom(request);
    if (read.state === 'foreign') throw new ExcelAdapterError('excel.error.markerTaken', { sheet: request.markerSheet.name });
    if (read.state === 'absent') return { sheetsCreated: [], sheetsUpdated: [], sheetsDeleted: [], syncs: 1, kept: [] };
    const { marker, renamedTable, syncs } = await followTableRename(context, read.marker, request.worksheets.items.map((w) => w.name));
    const applied = await applyPlan(context, buildRemovalPlan(marker, renamedTable), { ...options, previousTableSheet: marker?.tableSheet ?? null });
    return { ...summaryOf(applied), syncs: applied.syncs + 1 + syncs };
  });
}

/** What "remove results" would take away: the tool's sheets that exist, and its columns on the table sheet. */
interface RemovalPreview {
  readonly sheets: readonly string[];
  readonly tableSheet: string | null;
  /** Column letters of the tool's columns on tableSheet. */
  readonly columns: readonly string[];
}

export async function previewRemoval(context: Excel.RequestContext): Promise<RemovalPreview> {
  return translated(async () => {
    const request = queueWorkbookState(context);
    await context.sync();
    const read = markerFrom(request);
    if (read.state === 'foreign') throw new ExcelAdapterError('excel.error.markerTaken', { sheet: request.markerSheet.name });
    const names = request.worksheets.items.map((w) => w.name);
    const { marker } = await followTableRename(context, read.marker, names);
    const exists = (name: string) => names.some((n) => sheetKey(n) === sheetKey(name));
    const tableSheet = marker?.tableSheet && exists(marker.tableSheet) && marker.tableColumns.length > 0 ? marker.tableSheet : null;
    return {
      sheets: (marker?.sheets ?? []).filter(exists),
      tableSheet,
      columns: tableSheet ? marker!.tableColumns.map(columnLetter) : [],
    };
  });
}

/** Selects the cell and brings it into view (activating its sheet first). */
export async function revealCell(context: Excel.RequestContext, sheet: string, cell: string): Promise<void> {
  if (!parseA1(cell)) throw new ExcelAdapterError('excel.error.cellAddress', { cell });
  try {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(cell).select();
    await context.sync();
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ItemNotFound') throw new ExcelAdapterError('excel.error.sheetNotFound', { sheet });
    throw toAdapterError(error);
  }
}

export async function describeWorkbook(context: Excel.RequestContext, capabilities?: Capabilities): Promise<WorkbookDescription> {
  const caps = capabilities ?? detectCapabilities();
  return translated(async () => {
    const workbook = context.workbook;
    if (caps.workbookName) workbook.load('name');
    // Names and visibility, and the marker (in the same request): the picker offers only the user's sheets.
    const state = queueWorkbookState(context);
    const active = state.worksheets.getActiveWorksheet();
    active.load('name');
    await context.sync();
    const { marker } = markerFrom(state);
    const sheets = state.worksheets.items
      .filter((ws) => ws.visibility === 'Visible' && !isToolSheet(marker, ws.name))
      .map((ws) => ws.name);
    return { workbook: caps.workbookName ? workbook.name : '', sheet: startingSheet(active.name, sheets, marker), sheets };
  });
}

/**
 * The sheet the pane starts on: the active one, unless an earlier run wrote it (Excel leaves the
 * summary active after writing it); then the table that run scored, else the first of the user's sheets.
 */
function startingSheet(active: string, sheets: readonly string[], marker: OwnershipMarker | null): string {
  if (!isToolSheet(marker, active)) return active;
  const table = marker?.tableSheet ? sheets.find((s) => sheetKey(s) === sheetKey(marker.tableSheet!)) : undefined;
  return table ?? sheets[0] ?? active;
}

export { toAdapterError };
