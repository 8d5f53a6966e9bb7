import { ColumnEncoder, decodeColumn, EMPTY_PRINT, planCellPrint, type TextPrints } from './fingerprint';
import { ownsSheet, ownsTableOn, sameSheet } from './ownership';
import { blockHeight, blockRowAt, unwatchRows, watchRows } from './row-blocks';
import type { OwnershipMarker, PlanBlock, PlanCell, PlanRows, PlanSheet, WrittenArea } from './types';

/** A sheet's plan cells by position; later blocks win. */
export interface CellIndex {
  get(row: number, col: number): PlanCell | undefined;
}

export function cellKey(row: number, col: number): string {
  return `${row}:${col}`;
}

/** A sheet's plan cells as rows of sparse arrays, `rows[row][col]`; later blocks win. */
type CellRows = (PlanCell | undefined)[][];

/**
 * Rows of sparse arrays, not a Map keyed by "row:col": a plan of a large table has a million cells,
 * and a key string for each cost more than everything else the plan does with them.
 */
function cellRows(sheet: PlanSheet | undefined): CellRows {
  const rows: CellRows = [];
  for (const block of sheet?.blocks ?? []) {
    for (let r = 0; r < block.cells.length; r++) {
      const line = block.cells[r]!;
      const row = block.row + r;
      for (let c = 0; c < line.length; c++) {
        const cell = line[c];
        if (cell) (rows[row] ??= [])[block.col + c] = cell;
      }
    }
  }
  return rows;
}

/**
 * A sheet that is one described block (the table's columns, an agency sheet) is looked up in its
 * rows, made one at a time and the last kept: a re-run reads the cells in order, row after row, and
 * the block's cells made whole would be kept as long as the plan.
 */
export function indexCells(sheet: PlanSheet | undefined): CellIndex {
  const only = sheet?.blocks.length === 1 ? sheet.blocks[0]! : undefined;
  const described = only?.rows;
  if (only && described) {
    let at = -1;
    let line: readonly (PlanCell | null)[] = [];
    return {
      get: (row, col) => {
        const i = row - only.row;
        if (i < 0 || i >= described.height) return undefined;
        if (i !== at) {
          line = described.row(i);
          at = i;
        }
        return line[col - only.col] ?? undefined;
      },
    };
  }
  const rows = cellRows(sheet);
  return { get: (row, col) => rows[row]?.[col] };
}

/** Rows of cells from (row, col): a sheet's one block as it is, or its blocks gathered (cellRows). */
interface CellLines {
  /** Line i from `row`, undefined past the last. */
  readonly line: (i: number) => readonly (PlanCell | null | undefined)[] | undefined;
  readonly row: number;
  readonly col: number;
}

/**
 * The tool's own sheets are one block each: read in place rather than copied, a described block's
 * rows made one at a time (row-blocks.ts).
 */
function cellLines(sheet: PlanSheet): CellLines {
  const only = sheet.blocks.length === 1 ? sheet.blocks[0]! : null;
  if (only) return { line: blockRowAt(only), row: only.row, col: only.col };
  const rows = cellRows(sheet);
  return { line: (i) => rows[i], row: 0, col: 0 };
}

/**
 * Fed row by row, as the cells are stored, every column's fingerprints encoded as they come. A
 * cell object repeated down a column (see TextCells) keeps the fingerprint it had a row above: only a
 * formula's depends on its row; a text met before anywhere in the plan keeps its fingerprint too.
 */
class AreaRecorder {
  private readonly columns: ColumnEncoder[];
  private readonly above: (PlanCell | undefined)[];
  private readonly abovePrint: string[];

  constructor(
    private readonly width: number,
    private readonly texts: TextPrints,
  ) {
    this.columns = Array.from({ length: width }, () => new ColumnEncoder());
    this.above = new Array(width);
    this.abovePrint = new Array(width);
  }

  /** Sheet row `row`, its cells from the area's first column at `first` in `line`. */
  add(row: number, line: readonly (PlanCell | null | undefined)[] | undefined, first: number): void {
    const { columns, above, abovePrint, texts } = this;
    for (let c = 0; c < this.width; c++) {
      const cell = line?.[first + c];
      let print: string;
      if (cell === undefined || cell === null) print = EMPTY_PRINT;
      else if (cell === above[c] && cell.formula === undefined) print = abovePrint[c]!;
      else {
        print = planCellPrint(texts, cell, row);
        above[c] = cell;
        abovePrint[c] = print;
      }
      columns[c]!.add(print);
    }
  }

  prints(): string[] {
    return this.columns.map((column) => column.text());
  }
}

function area(sheet: string, rows: { first: number; last: number }, cols: { first: number; last: number }, cells: CellLines, texts: TextPrints): WrittenArea {
  const recorder = new AreaRecorder(cols.last - cols.first + 1, texts);
  const first = cols.first - cells.col;
  for (let row = rows.first; row <= rows.last; row++) recorder.add(row, cells.line(row - cells.row), first);
  return { sheet, row: rows.first, col: cols.first, prints: recorder.prints() };
}

/**
 * The area of a sheet that is one described block (an agency sheet): its fingerprints are taken
 * as a writer makes the rows (watchRows), so the rows are made once, not once here and once to
 * write them. `prints` is read as a property like any other; read before a writer made every row
 * (or by an adapter that never walks the rows, as the add-in's), the rows are made for it then.
 */
function describedArea(sheet: string, block: PlanBlock, rows: PlanRows, texts: TextPrints): WrittenArea {
  let prints: readonly string[] | undefined;
  const recorder = new AreaRecorder(rows.width, texts);
  watchRows(block, {
    line: (i, cells) => recorder.add(block.row + i, cells, 0),
    done: () => {
      prints = recorder.prints();
    },
  });
  const out = { sheet, row: block.row, col: block.col } as { sheet: string; row: number; col: number; prints: readonly string[] };
  Object.defineProperty(out, 'prints', {
    enumerable: true,
    get: () => {
      if (prints === undefined) {
        unwatchRows(block);
        const own = new AreaRecorder(rows.width, texts);
        for (let i = 0; i < rows.height; i++) own.add(block.row + i, rows.row(i), 0);
        prints = own.prints();
      }
      return prints;
    },
  });
  return out;
}

function bounds(sheet: PlanSheet): { rows: { first: number; last: number }; cols: { first: number; last: number } } | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const b of sheet.blocks) {
    const height = blockHeight(b);
    if (height === 0) continue;
    top = Math.min(top, b.row);
    left = Math.min(left, b.col);
    bottom = Math.max(bottom, b.row + height - 1);
    if (b.rows) right = Math.max(right, b.col + b.rows.width - 1);
    else for (const line of b.cells) right = Math.max(right, b.col + line.length - 1);
  }
  return bottom < 0 || right < 0 ? null : { rows: { first: top, last: bottom }, cols: { first: left, last: right } };
}

/**
 * The fingerprints the next marker records: what this run writes, and for the parts it leaves as
 * they are, what the previous marker recorded (none when it had none).
 */
export function recordWritten(marker: OwnershipMarker, sheets: readonly PlanSheet[], previous: OwnershipMarker | null): WrittenArea[] {
  const out: WrittenArea[] = [];
  // A task's text, its product, a link's code: met on several sheets, fingerprinted once.
  const texts: TextPrints = new Map();
  const produced = (name: string) => sheets.some((s) => sameSheet(s.name, name));
  const table = marker.tableSheet ? sheets.find((s) => !s.owned && sameSheet(s.name, marker.tableSheet!)) : undefined;
  if (table && marker.tableRows && marker.tableColumns.length > 0) {
    const cols = { first: Math.min(...marker.tableColumns), last: Math.max(...marker.tableColumns) };
    const only = table.blocks.length === 1 ? table.blocks[0]! : undefined;
    // The table's columns described by rows (table-columns.ts) are their area exactly: fingerprinted
    // as the sheet patch makes them, as an agency sheet's rows are.
    const exact =
      only?.rows !== undefined &&
      only.row === marker.tableRows.first &&
      only.rows.height === marker.tableRows.last - marker.tableRows.first + 1 &&
      only.col === cols.first &&
      only.rows.width === cols.last - cols.first + 1;
    if (exact) out.push(describedArea(table.name, only, only.rows!, texts));
    else out.push(area(table.name, marker.tableRows, cols, cellLines(table), texts));
  } else if (marker.tableSheet) {
    const old = previous?.written?.find((w) => sameSheet(w.sheet, marker.tableSheet!) && ownsTableOn(previous, w.sheet));
    if (old) out.push(old);
  }
  for (const sheet of sheets) {
    if (!sheet.owned) continue;
    const box = bounds(sheet);
    const only = sheet.blocks.length === 1 ? sheet.blocks[0]! : undefined;
    if (!box) out.push({ sheet: sheet.name, row: 0, col: 0, prints: [] });
    else if (only?.rows) out.push(describedArea(sheet.name, only, only.rows, texts));
    else out.push(area(sheet.name, box.rows, box.cols, cellLines(sheet), texts));
  }
  for (const name of marker.sheets) {
    if (produced(name) || !ownsSheet(previous, name)) continue;
    const old = previous?.written?.find((w) => sameSheet(w.sheet, name));
    if (old) out.push(old);
  }
  return out;
}

/** Decoded fingerprints of one area, for lookups cell by cell. */
interface PrintLookup {
  /** The fingerprint recorded for the cell, or null when the marker recorded nothing for its sheet. */
  at(sheet: string, row: number, col: number): string | null;
}

export function printLookup(written: readonly WrittenArea[] | undefined): PrintLookup {
  const decoded = (written ?? []).map((w) => ({ ...w, columns: w.prints.map((p) => decodeColumn(p) ?? []) }));
  let last: { sheet: string; area: (typeof decoded)[number] | undefined } | null = null;
  return {
    at(sheet, row, col) {
      // Asked cell after cell of one sheet: the sheet's area is looked up once.
      if (last?.sheet !== sheet) last = { sheet, area: decoded.find((d) => sameSheet(d.sheet, sheet)) };
      const w = last.area;
      if (!w) return null;
      return w.columns[col - w.col]?.[row - w.row] ?? EMPTY_PRINT;
    },
  };
}
