import { readCellContents, shiftFormula } from '../../../src/xlsx/package/cell-content';

describe('reading cell contents from a worksheet part', () => {
  it('moves the relative references of a shared formula and nothing else', () => {
    expect(shiftFormula('IF(OR(C7="",D7=""),"",C7-D7)', 2, 0)).toBe('IF(OR(C9="",D9=""),"",C9-D9)');
    expect(shiftFormula("SUM($D$8:D13)+'Phụ lục A1'!B2+LOG10(A1)", 1, 1)).toBe("SUM($D$8:E14)+'Phụ lục A1'!C3+LOG10(B2)");
    expect(shiftFormula('"A1 và B2"&$A1&A$1', 3, 2)).toBe('"A1 và B2"&$A4&C$1');
  });

  it('reads constants of every kind, inline and shared text, and formulas, inside a rectangle', () => {
    const xml =
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
      '<row r="7"><c r="H7"><f t="shared" ref="H7:H9" si="0">C7-D7</f><v>1</v></c><c r="I7" t="s"><v>1</v></c><c r="J7" t="inlineStr"><is><t>Ghi chú &amp; sửa</t></is></c></row>' +
      '<row r="8"><c r="H8"><f t="shared" si="0"/><v>0</v></c><c r="I8" t="b"><v>1</v></c><c r="J8"><v>0.25</v></c><c r="K8" s="3"/></row>' +
      '<row r="20"><c r="H20"><v>9</v></c></row></sheetData></worksheet>';
    expect(readCellContents(xml, ['', 'Đạt'], { row: 6, col: 7, rowCount: 3, colCount: 4 })).toEqual([
      { row: 6, col: 7, content: { formula: 'C7-D7' } },
      { row: 6, col: 8, content: 'Đạt' },
      { row: 6, col: 9, content: 'Ghi chú & sửa' },
      { row: 7, col: 7, content: { formula: 'C8-D8' } },
      { row: 7, col: 8, content: true },
      { row: 7, col: 9, content: 0.25 },
      { row: 7, col: 10, content: null },
    ]);
    expect(readCellContents(xml, [])).toHaveLength(8);
  });
});
