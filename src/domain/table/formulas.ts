import { parseA1 } from '../address';
import { addFixed, fixed, fixedToString, type Fixed } from '../fixed';
import { cellAt, type Grid, type GridCell } from '../grid';
import { parseNumberText } from '../parse/number';
import type { NumberParse } from '../parse/types';

/**
 * A workbook written by a program other than Excel may hold formulas with no saved result: until
 * someone opens it in Excel and saves, the point is unknown. A plain sum of cells ("=SUM(C5:C9)",
 * "=C5+C6+C7") is worked out from the cells themselves; any other formula is left for the
 * officer to recalculate, never guessed.
 */

/** Nested plain sums followed this deep at most: a cycle or a chain that long is not worth guessing. */
const MAX_DEPTH = 8;
/** A SUM over more cells than this is not a table subtotal. */
const MAX_CELLS = 5_000;

const REF = String.raw`\$?[A-Z]{1,3}\$?\d{1,7}`;
const SUM = new RegExp(String.raw`^SUM\(\s*(${REF}(?:\s*:\s*${REF})?(?:\s*[,;]\s*${REF}(?:\s*:\s*${REF})?)*)\s*\)$`, 'i');
const PLUS = new RegExp(String.raw`^${REF}(?:\s*\+\s*${REF})*$`, 'i');

/** The cells a plain sum adds up (absolute 0-based), or null when the formula is anything else. */
export function plainSumCells(formula: string): { row: number; col: number }[] | null {
  const f = formula.trim().replace(/^=/, '').trim();
  const sum = SUM.exec(f);
  const parts = sum ? sum[1]!.split(/\s*[,;]\s*/) : PLUS.test(f) ? f.split(/\s*\+\s*/) : null;
  if (parts === null) return null;
  const out: { row: number; col: number }[] = [];
  for (const part of parts) {
    const [from, to] = part.split(/\s*:\s*/);
    const a = parseA1(from!);
    const b = to === undefined ? a : parseA1(to);
    if (a === null || b === null) return null;
    for (let row = Math.min(a.row, b.row); row <= Math.max(a.row, b.row); row++) {
      for (let col = Math.min(a.col, b.col); col <= Math.max(a.col, b.col); col++) {
        out.push({ row, col });
        if (out.length > MAX_CELLS) return null;
      }
    }
  }
  return out;
}

function valueOf(grid: Grid, cell: GridCell, depth: number): Fixed | null {
  if (cell.formula !== undefined) return sumOf(grid, cell.formula, depth + 1);
  if (cell.kind === 'empty') return fixed(0);
  if (cell.kind === 'number' && typeof cell.value === 'number') return fixed(cell.value);
  if (cell.kind === 'string' && typeof cell.value === 'string') {
    const parse = parseNumberText(cell.value);
    // SUM skips text in Excel; a cell of words here means the formula is not a subtotal of points.
    return parse.status === 'ok' ? parse.value : parse.status === 'empty' ? fixed(0) : null;
  }
  return null;
}

function sumOf(grid: Grid, formula: string, depth: number): Fixed | null {
  if (depth > MAX_DEPTH) return null;
  const cells = plainSumCells(formula);
  if (cells === null) return null;
  let total = fixed(0);
  for (const { row, col } of cells) {
    const value = valueOf(grid, cellAt(grid, row, col), depth);
    if (value === null) return null;
    total = addFixed(total, value);
  }
  return total;
}

/** A formula cell saved without its result: the plain sum worked out, or 'uncalculated'. */
export function formulaParse(grid: Grid, formula: string): NumberParse {
  const value = sumOf(grid, formula, 0);
  if (value === null) return { status: 'uncalculated', raw: formula.startsWith('=') ? formula : `=${formula}` };
  return { status: 'ok', value, storedAsText: false, raw: fixedToString(value) };
}
