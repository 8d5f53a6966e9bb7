import { createFakeWorkbook, type FakeWorkbook, type FakeWorkbookSnapshot } from '../fakes';
import { parseMarker } from '../../src/domain/plan/marker';
import { MARKER_SHEET, type OwnershipMarker } from '../../src/domain/plan/types';
import { previewRemoval, removeOutput, writeOutput, type OutputParts } from '../../src/excel/flows';
import { exampleSpec } from './example-workbooks';
import { analysisOf, normalized, WEB, writeOptions } from './helpers';

/*
 * The officer scores the table in Excel, renames its sheet (Excel rewrites the formulas of the
 * tool's sheets to the new name; the fake does too), and scores it again.
 */
const OLD = 'Phụ lục I';
const NEW = 'Bảng điểm 2020';
const ALL: OutputParts = { tableColumns: true, summary: true, agencySheets: true };
/** H..M, where the first run wrote. */
const TOOL_COLUMNS = [7, 8, 9, 10, 11, 12];

function markerOf(snapshot: FakeWorkbookSnapshot): OwnershipMarker {
  const sheet = snapshot.sheets.find((s) => s.name === MARKER_SHEET)!;
  return parseMarker(sheet.values.map((line) => line[0]).filter((v) => typeof v === 'string').join(''))!;
}

async function scoredOnce(): Promise<FakeWorkbook> {
  const fake = createFakeWorkbook(await exampleSpec('daklak-2020-phu-luc-i.xlsx'));
  const analysis = await analysisOf(fake, OLD);
  await fake.run((ctx) => writeOutput(ctx, analysis, writeOptions(ALL)));
  return fake;
}

async function scoreAgain(fake: FakeWorkbook, sheet: string): Promise<void> {
  const analysis = await analysisOf(fake, sheet);
  await fake.run((ctx) => writeOutput(ctx, analysis, writeOptions(ALL)));
}

/** The workbook with the table sheet called by its old name, the marker sheet apart (its fingerprints hash formulas that name the sheet). */
function withOldName(snapshot: FakeWorkbookSnapshot): unknown {
  return JSON.parse(JSON.stringify({ ...snapshot, sheets: snapshot.sheets.filter((s) => s.name !== MARKER_SHEET) }).split(NEW).join(OLD));
}

describe('the add-in scoring a table sheet renamed since its last run', () => {
  let renamed: FakeWorkbook;
  let control: FakeWorkbook;

  beforeAll(async () => {
    renamed = await scoredOnce();
    await renamed.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(OLD).name = NEW;
      await ctx.sync();
    });
    // Excel rewrote the tool's formulas to the new name.
    const summary = renamed.snapshot().sheets.find((s) => s.name === 'PAR - Tổng hợp')!;
    expect(summary.formulas.flat().filter((f) => f?.includes(`'${NEW}'!`)).length).toBeGreaterThan(10);
    control = await scoredOnce();
  });

  it('writes in the same columns H..M, finds no edit of the user\'s, and leaves nothing beside them', async () => {
    await scoreAgain(renamed, NEW);
    const after = renamed.snapshot();
    const marker = markerOf(after);
    expect(marker.tableSheet).toBe(NEW);
    expect(marker.tableColumns).toEqual(TOOL_COLUMNS);
    expect(marker.written?.map((w) => w.sheet)).not.toContain(OLD);
    const table = after.sheets.find((s) => s.name === NEW)!;
    expect(Math.max(...table.values.map((line) => line.length))).toBe(13);
  });

  it('leaves the workbook as a re-run of the copy that was not renamed does, but for the name', async () => {
    await scoreAgain(control, OLD);
    const renamedMarker = markerOf(renamed.snapshot());
    const controlMarker = markerOf(control.snapshot());
    expect(withOldName(renamed.snapshot())).toEqual(withOldName(control.snapshot()));
    expect({ ...renamedMarker, tableSheet: OLD, written: renamedMarker.written!.map((w) => (w.sheet === NEW ? { ...w, sheet: OLD } : { ...w, prints: w.prints.length })) }).toEqual({
      ...controlMarker,
      written: controlMarker.written!.map((w) => (w.sheet === OLD ? w : { ...w, prints: w.prints.length })),
    });
  });

  it('is an ordinary re-run the time after: the same columns, the same workbook', async () => {
    const before = renamed.snapshot();
    await scoreAgain(renamed, NEW);
    expect(markerOf(renamed.snapshot()).tableColumns).toEqual(TOOL_COLUMNS);
    expect(renamed.snapshot()).toEqual(before);
  });
});

describe('"remove results" after the table sheet was renamed', () => {
  it('offers and removes the tool\'s columns on the renamed sheet with its sheets, and finds no edit in the formulas Excel rewrote', async () => {
    const fake = createFakeWorkbook(await exampleSpec('daklak-2020-phu-luc-i.xlsx'));
    const before = fake.snapshot();
    const analysis = await analysisOf(fake, OLD);
    await fake.run((ctx) => writeOutput(ctx, analysis, writeOptions(ALL)));
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(OLD).name = NEW;
      await ctx.sync();
    });
    const preview = await fake.run((ctx) => previewRemoval(ctx));
    expect(preview.tableSheet).toBe(NEW);
    expect(preview.columns).toEqual(['H', 'I', 'J', 'K', 'L', 'M']);
    const syncs = (await fake.run((ctx) => removeOutput(ctx, { capabilities: WEB }))).syncs;
    const renamedBefore = { ...before, activeSheet: NEW, sheets: before.sheets.map((s) => (s.name === OLD ? { ...s, name: NEW } : s)) };
    expect(normalized(fake.snapshot())).toEqual(normalized(renamedBefore));
    // One request more than a removal where the table sheet kept its name: the header rows.
    expect(syncs).toBe(await removalSyncsWithoutRename());
  });

  it('is not followed while two sheets carry the tool\'s headers where it wrote them (a copy of the table)', async () => {
    const fake = createFakeWorkbook(await exampleSpec('daklak-2020-phu-luc-i.xlsx'));
    const analysis = await analysisOf(fake, OLD);
    await fake.run((ctx) => writeOutput(ctx, analysis, writeOptions(ALL)));
    const marker = markerOf(fake.snapshot());
    const headerRow = marker.tableRows!.first;
    const headers = fake.snapshot().sheets.find((s) => s.name === OLD)!.values[headerRow]!.slice(7, 13);
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(OLD).name = NEW;
      ctx.workbook.worksheets.add('Bản sao').getRangeByIndexes(headerRow, 7, 1, 6).values = [headers];
      await ctx.sync();
    });
    expect((await fake.run((ctx) => previewRemoval(ctx))).tableSheet).toBeNull();
    // The copy gone, the renamed sheet is the only one: followed.
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Bản sao').delete();
      await ctx.sync();
    });
    expect((await fake.run((ctx) => previewRemoval(ctx))).tableSheet).toBe(NEW);
  });
});

async function removalSyncsWithoutRename(): Promise<number> {
  const fake = createFakeWorkbook(await exampleSpec('daklak-2020-phu-luc-i.xlsx'));
  const analysis = await analysisOf(fake, OLD);
  await fake.run((ctx) => writeOutput(ctx, analysis, writeOptions(ALL)));
  return (await fake.run((ctx) => removeOutput(ctx, { capabilities: WEB }))).syncs + 1;
}
