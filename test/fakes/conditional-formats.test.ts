/**
 * Reading and deleting conditional formats on the fake, held to the Excel JavaScript API reference:
 * ConditionalFormatCollection ("all the conditional formats that are overlap the range", ExcelApi 1.6),
 * ConditionalFormat.type / cellValue / cellValueOrNullObject / getRange / getRangeOrNullObject /
 * delete (ExcelApi 1.6), Range.style (ExcelApi 1.7) and Range.clear (ClearApplyTo: "Formats" clears all
 * formatting; "RemoveHyperlinks" is the one documented to leave conditional formats intact).
 */
import { createFakeWorkbook, type FakeWorkbook } from './index';

function book(): FakeWorkbook {
  return createFakeWorkbook({ sheets: [{ name: 'Bảng', cells: [['a', 1, 2, 3], ['b', 4, 5, 6]] }] });
}

/** A colour scale on B1:B40, "greater than 5" on B1:C40, "equal to "OK"" on D1:D2 and a custom rule on A1:A2. */
async function withFormats(fake: FakeWorkbook): Promise<void> {
  await fake.run(async (context) => {
    const ws = context.workbook.worksheets.getItem('Bảng');
    ws.getRange('B1:B40').conditionalFormats.add('ColorScale');
    const gt = ws.getRange('B1:C40').conditionalFormats.add('CellValue');
    gt.cellValue.rule = { formula1: '=5', operator: 'GreaterThan' };
    const eq = ws.getRange('D1:D2').conditionalFormats.add('CellValue');
    eq.cellValue.rule = { formula1: '="OK"', operator: 'EqualTo' };
    eq.cellValue.format.fill.color = '#C6EFCE';
    ws.getRange('A1:A2').conditionalFormats.add('Custom').custom.rule.formula = '=$A1="a"';
    await context.sync();
  });
}

describe('fake Excel: reading and deleting conditional formats', () => {
  it("lists a range's formats that overlap it, whole, with their type and cell value rule", async () => {
    const fake = book();
    await withFormats(fake);
    const listed = await fake.run(async (context) => {
      const formats = context.workbook.worksheets.getItem('Bảng').getRange('C5').conditionalFormats;
      formats.load('items/id,items/type,items/cellValueOrNullObject/rule');
      await context.sync();
      return formats.items.map((f) => ({ type: f.type, isNull: f.cellValueOrNullObject.isNullObject, rule: f.cellValueOrNullObject.isNullObject ? null : f.cellValueOrNullObject.rule }));
    });
    // C5 lies under "greater than" only: the colour scale (column B) and the others are beside it.
    expect(listed).toEqual([{ type: 'CellValue', isNull: false, rule: { formula1: '=5', operator: 'GreaterThan' } }]);

    const all = await fake.run(async (context) => {
      const formats = context.workbook.worksheets.getItem('Bảng').getRange('A:D').conditionalFormats;
      formats.load('items/type,items/cellValueOrNullObject/rule');
      await context.sync();
      return formats.items.map((f) => [f.type, f.cellValueOrNullObject.isNullObject]);
    });
    expect(all).toEqual([
      ['ColorScale', true],
      ['CellValue', false],
      ['CellValue', false],
      ['Custom', true],
    ]);
  });

  it('fails the request when the cellValue rule of a format of another type is loaded (cellValue, not its *OrNullObject)', async () => {
    const fake = book();
    await withFormats(fake);
    await expect(
      fake.run(async (context) => {
        const formats = context.workbook.worksheets.getItem('Bảng').getRange('B1').conditionalFormats;
        formats.load('items/cellValue/rule');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidOperation' });
  });

  it('gives the range a format applies to, or a null object when it applies to several (getRangeOrNullObject)', async () => {
    const fake = book();
    await withFormats(fake);
    // Clearing B10 cuts the colour scale and "greater than" into pieces: several ranges each.
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('Bảng').getRange('B10').clear('Formats');
      await context.sync();
    });
    const addresses = await fake.run(async (context) => {
      const formats = context.workbook.worksheets.getItem('Bảng').getRange('A1:D2').conditionalFormats;
      formats.load('items/type');
      await context.sync();
      const ranges = formats.items.map((f) => f.getRangeOrNullObject().load('address'));
      await context.sync();
      return ranges.map((r) => (r.isNullObject ? null : r.address));
    });
    expect(addresses).toEqual([null, null, 'Bảng!D1:D2', 'Bảng!A1:A2']);
    await expect(
      fake.run(async (context) => {
        const formats = context.workbook.worksheets.getItem('Bảng').getRange('B1').conditionalFormats;
        formats.load('items/type');
        await context.sync();
        formats.items[0]!.getRange().load('address');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  it('deletes one format, whole, wherever it reaches, and leaves the others', async () => {
    const fake = book();
    await withFormats(fake);
    await fake.run(async (context) => {
      const formats = context.workbook.worksheets.getItem('Bảng').getRange('C1').conditionalFormats;
      formats.load('items/type');
      await context.sync();
      formats.items[0]!.delete();
      await context.sync();
    });
    expect(fake.snapshot().sheets[0]!.conditionalFormats.map((c) => `${c.type} ${c.range}`)).toEqual(['ColorScale B1:B40', 'CellValue D1:D2', 'Custom A1:A2']);
  });

  it("Range.style = 'Normal' resets number formats and formats but keeps conditional formats and merges; clear('Formats') removes both", async () => {
    const fake = book();
    await withFormats(fake);
    await fake.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Bảng');
      const d = ws.getRange('D1:D2');
      d.format.font.bold = true;
      d.format.fill.color = '#FFFF00';
      d.numberFormat = [['0.00'], ['0.00']];
      ws.getRange('D5:D6').merge();
      await context.sync();
      ws.getRange('D1:D6').style = 'Normal';
      await context.sync();
    });
    let sheet = fake.snapshot().sheets[0]!;
    expect(sheet.formats.filter((f) => f.cell.startsWith('D'))).toEqual([]);
    expect(sheet.numberFormats.map((r) => r[3] ?? null).slice(0, 2)).toEqual([null, null]);
    expect(sheet.conditionalFormats.map((c) => c.range)).toContain('D1:D2');
    expect(sheet.merges).toEqual(['D5:D6']);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('Bảng').getRange('D1:D6').clear('Formats');
      await context.sync();
    });
    sheet = fake.snapshot().sheets[0]!;
    expect(sheet.conditionalFormats.map((c) => c.range)).not.toContain('D1:D2');
    expect(sheet.merges).toEqual([]);
  });
});
