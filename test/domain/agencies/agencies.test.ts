import { partnersOf, summarizeAgencies } from '../../../src/domain/agencies';
import { fixed, sumFixed, type Fixed } from '../../../src/domain/fixed';
import { parseAgencies } from '../../../src/domain/parse/agencies';
import { scoreTable } from '../../../src/domain/score';
import { compareVi } from '../../../src/domain/text';
import { daklak2020Index, daklak2020Table, tableFromLines, type LineSpec } from '../check/builders';
import { DAKLAK_2020_ROWS } from '../check/daklak-2020';
import { smallIndex } from '../check/small-tree';

const printedRows = DAKLAK_2020_ROWS.filter(([code]) => code !== '');
const isLeaf = (code: string) => !printedRows.some(([other]) => other.startsWith(`${code}.`));
const pointsOf = (values: number[]): Fixed => sumFixed(values.map((v) => fixed(v)));

describe('summarizeAgencies on Kế hoạch Đắk Lắk 2020, Phụ lục I', () => {
  const table = daklak2020Table();
  const { lines } = scoreTable(table, daklak2020Index());
  const summaries = summarizeAgencies(table, lines);
  const byName = (name: string) => summaries.find((s) => s.name === name)!;

  it('gives each lead agency the scored leaves it leads, with their totals', () => {
    const led = printedRows.filter(([code, , , , , lead]) => isLeaf(code) && parseAgencies(lead).some((m) => m.name === 'Sở Tài chính'));
    const finance = byName('Sở Tài chính');
    expect(finance.kind).toBe('agency');
    expect(finance.criteria.map((c) => c.code)).toEqual(led.map(([code]) => code));
    expect(finance.totals).toEqual({
      count: led.length,
      max: pointsOf(led.map((r) => r[2])),
      score: pointsOf(led.map((r) => r[3])),
      target: pointsOf(led.map((r) => r[4])),
      lost: pointsOf(led.map((r) => r[2] - r[3])),
      gapToTarget: pointsOf(led.map((r) => r[4] - r[3])),
    });
  });

  it('counts a row led by several agencies for each of them', () => {
    for (const name of ['Sở Kế hoạch và Đầu tư', 'Sở Nông nghiệp và Phát triển nông thôn', 'Sở Nội vụ']) {
      expect(byName(name).criteria.map((c) => c.code)).toEqual(expect.arrayContaining(['4.3.1', '4.4.3']));
    }
  });

  it('is in Vietnamese order, with no task in a score table', () => {
    const names = summaries.map((s) => s.name);
    expect(names).toEqual([...names].sort(compareVi));
    expect(summaries.every((s) => s.tasks.length === 0 && s.coordinates.length === 0)).toBe(true);
  });

  it('every scored leaf with a lead is counted, the leaves without one are not', () => {
    const leavesWithLead = printedRows.filter(([code, , , , , lead]) => isLeaf(code) && lead.trim() !== '');
    const counted = new Set(summaries.flatMap((s) => s.criteria.map((c) => c.code)));
    expect([...counted].sort()).toEqual(leavesWithLead.map(([code]) => code).sort());
  });
});

describe('summarizeAgencies rules', () => {
  it('a leaf without a lead inherits the lead written on its parent, never counted twice', () => {
    const lines: LineSpec[] = [
      { code: '2.2', name: 'Tác động của cải cách đến chất lượng văn bản', max: 3, score: 2, lead: 'Sở Tư pháp' },
      { code: '2.2.1', name: 'Tính đồng bộ thống nhất của hệ thống văn bản', max: 1.5, score: 1 },
      { code: '2.2.2', name: 'Tính khả thi của hệ thống văn bản', max: 1.5, score: 1, lead: 'Sở Tư pháp' },
    ];
    const table = tableFromLines(lines);
    const [justice] = summarizeAgencies(table, scoreTable(table, smallIndex()).lines);
    expect(justice).toMatchObject({ name: 'Sở Tư pháp', totals: { count: 2, max: fixed(3), score: fixed(2), lost: fixed(1) } });
  });

  it('task tables give tasks and coordination; groups stay their own entries, after the agencies', () => {
    const lines: LineSpec[] = [
      {
        code: '1.1',
        name: 'Kế hoạch CCHC năm',
        task: 'Ban hành Kế hoạch CCHC năm 2020',
        product: 'Kế hoạch',
        lead: 'Sở Nội vụ',
        coordinating: 'Các sở, ban, ngành, UBND cấp huyện',
        deadline: 'Quý IV',
      },
      {
        code: '1.6',
        name: 'Nhiệm vụ Chính phủ giao',
        task: 'Theo dõi nhiệm vụ',
        lead: 'Văn phòng UBND tỉnh; Sở Nội vụ',
        coordinating: 'Sở Nội vụ, Sở Tư pháp',
        deadline: 'Trong năm 2020',
      },
    ];
    const summaries = summarizeAgencies(tableFromLines(lines, { shape: 'task' }), []);
    expect(summaries.map((s) => [s.name, s.kind])).toEqual([
      ['Sở Nội vụ', 'agency'],
      ['Sở Tư pháp', 'agency'],
      ['Văn phòng UBND tỉnh', 'agency'],
      ['Sở, ban, ngành cấp tỉnh', 'group'],
      ['UBND cấp huyện', 'group'],
    ]);
    const home = summaries[0]!;
    expect(home.tasks.map((t) => [t.codes, t.task, partnersOf(t, home.name)])).toEqual([
      [['1.1'], 'Ban hành Kế hoạch CCHC năm 2020', ['Sở, ban, ngành cấp tỉnh', 'UBND cấp huyện']],
      [['1.6'], 'Theo dõi nhiệm vụ', ['Văn phòng UBND tỉnh', 'Sở Tư pháp']],
    ]);
    // Named as lead and as coordinator on one row, it leads.
    expect(home.coordinates).toEqual([]);
    expect(home.tasks[0]!.deadline).toMatchObject({ raw: 'Quý IV', kind: 'quarter' });
    expect(home.tasks[0]!.deadline).not.toHaveProperty('cell');
    expect(home.tasks[0]).toMatchObject({ criterion: 'Kế hoạch CCHC năm', product: 'Kế hoạch' });
    expect(summaries[1]!.coordinates.map((t) => t.row)).toEqual([home.tasks[1]!.row]);
    expect(summaries[3]!.coordinates.map((t) => t.codes)).toEqual([['1.1']]);
    expect(home.criteria).toEqual([]);
  });
});
