import { fixed } from '../../../src/domain/fixed';
import { getCriteriaSet, treeViolations, type CriteriaNode, type CriteriaSet } from '../../../src/domain/criteria';
import { parseCriteriaSet, safeParseCriteriaSet } from '../../../src/domain/criteria/schema';

const node = (code: string, max: number | null, extra: Partial<CriteriaNode> = {}): CriteriaNode => {
  const depth = code.split('.').length;
  return {
    code,
    parent: depth === 1 ? null : code.slice(0, code.lastIndexOf('.')),
    level: (['area', 'criterion', 'subcriterion', 'item'] as const)[depth - 1] ?? 'item',
    name: `Tiêu chí ${code}`,
    max: max === null ? null : fixed(max),
    kind: 'self-assessment',
    aliases: [],
    sources: ['Kế hoạch Đắk Lắk 2020, Phụ lục I'],
    ...extra,
  };
};

const small = (nodes: CriteriaNode[], total = 100): CriteriaSet => ({
  id: 'par-2022',
  title: 'thử',
  basis: 'thử',
  total: fixed(total),
  partial: false,
  nodes,
});

const good = (): CriteriaNode[] => [node('1', 60), node('1.1', 25), node('1.2', 35), node('2', 40), node('2.1', null)];

describe('zod schema', () => {
  it('accepts a well-formed set and the embedded ones', () => {
    expect(parseCriteriaSet(small(good())).nodes).toHaveLength(5);
    expect(safeParseCriteriaSet(getCriteriaSet('par-2017')).ok).toBe(true);
    // The embedded sets are not run through the schema at run time (see getCriteriaSet): this is where they are.
    expect(safeParseCriteriaSet(getCriteriaSet('par-2022'))).toEqual({ ok: true, set: getCriteriaSet('par-2022') });
  });

  it.each<[string, CriteriaNode]>([
    ['a level that does not match the code depth', node('1.3', 1, { level: 'area' })],
    ['a parent that is not the code prefix', node('1.3', 1, { parent: '2' })],
    ['a malformed code', node('1..3', 1)],
    ['a fractional Fixed (not integer ten-thousandths)', node('1.3', null, { max: 1.5 as never })],
    ['a negative maximum', node('1.3', -1)],
    ['a node without sources', node('1.3', 1, { sources: [] })],
    ['an unknown kind', node('1.3', 1, { kind: 'guess' as never })],
    ['a node listing itself as alias', node('1.3', 1, { aliases: ['1.3'] })],
    ['a split that does not add up', node('3', 10, { kind: 'mixed', split: { 'self-assessment': fixed(6), 'leader-survey': fixed(3) } })],
    ['a split that contradicts the kind', node('3', 10, { kind: 'self-assessment', split: { 'self-assessment': fixed(6), 'leader-survey': fixed(4) } })],
    ['a split below area level', node('1.3', 1, { split: { 'self-assessment': fixed(1) } })],
  ])('rejects %s', (_what, bad) => {
    const result = safeParseCriteriaSet(small([...good(), bad]));
    expect(result.ok).toBe(false);
    expect(() => parseCriteriaSet(small([...good(), bad]))).toThrow();
  });

  it('rejects an unknown set id and a missing title', () => {
    expect(safeParseCriteriaSet({ ...small(good()), id: 'par-2030' }).ok).toBe(false);
    expect(safeParseCriteriaSet({ ...small(good()), title: '' }).ok).toBe(false);
  });
});

describe('treeViolations', () => {
  it('finds nothing in a consistent tree (unknown maxima are not errors)', () => {
    expect(treeViolations(small(good()))).toEqual([]);
  });

  it('reports duplicate codes and aliases claimed twice', () => {
    const nodes = [...good(), node('1.1', 25), node('2.1', null, { aliases: ['2.9'] })];
    nodes[4] = node('2.1', null, { aliases: ['2.9'] });
    const rules = treeViolations(small(nodes)).map((v) => [v.rule, v.code]);
    expect(rules).toEqual(expect.arrayContaining([['duplicate-code', '1.1'], ['duplicate-code', '2.1'], ['duplicate-code', '2.9']]));
  });

  it('reports a missing parent', () => {
    const v = treeViolations(small([...good(), node('3.1', null)]));
    expect(v).toEqual([{ rule: 'missing-parent', code: '3.1', detail: expect.stringContaining('3') }]);
  });

  it('reports children that do not add up exactly, only when all are known', () => {
    expect(treeViolations(small([node('1', 60), node('1.1', 25.01), node('1.2', 35), node('2', 40)]))).toEqual([
      { rule: 'children-sum', code: '1', detail: expect.stringContaining('60.01') },
    ]);
    expect(treeViolations(small([node('1', 60), node('1.1', 25.01), node('1.2', null), node('2', 40)]))).toEqual([]);
  });

  it('reports areas that do not reach the total, or an unknown area maximum', () => {
    expect(treeViolations(small([node('1', 60), node('2', 39.5)])).map((v) => v.rule)).toEqual(['areas-sum']);
    expect(treeViolations(small([node('1', 60), node('2', null)]))).toEqual([
      { rule: 'areas-sum', code: '2', detail: expect.any(String) },
    ]);
  });

  it('catches a corrupted copy of an embedded set', () => {
    const real = getCriteriaSet('par-2017');
    const corrupted: CriteriaSet = {
      ...real,
      nodes: real.nodes.map((n) => (n.code === '4.3.2' ? { ...n, max: fixed(0.5) } : n)),
    };
    expect(treeViolations(corrupted)).toEqual([{ rule: 'children-sum', code: '4.3', detail: expect.any(String) }]);
  });
});
