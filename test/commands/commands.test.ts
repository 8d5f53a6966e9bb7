import { createFakeWorkbook, installFakeOffice, type FakeOfficeHandle } from '../fakes';
import { CHECK_TOTALS_ACTION, registerCommands } from '../../src/commands/commands';
import { resetChannel, subscribeChecks, type ExternalCheck } from '../../src/commands/result-channel';
import { asFakeSheet, generateScoreSheet } from '../support/generate-plan';
import { MARKER_SHEET } from '../../src/domain/plan/types';
import { writeOutput } from '../../src/excel/flows';
import { AGENCIES, analysisOf, writeOptions } from '../excel/helpers';

async function installed(spec: Parameters<typeof createFakeWorkbook>[0]) {
  const fake = createFakeWorkbook(spec);
  const handle = installFakeOffice(globalThis, fake, { displayLanguage: 'vi-VN' });
  registerCommands();
  await new Promise((resolve) => setTimeout(resolve, 0));
  return { fake, handle };
}

describe('the ribbon command checkTotals', () => {
  let handle: FakeOfficeHandle | undefined;
  afterEach(() => {
    handle?.uninstall();
    handle = undefined;
    resetChannel();
  });

  it('checks the active sheet, writes its owned marking, hands the result to the pane and completes', async () => {
    const setup = await installed({ sheets: [asFakeSheet(generateScoreSheet(40))] });
    handle = setup.handle;
    const received: ExternalCheck[] = [];
    subscribeChecks((check) => received.push(check));
    await handle.invokeAction(CHECK_TOTALS_ACTION);
    expect(received).toHaveLength(1);
    expect(received[0]!.result.ok).toBe(true);
    expect(received[0]!.message).toMatch(/^Đã kiểm tra sheet “Phụ lục I”/);
    expect(handle.taskpaneShows()).toBe(1);
    const snapshot = setup.fake.snapshot();
    expect(snapshot.sheets.map((s) => s.name)).toContain(MARKER_SHEET);
    expect(snapshot.sheets[0]!.conditionalFormats.length).toBeGreaterThan(0);
  });

  it('completes and reports the reason when the sheet cannot be written', async () => {
    const setup = await installed({ sheets: [{ ...asFakeSheet(generateScoreSheet(20)), protected: true }] });
    handle = setup.handle;
    const received: ExternalCheck[] = [];
    subscribeChecks((check) => received.push(check));
    await handle.invokeAction(CHECK_TOTALS_ACTION);
    expect(received[0]!.message).toContain('đang được bảo vệ');
    expect(setup.fake.snapshot().sheets.map((s) => s.name)).not.toContain(MARKER_SHEET);
  });

  it('refuses a sheet an earlier run wrote, says why, and writes nothing', async () => {
    const setup = await installed({ sheets: [asFakeSheet(generateScoreSheet(20))] });
    handle = setup.handle;
    const analysis = await analysisOf(setup.fake);
    await setup.fake.run((ctx) => writeOutput(ctx, analysis, writeOptions(AGENCIES)));
    await setup.fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('PAR - Tổng hợp').activate();
      await ctx.sync();
    });
    const before = setup.fake.snapshot();
    const received: ExternalCheck[] = [];
    subscribeChecks((check) => received.push(check));
    await handle.invokeAction(CHECK_TOTALS_ACTION);
    expect(received).toHaveLength(1);
    expect(received[0]!.result).toEqual({ ok: false, failure: { reason: 'tool-sheet', sheet: 'PAR - Tổng hợp' } });
    expect(received[0]!.message).toBe(
      'Sheet “PAR - Tổng hợp” do PAR Scorer ghi ra ở lần chạy trước (trang tổng hợp hoặc trang theo đơn vị), không phải bảng để kiểm tra. Hãy chọn sheet chứa bảng. Chưa có gì bị thay đổi.',
    );
    expect(setup.fake.snapshot()).toEqual(before);
  });

  it('says so for an empty sheet, and a pane opened later still gets the result', async () => {
    const setup = await installed({ sheets: [{ name: 'Trống', cells: [] }] });
    handle = setup.handle;
    await handle.invokeAction(CHECK_TOTALS_ACTION);
    const received: ExternalCheck[] = [];
    subscribeChecks((check) => received.push(check));
    expect(received).toHaveLength(1);
    expect(received[0]!.result.ok).toBe(false);
    expect(received[0]!.message).toContain('Trống');
  });
});

describe('round trips of the ribbon command', () => {
  it('reads once, checks, then writes: three syncs for a small table', async () => {
    const fake = createFakeWorkbook({ sheets: [asFakeSheet(generateScoreSheet(40))] });
    const handle = installFakeOffice(globalThis, fake, { displayLanguage: 'en-US' });
    try {
      registerCommands();
      await new Promise((resolve) => setTimeout(resolve, 0));
      await handle.invokeAction(CHECK_TOTALS_ACTION);
      expect(fake.stats.syncs).toBe(3);
    } finally {
      handle.uninstall();
      resetChannel();
    }
  });
});

describe('the ribbon command over a note typed into the tool’s column', () => {
  afterEach(() => resetChannel());

  it('writes nothing and names the cell, pointing to the pane to choose', async () => {
    const setup = await installed({ sheets: [asFakeSheet(generateScoreSheet(40))] });
    const received: ExternalCheck[] = [];
    subscribeChecks((check) => received.push(check));
    await setup.handle.invokeAction(CHECK_TOTALS_ACTION);
    const table = setup.fake.snapshot().sheets[0]!;
    const notesCol = table.values[0]!.length - 1;
    const header = table.values.findIndex((row) => row[notesCol] === 'Ghi chú kiểm tra');
    expect(header).toBeGreaterThanOrEqual(0);
    const row = table.values.findIndex((line, r) => r > header && (line[notesCol] ?? null) === null);
    expect(row).toBeGreaterThan(header);
    const address = `${String.fromCharCode(65 + notesCol)}${row + 1}`;
    await setup.fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(table.name).getRange(address).values = [['Đã hỏi lại đơn vị']];
      await ctx.sync();
    });
    const before = setup.fake.snapshot();
    await setup.handle.invokeAction(CHECK_TOTALS_ACTION);
    setup.handle.uninstall();
    expect(received).toHaveLength(2);
    expect(received[1]!.message).toContain(`${table.name}!${address}`);
    expect(received[1]!.message).toContain('khung PAR Scorer');
    expect(setup.fake.snapshot()).toEqual(before);
  });
});
