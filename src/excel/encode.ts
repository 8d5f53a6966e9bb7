import { sheetRef } from '../domain/api/cells';
import {
  MAX_FORMULA_LENGTH,
  MAX_FORMULA_TEXT,
  keptOn,
  type CellStyle,
  type KeptCell,
  type PlanBlock,
  type PlanCell,
  type PlanSheet,
  type WritePlan,
} from '../domain/api/plan';
import { sheetKey, ownsNothing } from '../domain/api/workbook';
import type { OwnershipMarker } from '../domain/api/marker';
import type { FormulaInput, Rect, WriteOp } from './ops';
import { opBytes, utf8Length } from './ops';
import { toR1C1 } from './r1c1';

/*
 * Turns a write plan into Office.js writes: whole rectangles (values and formulas in one
 * `formulas` array, null where a cell is left as it is), number formats as arrays, styles as
 * rectangles of equal style, so the request size follows the data, not the number of cells touched.
 */

/**
 * Everything is written through Range.formulas, which Excel reads the way it reads typing: a
 * leading apostrophe makes the rest text. Every string gets one, so "=1+1", "+84 ...", "-", "@x",
 * "1.10" or "TRUE" typed by a user come back exactly as the same text, never as a formula, a
 * number or a boolean. The apostrophe is not part of the stored value. A link cell is a
 * HYPERLINK formula when it can be one (see linkFormula).
 */
export function formulaInput(cell: PlanCell): FormulaInput {
  if (cell.formula !== undefined) return cell.formula.startsWith('=') ? cell.formula : `=${cell.formula}`;
  const link = linkFormula(cell);
  if (link !== null) return link;
  const value = cell.value;
  if (value === undefined) return null;
  if (value === null || value === '') return '';
  if (typeof value === 'string') return `'${value}`;
  if (typeof value === 'number' && !Number.isFinite(value)) return '';
  return value;
}

/** A text constant inside a formula, or null when Excel would refuse it. */
function formulaText(text: string): string | null {
  const quoted = text.replace(/"/g, '""');
  // Counted with the doubled quotes: whether Excel counts them once or twice, this stays under.
  return quoted.length > MAX_FORMULA_TEXT ? null : `"${quoted}"`;
}

/**
 * A link cell as `=HYPERLINK("#'Sheet'!A5","text")`, written in the formulas rectangle its block
 * sends anyway. One Range.hyperlink call per link cost a queued action each (thousands on the
 * agency sheets of a large table, and the syncs they fill), needs ExcelApi 1.7, and a formula
 * works on every host. The display text is a string constant, never parsed: "1.10" stays text
 * with its zero, as it does on the plain path.
 * Null, so the cell is written as plain text with a Range.hyperlink op, when the formula would be
 * refused (a text over 255 characters, a formula over 8,192), when the value is not a non-empty
 * string (HYPERLINK would turn a number into its own kind of result, and an empty display text
 * shows differently across hosts), when the text begins with a character the plain path guards
 * against (= + - @: the constant is inert, but the cell then matches what a user typing it would
 * get, and stays text for any reader that drops the formula), or holds a control character (a
 * line break inside a constant is not accepted by every host).
 */
export function linkFormula(cell: PlanCell): string | null {
  if (!cell.link || cell.formula !== undefined) return null;
  const text = cell.value;
  if (typeof text !== 'string' || text === '' || /^[=+\-@]/.test(text) || /[\u0000-\u001f\u007f]/.test(text)) return null;
  const target = formulaText(`#${sheetRef(cell.link.sheet, cell.link.cell)}`);
  const shown = formulaText(text);
  if (target === null || shown === null) return null;
  const formula = `=HYPERLINK(${target},${shown})`;
  return formula.length > MAX_FORMULA_LENGTH ? null : formula;
}

/** Excel's hyperlink blue, with the underline a link shows, when the plan gives no colour of its own. */
const LINK_COLOR = '#0563C1';

interface StyledCell {
  readonly style: CellStyle;
  readonly underline: boolean;
}

function styleOf(cell: PlanCell): StyledCell | null {
  if (cell.link) {
    const style = cell.style?.fontColor ? cell.style : { ...(cell.style ?? {}), fontColor: LINK_COLOR };
    return { style, underline: true };
  }
  if (!cell.style || Object.keys(cell.style).length === 0) return null;
  return { style: cell.style, underline: false };
}

function styleKey(styled: StyledCell): string {
  const s = styled.style;
  return JSON.stringify([s.bold ?? null, s.italic ?? null, s.fill ?? null, s.fontColor ?? null, s.wrap ?? null, s.horizontal ?? null, styled.underline]);
}

type Grid2D<T> = (T | null)[][];

/** What one more null costs inside a 2-D array ("null,"). */
const NULL_BYTES = 5;
/** Nulls cost this much per row in a one-column array ("[null],"): past this gap a new op is cheaper. */
const COLUMN_GAP_ROWS = 24;

function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value));
}

/**
 * Per column, a run of written cells whose values are mostly the same (relative to their row, for
 * formulas) is first written whole with one scalar; the cells that differ stay in `grid` and are
 * written over it afterwards, in the same order of requests. Only runs of cells the plan writes
 * are filled: a null cell, left as it is, is never touched. `grid` is changed in place.
 */
function extractFills<T extends string | number | boolean>(
  block: PlanBlock,
  grid: Grid2D<T>,
  keyOf: (value: T, row: number, col: number) => string | number | boolean | null,
  make: (rect: Rect, value: string | number | boolean) => WriteOp,
): WriteOp[] {
  const ops: WriteOp[] = [];
  const width = widestRow(grid);
  for (let c = 0; c < width; c++) {
    let r = 0;
    while (r < grid.length) {
      if ((grid[r]?.[c] ?? null) === null) {
        r++;
        continue;
      }
      const start = r;
      while (r < grid.length && (grid[r]?.[c] ?? null) !== null) r++;
      if (r - start < 2) continue;
      const tally = new Map<string, { value: string | number | boolean; saved: number; rows: number[] }>();
      for (let i = start; i < r; i++) {
        const key = keyOf(grid[i]![c] as T, block.row + i, block.col + c);
        if (key === null) continue;
        const id = JSON.stringify(key);
        const entry = tally.get(id) ?? { value: key, saved: 0, rows: [] };
        entry.saved += jsonBytes(grid[i]![c]) + 3;
        entry.rows.push(i);
        tally.set(id, entry);
      }
      let best: { value: string | number | boolean; saved: number; rows: number[] } | null = null;
      for (const entry of tally.values()) {
        // Covered cells between the first and last exception stay in the array as nulls.
        const covered = new Set(entry.rows);
        let firstKept = -1;
        let lastKept = -1;
        for (let i = start; i < r; i++) {
          if (covered.has(i)) continue;
          if (firstKept < 0) firstKept = i;
          lastKept = i;
        }
        const inner = firstKept < 0 ? 0 : entry.rows.filter((i) => i > firstKept && i < lastKept).length;
        entry.saved -= inner * (NULL_BYTES + 2);
        if (entry.rows.length > 1 && (!best || entry.saved > best.saved)) best = entry;
      }
      if (!best) continue;
      const op = make({ row: block.row + start, col: block.col + c, rowCount: r - start, colCount: 1 }, best.value);
      if (best.saved <= opBytes(op)) continue;
      ops.push(op);
      for (const i of best.rows) grid[i]![c] = null;
    }
  }
  return ops;
}

type MakeArray<T> = (row: number, col: number, cells: Grid2D<T>) => WriteOp;

/** Horizontal bands of rows that write something, each trimmed to the columns it writes. */
function rowBands<T>(block: PlanBlock, grid: Grid2D<T>, maxBandBytes: number, make: MakeArray<T>): WriteOp[] {
  const ops: WriteOp[] = [];
  let start = -1;
  let lines: Grid2D<T> = [];
  let lo = Infinity;
  let hi = -1;
  let bytes = 0;
  const flush = () => {
    if (start >= 0 && hi >= lo) {
      const cells = lines.map((line) => Array.from({ length: hi - lo + 1 }, (_, k) => line[lo + k] ?? null));
      ops.push(make(block.row + start, block.col + lo, cells));
    }
    start = -1;
    lines = [];
    lo = Infinity;
    hi = -1;
    bytes = 0;
  };
  grid.forEach((line, r) => {
    const first = line.findIndex((v) => v !== null);
    if (first < 0) {
      flush();
      return;
    }
    let last = line.length - 1;
    while (line[last] === null) last--;
    const rowBytes = jsonBytes(line);
    if (start >= 0 && bytes + rowBytes > maxBandBytes) flush();
    if (start < 0) start = r;
    lines.push(line);
    lo = Math.min(lo, first);
    hi = Math.max(hi, last);
    bytes += rowBytes;
  });
  flush();
  return ops;
}

/** Vertical bands per column, short gaps of untouched cells carried as nulls. */
function columnBands<T>(block: PlanBlock, grid: Grid2D<T>, maxBandBytes: number, make: MakeArray<T>): WriteOp[] {
  const ops: WriteOp[] = [];
  const width = widestRow(grid);
  for (let c = 0; c < width; c++) {
    let start = -1;
    let lastWritten = -1;
    let bytes = 0;
    const flush = () => {
      if (start >= 0) ops.push(make(block.row + start, block.col + c, grid.slice(start, lastWritten + 1).map((line) => [line[c] ?? null])));
      start = -1;
      lastWritten = -1;
      bytes = 0;
    };
    grid.forEach((line, r) => {
      const v = line[c] ?? null;
      if (v === null) return;
      const cellBytes = jsonBytes(v) + 3;
      const gap = start >= 0 ? r - lastWritten - 1 : 0;
      if (start >= 0 && (gap > COLUMN_GAP_ROWS || bytes + cellBytes + gap * 7 > maxBandBytes)) flush();
      if (start < 0) start = r;
      bytes += cellBytes + (lastWritten >= 0 ? (r - lastWritten - 1) * 7 : 0);
      lastWritten = r;
    });
    flush();
  }
  return ops;
}

function totalBytes(ops: readonly WriteOp[]): number {
  return ops.reduce((sum, op) => sum + opBytes(op), 0);
}

/** Whichever of the two layouts sends fewer bytes. */
function arrayOps<T>(block: PlanBlock, grid: Grid2D<T>, maxBandBytes: number, make: MakeArray<T>): WriteOp[] {
  const byRows = rowBands(block, grid, maxBandBytes, make);
  const byColumns = columnBands(block, grid, maxBandBytes, make);
  return totalBytes(byColumns) < totalBytes(byRows) ? byColumns : byRows;
}

/**
 * A block's values, formulas and number formats: scalar fills for the runs that repeat, then
 * arrays of at most `maxBandBytes` for the rest, so a long column of the same formula costs the
 * same request whatever its length.
 */
function blockContentOps(sheet: string, block: PlanBlock, maxBandBytes: number): WriteOp[] {
  const formulas: Grid2D<string | number | boolean> = block.cells.map((line) => line.map((cell) => (cell ? formulaInput(cell) : null)));
  const formats: Grid2D<string> = block.cells.map((line) => line.map((cell) => cell?.numberFormat ?? null));
  const formulaKey = (v: string | number | boolean, row: number, col: number) =>
    typeof v === 'string' && v.startsWith('=') ? toR1C1(v, row, col) : v;
  const ops: WriteOp[] = [
    ...extractFills(block, formulas, formulaKey, (rect, input) => ({ kind: 'fillFormula', sheet, rect, input })),
    ...extractFills(block, formats, (v) => v, (rect, format) => ({ kind: 'fillNumberFormat', sheet, rect, format: String(format) })),
  ];
  append(ops, arrayOps(block, formulas, maxBandBytes, (row, col, cells) => ({ kind: 'formulas', sheet, row, col, cells })));
  append(ops, arrayOps(block, formats, maxBandBytes, (row, col, cells) => ({ kind: 'numberFormat', sheet, row, col, cells })));
  return ops;
}

/** Vertical runs of equal style per column, then side-by-side runs merged into one rectangle. */
function blockStyleOps(sheet: string, block: PlanBlock): WriteOp[] {
  const width = widestRow(block.cells);
  const runs = new Map<string, { rowStart: number; rowCount: number; cols: number[]; styled: StyledCell }>();
  for (let c = 0; c < width; c++) {
    let openKey: string | null = null;
    let openStart = 0;
    let openStyle: StyledCell | null = null;
    // One step past the last row closes the run still open.
    for (let r = 0; r <= block.cells.length; r++) {
      const cell = block.cells[r]?.[c] ?? null;
      const styled = cell ? styleOf(cell) : null;
      const key = styled ? styleKey(styled) : null;
      if (key === openKey) continue;
      if (openKey !== null && openStyle) {
        const id = `${openStart}:${r}:${openKey}`;
        const run = runs.get(id) ?? { rowStart: openStart, rowCount: r - openStart, cols: [], styled: openStyle };
        run.cols.push(c);
        runs.set(id, run);
      }
      openKey = key;
      openStart = r;
      openStyle = styled;
    }
  }
  const ops: WriteOp[] = [];
  for (const run of runs.values()) {
    let first = run.cols[0]!;
    let prev = first;
    const emit = (last: number) =>
      ops.push({
        kind: 'style',
        sheet,
        rect: { row: block.row + run.rowStart, col: block.col + first, rowCount: run.rowCount, colCount: last - first + 1 },
        style: run.styled.style,
        underline: run.styled.underline,
      });
    for (const col of run.cols.slice(1)) {
      if (col !== prev + 1) {
        emit(prev);
        first = col;
      }
      prev = col;
    }
    emit(prev);
  }
  return ops;
}

/** Range.hyperlink ops for the link cells that could not be written as a HYPERLINK formula. */
function blockLinkOps(sheet: string, block: PlanBlock): WriteOp[] {
  const ops: WriteOp[] = [];
  block.cells.forEach((line, r) =>
    line.forEach((cell, c) => {
      if (!cell?.link || linkFormula(cell) !== null) return;
      const text = cell.value === null || cell.value === undefined ? '' : String(cell.value);
      ops.push({ kind: 'link', sheet, row: block.row + r, col: block.col + c, target: sheetRef(cell.link.sheet, cell.link.cell), text });
    }),
  );
  return ops;
}

/** exceljs widths count characters of the default font; Office.js wants points (7 px per character plus padding, 0.75 pt per px). */
export function widthToPoints(width: number): number {
  return Math.round((width * 7 + 5) * 0.75 * 100) / 100;
}

/** Every cell of a worksheet. */
const WHOLE_SHEET: Rect = { row: 0, col: 0, rowCount: 1_048_576, colCount: 16_384 };

/** Rectangles covering `rect` but for the given cells: bands of whole rows, and the row pieces between kept cells. */
export function rectsExcept(rect: Rect, cells: readonly { row: number; col: number }[]): Rect[] {
  const inside = cells.filter((c) => c.row >= rect.row && c.row < rect.row + rect.rowCount && c.col >= rect.col && c.col < rect.col + rect.colCount);
  if (inside.length === 0) return [rect];
  const rows = [...new Set(inside.map((c) => c.row))].sort((a, b) => a - b);
  const out: Rect[] = [];
  let top = rect.row;
  for (const row of rows) {
    if (row > top) out.push({ row: top, col: rect.col, rowCount: row - top, colCount: rect.colCount });
    const cols = inside.filter((c) => c.row === row).map((c) => c.col).sort((a, b) => a - b);
    let left = rect.col;
    for (const col of cols) {
      if (col > left) out.push({ row, col: left, rowCount: 1, colCount: col - left });
      left = col + 1;
    }
    if (left < rect.col + rect.colCount) out.push({ row, col: left, rowCount: 1, colCount: rect.col + rect.colCount - left });
    top = row + 1;
  }
  if (top < rect.row + rect.rowCount) out.push({ row: top, col: rect.col, rowCount: rect.row + rect.rowCount - top, colCount: rect.colCount });
  return out;
}

export function encodeSheet(sheet: PlanSheet, mode: 'add' | 'clear' | 'inPlace', maxBandBytes: number, kept: readonly KeptCell[] = []): WriteOp[] {
  const ops: WriteOp[] = [];
  if (mode === 'add') ops.push({ kind: 'addSheet', sheet: sheet.name });
  // A sheet holding cells the user chose to keep is cleared around them, not whole.
  if (mode === 'clear' && kept.length === 0) ops.push({ kind: 'clearSheet', sheet: sheet.name });
  if (mode === 'clear' && kept.length > 0) for (const rect of rectsExcept(WHOLE_SHEET, kept)) ops.push({ kind: 'clearRect', sheet: sheet.name, rect });
  for (const block of sheet.blocks) append(ops, blockContentOps(sheet.name, block, maxBandBytes));
  for (const block of sheet.blocks) append(ops, blockStyleOps(sheet.name, block));
  for (const block of sheet.blocks) append(ops, blockLinkOps(sheet.name, block));
  for (const { col, width } of sheet.columnWidths) ops.push({ kind: 'columnWidth', sheet: sheet.name, col, points: widthToPoints(width) });
  for (const format of sheet.conditionalFormats) ops.push({ kind: 'conditionalFormat', sheet: sheet.name, format });
  if (sheet.freeze && (sheet.freeze.rows > 0 || sheet.freeze.cols > 0)) {
    ops.push({ kind: 'freeze', sheet: sheet.name, rows: sheet.freeze.rows, cols: sheet.freeze.cols });
  }
  return ops;
}

/** Excel's standard column width (8.43 characters of Calibri 11, 64 px) in points. */
const STANDARD_WIDTH_POINTS = 48;

/** Consecutive columns grouped, so clearing four adjacent owned columns is one rectangle. */
export function columnRects(columns: Iterable<number>, rows: { first: number; last: number }): Rect[] {
  const sorted = [...new Set(columns)].sort((a, b) => a - b);
  const rects: Rect[] = [];
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    rects.push({ row: rows.first, col: sorted[i]!, rowCount: rows.last - rows.first + 1, colCount: sorted[j]! - sorted[i]! + 1 });
    i = j + 1;
  }
  return rects;
}

export { ownsNothing } from '../domain/api/workbook';

/**
 * While a write is under way the stored marker claims both what was owned before and what this
 * run is about to write: if Excel stops part way, "remove results" still finds every cell and
 * sheet the tool touched, and nothing else.
 */
export function interimMarker(previous: OwnershipMarker | null, next: OwnershipMarker): OwnershipMarker {
  // Until the write is done its fingerprints are not what the workbook holds: none are claimed, so a
  // run after a failed one treats every changed cell as possibly the user's.
  const { written: _unknown, ...claimed } = next;
  void _unknown;
  if (!previous) return claimed;
  const sameTable = previous.tableSheet === null || next.tableSheet === null || sheetKey(previous.tableSheet) === sheetKey(next.tableSheet);
  const sheets = [...next.sheets];
  for (const s of previous.sheets) if (!sheets.some((t) => sheetKey(t) === sheetKey(s))) sheets.push(s);
  if (!sameTable) return { ...claimed, sheets };
  const tableSheet = next.tableSheet ?? previous.tableSheet;
  const tableColumns = [...new Set([...previous.tableColumns, ...next.tableColumns])].sort((a, b) => a - b);
  const spans = [previous.tableRows, next.tableRows].filter((s): s is { first: number; last: number } => s !== null);
  const tableRows = spans.length === 0 ? null : { first: Math.min(...spans.map((s) => s.first)), last: Math.max(...spans.map((s) => s.last)) };
  return { ...claimed, tableSheet, tableColumns, tableRows, sheets };
}

interface EncodeContext {
  /** Current marker read from the workbook right before writing. */
  readonly previous: OwnershipMarker | null;
  /** Names of the worksheets that exist now (any case). */
  readonly existingSheets: readonly string[];
  readonly markerSheetExists: boolean;
  readonly maxBandBytes: number;
  readonly serialize: (marker: OwnershipMarker) => string;
}

/** The columns of a sheet the plan writes cells in. */
function writtenColumns(plan: WritePlan, sheetName: string): Set<number> {
  const out = new Set<number>();
  for (const sheet of plan.sheets) {
    if (sheetKey(sheet.name) !== sheetKey(sheetName)) continue;
    for (const block of sheet.blocks) for (let c = 0; c < (block.rows?.width ?? widestRow(block.cells)); c++) out.add(block.col + c);
  }
  return out;
}

/** The whole write, in the order documented on WritePlan. */
export function encodePlan(plan: WritePlan, ctx: EncodeContext): WriteOp[] {
  const exists = new Set(ctx.existingSheets.map(sheetKey));
  const ops: WriteOp[] = [];
  const finalOwnsNothing = ownsNothing(plan.marker);
  if (!finalOwnsNothing || ctx.markerSheetExists) {
    ops.push({ kind: 'beginMarker', text: ctx.serialize(interimMarker(ctx.previous, plan.marker)), create: !ctx.markerSheetExists });
  }
  for (const name of plan.deleteSheets) {
    if (exists.has(sheetKey(name))) ops.push({ kind: 'deleteSheet', sheet: name });
  }
  const previous = ctx.previous;
  // Only the columns the plan names: a plan that leaves the table columns out keeps them.
  if (previous?.tableSheet && previous.tableRows && plan.clearTableColumns.length > 0 && exists.has(sheetKey(previous.tableSheet))) {
    const columns = new Set<number>(plan.clearTableColumns);
    const kept = keptOn(plan, previous.tableSheet);
    for (const rect of columnRects(columns, previous.tableRows)) {
      for (const piece of rectsExcept(rect, kept)) ops.push({ kind: 'clearRect', sheet: previous.tableSheet, rect: piece });
    }
    // Widths are not recorded in the marker: the tool's columns this run no longer writes go back to
    // Excel's standard width. The ones it writes again keep the width and hidden state the officer
    // gave them (the plan gives widths only for columns new to it).
    const rewritten = writtenColumns(plan, previous.tableSheet);
    for (const col of columns) {
      if (!rewritten.has(col)) ops.push({ kind: 'columnWidth', sheet: previous.tableSheet, col, points: STANDARD_WIDTH_POINTS });
    }
  }
  const deleted = new Set(plan.deleteSheets.map(sheetKey));
  for (const sheet of plan.sheets) {
    const present = exists.has(sheetKey(sheet.name)) && !deleted.has(sheetKey(sheet.name));
    const mode = !sheet.owned ? 'inPlace' : present ? 'clear' : 'add';
    append(ops, encodeSheet(sheet, mode, ctx.maxBandBytes, keptOn(plan, sheet.name)));
  }
  if (finalOwnsNothing) {
    if (ctx.markerSheetExists) ops.push({ kind: 'deleteMarker' });
  } else {
    ops.push({ kind: 'endMarker', text: ctx.serialize(plan.marker) });
  }
  return ops;
}

// Loops, not Math.max(...rows) or push(...ops): a long plan's blocks and op lists hold more items
// than a call takes arguments (about 120,000 here).
export function widestRow(rows: readonly (readonly unknown[])[]): number {
  let width = 0;
  for (const row of rows) if (row.length > width) width = row.length;
  return width;
}

function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
