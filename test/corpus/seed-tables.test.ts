import { readFileSync } from 'fs';
import { join } from 'path';
import { EXAMPLE_TABLES } from '../../scripts/build-corpus';
import { loadTable } from '../../src/cli/workbook';
import type { Analysis } from '../../src/domain/analysis';
import { columnLetter } from '../../src/domain/address';
import type { RowKind } from '../../src/domain/table/types';
import { translator } from '../../src/i18n';
import { VINH_PHUC_2024_ROWS } from '../../scripts/corpus/vinh-phuc-2024';
import { CORPUS, VINH_PHUC_2024, VINH_PHUC_AREAS, VINH_PHUC_AREAS_UNCALCULATED, type CorpusExpectation } from './expectations';

/**
 * Every table of the source plans, typed as an officer would, read against expectations written
 * by hand from the plans (test/corpus/expectations.ts); each with a variant that changes only how
 * the sheet is dressed, which must read the same.
 */
const t = translator('en');

async function analysisOf(file: string): Promise<Analysis> {
  return (await loadTable(join(__dirname, file), { criteria: 'auto' }, t)).analysis;
}

function kindCounts(a: Analysis): Partial<Record<RowKind, number>> {
  const out: Partial<Record<RowKind, number>> = {};
  for (const row of a.table.rows) out[row.kind] = (out[row.kind] ?? 0) + 1;
  return out;
}

function leadCounts(a: Analysis): Record<string, number> {
  const out: Record<string, number> = {};
  for (const agency of a.agencies) {
    const n = a.table.layout.shape === 'score' ? agency.criteria.length : agency.tasks.length;
    if (n > 0) out[agency.name] = n;
  }
  return out;
}

function checkReading(a: Analysis, e: CorpusExpectation, headerRow: number, sheet: string): void {
  expect(a.sheet).toBe(sheet);
  expect(a.table.layout.headerRow + 1).toBe(headerRow);
  expect(a.table.layout.headerRowCount).toBe(e.headerRowCount);
  expect(a.table.layout.shape).toBe(e.shape);
  expect(Object.fromEntries(a.table.layout.columns.map((c) => [c.role, columnLetter(c.col)]))).toEqual(e.columns);
  expect(a.criteria.id).toBe(e.criteriaSet);
  expect(kindCounts(a)).toEqual(e.kinds);
  expect(a.table.rows.filter((r) => r.kind === 'area').map((r) => r.code.codes[0])).toEqual(e.areas);
  if (e.taskCodes) expect(a.table.rows.filter((r) => r.kind === 'task').map((r) => r.code.codes)).toEqual(e.taskCodes);
  const leads = leadCounts(a);
  for (const [name, count] of Object.entries(e.leads)) expect([name, leads[name]]).toEqual([name, count]);
  const names = new Set(a.agencies.map((g) => g.name));
  for (const text of e.notAgencies) expect(names.has(text)).toBe(false);
}

describe.each(CORPUS.map((e) => [e.name, e] as const))('corpus: %s', (_, e) => {
  it('reads as the plan prints it, with no false finding', async () => {
    const a = await analysisOf(`${e.name}.xlsx`);
    checkReading(a, e, e.headerRow, e.sheet);
    expect(a.findings.map((f) => ({ rule: f.rule, severity: f.severity, cell: f.cell, code: f.code }))).toEqual(e.findings);
  });

  it('reads the same with other header words, repeated headers, a title, a signature and a notes sheet', async () => {
    const a = await analysisOf(`${e.name}.variant.xlsx`);
    checkReading(a, e, e.variantHeaderRow, e.sheet);
    const expected = e.variantFindings ?? e.findings.map(({ rule, severity, code }) => ({ rule, severity, code }));
    expect(a.findings.map((f) => ({ rule: f.rule, severity: f.severity, code: f.code }))).toEqual(expected);
  });
});

describe('corpus: Vĩnh Phúc 2024 codes', () => {
  it('gives every task the code in its TT cell, and a blank TT the criterion above it', async () => {
    const a = await analysisOf(`${VINH_PHUC_2024.name}.xlsx`);
    // From the transcription: a task row is one with a task or a lead; its code is its TT, or the
    // TT of the last coded row above it when blank (8.2 and 8.4 in the plan).
    const expected: string[][] = [];
    let last = '';
    for (const [tt, , task, lead] of VINH_PHUC_2024_ROWS) {
      if (tt !== '') last = tt;
      if (task !== '' || lead !== '') expected.push([tt !== '' ? tt : last]);
    }
    expect(expected.filter(([c]) => c === '8.2' || c === '8.4')).toEqual([['8.2'], ['8.4']]);
    expect(a.table.rows.filter((r) => r.kind === 'task').map((r) => [...r.code.codes])).toEqual(expected);
  });
});

describe('corpus: examples', () => {
  it('offers three of the tables in examples/, the same files', () => {
    for (const name of EXAMPLE_TABLES) {
      expect(readFileSync(join(__dirname, '..', '..', 'examples', `${name}.xlsx`)).equals(readFileSync(join(__dirname, `${name}.xlsx`)))).toBe(true);
    }
  });
});

describe('corpus: a formula saved without its result', () => {
  it('asks for a recalculation of the score it cannot work out, and works out the plain SUM', async () => {
    const a = await analysisOf(join('uncalculated', `${VINH_PHUC_AREAS.name}.xlsx`));
    checkReading(a, VINH_PHUC_AREAS, VINH_PHUC_AREAS.variantHeaderRow, VINH_PHUC_AREAS.sheet);
    expect(a.findings.map((f) => ({ rule: f.rule, cell: f.cell, code: f.code }))).toEqual(VINH_PHUC_AREAS_UNCALCULATED);
    const total = a.table.rows.find((r) => r.kind === 'total')!;
    expect(total.numbers.max?.parse).toMatchObject({ status: 'ok', storedAsText: false, raw: '100' });
  });
});
