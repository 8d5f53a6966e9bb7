/**
 * The adapter's promises on generated workbooks of 1,000 and 20,000 rows (the example workbooks
 * are covered in examples.test.ts): the user's cells are never changed, a second run changes
 * nothing, removal gives the user's workbook back exactly, text beginning with "=" stays text, a
 * protected sheet and a refused request are handled, and round trips do not grow with rows.
 */
import { asFakeSheet, generateScoreSheet, generateTaskSheet, type GeneratedSheet } from '../support/generate-plan';
import { createFakeWorkbook, installFakeOffice, type FakeWorkbook } from '../fakes';
import { removeOutput, writeOutput } from '../../src/excel/flows';
import { CHECK_TOTALS_ACTION, registerCommands } from '../../src/commands/commands';
import { resetChannel } from '../../src/commands/result-channel';
import { AGENCIES, analysisOf, normalized, TABLE, userColumns, WEB, workbook, writeOptions } from './helpers';

const SIZES = [1000, 20000] as const;
const FORMULA_LIKE = ['=Rà soát quy trình nội bộ', '+84 262 3852 555', '=SUM(A1:A3) là ví dụ'];

/** A task table with some task texts that Excel would take for formulas if they were typed. */
function taskSheet(rows: number): GeneratedSheet {
  const sheet = generateTaskSheet(rows);
  FORMULA_LIKE.forEach((text, i) => {
    sheet.cells[5 + i * 37]![2] = text;
  });
  return sheet;
}

function expectFormulaLikeTextKept(fake: FakeWorkbook, userSheet: string): void {
  const sheets = fake.snapshot().sheets;
  for (const text of FORMULA_LIKE) {
    const found = sheets.flatMap((s) => s.values.flatMap((row, r) => row.flatMap((v, c) => (v === text ? [s.formulas[r]![c]] : []))));
    // Once in the user's table, at least once more in the agency sheets, never as a formula.
    expect(found.length).toBeGreaterThan(1);
    expect(found.every((f) => f === null)).toBe(true);
  }
  expect(sheets.find((s) => s.name === userSheet)).toBeDefined();
}

describe.each(SIZES)('a generated task table of %i rows', (rows) => {
  it('keeps every user cell, a second run changes nothing, removal restores the workbook exactly', async () => {
    const sheet = taskSheet(rows);
    const fake = workbook({ sheets: [asFakeSheet(sheet), { name: 'Ghi chú', cells: [['Sổ theo dõi', 42]] }] });
    const before = fake.snapshot();

    const analysis = await analysisOf(fake);
    await fake.run((ctx) => writeOutput(ctx, analysis, writeOptions(TABLE)));
    await fake.run((ctx) => writeOutput(ctx, analysis, writeOptions(AGENCIES)));
    const once = fake.snapshot();
    expect(once.sheets.length).toBeGreaterThan(before.sheets.length + 1);
    expect(userColumns(once, sheet.name, 7)).toEqual(userColumns(before, sheet.name, 7));
    expect(once.sheets.find((s) => s.name === 'Ghi chú')).toEqual(before.sheets.find((s) => s.name === 'Ghi chú'));
    expectFormulaLikeTextKept(fake, sheet.name);

    const again = await analysisOf(fake);
    await fake.run((ctx) => writeOutput(ctx, again, writeOptions(TABLE)));
    await fake.run((ctx) => writeOutput(ctx, again, writeOptions(AGENCIES)));
    expect(fake.snapshot()).toEqual(once);

    await fake.run((ctx) => removeOutput(ctx, { capabilities: WEB }));
    expect(normalized(fake.snapshot())).toEqual(normalized(before));
  }, 300_000);
});

describe.each(SIZES)('a generated score table of %i rows', (rows) => {
  it('keeps every user cell, a second run changes nothing, removal restores the workbook exactly', async () => {
    const sheet = generateScoreSheet(rows);
    const fake = workbook({ sheets: [asFakeSheet(sheet)] });
    const before = fake.snapshot();
    const analysis = await analysisOf(fake);
    await fake.run((ctx) => writeOutput(ctx, analysis, writeOptions(TABLE)));
    const once = fake.snapshot();
    const table = once.sheets.find((s) => s.name === sheet.name)!;
    // Formulas were written next to every row the engine read as a score line.
    expect(analysis.lines.length).toBeGreaterThanOrEqual(Math.min(rows, 6000));
    expect(table.formulas.filter((row) => row.slice(6).some((f) => f !== null)).length).toBeGreaterThanOrEqual(analysis.lines.length);
    expect(userColumns(once, sheet.name, 6)).toEqual(userColumns(before, sheet.name, 6));

    const again = await analysisOf(fake);
    await fake.run((ctx) => writeOutput(ctx, again, writeOptions(TABLE)));
    expect(fake.snapshot()).toEqual(once);

    await fake.run((ctx) => removeOutput(ctx, { capabilities: WEB }));
    expect(normalized(fake.snapshot())).toEqual(normalized(before));
  }, 300_000);

  it('stops on a protected sheet before writing anything', async () => {
    const sheet = { ...asFakeSheet(generateScoreSheet(rows)), protected: true };
    const fake = workbook({ sheets: [sheet] });
    const analysis = await analysisOf(fake);
    const before = fake.snapshot();
    fake.resetStats();
    const failure = await fake.run((ctx) => writeOutput(ctx, analysis, writeOptions(TABLE))).catch((e: unknown) => e);
    expect(failure).toMatchObject({ messageKey: 'excel.error.sheetProtected', params: { sheet: sheet.name } });
    expect(fake.snapshot()).toEqual(before);
    expect(fake.stats.failedSyncs).toBe(0);
  }, 120_000);

  it('completes in smaller requests when Excel refuses one as too large, with the same result', async () => {
    const reference = workbook({ sheets: [asFakeSheet(generateScoreSheet(rows))] });
    const referenceAnalysis = await analysisOf(reference);
    await reference.run((ctx) => writeOutput(ctx, referenceAnalysis, writeOptions(TABLE)));

    const fake = workbook({ sheets: [asFakeSheet(generateScoreSheet(rows))], maxBytesPerSync: 150_000 });
    const analysis = await analysisOf(fake);
    fake.resetStats();
    await fake.run((ctx) => writeOutput(ctx, analysis, writeOptions(TABLE)));
    expect(fake.stats.failedSyncs).toBeGreaterThan(0);
    expect(fake.snapshot()).toEqual(reference.snapshot());
  }, 300_000);
});

describe('round trips', () => {
  // Excel on Windows and Mac: no documented response limit, so one read carries any sheet (the web's
  // 5 MB response limit is tested in web-limits.test.ts).
  async function ribbonSyncs(sheet: GeneratedSheet): Promise<number> {
    const fake = createFakeWorkbook({ sheets: [asFakeSheet(sheet)], maxResponseBytesPerSync: null });
    const handle = installFakeOffice(globalThis, fake, { displayLanguage: 'vi-VN' });
    try {
      registerCommands();
      await new Promise((resolve) => setTimeout(resolve, 0));
      await handle.invokeAction(CHECK_TOTALS_ACTION);
      expect(fake.stats.failedSyncs).toBe(0);
      expect(fake.snapshot().sheets[0]!.formulas.length).toBeGreaterThan(sheet.cells.length - 1);
      return fake.stats.syncs;
    } finally {
      handle.uninstall();
      resetChannel();
    }
  }

  it('the ribbon check makes the same number of syncs for 1,000 and 20,000 rows', async () => {
    const counts = [];
    for (const rows of SIZES) counts.push(await ribbonSyncs(taskSheet(rows)));
    expect(counts[0]).toBe(3);
    expect(counts[1]).toBe(counts[0]);
  }, 300_000);

  it('on a score table, only the findings text adds syncs, one per megabyte, each under 1 MB', async () => {
    for (const rows of SIZES) {
      const fake = workbook({ sheets: [asFakeSheet(generateScoreSheet(rows))], maxBytesPerSync: 5_000_000 });
      const analysis = await analysisOf(fake);
      fake.resetStats();
      await fake.run((ctx) => writeOutput(ctx, analysis, writeOptions(TABLE)));
      const writes = fake.stats.bytesPerSync.slice(2);
      expect(Math.max(...writes)).toBeLessThanOrEqual(1_000_000);
      const notes = analysis.findings.reduce((sum, f) => sum + new TextEncoder().encode(JSON.stringify(f.messageKey)).length, 0);
      expect(notes).toBeGreaterThan(0);
      // Re-read and pre-flight, then the writes: as many as the bytes need, plus at most one.
      const total = writes.reduce((a, b) => a + b, 0);
      expect(fake.stats.syncs).toBe(2 + writes.length);
      expect(writes.length).toBeLessThanOrEqual(Math.ceil(total / 1_000_000) + 1);
    }
  }, 300_000);
});
