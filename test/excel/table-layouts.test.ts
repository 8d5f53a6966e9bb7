import path from 'path';
import { createFakeWorkbook } from '../fakes';
import { checkSheet, writeOutput } from '../../src/excel/flows';
import { translator } from '../../src/i18n';
import { normalized, TABLE, WEB, writeOptions } from './helpers';
import { exampleSpec } from './example-workbooks';

/*
 * The add-in on the table layouts of the .xlsx corpus (test/corpus/table-layouts/, expectations in
 * test/corpus/table-layouts.test.ts): it reads the same grid through Office.js and must put its
 * columns where the command line puts them, H to M over rows 6-110, and leave every other cell,
 * the signature block and the second table in those columns included, as it was.
 */
const DIR = path.join(__dirname, '..', 'corpus', 'table-layouts');
const H = 7;
const M = 12;
const FIRST = 5;
const LAST = 109;

describe.each(['signature-block.xlsx', 'second-table.xlsx'])('the add-in on %s', (file) => {
  it('writes its columns in H:M over rows 6-110 and nothing anywhere else', async () => {
    const spec = await exampleSpec(path.join(DIR, file));
    const fake = createFakeWorkbook(spec);
    const before = fake.snapshot().sheets[0]!;
    const { result } = await fake.run((ctx) => checkSheet(ctx, { sheet: before.name, capabilities: WEB }));
    if (!result.ok) throw new Error('no table');
    expect(result.analysis.table.layout.lastDataRow).toBe(LAST);
    await fake.run((ctx) => writeOutput(ctx, result.analysis, writeOptions(TABLE)));
    const after = fake.snapshot().sheets.find((s) => s.name === before.name)!;
    expect(after.values[FIRST]!.slice(H, M + 1)[0]).toBe(translator('vi')('sheet.col.subtotal'));
    const changed: string[] = [];
    const rows = Math.max(before.values.length, after.values.length);
    for (let r = 0; r < rows; r++) {
      const width = Math.max(before.values[r]?.length ?? 0, after.values[r]?.length ?? 0);
      for (let c = 0; c < width; c++) {
        if (c >= H && c <= M && r >= FIRST && r <= LAST) continue;
        const was = [before.values[r]?.[c] ?? null, before.formulas[r]?.[c] ?? null];
        const now = [after.values[r]?.[c] ?? null, after.formulas[r]?.[c] ?? null];
        if (JSON.stringify(was) !== JSON.stringify(now)) changed.push(`${r + 1}:${c + 1}`);
      }
    }
    expect(changed).toEqual([]);
    expect(after.merges).toEqual(before.merges);
  });
});

/*
 * Officers hide the unused columns right of a table, often to XFD. The add-in shows the columns it
 * writes (Range.columnHidden = false beside each width) and leaves the officer's G and every column
 * past M hidden, as the command line does (test/cli/openpyxl-workbook.test.ts).
 */
describe('the add-in on a table whose columns to its right the officer hid', () => {
  it('shows H:M, where it writes, and nothing else', async () => {
    const spec = await exampleSpec('daklak-2020-phu-luc-i.xlsx');
    spec.sheets[0] = { ...spec.sheets[0]!, hiddenColumns: ['G:XFD'] };
    const fake = createFakeWorkbook(spec);
    const sheet = spec.sheets[0].name;
    const { result } = await fake.run((ctx) => checkSheet(ctx, { sheet, capabilities: WEB }));
    if (!result.ok) throw new Error('no table');
    await fake.run((ctx) => writeOutput(ctx, result.analysis, writeOptions(TABLE)));
    const after = fake.snapshot().sheets.find((s) => s.name === sheet)!;
    expect(after.values[FIRST]![H]).toBe(translator('vi')('sheet.col.subtotal'));
    expect(after.hiddenColumns).toEqual(['G', 'N:XFD']);
  });

  it('puts back the hidden state of its columns when a re-run fails, at whichever round trip', async () => {
    const spec = await exampleSpec('daklak-2020-phu-luc-i.xlsx');
    const sheet = spec.sheets[0]!.name;
    const first = createFakeWorkbook(spec);
    const analysis = async (fake: typeof first) => {
      const { result } = await fake.run((ctx) => checkSheet(ctx, { sheet, capabilities: WEB }));
      if (!result.ok) throw new Error('no table');
      return result.analysis;
    };
    await first.run(async (ctx) => writeOutput(ctx, await analysis(first), writeOptions(TABLE)));
    // After the first run the officer hides two of the tool's columns and the unused ones past them.
    await first.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      ws.getRange('K:L').columnHidden = true;
      ws.getRange('O:XFD').columnHidden = true;
      await ctx.sync();
    });
    const before = normalized(first.snapshot());
    expect(before.sheets[0]!.hiddenColumns).toEqual(['K:L', 'O:XFD']);
    const rerun = await analysis(first);
    let failures = 0;
    for (let at = 0; at < 12; at++) {
      const fake = createFakeWorkbook(spec);
      fake.copyStateOf(first);
      fake.fault = ({ index, operations }) => (index === at ? Math.floor(operations / 2) : undefined);
      const failed = await fake.run((ctx) => writeOutput(ctx, rerun, writeOptions(TABLE))).then(
        () => false,
        () => true,
      );
      if (!failed) continue;
      failures += 1;
      expect({ at, after: normalized(fake.snapshot()) }).toEqual({ at, after: before });
    }
    expect(failures).toBeGreaterThan(0);
  });
});
