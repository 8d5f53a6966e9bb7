import { ColumnEncoder, decodeColumn, EMPTY_PRINT, planCellPrint, type TextPrints } from './fingerprint';
import { ownsSheet, ownsTableOn, sameSheet } from './ownership';
import type { OwnershipMarker, PlanCell, PlanSheet, WrittenArea } from './types';

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

export function indexCells(sheet: PlanSheet | undefined): CellIndex {
  const rows = cellRows(sheet);
  return { get: (row, col) => rows[row]?.[col] };
}

/** Rows of cells from (row, col): a sheet's one block as it is, or its blocks gathered (cellRows). */
interface CellLines {
  readonly lines: readonly (readonly (PlanCell | null | undefined)[] | undefined)[];
  readonly row: number;
  readonly col: number;
}

/** The tool's own sheets are one block each: read in place rather than copied. */
function cellLines(sheet: PlanSheet): CellLines {
  const only = sheet.blocks.length === 1 ? sheet.blocks[0]! : null;
  return only ? { lines: only.cells, row: only.row, col: only.col } : { lines: cellRows(sheet), row: 0, col: 0 };
}

/**
 * Walked row by row, as the cells are stored, every column's fingerprints encoded as they come. A
 * cell object repeated down a column (see TextCells) keeps the fingerprint it had a row above: only a
 * formula's depends on its row; a text met before anywhere in the plan keeps its fingerprint too.
 */
function area(sheet: string, rows: { first: number; last: number }, cols: { first: number; last: number }, cells: CellLines, texts: TextPrints): WrittenArea {
  const width = cols.last - cols.first + 1;
  const columns: ColumnEncoder[] = Array.from({ length: width }, () => new ColumnEncoder());
  const above: (PlanCell | undefined)[] = new Array(width);
  const abovePrint: string[] = new Array(width);
  const first = cols.first - cells.col;
  for (let row = rows.first; row <= rows.last; row++) {
    const line = cells.lines[row - cells.row];
    for (let c = 0; c < width; c++) {
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
  return { sheet, row: rows.first, col: cols.first, prints: columns.map((column) => column.text()) };
}

function bounds(sheet: PlanSheet): { rows: { first: number; last: number }; cols: { first: number; last: number } } | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const b of sheet.blocks) {
    if (b.cells.length === 0) continue;
    top = Math.min(top, b.row);
    left = Math.min(left, b.col);
    bottom = Math.max(bottom, b.row + b.cells.length - 1);
    for (const line of b.cells) right = Math.max(right, b.col + line.length - 1);
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
    out.push(area(table.name, marker.tableRows, cols, cellLines(table), texts));
  } else if (marker.tableSheet) {
    const old = previous?.written?.find((w) => sameSheet(w.sheet, marker.tableSheet!) && ownsTableOn(previous, w.sheet));
    if (old) out.push(old);
  }
  for (const sheet of sheets) {
    if (!sheet.owned) continue;
    const box = bounds(sheet);
    out.push(box ? area(sheet.name, box.rows, box.cols, cellLines(sheet), texts) : { sheet: sheet.name, row: 0, col: 0, prints: [] });
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
