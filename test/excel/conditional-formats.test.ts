/**
 * A re-run in the add-in keeps the user's conditional formats over the tool's columns and replaces
 * only the tool's own, by the rule the CLI uses (ownsConditionalFormat): the same expectations as the
 * corpus test of openpyxl-table-sheet-features.xlsx (test/corpus/corpus.test.ts), written by hand.
 */
import { createFakeWorkbook, type FakeWorkbook } from '../fakes';
import type { SyncFault } from '../fakes/context';
import { columnLetter } from '../../src/domain/address';
import { parseMarker } from '../../src/domain/plan/marker';
import { MARKER_SHEET, type OwnershipMarker } from '../../src/domain/plan/types';
import { removeOutput, writeOutput } from '../../src/excel/flows';
import { exampleSpec } from './example-workbooks';
import { analysisOf, TABLE, WEB, writeOptions } from './helpers';

const TABLE_SHEET = 'Phụ lục I';

function markerOf(fake: FakeWorkbook): OwnershipMarker {
  const meta = fake.snapshot().sheets.find((s) => s.name === MARKER_SHEET)!;
  return parseMarker(meta.values.map((line) => line[0]).filter((v) => typeof v === 'string').join(''))!;
}

function formatsOf(fake: FakeWorkbook) {
  return fake.snapshot().sheets.find((s) => s.name === TABLE_SHEET)!.conditionalFormats;
}

/** The columns the add-in writes on the example and the rows of its labels, learned from a run on a copy. */
async function toolArea(): Promise<{ first: string; last: string; check: string; rows: string }> {
  const fake = createFakeWorkbook(await exampleSpec('daklak-2020-phu-luc-i.xlsx'));
  await fake.run(async (ctx) => writeOutput(ctx, await analysisOf(fake, TABLE_SHEET), writeOptions(TABLE)));
  const marker = markerOf(fake);
  const tool = formatsOf(fake).map((f) => f.range);
  return {
    first: columnLetter(Math.min(...marker.tableColumns)),
    last: columnLetter(Math.max(...marker.tableColumns)),
    check: /^[A-Z]+/.exec(tool[0]!)![0],
    // The rows of the check column's labels: the table's rows below its header.
    rows: tool[0]!.replace(/[A-Z]/g, ''),
  };
}

/**
 * The example with, before the first run, a colour scale on the tool's first column, a "greater than
 * 0" highlight over all of the tool's columns, and a "less than 0" fill from column A across them.
 */
async function withUserFormats(area: Awaited<ReturnType<typeof toolArea>>, fault?: SyncFault): Promise<FakeWorkbook> {
  const fake = createFakeWorkbook({ ...(await exampleSpec('daklak-2020-phu-luc-i.xlsx')), ...(fault ? { fault } : {}) });
  const [top, bottom] = area.rows.split(':');
  await fake.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(TABLE_SHEET);
    ws.getRange(`${area.first}${top}:${area.first}${bottom}`).conditionalFormats.add('ColorScale');
    const above = ws.getRange(`${area.first}${top}:${area.last}${bottom}`).conditionalFormats.add('CellValue');
    above.cellValue.rule = { formula1: '=0', operator: 'GreaterThan' };
    above.cellValue.format.font.bold = true;
    const below = ws.getRange(`A${top}:${area.last}${bottom}`).conditionalFormats.add('CellValue');
    below.cellValue.rule = { formula1: '=0', operator: 'LessThan' };
    below.cellValue.format.fill.color = '#FFC7CE';
    await ctx.sync();
  });
  return fake;
}

describe('the add-in writing again over conditional formats in its columns', () => {
  it("keeps the user's colour scale and comparisons; its own label formats are replaced, not duplicated", async () => {
    const area = await toolArea();
    const [top, bottom] = area.rows.split(':');
    const fake = await withUserFormats(area);
    const user = formatsOf(fake);
    expect(user).toHaveLength(3);

    await fake.run(async (ctx) => writeOutput(ctx, await analysisOf(fake, TABLE_SHEET), writeOptions(TABLE)));
    const first = formatsOf(fake);
    const labels = first.slice(3);
    expect(first.slice(0, 3)).toEqual(user);
    // The check column's labels ("Lệch" and the others), each "equal to" a quoted text.
    expect(labels.length).toBeGreaterThanOrEqual(2);
    for (const label of labels) {
      expect(label).toMatchObject({ range: `${area.check}${top}:${area.check}${bottom}`, type: 'CellValue', rule: { operator: 'EqualTo' } });
      expect(String(label.rule!.formula1)).toMatch(/^="[^"]+"$/);
    }
    const afterFirst = fake.snapshot();

    await fake.run(async (ctx) => writeOutput(ctx, await analysisOf(fake, TABLE_SHEET), writeOptions(TABLE)));
    // Ranges, types, rules and formats as after the first run: the user's whole, the tool's once.
    expect(formatsOf(fake)).toEqual(first);
    expect(formatsOf(fake).map((f) => `${f.type} ${String(f.rule?.operator ?? '')} ${f.range}`)).toEqual([
      `ColorScale  ${area.first}${top}:${area.first}${bottom}`,
      `CellValue GreaterThan ${area.first}${top}:${area.last}${bottom}`,
      `CellValue LessThan A${top}:${area.last}${bottom}`,
      ...labels.map(() => `CellValue EqualTo ${area.check}${top}:${area.check}${bottom}`),
    ]);
    // The cells the run wrote are the same: clearing around the user's formats left nothing behind.
    expect(fake.snapshot()).toEqual(afterFirst);
  });

  it('reads the formats in requests the write makes anyway: a re-run over them takes the syncs of one over none', async () => {
    const area = await toolArea();
    const plain = createFakeWorkbook(await exampleSpec('daklak-2020-phu-luc-i.xlsx'));
    const formatted = await withUserFormats(area);
    const counts: number[] = [];
    for (const fake of [plain, formatted]) {
      await fake.run(async (ctx) => writeOutput(ctx, await analysisOf(fake, TABLE_SHEET), writeOptions(TABLE)));
      const analysis = await analysisOf(fake, TABLE_SHEET);
      fake.resetStats();
      await fake.run((ctx) => writeOutput(ctx, analysis, writeOptions(TABLE)));
      expect(fake.stats.failedSyncs).toBe(0);
      counts.push(fake.stats.syncs);
    }
    expect(counts[1]).toBe(counts[0]);
    // And as many as a host without conditional formats (ExcelApi 1.6) takes, which reads none.
    const older = createFakeWorkbook(await exampleSpec('daklak-2020-phu-luc-i.xlsx'));
    const options = { ...writeOptions(TABLE), capabilities: { ...WEB, conditionalFormats: false } };
    await older.run(async (ctx) => writeOutput(ctx, await analysisOf(older, TABLE_SHEET), options));
    const analysis = await analysisOf(older, TABLE_SHEET);
    older.resetStats();
    await older.run((ctx) => writeOutput(ctx, analysis, options));
    expect(older.stats.syncs).toBe(counts[0]);
  });

  it("removing the results deletes the tool's label formats and leaves the user's", async () => {
    const area = await toolArea();
    const fake = await withUserFormats(area);
    const user = formatsOf(fake);
    await fake.run(async (ctx) => writeOutput(ctx, await analysisOf(fake, TABLE_SHEET), writeOptions(TABLE)));
    expect(formatsOf(fake).length).toBeGreaterThan(3);
    await fake.run((ctx) => removeOutput(ctx, { capabilities: WEB }));
    expect(formatsOf(fake)).toEqual(user);
  });

  it('on a host that refuses to list them, writes anyway and keeps every format over its columns', async () => {
    const area = await toolArea();
    const reference = await withUserFormats(area);
    await reference.run(async (ctx) => writeOutput(ctx, await analysisOf(reference, TABLE_SHEET), writeOptions(TABLE)));
    const first = formatsOf(reference);
    // The re-run's requests: 0 the fresh read, 1 the preflight (the formats' load queued last), 2 the
    // preflight again without them, 3 the formats alone; 1 and 3 fail at that load.
    let refusing = false;
    const fake = await withUserFormats(area, ({ index, operations }) => (refusing && (index === 1 || index === 3) ? operations - 1 : undefined));
    await fake.run(async (ctx) => writeOutput(ctx, await analysisOf(fake, TABLE_SHEET), writeOptions(TABLE)));
    expect(formatsOf(fake)).toEqual(first);
    const analysis = await analysisOf(fake, TABLE_SHEET);
    fake.resetStats();
    refusing = true;
    await fake.run((ctx) => writeOutput(ctx, analysis, writeOptions(TABLE)));
    expect(fake.stats.failedSyncs).toBe(2);
    // Nothing could be told apart, so nothing went: the user's formats whole, the labels twice.
    const labels = first.slice(3);
    expect(formatsOf(fake)).toEqual([...first, ...labels]);
  });
});
