import { readdirSync } from 'fs';
import { createFakeWorkbook } from '../fakes';
import { checkSheet, removeOutput, writeOutput } from '../../src/excel/flows';
import { AGENCIES, expectUserCellsKept, normalized, TABLE, WEB, writeOptions } from './helpers';
import { EXAMPLES_DIR, exampleSpec } from './example-workbooks';

const files = readdirSync(EXAMPLES_DIR).filter((f) => f.endsWith('.xlsx'));

describe.each(files)('example %s', (file) => {
  it('is written, rewritten identically and removed exactly, sheet by sheet', async () => {
    const spec = await exampleSpec(file);
    const fake = createFakeWorkbook(spec);
    const before = fake.snapshot();
    let checked = 0;
    for (const sheet of spec.sheets.filter((s) => s.visibility === 'Visible')) {
      const { result } = await fake.run((ctx) => checkSheet(ctx, { sheet: sheet.name, capabilities: WEB }));
      if (!result.ok) continue;
      checked++;
      await fake.run((ctx) => writeOutput(ctx, result.analysis, writeOptions(TABLE)));
      await fake.run((ctx) => writeOutput(ctx, result.analysis, writeOptions(AGENCIES)));
      const once = fake.snapshot();
      expectUserCellsKept(before, once);
      const again = await fake.run((ctx) => checkSheet(ctx, { sheet: sheet.name, capabilities: WEB }));
      if (!again.result.ok) throw new Error('second check failed');
      await fake.run((ctx) => writeOutput(ctx, again.result.ok ? again.result.analysis : result.analysis, writeOptions(TABLE)));
      expect(fake.snapshot()).toEqual(once);
      await fake.run((ctx) => removeOutput(ctx, { capabilities: WEB }));
      expect(normalized(fake.snapshot())).toEqual(normalized(before));
    }
    expect(checked).toBeGreaterThan(0);
  }, 60000);
});

describe('the messy example', () => {
  it('has text beginning with "=" that stays text, wherever the tool copies it', async () => {
    const spec = await exampleSpec('messy-score-table.xlsx');
    const fake = createFakeWorkbook(spec);
    const texts = fake.snapshot().sheets.flatMap((s) => s.values.flat().filter((v): v is string => typeof v === 'string' && v.startsWith('=')));
    expect(texts.length).toBeGreaterThan(0);
    const sheet = spec.sheets.find((s) => s.visibility === 'Visible')!.name;
    const { result } = await fake.run((ctx) => checkSheet(ctx, { sheet, capabilities: WEB }));
    if (!result.ok) throw new Error('no table');
    await fake.run((ctx) => writeOutput(ctx, result.analysis, writeOptions(TABLE)));
    await fake.run((ctx) => writeOutput(ctx, result.analysis, writeOptions(AGENCIES)));
    const after = fake.snapshot().sheets.flatMap((s) => s.values.flatMap((row, r) => row.map((v, c) => ({ v, f: s.formulas[r]![c] }))));
    for (const text of texts) {
      const found = after.filter((cell) => cell.v === text);
      expect(found.length).toBeGreaterThan(0);
      expect(found.every((cell) => cell.f === null)).toBe(true);
    }
  });
});

describe('the summary sheet written by the add-in', () => {
  it('says the criteria set was detected when the user did not choose one', async () => {
    const fake = createFakeWorkbook(await exampleSpec('daklak-2020-phu-luc-i.xlsx'));
    const { result } = await fake.run((ctx) => checkSheet(ctx, { capabilities: WEB }));
    if (!result.ok) throw new Error('no table');
    expect(result.analysis.criteriaChosenBy).toBe('detected');
    await fake.run((ctx) => writeOutput(ctx, result.analysis, writeOptions(AGENCIES)));
    const texts = fake.snapshot().sheets.flatMap((s) => s.values.flat()).filter((v): v is string => typeof v === 'string');
    expect(texts).toContain('Bộ tiêu chí được nhận diện tự động từ mã và tên trong bảng.');
    expect(texts).not.toContain('Bộ tiêu chí do người dùng chọn.');
  }, 60000);
});
