/**
 * The fake holds the add-in to what Microsoft documents for Excel on the web, so a test that passes
 * here does not fail there:
 * - "Resource limits and performance optimization for Office Add-ins", Excel add-ins: "Excel on the web
 *   has a payload size limit for requests and responses of 5MB";
 * - Range.getMergedAreasOrNullObject (ExcelApi 1.13): "If the merged areas count in this range is more
 *   than 512, then this method will fail to return the result";
 * - a batch runs in order and stops at the failing operation, keeping what came before it
 *   ("Error handling with the application-specific JavaScript APIs");
 * - Range.text shows a date serial through its date format (Range.numberFormat, Range.text).
 */
import { createFakeWorkbook, installFakeOffice } from './index';
import { WEB_PAYLOAD_LIMIT_BYTES } from './context';
import { SETTINGS_LIMIT_BYTES } from './office';

const FIVE_MB = 5 * 1024 * 1024;

describe('fake Excel: Excel on the web limits', () => {
  it('uses 5 MB for requests and responses unless a test says otherwise', () => {
    expect(WEB_PAYLOAD_LIMIT_BYTES).toBe(FIVE_MB);
    const fake = createFakeWorkbook({ sheets: [{ name: 'S', cells: [] }] });
    expect(fake.maxBytesPerSync).toBe(FIVE_MB);
    expect(fake.maxResponseBytesPerSync).toBe(FIVE_MB);
    const desktop = createFakeWorkbook({ sheets: [{ name: 'S', cells: [] }], maxBytesPerSync: null, maxResponseBytesPerSync: null });
    expect(desktop.maxBytesPerSync).toBeUndefined();
    expect(desktop.maxResponseBytesPerSync).toBeUndefined();
  });

  it('measures the response as the JSON of the values loaded', async () => {
    const fake = createFakeWorkbook({ sheets: [{ name: 'S', cells: [['Sở Nội vụ', 1.5]] }] });
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('A1:B1').load('values');
      await context.sync();
    });
    const json = JSON.stringify([['values', [['Sở Nội vụ', 1.5]]]]);
    expect(fake.stats.responseBytesPerSync).toEqual([new TextEncoder().encode(json).length]);
  });

  it('refuses a response over the limit: the request ran, nothing it loaded is readable', async () => {
    const cells = Array.from({ length: 200 }, (_, i) => [`Nhiệm vụ số ${i}`, i]);
    const fake = createFakeWorkbook({ sheets: [{ name: 'S', cells }], maxResponseBytesPerSync: 2000 });
    let range: Excel.Range | undefined;
    const failure = await fake
      .run(async (context) => {
        const ws = context.workbook.worksheets.getItem('S');
        ws.getRange('C1').values = [['đã ghi']];
        range = ws.getRange('A1:B200');
        range.load('values');
        await context.sync();
      })
      .catch((e: unknown) => e);
    expect(failure).toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    expect(() => range!.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    expect(fake.snapshot().sheets[0]!.values[0]![2]).toBe('đã ghi');
    expect(fake.stats.responseBytesPerSync[0]).toBeGreaterThan(2000);
  });

  it('reads the same rows in bands that each fit', async () => {
    const cells = Array.from({ length: 200 }, (_, i) => [`Nhiệm vụ số ${i}`, i]);
    const fake = createFakeWorkbook({ sheets: [{ name: 'S', cells }], maxResponseBytesPerSync: 2000 });
    const read: unknown[][] = [];
    await fake.run(async (context) => {
      for (let first = 1; first <= 200; first += 50) {
        const band = context.workbook.worksheets.getItem('S').getRange(`A${first}:B${first + 49}`);
        band.load('values');
        await context.sync();
        read.push(...band.values);
      }
    });
    expect(read).toEqual(cells);
    expect(Math.max(...fake.stats.responseBytesPerSync)).toBeLessThanOrEqual(2000);
  });

  it('fails getMergedAreasOrNullObject over 512 merged areas, and keeps only the operations before it', async () => {
    const merges = Array.from({ length: 513 }, (_, i) => `A${2 * i + 1}:B${2 * i + 1}`);
    const fake = createFakeWorkbook({ sheets: [{ name: 'S', cells: [['x']], merges }] });
    const failure = await fake
      .run(async (context) => {
        const ws = context.workbook.worksheets.getItem('S');
        ws.getRange('D1').values = [['trước']];
        const areas = ws.getRange('A1:B1026').getMergedAreasOrNullObject();
        areas.load('address');
        ws.getRange('D2').values = [['sau']];
        await context.sync();
      })
      .catch((e: unknown) => e);
    expect(failure).toMatchObject({ code: 'GeneralException' });
    const values = fake.snapshot().sheets[0]!.values;
    expect(values[0]![3]).toBe('trước');
    expect(values[1]?.[3] ?? null).toBeNull();

    // 512 is still answered.
    await fake.run(async (context) => {
      const areas = context.workbook.worksheets.getItem('S').getRange('A1:B1024').getMergedAreasOrNullObject();
      areas.load('areaCount');
      await context.sync();
      expect(areas.areaCount).toBe(512);
    });
  });

  it('applies a batch up to an injected failure, at any operation of any round trip', async () => {
    for (const failAt of [0, 1, 2]) {
      const fake = createFakeWorkbook({
        sheets: [{ name: 'S', cells: [] }],
        fault: ({ index }) => (index === 1 ? failAt : undefined),
      });
      const failure = await fake
        .run(async (context) => {
          const ws = context.workbook.worksheets.getItem('S');
          ws.getRange('A1').values = [['sync 0']];
          await context.sync();
          ws.getRange('A2').values = [['op 0']];
          ws.getRange('A3').values = [['op 1']];
          ws.getRange('A4').values = [['op 2']];
          await context.sync();
        })
        .catch((e: unknown) => e);
      expect(failure).toMatchObject({ code: 'GeneralException' });
      const column = fake.snapshot().sheets[0]!.values.map((r) => r[0]);
      expect(column).toEqual(['sync 0', 'op 0', 'op 1', 'op 2'].slice(0, 1 + failAt));
      expect(fake.stats.failedSyncs).toBe(1);
    }
  });

  it('keeps a sheet added before the failing operation', async () => {
    const fake = createFakeWorkbook({ sheets: [{ name: 'S', cells: [] }], fault: () => 2 });
    await expect(
      fake.run(async (context) => {
        const added = context.workbook.worksheets.add('Tổng hợp');
        added.getRange('A1').values = [['đầu']];
        added.getRange('A2').values = [['không tới']];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'GeneralException' });
    const sheets = fake.snapshot().sheets;
    expect(sheets.map((s) => s.name)).toEqual(['S', 'Tổng hợp']);
    expect(sheets[1]!.values).toEqual([['đầu']]);
  });
});

describe('fake Excel: dates', () => {
  it('shows a date serial through its format, in the workbook locale', async () => {
    const fake = createFakeWorkbook({
      sheets: [{ name: 'S', cells: [[45275, 45275, 45275, 45275.5, 60, 1]], numberFormats: [['dd/mm/yyyy', 'd/m/yyyy', 'mmm yyyy', 'dd/mm/yyyy hh:mm', 'dd/mm/yyyy', 'yyyy-mm-dd']] }],
    });
    await fake.run(async (context) => {
      const r = context.workbook.worksheets.getItem('S').getRange('A1:F1');
      r.load('text,values');
      await context.sync();
      // 45275 is 15 December 2023; serial 60 is Excel's 29 February 1900; serial 1 is 1 January 1900.
      expect(r.text).toEqual([['15/12/2023', '15/12/2023', 'Thg 12 2023', '15/12/2023 12:00', '29/02/1900', '1900-01-01']]);
      expect(r.values[0]![0]).toBe(45275);
    });
  });

  it('stores a date typed as text as a serial with the short date format of the locale', async () => {
    for (const [locale, typed, text] of [
      ['vi-VN', '15/12/2023', '15/12/2023'],
      ['vi-VN', '2023-12-15', '15/12/2023'],
      ['en-US', '12/15/2023', '12/15/2023'],
    ] as const) {
      const fake = createFakeWorkbook({ locale, sheets: [{ name: 'S', cells: [] }] });
      await fake.run(async (context) => {
        const r = context.workbook.worksheets.getItem('S').getRange('A1');
        r.values = [[typed]];
        r.load('values,text');
        await context.sync();
        expect(r.values).toEqual([[45275]]);
        expect(r.text).toEqual([[text]]);
      });
    }
  });

  it('keeps text that is not a real date as text ("31/02/2024", month 15 in en-US)', async () => {
    const fake = createFakeWorkbook({ locale: 'en-US', sheets: [{ name: 'S', cells: [] }] });
    await fake.run(async (context) => {
      const r = context.workbook.worksheets.getItem('S').getRange('A1:B1');
      r.values = [['15/12/2023', '2024-02-31']];
      r.load('values');
      await context.sync();
      expect(r.values).toEqual([['15/12/2023', '2024-02-31']]);
    });
  });
});

describe('fake Office: document settings', () => {
  it('fails to save settings over the limit and saves them under it', async () => {
    const fake = createFakeWorkbook({ sheets: [{ name: 'S', cells: [] }] });
    const holder = {} as typeof globalThis;
    installFakeOffice(holder, fake);
    const office = (holder as unknown as { Office: typeof Office }).Office;
    const save = () => new Promise<Office.AsyncResult<void>>((resolve) => office.context.document.settings.saveAsync(resolve));
    office.context.document.settings.set('big', 'x'.repeat(SETTINGS_LIMIT_BYTES));
    expect((await save()).status).toBe('failed');
    office.context.document.settings.set('big', 'x'.repeat(1000));
    expect((await save()).status).toBe('succeeded');
  });
});
