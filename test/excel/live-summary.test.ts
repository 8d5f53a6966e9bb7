import { createFakeWorkbook, type FakeSheetSnapshot } from '../fakes';
import { checkSheet, writeOutput } from '../../src/excel/flows';
import { translator } from '../../src/i18n';
import { exampleSpec } from './example-workbooks';
import { WEB, writeOptions } from './helpers';

/*
 * The add-in writes the same live summary through Office.js: after a score is retyped in the
 * table, the fake Excel's recalculation moves the summary and the lead agency's sheet.
 * (LibreOffice judges the same write in test/cli/recalculated.test.ts.)
 */
const vi = translator('vi');

function valueBeside(sheet: FakeSheetSnapshot, keyCol: number, key: unknown, col: number): unknown {
  const row = sheet.values.find((r) => r[keyCol] === key);
  if (!row) throw new Error(`${sheet.name}: no ${String(key)}`);
  return row[col];
}

describe('the summary and agency sheets the add-in writes', () => {
  it('follow a score retyped in the table', async () => {
    const fake = createFakeWorkbook(await exampleSpec('daklak-2020-phu-luc-i.xlsx'));
    const { result } = await fake.run((ctx) => checkSheet(ctx, { sheet: 'Phụ lục I', capabilities: WEB }));
    if (!result.ok) throw new Error('no table');
    await fake.run((ctx) => writeOutput(ctx, result.analysis, writeOptions({ tableColumns: true, summary: true, agencySheets: true })));
    const summary = () => fake.snapshot().sheets.find((s) => s.name === vi('sheet.summary.name'))!;
    const agency = () => fake.snapshot().sheets.find((s) => s.name === 'Sở Nội vụ')!;
    const formulaBeside = (sheet: FakeSheetSnapshot, key: string, col: number) => sheet.formulas[sheet.values.findIndex((r) => r[0] === key)]![col];

    // Criterion 1.5 (row 12), led by Sở Nội vụ: 1.5 of 2 points; area 1's criteria add up to 6.5.
    expect(formulaBeside(agency(), '1.5', 3)).toBe(`=IF(ISNUMBER('Phụ lục I'!D12),'Phụ lục I'!D12,"")`);
    expect(valueBeside(agency(), 0, '1.5', 3)).toBe(1.5);
    expect(valueBeside(summary(), 0, '1', 6)).toBeCloseTo(6.5, 4);
    const totalBefore = valueBeside(agency(), 0, vi('sheet.agency.total'), 3) as number;

    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Phụ lục I').getRange('D12').values = [[0.75]];
      await ctx.sync();
    });

    expect(valueBeside(agency(), 0, '1.5', 3)).toBe(0.75);
    // 2 - 0.75 lost.
    expect(valueBeside(agency(), 0, '1.5', 5)).toBeCloseTo(1.25, 4);
    expect((valueBeside(agency(), 0, vi('sheet.agency.total'), 3) as number) - totalBefore).toBeCloseTo(-0.75, 4);
    expect(valueBeside(summary(), 0, '1', 6)).toBeCloseTo(5.75, 4);
  });
});
