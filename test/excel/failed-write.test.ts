/**
 * A write that fails at any round trip leaves the workbook exactly as it was: on a first run, and on
 * a re-run, where the previous run's output must come back. Excel runs a failed request up to the
 * failing operation and keeps that part (the fake does the same: test/fakes/web-limits.test.ts), so
 * every round trip of a 20,000-row write is failed in turn, in the middle of its operations.
 */
import { asFakeSheet, generateTaskSheet } from '../support/generate-plan';
import { writeOutput, type OutputParts } from '../../src/excel/flows';
import { createFakeWorkbook, type FakeWorkbook, type FakeWorkbookSpec } from '../fakes';
import { analysisOf, normalized, writeOptions } from './helpers';
import type { Analysis } from '../../src/domain/analysis';

const ROWS = 20_000;
const ALL: OutputParts = { tableColumns: true, summary: true, agencySheets: true };

const table = asFakeSheet(generateTaskSheet(ROWS));
const spec: FakeWorkbookSpec = { sheets: [table, { name: 'Ghi chú', cells: [['Sổ theo dõi', 42]] }] };

/** A fresh workbook in the given state, failing the round trips `failing` says. */
function from(state: FakeWorkbook, failing: (index: number) => boolean): FakeWorkbook {
  const fake = createFakeWorkbook({ ...spec, fault: ({ index, operations }) => (failing(index) ? Math.floor(operations / 2) : undefined) });
  fake.copyStateOf(state);
  return fake;
}

async function cleanWrite(state: FakeWorkbook, analysis: Analysis): Promise<{ syncs: number; requestBytes: number[]; after: ReturnType<FakeWorkbook['snapshot']> }> {
  const fake = from(state, () => false);
  fake.resetStats();
  await fake.run((ctx) => writeOutput(ctx, analysis, writeOptions(ALL)));
  // The one-request read of 20,000 rows is over Excel on the web's 5 MB response: refused once, then read by parts.
  expect({ refused: fake.stats.failedSyncs, responses: fake.stats.responseBytesPerSync }).toMatchObject({ refused: 1 });
  return { syncs: fake.stats.syncs, requestBytes: [...fake.stats.bytesPerSync], after: normalized(fake.snapshot()) };
}

type Snapshot = ReturnType<FakeWorkbook['snapshot']>;

/** Equal snapshots; on a difference, the sheets that differ are compared in full for a readable message. */
function expectSame(at: number, actual: Snapshot, expected: Snapshot): void {
  if (JSON.stringify(actual) === JSON.stringify(expected)) return;
  const names = (s: Snapshot) => s.sheets.map((x) => x.name);
  expect({ at, sheets: names(actual) }).toEqual({ at, sheets: names(expected) });
  for (const sheet of expected.sheets) {
    const other = actual.sheets.find((x) => x.name === sheet.name)!;
    if (JSON.stringify(other) !== JSON.stringify(sheet)) expect({ at, sheet: other }).toEqual({ at, sheet });
  }
  expect({ at, activeSheet: actual.activeSheet }).toEqual({ at, activeSheet: expected.activeSheet });
}

async function expectFailureLeavesAsWas(state: FakeWorkbook, failing: (index: number, at: number) => boolean, rerun = false): Promise<void> {
  // The sheet is the same before every try, and so is its analysis.
  const analysis = await analysisOf(from(state, () => false));
  const before = normalized(from(state, () => false).snapshot());
  const { syncs: total, requestBytes, after } = await cleanWrite(state, analysis);
  expect(total).toBeGreaterThan(3);
  const failedAt: number[] = [];
  for (let at = 0; at < total; at++) {
    const fake = from(state, () => false);
    fake.fault = ({ index, operations }) => (failing(index, at) ? Math.floor(operations / 2) : undefined);
    const outcome = await fake.run((ctx) => writeOutput(ctx, analysis, writeOptions(ALL))).then(
      () => 'written',
      () => 'failed',
    );
    // A failed read is read again by parts, and the write then goes through as if nothing failed;
    // any other failure leaves the workbook exactly as before.
    if (outcome === 'failed') failedAt.push(at);
    // Normalized: Excel cannot tell a column put back to the standard width from one never set.
    // Compared as JSON: a deep comparison of 20,000-row snapshots takes minutes.
    expectSame(at, normalized(fake.snapshot()), outcome === 'failed' ? before : after);
    expect({ at, calculation: fake.model.calculationMode, events: fake.model.enableEvents }).toEqual({ at, calculation: 'Automatic', events: true });
  }
  // A request that carries the output's rows (over 100 KB) is never failed silently: the write reports it.
  // Not the last of a re-run: it deletes what was set aside and writes the final marker (over 100 KB
  // with the fingerprints of 20,000 rows), and is asked again when it fails, so the write goes through.
  const last = requestBytes.length - 1;
  const dataWrites = requestBytes.flatMap((bytes, at) => (bytes > 100_000 && !(rerun && at === last) ? [at] : []));
  expect(dataWrites.length).toBeGreaterThan(1);
  expect(dataWrites.filter((at) => !failedAt.includes(at))).toEqual([]);
}

describe('a write that fails part way', () => {
  const untouched = createFakeWorkbook(spec);

  it('on a first run, leaves the workbook as it was, whichever round trip fails', async () => {
    await expectFailureLeavesAsWas(untouched, (index, at) => index === at);
  }, 600_000);

  it('on a re-run, puts the previous output back, whichever round trip fails', async () => {
    const written = from(untouched, () => false);
    const analysis = await analysisOf(written);
    await written.run((ctx) => writeOutput(ctx, analysis, writeOptions(ALL)));
    // The officer hands a task to another agency: the next run's output differs from the previous one
    // (another agency sheet, other totals).
    const sheet = written.model.sheets[0]!;
    const leadCell = [...sheet.cells.values()].find((c) => c.value === 'Sở Tư pháp');
    expect(leadCell).toBeDefined();
    leadCell!.value = 'Sở Văn hóa, Thể thao và Du lịch';
    await expectFailureLeavesAsWas(written, (index, at) => index === at, true);
  }, 900_000);

  it('restores calculation and events even when the roll-back request fails too', async () => {
    const written = from(untouched, () => false);
    const analysis = await analysisOf(written);
    await written.run((ctx) => writeOutput(ctx, analysis, writeOptions(ALL)));
    const again = await analysisOf(from(written, () => false));
    const { syncs: total } = await cleanWrite(written, again);
    const fake = from(written, () => false);
    fake.resetStats();
    // The second-last write request fails, and so does the next one, the roll-back's first.
    const failing = total - 3;
    fake.fault = ({ index, operations }) => (index === failing || index === failing + 1 ? Math.floor(operations / 2) : undefined);
    await expect(fake.run((ctx) => writeOutput(ctx, again, writeOptions(ALL)))).rejects.toBeDefined();
    // The refused one-request read of 20,000 rows, the failed write and the failed roll-back.
    expect(fake.stats.failedSyncs).toBe(3);
    expect(fake.model.calculationMode).toBe('Automatic');
    expect(fake.model.enableEvents).toBe(true);
  }, 300_000);
});
