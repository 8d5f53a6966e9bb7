import { asFakeSheet, generateTaskSheet } from '../support/generate-plan';
import { removeOutput, writeOutput } from '../../src/excel/flows';
import { AGENCIES, analysisOf, WEB, workbook, writeOptions } from './helpers';
import type { FakeWorkbook } from '../fakes';
import { MARKER_SHEET } from '../../src/domain/plan/types';

/*
 * Charts, shapes, comments and notes a user put on the tool's own sheets: a re-run (which writes
 * those sheets anew) and "remove results" (which deletes them) stop before changing anything and
 * name the sheet, since Office.js cannot carry those objects to a new sheet. Counted with
 * Worksheet.charts / shapes / comments / notes (ExcelApi 1.4, 1.9, 1.10, 1.18).
 */

const WITH_NOTES = { ...WEB, notes: true };

async function scoredOnce(): Promise<{ fake: FakeWorkbook; analysis: Awaited<ReturnType<typeof analysisOf>> }> {
  const fake = workbook({ sheets: [asFakeSheet(generateTaskSheet(40))] });
  const analysis = await analysisOf(fake);
  await fake.run((ctx) => writeOutput(ctx, analysis, writeOptions(AGENCIES)));
  return { fake, analysis };
}

const ADDITIONS: [string, (ws: Excel.Worksheet) => void][] = [
  ['a note', (ws) => void ws.notes.add('B6', 'Đã nhắc đơn vị ngày 5/12')],
  ['a comment', (ws) => void ws.comments.add('B6', 'Kiểm tra lại hạn hoàn thành')],
  ['a chart', (ws) => void ws.charts.add('ColumnClustered', ws.getRange('A5:C9'), 'Auto')],
  ['a shape', (ws) => void ws.shapes.addGeometricShape('Rectangle')],
];

describe('what a user put on the tool’s sheets beside the cells', () => {
  it.each(ADDITIONS)('stops a re-run that would delete %s with the sheet, naming the sheet, and changes nothing', async (_what, add) => {
    const { fake, analysis } = await scoredOnce();
    await fake.run(async (ctx) => {
      add(ctx.workbook.worksheets.getItem('PAR - Tổng hợp'));
      await ctx.sync();
    });
    const before = fake.snapshot();
    expect(before.sheets.find((s) => s.name === 'PAR - Tổng hợp')!.objects).toHaveLength(1);
    const failure = await fake.run((ctx) => writeOutput(ctx, analysis, { ...writeOptions(AGENCIES), capabilities: WITH_NOTES })).catch((e: unknown) => e);
    expect(failure).toMatchObject({ messageKey: 'excel.error.userObjects', params: { sheet: 'PAR - Tổng hợp', count: 1 } });
    expect(fake.snapshot()).toEqual(before);
  });

  it('stops "remove results" too, on an agency sheet, counting all it holds', async () => {
    const { fake } = await scoredOnce();
    // The table sheet first, then the summary, the agencies' sheets and the marker.
    const agency = fake.snapshot().sheets.map((s) => s.name).slice(1).find((n) => n !== 'PAR - Tổng hợp' && n !== MARKER_SHEET)!;
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(agency);
      ws.comments.add('A6', 'một');
      ws.comments.add('A7', 'hai');
      ws.charts.add('Pie', ws.getRange('A5:B8'), 'Auto');
      await ctx.sync();
    });
    const before = fake.snapshot();
    const failure = await fake.run((ctx) => removeOutput(ctx, { capabilities: WEB })).catch((e: unknown) => e);
    expect(failure).toMatchObject({ messageKey: 'excel.error.userObjects', params: { sheet: agency, count: 3 } });
    expect(fake.snapshot()).toEqual(before);
  });

  it('re-runs as before when the tool’s sheets hold nothing of the user’s, and asks nothing of a host without the APIs', async () => {
    const { fake, analysis } = await scoredOnce();
    const again = await fake.run((ctx) => writeOutput(ctx, analysis, { ...writeOptions(AGENCIES), capabilities: WITH_NOTES }));
    expect(again.sheetsUpdated).toContain('PAR - Tổng hợp');
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('PAR - Tổng hợp').notes.add('B6', 'x');
      await ctx.sync();
    });
    // Without ExcelApi 1.18 the note cannot be counted: the run goes on as it always did.
    const blind = await fake.run((ctx) => writeOutput(ctx, analysis, writeOptions(AGENCIES)));
    expect(blind.sheetsUpdated).toContain('PAR - Tổng hợp');
  });
});
