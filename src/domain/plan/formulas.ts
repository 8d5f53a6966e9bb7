import { a1, columnLetter, sheetRef } from '../address';
import { formatPointsPlain } from '../parse/number';
import type { Fixed } from '../fixed';
import type { NumberOperand } from './operands';

/*
 * Formulas use English function names and comma separators (what both Office.js `formulas` and
 * exceljs expect, whatever the user's locale), and read the user's point cells through operands
 * (operands.ts), so a number typed as text gives the same result in every locale.
 */

function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** "D5:D7,D9": consecutive rows grouped into ranges, so a long list of children stays short. */
function rowsReference(col: number, rows: readonly number[]): string {
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

/** Excel's limit on a function's arguments. */
const MAX_ARGUMENTS = 255;

/** SUM over arguments, split into SUM(...)+SUM(...) beyond Excel's argument limit. */
function sumOfArguments(args: readonly string[]): string {
  if (args.length === 0) return '0';
  const parts: string[] = [];
  for (let i = 0; i < args.length; i += MAX_ARGUMENTS) parts.push(`SUM(${args.slice(i, i + MAX_ARGUMENTS).join(',')})`);
  return parts.join('+');
}

/**
 * Sum of the cells, without "=": SUM skips empty cells and text as the engine skips cells it
 * reads no number from; a number typed as text, which SUM would skip too, is added as its own
 * converted argument (see operands.ts); an error value, which SUM would pass on, is left out.
 * `sheet` qualifies the references when the sum is written on another sheet.
 */
export function sumExpression(operands: readonly NumberOperand[], sheet?: string): string {
  const byCol = new Map<number, number[]>();
  const terms: string[] = [];
  for (const o of operands) {
    if (o.inSum === 'skip') continue;
    if (o.inSum === 'term') terms.push(o.sumTerm);
    else {
      // Pushed, not copied: an area over a long table has a row for each of its thousands of cells.
      const rows = byCol.get(o.col);
      if (rows) rows.push(o.row);
      else byCol.set(o.col, [o.row]);
    }
  }
  const ranges = [...byCol].flatMap(([col, rows]) =>
    rowsReference(col, rows)
      .split(',')
      .map((part) => (sheet === undefined ? part : sheetRef(sheet, part))),
  );
  return sumOfArguments([...ranges, ...terms]);
}

export function sumFormula(operands: readonly NumberOperand[], sheet?: string): string {
  return `=${sumExpression(operands, sheet)}`;
}

/**
 * What sumExpression computes from the engine's values: the values it reads, 0 when it reads none
 * (as SUM gives), so the cached figure is the formula's own.
 */
export function sumValue(operands: readonly NumberOperand[]): Fixed {
  let total = 0;
  for (const o of operands) if (o.number !== null) total += o.number;
  return total as Fixed;
}

/** A formula that shows blank, as the engine does, while one of its cells holds no number. */
function guarded(body: string, operands: readonly NumberOperand[]): string {
  return operands.some((o) => o.unreadable) ? `=IFERROR(${body},"")` : `=${body}`;
}

/** a - b, blank when either side is blank (lost = max - score, gap = target - score). */
export function differenceFormula(a: NumberOperand, b: NumberOperand): string {
  return guarded(`IF(OR(${a.ref}="",${b.ref}=""),"",${a.value}-${b.value})`, [a, b]);
}

/** score / max as a percentage with two decimals, the rounding the engine applies. */
export function percentFormula(max: NumberOperand, score: NumberOperand): string {
  const body =
    max.value === max.ref
      ? `IF(OR(${max.ref}="",${score.ref}="",${max.ref}=0),"",ROUND(${score.value}/${max.ref}*100,2))`
      : // OR evaluates every argument: a converted max is tested for 0 only once it is known not blank.
        `IF(OR(${max.ref}="",${score.ref}=""),"",IF(${max.value}=0,"",ROUND(${score.value}/${max.value}*100,2)))`;
  return guarded(body, [max, score]);
}

/**
 * Stated value against the recomputed one (a cell of the tool's own). ROUND to 4 decimals first:
 * in binary floats 8.67 - 8.65 is slightly above 0.02, which would call exact rounding drift a mismatch.
 */
export function subtotalCheckFormula(stated: NumberOperand, recomputed: string, tolerance: Fixed, ok: string, mismatch: string): string {
  const body = `IF(${stated.ref}="","",IF(ABS(ROUND(${stated.value}-${recomputed},4))<=${formatPointsPlain(tolerance)},${quote(ok)},${quote(mismatch)}))`;
  return guarded(body, [stated]);
}

/**
 * A leaf's score against its maximum, both read as numbers: compared as it is, text ranks above
 * every number and "0,78" <= 1 would be false.
 */
export function maxCheckFormula(max: NumberOperand, score: NumberOperand, ok: string, exceeds: string): string {
  const body = `IF(OR(${max.ref}="",${score.ref}=""),"",IF(${score.value}<=${max.value},${quote(ok)},${quote(exceeds)}))`;
  return guarded(body, [max, score]);
}
