import { createFakeWorkbook, type FakeWorkbook } from '../fakes';
import { columnLetter } from '../../src/domain/address';
import { parseMarker, serializeMarker } from '../../src/domain/plan/marker';
import { MARKER_SHEET, type OwnershipMarker } from '../../src/domain/plan/types';
import { UserEditsFoundError } from '../../src/excel/errors';
import { removeOutput, writeOutput } from '../../src/excel/flows';
import { readOwnedCells } from '../../src/excel/owned-cells';
import { exampleSpec } from './example-workbooks';
import { AGENCIES, analysisOf, normalized, TABLE, WEB, writeOptions } from './helpers';
import type { OutputParts } from '../../src/excel/flows';

const TABLE_SHEET = 'Phụ lục I';
const SUMMARY = 'PAR - Tổng hợp';
const NOTE = 'Đã hỏi lại Sở Nội vụ ngày 3/12: chờ văn bản bổ sung';
const SUMMARY_LINE = 'Ý kiến tổ thẩm định: thống nhất';

function sheetOf(fake: FakeWorkbook, name: string) {
  const sheet = fake.snapshot().sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

function valueAt(fake: FakeWorkbook, name: string, row: number, col: number): unknown {
  return sheetOf(fake, name).values[row]?.[col] ?? null;
}

function markerOf(fake: FakeWorkbook): OwnershipMarker {
  const text = sheetOf(fake, MARKER_SHEET).values.map((line) => line[0]).filter((v) => typeof v === 'string').join('');
  return parseMarker(text)!;
}

async function type(fake: FakeWorkbook, sheet: string, row: number, col: number, text: string): Promise<void> {
  await fake.run(async (ctx) => {
    ctx.workbook.worksheets.getItem(sheet).getRange(`${columnLetter(col)}${row + 1}`).values = [[text]];
    await ctx.sync();
  });
}

/** A workbook the add-in wrote, then an officer typed a note in its notes column and a line on its summary sheet. */
async function edited(): Promise<{ fake: FakeWorkbook; note: { row: number; col: number }; line: { row: number; col: number } }> {
  const fake = createFakeWorkbook(await exampleSpec('daklak-2020-phu-luc-i.xlsx'));
  const analysis = await analysisOf(fake, TABLE_SHEET);
  await fake.run((ctx) => writeOutput(ctx, analysis, writeOptions(TABLE)));
  await fake.run((ctx) => writeOutput(ctx, analysis, writeOptions(AGENCIES)));
  const marker = markerOf(fake);
  const col = Math.max(...marker.tableColumns);
  expect(valueAt(fake, TABLE_SHEET, marker.tableRows!.first, col)).toBe('Ghi chú kiểm tra');
  let row = marker.tableRows!.first + 1;
  while (valueAt(fake, TABLE_SHEET, row, col) !== null) row++;
  expect(row).toBeLessThanOrEqual(marker.tableRows!.last);
  await type(fake, TABLE_SHEET, row, col, NOTE);
  const line = { row: sheetOf(fake, SUMMARY).values.length + 1, col: 0 };
  await type(fake, SUMMARY, line.row, line.col, SUMMARY_LINE);
  return { fake, note: { row, col }, line };
}

async function refusal(work: Promise<unknown>): Promise<UserEditsFoundError> {
  const error: unknown = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserEditsFoundError);
  return error as UserEditsFoundError;
}

describe('the add-in writing again over what an officer typed into its cells', () => {
  it('stops before writing and names the note in its column', async () => {
    const { fake, note } = await edited();
    const before = fake.snapshot();
    const analysis = await analysisOf(fake, TABLE_SHEET);
    const error = await refusal(fake.run((ctx) => writeOutput(ctx, analysis, writeOptions(TABLE))));
    expect(error.found.certain).toBe(true);
    expect(error.found.edits.map((e) => `${e.sheet}!${e.cell}`)).toEqual([`${TABLE_SHEET}!${columnLetter(note.col)}${note.row + 1}`]);
    expect(error.messageKey).toBe('excel.error.userEdits');
    expect(fake.snapshot()).toEqual(before);
  });

  it('stops before rewriting the summary sheet and names the typed line', async () => {
    const { fake, line } = await edited();
    const analysis = await analysisOf(fake, TABLE_SHEET);
    const error = await refusal(fake.run((ctx) => writeOutput(ctx, analysis, writeOptions(AGENCIES))));
    expect(error.found.edits.map((e) => `${e.sheet}!${e.cell}`)).toEqual([`${SUMMARY}!A${line.row + 1}`]);
  });

  it('keeps the note and the line when told to, and writes everything else', async () => {
    const { fake, note, line } = await edited();
    const analysis = await analysisOf(fake, TABLE_SHEET);
    const table = await fake.run((ctx) => writeOutput(ctx, analysis, { ...writeOptions(TABLE), userEdits: 'keep' }));
    expect(table.kept?.map((e) => e.cell)).toEqual([`${columnLetter(note.col)}${note.row + 1}`]);
    await fake.run((ctx) => writeOutput(ctx, analysis, { ...writeOptions(AGENCIES), userEdits: 'keep' }));
    expect(valueAt(fake, TABLE_SHEET, note.row, note.col)).toBe(NOTE);
    expect(valueAt(fake, SUMMARY, line.row, line.col)).toBe(SUMMARY_LINE);
    // The tool's own header is still there, rewritten.
    expect(valueAt(fake, TABLE_SHEET, markerOf(fake).tableRows!.first, note.col)).toBe('Ghi chú kiểm tra');
    // Kept, not adopted: the next write asks again.
    await refusal(fake.run((ctx) => writeOutput(ctx, analysis, writeOptions(TABLE))));
  });

  it('replaces them when told to overwrite', async () => {
    const { fake, note, line } = await edited();
    const analysis = await analysisOf(fake, TABLE_SHEET);
    await fake.run((ctx) => writeOutput(ctx, analysis, { ...writeOptions(TABLE), userEdits: 'overwrite' }));
    await fake.run((ctx) => writeOutput(ctx, analysis, { ...writeOptions(AGENCIES), userEdits: 'overwrite' }));
    expect(valueAt(fake, TABLE_SHEET, note.row, note.col)).toBeNull();
    expect(valueAt(fake, SUMMARY, line.row, line.col)).toBeNull();
    await fake.run((ctx) => writeOutput(ctx, analysis, writeOptions(TABLE)));
  });

  it('asks before "remove results" deletes them, and keeps them with the sheet that holds them', async () => {
    const { fake, note, line } = await edited();
    const error = await refusal(fake.run((ctx) => removeOutput(ctx, { capabilities: WEB })));
    expect(error.found.edits).toHaveLength(2);
    const removed = await fake.run((ctx) => removeOutput(ctx, { capabilities: WEB, userEdits: 'keep' }));
    expect(removed.sheetsDeleted).not.toContain(SUMMARY);
    expect(valueAt(fake, TABLE_SHEET, note.row, note.col)).toBe(NOTE);
    expect(valueAt(fake, SUMMARY, line.row, line.col)).toBe(SUMMARY_LINE);
    expect(markerOf(fake).sheets).toEqual([SUMMARY]);
  });

  it('treats a marker without fingerprints conservatively and says so', async () => {
    const { fake, note } = await edited();
    const { written: _dropped, ...older } = markerOf(fake);
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(MARKER_SHEET);
      ws.getRange('A1:A1000').clear('Contents');
      ws.getRange('A1').values = [[`'${serializeMarker(older)}`]];
      await ctx.sync();
    });
    const analysis = await analysisOf(fake, TABLE_SHEET);
    const error = await refusal(fake.run((ctx) => writeOutput(ctx, analysis, writeOptions(TABLE))));
    expect(error.found.certain).toBe(false);
    expect(error.messageKey).toBe('excel.error.userEditsUnsure');
    expect(error.found.edits.map((e) => e.cell)).toContain(`${columnLetter(note.col)}${note.row + 1}`);
  });
});

const ALL: OutputParts = { tableColumns: true, summary: true, agencySheets: true };

describe('a re-run that keeps the officer’s words and fails part way', () => {
  // With Range.copyFrom (ExcelApi 1.9) a kept cell on a rewritten sheet is copied from the sheet set
  // aside; without it, written back from what was read.
  it.each([
    ['a host that can copy ranges', WEB],
    ['a host that cannot', { ...WEB, copyFrom: false }],
  ])('leaves the workbook as it was, the note and the line included, whichever round trip fails (%s)', async (_host, capabilities) => {
    const { fake: state, note, line } = await edited();
    const analysis = await analysisOf(state, TABLE_SHEET);
    const options = { ...writeOptions(ALL), capabilities, userEdits: 'keep' as const };
    const copy = async () => {
      const fake = createFakeWorkbook(await exampleSpec('daklak-2020-phu-luc-i.xlsx'));
      fake.copyStateOf(state);
      return fake;
    };
    const before = normalized(state.snapshot());
    const clean = await copy();
    clean.resetStats();
    await clean.run((ctx) => writeOutput(ctx, analysis, options));
    const total = clean.stats.syncs;
    const after = normalized(clean.snapshot());
    expect(valueAt(clean, TABLE_SHEET, note.row, note.col)).toBe(NOTE);
    expect(valueAt(clean, SUMMARY, line.row, line.col)).toBe(SUMMARY_LINE);
    expect(total).toBeGreaterThan(3);
    let failures = 0;
    for (let at = 0; at < total; at++) {
      const fake = await copy();
      fake.fault = ({ index, operations }) => (index === at ? Math.floor(operations / 2) : undefined);
      const outcome = await fake.run((ctx) => writeOutput(ctx, analysis, options)).then(
        () => 'written',
        () => 'failed',
      );
      if (outcome === 'failed') failures++;
      expect({ at, same: JSON.stringify(normalized(fake.snapshot())) === JSON.stringify(outcome === 'failed' ? before : after) }).toEqual({ at, same: true });
    }
    expect(failures).toBeGreaterThan(0);
  }, 300_000);
});

describe('reading the tool’s cells before a write', () => {
  it('reads whole sheets and rectangles in requests of bounded size, formulas told from text', async () => {
    const cells = Array.from({ length: 10 }, (_, r) => [`Dòng ${r + 1}`, r, '=không phải công thức']);
    const formulas = Array.from({ length: 10 }, (_, r) => [null, r === 0 ? null : `=B${r}+1`, null]);
    const fake = createFakeWorkbook({ sheets: [{ name: 'S', cells, formulas }] });
    const { contents, syncs } = await fake.run((ctx) =>
      readOwnedCells(ctx, [{ sheet: 'S', rect: 'used' }, { sheet: 'S', rect: { row: 0, col: 0, rowCount: 2, colCount: 2 } }], 8),
    );
    // The used range's extent, then 10 rows x 3 columns in bands of two rows (6 cells, one per
    // request under 8), then the 2 x 2 rectangle.
    expect(syncs).toBe(1 + 5 + 1);
    expect(fake.stats.syncs).toBe(syncs);
    const whole = contents.filter((c) => c.cells[0]!.length === 3).flatMap((c) => c.cells);
    expect(whole).toHaveLength(10);
    expect(whole[0]).toEqual(['Dòng 1', 0, '=không phải công thức']);
    expect(whole[3]).toEqual(['Dòng 4', { formula: '=B3+1' }, '=không phải công thức']);
    expect(contents[contents.length - 1]).toEqual({ sheet: 'S', row: 0, col: 0, cells: [['Dòng 1', 0], ['Dòng 2', { formula: '=B1+1' }]] });
  });

  it('asks again in halves when a response is refused as too large, a column of long notes say', async () => {
    const note = 'Ghi chú dài của cán bộ thẩm định. '.repeat(20);
    const cells = Array.from({ length: 40 }, () => [note]);
    const fake = createFakeWorkbook({ sheets: [{ name: 'S', cells }], maxResponseBytesPerSync: 20_000 });
    const { contents, syncs } = await fake.run((ctx) => readOwnedCells(ctx, [{ sheet: 'S', rect: { row: 0, col: 0, rowCount: 40, colCount: 1 } }]));
    // Every note read once, in order, whatever the requests that carried them.
    const read = contents.flatMap((c) => c.cells.map((line) => line[0]));
    expect(read).toHaveLength(40);
    expect(read.every((v) => v === note)).toBe(true);
    expect(fake.stats.failedSyncs).toBeGreaterThan(0);
    expect(syncs).toBe(fake.stats.syncs);
    // 40 notes of about 1.4 KB, each read as formula and value: at least 3 requests under 20 KB.
    expect(syncs - fake.stats.failedSyncs).toBeGreaterThanOrEqual(3);
  });
});

