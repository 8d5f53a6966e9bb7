/**
 * The CLI's writer and the add-in share one ownership marker: a workbook scored by `par-scorer
 * score` and opened in Excel is updated in place by the add-in, and "Xóa kết quả" removes exactly
 * what the CLI wrote.
 */
import { rmSync } from 'fs';
import path from 'path';
import { createFakeWorkbook } from '../fakes';
import { checkSheet, removeOutput, writeOutput } from '../../src/excel/flows';
import { readSheet } from '../../src/excel/read';
import { MARKER_SHEET } from '../../src/domain/plan/types';
import { EXAMPLES_DIR, exampleSpec } from './example-workbooks';
import { AGENCIES, expectUserCellsKept, normalized, TABLE, WEB, writeOptions } from './helpers';
import { runCli, tempDir } from '../support/cli';

describe('a workbook scored by the CLI, opened in the add-in', () => {
  let dir = '';
  beforeAll(() => {
    dir = tempDir('par-shared-marker-');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is recognised, updated in place and cleaned exactly', async () => {
    const out = path.join(dir, 'scored.xlsx');
    const { code } = await runCli(['score', path.join(EXAMPLES_DIR, 'daklak-2020-phu-luc-i.xlsx'), '-o', out]);
    expect(code).toBeLessThan(2);

    const original = createFakeWorkbook(await exampleSpec('daklak-2020-phu-luc-i.xlsx')).snapshot();
    const fake = createFakeWorkbook(await exampleSpec(out));
    const scored = fake.snapshot();
    expect(scored.sheets.map((s) => s.name)).toContain(MARKER_SHEET);

    const read = await fake.run((ctx) => readSheet(ctx, original.sheets[0]!.name, { capabilities: WEB }));
    expect(read.markerState).toBe('marker');
    expect(read.marker?.tableColumns.length).toBeGreaterThan(0);
    const columnsBefore = read.marker!.tableColumns;

    const { result } = await fake.run((ctx) => checkSheet(ctx, { sheet: read.sheet, capabilities: WEB }));
    if (!result.ok) throw new Error('no table');
    await fake.run((ctx) => writeOutput(ctx, result.analysis, writeOptions(TABLE)));
    await fake.run((ctx) => writeOutput(ctx, result.analysis, writeOptions(AGENCIES)));
    const again = await fake.run((ctx) => readSheet(ctx, read.sheet, { capabilities: WEB }));
    // The same columns, not a second set to their right; the same sheets, not copies.
    expect(again.marker!.tableColumns).toEqual(columnsBefore);
    expect(fake.snapshot().sheets.map((s) => s.name).sort()).toEqual(scored.sheets.map((s) => s.name).sort());
    expectUserCellsKept(original, fake.snapshot());

    await fake.run((ctx) => removeOutput(ctx, { capabilities: WEB }));
    const cleaned = normalized(fake.snapshot());
    const expected = normalized(original);
    expect(cleaned.sheets.map((s) => s.name)).toEqual(expected.sheets.map((s) => s.name));
    for (const sheet of expected.sheets) {
      const got = cleaned.sheets.find((s) => s.name === sheet.name)!;
      expect({ values: got.values, formulas: got.formulas, numberFormats: got.numberFormats, merges: got.merges }).toEqual({
        values: sheet.values,
        formulas: sheet.formulas,
        numberFormats: sheet.numberFormats,
        merges: sheet.merges,
      });
    }
  }, 120_000);
});
