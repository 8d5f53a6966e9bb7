import { evaluateFormula } from '../fakes/formula';

/**
 * The plan's formulas evaluated by the fake Excel's evaluator, over cells a test reads (null for a
 * blank cell, which Excel equates with "" and 0). Tests use it to show that each cached value is
 * what the formula computes; an error comes back as its text ("#VALUE!").
 */
export type Scalar = number | string | boolean | null;
export type CellReader = (row: number, col: number) => Scalar;

export function evaluate(formula: string, read: CellReader): Scalar {
  const result = evaluateFormula(formula.startsWith('=') ? formula : `=${formula}`, {
    cell: (_sheet, row, col) => read(row, col) ?? '',
  });
  return typeof result === 'object' ? result.error : result;
}
