import { criteriaSetFromJson } from '../../../src/domain/criteria/custom';
import { analyze } from '../../../src/domain/engine';
import type { Finding } from '../../../src/domain/check/types';
import { translator } from '../../../src/i18n';
import { gridFromRows, type BuilderValue } from '../../support/grid-builder';
import { HA_TINH_2023_ROWS, DAKLAK_2020_ROWS, VINH_PHUC_2024_ROWS, type Row } from '../criteria/fixtures';

/** A task table (criterion | task | lead) from code/name rows as the plans print them. */
function taskFindings(rows: readonly Row[], options: Parameters<typeof analyze>[1] = {}): Finding[] {
  const grid = gridFromRows([
    ['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2024'],
    ['STT', 'Tiêu chí', 'Nhiệm vụ, giải pháp', 'Cơ quan chủ trì'],
    ...rows.map(([code, name]): BuilderValue[] => [code, name, 'Triển khai theo kế hoạch', 'Sở Nội vụ']),
  ]);
  const result = analyze(grid, options);
  if (!result.ok) throw new Error('no table');
  return [...result.analysis.findings];
}

const of = (findings: readonly Finding[], rule: Finding['rule']) => findings.filter((f) => f.rule === rule);

describe('methodology help', () => {
  it('names the QĐ 876 code of every row printed in Kế hoạch Vĩnh Phúc 2024’s renumbering, without calling the sheet mixed', () => {
    const findings = taskFindings(VINH_PHUC_2024_ROWS);
    expect(of(findings, 'mixed-methodology')).toEqual([]);
    expect(of(findings, 'renumbered-code').map((f) => [f.cell, f.actual, f.expected])).toEqual([
      ['A7', '2.4', '2.5'],
      ['A13', '7.3.2', '7.3.3'],
      ['A14', '7.3.4', '7.3.5'],
      ['A15', '7.3.5', '7.3.6'],
      ['A16', '7.3.6', '7.3.7'],
      ['A18', '8.4', '8.5'],
    ]);
    const en = translator('en');
    const f = of(findings, 'renumbered-code')[2]!;
    expect(f.severity).toBe('info');
    expect(en(f.messageKey, f.params)).toBe(
      `Code 7.3.4 follows another numbering; in “${f.params.set}” the criterion “Tỷ lệ dịch vụ công trực tuyến toàn trình” is 7.3.5.`,
    );
    // Rows read as meant: no name is called wrong.
    expect(of(findings, 'name-mismatch')).toEqual([]);
  });

  it('says once, clearly, that a workbook mixes Kế hoạch Vĩnh Phúc 2024’s and Kế hoạch Hà Tĩnh 2023’s numbering', () => {
    const findings = taskFindings([...VINH_PHUC_2024_ROWS, ...HA_TINH_2023_ROWS]);
    const mixed = of(findings, 'mixed-methodology');
    expect(mixed).toHaveLength(1);
    expect(mixed[0]!.messageKey).toBe('finding.mixed-methodology.numbering');
    expect(translator('vi')(mixed[0]!.messageKey, mixed[0]!.params)).toContain('hai cách đánh số bộ tiêu chí 2022–2030');
    // Kế hoạch Hà Tĩnh 2023's own rows (canonical codes) are not called renumbered.
    expect(of(findings, 'renumbered-code').map((f) => f.row).every((row) => row <= 2 + VINH_PHUC_2024_ROWS.length)).toBe(true);
  });

  it('gives a clean 2022 score table no mixed-methodology warning: rows without a name and the total row are no evidence', () => {
    // The area figures for 2023 in Kế hoạch Vĩnh Phúc 2024, two criteria only 2022 has, and SIPAS
    // sub-criteria typed without their names (codes the 2017 tree has and the 2022 copy lacks).
    const grid = gridFromRows([
      ['KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2023'],
      ['STT', 'Lĩnh vực, tiêu chí', 'Điểm tối đa', 'Điểm năm 2023'],
      ['1', 'Công tác chỉ đạo, điều hành cải cách hành chính', 9.5, 8.82],
      ['1.7', 'Thực hiện nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao', null, 1],
      ['2', 'Cải cách thể chế', 10, 8.53],
      ['2.5', 'Phổ biến giáo dục pháp luật', null, 1],
      ['8', 'Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế - xã hội', 16.5, 12],
      ['8.1', 'Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS)', 10, 8],
      ['8.1.1', '', 5, 4],
      ['8.1.2', '', 5, 4],
      ['', 'TỔNG ĐIỂM', 36, 29.35],
    ]);
    const result = analyze(grid);
    if (!result.ok) throw new Error('no table');
    expect(result.analysis.criteria.id).toBe('par-2022');
    expect(of([...result.analysis.findings], 'mixed-methodology')).toEqual([]);
  });

  it('says once that a workbook mixes the 2017 and 2022 methodologies', () => {
    const findings = taskFindings([...HA_TINH_2023_ROWS, ...DAKLAK_2020_ROWS]);
    const mixed = of(findings, 'mixed-methodology');
    expect(mixed).toHaveLength(1);
    expect(mixed[0]!.messageKey).toMatch(/^finding\.mixed-methodology\.par-20(17|22)$/);
    expect(mixed[0]!.cell).toBe('A2');
  });

  it('names the two sets a mixed table takes its codes from, in Vietnamese and English', () => {
    const rows = [...HA_TINH_2023_ROWS, ...DAKLAK_2020_ROWS.slice(0, 8)];
    const [detected] = of(taskFindings(rows), 'mixed-methodology');
    expect(detected!.messageKey).toBe('finding.mixed-methodology.par-2022');
    expect(translator('vi')(detected!.messageKey, detected!.params)).toBe(
      'Bảng lẫn mã và tên của hai bộ tiêu chí, PAR INDEX 2022–2030 và PAR INDEX 2017–2020; đang đối chiếu theo bộ PAR INDEX 2022–2030.',
    );
    expect(translator('en')(detected!.messageKey, detected!.params)).toBe(
      'The table mixes codes and names of two criteria sets, PAR INDEX 2022–2030 and PAR INDEX 2017–2020; checking against PAR INDEX 2022–2030.',
    );
    // Checked by hand against the fewer rows' set: the other set named is the one detected.
    const [forced] = of(taskFindings(rows, { criteria: 'par-2017' }), 'mixed-methodology');
    expect(translator('en')(forced!.messageKey, forced!.params)).toBe(
      'The table mixes codes and names of two criteria sets, PAR INDEX 2017–2020 and PAR INDEX 2022–2030; checking against PAR INDEX 2017–2020.',
    );
  });

  it('names a custom set by its title, beside the methodology it follows and the other set', () => {
    const json = { id: 'so-noi-vu-2024', title: 'Bộ chỉ số của Sở Nội vụ 2024', extends: 'par-2022', nodes: [] };
    const custom = criteriaSetFromJson(JSON.stringify(json), 'so.json').set!;
    const rows = [...HA_TINH_2023_ROWS, ...DAKLAK_2020_ROWS.slice(0, 8)];
    const [mixed] = of(taskFindings(rows, { criteria: custom }), 'mixed-methodology');
    expect(mixed!.messageKey).toBe('finding.mixed-methodology.custom');
    expect(translator('vi')(mixed!.messageKey, mixed!.params)).toBe(
      'Bảng lẫn mã và tên của hai bộ tiêu chí, PAR INDEX 2022–2030 và PAR INDEX 2017–2020; đang đối chiếu theo bộ “Bộ chỉ số của Sở Nội vụ 2024”.',
    );
    expect(translator('en')(mixed!.messageKey, mixed!.params)).toBe(
      'The table mixes codes and names of two criteria sets, PAR INDEX 2022–2030 and PAR INDEX 2017–2020; checking against “Bộ chỉ số của Sở Nội vụ 2024”.',
    );
  });

  it('names the code whose name a row carries, even when the names share the usual words', () => {
    // Three rows are too few to tell the methodologies apart (both have these names): use QĐ 876's.
    const findings = taskFindings(
      [
      ['1.3', 'Công tác tuyên truyền cải cách hành chính'], // 1.4's name
      ['3.4', 'Kết quả giải quyết hồ sơ thủ tục hành chính'], // right
      ['3.3', 'Kiểm soát quy định thủ tục hành chính'], // 3.1's name
      ],
      { criteria: 'par-2022' },
    );
    const names = of(findings, 'name-mismatch');
    expect(names.map((f) => [f.code, f.params.suggestedCode, f.severity])).toEqual([
      ['1.3', '1.4', 'warning'],
      ['3.3', '3.1', 'warning'],
    ]);
    expect(translator('vi')(names[0]!.messageKey, names[0]!.params)).toBe(
      'Tên “Công tác tuyên truyền cải cách hành chính” không khớp với 1.3 (“Kiểm tra cải cách hành chính”) mà khớp với 1.4 “Công tác tuyên truyền cải cách hành chính”; kiểm tra lại mã.',
    );
  });

  it('keeps silent on a row whose name is a shortened or printed wording of its own node', () => {
    const findings = taskFindings([
      ['1.1', 'Thực hiện Kế hoạch CCHC năm 2022 đạt 98,2% (56/57 nhiệm vụ)'],
      ['1.7', 'Thực hiện các nhiệm vụ do Chính phủ giao'],
      ['4.1.6', 'Tình hình thực hiện Quy chế làm việc của UBND tỉnh'],
    ]);
    expect(of(findings, 'name-mismatch')).toEqual([]);
  });
});
