import { checkTable } from '../../../src/domain/check';
import type { Finding, RuleId } from '../../../src/domain/check/types';
import { fixed } from '../../../src/domain/fixed';
import { scoreTable } from '../../../src/domain/score';
import { translator } from '../../../src/i18n';
import { indexFromNodes, tableFromLines, type LineSpec } from './builders';
import { SMALL_NODES, smallIndex } from './small-tree';

/** Area 1 of the small tree, consistent: 2 + 1 + 2 = 5 max, 1.5 + 0.5 + 2 = 4 score, 2 + 1 + 2 = 5 target. */
const AREA_1: LineSpec[] = [
  { code: '1', name: 'Công tác chỉ đạo điều hành', max: 5, score: 4, target: 5 },
  { code: '1.1', name: 'Kế hoạch cải cách hành chính năm', max: 2, score: 1.5, target: 2, lead: 'Sở Nội vụ' },
  { code: '1.2', name: 'Chế độ báo cáo định kỳ', max: 1, score: 0.5, target: 1, lead: 'Sở Nội vụ' },
  { code: '1.3', name: 'Kiểm tra cải cách hành chính', max: 2, score: 2, target: 2, lead: 'Sở Nội vụ' },
];

function check(lines: LineSpec[], options: Parameters<typeof checkTable>[2] = {}, shape: 'score' | 'task' = 'score'): Finding[] {
  return checkTable(tableFromLines(lines, { shape }), smallIndex(), options);
}

function only(findings: Finding[], rule: RuleId): Finding[] {
  return findings.filter((f) => f.rule === rule);
}

function edit(lines: LineSpec[], code: string, patch: Partial<LineSpec>): LineSpec[] {
  return lines.map((l) => (l.code === code ? { ...l, ...patch } : l));
}

describe('a consistent table', () => {
  it('has no findings beyond the info about areas it leaves out', () => {
    expect(check(AREA_1).map((f) => [f.rule, f.code])).toEqual([
      ['missing-criterion', '2'],
      ['missing-criterion', '3'],
    ]);
  });
});

describe('codes', () => {
  it('unknown-code is an error in a score table and a warning in a task table', () => {
    const [score] = only(check([...AREA_1, { code: '9.9', name: 'Không có', max: 1 }]), 'unknown-code');
    expect(score).toMatchObject({ severity: 'error', code: '9.9', messageKey: 'finding.unknown-code', cell: 'A8' });
    const [task] = only(check([{ code: '9.9', name: 'Không có', task: 'Làm gì đó', lead: 'Sở Nội vụ' }], {}, 'task'), 'unknown-code');
    expect(task).toMatchObject({ severity: 'warning', code: '9.9' });
  });

  it('unknown-code suggests the code whose name the row carries', () => {
    const [f] = only(check([{ code: '9.9', name: 'Theo dõi thi hành pháp luật tại địa phương', max: 1 }]), 'unknown-code');
    expect(f).toMatchObject({ messageKey: 'finding.unknown-code.suggest', expected: '2.1', params: { suggestedCode: '2.1' } });
  });

  it('a deeper code under a known leaf, or any code under a known node of a partial tree, is only not in our copy', () => {
    const leaf = only(check([...AREA_1, { code: '1.1.5', name: 'Mục mới', max: 1 }]), 'code-not-in-copy');
    expect(leaf).toEqual([expect.objectContaining({ severity: 'warning', code: '1.1.5', params: expect.objectContaining({ parentCode: '1.1' }) })]);
    const open = SMALL_NODES.map((n) => (n.code.startsWith('2.2.') ? { ...n, max: null } : n));
    const partial = checkTable(tableFromLines([{ code: '2.2.9', name: 'Mục mới', max: 1 }]), indexFromNodes(open, { partial: true }));
    expect(only(partial, 'code-not-in-copy').map((f) => f.code)).toEqual(['2.2.9']);
    expect(only(partial, 'unknown-code')).toEqual([]);
  });

  it('even in a partial tree, a code is unknown where the known children already fill the maximum', () => {
    const partial = checkTable(tableFromLines([{ code: '2.2.9', name: 'Mục mới', max: 1 }]), smallIndex({ partial: true }));
    expect(only(partial, 'unknown-code').map((f) => [f.code, f.severity])).toEqual([['2.2.9', 'error']]);
    expect(only(partial, 'code-not-in-copy')).toEqual([]);
  });

  it('a code the copy lacks but whose name is another criterion\'s is an unknown code with a suggestion', () => {
    const lines: LineSpec[] = [{ code: '1.1.5', name: 'Theo dõi thi hành pháp luật tại địa phương', max: 1 }];
    const partial = checkTable(tableFromLines(lines), smallIndex({ partial: true }));
    expect(only(partial, 'unknown-code')).toEqual([
      expect.objectContaining({ code: '1.1.5', messageKey: 'finding.unknown-code.suggest', expected: '2.1' }),
    ]);
    // A name like its own parent's is no typo: the row may be a sub-criterion the copy lacks.
    const own = checkTable(tableFromLines([{ code: '1.1.5', name: 'Kế hoạch cải cách hành chính năm', max: 1 }]), smallIndex({ partial: true }));
    expect(only(own, 'code-not-in-copy').map((f) => f.code)).toEqual(['1.1.5']);
  });

  it('a code missing among the known children of a complete tree is unknown', () => {
    expect(only(check([{ code: '2.2.9', name: 'Mục mới', max: 1 }]), 'unknown-code').map((f) => f.severity)).toEqual(['error']);
  });

  it('duplicate-code points at the repeat and names the first cell', () => {
    const f = only(check([...AREA_1, { code: '1.2', name: 'Chế độ báo cáo định kỳ', max: 1, score: 1, lead: 'Sở Nội vụ' }]), 'duplicate-code');
    expect(f).toEqual([expect.objectContaining({ severity: 'error', cell: 'A8', code: '1.2', params: expect.objectContaining({ firstCell: 'A6' }) })]);
  });

  it('does not call repeated codes of a task table duplicates', () => {
    const lines: LineSpec[] = [
      { code: '1.1', name: 'Kế hoạch cải cách hành chính năm', task: 'Ban hành kế hoạch', lead: 'Sở Nội vụ', kind: 'criterion' },
      { code: '1.1', name: 'Kế hoạch cải cách hành chính năm', task: 'Theo dõi kế hoạch', lead: 'Sở Nội vụ', kind: 'criterion' },
    ];
    expect(check(lines, {}, 'task')).toEqual([]);
  });

  it('name-mismatch suggests the code whose name matches, as an error in a score table', () => {
    const [f] = only(check(edit(AREA_1, '1.2', { name: 'Theo dõi thi hành pháp luật tại địa phương' })), 'name-mismatch');
    expect(f).toMatchObject({
      severity: 'error',
      cell: 'B6',
      code: '1.2',
      messageKey: 'finding.name-mismatch.suggest',
      expected: 'Chế độ báo cáo định kỳ',
      actual: 'Theo dõi thi hành pháp luật tại địa phương',
      params: { suggestedCode: '2.1' },
    });
  });

  it('name-mismatch without a better match is a warning', () => {
    const [f] = only(check(edit(AREA_1, '1.2', { name: 'Một nội dung hoàn toàn khác' })), 'name-mismatch');
    expect(f).toMatchObject({ severity: 'warning', messageKey: 'finding.name-mismatch' });
  });

  it('accepts the same name in other case and without diacritics', () => {
    expect(only(check(edit(AREA_1, '1.2', { name: 'CHE DO BAO CAO DINH KY' })), 'name-mismatch')).toEqual([]);
  });

  it('reads a name around a colon: a label before it, or a target after it', () => {
    expect(only(check(edit(AREA_1, '1', { name: 'Lĩnh vực 1: Công tác chỉ đạo điều hành' })), 'name-mismatch')).toEqual([]);
    const task: LineSpec = { code: '1.1', name: 'Kế hoạch cải cách hành chính năm: ban hành đúng hạn, đạt 100%', task: 'Ban hành', lead: 'Sở Nội vụ' };
    expect(check([task], {}, 'task')).toEqual([]);
  });

  it('ambiguous-code when a code means two nodes and the name does not decide', () => {
    const [f] = only(check([{ code: '3.1', max: 2 }]), 'ambiguous-code');
    expect(f).toMatchObject({ severity: 'warning', params: { codeA: '3.1', codeB: '3.2' } });
  });

  it('the name decides an ambiguous code, and the chosen node is checked', () => {
    const findings = check([{ code: '3.1', name: 'Thực hiện cơ chế một cửa liên thông', max: 2, score: 1 }]);
    expect(only(findings, 'ambiguous-code')).toEqual([]);
    expect(only(findings, 'name-mismatch')).toEqual([]);
  });

  it('several codes on a scored row cannot own its points', () => {
    const [f] = only(check([{ code: '1.1; 1.2', name: 'Hai tiêu chí', max: 3, score: 2 }]), 'ambiguous-code');
    expect(f).toMatchObject({ messageKey: 'finding.ambiguous-code.several', params: { codes: '1.1; 1.2' } });
  });

  it('code-trailing-zero when a number code 2.1 carries the name of 2.10', () => {
    const [f] = only(check([{ code: 2.1, name: 'Xử lý văn bản sai phạm phát hiện qua kiểm tra', max: 1 }]), 'code-trailing-zero');
    expect(f).toMatchObject({ severity: 'warning', code: '2.1', expected: '2.10', actual: '2.1' });
    expect(only(check([{ code: 2.1, name: 'Theo dõi thi hành pháp luật tại địa phương', max: 1 }]), 'code-trailing-zero')).toEqual([]);
  });

  it('reads a number code 2.1 carrying the name of 2.10 as 2.10: no duplicate, sums right', () => {
    const lines: LineSpec[] = [
      { code: '2', name: 'Xây dựng và thi hành văn bản quy phạm pháp luật', score: 1.5, lead: 'Sở Tư pháp' },
      { code: 2.1, name: 'Theo dõi thi hành pháp luật tại địa phương', max: 1, score: 1 },
      { code: 2.1, name: 'Xử lý văn bản sai phạm phát hiện qua kiểm tra', max: 1, score: 0.5 },
    ];
    const findings = check(lines);
    expect(findings.filter((f) => f.severity !== 'info').map((f) => [f.rule, f.cell])).toEqual([['code-trailing-zero', 'A6']]);
  });
});

describe('values', () => {
  it('max-mismatch compares the stated maximum with the tree', () => {
    const [f] = only(check(edit(AREA_1, '1.3', { max: 2.5 })), 'max-mismatch');
    expect(f).toMatchObject({ severity: 'error', cell: 'C7', expected: '2', actual: '2.5' });
  });

  it('score-exceeds-max and target-exceeds-max use the stated max, else the tree max', () => {
    const stated = check(edit(AREA_1, '1.1', { score: 2.25, target: 3 }));
    expect(only(stated, 'score-exceeds-max')).toEqual([expect.objectContaining({ cell: 'D5', expected: '2', actual: '2.25' })]);
    expect(only(stated, 'target-exceeds-max')).toEqual([expect.objectContaining({ cell: 'E5', expected: '2', actual: '3' })]);
    const fromTree = check([{ code: '1.2', name: 'Chế độ báo cáo định kỳ', score: 1.5 }]);
    expect(only(fromTree, 'score-exceeds-max')).toEqual([expect.objectContaining({ expected: '1', actual: '1.5' })]);
  });

  it('negative-value, not-a-number and number-as-text', () => {
    const findings = check(edit(edit(edit(AREA_1, '1.1', { score: -0.5 }), '1.2', { score: 'x' }), '1.3', { target: '2,0' }));
    expect(only(findings, 'negative-value')).toEqual([expect.objectContaining({ severity: 'error', cell: 'D5', actual: '-0.5' })]);
    expect(only(findings, 'not-a-number')).toEqual([
      expect.objectContaining({ severity: 'error', cell: 'D6', actual: 'x', params: expect.objectContaining({ column: 'Điểm' }) }),
    ]);
    expect(only(findings, 'number-as-text')).toEqual([
      expect.objectContaining({ severity: 'warning', cell: 'E7', params: expect.objectContaining({ value: '2', raw: '2,0' }) }),
    ]);
  });

  it('a number stored as text still counts in the sums', () => {
    expect(only(check(edit(AREA_1, '1.3', { score: '2' })), 'subtotal-mismatch')).toEqual([]);
  });

  it('target-below-score is a warning on the target cell', () => {
    const [f] = only(check(edit(edit(AREA_1, '1.3', { target: 1.5 }), '1', { target: 4.5 })), 'target-below-score');
    expect(f).toMatchObject({ severity: 'warning', cell: 'E7', expected: '2', actual: '1.5' });
  });
});

describe('sums', () => {
  it('a stated area beyond the tolerance is an error, each column on its own', () => {
    const findings = only(check(edit(AREA_1, '1', { score: 4.5 })), 'subtotal-mismatch');
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'error',
        cell: 'D4',
        code: '1',
        expected: '4',
        actual: '4.5',
        messageKey: 'finding.subtotal-mismatch.area',
        params: expect.objectContaining({ difference: '0.5', column: 'Điểm' }),
      }),
    ]);
  });

  it('within 0.02 it is rounding drift; the tolerance option moves the line', () => {
    const lines = edit(AREA_1, '1', { score: 4.02 });
    expect(only(check(lines), 'subtotal-mismatch').map((f) => [f.severity, f.messageKey])).toEqual([
      ['warning', 'finding.subtotal-mismatch.area.rounding'],
    ]);
    expect(only(check(lines, { tolerance: fixed(0.01) }), 'subtotal-mismatch').map((f) => f.severity)).toEqual(['error']);
  });

  it('sums exactly: 0.1 + 0.2 + 0.7 is 1', () => {
    const lines: LineSpec[] = [
      { code: '2.2', name: 'Tác động của cải cách đến chất lượng văn bản', max: 3, score: 0.3 },
      { code: '2.2.1', name: 'Tính đồng bộ thống nhất của hệ thống văn bản', max: 1.5, score: 0.1 },
      { code: '2.2.2', name: 'Tính khả thi của hệ thống văn bản', max: 1.5, score: 0.2 },
    ];
    expect(only(check(lines), 'subtotal-mismatch')).toEqual([]);
    const off = only(check(edit(lines, '2.2', { score: 0.31 })), 'subtotal-mismatch');
    expect(off).toEqual([expect.objectContaining({ code: '2.2', messageKey: 'finding.subtotal-mismatch.rounding', expected: '0.3' })]);
  });

  it('skips a column when a child has no value or the parent states none', () => {
    expect(only(check(edit(edit(AREA_1, '1.2', { score: null }), '1', { score: 9 })), 'subtotal-mismatch')).toEqual([]);
    expect(only(check(edit(edit(AREA_1, '1', { score: undefined }), '1.1', { score: 0 })), 'subtotal-mismatch')).toEqual([]);
  });

  it('counts sub-criteria under the nearest row the sheet has', () => {
    const lines: LineSpec[] = [
      { code: '2', name: 'Xây dựng và thi hành văn bản quy phạm pháp luật', max: 3, score: 2 },
      { code: '2.2.1', name: 'Tính đồng bộ thống nhất của hệ thống văn bản', max: 1.5, score: 1 },
      { code: '2.2.2', name: 'Tính khả thi của hệ thống văn bản', max: 1.5, score: 1.25 },
    ];
    expect(only(check(lines), 'subtotal-mismatch')).toEqual([
      expect.objectContaining({ code: '2', expected: '2.25', actual: '2', severity: 'error' }),
    ]);
  });

  it('total-mismatch compares the total row with the areas', () => {
    const total: LineSpec = { name: 'Tổng cộng', max: 5, score: 4.01, target: 6 };
    const findings = only(check([...AREA_1, total]), 'total-mismatch');
    expect(findings.map((f) => [f.cell, f.severity, f.code, f.messageKey])).toEqual([
      ['D8', 'warning', null, 'finding.total-mismatch.rounding'],
      ['E8', 'error', null, 'finding.total-mismatch'],
    ]);
  });
});

describe('a duplicated code', () => {
  const notCoverage = (findings: Finding[]) => findings.filter((f) => f.rule !== 'missing-criterion').map((f) => [f.rule, f.cell]);

  it('keeps its row in the area sum as typed: 1.3 typed 1.2 is one finding, no subtotal error', () => {
    // A4 "1" = 5 / 4 / 5; A5 1.1 = 2 / 1.5; A6 1.2 = 1 / 0.5; A7 "1.2" (meant 1.3) = 2 / 2: the area adds up.
    const findings = check(edit(AREA_1, '1.3', { code: '1.2', name: 'Kiểm tra cải cách hành chính' }));
    expect(notCoverage(findings)).toEqual([['duplicate-code', 'A7']]);
    const [f] = only(findings, 'duplicate-code');
    expect(translator('vi')(f!.messageKey, f!.params)).toBe(
      'Mã 1.2 lặp lại; mã này đã có ở ô A6. Tên “Kiểm tra cải cách hành chính” là của 1.3 (“Kiểm tra cải cách hành chính”): có thể gõ nhầm mã.',
    );
  });

  it('scores the area from every row typed under it, the repeat included', () => {
    const lines = edit(AREA_1, '1.3', { code: '1.2', name: 'Kiểm tra cải cách hành chính' });
    const { totals } = scoreTable(tableFromLines(lines), smallIndex());
    expect(totals.byArea[0]).toMatchObject({ code: '1', recomputed: { max: fixed(5), score: fixed(4), target: fixed(5) } });
  });

  it('keeps the sub-rows of a mistyped criterion with it, out of the area sum', () => {
    // 2.2 typed as 2.1 (A6), its sub-criteria below it: area 2 is 1 + 3 + 1 = 5 as typed.
    const lines: LineSpec[] = [
      { code: '2', name: 'Xây dựng và thi hành văn bản quy phạm pháp luật', max: 5, score: 4 },
      { code: '2.1', name: 'Theo dõi thi hành pháp luật tại địa phương', max: 1, score: 1, lead: 'Sở Tư pháp' },
      { code: '2.1', name: 'Tác động của cải cách đến chất lượng văn bản', max: 3, score: 2 },
      { code: '2.2.1', name: 'Tính đồng bộ thống nhất của hệ thống văn bản', max: 1.5, score: 1, lead: 'Sở Tư pháp' },
      { code: '2.2.2', name: 'Tính khả thi của hệ thống văn bản', max: 1.5, score: 1, lead: 'Sở Tư pháp' },
      { code: '2.10', name: 'Xử lý văn bản sai phạm phát hiện qua kiểm tra', max: 1, score: 1, lead: 'Sở Tư pháp' },
    ];
    const findings = check(lines);
    expect(only(findings, 'duplicate-code').map((f) => f.cell)).toEqual(['A6']);
    expect(only(findings, 'subtotal-mismatch')).toEqual([]);
  });

  it('a row pasted twice, left out of the area figure, is the duplicate finding alone', () => {
    // Area 1 states 5 / 4 / 5 without the second 1.2 (A8): that reading adds up, so no subtotal error.
    const lines = [...AREA_1, { code: '1.2', name: 'Chế độ báo cáo định kỳ', max: 1, score: 0.5, target: 1, lead: 'Sở Nội vụ' }];
    expect(notCoverage(check(lines))).toEqual([['duplicate-code', 'A8']]);
    // The recomputed figures read it the same way: area 1 is 1.5 + 0.5 + 2 = 4 from A5:A7, not A8.
    const { lines: scored, totals } = scoreTable(tableFromLines(lines), smallIndex());
    expect(scored.find((l) => l.code === '1')?.childRows).toEqual([4, 5, 6]);
    expect(totals.byArea[0]?.recomputed.score).toBe(fixed(4));
  });

  it('a copied block (criterion and its sub-rows) adds no subtotal error to the first copy', () => {
    const block: LineSpec[] = [
      { code: '2.2', name: 'Tác động của cải cách đến chất lượng văn bản', max: 3, score: 2 },
      { code: '2.2.1', name: 'Tính đồng bộ thống nhất của hệ thống văn bản', max: 1.5, score: 1 },
      { code: '2.2.2', name: 'Tính khả thi của hệ thống văn bản', max: 1.5, score: 1 },
    ];
    const findings = check([...block, ...block]);
    expect(only(findings, 'duplicate-code').map((f) => f.cell)).toEqual(['A7', 'A8', 'A9']);
    expect(only(findings, 'subtotal-mismatch')).toEqual([]);
  });
});

describe('coverage', () => {
  it('missing-criterion lists tree children absent next to present siblings, as info', () => {
    const findings = only(check(AREA_1.filter((l) => l.code !== '1.3')), 'missing-criterion');
    expect(findings.map((f) => [f.code, f.severity, f.cell])).toEqual([
      ['2', 'info', 'A3'],
      ['3', 'info', 'A3'],
      ['1.3', 'info', 'A4'],
    ]);
  });

  it('does not list sub-criteria of a criterion the sheet keeps whole', () => {
    const lines: LineSpec[] = [{ code: '2.2', name: 'Tác động của cải cách đến chất lượng văn bản', max: 3 }];
    expect(only(check(lines), 'missing-criterion').map((f) => f.code)).toEqual(['1', '3', '2.1', '2.10']);
  });

  it('missing-lead for a scored leaf with no lead of its own or above', () => {
    const findings = only(check(edit(AREA_1, '1.2', { lead: '' })), 'missing-lead');
    expect(findings).toEqual([expect.objectContaining({ severity: 'warning', cell: 'F6', code: '1.2' })]);
    expect(only(check(edit(edit(AREA_1, '1.2', { lead: '' }), '1', { lead: 'Sở Nội vụ' })), 'missing-lead')).toEqual([]);
  });

  it('missing-lead for a task without a lead', () => {
    const findings = check([{ code: '1.1', name: 'Kế hoạch cải cách hành chính năm', task: 'Ban hành kế hoạch' }], {}, 'task');
    expect(only(findings, 'missing-lead')).toEqual([expect.objectContaining({ messageKey: 'finding.missing-lead.task', cell: 'E4' })]);
  });
});

describe('the list', () => {
  it('reports mixed methodology once, at the header', () => {
    const findings = only(check(AREA_1, { mixedMethodology: true }), 'mixed-methodology');
    expect(findings).toEqual([expect.objectContaining({ cell: 'A3', severity: 'warning', messageKey: 'finding.mixed-methodology.par-2017' })]);
  });

  it('is sorted by row, then column', () => {
    const findings = check(edit(edit(AREA_1, '1.1', { score: 'x', target: -1 }), '1', { max: 9 }));
    const positions = findings.map((f) => [f.row, f.col]);
    const sorted = [...positions].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!);
    expect(positions).toEqual(sorted);
    expect(findings[0]!.sheet).toBe('Phụ lục I');
  });
});
