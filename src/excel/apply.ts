import { a1, rangeA1, type MergedArea } from '../domain/api/cells';
import { claimingAside, cleanupOps, keptFromAside, planSetAside, restoreOps, setAsideOps, type ColumnLook, type SetAside } from './set-aside';
import { serializeMarker, type OwnershipMarker } from '../domain/api/marker';
import { sheetKey, ownsNothing, ownsSheet, ownsTableCell, MARKER_SHEET } from '../domain/api/workbook';
import {
  areasToRead,
  findUserEdits,
  followGrowth,
  followRename,
  keepUserEdits,
  type PlanSheet,
  type WritePlan,
  type AreaContent,
  type UserEdit,
  type UserEdits,
  type UserEditsChoice,
} from '../domain/api/plan';
import { rectFromAddress, rectsFromAddresses, rectsIntersect } from './a1';
import { mergedAreasByParts } from './read-bands';
import { detectCapabilities, type Capabilities } from './capabilities';
import { BAND_SHARE, chunkOps, DEFAULT_MAX_BYTES_PER_SYNC, splitOp } from './chunk';
import { encodePlan, interimMarker, widestRow } from './encode';
import { buildRemovalPlan } from '../domain/api/build-plan';
import { ExcelAdapterError, toAdapterError, UserEditsFoundError } from './errors';
import { readOwnedCells } from './owned-cells';
import { firstWithObjects, queueObjectCounts, sheetsReplaced, type SheetObjectCounts } from './sheet-objects';
import type { WriteOp } from './ops';
import { Executor } from './executor';
import { formatsLoaded, ownedFormats, queueFormats, queueRanges, rangesLoaded, resolveFormats, tableFormatsNeeded, withTableFormats, type TableFormats, type TableFormatsRead } from './table-formats';
import { markerFrom, markerOf, queueWorkbookState, worksheetInfos, type MarkerState, type WorksheetInfo } from './read';

interface ApplyOptions {
  /** Request budget per sync (default about 1 MB; Excel on the web refuses 5 MB). */
  readonly maxBytesPerSync?: number;
  readonly capabilities?: Capabilities;
  /** What to do with a user's edits in the tool's cells; without it such edits stop the write. */
  readonly userEdits?: UserEditsChoice;
  /**
   * The table sheet of the marker the plan was built from: where the preflight asks for the
   * conditional formats over the columns the plan clears (a removal plan names no table sheet).
   */
  readonly previousTableSheet?: string | null;
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
interface WorkbookState {
  readonly worksheets: readonly WorksheetInfo[];
  readonly marker: OwnershipMarker | null;
  readonly markerState: MarkerState;
  readonly workbookProtected: boolean;
  readonly calculationMode: string | null;
  readonly enableEvents: boolean | null;
}

interface TableProbe {
  readonly sheet: PlanSheet;
  readonly blocks: {
    readonly range: Excel.Range;
    readonly merged: Excel.RangeAreas | null;
    /** Merged areas asked for band by band (the cautious path); null when even one row had too many to list. */
    mergedByParts?: readonly MergedArea[] | null;
  }[];
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
        // formulas too: a formula showing nothing ("" from =IF(…;"";…)) has an empty value, yet it is
        // the user's and must not be written over.
        range.load('values,formulas,address');
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

/**
 * The conditional formats over the columns a re-run clears, asked for with the preflight on the
 * sheet the caller's marker names, else the table sheet the plan writes (the same but when the user
 * moved the table); checked against the marker the preflight reads.
 */
function queueFormatsGuess(context: Excel.RequestContext, plan: WritePlan, caps: Capabilities, previousTableSheet: string | null): TableFormatsRead | null {
  if (!caps.conditionalFormats || plan.clearTableColumns.length === 0) return null;
  const sheet = previousTableSheet ?? plan.sheets.find((s) => !s.owned)?.name;
  return sheet ? queueFormats(context, sheet, plan.clearTableColumns) : null;
}

/**
 * One request: the workbook state, plus the values and merged areas under the table sheet's output,
 * and the conditional formats over the tool's columns. Should it fail with those formats in it, it
 * is asked again without them: a host that cannot list them must not lose the one-request check.
 */
async function preflight(context: Excel.RequestContext, plan: WritePlan, caps: Capabilities, made: { syncs: number }, previousTableSheet: string | null): Promise<{ state: WorkbookState; probe: TableProbe | null; formats: TableFormatsRead | null }> {
  for (let attempt = 0; ; attempt++) {
    const request = queueWorkbookState(context);
    const settings = queueSettings(context, caps);
    const probe = queueProbe(context, plan, caps);
    const formats = attempt === 0 ? queueFormatsGuess(context, plan, caps, previousTableSheet) : null;
    made.syncs += 1;
    try {
      await context.sync();
    } catch (error) {
      if (formats === null) throw error;
      continue;
    }
    const { marker, state: markerState } = markerFrom(request);
    return { state: { worksheets: worksheetInfos(request.worksheets), marker, markerState, ...settings() }, probe, formats };
  }
}

/**
 * The formats read for the columns this write clears, or null when it clears none or the host has
 * no conditional formats. What the preflight could not read is asked for in a request of its own;
 * if the host refuses that too, every format there is kept.
 */
async function formatsToRead(context: Excel.RequestContext, plan: WritePlan, state: WorkbookState, guess: TableFormatsRead | null, caps: Capabilities): Promise<{ read: TableFormatsRead | null; syncs: number }> {
  const sheet = caps.conditionalFormats ? tableFormatsNeeded(state.marker, plan.clearTableColumns, state.worksheets.map((w) => w.name)) : null;
  if (sheet === null) return { read: null, syncs: 0 };
  if (guess && sheetKey(guess.sheet) === sheetKey(sheet) && formatsLoaded(guess)) return { read: guess, syncs: 0 };
  const read = queueFormats(context, sheet, plan.clearTableColumns);
  await context.sync().catch(() => undefined);
  return { read, syncs: 1 };
}

/** The ranges of the formats read, when the request they rode on did not bring them. */
async function settleFormats(context: Excel.RequestContext, read: TableFormatsRead | null, previous: OwnershipMarker | null): Promise<{ formats: TableFormats | null; syncs: number }> {
  if (!read) return { formats: null, syncs: 0 };
  let syncs = 0;
  if (formatsLoaded(read) && !rangesLoaded(read)) {
    queueRanges(read);
    syncs += 1;
    await context.sync().catch(() => undefined);
  }
  return { formats: resolveFormats(read, previous), syncs };
}

/**
 * The same checks in two requests, when the single one failed (a missing table sheet fails the
 * probe; a host may refuse the marker lookup on a missing sheet): names first, then only what exists.
 */
async function preflightCautiously(context: Excel.RequestContext, plan: WritePlan, caps: Capabilities): Promise<{ state: WorkbookState; probe: TableProbe | null; syncs: number }> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/visibility,items/protection/protected');
  const settings = queueSettings(context, caps);
  await context.sync();
  const infos = worksheetInfos(worksheets);
  const markerUsed = hasSheet(infos, MARKER_SHEET) ? worksheets.getItem(MARKER_SHEET).getUsedRangeOrNullObject(true) : null;
  markerUsed?.load('rowIndex,columnIndex,values');
  const tableSheet = plan.sheets.find((s) => !s.owned);
  // Merged areas are asked for apart, band by band: the one-request probe may have failed on them
  // (more than 512 in a range).
  const probe = tableSheet && hasSheet(infos, tableSheet.name) ? queueProbe(context, plan, { ...caps, mergedAreas: false }) : null;
  await context.sync();
  let syncs = 2;
  if (probe && tableSheet) {
    const ws = context.workbook.worksheets.getItem(tableSheet.name);
    for (const block of probe.blocks) {
      const address = block.range.address;
      const rect = rectFromAddress(address);
      if (!rect) continue;
      const found = await mergedAreasByParts(context, ws, rect, caps.mergedAreas);
      syncs += found.syncs;
      block.mergedByParts = found.merges;
    }
  }
  const { marker, state: markerState } = markerUsed ? markerOf(markerUsed) : { marker: null, state: 'absent' as const };
  return { state: { worksheets: infos, marker, markerState, ...settings() }, probe, syncs };
}

/** Everything that would make Excel refuse part of the write, found before the first change. */
function validatePlan(plan: WritePlan, state: WorkbookState): ExcelAdapterError | null {
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
    if (loaded.mergedByParts === null) return new ExcelAdapterError('excel.error.mergedOutput', { sheet: sheet.name, range: rangeA1(block.row, block.col, block.cells.length, widestRow(block.cells)) });
    const merges = loaded.mergedByParts ?? (loaded.merged && !loaded.merged.isNullObject ? rectsFromAddresses(loaded.merged.address) : []);
    {
      for (const area of merges) {
        const hit = block.cells.some((line, r) =>
          line.some((cell, c) => cell !== null && rectsIntersect(area, { row: block.row + r, col: block.col + c, rowCount: 1, colCount: 1 })),
        );
        if (hit) return new ExcelAdapterError('excel.error.mergedOutput', { sheet: sheet.name, range: rangeA1(area.row, area.col, area.rowCount, area.colCount) });
      }
    }
    const values = loaded.range.values;
    const formulas = loaded.range.formulas as unknown[][] | undefined;
    for (let r = 0; r < block.cells.length; r++) {
      const line = block.cells[r]!;
      for (let c = 0; c < line.length; c++) {
        if (line[c] === null) continue;
        const current: unknown = values[r]?.[c];
        const formula: unknown = formulas?.[r]?.[c];
        const holdsFormula = typeof formula === 'string' && formula.startsWith('=');
        if ((current === '' || current === null || current === undefined) && !holdsFormula) continue;
        const row = block.row + r;
        const col = block.col + c;
        if (!ownsTableCell(marker, sheet.name, row, col)) return new ExcelAdapterError('excel.error.occupiedCell', { sheet: sheet.name, cell: a1(row, col) });
      }
    }
  }
  return null;
}

function summarize(ops: readonly WriteOp[], plan: WritePlan, aside: SetAside | null): Pick<ApplyResult, 'sheetsCreated' | 'sheetsUpdated' | 'sheetsDeleted'> {
  // A sheet set aside and written anew is, to the user, the same sheet updated; one set aside and
  // not written again is deleted.
  const replaced = new Set((aside?.sheets ?? []).map((s) => sheetKey(s.original)));
  const written = new Set(plan.sheets.map((s) => sheetKey(s.name)));
  const created = ops
    .filter((o): o is Extract<WriteOp, { kind: 'addSheet' }> => o.kind === 'addSheet' && !o.hidden)
    .map((o) => o.sheet)
    .filter((name) => !replaced.has(sheetKey(name)));
  const deleted = ops.filter((o): o is Extract<WriteOp, { kind: 'deleteSheet' }> => o.kind === 'deleteSheet').map((o) => o.sheet);
  for (const s of aside?.sheets ?? []) if (!written.has(sheetKey(s.original))) deleted.push(s.original);
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
  return undoWithNames(context, caps, maxBytes, (existing) =>
    encodePlan(buildRemovalPlan(claimed), {
      previous: claimed,
      existingSheets: existing,
      markerSheetExists: existing.some((n) => sheetKey(n) === sheetKey(MARKER_SHEET)),
      maxBandBytes: Math.floor(maxBytes * BAND_SHARE),
      serialize: serializeMarker,
    }),
  );
}

/**
 * Reads the sheet names as they are now, then sends the undo ops built from them, chunk by chunk.
 * Best effort: what is left is still claimed by the interim marker, so "remove results" can finish
 * the job. Returns the syncs made.
 */
async function undoWithNames(context: Excel.RequestContext, caps: Capabilities, maxBytes: number, undo: (present: string[]) => WriteOp[]): Promise<number> {
  let syncs = 0;
  try {
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name');
    syncs += 1;
    await context.sync();
    const ops = undo(worksheets.items.map((w) => w.name));
    const executor = new Executor(context, caps);
    for (const chunk of chunkOps(ops, maxBytes).chunks) {
      for (const op of chunk) executor.queue(op);
      syncs += 1;
      await context.sync();
    }
  } catch {
    // The undo's failure must not hide the error that stopped the write.
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
  let checked: { state: WorkbookState; probe: TableProbe | null; formats?: TableFormatsRead | null };
  const made = { syncs: 0 };
  try {
    checked = await preflight(context, asked, caps, made, options.previousTableSheet ?? null);
    syncs += made.syncs;
  } catch {
    syncs += made.syncs;
    // Whatever failed, the cautious path either explains it (which sheet is missing) or fails
    // with Excel's own error, translated.
    const cautious = await preflightCautiously(context, asked, caps).catch((e: unknown) => {
      throw toAdapterError(e);
    });
    syncs += cautious.syncs;
    checked = cautious;
  }
  const { probe } = checked;
  // A table sheet renamed since the last run: the plan was built on the marker followed to its new name.
  // Rows inserted into the table since: the tool's rows reach as far as the table now does.
  const state = { ...checked.state, marker: followGrowth(followRename(checked.state.marker, asked.renamedTable, checked.state.worksheets.map((w) => w.name)), asked.grownTable) };
  const refused = validatePlan(asked, state) ?? (probe ? validateTableArea(probe, state.marker) : null);
  if (refused) throw refused;

  // What the user typed into the tool's cells since its last run is read before anything is set
  // aside or written, so a stop leaves the workbook untouched.
  const areas = areasToRead(asked, state.marker, state.worksheets.map((w) => w.name));
  // The conditional formats over the tool's columns: read now, deleted or kept in the write.
  const toRead = await formatsToRead(context, asked, state, checked.formats ?? null, caps);
  syncs += toRead.syncs;
  const formatsRead = toRead.read;
  const ranges = formatsRead && formatsLoaded(formatsRead) ? () => queueRanges(formatsRead) : undefined;
  // What the user put on the tool's sheets this run replaces or deletes (sheet-objects.ts).
  const replaced = sheetsReplaced(asked, state.marker, state.worksheets.map((w) => w.name));
  const objects: { read: SheetObjectCounts | null } = { read: null };
  const alongside = () => {
    ranges?.();
    if (replaced.length > 0) objects.read = queueObjectCounts(context, replaced, caps);
  };
  let found: UserEdits = { edits: [], certain: true };
  let contents: readonly AreaContent[] = [];
  if (areas.length > 0) {
    const read = await readOwnedCells(context, areas, undefined, alongside).catch((e: unknown) => Promise.reject(toAdapterError(e)));
    syncs += read.syncs;
    contents = read.contents;
    found = findUserEdits(asked, state.marker, contents);
  }
  const withObjects = objects.read ? firstWithObjects(objects.read) : null;
  if (withObjects) {
    throw new ExcelAdapterError('excel.error.userObjects', { sheet: withObjects.sheet, count: withObjects.objects.reduce((n, [, c]) => n + c, 0) });
  }
  const settled = await settleFormats(context, formatsRead, state.marker);
  syncs += settled.syncs;
  const tableFormats = settled.formats;
  const toolFormats = tableFormats ? ownedFormats(tableFormats) : new Map<string, Excel.ConditionalFormat>();
  if (found.edits.length > 0 && options.userEdits === undefined) throw new UserEditsFoundError(found);
  const plan = options.userEdits === 'keep' ? keepUserEdits(asked, found.edits, state.marker) : asked;
  const kept = options.userEdits === 'keep' ? found.edits : [];

  // Removing the output ("remove results") deletes rather than replaces: nothing to set aside.
  const replacesOutput = !ownsNothing(plan.marker);
  const aside = state.markerState === 'marker' && replacesOutput ? planSetAside(plan, state.marker, state.worksheets, caps.copyFrom) : null;
  const setAsideNames = new Set((aside?.sheets ?? []).map((s) => sheetKey(s.original)));
  const encoded = encodePlan(plan, {
    previous: state.marker,
    // Sheets set aside are out of the way: the new output goes to new sheets.
    existingSheets: state.worksheets.map((w) => w.name).filter((n) => !setAsideNames.has(sheetKey(n))),
    markerSheetExists: state.markerState !== 'absent',
    maxBandBytes: Math.floor(maxBytes * BAND_SHARE),
    serialize: serializeMarker,
  });
  const withKept = aside ? keptFromAside(encoded, aside, plan, contents, caps.copyFrom) : encoded;
  const claimed = aside ? withAsideClaimed(withKept, plan, state.marker, aside) : withKept;
  const ops = tableFormats ? withTableFormats(claimed, tableFormats) : claimed;
  const { chunks, oversized } = chunkOps(ops, maxBytes);
  if (oversized.length > 0) throw new ExcelAdapterError('excel.error.payloadTooLarge');
  const summary = { ...summarize(ops, plan, aside), kept };
  if (chunks.length === 0) return { syncs, ...summary };

  let executor = new Executor(context, caps, toolFormats);
  const suspendCalc = state.calculationMode !== null && state.calculationMode !== 'Manual';
  const suspendEvents = state.enableEvents === true;
  const queueRestore = () => {
    if (suspendCalc) context.application.calculationMode = state.calculationMode as Excel.CalculationMode;
    if (suspendEvents) context.runtime.enableEvents = true;
  };
  let restored = !suspendCalc && !suspendEvents;
  let committed = 0;
  let asideDone = false;
  const widths = new Map<number, ColumnLook>();
  try {
    if (suspendCalc) context.application.calculationMode = 'Manual';
    if (suspendEvents) context.runtime.enableEvents = false;
    if (aside) {
      // Its own request: after it, either everything of the previous output is kept or nothing of
      // the table was touched (a failed request keeps only what came before the failing operation).
      const pendingWidths = queueSetAside(context, executor, ops, aside);
      syncs += 1;
      await context.sync();
      for (const [col, range] of pendingWidths) widths.set(col, { points: range.format.columnWidth, hidden: range.columnHidden });
      asideDone = true;
      committed += 1;
    }
    // The set-aside request carried the interim marker.
    const pending = aside && ops[0]?.kind === 'beginMarker' ? [...chunkOps(ops.slice(1), maxBytes).chunks] : [...chunks];
    let budget = maxBytes;
    while (pending.length > 0) {
      const chunk = pending.shift()!;
      if (caps.suspendScreenUpdating) context.application.suspendScreenUpdatingUntilNextSync();
      for (const op of chunk) executor.queue(op);
      const last = pending.length === 0;
      if (last && !restored && !aside) queueRestore();
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
        executor = new Executor(context, caps, toolFormats);
        // The settings queued with the refused request were not applied either.
        if (committed === 0) {
          if (suspendCalc) context.application.calculationMode = 'Manual';
          if (suspendEvents) context.runtime.enableEvents = false;
        }
        continue;
      }
      committed += 1;
      if (last && !aside) restored = true;
    }
    if (aside) {
      // The new output is complete and the marker claims it and what was set aside: removing the
      // set-aside sheets may fail without losing anything ("remove results" finds them).
      const done = await removeSetAside(context, caps, aside, plan, queueRestore);
      syncs += done.syncs;
      restored = done.restored;
    }
  } catch (error) {
    // A request refused as too large applied nothing; any other failed request may have applied
    // its first operations, as Excel stops at the failing one.
    const wroteSomething = committed > 0 || (error as { code?: unknown }).code !== 'RequestPayloadSizeLimitExceeded';
    if (wroteSomething && state.markerState === 'absent') {
      // A first run that failed part way: remove what it wrote, so the workbook is as it was.
      syncs += await rollBack(context, caps, plan, maxBytes);
    } else if (wroteSomething && aside && state.marker) {
      syncs += await putBack(context, caps, plan, aside, asideDone, widths, serializeMarker(state.marker), maxBytes);
    }
    throw toAdapterError(error);
  } finally {
    if (!restored) syncs += await restoreSettings(context, queueRestore);
  }
  return { syncs, ...summary };
}

/**
 * Calculation mode and events go back to what they were in a request of their own, asked twice:
 * a request that failed may have stopped before the settings queued at its end.
 */
async function restoreSettings(context: Excel.RequestContext, queueRestore: () => void): Promise<number> {
  let syncs = 0;
  for (let attempt = 0; attempt < 2; attempt++) {
    queueRestore();
    syncs += 1;
    const done = await context.sync().then(
      () => true,
      () => false,
    );
    if (done) break;
  }
  return syncs;
}

/**
 * Deletes what a successful re-run set aside and writes the final marker. A request that failed
 * part way is asked once more for what is still there.
 */
async function removeSetAside(
  context: Excel.RequestContext,
  caps: Capabilities,
  aside: SetAside,
  plan: WritePlan,
  queueRestore: () => void,
): Promise<{ syncs: number; restored: boolean }> {
  const finalMarker = serializeMarker(plan.marker);
  const executor = new Executor(context, caps);
  for (const op of cleanupOps(aside)) executor.queue(op);
  executor.queue({ kind: 'endMarker', text: finalMarker });
  queueRestore();
  if (await context.sync().then(() => true, () => false)) return { syncs: 1, restored: true };
  try {
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name');
    await context.sync();
    const present = new Set(worksheets.items.map((w) => sheetKey(w.name)));
    const again = new Executor(context, caps);
    for (const op of cleanupOps(aside)) if (op.kind === 'deleteSheet' && present.has(sheetKey(op.sheet))) again.queue(op);
    again.queue({ kind: 'endMarker', text: finalMarker });
    queueRestore();
    await context.sync();
    return { syncs: 3, restored: true };
  } catch {
    return { syncs: 3, restored: false };
  }
}

/** The marker ops of a re-run also claim what is set aside, until the set-aside sheets are gone. */
function withAsideClaimed(ops: readonly WriteOp[], plan: WritePlan, previous: OwnershipMarker | null, aside: SetAside): WriteOp[] {
  return ops.map((op) => {
    if (op.kind === 'beginMarker') return { ...op, text: serializeMarker(claimingAside(interimMarker(previous, plan.marker), aside)) };
    if (op.kind === 'endMarker') return { ...op, text: serializeMarker(claimingAside(plan.marker, aside)) };
    return op;
  });
}

/** Queues the set-aside request: the interim marker (first op), renames, the table's backup, and the widths read. */
function queueSetAside(context: Excel.RequestContext, executor: Executor, ops: readonly WriteOp[], aside: SetAside): Map<number, Excel.Range> {
  const first = ops[0];
  if (first?.kind === 'beginMarker') executor.queue(first);
  for (const op of setAsideOps(aside)) executor.queue(op);
  const widths = new Map<number, Excel.Range>();
  if (aside.table) {
    const ws = context.workbook.worksheets.getItem(aside.table.sheet);
    for (const col of aside.table.columns) {
      const column = ws.getRange(rangeA1(0, col, 1, 1)).getEntireColumn();
      column.format.load('columnWidth');
      column.load('columnHidden');
      widths.set(col, column);
    }
  }
  return widths;
}

/**
 * After a failed re-run: this run's sheets go, the previous ones come back under their names, the
 * table's cells are copied back from the backup, and the previous marker is written again. Best
 * effort; its failure must not hide the error that stopped the write. Returns the syncs made.
 */
async function putBack(
  context: Excel.RequestContext,
  caps: Capabilities,
  plan: WritePlan,
  aside: SetAside,
  asideDone: boolean,
  widths: ReadonlyMap<number, ColumnLook>,
  previousMarkerText: string,
  maxBytes: number,
): Promise<number> {
  return undoWithNames(context, caps, maxBytes, (present) => restoreOps(aside, plan, present, asideDone, widths, previousMarkerText));
}
