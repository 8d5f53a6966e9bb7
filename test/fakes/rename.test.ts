import { createFakeWorkbook } from './index';
import { renameInFormula } from './rename';

describe('fake Excel: a sheet rename rewrites the formulas that refer to it', () => {
  it('rewrites references in code, quoted or bare, in any case, and leaves text constants', () => {
    expect(renameInFormula("=IF(ISNUMBER('Phụ lục I'!D7),'phụ lục i'!D7,\"\")", 'Phụ lục I', 'Bảng điểm 2020')).toBe(
      "=IF(ISNUMBER('Bảng điểm 2020'!D7),'Bảng điểm 2020'!D7,\"\")",
    );
    expect(renameInFormula('=HYPERLINK("#\'Phụ lục I\'!A7","1.1")&\'Phụ lục I\'!B7', 'Phụ lục I', 'Điểm')).toBe(
      '=HYPERLINK("#\'Phụ lục I\'!A7","1.1")&\'Điểm\'!B7',
    );
    expect(renameInFormula('=S!A1+SS!A1+S!B2', 'S', 'Mới')).toBe("='Mới'!A1+SS!A1+'Mới'!B2");
    expect(renameInFormula("='It''s'!A1", "It's", 'Plain')).toBe('=Plain!A1');
  });

  it('rewrites them on every sheet when a sheet is renamed through the API', async () => {
    const book = createFakeWorkbook({
      sheets: [
        { name: 'Phụ lục I', cells: [['x', 2]] },
        { name: 'Tổng hợp', cells: [[4, 'Phụ lục I']], formulas: [["='Phụ lục I'!B1*2", '="Phụ lục I"']] },
      ],
      activeSheet: 'Phụ lục I',
    });
    await book.run(async (context) => {
      context.workbook.worksheets.getItem('Phụ lục I').name = 'Bảng điểm 2020';
      await context.sync();
    });
    const summary = book.snapshot().sheets.find((s) => s.name === 'Tổng hợp')!;
    expect(summary.formulas[0]).toEqual(["='Bảng điểm 2020'!B1*2", '="Phụ lục I"']);
    expect(summary.values[0]).toEqual([4, 'Phụ lục I']);
  });
});
