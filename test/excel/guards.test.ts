import { asFakeSheet, generateScoreSheet, generateTaskSheet } from '../support/generate-plan';
import { writeOutput, revealCell, previewOutput } from '../../src/excel/flows';
import { applyPlan } from '../../src/excel/apply';
import type { WritePlan } from '../../src/domain/plan/types';
import { AGENCIES, analysisOf, TABLE, WEB, workbook, writeOptions } from './helpers';
import { translator } from '../../src/i18n';
import { readSheet } from '../../src/excel/read';
import { buildWritePlan } from '../../src/domain/plan/build';
import { a1 } from '../../src/domain/address';

/**
 * A 30-row score sheet, its analysis and table plan, and the plan's first cell in the tool's second
 * column on a row that has one (`target`, A1): where a user's entry would sit under the results.
 */
async function planWithTarget() {
  const { fake, analysis, plan } = await firstPlan(asFakeSheet(generateScoreSheet(30)), TABLE);
  const block = plan.sheets[0]!.blocks[0]!;
  const r = block.cells.findIndex((line, i) => i > 0 && line[1] !== null);
  return { fake, analysis, plan, block, r, target: a1(block.row + r, block.col + 1) };
}

/** A workbook of one generated sheet, its analysis and the first run's plan (in Vietnamese) for `include`. */
async function firstPlan(sheet: ReturnType<typeof asFakeSheet>, include: typeof TABLE) {
  const fake = workbook({ sheets: [sheet] });
  const read = await fake.run((ctx) => readSheet(ctx, undefined, { capabilities: WEB }));
  const analysis = await analysisOf(fake);
  const built = buildWritePlan(analysis, { grid: read.grid, previous: null, existingSheets: read.sheets, t: translator('vi'), lang: 'vi', include });
  if (!built.ok) throw new Error('plan refused');
  return { fake, analysis, plan: built.plan };
}

describe('before writing anything', () => {
  it('stops on a protected table sheet with a clear message', async () => {
    const sheet = { ...asFakeSheet(generateScoreSheet(30)), protected: true };
    const fake = workbook({ sheets: [sheet] });
    const analysis = await analysisOf(fake);
    const before = fake.snapshot();
    fake.resetStats();
    const failure = await fake.run((ctx) => writeOutput(ctx, analysis, writeOptions(TABLE))).catch((e: unknown) => e);
    expect(failure).toMatchObject({ messageKey: 'excel.error.sheetProtected', params: { sheet: sheet.name } });
    expect(translator('vi')((failure as { messageKey: string }).messageKey, { sheet: sheet.name })).toContain('đang được bảo vệ');
    expect(fake.snapshot()).toEqual(before);
    expect(fake.stats.failedSyncs).toBe(0);
  });

  it("names its summary beside a user's sheet already bearing the summary's name, and leaves that sheet as it is", async () => {
    const fake = workbook({ sheets: [asFakeSheet(generateTaskSheet(40)), { name: 'PAR - Tổng hợp', cells: [['của tôi']] }] });
    const analysis = await analysisOf(fake);
    const mine = fake.snapshot().sheets.find((s) => s.name === 'PAR - Tổng hợp')!;
    await fake.run((ctx) => writeOutput(ctx, analysis, writeOptions(AGENCIES)));
    const after = fake.snapshot().sheets;
    expect(after.find((s) => s.name === 'PAR - Tổng hợp')).toEqual(mine);
    expect(after.map((s) => s.name)).toContain('PAR - Tổng hợp (2)');
    // A re-run knows "(2)" for its own summary: rewritten in place, no "(3)".
    const again = await analysisOf(fake);
    await fake.run((ctx) => writeOutput(ctx, again, writeOptions(AGENCIES)));
    expect(fake.snapshot().sheets.map((s) => s.name).filter((n) => n.startsWith('PAR - Tổng hợp'))).toEqual(['PAR - Tổng hợp', 'PAR - Tổng hợp (2)']);
    expect(fake.snapshot().sheets.find((s) => s.name === 'PAR - Tổng hợp')).toEqual(mine);
  });

  it("stops when a plan names a user's sheet for one it would create (a sheet added after the plan was made)", async () => {
    const { fake, plan } = await firstPlan(asFakeSheet(generateTaskSheet(40)), AGENCIES);
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.add('PAR - Tổng hợp').getRange('A1').values = [['của tôi']];
      await ctx.sync();
    });
    const before = fake.snapshot();
    const failure = await fake.run((ctx) => applyPlan(ctx, plan, { capabilities: WEB })).catch((e: unknown) => e);
    expect(failure).toMatchObject({ messageKey: 'excel.error.sheetNameTaken', params: { sheet: 'PAR - Tổng hợp' } });
    expect(fake.snapshot()).toEqual(before);
  });

  it('stops on merged cells where the results go', async () => {
    const sheet = generateScoreSheet(30);
    // The output starts one blank column right of the table (column H); merge H10:I11 there.
    const fake = workbook({ sheets: [{ ...asFakeSheet(sheet), merges: ['H10:I11'] }] });
    const analysis = await analysisOf(fake);
    const before = fake.snapshot();
    const failure = await fake.run((ctx) => writeOutput(ctx, analysis, writeOptions(TABLE))).catch((e: unknown) => e);
    expect(failure).toMatchObject({ params: { sheet: sheet.name } });
    expect(['excel.error.mergedOutput', 'excel.error.occupiedCell']).toContain((failure as { messageKey: string }).messageKey);
    expect(fake.snapshot()).toEqual(before);
  });

  it('refuses a plan whose output area gained user data after it was built', async () => {
    const { fake, analysis, plan, target } = await planWithTarget();
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(analysis.sheet).getRange(target).values = [['ghi chú tay']];
      await ctx.sync();
    });
    const before = fake.snapshot();
    const failure = await fake.run((ctx) => applyPlan(ctx, plan, { capabilities: WEB })).catch((e: unknown) => e);
    expect(failure).toMatchObject({ messageKey: 'excel.error.occupiedCell', params: { sheet: analysis.sheet, cell: target } });
    expect(fake.snapshot()).toEqual(before);
  });

  it('refuses to write over a formula that shows nothing where the results go', async () => {
    // =IF(…,"",…) shows an empty text: its value reads as empty, yet the formula is the user's.
    const { fake, analysis, block, r, target } = await planWithTarget();
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(analysis.sheet).getRange(target).formulas = [['=IF(1>2,"thiếu","")']];
      await ctx.sync();
    });
    const before = fake.snapshot();
    expect(before.sheets[0]!.values[block.row + r]![block.col + 1]).toBe('');
    const failure = await fake.run((ctx) => writeOutput(ctx, analysis, writeOptions(TABLE))).catch((e: unknown) => e);
    expect(failure).toMatchObject({ messageKey: 'excel.error.occupiedCell', params: { sheet: analysis.sheet, cell: target } });
    expect(fake.snapshot()).toEqual(before);
  });

  it('refuses to write over a table that changed since the check', async () => {
    const fake = workbook({ sheets: [asFakeSheet(generateScoreSheet(30))] });
    const analysis = await analysisOf(fake);
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(analysis.sheet).getRange('A6').values = [['']];
      await ctx.sync();
    });
    const failure = await fake.run((ctx) => writeOutput(ctx, analysis, writeOptions(TABLE))).catch((e: unknown) => e);
    expect(failure).toMatchObject({ messageKey: 'excel.error.staleCheck' });
  });

  it('previews which sheets would be created without writing', async () => {
    const fake = workbook({ sheets: [asFakeSheet(generateTaskSheet(40))] });
    const analysis = await analysisOf(fake);
    const before = fake.snapshot();
    const preview = await fake.run((ctx) => previewOutput(ctx, analysis, writeOptions(AGENCIES)));
    expect(preview.create).toContain('PAR - Tổng hợp');
    expect(preview.update).toEqual([]);
    expect(fake.snapshot()).toEqual(before);
  });
});

describe('text the user typed', () => {
  it('stays text when it begins with = + - or @', async () => {
    const fake = workbook({ sheets: [{ name: 'S', cells: [['x']] }] });
    const texts = ['=SUM(A1:A3)', '+84 912 345 678', '-', '@Sở Nội vụ', '1.10', 'TRUE', "'trích dẫn"];
    const plan: WritePlan = {
      marker: { tool: 'par-scorer', version: 1, tableSheet: null, tableColumns: [], tableRows: null, sheets: ['Kết quả'] },
      sheets: [{ name: 'Kết quả', role: 'summary', owned: true, blocks: [{ row: 0, col: 0, cells: texts.map((value) => [{ value }]) }], columnWidths: [], conditionalFormats: [] }],
      deleteSheets: [],
      clearTableColumns: [],
    };
    await fake.run((ctx) => applyPlan(ctx, plan, { capabilities: WEB }));
    const written = fake.snapshot().sheets.find((s) => s.name === 'Kết quả')!;
    expect(written.values.map((row) => row[0])).toEqual(texts);
    expect(written.formulas.every((row) => row.every((f) => f === null))).toBe(true);
  });
});

describe('revealCell', () => {
  it('activates the sheet and selects the cell', async () => {
    const fake = workbook({ sheets: [{ name: 'A', cells: [['a']] }, { name: 'Bảng', cells: [['b']] }] });
    await fake.run((ctx) => revealCell(ctx, 'Bảng', 'D17'));
    expect(fake.selection).toEqual({ sheet: 'Bảng', address: 'D17' });
    expect(fake.activeSheet).toBe('Bảng');
  });

  it('says which sheet is gone, and refuses an address that is not one', async () => {
    const fake = workbook({ sheets: [{ name: 'A', cells: [['a']] }] });
    await expect(fake.run((ctx) => revealCell(ctx, 'Mất', 'B2'))).rejects.toMatchObject({ messageKey: 'excel.error.sheetNotFound', params: { sheet: 'Mất' } });
    await expect(fake.run((ctx) => revealCell(ctx, 'A', 'B2:C'))).rejects.toMatchObject({ messageKey: 'excel.error.cellAddress' });
  });
});

describe('applyPlan on its own', () => {
  it('finds merged cells under the output before writing', async () => {
    const { fake, analysis, plan } = await firstPlan(asFakeSheet(generateScoreSheet(30)), TABLE);
    const block = plan.sheets[0]!.blocks[0]!;
    const area = `${a1(block.row + 2, block.col + 1)}:${a1(block.row + 3, block.col + 2)}`;
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(analysis.sheet).getRange(area).merge();
      await ctx.sync();
    });
    const before = fake.snapshot();
    const failure = await fake.run((ctx) => applyPlan(ctx, plan, { capabilities: WEB })).catch((e: unknown) => e);
    expect(failure).toMatchObject({ messageKey: 'excel.error.mergedOutput', params: { sheet: analysis.sheet, range: area } });
    expect(fake.snapshot()).toEqual(before);
  });

  it('suspends calculation and events while writing and restores them after', async () => {
    const fake = workbook({ sheets: [asFakeSheet(generateScoreSheet(30))] });
    const analysis = await analysisOf(fake);
    const modes: string[] = [];
    const events: boolean[] = [];
    await fake.run(async (ctx) => {
      const app = ctx.application as unknown as { calculationMode: string };
      const runtime = ctx.runtime as unknown as { enableEvents: boolean };
      const appSetter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(app), 'calculationMode')!;
      const runtimeSetter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(runtime), 'enableEvents')!;
      Object.defineProperty(app, 'calculationMode', { get: () => appSetter.get!.call(app), set: (v: string) => (modes.push(v), appSetter.set!.call(app, v)) });
      Object.defineProperty(runtime, 'enableEvents', { get: () => runtimeSetter.get!.call(runtime), set: (v: boolean) => (events.push(v), runtimeSetter.set!.call(runtime, v)) });
      await writeOutput(ctx, analysis, writeOptions(TABLE));
    });
    expect(modes).toEqual(['Manual', 'Automatic']);
    expect(events).toEqual([false, true]);
    expect(fake.model.calculationMode).toBe('Automatic');
    expect(fake.model.enableEvents).toBe(true);
  });
});

describe('a table sheet that is gone', () => {
  it('is named in the message, and nothing is written', async () => {
    const fake = workbook({ sheets: [asFakeSheet(generateScoreSheet(20)), { name: 'Khác', cells: [['x']] }] });
    const read = await fake.run((ctx) => readSheet(ctx, undefined, { capabilities: WEB }));
    const analysis = await analysisOf(fake);
    const built = buildWritePlan(analysis, { grid: read.grid, previous: null, existingSheets: read.sheets, t: translator('vi'), lang: 'vi', include: TABLE });
    if (!built.ok) throw new Error('plan refused');
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(analysis.sheet).delete();
      await ctx.sync();
    });
    const before = fake.snapshot();
    const failure = await fake.run((ctx) => applyPlan(ctx, built.plan, { capabilities: WEB })).catch((e: unknown) => e);
    expect(failure).toMatchObject({ messageKey: 'excel.error.tableSheetMissing', params: { sheet: analysis.sheet } });
    expect(fake.snapshot()).toEqual(before);
  });
});

describe('user text copied into the agency sheets', () => {
  it('stays text even when it begins with =, + or -', async () => {
    const sheet = generateTaskSheet(8);
    sheet.cells[3]![2] = '=Rà soát quy trình';
    sheet.cells[4]![2] = '+Bổ sung báo cáo';
    sheet.cells[5]![2] = '-Tổng hợp ý kiến';
    const fake = workbook({ sheets: [asFakeSheet(sheet)] });
    const analysis = await analysisOf(fake);
    await fake.run((ctx) => writeOutput(ctx, analysis, writeOptions(AGENCIES)));
    const cells = fake
      .snapshot()
      .sheets.filter((s) => s.name !== sheet.name)
      .flatMap((s) => s.values.flat().map((value, i) => ({ value, formula: s.formulas.flat()[i] })));
    for (const text of ['=Rà soát quy trình', '+Bổ sung báo cáo', '-Tổng hợp ý kiến']) {
      const found = cells.filter((c) => c.value === text);
      expect(found.length).toBeGreaterThan(0);
      expect(found.every((c) => c.formula === null)).toBe(true);
    }
  });
});
