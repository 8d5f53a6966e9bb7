import { analyze } from '../../../src/domain/engine';
import type { Finding } from '../../../src/domain/check/types';
import { translator } from '../../../src/i18n';
import { AREA_ONE_CRITERIA, AREA_ONE_HEADER, AREA_ONE_ROW, withMax } from '../../support/area-one-2022';
import { gridFromRows, type BuilderValue } from '../../support/grid-builder';

const HEADER = AREA_ONE_HEADER;
const AREA_ROW = AREA_ONE_ROW;
const CRITERIA = AREA_ONE_CRITERIA;

function findings(rows: BuilderValue[][]): Finding[] {
  const result = analyze(gridFromRows([HEADER, ...rows], { sheet: 'Điểm 2023' }), { criteria: 'par-2022' });
  if (!result.ok) throw new Error('no table');
  return [...result.analysis.findings];
}

const of = (list: readonly Finding[], rule: Finding['rule']) => list.filter((f) => f.rule === rule);
const vi = translator('vi');
const en = translator('en');


describe('maxima below area level, from the table', () => {
  it('says once that they come from the table, and finds nothing wrong where they add up', () => {
    const list = findings([AREA_ROW, ...CRITERIA]);
    expect(of(list, 'max-sum-mismatch')).toEqual([]);
    expect(of(list, 'subtotal-mismatch')).toEqual([]);
    const info = of(list, 'maxima-from-table');
    expect(info).toHaveLength(1);
    expect(info[0]).toMatchObject({ severity: 'info', cell: 'A1', sheet: 'Điểm 2023' });
    // 7 criteria and 2 sub-criteria carry maxima the decision does not set.
    expect(vi(info[0]!.messageKey, info[0]!.params)).toBe(
      'Điểm tối đa của 9 tiêu chí, tiêu chí thành phần được lấy từ cột “Điểm tối đa” của sheet “Điểm 2023”, vì Quyết định 876/QĐ-BNV ngày 10/11/2022 của Bộ Nội vụ không quy định điểm tối đa của các mục này. Các điểm đó được kiểm tra cộng đúng lên tiêu chí cha và lĩnh vực.',
    );
  });

  it('max-sum-mismatch where a criterion’s maximum is not the sum of its sub-criteria’s', () => {
    // 1.3.2 typed 0.5: 0.75 + 0.5 = 1.25, not 1.5 (C5 holds 1.3's maximum). Area 1 then adds
    // 1.5 + 1 + 1.5 + ... = 9.5 still: only the one finding.
    const list = findings([AREA_ROW, ...withMax(CRITERIA, '1.3.2', 0.5)]);
    const sums = of(list, 'max-sum-mismatch');
    expect(sums.map((f) => [f.cell, f.severity, f.code, f.expected, f.actual])).toEqual([['C5', 'error', '1.3', '1.25', '1.5']]);
    expect(vi(sums[0]!.messageKey, sums[0]!.params)).toBe(
      'Điểm tối đa của tiêu chí 1.3 (sheet “Điểm 2023”, ô C5) ghi 1,5 nhưng điểm tối đa các tiêu chí thành phần cộng lại là 1,25 (lệch 0,25).',
    );
    expect(en(sums[0]!.messageKey, sums[0]!.params)).toBe(
      'The maximum of criterion 1.3 (sheet “Điểm 2023”, cell C5) states 1.5 but the maxima of its sub-criteria add up to 1.25 (off by 0.25).',
    );
    expect(of(list, 'subtotal-mismatch')).toEqual([]);
  });

  it('max-sum-mismatch where the criteria do not make up the area row’s maximum', () => {
    // 1.7 typed 1: the criteria add up to 9, the area row states 9.5 (C2).
    const list = findings([AREA_ROW, ...withMax(CRITERIA, '1.7', 1)]);
    const sums = of(list, 'max-sum-mismatch');
    expect(sums.map((f) => [f.cell, f.messageKey, f.expected, f.actual])).toEqual([['C2', 'finding.max-sum-mismatch.area', '9', '9.5']]);
  });

  it('without an area row, the criteria must still make up the decision’s area maximum', () => {
    const list = findings(withMax(CRITERIA, '1.7', 1));
    const sums = of(list, 'max-sum-mismatch');
    expect(sums.map((f) => [f.cell, f.code, f.expected, f.actual])).toEqual([['C2', '1', '9.5', '9']]);
    expect(vi(sums[0]!.messageKey, sums[0]!.params)).toBe(
      'Điểm tối đa các tiêu chí của lĩnh vực 1 trên sheet “Điểm 2023” (cột “Điểm tối đa”, từ ô C2) cộng lại là 9, khác điểm tối đa 9,5 của lĩnh vực theo Quyết định 876/QĐ-BNV ngày 10/11/2022 của Bộ Nội vụ (lệch 0,5).',
    );
    expect(findings(CRITERIA).filter((f) => f.rule === 'max-sum-mismatch')).toEqual([]);
  });

  it('does not hold a table of a few criteria to the whole area', () => {
    expect(of(findings(CRITERIA.slice(0, 3)), 'max-sum-mismatch')).toEqual([]);
  });

  it('says nothing about the table’s maxima when it has none below the areas', () => {
    expect(of(findings([AREA_ROW]), 'maxima-from-table')).toEqual([]);
  });
});
