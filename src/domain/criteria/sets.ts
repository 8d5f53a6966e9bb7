import type { CriteriaIndex, CriteriaNode, CriteriaSet, CriteriaSetId } from './types';
import { PAR_2022, PAR_2022_NAME_VARIANTS } from './data/par-2022';
import { PAR_2017, PAR_2017_NAME_VARIANTS } from './data/par-2017';
import { parseCriteriaSet } from './schema';
import { treeViolations } from './invariants';
import { normalizeCode } from './codes';

export const CRITERIA_SET_IDS: readonly CriteriaSetId[] = ['par-2022', 'par-2017'];

const RAW: Readonly<Record<CriteriaSetId, unknown>> = { 'par-2022': PAR_2022, 'par-2017': PAR_2017 };
const VARIANTS: Readonly<Record<CriteriaSetId, Readonly<Record<string, readonly string[]>>>> = {
  'par-2022': PAR_2022_NAME_VARIANTS,
  'par-2017': PAR_2017_NAME_VARIANTS,
};

const loaded = new Map<CriteriaSetId, CriteriaSet>();

/**
 * The embedded set, validated on first use: a data error must stop the product rather than let it
 * score against a broken tree, and tests exercise the same path.
 */
export function getCriteriaSet(id: CriteriaSetId): CriteriaSet {
  const cached = loaded.get(id);
  if (cached) return cached;
  const set = parseCriteriaSet(RAW[id]);
  const problems = treeViolations(set);
  if (problems.length > 0) {
    throw new Error(`criteria set ${id} is inconsistent: ${problems.map((p) => `${p.rule} ${p.code} ${p.detail}`).join('; ')}`);
  }
  loaded.set(id, set);
  return set;
}

/** The other wordings the seeds print for a node of an embedded set (empty for custom sets). */
export function nameVariants(set: CriteriaSet, code: string): readonly string[] {
  return RAW[set.id] === set || loaded.get(set.id) === set ? VARIANTS[set.id][code] ?? [] : [];
}

const indexes = new WeakMap<CriteriaSet, CriteriaIndex>();

export function criteriaIndex(set: CriteriaSet): CriteriaIndex {
  const cached = indexes.get(set);
  if (cached) return cached;
  const byCode = new Map<string, CriteriaNode>();
  const byAlias = new Map<string, CriteriaNode>();
  const children = new Map<string | null, CriteriaNode[]>();
  for (const node of set.nodes) {
    if (!byCode.has(node.code)) byCode.set(node.code, node);
    for (const alias of node.aliases) if (!byAlias.has(alias)) byAlias.set(alias, node);
    const list = children.get(node.parent) ?? [];
    list.push(node);
    children.set(node.parent, list);
  }
  const index: CriteriaIndex = {
    set,
    byCode: (code) => byCode.get(normalizeCode(code)),
    // A canonical code wins over an alias that happens to spell it (seed 003's "2.4" is 000's 2.5,
    // but "2.4" is also a node of its own): the checker decides from the name which was meant.
    resolve: (code) => {
      const c = normalizeCode(code);
      return byCode.get(c) ?? byAlias.get(c);
    },
    children: (code) => children.get(code === null ? null : normalizeCode(code)) ?? [],
    areas: () => children.get(null) ?? [],
  };
  indexes.set(set, index);
  return index;
}

/** The node a code names only through an alias (seed 003 numbering), even where it is also canonical. */
export function aliasTarget(index: CriteriaIndex, code: string): CriteriaNode | undefined {
  const c = normalizeCode(code);
  return index.set.nodes.find((n) => n.aliases.includes(c));
}
