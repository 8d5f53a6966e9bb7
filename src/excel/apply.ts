import { a1, rangeA1 } from '../domain/address';
import { serializeMarker } from '../domain/plan/marker';
import { sheetKey } from '../domain/plan/sheet-names';
import type { OwnershipMarker, PlanSheet, WritePlan } from '../domain/plan/types';
import { MARKER_SHEET } from '../domain/plan/types';
import { rectsFromAddresses, rectsIntersect } from './a1';
import { detectCapabilities, type Capabilities } from './capabilities';
import { BAND_SHARE, chunkOps, DEFAULT_MAX_BYTES_PER_SYNC } from './chunk';
import { encodePlan } from './encode';
import { ExcelAdapterError, toAdapterError } from './errors';
import type { WriteOp } from './ops';
import { markerFrom, queueWorkbookState, worksheetInfos, type MarkerState, type WorksheetInfo } from './read';

export interface ApplyOptions {
  /** Request budget per sync (default about 1 MB; Excel on the web refuses 5 MB). */
  readonly maxBytesPerSync?: number;
  readonly capabilities?: Capabilities;
}

export interface ApplyResult {
  /** Round trips made, the checks before writing included. */
  readonly syncs: number;
  readonly sheetsCreated: string[];
  readonly sheetsUpdated: string[];
  readonly sheetsDeleted: string[];
}

/** What the workbook looks like right before a write. */
export interface WorkbookState {
  readonly worksheets: readonly WorksheetInfo[];
  readonly marker: OwnershipMarker | null;
  readonly markerState: MarkerState;
  readonly workbookProtected: boolean;
  readonly calculationMode: string | null;
  readonly enableEvents: boolean | null;
}

interface TableProbe {
  readonly sheet: PlanSheet;
  readonly blocks: { readonly range: Excel.Range; readonly merged: Excel.RangeAreas | null }[];
}

function hasSheet(infos: readonly WorksheetInfo[], name: string): WorksheetInfo | undefined {
  const key = sheetKey(name);
  return infos.find((i) => sheetKey(i.name) === key);
}

function ownsSheet(marker: OwnershipMarker | null, name: string): boolean {
  return marker?.sheets.some((s) => sheetKey(s) === sheetKey(name)) ?? false;
}

function ownsTableCell(marker: OwnershipMarker | null, sheet: string, row: number, col: number): boolean {
  if (!marker?.tableSheet || !marker.tableRows) return false;
  if (sheetKey(marker.tableSheet) !== sheetKey(sheet)) return false;
  return marker.tableColumns.includes(col) && row >= marker.tableRows.first && row <= marker.tableRows.last;
}

/** One request: the workbook state, plus the values and merged areas under the table sheet's output. */
async function preflight(context: Excel.RequestContext, plan: WritePlan, caps: Capabilities, probeTable: boolean): Promise<{ state: WorkbookState; probe: TableProbe | null }> {
  const request = queueWorkbookState(context);
  const protection = caps.workbookProtection && context.workbook.protection ? context.workbook.protection : null;
  protection?.load('protected');
  const application = caps.calculationMode ? context.application : null;
  application?.load('calculationMode');
  const runtime = caps.events && context.runtime ? context.runtime : null;
  runtime?.load('enableEvents');

  let probe: TableProbe | null = null;
  const tableSheet = plan.sheets.find((s) => !s.owned);
  if (probeTable && tableSheet) {
    const ws = context.workbook.worksheets.getItem(tableSheet.name);
    probe = {
      sheet: tableSheet,
      blocks: tableSheet.blocks
        .filter((b) => b.cells.length > 0 && (b.cells[0]?.length ?? 0) > 0)
        .map((b) => {
          const range = ws.getRangeByIndexes(b.row, b.col, b.cells.length, Math.max(...b.cells.map((r) => r.length)));
          range.load('values');
          const merged = caps.mergedAreas ? range.getMergedAreasOrNullObject() : null;
          merged?.load('address');
          return { range, merged };
        }),
    };
  }
  await context.sync();
  const { marker, state: markerState } = markerFrom(request);
  return {
    state: {
      worksheets: worksheetInfos(request.worksheets),
      marker,
      markerState,
      workbookProtected: protection ? Boolean(protection.protected) : false,
      calculationMode: application ? String(application.calculationMode) : null,
      enableEvents: runtime ? Boolean(runtime.enableEvents) : null,
    },
    probe,
  };
}

/** Everything that would make Excel refuse part of the write, found before the first change. */
export function validatePlan(plan: WritePlan, state: WorkbookState): ExcelAdapterError | null {
  const { worksheets, marker } = state;
  if (state.markerState === 'foreign') return new ExcelAdapterError('excel.error.markerTaken', { sheet: MARKER_SHEET });
  let structureChanges = false;
  for (const name of plan.deleteSheets) {
    if (!hasSheet(worksheets, name)) continue;
    if (!ownsSheet(marker, name)) return new ExcelAdapterError('excel.error.notOwned', { sheet: name });
    structureChanges = true;
  }
  for (const sheet of plan.sheets) {
    const existing = hasSheet(worksheets, sheet.name);
    if (sheet.owned) {
      if (!existing) {
        structureChanges = true;
        continue;
      }
      if (!ownsSheet(marker, sheet.name)) return new ExcelAdapterError('excel.error.sheetNameTaken', { sheet: existing.name });
      if (existing.protected) return new ExcelAdapterError('excel.error.sheetProtected', { sheet: existing.name });
      continue;
    }
    if (!existing) return new ExcelAdapterError('excel.error.tableSheetMissing', { sheet: sheet.name });
    if (existing.protected) return new ExcelAdapterError('excel.error.sheetProtected', { sheet: existing.name });
  }
  if (marker?.tableSheet && marker.tableRows) {
    const previousTable = hasSheet(worksheets, marker.tableSheet);
    if (previousTable?.protected) return new ExcelAdapterError('excel.error.sheetProtected', { sheet: previousTable.name });
  }
  const markerExists = state.markerState !== 'absent';
  const markerOwnsSomething = plan.marker.sheets.length > 0 || plan.marker.tableColumns.length > 0;
  if (markerExists !== markerOwnsSomething) structureChanges = true;
  if (structureChanges && state.workbookProtected) return new ExcelAdapterError('excel.error.workbookProtected');
  return null;
}

/** A non-empty user cell or a merged area under a cell the plan writes. */
function validateTableArea(probe: TableProbe, marker: OwnershipMarker | null): ExcelAdapterError | null {
  const { sheet } = probe;
  const blocks = sheet.blocks.filter((b) => b.cells.length > 0 && (b.cells[0]?.length ?? 0) > 0);
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const loaded = probe.blocks[i]!;
    if (loaded.merged && !loaded.merged.isNullObject) {
      for (const area of rectsFromAddresses(loaded.merged.address)) {
        const hit = block.cells.some((line, r) =>
          line.some((cell, c) => cell !== null && rectsIntersect(area, { row: block.row + r, col: block.col + c, rowCount: 1, colCount: 1 })),
        );
        if (hit) return new ExcelAdapterError('excel.error.mergedOutput', { sheet: sheet.name, range: rangeA1(area.row, area.col, area.rowCount, area.colCount) });
      }
    }
    const values = loaded.range.values;
    for (let r = 0; r < block.cells.length; r++) {
      const line = block.cells[r]!;
      for (let c = 0; c < line.length; c++) {
        if (line[c] === null) continue;
        const current: unknown = values[r]?.[c];
        if (current === '' || current === null || current === undefined) continue;
        const row = block.row + r;
        const col = block.col + c;
        if (!ownsTableCell(marker, sheet.name, row, col)) return new ExcelAdapterError('excel.error.occupiedCell', { sheet: sheet.name, cell: a1(row, col) });
      }
    }
  }
  return null;
}

/** Excel's cellValue operators for the plan's conditional rules. */
const OPERATORS = { lessThan: 'LessThan', greaterThan: 'GreaterThan', notEqual: 'NotEqualTo', equal: 'EqualTo' } as const;

function withEquals(formula: string): string {
  return formula.startsWith('=') ? formula : `=${formula}`;
}

/** Queues the Office.js calls of one op; worksheet proxies are shared across the whole write. */
class Executor {
  private readonly sheets = new Map<string, Excel.Worksheet>();

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly caps: Capabilities,
  ) {}

  private sheet(name: string): Excel.Worksheet {
    const key = sheetKey(name);
    let ws = this.sheets.get(key);
    if (!ws) {
      ws = this.context.workbook.worksheets.getItem(name);
      this.sheets.set(key, ws);
    }
    return ws;
  }

  private range(sheet: string, row: number, col: number, rowCount: number, colCount: number): Excel.Range {
    return this.sheet(sheet).getRangeByIndexes(row, col, rowCount, colCount);
  }

  queue(op: WriteOp): void {
    switch (op.kind) {
      case 'beginMarker': {
        if (op.create) {
          const ws = this.context.workbook.worksheets.add(MARKER_SHEET);
          ws.visibility = this.caps.visibility ? 'VeryHidden' : 'Hidden';
          this.sheets.set(sheetKey(MARKER_SHEET), ws);
        }
        this.sheet(MARKER_SHEET).getRange('A1').values = [[`'${op.text}`]];
        return;
      }
      case 'endMarker':
        this.sheet(MARKER_SHEET).getRange('A1').values = [[`'${op.text}`]];
        return;
      case 'deleteMarker':
        this.sheet(MARKER_SHEET).delete();
        this.sheets.delete(sheetKey(MARKER_SHEET));
        return;
      case 'deleteSheet':
        this.sheet(op.sheet).delete();
        this.sheets.delete(sheetKey(op.sheet));
        return;
      case 'addSheet':
        this.sheets.set(sheetKey(op.sheet), this.context.workbook.worksheets.add(op.sheet));
        return;
      case 'clearSheet': {
        const ws = this.sheet(op.sheet);
        const all = ws.getRange();
        all.conditionalFormats.clearAll();
        all.clear('All');
        ws.freezePanes.unfreeze();
        return;
      }
      case 'clearRect': {
        const range = this.range(op.sheet, op.rect.row, op.rect.col, op.rect.rowCount, op.rect.colCount);
        range.conditionalFormats.clearAll();
        range.clear('All');
        return;
      }
      case 'formulas':
        this.range(op.sheet, op.row, op.col, op.cells.length, op.cells[0]?.length ?? 1).formulas = op.cells as unknown[][];
        return;
      case 'numberFormat':
        this.range(op.sheet, op.row, op.col, op.cells.length, op.cells[0]?.length ?? 1).numberFormat = op.cells as unknown[][];
        return;
      case 'style': {
        const format = this.range(op.sheet, op.rect.row, op.rect.col, op.rect.rowCount, op.rect.colCount).format;
        const s = op.style;
        if (s.bold !== undefined) format.font.bold = s.bold;
        if (s.italic !== undefined) format.font.italic = s.italic;
        if (s.fontColor) format.font.color = s.fontColor;
        if (op.underline) format.font.underline = 'Single';
        if (s.fill) format.fill.color = s.fill;
        if (s.wrap !== undefined) format.wrapText = s.wrap;
        if (s.horizontal) format.horizontalAlignment = s.horizontal === 'left' ? 'Left' : s.horizontal === 'center' ? 'Center' : 'Right';
        return;
      }
      case 'link':
        if (this.caps.hyperlinks) this.range(op.sheet, op.row, op.col, 1, 1).hyperlink = { documentReference: op.target, textToDisplay: op.text };
        return;
      case 'columnWidth':
        this.range(op.sheet, 0, op.col, 1, 1).getEntireColumn().format.columnWidth = op.points;
        return;
      case 'conditionalFormat': {
        const cf = this.sheet(op.sheet).getRange(op.format.range).conditionalFormats.add('CellValue');
        const rule = op.format.rule;
        cf.cellValue.rule =
          rule.type === 'cellIs'
            ? { formula1: withEquals(rule.formula), operator: OPERATORS[rule.operator] }
            : { formula1: `="${rule.text.replace(/"/g, '""')}"`, operator: 'EqualTo' };
        const s = op.format.style;
        if (s.fill) cf.cellValue.format.fill.color = s.fill;
        if (s.fontColor) cf.cellValue.format.font.color = s.fontColor;
        if (s.bold !== undefined) cf.cellValue.format.font.bold = s.bold;
        if (s.italic !== undefined) cf.cellValue.format.font.italic = s.italic;
        return;
      }
      case 'freeze': {
        const panes = this.sheet(op.sheet).freezePanes;
        if (op.rows > 0 && op.cols > 0) panes.freezeAt(this.range(op.sheet, 0, 0, op.rows, op.cols));
        else if (op.rows > 0) panes.freezeRows(op.rows);
        else panes.freezeColumns(op.cols);
        return;
      }
    }
  }
}

function summarize(ops: readonly WriteOp[], plan: WritePlan): Pick<ApplyResult, 'sheetsCreated' | 'sheetsUpdated' | 'sheetsDeleted'> {
  const created = ops.filter((o): o is Extract<WriteOp, { kind: 'addSheet' }> => o.kind === 'addSheet').map((o) => o.sheet);
  const deleted = ops.filter((o): o is Extract<WriteOp, { kind: 'deleteSheet' }> => o.kind === 'deleteSheet').map((o) => o.sheet);
  const createdKeys = new Set(created.map(sheetKey));
  const updated = plan.sheets.map((s) => s.name).filter((n) => !createdKeys.has(sheetKey(n)));
  const cleared = ops.filter((o): o is Extract<WriteOp, { kind: 'clearRect' }> => o.kind === 'clearRect').map((o) => o.sheet);
  for (const name of cleared) if (!updated.some((u) => sheetKey(u) === sheetKey(name))) updated.push(name);
  return { sheetsCreated: created, sheetsUpdated: updated, sheetsDeleted: deleted };
}

/**
 * Applies a write plan (see the order documented on WritePlan). One request checks the workbook
 * first (protection, a user's sheet bearing a generated name, merged or occupied cells under the
 * output, a sheet named like our marker); when anything would fail, it throws before changing a
 * thing. Writes then go in rectangles, packed into syncs by request size, with calculation,
 * screen updating and events suspended and restored whatever happens.
 */
export async function applyPlan(context: Excel.RequestContext, plan: WritePlan, options: ApplyOptions = {}): Promise<ApplyResult> {
  const caps = options.capabilities ?? detectCapabilities();
  const maxBytes = options.maxBytesPerSync ?? DEFAULT_MAX_BYTES_PER_SYNC;
  let syncs = 0;
  let checked: { state: WorkbookState; probe: TableProbe | null };
  try {
    syncs += 1;
    checked = await preflight(context, plan, caps, true);
  } catch (error) {
    // A missing table sheet fails the probe itself: ask again without it to say which sheet.
    if ((error as { code?: unknown }).code !== 'ItemNotFound') throw toAdapterError(error);
    syncs += 1;
    checked = await preflight(context, plan, caps, false).catch((e: unknown) => {
      throw toAdapterError(e);
    });
  }
  const { state, probe } = checked;
  const refused = validatePlan(plan, state) ?? (probe ? validateTableArea(probe, state.marker) : null);
  if (refused) throw refused;

  const ops = encodePlan(plan, {
    previous: state.marker,
    existingSheets: state.worksheets.map((w) => w.name),
    markerSheetExists: state.markerState !== 'absent',
    maxBandBytes: Math.floor(maxBytes * BAND_SHARE),
    serialize: serializeMarker,
  });
  const { chunks, oversized } = chunkOps(ops, maxBytes);
  if (oversized.length > 0) throw new ExcelAdapterError('excel.error.payloadTooLarge');

  if (chunks.length === 0) return { syncs, ...summarize(ops, plan) };
  const executor = new Executor(context, caps);
  const suspendCalc = state.calculationMode !== null && state.calculationMode !== 'Manual';
  const suspendEvents = state.enableEvents === true;
  const restore = () => {
    if (suspendCalc) context.application.calculationMode = state.calculationMode as Excel.CalculationMode;
    if (suspendEvents) context.runtime.enableEvents = true;
  };
  let restored = !suspendCalc && !suspendEvents;
  try {
    for (let i = 0; i < chunks.length; i++) {
      if (i === 0) {
        if (suspendCalc) context.application.calculationMode = 'Manual';
        if (suspendEvents) context.runtime.enableEvents = false;
      }
      if (caps.suspendScreenUpdating) context.application.suspendScreenUpdatingUntilNextSync();
      for (const op of chunks[i]!) executor.queue(op);
      const last = i === chunks.length - 1;
      if (last && !restored) restore();
      syncs += 1;
      await context.sync();
      if (last) restored = true;
    }
  } catch (error) {
    throw toAdapterError(error);
  } finally {
    if (!restored) {
      restore();
      syncs += 1;
      // The write's own error is what the user must see; a failed restore must not replace it.
      await context.sync().catch(() => undefined);
    }
  }
  return { syncs, ...summarize(ops, plan) };
}
