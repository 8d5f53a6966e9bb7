import type { CriteriaIndex, CriteriaNode, CriteriaSet, CriteriaSetId } from './types';
import { criteriaSetEntry, isBuiltInSetId } from './registry';
import { treeViolations } from './invariants';
import { normalizeCode } from './codes';
import { fold } from '../text';

export { CRITERIA_SET_IDS, isBuiltInSetId } from './registry';

const loaded = new Map<CriteriaSetId, CriteriaSet>();

/**
 * The embedded set, its tree checked on first use: a data error must stop the product rather than
 * let it score against a broken tree. Its shape is typed at compile time and checked against the
 * full schema by the tests (test/domain/criteria/schema.test.ts), not at run time: the schema
 * library alone costs the command line more start-up time than the rest of a check.
 */
export function getCriteriaSet(id: CriteriaSetId): CriteriaSet {
  const cached = loaded.get(id);
  if (cached) return cached;
  const entry = criteriaSetEntry(id);
  if (!entry) throw new Error(`no criteria set ${id} is registered`);
  const set = entry.data;
  const problems = treeViolations(set);
  if (problems.length > 0) {
    throw new Error(`criteria set ${id} is inconsistent: ${problems.map((p) => `${p.rule} ${p.code} ${p.detail}`).join('; ')}`);
  }
  loaded.set(id, set);
  return set;
}

/** A set read from a user's sheet or file (a test may build other sets by hand: those are not custom). */
export function isCustomSet(set: CriteriaSet): boolean {
  return set.source !== undefined && set.source.kind !== 'built-in';
}

/** True for the embedded sets themselves (a custom set never reuses a built-in id). */
export function isBuiltInSet(set: CriteriaSet): boolean {
  return isBuiltInSetId(set.id) && (criteriaSetEntry(set.id)?.data === set || loaded.get(set.id) === set);
}

/**
 * How a set is named to the user: a built-in set by its id (par-2022), a custom one by its title
 * (its id is a slug cut from the title, unreadable and cut short).
 */
export function criteriaSetLabel(set: CriteriaSet): string {
  return isCustomSet(set) ? `“${set.title}”` : set.id;
}

/** The national methodology a set follows: its own id for a built-in set, else what the custom set declares. */
export function methodologyOf(set: CriteriaSet): CriteriaSetId | null {
  if (isBuiltInSetId(set.id) && !isCustomSet(set)) return set.id;
  return set.extends ?? set.methodology ?? null;
}

function variantsOf(id: CriteriaSetId): Readonly<Record<string, readonly string[]>> {
  return criteriaSetEntry(id)?.nameVariants ?? {};
}

const customVariants = new WeakMap<CriteriaSet, Map<string, readonly string[]>>();

/**
 * A custom set inherits the plans' wordings of its methodology's nodes where it keeps the node:
 * same code and same name. An extension that renames a node also keeps the old name as a wording
 * (older sheets still print it); a stand-alone set may have renumbered, so a renamed node gets none.
 */
function customNameVariants(set: CriteriaSet, base: CriteriaSetId): Map<string, readonly string[]> {
  const cached = customVariants.get(set);
  if (cached) return cached;
  const baseIndex = criteriaIndex(getCriteriaSet(base));
  const out = new Map<string, readonly string[]>();
  for (const node of set.nodes) {
    const baseNode = baseIndex.byCode(node.code);
    if (!baseNode) continue;
    const seeds = variantsOf(base)[node.code] ?? [];
    if (fold(baseNode.name) === fold(node.name)) out.set(node.code, seeds);
    else if (set.extends === base) out.set(node.code, [baseNode.name, ...seeds]);
  }
  customVariants.set(set, out);
  return out;
}

/** The other wordings the plans print for a node (a custom set: see customNameVariants). */
export function nameVariants(set: CriteriaSet, code: string): readonly string[] {
  if (isBuiltInSet(set)) return variantsOf(set.id)[code] ?? [];
  const base = methodologyOf(set);
  return base === null ? [] : customNameVariants(set, base).get(code) ?? [];
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
    // A canonical code wins over an alias that happens to spell it (Kế hoạch Vĩnh Phúc 2024's "2.4" is Kế hoạch Hà Tĩnh 2023's 2.5,
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

/** The node a code names only through an alias (Kế hoạch Vĩnh Phúc 2024 numbering), even where it is also canonical. */
export function aliasTarget(index: CriteriaIndex, code: string): CriteriaNode | undefined {
  return firstAliasOwners(index.set).get(normalizeCode(code));
}

const aliasOwners = new WeakMap<CriteriaSet, ReadonlyMap<string, CriteriaNode>>();

/**
 * alias -> the first node in tree order listing it (what nodes.find(n => n.aliases.includes(c))
 * gives), built once per set: the detector asks for every row of a sheet.
 */
function firstAliasOwners(set: CriteriaSet): ReadonlyMap<string, CriteriaNode> {
  let map = aliasOwners.get(set);
  if (map === undefined) {
    const built = new Map<string, CriteriaNode>();
    for (const node of set.nodes) for (const alias of node.aliases) if (!built.has(alias)) built.set(alias, node);
    map = built;
    aliasOwners.set(set, map);
  }
  return map;
}
