import { a1, columnLetter } from '../address';
import { subFixed, toPoints, type Fixed } from '../fixed';
import { MAX_FORMULA_LENGTH } from '../excel-limits';
import { POINTS_FORMAT } from './cells';
import { sumExpression, sumValue } from './formulas';
import type { PatternPrints } from './fingerprint';
import type { TableNumbers } from './operands';
import type { CellStyle, PlanCell } from './types';

/*
 * The summary and agency sheets' figures as formulas over the table's cells, so that editing a
 * score in the table updates them on the next recalculation. Each comes with its value as the
 * formula computes it from the cells as the engine read them (cached, and used by the formulas
 * built on it), in exact fixed point.
 */

/** A written figure and its value (null: the cell shows blank). */
export interface Figure {
  readonly cell: PlanCell | null;
  readonly value: Fixed | null;
}

export const NO_FIGURE: Figure = { cell: null, value: null };

/** Marks a figure written as a fixed number, explained by the sheet's note (see FIXED_MARK_KEY). */
export const FIXED_STYLE: CellStyle = { italic: true, fontColor: '#7F7F7F' };

function pointsFormula(formula: string, value: Fixed | null, style?: CellStyle, print?: string): PlanCell {
  const cell: PlanCell = { formula, cached: value === null ? '' : toPoints(value), numberFormat: POINTS_FORMAT, print };
  return style ? { ...cell, style } : cell;
}

/** The fixed number, when a formula would be longer than Excel takes. */
function fixedFigure(value: Fixed | null, style?: CellStyle): PlanCell | null {
  if (value === null) return null;
  return { value: toPoints(value), numberFormat: POINTS_FORMAT, style: { ...style, ...FIXED_STYLE } };
}

/**
 * One point cell of the table, on another sheet: its number, blank when it holds none (as the
 * engine reads it: a blank cell is no 0). `at`: the sheet row the figure is written on, when known;
 * a plain link's print is then made once per column and offset (PatternPrints).
 */
export function linkedFigure(numbers: TableNumbers, row: number, col: number | undefined, style?: CellStyle, at?: number): Figure {
  if (col === undefined) return NO_FIGURE;
  const o = numbers.operand(row, col, true);
  const plain = o.value === o.ref;
  const formula = plain ? `=IF(ISNUMBER(${o.ref}),${o.ref},"")` : `=IFERROR(${o.value},"")`;
  const print = plain && at !== undefined && numbers.linksSharePrints ? numbers.prints.print(linkPattern(col), row - at, formula, at) : undefined;
  return { cell: pointsFormula(formula, o.number, style, print), value: o.number };
}

/** The sum of point cells of the table (a column over rows), on another sheet. */
export function tableSumFigure(numbers: TableNumbers, col: number | undefined, rows: readonly number[], style?: CellStyle): Figure & { fixed: boolean } {
  if (col === undefined || rows.length === 0) return { ...NO_FIGURE, fixed: false };
  const operands = rows.map((r) => numbers.operand(r, col, true));
  const value = sumValue(operands);
  const formula = `=${sumExpression(operands, numbers.sheet)}`;
  if (formula.length > MAX_FORMULA_LENGTH) return { cell: fixedFigure(value, style), value, fixed: true };
  return { cell: pointsFormula(formula, value, style), value, fixed: false };
}

/** A cell of this sheet, 0-based. */
type At = readonly [row: number, col: number];

/** a - b of two figures of this sheet, blank when either is. */
export function differenceFigure(aAt: At, a: Figure, bAt: At, b: Figure, style?: CellStyle): Figure {
  if (a.cell === null || b.cell === null) return NO_FIGURE;
  const value = differenceValue(a.value, b.value);
  return { cell: pointsFormula(differenceFormulaOf(a1(...aAt), a1(...bAt)), value, style), value };
}

/**
 * differenceFigure of two figures on the row it is written on, its print made once per pair of
 * columns (PatternPrints): the formula names its own row alone.
 */
export function rowDifferenceFigure(prints: PatternPrints, row: number, aCol: number, a: Figure, bCol: number, b: Figure): Figure {
  if (a.cell === null || b.cell === null) return NO_FIGURE;
  const value = differenceValue(a.value, b.value);
  const formula = differenceFormulaOf(a1(row, aCol), a1(row, bCol));
  return { cell: pointsFormula(formula, value, undefined, prints.print(differencePattern(aCol, bCol), 0, formula, row)), value };
}

/** Pattern names by column, made once: a link's is asked for every figure written. */
const LINK_PATTERNS: string[] = [];

function linkPattern(col: number): string {
  return (LINK_PATTERNS[col] ??= `link:${col}`);
}

function differencePattern(aCol: number, bCol: number): string {
  return `difference:${aCol}:${bCol}`;
}

function differenceFormulaOf(x: string, y: string): string {
  return `=IF(OR(${x}="",${y}=""),"",${x}-${y})`;
}

/** A difference figure's value: a - b, blank when either is. */
export function differenceValue(a: Fixed | null, b: Fixed | null): Fixed | null {
  return a === null || b === null ? null : subFixed(a, b);
}

/**
 * The total of a column of figures on this sheet, blank when none has a value: the engine's sum of
 * the values that are known.
 */
export function columnTotalFigure(col: number, firstRow: number, lastRow: number, figures: readonly Figure[], style?: CellStyle): Figure {
  if (figures.every((f) => f.cell === null)) return NO_FIGURE;
  return columnTotalOfValues(
    col,
    firstRow,
    lastRow,
    figures.map((f) => f.value),
    style,
  );
}

/**
 * The same total from the column's values alone, for a column whose figures are written (some
 * cell is not blank) but made only as the sheet is written (agency-sheets.ts, CriteriaRun).
 */
export function columnTotalOfValues(col: number, firstRow: number, lastRow: number, values: readonly (Fixed | null)[], style?: CellStyle): Figure {
  const range = `${columnLetter(col)}${firstRow + 1}:${columnLetter(col)}${lastRow + 1}`;
  let value: Fixed | null = null;
  for (const v of values) if (v !== null) value = ((value ?? 0) + v) as Fixed;
  return { cell: pointsFormula(`=IF(COUNT(${range})=0,"",SUM(${range}))`, value, style), value };
}
