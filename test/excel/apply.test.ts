import { asFakeSheet, generateScoreSheet, generateTaskSheet } from '../support/generate-plan';
import { removeOutput, writeOutput } from '../../src/excel/flows';
import { MARKER_SHEET } from '../../src/domain/plan/types';
import { AGENCIES, analysisOf, normalized, TABLE, userColumns, workbook, writeOptions } from './helpers';

describe.each([
  ['score', () => generateScoreSheet(120), 6],
  ['task', () => generateTaskSheet(120), 7],
])('on a generated %s sheet', (_, make, userCols) => {
  it('keeps every user cell, rewrites only its own output on a second run, and removal restores the workbook', async () => {
    const sheet = make();
    const fake = workbook({ sheets: [asFakeSheet(sheet), { name: 'Ghi chú', cells: [['Sổ theo dõi', 42]] }] });
    const before = fake.snapshot();

    const analysis = await analysisOf(fake);
    const first = await fake.run((ctx) => writeOutput(ctx, analysis, writeOptions(TABLE)));
    expect(first.sheetsUpdated).toEqual([sheet.name]);
    const agencies = await fake.run((ctx) => writeOutput(ctx, analysis, writeOptions(AGENCIES)));
    expect(agencies.sheetsCreated.length).toBeGreaterThan(1);
    const afterFirst = fake.snapshot();
    const tableAfter = afterFirst.sheets.find((s) => s.name === sheet.name)!;
    // The agency sheets left the table columns in place.
    expect(Math.max(...tableAfter.values.map((row) => row.filter((v) => v !== null).length))).toBeGreaterThan(userCols);
    expect(tableAfter.values.some((row) => row.slice(userCols).some((v) => v !== null))).toBe(true);
    expect(userColumns(afterFirst, sheet.name, userCols)).toEqual(userColumns(before, sheet.name, userCols));
    expect(afterFirst.sheets.find((s) => s.name === 'Ghi chú')).toEqual(before.sheets.find((s) => s.name === 'Ghi chú'));
    expect(afterFirst.sheets.find((s) => s.name === MARKER_SHEET)?.visibility).toBe('VeryHidden');

    // The second run reads the sheet with the tool's columns in it and must land on the same cells.
    const again = await analysisOf(fake);
    await fake.run((ctx) => writeOutput(ctx, again, writeOptions(TABLE)));
    await fake.run((ctx) => writeOutput(ctx, again, writeOptions(AGENCIES)));
    expect(fake.snapshot()).toEqual(afterFirst);

    const removed = await fake.run((ctx) => removeOutput(ctx, { capabilities: writeOptions(TABLE).capabilities }));
    expect(removed.sheetsDeleted.length).toBe(agencies.sheetsCreated.length);
    expect(normalized(fake.snapshot())).toEqual(normalized(before));
  });
});

describe('request size and round trips', () => {
  it('makes the same number of syncs for 1,000 and 20,000 rows where responses have no limit (Excel on Windows and Mac)', async () => {
    const counts: number[] = [];
    for (const rows of [1000, 20000]) {
      const fake = workbook({ sheets: [asFakeSheet(generateTaskSheet(rows))], maxBytesPerSync: 5_000_000, maxResponseBytesPerSync: null });
      const analysis = await analysisOf(fake);
      fake.resetStats();
      const summary = await fake.run((ctx) => writeOutput(ctx, analysis, writeOptions(TABLE)));
      counts.push(fake.stats.syncs);
      expect(summary.syncs).toBe(fake.stats.syncs);
    }
    expect(counts[0]).toBe(counts[1]);
  });

  it('splits a large write by request size, never one sync per row, each under the budget', async () => {
    const fake = workbook({ sheets: [asFakeSheet(generateScoreSheet(20000))], maxBytesPerSync: 5_000_000 });
    const analysis = await analysisOf(fake);
    fake.resetStats();
    await fake.run((ctx) => writeOutput(ctx, analysis, writeOptions(TABLE)));
    expect(fake.stats.failedSyncs).toBe(0);
    expect(Math.max(...fake.stats.bytesPerSync)).toBeLessThanOrEqual(1_000_000);
    const total = fake.stats.bytesPerSync.reduce((a, b) => a + b, 0);
    // Two reads, then writes packed to the budget: at most one sync more than the bytes require.
    expect(fake.stats.syncs).toBeLessThanOrEqual(2 + Math.ceil(total / 1_000_000) + 1);
  }, 60000);

  it('resends a payload Excel refuses in smaller requests, and restores the settings after', async () => {
    const reference = workbook({ sheets: [asFakeSheet(generateScoreSheet(3000))] });
    const referenceAnalysis = await analysisOf(reference);
    await reference.run((ctx) => writeOutput(ctx, referenceAnalysis, writeOptions(TABLE)));

    const fake = workbook({ sheets: [asFakeSheet(generateScoreSheet(3000))], maxBytesPerSync: 100_000 });
    const analysis = await analysisOf(fake);
    fake.resetStats();
    await fake.run((ctx) => writeOutput(ctx, analysis, { ...writeOptions(TABLE), maxBytesPerSync: 2_000_000 }));
    expect(fake.stats.failedSyncs).toBeGreaterThan(0);
    expect(fake.snapshot()).toEqual(reference.snapshot());
    expect(fake.model.calculationMode).toBe('Automatic');
    expect(fake.model.enableEvents).toBe(true);
  });

  it('writes within a small budget in more syncs', async () => {
    const fake = workbook({ sheets: [asFakeSheet(generateScoreSheet(3000))], maxBytesPerSync: 100_000 });
    const analysis = await analysisOf(fake);
    fake.resetStats();
    await fake.run((ctx) => writeOutput(ctx, analysis, { ...writeOptions(TABLE), maxBytesPerSync: 90_000 }));
    expect(fake.stats.failedSyncs).toBe(0);
    expect(fake.stats.syncs).toBeGreaterThan(3);
  });
});
