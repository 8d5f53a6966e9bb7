import fc from 'fast-check';
import { numberValueExpression, TableNumbers } from '../../../src/domain/plan/operands';
import { tableSumFigure, FIXED_STYLE } from '../../../src/domain/plan/live-cells';
import { parseNumberText } from '../../../src/domain/parse/number';
import { toPoints } from '../../../src/domain/fixed';
import { MAX_FORMULA_LENGTH } from '../../../src/domain/excel-limits';
import { evaluate } from '../../support/formula-eval';
import { SHEET, analysisOf, sheetGrid } from './fixtures';

function evaluateOn(text: string): unknown {
  return evaluate(numberValueExpression('A1', text), () => text);
}

describe('a number typed as text', () => {
  it('is converted with the decimal separator it was typed with, not the locale’s', () => {
    expect(numberValueExpression('D19', '0,78')).toBe('NUMBERVALUE(D19,",",".")');
    expect(numberValueExpression('D5', '1.5')).toBe('NUMBERVALUE(D5,".",",")');
    expect(numberValueExpression('D5', '2')).toBe('NUMBERVALUE(D5,".",",")');
  });

  it('drops what NUMBERVALUE refuses and the engine ignores: a unit, a typographic minus, inner spaces', () => {
    expect(numberValueExpression('D5', '1,25 điểm')).toBe('NUMBERVALUE(SUBSTITUTE(D5," điểm",""),",",".")');
    expect(numberValueExpression('D5', '\u22120,5')).toBe('NUMBERVALUE(SUBSTITUTE(D5,"\u2212","-"),",",".")');
    expect(numberValueExpression('D5', '- 0,5')).toBe('NUMBERVALUE(SUBSTITUTE(D5," ",""),",",".")');
    expect(numberValueExpression('D5', '1,5\u00a0')).toBe('NUMBERVALUE(SUBSTITUTE(D5,"\u00a0",""),",",".")');
  });

  it('gives the number the engine reads, for any text the engine reads as one (property)', () => {
    const text = fc
      .tuple(
        fc.constantFrom('', '-', '+', '\u2212', '- '),
        fc.integer({ min: 0, max: 99 }),
        fc.option(fc.tuple(fc.constantFrom(',', '.'), fc.integer({ min: 0, max: 9999 })), { nil: undefined }),
        fc.constantFrom('', ' ', ' điểm', 'đ', ' đ.', '\u00a0'),
      )
      .map(([sign, whole, fraction, unit]) => `${sign}${whole}${fraction ? `${fraction[0]}${String(fraction[1]).padStart(2, '0')}` : ''}${unit}`);
    fc.assert(
      fc.property(text, (t) => {
        const parsed = parseNumberText(t);
        if (parsed.status !== 'ok') return;
        expect({ t, value: evaluateOn(t) }).toEqual({ t, value: toPoints(parsed.value) });
      }),
      { numRuns: 300 },
    );
  });
});

describe('a figure whose formula would be too long for Excel', () => {
  it('is written as a fixed number, marked so the sheet can say it is fixed', () => {
    const numbers = new TableNumbers(analysisOf(), sheetGrid(), SHEET);
    // Every other row: no two grouped into a range, so each costs a sheet-qualified reference.
    const rows = Array.from({ length: 1000 }, (_, i) => 20 + 2 * i);
    const figure = tableSumFigure(numbers, 3, rows);
    expect(`=SUM('${SHEET}'!D21,`.length * 1000).toBeGreaterThan(MAX_FORMULA_LENGTH);
    expect(figure.fixed).toBe(true);
    expect(figure.cell).toMatchObject({ value: 0, style: FIXED_STYLE });
    expect(figure.cell?.formula).toBeUndefined();
    // A short one stays a formula: 1.1.1 and 1.1.2 (rows 6 and 7), 0.75 each.
    expect(tableSumFigure(numbers, 3, [5, 6])).toMatchObject({ fixed: false, cell: { formula: `=SUM('${SHEET}'!D6:D7)`, cached: 1.5 } });
  });
});
