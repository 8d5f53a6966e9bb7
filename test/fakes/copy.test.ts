/**
 * Range.copyFrom (ExcelApi 1.9, Excel JavaScript API reference): "Copies cell data or formatting from
 * the source range or RangeAreas to the current range"; relative references move with the copy, as on
 * paste.
 */
import { createFakeWorkbook } from './index';
import { shiftReferences } from './range';

describe('fake Excel: Range.copyFrom', () => {
  it('copies values, formulas, number formats, formats and conditional formats to the same address on another sheet unchanged', async () => {
    const fake = createFakeWorkbook({
      sheets: [
        { name: 'Bảng', cells: [[1, 2, 3], [4, 5, 9]], formulas: [[null, null, '=A1+B1'], [null, null, '=SUM(A2:B2)']], numberFormats: [[null, null, '0.00']] },
        { name: 'Sao', cells: [['cũ', 'cũ', 'cũ']] },
      ],
    });
    await fake.run(async (context) => {
      const table = context.workbook.worksheets.getItem('Bảng');
      table.getRange('C1').format.font.bold = true;
      const cf = table.getRange('C1:C2').conditionalFormats.add('CellValue');
      cf.cellValue.format.fill.color = '#FFC7CE';
      cf.cellValue.rule = { formula1: '0', operator: 'LessThan' };
      await context.sync();
      context.workbook.worksheets.getItem('Sao').getRange('C1:C2').copyFrom(table.getRange('C1:C2'), 'All');
    });
    const copy = fake.snapshot().sheets[1]!;
    // The formulas now add up this sheet's own cells, as they would in Excel.
    expect(copy.values).toEqual([['cũ', 'cũ', '#VALUE!'], [null, null, 0]]);
    expect(copy.formulas.map((r) => r[2])).toEqual(['=A1+B1', '=SUM(A2:B2)']);
    expect(copy.numberFormats[0]![2]).toBe('0.00');
    expect(copy.formats).toEqual([{ cell: 'C1', bold: true }]);
    expect(copy.conditionalFormats.map((c) => c.range)).toEqual(['C1:C2']);
  });

  it('moves relative references by the offset and keeps anchored ones', () => {
    expect(shiftReferences('=A1+$B$2+C$3+$D4', 2, 1)).toBe('=B3+$B$2+D$3+$D6');
    expect(shiftReferences('=SUM(A1:B2)&"A1"&LOG10(A1)', 1, 0)).toBe('=SUM(A2:B3)&"A1"&LOG10(A2)');
    expect(shiftReferences("='Bảng'!C5*2", 0, 0)).toBe("='Bảng'!C5*2");
  });
});
