import { createFakeWorkbook, FakeOfficeError } from './index';

const spec = () =>
  createFakeWorkbook({
    name: 'PAR.xlsx',
    sheets: [
      { name: 'Bảng điểm', cells: [['STT', 'Điểm'], ['1', 1.5], [null, 2]], numberFormats: [[null, null], [null, '0.00'], [null, null]] },
      { name: 'Ẩn', cells: [['x']], visibility: 'Hidden', protected: true },
    ],
  });

describe('fake Excel: loading', () => {
  it('throws PropertyNotLoaded before load + sync, and returns values after', async () => {
    const fake = spec();
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Bảng điểm').getRange('A1:B3');
      expect(() => range.values).toThrow(FakeOfficeError);
      range.load('values, text, address');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(range.values).toEqual([
        ['STT', 'Điểm'],
        ['1', 1.5],
        ['', 2],
      ]);
      expect(range.text).toEqual([
        ['STT', 'Điểm'],
        ['1', '1,50'],
        ['', '2'],
      ]);
      expect(range.address).toBe("'Bảng điểm'!A1:B3");
      expect(() => range.formulas).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('loads nested paths, collections and navigation properties in one round trip', async () => {
    const fake = spec();
    await fake.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name,items/visibility,items/protection/protected');
      context.workbook.load('name');
      const used = sheets.getActiveWorksheet().getUsedRange(true);
      used.load(['rowIndex', 'columnIndex', 'rowCount', 'columnCount', 'valueTypes', 'format/font/bold', 'worksheet/name']);
      await context.sync();
      expect(sheets.items.map((s) => [s.name, s.visibility, s.protection.protected])).toEqual([
        ['Bảng điểm', 'Visible', false],
        ['Ẩn', 'Hidden', true],
      ]);
      expect(context.workbook.name).toBe('PAR.xlsx');
      expect([used.rowIndex, used.columnIndex, used.rowCount, used.columnCount]).toEqual([0, 0, 3, 2]);
      expect(used.valueTypes[2]).toEqual(['Empty', 'Double']);
      expect(used.format.font.bold).toBe(false);
      expect(used.worksheet.name).toBe('Bảng điểm');
    });
    expect(fake.stats.syncs).toBe(1);
  });

  it('reports null objects through isNullObject and fails on missing items', async () => {
    const fake = spec();
    await fake.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('PAR_Scorer_meta');
      const present = context.workbook.worksheets.getItemOrNullObject('ẩn');
      const merged = present.getRange('A1').getMergedAreasOrNullObject();
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
      expect(merged.isNullObject).toBe(true);
    });
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem('Nope').load('name');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  it('gives the used range of an empty sheet as A1, and a null object for the OrNullObject form', async () => {
    const fake = createFakeWorkbook({ sheets: [{ name: 'Empty', cells: [] }] });
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Empty');
      const used = sheet.getUsedRange().load('address');
      const orNull = sheet.getUsedRangeOrNullObject(true);
      await context.sync();
      expect(used.address).toBe('Empty!A1');
      expect(orNull.isNullObject).toBe(true);
    });
  });

  it('reads a property the add-in set without a load, like office.js', async () => {
    const fake = spec();
    await fake.run(async (context) => {
      const cell = context.workbook.worksheets.getItem('Bảng điểm').getRange('C1');
      cell.values = [['x']];
      expect(cell.values).toEqual([['x']]);
      await context.sync();
    });
  });

  it('rejects loading an unknown property at sync', async () => {
    const fake = spec();
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem('Bảng điểm').getRange('A1').load('colour');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});
