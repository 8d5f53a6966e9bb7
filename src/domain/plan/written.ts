import { decodeColumn, EMPTY_PRINT, encodeColumn, fingerprintWith, planContent, type TextPrints } from './fingerprint';
import { ownsSheet, ownsTableOn, sameSheet } from './ownership';
import type { OwnershipMarker, PlanCell, PlanSheet, WrittenArea } from './types';

/** A sheet's plan cells by position; later blocks win. */
export interface CellIndex {
  get(row: number, col: number): PlanCell | undefined;
}

export function cellKey(row: number, col: number): string {
  return `${row}:${col}`;
}

/**
 * Rows of sparse arrays, not a Map keyed by "row:col": a plan of a large table has a million cells,
 * and a key string for each cost more than everything else the plan does with them.
 */
export function indexCells(sheet: PlanSheet | undefined): CellIndex {
  const rows: (PlanCell | undefined)[][] = [];
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
  return { get: (row, col) => rows[row]?.[col] };
}

function area(
  sheet: string,
  rows: { first: number; last: number },
  cols: { first: number; last: number },
  cells: CellIndex,
  texts: TextPrints,
): WrittenArea {
  const prints: string[] = [];
  const column: string[] = [];
  for (let col = cols.first; col <= cols.last; col++) {
    column.length = 0;
    for (let row = rows.first; row <= rows.last; row++) column.push(fingerprintWith(texts, planContent(cells.get(row, col)), row));
    prints.push(encodeColumn(column));
  }
  return { sheet, row: rows.first, col: cols.first, prints };
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
  const texts: TextPrints = new Map();
  const produced = (name: string) => sheets.some((s) => sameSheet(s.name, name));
  const table = marker.tableSheet ? sheets.find((s) => !s.owned && sameSheet(s.name, marker.tableSheet!)) : undefined;
  if (table && marker.tableRows && marker.tableColumns.length > 0) {
    const cols = { first: Math.min(...marker.tableColumns), last: Math.max(...marker.tableColumns) };
    out.push(area(table.name, marker.tableRows, cols, indexCells(table), texts));
  } else if (marker.tableSheet) {
    const old = previous?.written?.find((w) => sameSheet(w.sheet, marker.tableSheet!) && ownsTableOn(previous, w.sheet));
    if (old) out.push(old);
  }
  for (const sheet of sheets) {
    if (!sheet.owned) continue;
    const box = bounds(sheet);
    out.push(box ? area(sheet.name, box.rows, box.cols, indexCells(sheet), texts) : { sheet: sheet.name, row: 0, col: 0, prints: [] });
  }
  for (const name of marker.sheets) {
    if (produced(name) || !ownsSheet(previous, name)) continue;
    const old = previous?.written?.find((w) => sameSheet(w.sheet, name));
    if (old) out.push(old);
  }
  return out;
}

/** Decoded fingerprints of one area, for lookups cell by cell. */
export interface PrintLookup {
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
