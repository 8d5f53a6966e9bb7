import { createFakeWorkbook } from './index';

const rows = (n: number) => Array.from({ length: n }, (_, i) => [`Tiêu chí ${i + 1}`, i]);

describe('fake Excel: syncs and payload', () => {
  it('counts round trips and the UTF-8 bytes each would send', async () => {
    const fake = createFakeWorkbook({ sheets: [{ name: 'S', cells: [] }] });
    await fake.run(async (context) => {
      await context.sync();
      const r = context.workbook.worksheets.getItem('S').getRange('A1:B2');
      r.values = [
        ['Điểm', 1],
        ['ab', 2],
      ];
      await context.sync();
      r.load('values');
      await context.sync();
    });
    expect(fake.stats.syncs).toBe(2);
    const [write, read] = fake.stats.bytesPerSync;
    const valuesJson = JSON.stringify([
      ['Điểm', 1],
      ['ab', 2],
    ]);
    expect(write).toBeGreaterThan(new TextEncoder().encode(valuesJson).length);
    expect(read).toBeLessThan(write!);
    fake.resetStats();
    expect(fake.stats).toEqual({ syncs: 0, bytesPerSync: [], failedSyncs: 0, responseBytesPerSync: [] });
  });

  it('grows the payload with the data written', async () => {
    const fake = createFakeWorkbook({ sheets: [{ name: 'S', cells: [] }] });
    for (const n of [10, 100]) {
      await fake.run(async (context) => {
        context.workbook.worksheets.getItem('S').getRange(`A1:B${n}`).values = rows(n);
      });
    }
    const [small, large] = fake.stats.bytesPerSync;
    expect(large! / small!).toBeGreaterThan(5);
  });

  it('rejects a sync over the payload limit and applies nothing of it', async () => {
    const fake = createFakeWorkbook({ sheets: [{ name: 'S', cells: [['giữ nguyên']] }], maxBytesPerSync: 2000 });
    await expect(
      fake.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('S');
        sheet.getRange('A1').values = [['đã đổi']];
        sheet.getRange('A2:B201').values = rows(200);
      }),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(fake.snapshot().sheets[0]!.values).toEqual([['giữ nguyên']]);
    expect(fake.stats.failedSyncs).toBe(1);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('A2:B11').values = rows(10);
    });
    expect(fake.snapshot().sheets[0]!.values).toHaveLength(11);
    expect(fake.stats.bytesPerSync[1]).toBeLessThanOrEqual(2000);
  });

  it('waits latencyMs per round trip', async () => {
    const fake = createFakeWorkbook({ sheets: [{ name: 'S', cells: [[1]] }], latencyMs: 40 });
    const started = Date.now();
    await fake.run(async (context) => {
      const r = context.workbook.worksheets.getItem('S').getRange('A1').load('values');
      await context.sync();
      r.values = [[2]];
      await context.sync();
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(75);
    expect(fake.stats.syncs).toBe(2);
  });

  it('delivers nothing from a failed sync, so earlier loads stay unreadable', async () => {
    const fake = createFakeWorkbook({ sheets: [{ name: 'S', cells: [[1]] }] });
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('S');
      const r = sheet.getRange('A1').load('values');
      sheet.getRange('A1:A2').values = [[1]];
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
      expect(() => r.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      r.load('values');
      await context.sync();
      expect(r.values).toEqual([[1]]);
    });
  });

  it('application and runtime calls count in the request and round-trip their settings', async () => {
    const fake = createFakeWorkbook({ sheets: [{ name: 'S', cells: [[2]] }] });
    await fake.run(async (context) => {
      context.workbook.application.suspendApiCalculationUntilNextSync();
      context.workbook.application.suspendScreenUpdatingUntilNextSync();
      context.runtime.enableEvents = false;
      context.workbook.application.calculationMode = 'Manual' as Excel.CalculationMode;
      context.workbook.worksheets.getItem('S').getRange('B1').formulas = [['=A1*2']];
      context.runtime.load('enableEvents');
      context.workbook.application.load('calculationMode');
      await context.sync();
      expect(context.runtime.enableEvents).toBe(false);
      expect(context.workbook.application.calculationMode).toBe('Manual');
      context.workbook.application.calculationMode = 'Automatic' as Excel.CalculationMode;
      context.runtime.enableEvents = true;
    });
    expect(fake.snapshot().sheets[0]!.values).toEqual([[2, 4]]);
    expect(fake.stats.syncs).toBe(2);
  });
});
