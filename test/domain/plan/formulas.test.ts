import type { NumberOperand } from '../../../src/domain/plan/operands';
import { sumExpression, sumValue } from '../../../src/domain/plan/formulas';
import type { Fixed } from '../../../src/domain/fixed';

/** A point cell read as a number, in column D (3) at a 0-based row. */
function pointAt(row: number, number: number): NumberOperand {
  return { row, col: 3, ref: `D${row + 1}`, value: `D${row + 1}`, inSum: 'range', sumTerm: `D${row + 1}`, unreadable: false, number: number as Fixed };
}

describe('sumExpression', () => {
  it('groups consecutive rows into ranges, a cell typed as text as its own term, an error left out', () => {
    const operands: NumberOperand[] = [
      pointAt(4, 100),
      pointAt(5, 50),
      pointAt(6, 25),
      pointAt(8, 75),
      { ...pointAt(9, 10), inSum: 'term', sumTerm: 'IFERROR(NUMBERVALUE(D10,",","."),0)' },
      { ...pointAt(10, 0), inSum: 'skip', number: null, unreadable: true },
    ];
    expect(sumExpression(operands)).toBe('SUM(D5:D7,D9,IFERROR(NUMBERVALUE(D10,",","."),0))');
    expect(sumExpression(operands, 'Phụ lục I')).toBe(`SUM('Phụ lục I'!D5:D7,'Phụ lục I'!D9,IFERROR(NUMBERVALUE(D10,",","."),0))`);
    expect(sumValue(operands)).toBe(260);
  });

  it("sums an area's hundreds of thousands of cells as one range", () => {
    // A table of 400,000 rows under one area (a generated or pasted sheet): the rows were copied into a
    // new array for every cell, so building this one sum took time growing with the square of the rows.
    const rows = 400_000;
    const operands = Array.from({ length: rows }, (_, i) => pointAt(2 + i, 1));
    expect(sumExpression(operands)).toBe(`SUM(D3:D${rows + 2})`);
  });
});
