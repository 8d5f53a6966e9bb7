import { a1, sheetRef } from '../address';
import type { Analysis } from '../analysis';
import type { Fixed } from '../fixed';
import { cellAt, type Grid } from '../grid';
import { NUMERIC_ROLES } from '../score/values';
import type { NumericRole } from '../table/types';
import { PatternPrints } from './fingerprint';

/*
 * How a formula reads one point cell of the user's table. A number is read as it is. A number
 * typed as text ("0,78") cannot be: `+D19` or `C19-D19` convert text with the separators of the
 * locale Excel runs in, so "0,78" fails in an English Excel and "1.5" in a Vietnamese one. Such a
 * cell is converted with NUMBERVALUE (Excel 2013+, LibreOffice) and the separators the text itself
 * uses, which gives the same number in every locale and is the number the engine read.
 */

/** Minus signs officers type besides "-" (the engine accepts them; NUMBERVALUE does not). */
const MINUS_SIGNS = new Set(['\u2212', '\u2013']);

/** Characters NUMBERVALUE reads in a number: digits, the two separators, signs and spaces. */
const PLAIN = /[0-9.,+\- ]/;

function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * NUMBERVALUE over the text of `ref`, first stripped of what the engine ignores and NUMBERVALUE
 * refuses: a unit after the digits ("1,25 điểm"), non-breaking or zero-width spaces, and a
 * typographic minus. `raw` is the text the cell held when the engine read it.
 */
export function numberValueExpression(ref: string, raw: string): string {
  let lastDigit = -1;
  for (let i = raw.length - 1; i >= 0; i--) {
    if (raw[i]! >= '0' && raw[i]! <= '9') {
      lastDigit = i;
      break;
    }
  }
  const head = raw.slice(0, lastDigit + 1);
  const tail = raw.slice(lastDigit + 1);
  let text = ref;
  if (tail !== '' && !/^ *$/.test(tail)) text = `SUBSTITUTE(${text},${quote(tail)},"")`;
  const foreign = new Set([...head].filter((ch) => !PLAIN.test(ch)));
  for (const ch of foreign) text = `SUBSTITUTE(${text},${quote(ch)},${MINUS_SIGNS.has(ch) ? '"-"' : '""'})`;
  // The engine allows a space between the sign and the digits; NUMBERVALUE's handling of inner
  // spaces differs between engines, so they go.
  if (/\S +\S/.test(head)) text = `SUBSTITUTE(${text}," ","")`;
  const decimal = raw.includes(',') ? ',' : '.';
  const group = decimal === ',' ? '.' : ',';
  return `NUMBERVALUE(${text},${quote(decimal)},${quote(group)})`;
}

/** The table's point columns (absolute 0-based), where it has them. */
export interface PointColumns {
  readonly max?: number;
  readonly score?: number;
  readonly target?: number;
}

export function pointColumns(analysis: Analysis): PointColumns {
  const col = (role: NumericRole): number | undefined => analysis.table.layout.columns.find((c) => c.role === role)?.col;
  return { max: col('max'), score: col('score'), target: col('target') };
}

/** One point cell as formulas read it. */
export interface NumberOperand {
  readonly row: number;
  readonly col: number;
  /** The cell's address (sheet-qualified when read from another sheet), for blank tests. */
  readonly ref: string;
  /** An expression giving the cell's number. */
  readonly value: string;
  /**
   * How the cell enters a SUM: 'range' inside a range (SUM adds numbers and skips blanks and
   * text the engine cannot read either), 'term' as its own converted argument (a number typed
   * as text, which SUM would skip), 'skip' left out (an error value, which SUM would propagate).
   */
  readonly inSum: 'range' | 'term' | 'skip';
  /** The SUM argument for a 'term' cell: its conversion, 0 should the text stop being a number. */
  readonly sumTerm: string;
  /** The engine reads no number here (text that is not one, an error): formulas over it show blank. */
  readonly unreadable: boolean;
  /** The engine's value, null when blank or unreadable. */
  readonly number: Fixed | null;
}

/**
 * Values by cell, a map of rows for each column: a lookup makes no key text (a plan looks up each
 * point cell several times, a large table's a hundred thousand of them).
 */
class CellMap<T> {
  private readonly byColumn = new Map<number, Map<number, T>>();

  get(row: number, col: number): T | undefined {
    return this.byColumn.get(col)?.get(row);
  }

  set(row: number, col: number, value: T): void {
    let rows = this.byColumn.get(col);
    if (rows === undefined) this.byColumn.set(col, (rows = new Map()));
    rows.set(row, value);
  }
}

/** The point cells of a table, by role and row. */
export class TableNumbers {
  /** The prints of formulas over these cells, made once per pattern (see PatternPrints). */
  readonly prints = new PatternPrints();
  /**
   * Whether a link to these cells from another sheet has one print per offset. Not when the sheet's
   * name holds a digit: a print reads letters and digits together as a reference wherever they
   * stand, so "'Tự chấm 2023'!D9" holds M2023, made relative to the link's own row like D9.
   */
  readonly linksSharePrints: boolean;

  private readonly byCell = new CellMap<{ raw: string } | 'unreadable' | 'error'>();
  private readonly values = new CellMap<Fixed>();
  /** "'Sheet'!", put before an address read from another sheet. */
  private readonly qualifier: string;

  constructor(
    analysis: Analysis,
    grid: Grid,
    /** The table's sheet name, prefixed to references written on other sheets. */
    readonly sheet: string,
  ) {
    this.linksSharePrints = !/\d/.test(sheet);
    this.qualifier = sheetRef(sheet, '');
    // How each cell is stored comes from the table as read; the values from the score lines and
    // the stated totals, the engine's figures.
    for (const row of analysis.table.rows) {
      for (const role of NUMERIC_ROLES) {
        const field = row.numbers[role];
        if (!field) continue;
        const { row: r, col: c } = field.cell;
        const parse = field.parse;
        // Every number the table read, a repeated code's row included (it counts in its parent's sum).
        if (parse.status === 'ok') this.values.set(r, c, parse.value);
        if (parse.status === 'ok' && parse.storedAsText) this.byCell.set(r, c, { raw: parse.raw });
        else if (parse.status === 'invalid') {
          this.byCell.set(r, c, cellAt(grid, r, c).kind === 'error' ? 'error' : 'unreadable');
        }
      }
    }
    const columns = new Map(analysis.table.layout.columns.map((c) => [c.role, c.col] as const));
    const record = (row: number, figures: Readonly<Record<NumericRole, Fixed | null>>): void => {
      for (const role of NUMERIC_ROLES) {
        const col = columns.get(role);
        const value = figures[role];
        if (col !== undefined && value !== null) this.values.set(row, col, value);
      }
    };
    for (const line of analysis.lines) record(line.row, line);
    const { stated } = analysis.totals;
    if (stated.row !== null) record(stated.row, stated);
  }

  /**
   * The engine's number at (row, col), as operand() gives it, without making the formula text: a
   * total over a column of figures needs only their values (agency-sheets.ts).
   */
  number(row: number, col: number): Fixed | null {
    const found = this.byCell.get(row, col);
    if (found === 'unreadable' || found === 'error') return null;
    return this.values.get(row, col) ?? null;
  }

  /** The cell at (row, col) read from the table's own sheet, or from another sheet when `qualified`. */
  operand(row: number, col: number, qualified = false): NumberOperand {
    const address = a1(row, col);
    const ref = qualified ? this.qualifier + address : address;
    const found = this.byCell.get(row, col);
    const number = this.values.get(row, col) ?? null;
    if (found === undefined) return { row, col, ref, value: ref, inSum: 'range', sumTerm: ref, unreadable: false, number };
    if (found === 'unreadable' || found === 'error') {
      // An error while it is no number, which the formula's IFERROR turns blank as the engine does;
      // a number typed there later is read as it is.
      const value = `IF(ISNUMBER(${ref}),${ref},NA())`;
      return { row, col, ref, value, inSum: found === 'error' ? 'skip' : 'range', sumTerm: ref, unreadable: true, number: null };
    }
    // ISNUMBER first: once the user types a real number over the text, NUMBERVALUE would read it
    // through the locale's own text form ("0.78" read with "," as decimal is 78).
    const value = `IF(ISNUMBER(${ref}),${ref},${numberValueExpression(ref, found.raw)})`;
    return { row, col, ref, value, inSum: 'term', sumTerm: `IFERROR(${value},0)`, unreadable: false, number };
  }
}
