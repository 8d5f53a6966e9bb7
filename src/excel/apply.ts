import { a1, rangeA1 } from '../domain/address';
import { serializeMarker } from '../domain/plan/marker';
import { sheetKey } from '../domain/plan/sheet-names';
import { ownsNothing, ownsSheet, ownsTableCell } from '../domain/plan/ownership';
import type { OwnershipMarker, PlanSheet, WritePlan } from '../domain/plan/types';
import { MARKER_SHEET } from '../domain/plan/types';
import { rectsFromAddresses, rectsIntersect } from './a1';
import { detectCapabilities, type Capabilities } from './capabilities';
import { BAND_SHARE, chunkOps, DEFAULT_MAX_BYTES_PER_SYNC, splitOp } from './chunk';
import { encodePlan, interimMarker, widestRow } from './encode';
import { buildRemovalPlan } from '../domain/plan/build';
import { ExcelAdapterError, toAdapterError, UserEditsFoundError } from './errors';
import { areasToRead, findUserEdits, keepUserEdits, type UserEdit, type UserEdits, type UserEditsChoice } from '../domain/plan/user-edits';
import { readOwnedCells } from './owned-cells';
import type { WriteOp } from './ops';
import { Executor } from './executor';
import { markerFrom, markerOf, queueWorkbookState, worksheetInfos, type MarkerState, type WorksheetInfo } from './read';

export interface ApplyOptions {
  /** Request budget per sync (default about 1 MB; Excel on the web refuses 5 MB). */
  readonly maxBytesPerSync?: number;
  readonly capabilities?: Capabilities;
  /** What to do with a user's edits in the tool's cells; without it such edits stop the write. */
  readonly userEdits?: UserEditsChoice;
}

export interface ApplyResult {
  /** Round trips made, the checks before writing included. */
  readonly syncs: number;
  readonly sheetsCreated: string[];
  readonly sheetsUpdated: string[];
  readonly sheetsDeleted: string[];
  /** The user's edits left as they were (a keep). */
  readonly kept: readonly UserEdit[];
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

function queueProbe(context: Excel.RequestContext, plan: WritePlan, caps: Capabilities): TableProbe | null {
  const tableSheet = plan.sheets.find((s) => !s.owned);
  if (!tableSheet) return null;
  const ws = context.workbook.worksheets.getItem(tableSheet.name);
  return {
    sheet: tableSheet,
    blocks: tableSheet.blocks
      .filter((b) => b.cells.length > 0 && (b.cells[0]?.length ?? 0) > 0)
      .map((b) => {
        const range = ws.getRange(rangeA1(b.row, b.col, b.cells.length, widestRow(b.cells)));
        range.load('values');
        const merged = caps.mergedAreas ? range.getMergedAreasOrNullObject() : null;
        merged?.load('address');
        return { range, merged };
      }),
  };
}

function queueSettings(context: Excel.RequestContext, caps: Capabilities) {
  const protection = caps.workbookProtection && context.workbook.protection ? context.workbook.protection : null;
  protection?.load('protected');
  const application = caps.calculationMode ? context.application : null;
  application?.load('calculationMode');
  const runtime = caps.events && context.runtime ? context.runtime : null;
  runtime?.load('enableEvents');
  return () => ({
    workbookProtected: protection ? Boolean(protection.protected) : false,
    calculationMode: application ? String(application.calculationMode) : null,
    enableEvents: runtime ? Boolean(runtime.enableEvents) : null,
  });
}

/** One request: the workbook state, plus the values and merged areas under the table sheet's output. */
async function preflight(context: Excel.RequestContext, plan: WritePlan, caps: Capabilities): Promise<{ state: WorkbookState; probe: TableProbe | null }> {
  const request = queueWorkbookState(context);
  const settings = queueSettings(context, caps);
  const probe = queueProbe(context, plan, caps);
  await context.sync();
  const { marker, state: markerState } = markerFrom(request);
  return { state: { worksheets: worksheetInfos(request.worksheets), marker, markerState, ...settings() }, probe };
}

/**
 * The same checks in two requests, when the single one failed (a missing table sheet fails the
 * probe; a host may refuse the marker lookup on a missing sheet): names first, then only what exists.
 */
async function preflightCautiously(context: Excel.RequestContext, plan: WritePlan, caps: Capabilities): Promise<{ state: WorkbookState; probe: TableProbe | null }> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/visibility,items/protection/protected');
  const settings = queueSettings(context, caps);
  await context.sync();
  const infos = worksheetInfos(worksheets);
  const markerUsed = hasSheet(infos, MARKER_SHEET) ? worksheets.getItem(MARKER_SHEET).getUsedRangeOrNullObject(true) : null;
  markerUsed?.load('rowIndex,columnIndex,values');
  const tableSheet = plan.sheets.find((s) => !s.owned);
  const probe = tableSheet && hasSheet(infos, tableSheet.name) ? queueProbe(context, plan, caps) : null;
  await context.sync();
  const { marker, state: markerState } = markerUsed ? markerOf(markerUsed) : { marker: null, state: 'absent' as const };
  return { state: { worksheets: infos, marker, markerState, ...settings() }, probe };
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
  const markerOwnsSomething = !ownsNothing(plan.marker);
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

function summarize(ops: readonly WriteOp[], plan: WritePlan): Pick<ApplyResult, 'sheetsCreated' | 'sheetsUpdated' | 'sheetsDeleted'> {
  const created = ops.filter((o): o is Extract<WriteOp, { kind: 'addSheet' }> => o.kind === 'addSheet').map((o) => o.sheet);
  const deleted = ops.filter((o): o is Extract<WriteOp, { kind: 'deleteSheet' }> => o.kind === 'deleteSheet').map((o) => o.sheet);
  const createdKeys = new Set(created.map(sheetKey));
  const updated = plan.sheets.map((s) => s.name).filter((n) => !createdKeys.has(sheetKey(n)));
  const cleared = ops.filter((o): o is Extract<WriteOp, { kind: 'clearRect' }> => o.kind === 'clearRect').map((o) => o.sheet);
  for (const name of cleared) if (!updated.some((u) => sheetKey(u) === sheetKey(name))) updated.push(name);
  return { sheetsCreated: created, sheetsUpdated: updated, sheetsDeleted: deleted };
}

/** Below this a request refused as too large is not split again. */
const MIN_RETRY_BYTES = 16_000;

/**
 * Undoes a first run's partial write: everything it wrote is recorded in the interim marker stored
 * by its first request, so removing that marker's content leaves the workbook as before the run.
 * Best effort; its failure must not hide the error that stopped the write. Returns the syncs made.
 */
async function rollBack(context: Excel.RequestContext, caps: Capabilities, plan: WritePlan, maxBytes: number): Promise<number> {
  const claimed = interimMarker(null, plan.marker);
  let syncs = 0;
  try {
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name');
    syncs += 1;
    await context.sync();
    const existing = worksheets.items.map((w) => w.name);
    const ops = encodePlan(buildRemovalPlan(claimed), {
      previous: claimed,
      existingSheets: existing,
      markerSheetExists: existing.some((n) => sheetKey(n) === sheetKey(MARKER_SHEET)),
      maxBandBytes: Math.floor(maxBytes * BAND_SHARE),
      serialize: serializeMarker,
    });
    const executor = new Executor(context, caps);
    for (const chunk of chunkOps(ops, maxBytes).chunks) {
      for (const op of chunk) executor.queue(op);
      syncs += 1;
      await context.sync();
    }
  } catch {
    // What is left is still claimed by the interim marker: "remove results" can finish the job.
  }
  return syncs;
}

/**
 * Applies a write plan (see the order documented on WritePlan). One request checks the workbook
 * first (protection, a user's sheet bearing a generated name, merged or occupied cells under the
 * output, a sheet named like our marker); when anything would fail, it throws before changing a
 * thing. Writes then go in rectangles, packed into syncs by request size, with calculation,
 * screen updating and events suspended and restored whatever happens.
 */
export async function applyPlan(context: Excel.RequestContext, asked: WritePlan, options: ApplyOptions = {}): Promise<ApplyResult> {
  const caps = options.capabilities ?? detectCapabilities();
  const maxBytes = options.maxBytesPerSync ?? DEFAULT_MAX_BYTES_PER_SYNC;
  let syncs = 0;
  let checked: { state: WorkbookState; probe: TableProbe | null };
  try {
    syncs += 1;
    checked = await preflight(context, asked, caps);
  } catch {
    // Whatever failed, the cautious path either explains it (which sheet is missing) or fails
    // with Excel's own error, translated.
    syncs += 2;
    checked = await preflightCautiously(context, asked, caps).catch((e: unknown) => {
      throw toAdapterError(e);
    });
  }
  const { state, probe } = checked;
  const refused = validatePlan(asked, state) ?? (probe ? validateTableArea(probe, state.marker) : null);
  if (refused) throw refused;

  const areas = areasToRead(asked, state.marker, state.worksheets.map((w) => w.name));
  let found: UserEdits = { edits: [], certain: true };
  if (areas.length > 0) {
    const read = await readOwnedCells(context, areas).catch((e: unknown) => Promise.reject(toAdapterError(e)));
    syncs += read.syncs;
    found = findUserEdits(asked, state.marker, read.contents);
  }
  if (found.edits.length > 0 && options.userEdits === undefined) throw new UserEditsFoundError(found);
  const plan = options.userEdits === 'keep' ? keepUserEdits(asked, found.edits, state.marker) : asked;
  const kept = options.userEdits === 'keep' ? found.edits : [];

  const ops = encodePlan(plan, {
    previous: state.marker,
    existingSheets: state.worksheets.map((w) => w.name),
    markerSheetExists: state.markerState !== 'absent',
    maxBandBytes: Math.floor(maxBytes * BAND_SHARE),
    serialize: serializeMarker,
  });
  const { chunks, oversized } = chunkOps(ops, maxBytes);
  if (oversized.length > 0) throw new ExcelAdapterError('excel.error.payloadTooLarge');

  if (chunks.length === 0) return { syncs, ...summarize(ops, plan), kept };
  let executor = new Executor(context, caps);
  const suspendCalc = state.calculationMode !== null && state.calculationMode !== 'Manual';
  const suspendEvents = state.enableEvents === true;
  const restore = () => {
    if (suspendCalc) context.application.calculationMode = state.calculationMode as Excel.CalculationMode;
    if (suspendEvents) context.runtime.enableEvents = true;
  };
  let restored = !suspendCalc && !suspendEvents;
  let committed = 0;
  try {
    if (suspendCalc) context.application.calculationMode = 'Manual';
    if (suspendEvents) context.runtime.enableEvents = false;
    const pending = [...chunks];
    let budget = maxBytes;
    while (pending.length > 0) {
      const chunk = pending.shift()!;
      if (caps.suspendScreenUpdating) context.application.suspendScreenUpdatingUntilNextSync();
      for (const op of chunk) executor.queue(op);
      const last = pending.length === 0;
      if (last && !restored) restore();
      syncs += 1;
      try {
        await context.sync();
      } catch (error) {
        // The host refused the request as too large, and applied none of it: send the same ops
        // again in smaller requests rather than stop half way.
        const smaller = Math.floor(budget / 2);
        if ((error as { code?: unknown }).code !== 'RequestPayloadSizeLimitExceeded' || smaller < MIN_RETRY_BYTES) throw error;
        const split = chunkOps([...chunk, ...pending.flat()].flatMap((op) => splitOp(op, smaller)), smaller);
        if (split.oversized.length > 0) throw error;
        budget = smaller;
        pending.splice(0, pending.length, ...split.chunks);
        // Proxies made in the refused request (an added sheet) never came to exist: start afresh.
        executor = new Executor(context, caps);
        // The settings queued with the refused request were not applied either.
        if (committed === 0) {
          if (suspendCalc) context.application.calculationMode = 'Manual';
          if (suspendEvents) context.runtime.enableEvents = false;
        }
        continue;
      }
      committed += 1;
      if (last) restored = true;
    }
  } catch (error) {
    // A request refused as too large applied nothing; any other failed request may have applied
    // its first operations, as Excel stops at the failing one.
    const wroteSomething = committed > 0 || (error as { code?: unknown }).code !== 'RequestPayloadSizeLimitExceeded';
    if (wroteSomething && state.markerState === 'absent') {
      // A first run that failed part way: remove what it wrote, so the workbook is as it was.
      syncs += await rollBack(context, caps, plan, maxBytes);
    }
    throw toAdapterError(error);
  } finally {
    if (!restored) {
      restore();
      syncs += 1;
      // The write's own error is what the user must see; a failed restore must not replace it.
      await context.sync().catch(() => undefined);
    }
  }
  return { syncs, ...summarize(ops, plan), kept };
}
