import { fixed, sumFixed, type Fixed } from '../../../src/domain/fixed';
import { scoreTable } from '../../../src/domain/score';
import type { ScoreLine } from '../../../src/domain/score/types';
import { daklak2020Index, daklak2020Table, tableFromLines, type LineSpec } from '../check/builders';
import { DAKLAK_2020_ROWS } from '../check/daklak-2020';
import { smallIndex } from '../check/small-tree';

const printedRows = DAKLAK_2020_ROWS.filter(([code]) => code !== '');
const isLeaf = (code: string) => !printedRows.some(([other]) => other.startsWith(`${code}.`));
const pointsOf = (values: number[]): Fixed => sumFixed(values.map((v) => fixed(v)));

describe('scoreTable on Kế hoạch Đắk Lắk 2020, Phụ lục I', () => {
  const { lines, totals } = scoreTable(daklak2020Table(), daklak2020Index());
  const line = (code: string): ScoreLine => lines.find((l) => l.code === code)!;

  it('has one line per coded row, in sheet order', () => {
    expect(lines.map((l) => l.code)).toEqual(printedRows.map(([code]) => code));
  });

  it('gives each parent the exact sum of its direct children', () => {
    expect(line('2').childSum).toEqual({ max: fixed(10), score: fixed(8.66), target: fixed(9.4) });
    expect(line('2').childRows).toEqual(['2.1', '2.2', '2.3', '2.4'].map((c) => line(c).row));
    expect(line('2.4').childSum?.score).toBe(pointsOf([0.78, 0.79, 1.04, 1.05]));
    expect(line('2.4.1').childSum).toBeNull();
    expect(line('2.4.1').childRows).toEqual([]);
  });

  it('computes gaps per row: lost, gap to target, percent of max', () => {
    expect(line('2')).toMatchObject({ lost: fixed(1.33), gapToTarget: fixed(0.73), percent: 86.7, level: 'area', area: '2' });
    expect(line('2.4.1')).toMatchObject({ lost: fixed(0.22), gapToTarget: fixed(0.12), percent: 78, kind: 'leader-survey' });
    expect(line('5.4').percent).toBe(33.33);
  });

  it('totals: the stated total row, the sum of the areas, and what is lost', () => {
    expect(totals.stated).toEqual({ max: fixed(100), score: fixed(79.53), target: fixed(92.81), row: daklak2020Table().rows.at(-1)!.row });
    expect(totals.recomputed).toEqual({ max: fixed(100), score: fixed(79.53), target: fixed(92.81) });
    expect(totals.lost).toBe(fixed(20.47));
    expect(totals.gapToTarget).toBe(fixed(13.28));
  });

  it('totals by area keep the stated value next to the recomputed one', () => {
    expect(totals.byArea.map((a) => a.code)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    const area4 = totals.byArea.find((a) => a.code === '4')!;
    expect(area4).toMatchObject({ score: fixed(7.74), lost: fixed(4.26), row: line('4').row, name: 'CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH' });
    expect(area4.recomputed.score).toBe(fixed(7.73));
  });

  it('totals by kind add the leaves with the tree kind', () => {
    const byKind = Object.fromEntries(totals.byKind.map((k) => [k.kind, k]));
    const leavesOf = (pattern: RegExp) => printedRows.filter(([code]) => isLeaf(code) && pattern.test(code));
    const survey = leavesOf(/^(2\.4|4\.4|5\.8|5\.9|6\.4|7\.5)\./);
    expect(byKind['leader-survey']?.max).toBe(pointsOf(survey.map((r) => r[2])));
    expect(byKind['leader-survey']?.score).toBe(pointsOf(survey.map((r) => r[3])));
    expect(byKind['sipas']).toMatchObject({ max: fixed(10), score: fixed(7.54), target: fixed(8.2) });
    expect(sumFixed(totals.byKind.map((k) => k.max!))).toBe(fixed(100));
    expect(sumFixed(totals.byKind.map((k) => k.score!))).toBe(pointsOf(printedRows.filter(([c]) => isLeaf(c)).map((r) => r[3])));
  });
});

describe('scoreTable on other tables', () => {
  it('a task table has no lines', () => {
    const table = tableFromLines([{ code: '1.1', name: 'Kế hoạch', task: 'Ban hành' }], { shape: 'task' });
    const { lines, totals } = scoreTable(table, smallIndex());
    expect(lines).toEqual([]);
    expect(totals.byArea).toEqual([]);
    expect(totals.recomputed).toEqual({ max: null, score: null, target: null });
  });

  it('without area rows, areas and the total come from the criteria', () => {
    const lines: LineSpec[] = [
      { code: '1.1', name: 'Kế hoạch cải cách hành chính năm', max: 2, score: 1.5 },
      { code: '1.2', name: 'Chế độ báo cáo định kỳ', max: 1, score: 0.25 },
      { code: '2.1', name: 'Theo dõi thi hành pháp luật tại địa phương', max: 1, score: 1 },
    ];
    const { totals } = scoreTable(tableFromLines(lines), smallIndex());
    expect(totals.recomputed).toEqual({ max: fixed(4), score: fixed(2.75), target: null });
    expect(totals.stated).toEqual({ max: null, score: null, target: null, row: null });
    expect(totals.byArea.map((a) => [a.code, a.row, a.score, a.name])).toEqual([
      ['1', null, fixed(1.75), 'Công tác chỉ đạo điều hành'],
      ['2', null, fixed(1), 'Xây dựng và thi hành văn bản quy phạm pháp luật'],
    ]);
    expect(totals.lost).toBe(fixed(1.25));
  });

  it('a row outside every area of the set is left out of the areas and the total', () => {
    const lines: LineSpec[] = [
      { code: '1', name: 'Công tác chỉ đạo điều hành', max: 5, score: 4 },
      { code: '1.1', name: 'Kế hoạch cải cách hành chính năm', max: 5, score: 4 },
      { code: '9.1', name: 'Mức độ hài lòng của doanh nghiệp', max: 1, score: 0.75 },
      { code: '9.1.1', name: 'Mục con', max: 1, score: 0.75 },
      { name: 'Tổng cộng', max: 5, score: 4 },
    ];
    const { totals } = scoreTable(tableFromLines(lines), smallIndex());
    expect(totals.recomputed).toEqual({ max: fixed(5), score: fixed(4), target: null });
    expect(totals.byArea.map((a) => a.code)).toEqual(['1']);
  });

  it('a sum with a missing value is unknown, not partial', () => {
    const lines: LineSpec[] = [
      { code: '1', name: 'Công tác chỉ đạo điều hành', max: 5, score: 4 },
      { code: '1.1', name: 'Kế hoạch cải cách hành chính năm', max: 2, score: 1.5 },
      { code: '1.2', name: 'Chế độ báo cáo định kỳ', max: 1 },
    ];
    const { lines: out } = scoreTable(tableFromLines(lines), smallIndex());
    expect(out[0]!.childSum).toEqual({ max: fixed(3), score: null, target: null });
    expect(out[2]).toMatchObject({ lost: null, percent: null, gapToTarget: null });
  });

  it('a code the tree lacks takes its kind from the nearest known ancestor', () => {
    const lines: LineSpec[] = [{ code: '2.2.7', name: 'Mục mới', max: 1, score: 0.5 }];
    const { lines: out, totals } = scoreTable(tableFromLines(lines), smallIndex());
    expect(out[0]).toMatchObject({ kind: 'leader-survey', level: 'subcriterion', area: '2', percent: 50 });
    expect(totals.byKind).toEqual([{ kind: 'leader-survey', max: fixed(1), score: fixed(0.5), target: null }]);
  });
});
