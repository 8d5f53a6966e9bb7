import { a1, columnLetter } from '../address';
import { formatPointsPlain } from '../parse/number';
import type { Fixed } from '../fixed';

/*
 * Formulas use English function names and comma separators (what both Office.js `formulas` and
 * exceljs expect, whatever the user's locale) and refer only to cells of the same sheet.
 */

function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** "D5:D7,D9": consecutive rows grouped into ranges, so a long list of children stays short. */
export function rowsReference(col: number, rows: readonly number[]): string {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const parts: string[] = [];
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    const first = sorted[i]!;
    const last = sorted[j]!;
    parts.push(first === last ? a1(first, col) : `${a1(first, col)}:${columnLetter(col)}${last + 1}`);
    i = j + 1;
  }
  return parts.join(',');
}

/**
 * Sum of the child cells: SUM skips empty cells as the engine does. SUM also skips a number
 * stored as text ("0,78"), which the engine reads: such cells are added with "+", which makes
 * Excel convert them the way the sheet's locale writes numbers, so the live formula and its
 * cached value agree with the engine.
 */
export function sumFormula(col: number, rows: readonly number[], textRows: ReadonlySet<number> = new Set()): string {
  const numeric = rows.filter((r) => !textRows.has(r));
  const asText = [...new Set(rows.filter((r) => textRows.has(r)))].sort((a, b) => a - b).map((r) => a1(r, col));
  if (numeric.length === 0 && asText.length > 0) return `=${asText.join('+')}`;
  return `=SUM(${rowsReference(col, numeric)})${asText.map((ref) => `+${ref}`).join('')}`;
}

/** a - b, blank when either side is blank (lost = max - score, gap = target - score). */
export function differenceFormula(row: number, minuendCol: number, subtrahendCol: number): string {
  const a = a1(row, minuendCol);
  const b = a1(row, subtrahendCol);
  return `=IF(OR(${a}="",${b}=""),"",${a}-${b})`;
}

/** score / max as a percentage with two decimals, the rounding the engine applies. */
export function percentFormula(row: number, maxCol: number, scoreCol: number): string {
  const max = a1(row, maxCol);
  const score = a1(row, scoreCol);
  return `=IF(OR(${max}="",${score}="",${max}=0),"",ROUND(${score}/${max}*100,2))`;
}

/**
 * Stated value against the recomputed one. ROUND to 4 decimals first: in binary floats
 * 8.67 - 8.65 is slightly above 0.02, which would call exact rounding drift a mismatch.
 */
export function subtotalCheckFormula(row: number, statedCol: number, recomputedCol: number, tolerance: Fixed, ok: string, mismatch: string): string {
  const stated = a1(row, statedCol);
  const recomputed = a1(row, recomputedCol);
  return `=IF(${stated}="","",IF(ABS(ROUND(${stated}-${recomputed},4))<=${formatPointsPlain(tolerance)},${quote(ok)},${quote(mismatch)}))`;
}

/**
 * A leaf's score against its maximum. "+0" makes Excel convert a number stored as text before
 * comparing: compared as it is, text ranks above every number and "0,78" <= 1 would be false.
 */
export function maxCheckFormula(row: number, maxCol: number, scoreCol: number, ok: string, exceeds: string): string {
  const max = a1(row, maxCol);
  const score = a1(row, scoreCol);
  return `=IF(OR(${max}="",${score}=""),"",IF(${score}+0<=${max}+0,${quote(ok)},${quote(exceeds)}))`;
}
