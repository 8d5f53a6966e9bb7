import { keptOn, type CellContent, type WritePlan, type AreaContent } from '../domain/api/plan';
import { sheetKey } from '../domain/api/workbook';
import type { OwnershipMarker } from '../domain/api/marker';
import { columnRects, widestRow } from './encode';
import type { FormulaInput, Rect, WriteOp } from './ops';
import type { SheetVisibility, WorksheetInfo } from './read';

/*
 * A re-run must be undoable: if Excel stops it part way, the workbook goes back to the previous
 * run's output, not to a half-written new one. A failed request keeps what its operations before the
 * failing one did (Office.js runs a batch in order and stops there), so nothing the previous run
 * wrote is overwritten before it is kept somewhere:
 * - the tool's existing sheets are renamed aside and hidden; the new output is written to new sheets;
 * - the tool's cells in the table sheet are copied to a hidden backup sheet first (Range.copyFrom,
 *   ExcelApi 1.9: values, formulas, formats and conditional formats); column widths are read.
 * The set-aside happens in a request of its own, so after it either all of it happened or none of the
 * table was touched. Once the new output is complete, the sheets set aside are deleted.
 */

interface SetAsideSheet {
  readonly original: string;
  readonly aside: string;
  readonly visibility: SheetVisibility;
}

interface TableBackup {
  readonly sheet: string;
  readonly backup: string;
  /** The previous run's cells in the table sheet, kept on the backup sheet at the same addresses. */
  readonly kept: readonly Rect[];
  /** Every rectangle of the table sheet this run may write: the kept ones and the new plan's. */
  readonly touched: readonly Rect[];
  /** Columns whose width this run may change. */
  readonly columns: readonly number[];
}

/** A column of the table as it was before a run: its width in points and whether it was hidden (null: some of it). */
export interface ColumnLook {
  readonly points: number;
  readonly hidden: boolean | null;
}

export interface SetAside {
  readonly sheets: readonly SetAsideSheet[];
  readonly table: TableBackup | null;
}

const ASIDE_PREFIX = 'PAR_truoc_';

function freeName(taken: Set<string>, base: string): string {
  for (let i = 1; ; i++) {
    const name = `${base}${i}`;
    if (!taken.has(sheetKey(name))) {
      taken.add(sheetKey(name));
      return name;
    }
  }
}

/** The table sheet's rectangles the plan writes. */
function planTableRects(plan: WritePlan): { sheet: string; rects: Rect[] } | null {
  const table = plan.sheets.find((s) => !s.owned);
  if (!table) return null;
  const rects = table.blocks
    .filter((b) => b.cells.length > 0 && widestRow(b.cells) > 0)
    .map((b) => ({ row: b.row, col: b.col, rowCount: b.cells.length, colCount: widestRow(b.cells) }));
  return { sheet: table.name, rects };
}

/**
 * What a re-run keeps before writing; null on a first run (nothing to keep) or when there is
 * nothing of the previous output this plan changes.
 */
export function planSetAside(plan: WritePlan, previous: OwnershipMarker | null, worksheets: readonly WorksheetInfo[], canCopy: boolean): SetAside | null {
  if (!previous) return null;
  const byKey = new Map(worksheets.map((w) => [sheetKey(w.name), w]));
  const owned = new Set(previous.sheets.map(sheetKey));
  const replaced = new Set<string>();
  for (const name of plan.deleteSheets) if (owned.has(sheetKey(name))) replaced.add(sheetKey(name));
  for (const sheet of plan.sheets) if (sheet.owned && owned.has(sheetKey(sheet.name))) replaced.add(sheetKey(sheet.name));
  const taken = new Set(worksheets.map((w) => sheetKey(w.name)));
  for (const sheet of plan.sheets) taken.add(sheetKey(sheet.name));
  const sheets: SetAsideSheet[] = [];
  for (const key of replaced) {
    const info = byKey.get(key);
    if (info) sheets.push({ original: info.name, aside: freeName(taken, ASIDE_PREFIX), visibility: info.visibility });
  }
  let table: TableBackup | null = null;
  const tableSheet = previous.tableSheet ? byKey.get(sheetKey(previous.tableSheet)) : undefined;
  if (canCopy && tableSheet && previous.tableRows && plan.clearTableColumns.length > 0) {
    const kept = columnRects(plan.clearTableColumns, previous.tableRows);
    const next = planTableRects(plan);
    const sameSheet = next !== null && sheetKey(next.sheet) === sheetKey(tableSheet.name);
    const touched = [...kept, ...(sameSheet ? next.rects : [])];
    const columns = new Set<number>();
    for (const r of touched) for (let c = r.col; c < r.col + r.colCount; c++) columns.add(c);
    table = { sheet: tableSheet.name, backup: freeName(taken, ASIDE_PREFIX), kept, touched, columns: [...columns].sort((a, b) => a - b) };
  }
  return sheets.length === 0 && !table ? null : { sheets, table };
}

/** The marker while the re-run is under way also claims what was set aside, so "remove results" can clear it. */
export function claimingAside(marker: OwnershipMarker, aside: SetAside): OwnershipMarker {
  const names = [...aside.sheets.map((s) => s.aside), ...(aside.table ? [aside.table.backup] : [])];
  return { ...marker, sheets: [...marker.sheets, ...names] };
}

export function setAsideOps(aside: SetAside): WriteOp[] {
  const ops: WriteOp[] = [];
  for (const s of aside.sheets) ops.push({ kind: 'renameSheet', sheet: s.original, to: s.aside, visibility: 'Hidden' });
  const table = aside.table;
  if (table) {
    ops.push({ kind: 'addSheet', sheet: table.backup, hidden: true });
    for (const rect of table.kept) ops.push({ kind: 'copyRect', from: table.sheet, to: table.backup, rect });
  }
  return ops;
}

/** What Range.formulas takes to put a cell's content back: text that could read as a formula is quoted. */
function contentInput(content: CellContent): FormulaInput {
  if (content === null) return null;
  if (typeof content === 'object') return content.formula;
  return typeof content === 'string' ? `'${content}` : content;
}

/**
 * A cell the user chose to keep on a sheet set aside goes into the sheet written anew at the same
 * address: copied with its formats where the host can copy (ExcelApi 1.9), else its content as read.
 * The ops come after the new sheet's own, before the final marker.
 */
export function keptFromAside(ops: readonly WriteOp[], aside: SetAside, plan: WritePlan, contents: readonly AreaContent[], canCopy: boolean): WriteOp[] {
  const restore: WriteOp[] = [];
  for (const s of aside.sheets) {
    if (!plan.sheets.some((p) => p.owned && sheetKey(p.name) === sheetKey(s.original))) continue;
    for (const cell of keptOn(plan, s.original)) {
      const rect = { row: cell.row, col: cell.col, rowCount: 1, colCount: 1 };
      if (canCopy) {
        restore.push({ kind: 'copyRect', from: s.aside, to: s.original, rect });
        continue;
      }
      const area = contents.find(
        (a) => sheetKey(a.sheet) === sheetKey(s.original) && cell.row >= a.row && cell.row < a.row + a.cells.length && cell.col >= a.col && cell.col - a.col < (a.cells[cell.row - a.row]?.length ?? 0),
      );
      const content = area?.cells[cell.row - area.row]?.[cell.col - area.col] ?? null;
      restore.push({ kind: 'formulas', sheet: s.original, row: cell.row, col: cell.col, cells: [[contentInput(content)]] });
    }
  }
  if (restore.length === 0) return [...ops];
  const end = ops.length > 0 && ops[ops.length - 1]!.kind === 'endMarker' ? ops.length - 1 : ops.length;
  return [...ops.slice(0, end), ...restore, ...ops.slice(end)];
}

export function cleanupOps(aside: SetAside): WriteOp[] {
  const ops: WriteOp[] = aside.sheets.map((s) => ({ kind: 'deleteSheet', sheet: s.aside }));
  if (aside.table) ops.push({ kind: 'deleteSheet', sheet: aside.table.backup });
  return ops;
}

/**
 * Puts the previous output back after a failed re-run. `present` is what exists now; `tableKept` says
 * whether the set-aside request went through (only then does the backup hold the previous cells, and
 * only then can the table have been written). Widths are the ones read before anything changed.
 */
export function restoreOps(
  aside: SetAside,
  plan: WritePlan,
  present: readonly string[],
  tableKept: boolean,
  widths: ReadonlyMap<number, ColumnLook>,
  previousMarkerText: string,
): WriteOp[] {
  const exists = new Set(present.map(sheetKey));
  const ops: WriteOp[] = [];
  const asideOf = new Map(aside.sheets.map((s) => [sheetKey(s.original), s]));
  for (const sheet of plan.sheets) {
    if (!sheet.owned || !exists.has(sheetKey(sheet.name))) continue;
    const set = asideOf.get(sheetKey(sheet.name));
    // Renamed aside: a sheet of that name now is this run's. Not renamed (the request stopped
    // before): it is still the previous run's. Never set aside: the previous run had none of that
    // name (a user's sheet of that name would have been refused before writing), so it is this run's.
    if (!set || exists.has(sheetKey(set.aside))) ops.push({ kind: 'deleteSheet', sheet: sheet.name });
  }
  for (const s of aside.sheets) {
    if (exists.has(sheetKey(s.aside))) ops.push({ kind: 'renameSheet', sheet: s.aside, to: s.original, visibility: s.visibility });
  }
  const table = aside.table;
  if (table && tableKept) {
    for (const rect of table.touched) ops.push({ kind: 'clearRect', sheet: table.sheet, rect });
    for (const rect of table.kept) ops.push({ kind: 'copyRect', from: table.backup, to: table.sheet, rect });
    for (const col of table.columns) {
      const look = widths.get(col);
      if (look !== undefined) ops.push({ kind: 'columnWidth', sheet: table.sheet, col, points: look.points, hidden: look.hidden ?? false });
    }
  }
  ops.push({ kind: 'endMarker', text: previousMarkerText });
  if (table && exists.has(sheetKey(table.backup))) ops.push({ kind: 'deleteSheet', sheet: table.backup });
  return ops;
}
