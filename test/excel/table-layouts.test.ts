import path from 'path';
import { createFakeWorkbook } from '../fakes';
import { checkSheet, writeOutput } from '../../src/excel/flows';
import { translator } from '../../src/i18n';
import { TABLE, WEB, writeOptions } from './helpers';
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
