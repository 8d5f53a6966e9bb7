import {
  criteriaIndex,
  getCriteriaSet,
  nameVariants,
  treeViolations,
} from '../../../../src/domain/criteria';
import {
  criteriaSetFromGrid,
  criteriaSheetLayout,
  isCriteriaSheetName,
  looksLikeCriteriaSheet,
  type CriteriaIssue,
} from '../../../../src/domain/criteria/custom';
import { fixed } from '../../../../src/domain/fixed';
import { translator } from '../../../../src/i18n';
import { gridFromRows, type BuilderValue } from '../../../support/grid-builder';

const SHEET = 'Bộ tiêu chí';
const HEADER: BuilderValue[] = ['Mã', 'Tên tiêu chí', 'Điểm tối đa', 'Nguồn điểm', 'Mã cha', 'Mã khác'];

function fromRows(rows: BuilderValue[][], sheet = SHEET) {
  return criteriaSetFromGrid(gridFromRows(rows, { sheet }));
}

function rules(issues: readonly CriteriaIssue[]): string[] {
  return issues.map((i) => `${i.rule}@${'cell' in i.place ? i.place.cell : i.place.path}`);
}

/** A small stand-alone index, as a province might keep for its departments (cấp sở). */
const DEPARTMENTS: BuilderValue[][] = [
  ['Tên bộ tiêu chí', 'Chỉ số CCHC cấp sở năm 2024'],
  ['Căn cứ', 'Quyết định 123/QĐ-UBND'],
  [],
  HEADER,
  ['1', 'Công tác chỉ đạo, điều hành', 10, 'Tự đánh giá', null, null],
  ['1.1', 'Kế hoạch CCHC', 4, null, '1', null],
  ['1.2', 'Báo cáo CCHC', 6, null, '1', null],
  ['2', 'Mức độ hài lòng', 90, 'Chỉ số hài lòng', null, null],
  ['2.1', 'Hài lòng về thủ tục', null, null, '2', null],
  [null, 'Tổng cộng', 100],
];

describe('reading a "Bộ tiêu chí" sheet', () => {
  it('builds a stand-alone set with its title, total, kinds and tree', () => {
    const { set, issues } = fromRows(DEPARTMENTS);
    expect(issues).toEqual([]);
    expect(set).not.toBeNull();
    expect(set!.title).toBe('Chỉ số CCHC cấp sở năm 2024');
    expect(set!.basis).toBe('Quyết định 123/QĐ-UBND');
    expect(set!.id).toBe('custom:chi-so-cchc-cap-so-nam-2024');
    expect(set!.total).toBe(fixed(100));
    expect(set!.source).toEqual({ kind: 'sheet', sheet: SHEET });
    expect(set!.extends).toBeUndefined();
    expect(set!.nodes.map((n) => [n.code, n.level, n.kind, n.max])).toEqual([
      ['1', 'area', 'self-assessment', fixed(10)],
      ['1.1', 'criterion', 'self-assessment', fixed(4)],
      ['1.2', 'criterion', 'self-assessment', fixed(6)],
      ['2', 'area', 'sipas', fixed(90)],
      ['2.1', 'criterion', 'sipas', null],
    ]);
    expect(set!.nodes[1]!.sources).toEqual(["'Bộ tiêu chí'!A6"]);
    expect(treeViolations(set!)).toEqual([]);
    // A province's own index follows no national methodology: no wordings of the plans are borrowed.
    expect(nameVariants(set!, '1.1')).toEqual([]);
  });

  it('matches headers in English, without diacritics and in any case', () => {
    const { set, issues } = fromRows([
      ['CODE', 'Criterion name', 'Max points', 'Kind', 'Parent', 'Aliases'],
      ['1', 'Area one', 5, 'self-assessment'],
      ['1.1', 'First', 5, 'dieu tra xa hoi hoc', '1', '1.9; 1.8'],
    ]);
    expect(issues).toEqual([]);
    expect(set!.nodes[1]).toMatchObject({ code: '1.1', kind: 'leader-survey', aliases: ['1.9', '1.8'] });
    const folded = fromRows([['ma', 'TEN TIEU CHI', 'diem toi da'], ['1', 'A', 1]]);
    expect(folded.set?.nodes).toHaveLength(1);
  });

  it('names the sheet by its name whatever the case or diacritics, and recognises an unnamed one by its columns', () => {
    expect(isCriteriaSheetName('BỘ TIÊU CHÍ')).toBe(true);
    expect(isCriteriaSheetName('bo tieu chi')).toBe(true);
    expect(isCriteriaSheetName('Phụ lục I')).toBe(false);
    expect(looksLikeCriteriaSheet(gridFromRows(DEPARTMENTS))).toBe(true);
    const scoreTable = gridFromRows([
      ['STT', 'Tiêu chí', 'Điểm tối đa', 'Điểm năm 2023'],
      ['1', 'Công tác chỉ đạo', 9.5, 8],
    ]);
    expect(looksLikeCriteriaSheet(scoreTable)).toBe(false);
  });

  it('reports every tree rule with its cell', () => {
    const { set, issues } = fromRows([
      HEADER,
      ['1', 'Lĩnh vực một', 10, 'Tự đánh giá'], // A2: children add up to 9
      ['1.1', 'Một', 4],
      ['1.2', 'Hai', 5],
      ['1.2', 'Hai lặp lại', 1], // A5: duplicate
      ['3.1', 'Không có cha', 1], // A6: parent 3 missing
      ['1.3', 'Sai cha', null, null, '2'], // E7: parent is not the code's prefix
      ['1.4', 'Sai điểm', 'nhiều', 'Không rõ'], // C8, D8
      ['x.1', 'Sai mã'], // A9
      ['1.5', null, 1], // A10: no name (a warning)
    ]);
    expect(set).toBeNull();
    expect(rules(issues)).toEqual(
      expect.arrayContaining([
        'bad-max@C8',
        'bad-kind@D8',
        'bad-code@A9',
        'duplicate-code@A5',
        'missing-name@A10',
        'bad-parent@E7',
        'missing-parent@A6',
      ]),
    );
    expect(issues.filter((i) => i.severity === 'warning').map((i) => i.rule)).toEqual(['missing-name']);
    // 1.3 to 1.5 have no maximum, so area 1's children are not all known: no sum is checked.
    expect(rules(issues).some((r) => r.startsWith('children-sum'))).toBe(false);
  });

  it('checks sums exactly where every maximum is known, naming the parent maximum cell', () => {
    const { issues } = fromRows([
      ['Tổng điểm', 20],
      HEADER,
      ['1', 'Một', 10],
      ['1.1', 'A', 0.1],
      ['1.2', 'B', 0.2],
      ['1.3', 'C', 9.69],
      ['2', 'Hai', 9],
    ]);
    expect(rules(issues)).toEqual(['children-sum@C3', 'areas-sum@B1']);
    const t = translator('vi');
    expect(t(issues[0]!.messageKey, issues[0]!.params)).toBe(
      "'Bộ tiêu chí'!C3: điểm tối đa của 1 là 10, nhưng các mục con (1.1, 1.2, 1.3) cộng lại 9.99.",
    );
    const exact = fromRows([HEADER, ['1', 'Một', 0.3], ['1.1', 'A', 0.1], ['1.2', 'B', 0.2]]);
    expect(exact.issues).toEqual([]);
    expect(exact.set!.total).toBe(fixed(0.3));
  });

  it('flags codes Excel stored as numbers when they collide (1.10 became 1.1)', () => {
    const { issues } = fromRows([HEADER, [1, 'Một', null], [1.1, 'A'], [1.1, 'J']]);
    expect(issues.map((i) => i.messageKey)).toContain('criteria.issue.duplicate-code.number');
  });

  it('reads roman area codes, "—" as unknown and aliases in one cell', () => {
    const { set, issues } = fromRows([
      ['Tổng điểm', 10],
      HEADER,
      ['I', 'Một', '—'],
      ['1.1', 'A', '2,5', 'KT-XH', null, '1.7, 1.8'],
    ]);
    expect(issues).toEqual([]);
    expect(set!.nodes.map((n) => [n.code, n.max, n.kind, n.aliases])).toEqual([
      ['1', null, 'self-assessment', []],
      ['1.1', fixed(2.5), 'socio-economic', ['1.7', '1.8']],
    ]);
  });

  it('says so when no header row is found', () => {
    const { set, issues } = fromRows([['Ghi chú'], ['không có bảng']]);
    expect(set).toBeNull();
    expect(issues.map((i) => i.messageKey)).toEqual(['criteria.issue.no-header']);
  });
});

describe('extending a built-in set', () => {
  const base = getCriteriaSet('par-2022');

  it('fills maxima, adds nodes and renames, keeping everything else of par-2022', () => {
    const { set, issues } = fromRows([
      ['Tên bộ tiêu chí', 'PAR INDEX 2024 (theo hướng dẫn năm)'],
      ['Kế thừa bộ', 'par-2022'],
      [],
      HEADER,
      ['1.1', null, 1],
      ['1.2', null, 1],
      ['1.3.3', 'Kiểm tra đột xuất', 0.5, null, '1.3'],
      ['1.4', 'Công tác thông tin, tuyên truyền cải cách hành chính'],
    ]);
    expect(issues).toEqual([]);
    expect(set!.extends).toBe('par-2022');
    expect(set!.methodology).toBe('par-2022');
    expect(set!.total).toBe(base.total);
    expect(set!.partial).toBe(true);
    expect(set!.nodes).toHaveLength(base.nodes.length + 1);
    const index = criteriaIndex(set!);
    expect(index.byCode('1.1')!.max).toBe(fixed(1));
    expect(index.byCode('1.1')!.name).toBe(criteriaIndex(base).byCode('1.1')!.name);
    expect(index.byCode('1.3.3')).toMatchObject({ parent: '1.3', level: 'subcriterion', kind: 'self-assessment', max: fixed(0.5) });
    expect(index.children('1.3').map((n) => n.code)).toEqual(['1.3.1', '1.3.2', '1.3.3']);
    // The renamed node still matches sheets printing the old name.
    expect(nameVariants(set!, '1.4')).toContain(criteriaIndex(base).byCode('1.4')!.name);
    expect(index.byCode('7.3.6')!.aliases).toEqual(['7.3.5']);
  });

  it('checks the filled maxima against the built-in area maxima', () => {
    const { set, issues } = fromRows([
      ['Kế thừa bộ', '2022-2030'],
      HEADER,
      ['8.1', null, 10],
      ['8.2', null, 2],
      ['8.3', null, 2],
      ['8.4', null, 1],
      ['8.5', null, 2],
    ]);
    expect(set).toBeNull();
    expect(issues.map((i) => [i.rule, i.params.code, i.params.sum, i.params.max])).toEqual([['children-sum', '8', '17', '16.5']]);
  });

  it('applies a row written in Kế hoạch Vĩnh Phúc 2024’s numbering to the node its name names, with a warning', () => {
    const { set, issues } = fromRows([
      ['Kế thừa bộ', 'par-2022'],
      HEADER,
      ['7.3.5', 'Tỷ lệ hồ sơ trực tuyến toàn trình', 1.5], // Kế hoạch Vĩnh Phúc 2024's 7.3.5 is par-2022's 7.3.6
      ['7.3.4', null, 1], // no name: the code is taken as written
    ]);
    expect(issues.map((i) => [i.rule, i.severity, i.params.where, i.params.canonical])).toEqual([
      ['renumbered', 'warning', "'Bộ tiêu chí'!A3", '7.3.6'],
    ]);
    const index = criteriaIndex(set!);
    expect(index.byCode('7.3.6')!.max).toBe(fixed(1.5));
    expect(index.byCode('7.3.6')!.name).toBe('Tỷ lệ hồ sơ trực tuyến toàn trình');
    expect(index.byCode('7.3.5')!.max).toBeNull();
    expect(index.byCode('7.3.4')!.max).toBe(fixed(1));
  });

  it('rejects an unknown base and a built-in id', () => {
    const bad = fromRows([['Kế thừa bộ', 'bộ của tỉnh'], ['Mã bộ', 'par-2017'], HEADER, ['1', 'A', 1]]);
    expect(rules(bad.issues)).toEqual(['bad-extends@B1', 'reserved-id@B2']);
  });
});

describe('export layout', () => {
  it('lays a built-in set out with Vietnamese headers and kinds, one row per node', () => {
    const layout = criteriaSheetLayout(getCriteriaSet('par-2022'));
    expect(layout.name).toBe('Bộ tiêu chí');
    expect(layout.rows[layout.headerRow]).toEqual(['Mã', 'Tên tiêu chí', 'Điểm tối đa', 'Nguồn điểm', 'Mã cha', 'Mã khác', 'Cơ cấu điểm']);
    const body = layout.rows.slice(layout.headerRow + 1);
    expect(body).toHaveLength(getCriteriaSet('par-2022').nodes.length);
    expect(body.find((r) => r[0] === '2')).toEqual(['2', 'Cải cách thể chế', 10, 'Hỗn hợp', '', '', 'Tự đánh giá 6; Điều tra xã hội học 4']);
    expect(body.find((r) => r[0] === '7.3.6')?.[5]).toBe('7.3.5');
  });

  it.each(['par-2022', 'par-2017'] as const)('reads %s back as an equal set', (id) => {
    const set = getCriteriaSet(id);
    const layout = criteriaSheetLayout(set);
    const back = criteriaSetFromGrid(gridFromRows(layout.rows as BuilderValue[][], { sheet: layout.name }));
    // Every node of both sets has its name (par-2022's 5.5.1 included), so the sheet reads back clean.
    expect(back.issues).toEqual([]);
    const strip = (s: typeof set) => ({
      title: s.title,
      basis: s.basis,
      total: s.total,
      partial: s.partial,
      nodes: s.nodes.map(({ sources: _sources, ...rest }) => rest),
    });
    expect(strip(back.set!)).toEqual(strip(set));
    expect(back.set!.methodology).toBe(id);
  });
});
