import { customSetProblems } from '../../../../src/domain/criteria/custom/set-shape';
import { customCriteriaSetSchema } from '../../../../src/domain/criteria/schema';
import { getCriteriaSet } from '../../../../src/domain/criteria/sets';

/*
 * The hand check of a built custom set against its judge, the custom set schema: both must accept
 * the same sets and refuse the same ones, and the schema's own refinements must read the same.
 */
const base = getCriteriaSet('par-2017');
const valid = { ...base, id: 'tinh-2024', title: 'Bộ chỉ số của tỉnh', source: { kind: 'sheet', sheet: 'Bộ tiêu chí', file: 'tinh.xlsx' } };
const area = valid.nodes.find((n) => n.level === 'area')!;
const item = valid.nodes.find((n) => n.level === 'criterion')!;

function withNode(index: number, change: Record<string, unknown>): unknown {
  return { ...valid, nodes: valid.nodes.map((n, i) => (i === index ? { ...n, ...change } : n)) };
}

const areaAt = valid.nodes.indexOf(area);
const itemAt = valid.nodes.indexOf(item);

const broken: Record<string, unknown> = {
  'a built-in id': { ...valid, id: 'par-2017' },
  'an empty id': { ...valid, id: '' },
  'an empty title': { ...valid, title: '' },
  'a total in decimals': { ...valid, total: 1.5 },
  'a negative total': { ...valid, total: -1 },
  'no nodes': { ...valid, nodes: [] },
  'partial as text': { ...valid, partial: 'no' },
  'no source': { ...valid, source: undefined },
  'a file source without a file': { ...valid, source: { kind: 'file', file: '' } },
  'extending an unknown set': { ...valid, extends: 'par-1999' },
  'a bad code': withNode(itemAt, { code: '1.a' }),
  'a level that does not match the code': withNode(itemAt, { level: 'area' }),
  'a parent that is not the prefix': withNode(itemAt, { parent: '9' }),
  'its own code as an alias': withNode(itemAt, { aliases: [item.code] }),
  'a split below an area': withNode(itemAt, { split: { 'self-assessment': item.max } }),
  'a split that does not add up': withNode(areaAt, { split: { 'self-assessment': 1, 'leader-survey': 1 }, kind: 'mixed' }),
  'a split against the kind': withNode(areaAt, { split: { 'self-assessment': area.max }, kind: 'sipas' }),
  'a split by an unknown source': withNode(areaAt, { split: { survey: area.max } }),
  'an unknown kind': withNode(itemAt, { kind: 'other' }),
  'a maximum in decimals': withNode(itemAt, { max: 0.5 }),
  'no sources': withNode(itemAt, { sources: [] }),
  'a name that is not text': withNode(itemAt, { name: 3 }),
  'a node that is not an object': { ...valid, nodes: [...valid.nodes, 'node'] },
};

describe('the shape check of a custom set', () => {
  it('accepts what the schema accepts', () => {
    expect(customCriteriaSetSchema().safeParse(valid).success).toBe(true);
    expect(customSetProblems(valid)).toEqual([]);
    const fileSet = { ...valid, source: { kind: 'file', file: 'tinh.json' }, extends: 'par-2017', methodology: 'par-2022' };
    expect(customCriteriaSetSchema().safeParse(fileSet).success).toBe(true);
    expect(customSetProblems(fileSet)).toEqual([]);
  });

  it.each(Object.entries(broken))('refuses %s, as the schema does', (_, set) => {
    expect(customCriteriaSetSchema().safeParse(set).success).toBe(false);
    expect(customSetProblems(set).length).toBeGreaterThan(0);
  });

  it("says the schema's own refinements in its words, at the same path", () => {
    for (const name of ['a level that does not match the code', 'a parent that is not the prefix', 'its own code as an alias', 'a split that does not add up', 'a split against the kind']) {
      const result = customCriteriaSetSchema().safeParse(broken[name]);
      const schemaSays = result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
      expect(customSetProblems(broken[name])).toEqual(schemaSays);
    }
  });
});
