import { asFakeSheet, generateScoreSheet } from '../support/generate-plan';
import { writeOutput } from '../../src/excel/flows';
import { analysisOf, TABLE, workbook, writeOptions } from './helpers';

/*
 * The tool's columns on the table sheet after a first write: an officer widens one and hides
 * another. A re-run writes its cells again but leaves those columns' width and hidden state as the
 * officer set them, as the command line does (the plan gives widths only for columns new to it).
 */
describe('the look an officer gave the tool’s columns', () => {
  it('stays through a re-run: a column widened, one hidden', async () => {
    const fake = workbook({ sheets: [asFakeSheet(generateScoreSheet(30))] });
    const analysis = await analysisOf(fake);
    await fake.run((ctx) => writeOutput(ctx, analysis, writeOptions(TABLE)));
    const sheet = analysis.sheet;
    const first = fake.snapshot().sheets.find((s) => s.name === sheet)!;
    const toolColumns = Object.keys(first.columnWidths);
    expect(toolColumns.length).toBeGreaterThan(2);
    const [wide, hidden] = [toolColumns[toolColumns.length - 1]!, toolColumns[1]!];
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      ws.getRange(`${wide}:${wide}`).format.columnWidth = 300;
      ws.getRange(`${hidden}:${hidden}`).columnHidden = true;
      await ctx.sync();
    });
    const edited = fake.snapshot().sheets.find((s) => s.name === sheet)!;
    const reread = await analysisOf(fake);
    await fake.run((ctx) => writeOutput(ctx, reread, writeOptions(TABLE)));
    const after = fake.snapshot().sheets.find((s) => s.name === sheet)!;
    expect(after.columnWidths).toEqual(edited.columnWidths);
    expect(after.columnWidths[wide]).toBe(300);
    expect(after.hiddenColumns).toEqual(edited.hiddenColumns);
    expect(after.hiddenColumns).toContain(hidden);
    expect(after.values).toEqual(edited.values);
  });
});
