import { createFakeWorkbook } from './index';

const fake = () =>
  createFakeWorkbook({
    sheets: [
      { name: 'S', cells: [['a', 'b', 'c'], [1, 2, 3]] },
      { name: 'T', cells: [] },
    ],
    activeSheet: 'S',
  });

describe('fake Excel: addressing ranges', () => {
  it('derives ranges the way office.js does and reports addresses like Excel', async () => {
    await fake().run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('S');
      const base = sheet.getRange('B1:C2');
      const ranges = [
        base.getCell(1, 1),
        base.getOffsetRange(1, -1),
        base.getResizedRange(2, -1),
        base.getEntireColumn(),
        base.getRow(0).getEntireRow(),
        base.getColumn(1),
        sheet.getRangeByIndexes(4, 2, 2, 3),
        sheet.getCell(9, 27),
      ];
      ranges.forEach((r) => r.load('address'));
      await context.sync();
      expect(ranges.map((r) => r.address)).toEqual(['S!C2', 'S!A2:B3', 'S!B1:B4', 'S!B:C', 'S!1:1', 'S!C1:C2', 'S!C5:E6', 'S!AB10']);
    });
  });

  it('fails at sync for an invalid address, an out-of-sheet range or a load too large to return', async () => {
    const book = fake();
    const attempts: ((ws: Excel.Worksheet) => void)[] = [
      (ws) => ws.getRange('B0').load('values'),
      (ws) => ws.getRange('T!A1').load('values'),
      (ws) => ws.getRangeByIndexes(0, 0, 0, 1).load('values'),
      (ws) => ws.getRangeByIndexes(0, 16383, 1, 2).load('values'),
    ];
    for (const attempt of attempts) {
      await expect(book.run(async (context) => attempt(context.workbook.worksheets.getItem('S')))).rejects.toMatchObject({ code: 'InvalidArgument' });
    }
    await expect(
      book.run(async (context) => {
        context.workbook.worksheets.getItem('S').getRange('A:B').load('values');
      }),
    ).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
  });

  it('freezes panes at a range and reports their location', async () => {
    const book = fake();
    await book.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('S');
      sheet.freezePanes.freezeAt(sheet.getRange('A1:B2'));
      const location = sheet.freezePanes.getLocationOrNullObject().load('address');
      const none = context.workbook.worksheets.getItem('T').freezePanes.getLocationOrNullObject();
      await context.sync();
      expect(location.address).toBe('S!A1:B2');
      expect(none.isNullObject).toBe(true);
    });
    expect(book.snapshot().sheets[0]!.freeze).toEqual({ rows: 2, cols: 2 });
  });

  it('follows activation and selection, and refuses to activate a hidden sheet', async () => {
    const book = fake();
    await book.run(async (context) => {
      context.workbook.worksheets.getItem('T').activate();
      const selected = context.workbook.getSelectedRange().load('address');
      const active = context.workbook.worksheets.getActiveWorksheet().load('name');
      await context.sync();
      expect([active.name, selected.address]).toEqual(['T', 'T!A1']);
    });
    await expect(
      book.run(async (context) => {
        const s = context.workbook.worksheets.getItem('S');
        s.visibility = 'Hidden' as Excel.SheetVisibility;
        s.activate();
      }),
    ).rejects.toMatchObject({ code: 'InvalidOperation' });
  });

  it('keeps pointing at a sheet renamed earlier in the same batch', async () => {
    const book = fake();
    await book.run(async (context) => {
      const s = context.workbook.worksheets.getItem('S');
      s.load('name');
      await context.sync();
      s.name = 'Đổi tên';
      s.getRange('D1').values = [['sau']];
    });
    const sheet = book.snapshot().sheets[0]!;
    expect(sheet.name).toBe('Đổi tên');
    expect(sheet.values[0]).toEqual(['a', 'b', 'c', 'sau']);
  });
});
