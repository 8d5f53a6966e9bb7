import { readFileSync } from 'fs';
import { join } from 'path';
import { fixed } from '../../../src/domain/fixed';
import { readTable } from '../../../src/domain/table';
import type { ReadTable, TableRow } from '../../../src/domain/table/types';
import { gridFromCsv } from '../../support/grid-builder';

/** Tables of Kế hoạch Đắk Lắk 2020 (Phụ lục I and II) and Kế hoạch CCHC Hà Tĩnh 2024 (Phụ lục), as CSV. */
function sample(name: string, mergesKnown = false): ReadTable {
  const text = readFileSync(join(__dirname, 'fixtures', name), 'utf8').replace(/^\uFEFF/, '');
  const result = readTable(gridFromCsv(text, { mergesKnown }));
  if (!result.ok) throw new Error(`unreadable ${name}: ${JSON.stringify(result.failure)}`);
  return result.table;
}

function byCode(rows: readonly TableRow[], code: string): TableRow {
  const row = rows.find((r) => r.code.codes.includes(code));
  if (!row) throw new Error(`no row ${code}`);
  return row;
}

function points(row: TableRow, role: 'max' | 'score' | 'target'): number | null {
  const p = row.numbers[role]?.parse;
  return p && p.status === 'ok' ? p.value : null;
}

describe('readTable on Kế hoạch Đắk Lắk 2020, Phụ lục I (score table)', () => {
  const table = sample('sample-criteria-002.csv');

  it('maps every column of the header', () => {
    expect(table.layout.columns.map((c) => [c.role, c.col])).toEqual([
      ['code', 0],
      ['name', 1],
      ['max', 2],
      ['score', 3],
      ['target', 4],
      ['lead', 5],
    ]);
    expect(table.layout).toMatchObject({ headerRow: 0, headerRowCount: 1, shape: 'score', firstDataRow: 1, lastUsedCol: 5 });
  });

  it('reads 8 areas, the criteria under them and the total row', () => {
    const kinds = table.rows.map((r) => r.kind);
    expect(kinds.filter((k) => k === 'area')).toHaveLength(8);
    expect(kinds.filter((k) => k === 'total')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'criterion')).toHaveLength(table.rows.length - 9);
    expect(table.rows.filter((r) => r.kind === 'area').map((r) => r.code.codes[0])).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
  });

  it('keeps numbers exact with their cell references', () => {
    const row = byCode(table.rows, '2.4.1');
    expect(points(row, 'max')).toBe(fixed(1));
    expect(points(row, 'score')).toBe(fixed(0.78));
    expect(points(row, 'target')).toBe(fixed(0.9));
    expect(row.numbers.score?.cell).toEqual({ row: row.row, col: 3 });
  });

  it('reads the total row whose STT is empty', () => {
    const total = table.rows[table.rows.length - 1]!;
    expect(total.kind).toBe('total');
    expect(total.name?.text).toBe('TỔNG ĐIỂM');
    expect(points(total, 'max')).toBe(fixed(100));
    expect(table.layout.lastDataRow).toBe(total.row);
  });

  it('reads lead agencies, including a bullet list', () => {
    expect(byCode(table.rows, '1.6').lead.map((m) => m.name)).toEqual(['Văn phòng UBND tỉnh']);
    expect(byCode(table.rows, '4.3.1').lead.map((m) => m.name)).toContain('Sở Nông nghiệp và Phát triển nông thôn');
  });
});

describe('readTable on Kế hoạch Đắk Lắk 2020, Phụ lục II (task table, Chủ trì + Thực hiện)', () => {
  const table = sample('sample-tasks-002.csv');

  it('takes "Chủ trì" as lead and "Thực hiện" as the implementers', () => {
    const roles = Object.fromEntries(table.layout.columns.map((c) => [c.role, c.col]));
    expect(roles).toMatchObject({ code: 0, name: 1, product: 2, deadline: 4, lead: 5, coordinating: 6 });
    expect(table.layout.shape).toBe('task');
  });

  it('reads codes from the STT column and criterion rows without tasks', () => {
    expect(byCode(table.rows, '1.3').kind).toBe('criterion');
    const task = byCode(table.rows, '1.3.1');
    expect(task.kind).toBe('task');
    expect(task.lead.map((m) => m.name)).toEqual(['Sở Nội vụ']);
    expect(task.coordinating.map((m) => m.name)).toEqual(['Sở, ban, ngành cấp tỉnh', 'UBND cấp huyện']);
    expect(task.deadline).toMatchObject({ raw: 'Quý III', kind: 'quarter' });
  });

  it('fills a deadline without a year from the plan year given', () => {
    expect(byCode(table.rows, '1.1').deadline).toEqual({ raw: 'Quý IV', kind: 'quarter', cell: { row: 2, col: 4 } });
    const text = readFileSync(join(__dirname, 'fixtures', 'sample-tasks-002.csv'), 'utf8').replace(/^\uFEFF/, '');
    const result = readTable(gridFromCsv(text), { planYear: 2020 });
    expect(result.ok && byCode(result.table.rows, '1.1').deadline).toMatchObject({
      kind: 'quarter',
      start: '2020-10-01',
      end: '2020-12-31',
    });
  });
});

describe('readTable on Kế hoạch CCHC Hà Tĩnh 2024 (numbered task table with roman areas)', () => {
  const table = sample('sample-tasks-004.csv');

  it('reads roman area rows', () => {
    const areas = table.rows.filter((r) => r.kind === 'area');
    // The transcription stops inside area VII.
    expect(areas.map((r) => r.code.codes[0])).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(areas.every((r) => r.code.areaStyle === 'roman')).toBe(true);
  });

  it('does not take the row numbers or the "1.1." column prefixes for criterion codes', () => {
    const coded = table.rows.filter((r) => r.kind !== 'area' && r.code.codes.length > 0);
    expect(coded).toEqual([]);
  });

  it('keeps the sub-group rows A and B as groups', () => {
    const groups = table.rows.filter((r) => r.kind === 'group').map((r) => r.name?.text.slice(0, 20));
    expect(groups).toContain('Xây dựng và phát tri');
  });

  it('fills the criterion and lead of continuation rows when merges are unknown', () => {
    const third = table.rows.find((r) => r.row === 3)!;
    expect(third.kind).toBe('task');
    expect(third.name?.filled).toBe(true);
    expect(third.name?.text).toMatch(/^1\.1\. Nâng cao chất lượng/);
    expect(third.lead.map((m) => m.name)).toEqual(['Sở Nội vụ']);
  });

  it('keeps a row\'s own lead when it has one', () => {
    const fifth = table.rows.find((r) => r.row === 5)!;
    expect(fifth.lead.map((m) => m.name)).toEqual(['Sở Thông tin và Truyền thông']);
    expect(fifth.budget?.text).toBe('Theo dự toán được cấp');
  });

  it('does not fill anything when merges are known and there are none', () => {
    const known = sample('sample-tasks-004.csv', true);
    const third = known.rows.find((r) => r.row === 3)!;
    expect(third.name).toBeNull();
    expect(third.lead).toEqual([]);
  });
});
