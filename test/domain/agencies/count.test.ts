import { countAgencies, summarizeAgencies } from '../../../src/domain/agencies';
import { analyze } from '../../../src/domain/engine';
import { scoreTable } from '../../../src/domain/score';
import { asGrid, generateScoreSheet, generateTaskSheet } from '../../support/generate-plan';
import { daklak2020Index, daklak2020Table, tableFromLines, type LineSpec } from '../check/builders';
import { smallIndex } from '../check/small-tree';

describe('countAgencies', () => {
  it('counts agencies and groups of a task table as written: coordinators too, a lead named twice once', () => {
    const lines: LineSpec[] = [
      { code: '1.1', name: 'Kế hoạch CCHC năm', task: 'Ban hành Kế hoạch', lead: 'Sở Nội vụ', coordinating: 'Các sở, ban, ngành, UBND cấp huyện' },
      { code: '1.6', name: 'Nhiệm vụ Chính phủ giao', task: 'Theo dõi', lead: 'Văn phòng UBND tỉnh; Sở Nội vụ', coordinating: 'Sở Nội vụ, Sở Tư pháp' },
    ];
    // By hand: agencies Sở Nội vụ, Văn phòng UBND tỉnh, Sở Tư pháp; groups "Sở, ban, ngành cấp tỉnh" and "UBND cấp huyện".
    expect(countAgencies(tableFromLines(lines, { shape: 'task' }), [])).toEqual({ agencies: 3, groups: 2 });
  });

  it('counts on a score table only the agencies leading a scored leaf, inherited from the parent when blank', () => {
    const lines: LineSpec[] = [
      { code: '2.2', name: 'Tác động của cải cách đến chất lượng văn bản', max: 3, score: 2, lead: 'Sở Tư pháp' },
      { code: '2.2.1', name: 'Tính đồng bộ thống nhất của hệ thống văn bản', max: 1.5, score: 1 },
      { code: '2.2.2', name: 'Tính khả thi của hệ thống văn bản', max: 1.5, score: 1, lead: 'Sở Tư pháp' },
    ];
    const table = tableFromLines(lines);
    expect(countAgencies(table, scoreTable(table, smallIndex()).lines)).toEqual({ agencies: 1, groups: 0 });
  });

  it('agrees with the summary it stands in for, on Phụ lục I and on generated task and score tables', () => {
    const table = daklak2020Table();
    const { lines } = scoreTable(table, daklak2020Index());
    const tables = [{ table, lines }];
    for (const sheet of [generateTaskSheet(600), generateScoreSheet(600)]) {
      const result = analyze(asGrid(sheet));
      if (!result.ok) throw new Error(`generated table "${sheet.name}" not read`);
      tables.push({ table: result.analysis.table, lines: [...result.analysis.lines] });
    }
    for (const { table: t, lines: l } of tables) {
      const summaries = summarizeAgencies(t, l);
      const agencies = summaries.filter((s) => s.kind === 'agency').length;
      expect(agencies).toBeGreaterThan(0);
      expect(countAgencies(t, l)).toEqual({ agencies, groups: summaries.length - agencies });
    }
  });
});

describe('analyze: the agency summary', () => {
  it('is made on first read and the same list after, equal to summarizeAgencies', () => {
    const result = analyze(asGrid(generateTaskSheet(200)));
    if (!result.ok) throw new Error('generated task table not read');
    const { analysis } = result;
    const first = analysis.agencies;
    expect(first.length).toBeGreaterThan(0);
    expect(analysis.agencies).toBe(first);
    expect(first).toEqual(summarizeAgencies(analysis.table, analysis.lines));
    // A copy (as reports and the pane make) carries the list itself.
    expect({ ...analysis }.agencies).toBe(first);
  });
});
