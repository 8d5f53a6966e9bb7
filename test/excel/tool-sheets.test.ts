import { checkSheet, describeWorkbook, failureError, writeOutput } from '../../src/excel/flows';
import { MARKER_SHEET } from '../../src/domain/plan/types';
import { translator } from '../../src/i18n';
import { asFakeSheet, generateScoreSheet } from '../support/generate-plan';
import { AGENCIES, analysisOf, TABLE, WEB, workbook, writeOptions } from './helpers';

const SUMMARY = 'PAR - Tổng hợp';

/** A workbook after a full run: table columns, the summary and one sheet per agency, and a note sheet of the user's. */
async function scoredWorkbook() {
  const sheet = generateScoreSheet(40);
  const fake = workbook({ sheets: [asFakeSheet(sheet), { name: 'Ghi chú', cells: [['Sổ theo dõi']] }] });
  const analysis = await analysisOf(fake);
  await fake.run((ctx) => writeOutput(ctx, analysis, writeOptions(TABLE)));
  const written = await fake.run((ctx) => writeOutput(ctx, analysis, writeOptions(AGENCIES)));
  return { fake, table: sheet.name, written: written.sheetsCreated };
}

describe('sheets the tool wrote are never input', () => {
  it('refuses to check the summary or an agency sheet, naming the sheet, and changes nothing', async () => {
    const { fake, written } = await scoredWorkbook();
    expect(written).toContain(SUMMARY);
    const agencySheet = written.find((name) => name !== SUMMARY)!;
    for (const sheet of [SUMMARY, agencySheet]) {
      const before = fake.snapshot();
      const { result } = await fake.run((ctx) => checkSheet(ctx, { capabilities: WEB, sheet }));
      expect(result).toEqual({ ok: false, failure: { reason: 'tool-sheet', sheet } });
      const error = failureError({ reason: 'tool-sheet', sheet });
      expect(translator('vi')(error.messageKey, error.params)).toBe(
        `Sheet “${sheet}” do PAR Scorer ghi ra ở lần chạy trước (trang tổng hợp hoặc trang theo đơn vị), không phải bảng để kiểm tra. Hãy chọn sheet chứa bảng. Chưa có gì bị thay đổi.`,
      );
      expect(fake.snapshot()).toEqual(before);
    }
  });

  it('leaves them out of the sheet picker and does not start on one', async () => {
    const { fake, table, written } = await scoredWorkbook();
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(SUMMARY).activate();
      await ctx.sync();
    });
    const described = await fake.run((ctx) => describeWorkbook(ctx, WEB));
    expect(described.sheets).toEqual([table, 'Ghi chú']);
    for (const name of [...written, MARKER_SHEET]) expect(described.sheets).not.toContain(name);
    // Excel left the summary active: the pane starts on the table that run scored.
    expect(described.sheet).toBe(table);
  });

  it('still checks the table sheet of a scored workbook', async () => {
    const { fake, table } = await scoredWorkbook();
    const { result } = await fake.run((ctx) => checkSheet(ctx, { capabilities: WEB, sheet: table }));
    expect(result.ok).toBe(true);
  });
});
