import { analyze } from '../../../../src/domain/engine';
import { criteriaSetFromGrid } from '../../../../src/domain/criteria/custom';
import { getCriteriaSet } from '../../../../src/domain/criteria';
import { gridFromRows, type BuilderValue } from '../../../support/grid-builder';

const HEADER: BuilderValue[] = ['Mã', 'Tên tiêu chí', 'Điểm tối đa', 'Nguồn điểm'];

const ownIndex = criteriaSetFromGrid(
  gridFromRows(
    [
      ['Tên bộ tiêu chí', 'Chỉ số CCHC cấp sở 2024'],
      HEADER,
      ['1', 'Công tác chỉ đạo, điều hành', 10],
      ['1.1', 'Kế hoạch cải cách hành chính', 4],
      ['1.2', 'Báo cáo cải cách hành chính', 6],
      ['2', 'Mức độ hài lòng của người dân', 90],
    ],
    { sheet: 'Bộ tiêu chí' },
  ),
).set!;

const scoreSheet = (rows: BuilderValue[][]) =>
  gridFromRows([['STT', 'Tiêu chí', 'Điểm tối đa', 'Điểm đạt'], ...rows], { sheet: 'Sở Tư pháp' });

describe('analyze with a custom set', () => {
  it('checks the sheet against the custom tree and says the set was custom', () => {
    const result = analyze(
      scoreSheet([
        ['1', 'Công tác chỉ đạo, điều hành', 10, 9],
        ['1.1', 'Kế hoạch cải cách hành chính', 5, 4],
        ['1.2', 'Báo cáo cải cách hành chính', 6, 5],
        ['2', 'Mức độ hài lòng của người dân', 90, 80],
      ]),
      { criteria: ownIndex },
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.analysis.criteria).toBe(ownIndex);
    expect(result.analysis.criteriaChosenBy).toBe('custom');
    const maxFindings = result.analysis.findings.filter((f) => f.rule === 'max-mismatch');
    expect(maxFindings.map((f) => [f.code, f.params.expected])).toEqual([['1.1', '4']]);
  });

  it('still takes a built-in id or the built-in set object as a forced choice', () => {
    const grid = scoreSheet([['1', 'Công tác chỉ đạo, điều hành cải cách hành chính', 9.5, 9]]);
    const byId = analyze(grid, { criteria: 'par-2022' });
    const byObject = analyze(grid, { criteria: getCriteriaSet('par-2022') });
    expect(byId.ok && byId.analysis.criteriaChosenBy).toBe('forced');
    expect(byObject.ok && byObject.analysis.criteriaChosenBy).toBe('forced');
  });

  it('does not call a province’s own codes a mix of the national methodologies', () => {
    // Codes 2.4.1-2.4.4 exist only in 2017, 7.3.6/8.5 only in 2022: a mix against the built-in sets.
    const rows: BuilderValue[][] = [
      ['2.4.1', 'Tính đồng bộ, thống nhất của hệ thống VBQPPL', 1, 1],
      ['2.4.2', 'Tính hợp lý của các VBQPPL', 1, 1],
      ['2.4.3', 'Tính khả thi của các VBQPPL', 1, 1],
      ['7.3.6', 'Tỷ lệ hồ sơ trực tuyến toàn trình', 1, 1],
      ['7.3.7', 'Tỷ lệ hồ sơ thanh toán trực tuyến', 1, 1],
      ['8.5', 'Mức độ thực hiện các chỉ tiêu phát triển kinh tế - xã hội do HĐND tỉnh giao', 1, 1],
    ];
    const builtIn = analyze(scoreSheet(rows));
    expect(builtIn.ok && builtIn.analysis.findings.filter((f) => f.rule === 'mixed-methodology')).toHaveLength(1);
    const custom = analyze(scoreSheet(rows), { criteria: ownIndex });
    expect(custom.ok && custom.analysis.findings.filter((f) => f.rule === 'mixed-methodology')).toHaveLength(0);
  });
});
