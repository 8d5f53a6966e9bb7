import { analyze } from '../../../src/domain/engine';
import type { Finding } from '../../../src/domain/check/types';
import { translator } from '../../../src/i18n';
import { gridFromRows, type BuilderValue } from '../../support/grid-builder';

/*
 * Area 1 of the 2022-2030 index as a province's score table types it: QĐ 876/QĐ-BNV fixes the area
 * at 9.5 points and nothing below it, so the criteria's maxima are the table's own (the figures
 * below are illustrative, not the ministry's guidance). They add up: 1.3 = 0.75 + 0.75, and
 * 1.5 + 1 + 1.5 + 1.5 + 1.5 + 1 + 1.5 = 9.5.
 */
const HEADER: BuilderValue[] = ['STT', 'Lĩnh vực, tiêu chí', 'Điểm tối đa', 'Điểm năm 2023'];
const AREA_ROW: BuilderValue[] = ['1', 'Công tác chỉ đạo, điều hành cải cách hành chính', 9.5, 8.75];
const CRITERIA: BuilderValue[][] = [
  ['1.1', 'Thực hiện kế hoạch cải cách hành chính', 1.5, 1.5],
  ['1.2', 'Thực hiện chế độ báo cáo cải cách hành chính định kỳ', 1, 1],
  ['1.3', 'Kiểm tra cải cách hành chính', 1.5, 1.25],
  ['1.3.1', 'Tỷ lệ cơ quan chuyên môn cấp tỉnh và đơn vị hành chính cấp huyện được kiểm tra trong năm', 0.75, 0.5],
  ['1.3.2', 'Xử lý các vấn đề phát hiện qua kiểm tra', 0.75, 0.75],
  ['1.4', 'Công tác tuyên truyền cải cách hành chính', 1.5, 1.5],
  ['1.5', 'Đổi mới, sáng tạo trong triển khai nhiệm vụ cải cách hành chính', 1.5, 1],
  ['1.6', 'Đối thoại của lãnh đạo tỉnh với người dân, doanh nghiệp', 1, 1],
  ['1.7', 'Thực hiện nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao', 1.5, 1.5],
];

function findings(rows: BuilderValue[][]): Finding[] {
  const result = analyze(gridFromRows([HEADER, ...rows], { sheet: 'Điểm 2023' }), { criteria: 'par-2022' });
  if (!result.ok) throw new Error('no table');
  return [...result.analysis.findings];
}

const of = (list: readonly Finding[], rule: Finding['rule']) => list.filter((f) => f.rule === rule);
const vi = translator('vi');
const en = translator('en');

function withMax(rows: BuilderValue[][], code: string, max: number): BuilderValue[][] {
  return rows.map((r) => (r[0] === code ? [r[0], r[1], max, r[3] ?? null] : r));
}

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
      'Điểm tối đa của 9 tiêu chí, tiêu chí thành phần được lấy từ cột “Điểm tối đa” của sheet “Điểm 2023”: Quyết định 876/QĐ-BNV ngày 10/11/2022 của Bộ Nội vụ chỉ quy định điểm tối đa đến cấp lĩnh vực. Các điểm này được kiểm tra cộng đúng lên từng lĩnh vực.',
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
