import fc from 'fast-check';
import { mergeAgencies, summarizeAgencies, type AgencySummary } from '../../../src/domain/agencies';
import { fixed, fixedFromUnits, sumFixed, type Fixed } from '../../../src/domain/fixed';
import type { AgencyKind } from '../../../src/domain/parse/types';
import { scoreTable } from '../../../src/domain/score';
import { compareVi } from '../../../src/domain/text';
import { daklak2020Index, daklak2020Table, tableFromLines, type LineSpec } from '../check/builders';
import { smallIndex } from '../check/small-tree';

/** A summary with only what merging reads: totals and how many tasks. */
function summary(
  name: string,
  totals: { count: number; max: Fixed | null; score: Fixed | null; target: Fixed | null; lost: Fixed | null; gapToTarget: Fixed | null },
  kind: AgencyKind = 'agency',
  tasks = 0,
  coordinates = 0,
): AgencySummary {
  const task = { row: 0, codes: [], criterion: '', task: '', product: '', deadline: null, agencies: [] };
  return {
    name,
    kind,
    criteria: [],
    totals,
    tasks: Array.from({ length: tasks }, (_, i) => ({ ...task, row: i })),
    coordinates: Array.from({ length: coordinates }, (_, i) => ({ ...task, row: i })),
  };
}

const points = (max: number, score: number, target: number, count = 1) => ({
  count,
  max: fixed(max),
  score: fixed(score),
  target: fixed(target),
  lost: fixed(max - score),
  gapToTarget: fixed(target - score),
});

describe('mergeAgencies', () => {
  it('adds one agency up over the files exactly, with no float drift', () => {
    // 0.1 + 0.2 is 0.30000000000000004 in floats; in ten-thousandths it is exactly 0.3.
    const merged = mergeAgencies([
      { file: 'a.xlsx', agencies: [summary('Sở Nội vụ', points(0.5, 0.1, 0.4))] },
      { file: 'b.xlsx', agencies: [summary('Sở Nội vụ', points(0.5, 0.2, 0.5, 2))] },
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toEqual({
      name: 'Sở Nội vụ',
      kind: 'agency',
      files: ['a.xlsx', 'b.xlsx'],
      criteria: 3,
      max: fixed(1),
      score: fixed(0.3),
      target: fixed(0.9),
      lost: fixed(0.7),
      gapToTarget: fixed(0.6),
      tasks: 0,
      coordinates: 0,
    });
  });

  it('keeps an unknown value unknown, and sums only the known ones', () => {
    const unknown = { count: 0, max: null, score: null, target: null, lost: null, gapToTarget: null };
    const merged = mergeAgencies([
      { file: 'nhiem-vu.xlsx', agencies: [summary('Sở Tư pháp', unknown, 'agency', 3, 1), summary('Báo Đắk Lắk', unknown, 'agency', 0, 2)] },
      { file: 'diem.xlsx', agencies: [summary('Sở Tư pháp', { ...points(2, 1.5, 2), gapToTarget: null })] },
    ]);
    const justice = merged.find((a) => a.name === 'Sở Tư pháp')!;
    expect(justice).toMatchObject({ criteria: 1, max: fixed(2), score: fixed(1.5), lost: fixed(0.5), gapToTarget: null, tasks: 3, coordinates: 1 });
    expect(merged.find((a) => a.name === 'Báo Đắk Lắk')).toMatchObject({ max: null, score: null, coordinates: 2, files: ['nhiem-vu.xlsx'] });
  });

  it('lists agencies in Vietnamese order, then groups as their own entries', () => {
    const none = { count: 0, max: null, score: null, target: null, lost: null, gapToTarget: null };
    const merged = mergeAgencies([
      {
        file: 'x.xlsx',
        agencies: [
          summary('UBND cấp huyện', none, 'group', 1),
          summary('Văn phòng UBND tỉnh', none),
          summary('Đài Phát thanh và Truyền hình tỉnh', none),
        ],
      },
      { file: 'y.xlsx', agencies: [summary('Sở, ban, ngành cấp tỉnh', none, 'group', 2), summary('Báo Đắk Lắk', none), summary('Sở Y tế', none)] },
    ]);
    expect(merged.map((a) => [a.name, a.kind])).toEqual([
      ['Báo Đắk Lắk', 'agency'],
      // "Đ" is its own letter after "D" and before "S" in Vietnamese.
      ['Đài Phát thanh và Truyền hình tỉnh', 'agency'],
      ['Sở Y tế', 'agency'],
      ['Văn phòng UBND tỉnh', 'agency'],
      ['Sở, ban, ngành cấp tỉnh', 'group'],
      ['UBND cấp huyện', 'group'],
    ]);
    // A group's tasks are its own: never copied to the agencies it stands for.
    expect(merged.filter((a) => a.kind === 'agency').every((a) => a.tasks === 0)).toBe(true);
    expect(merged.find((a) => a.name === 'UBND cấp huyện')!.tasks).toBe(1);
  });

  it('names each file once, in the order given, and keeps an agency and a group of one name apart', () => {
    const merged = mergeAgencies([
      { file: 'b.xlsx', agencies: [summary('Sở Nội vụ', points(1, 1, 1)), summary('Sở Nội vụ', points(1, 0, 1))] },
      { file: 'a.xlsx', agencies: [summary('Sở Nội vụ', points(1, 1, 1)), summary('Sở Nội vụ', points(1, 1, 1), 'group')] },
    ]);
    expect(merged.map((a) => [a.name, a.kind, a.files, a.criteria])).toEqual([
      ['Sở Nội vụ', 'agency', ['b.xlsx', 'a.xlsx'], 3],
      ['Sở Nội vụ', 'group', ['a.xlsx'], 1],
    ]);
  });

  it('merging a file with itself doubles every total of the real Kế hoạch Đắk Lắk 2020 summary', () => {
    const table = daklak2020Table();
    const agencies = summarizeAgencies(table, scoreTable(table, daklak2020Index()).lines);
    const merged = mergeAgencies([
      { file: 'so-1.xlsx', agencies },
      { file: 'so-2.xlsx', agencies },
    ]);
    expect(merged.map((a) => a.name)).toEqual(agencies.map((a) => a.name));
    const twice = (v: Fixed | null) => (v === null ? null : fixedFromUnits(v * 2));
    merged.forEach((m, i) => {
      const one = agencies[i]!;
      expect(m).toEqual({
        name: one.name,
        kind: one.kind,
        files: ['so-1.xlsx', 'so-2.xlsx'],
        criteria: one.totals.count * 2,
        max: twice(one.totals.max),
        score: twice(one.totals.score),
        target: twice(one.totals.target),
        lost: twice(one.totals.lost),
        gapToTarget: twice(one.totals.gapToTarget),
        tasks: one.tasks.length * 2,
        coordinates: one.coordinates.length * 2,
      });
    });
  });

  it('merges a score file and a task file of the same agencies', () => {
    const score: LineSpec[] = [
      { code: '1.1', name: 'Kế hoạch cải cách hành chính năm', max: 2, score: 1.75, target: 2, lead: 'SNV' },
      { code: '1.2', name: 'Chế độ báo cáo định kỳ', max: 1, score: 0.5, target: 1, lead: 'Sở Nội Vụ, Văn phòng UBND tỉnh' },
    ];
    const tasks: LineSpec[] = [
      { code: '1.1', name: 'Kế hoạch CCHC năm', task: 'Ban hành kế hoạch', lead: 'Sở Nội vụ', coordinating: 'UBND cấp huyện' },
    ];
    const scoreTableRead = tableFromLines(score);
    const taskTableRead = tableFromLines(tasks, { shape: 'task' });
    const merged = mergeAgencies([
      { file: 'diem.xlsx', agencies: summarizeAgencies(scoreTableRead, scoreTable(scoreTableRead, smallIndex()).lines) },
      { file: 'nhiem-vu.xlsx', agencies: summarizeAgencies(taskTableRead, []) },
    ]);
    // "SNV" and "Sở Nội Vụ" are read as the one canonical agency before merging.
    expect(merged.map((a) => [a.name, a.files, a.criteria, a.score, a.tasks, a.coordinates])).toEqual([
      ['Sở Nội vụ', ['diem.xlsx', 'nhiem-vu.xlsx'], 2, fixed(2.25), 1, 0],
      ['Văn phòng UBND tỉnh', ['diem.xlsx'], 1, fixed(0.5), 0, 0],
      ['UBND cấp huyện', ['nhiem-vu.xlsx'], 0, null, 0, 1],
    ]);
  });

  it('never loses or invents a point: merged totals equal the totals of every input', () => {
    const names = ['Sở Nội vụ', 'Sở Tài chính', 'Đài Phát thanh và Truyền hình tỉnh', 'Ban Dân tộc'];
    const value = fc.option(fc.integer({ min: 0, max: 1_000_000 }).map(fixedFromUnits), { nil: null });
    const agency = fc.record({
      name: fc.constantFrom(...names),
      count: fc.nat({ max: 20 }),
      max: value,
      score: value,
      lost: value,
      gap: value,
    });
    const file = fc.uniqueArray(agency, { selector: (a) => a.name, maxLength: names.length });
    fc.assert(
      fc.property(fc.array(file, { maxLength: 6 }), (files) => {
        const sources = files.map((agencies, i) => ({
          file: `f${i}.xlsx`,
          agencies: agencies.map((a) => summary(a.name, { count: a.count, max: a.max, score: a.score, target: null, lost: a.lost, gapToTarget: a.gap })),
        }));
        const merged = mergeAgencies(sources);
        const all = sources.flatMap((s) => s.agencies);
        const known = (vs: (Fixed | null)[]) => sumFixed(vs.filter((v): v is Fixed => v !== null));
        expect(known(merged.map((m) => m.score))).toBe(known(all.map((a) => a.totals.score)));
        expect(known(merged.map((m) => m.lost))).toBe(known(all.map((a) => a.totals.lost)));
        expect(merged.reduce((n, m) => n + m.criteria, 0)).toBe(all.reduce((n, a) => n + a.totals.count, 0));
        expect(new Set(merged.map((m) => m.name)).size).toBe(merged.length);
        const order = merged.map((m) => m.name);
        expect(order).toEqual([...order].sort(compareVi));
      }),
    );
  });
});
