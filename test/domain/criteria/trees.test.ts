import { fixed, sumFixed, type Fixed } from '../../../src/domain/fixed';
import { CRITERIA_SET_IDS, criteriaIndex, getCriteriaSet, treeViolations } from '../../../src/domain/criteria';
import type { CriteriaNode } from '../../../src/domain/criteria';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The short names docs/sources.md gives the official documents (its table's bold first column). */
const DOCUMENT_NAMES = [...readFileSync(join(__dirname, '../../../docs/sources.md'), 'utf8').matchAll(/^\| \*\*([^*]+)\*\* \|/gm)].map(
  (m) => m[1]!,
);

const count = (nodes: readonly CriteriaNode[], level: string): number => nodes.filter((n) => n.level === level).length;

describe.each(CRITERIA_SET_IDS)('embedded set %s', (id) => {
  const set = getCriteriaSet(id);

  it('passes every tree invariant', () => {
    expect(treeViolations(set)).toEqual([]);
  });

  it('has unique codes and every parent present', () => {
    const codes = set.nodes.map((n) => n.code);
    expect(new Set(codes).size).toBe(codes.length);
    const known = new Set(codes);
    for (const n of set.nodes) if (n.parent !== null) expect(known.has(n.parent)).toBe(true);
  });

  it('has eight areas whose maxima add up to the total of 100', () => {
    const areas = criteriaIndex(set).areas();
    expect(areas.map((a) => a.code)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(set.total).toBe(fixed(100));
    expect(sumFixed(areas.map((a) => a.max as Fixed))).toBe(set.total);
  });

  it('sums children exactly wherever every child maximum is known', () => {
    const index = criteriaIndex(set);
    let checked = 0;
    for (const node of set.nodes) {
      const kids = index.children(node.code);
      if (kids.length === 0 || node.max === null || kids.some((k) => k.max === null)) continue;
      expect([node.code, sumFixed(kids.map((k) => k.max as Fixed))]).toEqual([node.code, node.max]);
      checked++;
    }
    // par-2022 knows no maximum below areas except 8.1, so no parent there has all children known.
    if (id === 'par-2017') expect(checked).toBeGreaterThanOrEqual(20);
    else expect(checked).toBe(0);
  });

  it('names every node', () => {
    expect(set.nodes.filter((n) => n.name.trim() === '').map((n) => n.code)).toEqual([]);
  });

  it('cites a source for every node, each an official document by its short name in docs/sources.md', () => {
    expect(DOCUMENT_NAMES).toContain('Kế hoạch Đắk Lắk 2020');
    for (const n of set.nodes) {
      expect(n.sources.length).toBeGreaterThan(0);
      const uncited = n.sources.filter((s) => !DOCUMENT_NAMES.some((d) => s.startsWith(d)));
      expect([n.code, uncited]).toEqual([n.code, []]);
    }
  });

  it('is validated once and then cached', () => {
    expect(getCriteriaSet(id)).toBe(set);
    expect(criteriaIndex(set)).toBe(criteriaIndex(set));
  });
});

describe('par-2022 (QĐ 876/QĐ-BNV)', () => {
  const set = getCriteriaSet('par-2022');
  const index = criteriaIndex(set);

  it('holds the 8 areas, 38 criteria and 74 sub-criteria the plans name', () => {
    expect([count(set.nodes, 'area'), count(set.nodes, 'criterion'), count(set.nodes, 'subcriterion')]).toEqual([8, 38, 74]);
    expect(set.partial).toBe(true);
  });

  it('carries the area maxima and splits of Kế hoạch Vĩnh Phúc 2024, mục II', () => {
    const areas = Object.fromEntries(index.areas().map((a) => [a.code, { max: a.max, split: a.split }]));
    expect(areas).toEqual({
      '1': { max: fixed(9.5), split: { 'self-assessment': fixed(9.5) } },
      '2': { max: fixed(10), split: { 'self-assessment': fixed(6), 'leader-survey': fixed(4) } },
      '3': { max: fixed(13), split: { 'self-assessment': fixed(13) } },
      '4': { max: fixed(10.5), split: { 'self-assessment': fixed(6.5), 'leader-survey': fixed(4) } },
      '5': { max: fixed(15), split: { 'self-assessment': fixed(6), 'leader-survey': fixed(9) } },
      '6': { max: fixed(12), split: { 'self-assessment': fixed(8), 'leader-survey': fixed(4) } },
      '7': { max: fixed(13.5), split: { 'self-assessment': fixed(12.5), 'leader-survey': fixed(1) } },
      '8': { max: fixed(16.5), split: { sipas: fixed(10), 'socio-economic': fixed(6.5) } },
    });
  });

  it('gives the leader survey 22 points in all (Kế hoạch Vĩnh Phúc 2024, mục II.8)', () => {
    const survey = index.areas().map((a) => a.split?.['leader-survey'] ?? fixed(0));
    expect(sumFixed(survey)).toBe(fixed(22));
  });

  it('names 5.5.1, which no 2022 plan prints, by the measure the plans give it: completing the training plan', () => {
    // Kế hoạch Vĩnh Phúc 2024 and Kế hoạch Sơn La 2023 set the task; Kế hoạch Đắk Lắk 2020, Phụ lục I names the measure.
    expect(index.byCode('5.5.1')?.name).toBe('Mức độ hoàn thành kế hoạch đào tạo, bồi dưỡng cán bộ, công chức, viên chức');
  });

  it('never guesses a maximum below area level except the stated SIPAS 10', () => {
    const known = set.nodes.filter((n) => n.level !== 'area' && n.max !== null).map((n) => [n.code, n.max]);
    expect(known).toEqual([['8.1', fixed(10)]]);
  });

  it('marks each node with where its points come from', () => {
    expect(index.byCode('4.1.4')?.kind).toBe('leader-survey');
    expect(index.byCode('8.1')?.kind).toBe('sipas');
    expect(index.byCode('8.3.2')?.kind).toBe('socio-economic');
    expect(index.byCode('3.4.1')?.kind).toBe('self-assessment');
    expect(index.byCode('5')?.kind).toBe('mixed');
  });

  it('records the codes Kế hoạch Vĩnh Phúc 2024 numbers differently as aliases, not as nodes', () => {
    const aliases = Object.fromEntries(set.nodes.filter((n) => n.aliases.length > 0).map((n) => [n.code, n.aliases]));
    expect(aliases).toEqual({
      '2.5': ['2.4'],
      '7.3.3': ['7.3.2'],
      '7.3.4': ['7.3.3'],
      '7.3.5': ['7.3.4'],
      '7.3.6': ['7.3.5'],
      '7.3.7': ['7.3.6'],
      '8.5': ['8.4'],
    });
  });
});

describe('par-2017 (Kế hoạch Đắk Lắk 2020, Phụ lục I and II)', () => {
  const set = getCriteriaSet('par-2017');
  const index = criteriaIndex(set);

  it("holds Phụ lục I's 8 areas, 43 criteria, 52 sub-criteria with maxima, plus Phụ lục II's deeper codes", () => {
    expect([count(set.nodes, 'area'), count(set.nodes, 'criterion')]).toEqual([8, 43]);
    const withMax = set.nodes.filter((n) => n.level === 'subcriterion' && n.max !== null);
    expect(withMax).toHaveLength(52);
    expect(set.nodes.filter((n) => n.max === null).map((n) => n.level)).not.toContain('criterion');
    expect(index.byCode('3.2.4')?.max).toBeNull();
    expect(index.byCode('3.2.4')?.parent).toBe('3.2');
  });

  it('keeps the printed maxima (Kế hoạch Đắk Lắk 2020, Phụ lục I)', () => {
    const maxima = Object.fromEntries(index.areas().map((a) => [a.code, a.max]));
    expect(maxima).toEqual({
      '1': fixed(8.5), '2': fixed(10), '3': fixed(14), '4': fixed(12),
      '5': fixed(14), '6': fixed(12.5), '7': fixed(13), '8': fixed(16),
    });
    expect(index.byCode('4.3.1')?.max).toBe(fixed(0.25));
    expect(index.byCode('5.5')?.max).toBe(fixed(1.75));
  });

  it('repairs the broken PDF glyph in names', () => {
    expect(index.byCode('5')?.name).toContain('CHẤT LƯỢNG');
    expect(set.nodes.some((n) => n.name.includes('ƣ') || n.name.includes('Ƣ'))).toBe(false);
  });

  it('reads "Tác động của cải cách ..." criteria as survey-scored, 8.1 as SIPAS', () => {
    expect(index.byCode('2.4')?.kind).toBe('leader-survey');
    expect(index.byCode('5.9.2')?.kind).toBe('leader-survey');
    expect(index.byCode('8.1.3')?.kind).toBe('sipas');
    expect(index.byCode('8.6')?.kind).toBe('socio-economic');
    expect(index.byCode('1')?.kind).toBe('self-assessment');
  });
});
