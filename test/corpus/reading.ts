import { join } from 'path';
import { loadTable } from '../../src/cli/workbook';
import type { Analysis } from '../../src/domain/analysis';
import { columnLetter } from '../../src/domain/address';
import type { ColumnRole, RowKind } from '../../src/domain/table/types';
import { translator } from '../../src/i18n';

/** What a corpus table must read as: the parts every expectation file states by hand. */
export interface Reading {
  readonly headerRowCount: 1 | 2;
  readonly shape: 'score' | 'task';
  /** Column letter of every role the header names. */
  readonly columns: Partial<Record<ColumnRole, string>>;
  readonly criteriaSet: string;
  readonly kinds: Partial<Record<RowKind, number>>;
  /** Area codes in order, as read (roman and "Lĩnh vực" areas read as 1..8). */
  readonly areas: readonly string[];
  /** Codes of each task row in order, or null when not listed. */
  readonly taskCodes: readonly (readonly string[])[] | null;
  /** Lead agency or group -> tasks it leads (task tables) or leaf criteria it leads (score tables). */
  readonly leads: Readonly<Record<string, number>>;
  /** Texts that must never be read as agencies. */
  readonly notAgencies: readonly string[];
}

const t = translator('en');

/** A corpus workbook read as `check` reads it. */
export async function analysisOf(file: string): Promise<Analysis> {
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

export function checkReading(a: Analysis, e: Reading, headerRow: number, sheet: string): void {
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

/** Each task row's text as agency sheets and the JSON report show it, by 1-based row. */
export function taskTextsByRow(a: Analysis): Map<number, string> {
  return new Map(a.agencies.flatMap((g) => [...g.tasks, ...g.coordinates]).map((task) => [task.row + 1, task.task]));
}
