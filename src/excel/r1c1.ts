import { columnIndex } from '../domain/api/cells';

/*
 * A1 formulas turned into R1C1 relative to the cell they are written to. Relative to its row, the
 * formula of every row of a column is usually the same text ("=RC[-3]-RC[-2]"), so a whole column
 * run can be written with one scalar: the request then no longer grows with the number of rows.
 */

/** Excel's last column (XFD) and row, 0-based. */
const MAX_COL = 16383;
const MAX_ROW = 1048575;

const REF = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})/;

function isNameChar(ch: string | undefined): boolean {
  return ch !== undefined && /[A-Za-z0-9_.]/.test(ch);
}

function part(letter: 'R' | 'C', absolute: boolean, target: number, origin: number): string {
  if (absolute) return `${letter}${target + 1}`;
  const offset = target - origin;
  return offset === 0 ? letter : `${letter}[${offset}]`;
}

/**
 * The R1C1 form of an A1 formula written at (row, col), both 0-based; null when the formula holds
 * anything this conversion does not understand for certain (whole-column or whole-row references,
 * an unquoted sheet name that looks like a cell, an unterminated string): such a cell is then
 * written as it is, in A1.
 */
export function toR1C1(formula: string, row: number, col: number): string | null {
  if (!formula.startsWith('=')) return null;
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i]!;
    if (ch === '"' || ch === "'") {
      // A string literal or a quoted sheet name: copied as is, doubled quotes included.
      let j = i + 1;
      for (;;) {
        if (j >= formula.length) return null;
        if (formula[j] === ch) {
          if (formula[j + 1] === ch) j += 2;
          else break;
        } else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const m = isNameChar(formula[i - 1]) ? null : REF.exec(formula.slice(i));
    if (m) {
      const next = formula[i + m[0].length];
      // A function name (LOG10(), a longer name, or a sheet name before "!": not a reference.
      if (next === '(' || next === '!' || isNameChar(next)) {
        if (next === '!') return null;
        out += m[0];
        i += m[0].length;
        continue;
      }
      const c = columnIndex(m[2]!);
      const r = Number(m[4]) - 1;
      if (c > MAX_COL || r < 0 || r > MAX_ROW) return null;
      out += part('R', m[3] === '$', r, row) + part('C', m[1] === '$', c, col);
      i += m[0].length;
      continue;
    }
    if (ch === ':' && (formula[i + 1] === '$' || /[A-Za-z0-9]/.test(formula[i + 1] ?? ''))) {
      // A range's second corner follows; handled by the next iteration. Whole rows/columns
      // ("A:A", "3:3") have no digit-letter pair and fail the REF match below.
      const rest = formula.slice(i + 1);
      if (!REF.test(rest)) return null;
    }
    out += ch;
    i++;
  }
  return out;
}
