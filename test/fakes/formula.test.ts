import { parseRef, qualifiedA1, subtract } from './a1';
import { evaluateFormula, Unsupported, type Scalar } from './formula';

const grid: Record<string, Scalar> = { A1: 1, A2: 2.5, A3: 'x', A4: '', A5: 0, B1: true, C1: { error: '#DIV/0!' } };
const host = {
  cell: (sheet: string | undefined, row: number, col: number): Scalar => {
    if (sheet === 'Khác') return 100;
    return grid[`${String.fromCharCode(65 + col)}${row + 1}`] ?? '';
  },
};

describe('fake Excel: formula subset', () => {
  it.each([
    ['=1+2*3', 7],
    ['=(1+2)*3', 9],
    ['=-A1+2^3', 7],
    ['=SUM(A1:A4)', 3.5],
    ['=SUM(A1:A2,10)', 13.5],
    ['=ROUND(2.345,2)', 2.35],
    ['=ABS(-4)', 4],
    ['=IF(A2>2,"lớn","nhỏ")', 'lớn'],
    ['=IFERROR(C1,0)', 0],
    ['=C1+1', { error: '#DIV/0!' }],
    ['=1/0', { error: '#DIV/0!' }],
    ['=A3&"y"', 'xy'],
    ['=COUNT(A1:A4)', 2],
    ['=COUNTA(A1:A4)', 3],
    ['=COUNTIF(A1:A4,">1")', 1],
    ['=MAX(A1:A2)-MIN(A1:A2)', 1.5],
    ["='Khác'!A1+Khác!B2", 200],
    ['=AND(B1,A1=1)', true],
    // A cell holding 0 is not "", but a blank cell is both "" and 0, as in Excel.
    ['=A5=""', false],
    ['=""=A5', false],
    ['=A4=""', true],
    ['=A4=0', true],
    ['=IF(OR(A5="",A1=""),"",A1-A5)', 1],
    // HYPERLINK's value is its friendly name, of whatever type, else the link location as text.
    [`=HYPERLINK("#'Bảng của Sở''s'!A5","1.10")`, '1.10'],
    ['=HYPERLINK("#A1","Báo cáo ""quý 3""")', 'Báo cáo "quý 3"'],
    ['=HYPERLINK("#A1",A2)', 2.5],
    ['=HYPERLINK("#A1")', '#A1'],
    ['=HYPERLINK("#A1",C1)', { error: '#DIV/0!' }],
  ])('%s = %p', (formula, expected) => {
    expect(evaluateFormula(formula, host)).toEqual(expected);
  });

  it('refuses functions outside the subset instead of guessing', () => {
    expect(() => evaluateFormula('=VLOOKUP(1,A1:A2,1)', host)).toThrow(Unsupported);
  });
});

describe('fake Excel: addresses', () => {
  it('parses cells, ranges, whole columns and rows, with sheet names', () => {
    expect(parseRef('B7')).toEqual({ rect: { row: 6, col: 1, rowCount: 1, colCount: 1 } });
    expect(parseRef("'Bảng 1'!$A$1:C3")).toEqual({ sheet: 'Bảng 1', rect: { row: 0, col: 0, rowCount: 3, colCount: 3 } });
    expect(parseRef('D:E')?.rect).toEqual({ row: 0, col: 3, rowCount: 1048576, colCount: 2 });
    expect(parseRef('3:4')?.rect).toEqual({ row: 2, col: 0, rowCount: 2, colCount: 16384 });
    expect(parseRef('A1:B2:C3')).toBeNull();
    expect(parseRef('ZZZZ1')).toBeNull();
  });

  it('quotes sheet names the way Excel reports them', () => {
    const r = { row: 0, col: 0, rowCount: 2, colCount: 2 };
    expect(qualifiedA1('Sheet1', r)).toBe('Sheet1!A1:B2');
    expect(qualifiedA1('Điểm', r)).toBe('Điểm!A1:B2');
    expect(qualifiedA1("Bảng của Sở's", r)).toBe("'Bảng của Sở''s'!A1:B2");
    expect(qualifiedA1('A1', r)).toBe("'A1'!A1:B2");
  });

  it('subtracts a rectangle into the remaining parts', () => {
    const parts = subtract({ row: 0, col: 0, rowCount: 4, colCount: 3 }, { row: 1, col: 1, rowCount: 2, colCount: 1 });
    expect(parts.reduce((n, p) => n + p.rowCount * p.colCount, 0)).toBe(10);
  });
});
