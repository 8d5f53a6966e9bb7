import { createFakeWorkbook, type FakeWorkbook } from './index';

function book(): FakeWorkbook {
  return createFakeWorkbook({
    locale: 'vi-VN',
    sheets: [
      {
        name: 'Bảng',
        cells: [
          ['Mã', 'Tiêu chí', 'Điểm'],
          ['1', 'Công tác chỉ đạo', null],
          ['1.1', 'Kế hoạch', 1.5],
          ['1.2', 'Báo cáo', 2],
        ],
        formulas: [[], [null, null, '=SUM(C3:C4)']],
        merges: ['A6:C6'],
      },
      { name: 'Khoá', cells: [['bí mật']], protected: true },
    ],
  });
}

const sheetOf = (fake: FakeWorkbook, name: string) => fake.snapshot().sheets.find((s) => s.name === name)!;

describe('fake Excel: writing', () => {
  it('rejects a 2-D array that does not fit its range, keeping only what came before it in the batch', async () => {
    const fake = book();
    await expect(
      fake.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('Bảng');
        sheet.getRange('E1').values = [['applied first']];
        sheet.getRange('D1:D2').values = [['only one row']];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    // Excel runs a batch in order and stops at the failing operation: E1 stays written, D2 untouched.
    const values = sheetOf(fake, 'Bảng').values;
    expect(values[0]![4]).toBe('applied first');
    expect(values.map((r) => r[3]).slice(0, 2)).toEqual([null, null]);
    expect(fake.stats.failedSyncs).toBe(1);
  });

  it('leaves cells written as null unchanged and fills a range from one scalar', async () => {
    const fake = book();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Bảng');
      sheet.getRange('A3:B3').values = [[null, 'Kế hoạch năm']];
      sheet.getRange('E1:E2').values = 'x' as unknown as unknown[][];
    });
    const values = sheetOf(fake, 'Bảng').values;
    expect(values[2]!.slice(0, 2)).toEqual(['1.1', 'Kế hoạch năm']);
    expect(values.map((r) => r[4])).toEqual(['x', 'x', null, null]);
  });

  it('reads written strings as Excel reads typed input unless the cell is formatted as text', async () => {
    const fake = book();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Bảng');
      sheet.getRange('E1:E6').values = [['1.10'], ["'1.10"], ['-Ghi chú'], ['TRUE'], ['=1+1'], ['Điểm']];
      const asText = sheet.getRange('F1:F2');
      asText.numberFormat = [['@'], ['@']];
      asText.values = [['1.10'], ['=1+1']];
    });
    const s = sheetOf(fake, 'Bảng');
    expect(s.values.map((r) => r[4])).toEqual([1.1, '1.10', '#NAME?', true, 2, 'Điểm']);
    expect(s.formulas[2]![4]).toBe('=-Ghi chú');
    expect(s.values.slice(0, 2).map((r) => r[5])).toEqual(['1.10', '=1+1']);
    expect(s.formulas[1]![5]).toBeNull();
  });

  it('stores formulas and evaluates the supported subset after each sync', async () => {
    const fake = book();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Bảng');
      sheet.getRange('C3').values = [[2.25]];
      sheet.getRange('D2:D4').formulas = [
        ['=IF(ABS(C2-4.25)<0.01,"OK","Lệch")'],
        ['=SUMIF(C2:C4,">2")+COUNT(C2:C4)*10'],
        ['="Tổng: "&C2&" "&\'Khoá\'!A1'],
      ];
      const read = sheet.getRange('C2:D4');
      read.load('values, formulas, text');
      await context.sync();
      expect(read.formulas[0]).toEqual(['=SUM(C3:C4)', '=IF(ABS(C2-4.25)<0.01,"OK","Lệch")']);
      expect(read.values[0]).toEqual([4.25, 'OK']);
      expect(read.text[0]).toEqual(['4,25', 'OK']);
      expect(read.values[1]![1]).toBe(36.5);
      expect(read.values[2]![1]).toBe('Tổng: 4.25 bí mật');
    });
  });

  it('shows a HYPERLINK formula as its display text, as Excel does', async () => {
    const fake = book();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Bảng');
      sheet.getRange('E2:E3').formulas = [[`=HYPERLINK("#'Bảng'!C3","1.10")`], [`=HYPERLINK("#Khoá!A1","Xem ""bí mật""")`]];
      const read = sheet.getRange('E2:E3');
      read.load('values, text, formulas, valueTypes, hyperlink');
      await context.sync();
      expect(read.values).toEqual([['1.10'], ['Xem "bí mật"']]);
      expect(read.text).toEqual([['1.10'], ['Xem "bí mật"']]);
      expect(read.valueTypes).toEqual([['String'], ['String']]);
      expect(read.formulas[0]).toEqual([`=HYPERLINK("#'Bảng'!C3","1.10")`]);
      // A formula link is not a Range.hyperlink: Excel reports none for the cell.
      expect(read.hyperlink).toBeNull();
    });
  });

  it('refuses a formula with a text constant over 255 characters or a formula over 8,192, keeping what came before', async () => {
    const fake = book();
    const constant = (n: number) => `="${'x'.repeat(n)}"`;
    for (const formula of [constant(256), `=HYPERLINK("#A1","${'""'.repeat(256)}")`, `=1${'+1'.repeat(4096)}`]) {
      await expect(
        fake.run(async (context) => {
          const sheet = context.workbook.worksheets.getItem('Bảng');
          sheet.getRange('E1').values = [['applied first']];
          sheet.getRange('E2').formulas = [[formula]];
        }),
      ).rejects.toMatchObject({ code: 'InvalidArgument' });
      const values = sheetOf(fake, 'Bảng').values;
      expect([values[0]![4], values[1]![4] ?? null]).toEqual(['applied first', null]);
    }
    // At the limits, and with a doubled quote counted once, Excel accepts them.
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Bảng');
      sheet.getRange('E2:E4').formulas = [[constant(255)], [`="${'""'.repeat(255)}"`], [`=1${'+1'.repeat(4095)}`]];
    });
    expect(sheetOf(fake, 'Bảng').values.map((r) => r[4]).slice(1, 4)).toEqual(['x'.repeat(255), '"'.repeat(255), 4096]);
  });

  it('keeps the cached value of a formula it cannot evaluate', async () => {
    const fake = createFakeWorkbook({ sheets: [{ name: 'S', cells: [[7, 3]], formulas: [['=VLOOKUP(1,B:B,1)']] }] });
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('B1').values = [[4]];
    });
    expect(sheetOf(fake, 'S').values[0]).toEqual([7, 4]);
  });

  it('guards merged areas: hidden cells refuse content, merge keeps the upper-left value, areas are reported', async () => {
    const fake = book();
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem('Bảng').getRange('B6').values = [['x']];
      }),
    ).rejects.toMatchObject({ code: 'InvalidOperation' });
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Bảng');
      sheet.getRange('B6').values = [['']];
      sheet.getRange('A3:B3').merge();
      const areas = sheet.getRange('A1:C6').getMergedAreasOrNullObject();
      areas.load('address, areaCount');
      areas.areas.load('items/address');
      await context.sync();
      expect(areas.isNullObject).toBe(false);
      expect(areas.areaCount).toBe(2);
      expect(areas.areas.items.map((r) => r.address)).toEqual(['Bảng!A3:B3', 'Bảng!A6:C6']);
    });
    const s = sheetOf(fake, 'Bảng');
    expect(s.values[2]!.slice(0, 2)).toEqual(['1.1', null]);
    expect(s.merges).toEqual(['A6:C6', 'A3:B3']);
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem('Bảng').getRange('B5:B6').merge();
      }),
    ).rejects.toMatchObject({ code: 'InvalidOperation' });
  });

  it('refuses every change to a protected sheet but still reads it', async () => {
    const fake = book();
    const attempts: ((ws: Excel.Worksheet) => void)[] = [
      (ws) => (ws.getRange('B1').values = [['x']]),
      (ws) => (ws.getRange('A1').format.font.bold = true),
      (ws) => ws.getRange('A1').clear(),
      (ws) => ws.getRange('A1:B1').merge(),
      (ws) => (ws.getRange('A:A').format.columnWidth = 90),
      (ws) => ws.getRange('A1').conditionalFormats.add('Custom' as Excel.ConditionalFormatType),
    ];
    for (const attempt of attempts) {
      await expect(fake.run(async (context) => attempt(context.workbook.worksheets.getItem('Khoá')))).rejects.toMatchObject({ code: 'AccessDenied' });
    }
    const text = await fake.run(async (context) => {
      const r = context.workbook.worksheets.getItem('Khoá').getRange('A1').load('text');
      await context.sync();
      return r.text[0]![0];
    });
    expect(text).toBe('bí mật');
    expect(sheetOf(fake, 'Khoá').values).toEqual([['bí mật']]);
  });

  it('enforces sheet-name rules and keeps one visible sheet', async () => {
    const fake = book();
    const fails = async (fn: (wb: Excel.Workbook) => void, code: string) =>
      expect(fake.run(async (context) => fn(context.workbook))).rejects.toMatchObject({ code });
    await fails((wb) => wb.worksheets.add('bảng'), 'ItemAlreadyExists');
    await fails((wb) => wb.worksheets.add('a'.repeat(32)), 'InvalidArgument');
    await fails((wb) => wb.worksheets.add('Tổng hợp: 2022'), 'InvalidArgument');
    await fails((wb) => wb.worksheets.add("'Quoted"), 'InvalidArgument');
    await fails((wb) => wb.worksheets.add('History'), 'InvalidArgument');
    await fails((wb) => (wb.worksheets.getItem('Bảng').name = 'Khoá'), 'ItemAlreadyExists');
    await fails((wb) => (wb.worksheets.getItem('Khoá').visibility = 'Hidden' as Excel.SheetVisibility) && wb.worksheets.getItem('Bảng').delete(), 'InvalidOperation');
    await fake.run(async (context) => {
      const added = context.workbook.worksheets.add('Tổng hợp (2022)');
      added.visibility = 'VeryHidden' as Excel.SheetVisibility;
      context.workbook.worksheets.getItem('Khoá').delete();
      context.workbook.worksheets.getItem('Bảng').name = 'Bảng gốc';
    });
    expect(fake.snapshot().sheets.map((s) => [s.name, s.visibility])).toEqual([
      ['Bảng gốc', 'Visible'],
      ['Tổng hợp (2022)', 'VeryHidden'],
    ]);
  });

  it('moves the active sheet when the active one is deleted, and selects ranges', async () => {
    const fake = createFakeWorkbook({
      sheets: [
        { name: 'A', cells: [] },
        { name: 'B', cells: [] },
      ],
      activeSheet: 'A',
    });
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('B').getRange('C7').select();
    });
    expect(fake.selection).toEqual({ sheet: 'B', address: 'C7' });
    await fake.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().delete();
    });
    expect(fake.snapshot().activeSheet).toBe('A');
  });

  it('writes formats, widths, links, freeze panes and conditional formats into the snapshot', async () => {
    const fake = book();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Bảng');
      const header = sheet.getRange('A1:C1');
      header.format.font.bold = true;
      header.format.fill.color = '#ddebf7';
      header.format.wrapText = true;
      header.format.horizontalAlignment = 'Center' as Excel.HorizontalAlignment;
      sheet.getRange('C:C').format.columnWidth = 60;
      sheet.getRange('E2').hyperlink = { documentReference: "'Bảng'!C3", textToDisplay: 'C3' };
      sheet.freezePanes.freezeRows(1);
      const cf = sheet.getRange('C2:C4').conditionalFormats.add('CellValue' as Excel.ConditionalFormatType);
      cf.cellValue.format.fill.color = '#FFC7CE';
      cf.cellValue.format.font.color = '#9C0006';
      cf.cellValue.rule = { formula1: '0', operator: 'LessThan' };
      sheet.getRange('A1:C1').format.load('wrapText, columnWidth');
      await context.sync();
    });
    const s = sheetOf(fake, 'Bảng');
    expect(s.formats.slice(0, 3)).toEqual([
      { cell: 'A1', bold: true, fill: '#DDEBF7', wrap: true, horizontal: 'Center' },
      { cell: 'B1', bold: true, fill: '#DDEBF7', wrap: true, horizontal: 'Center' },
      { cell: 'C1', bold: true, fill: '#DDEBF7', wrap: true, horizontal: 'Center' },
    ]);
    expect(s.columnWidths).toEqual({ C: 60 });
    expect(s.hyperlinks).toEqual([{ cell: 'E2', documentReference: "'Bảng'!C3", textToDisplay: 'C3' }]);
    expect(s.values[1]![4]).toBe('C3');
    expect(s.freeze).toEqual({ rows: 1, cols: 0 });
    expect(s.conditionalFormats).toEqual([
      { range: 'C2:C4', type: 'CellValue', rule: { formula1: '0', operator: 'LessThan' }, format: { fill: '#FFC7CE', fontColor: '#9C0006' } },
    ]);
  });

  it('clears contents, formats and conditional formats as asked, trimming rules that reach outside', async () => {
    const fake = book();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Bảng');
      const cf = sheet.getRange('A1:C4').conditionalFormats.add('Custom' as Excel.ConditionalFormatType);
      cf.custom.rule.formula = '=$C1<0';
      cf.custom.format.font.bold = true;
      sheet.getRange('C1:C4').format.font.italic = true;
      sheet.getRange('C1:C4').clear('Contents' as Excel.ClearApplyTo);
    });
    let s = sheetOf(fake, 'Bảng');
    expect(s.values.map((r) => r[2] ?? null)).toEqual([null, null, null, null]);
    expect(s.formulas[1]![2] ?? null).toBeNull();
    expect(s.formats.map((f) => f.cell)).toEqual(['C1', 'C2', 'C3', 'C4']);
    await fake.run(async (context) => {
      const c = context.workbook.worksheets.getItem('Bảng').getRange('C:C');
      c.clear('Formats' as Excel.ClearApplyTo);
      c.conditionalFormats.clearAll();
    });
    s = sheetOf(fake, 'Bảng');
    expect(s.formats).toEqual([]);
    expect(s.conditionalFormats).toEqual([{ range: 'A1:B4', type: 'Custom', rule: { formula: '=$C1<0' }, format: { bold: true } }]);
  });

  it('autofits columns from displayed text and reports uniform formats', async () => {
    const fake = book();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Bảng');
      sheet.getRange('B:B').format.autofitColumns();
      const fmt = sheet.getRange('A1:B1').format;
      fmt.load('columnWidth');
      await context.sync();
      expect(fmt.columnWidth).toBeNull();
    });
    expect(sheetOf(fake, 'Bảng').columnWidths.B).toBe('Công tác chỉ đạo'.length * 7 + 5);
  });
});

describe('fake Excel: workbook protection and underline', () => {
  it('refuses structure changes on a protected workbook but allows cell edits', async () => {
    const fake = createFakeWorkbook({ workbookProtected: true, sheets: [{ name: 'S', cells: [] }] });
    const protectedFlag = await fake.run(async (context) => {
      const p = context.workbook.protection.load('protected');
      await context.sync();
      return p.protected;
    });
    expect(protectedFlag).toBe(true);
    for (const change of [
      (wb: Excel.Workbook) => wb.worksheets.add('Mới'),
      (wb: Excel.Workbook) => (wb.worksheets.getItem('S').name = 'T'),
      (wb: Excel.Workbook) => (wb.worksheets.getItem('S').visibility = 'Hidden' as Excel.SheetVisibility),
    ]) {
      await expect(fake.run(async (context) => change(context.workbook))).rejects.toMatchObject({ code: 'AccessDenied' });
    }
    await fake.run(async (context) => {
      const font = context.workbook.worksheets.getItem('S').getRange('A1:B1').format.font;
      font.underline = 'Single' as Excel.RangeUnderlineStyle;
      context.workbook.worksheets.getItem('S').getRange('B1').format.font.underline = 'None' as Excel.RangeUnderlineStyle;
    });
    expect(fake.snapshot().sheets[0]!.formats).toEqual([{ cell: 'A1', underline: 'Single' }]);
  });
});

describe('fake Excel: hidden columns (Range.columnHidden, ExcelApi 1.2)', () => {
  it('reads true when every column is hidden, false when none is, null when some are; sets them; refuses on a protected sheet', async () => {
    const fake = createFakeWorkbook({
      sheets: [
        { name: 'Bảng', cells: [['Mã', 'Tiêu chí', 'Điểm']], hiddenColumns: ['E:XFD'] },
        { name: 'Khoá', cells: [['bí mật']], protected: true },
      ],
    });
    const read = await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Bảng');
      const ranges = ['A:C', 'E:G', 'D:E', 'XFD1'].map((a) => sheet.getRange(a));
      for (const r of ranges) r.load('columnHidden');
      await context.sync();
      return ranges.map((r) => r.columnHidden);
    });
    expect(read).toEqual([false, true, null, true]);

    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('Bảng').getRange('F:G').columnHidden = false;
      context.workbook.worksheets.getItem('Bảng').getRange('B:B').columnHidden = true;
      await context.sync();
    });
    expect(sheetOf(fake, 'Bảng').hiddenColumns).toEqual(['B', 'E', 'H:XFD']);

    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem('Khoá').getRange('A:A').columnHidden = true;
        await context.sync();
      }),
    ).rejects.toThrow();
    expect(sheetOf(fake, 'Khoá').hiddenColumns).toBeUndefined();
  });
});
