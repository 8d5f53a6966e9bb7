import { fixedToString, sumFixed, type Fixed } from '../../fixed';
import { fold } from '../../text';
import { codeDepth, codeParent, compareCriteriaCodes } from '../codes';
import { nameSimilarity } from '../names';
import { getCriteriaSet, isBuiltInSetId } from '../sets';
import type { CriteriaNode, CriteriaSet, NodeKind, NodeLevel } from '../types';
import { hasErrors, issue, placeText } from './place';
import type { CriteriaIssue, DraftNode, DraftSet, Place, SourceKind, Split } from './types';
import { customSetProblems } from './set-shape';

const LEVELS: readonly NodeLevel[] = ['area', 'criterion', 'subcriterion', 'item'];

export interface BuildResult {
  /** Null when any issue is an error: a set with errors is never used for checking. */
  readonly set: CriteriaSet | null;
  readonly issues: readonly CriteriaIssue[];
}

/** A node being assembled, with the places its fields were written (absent: inherited or defaulted). */
interface Work {
  code: string;
  name: string;
  max: Fixed | null;
  kind: NodeKind | null;
  split: Split | undefined;
  aliases: readonly string[];
  sources: string[];
  place: Place | null;
  maxPlace: Place | null;
  aliasPlace: Place | null;
  splitPlace: Place | null;
  /** True for a node the draft adds (not in the extended set). */
  added: boolean;
}

function fromBase(node: CriteriaNode): Work {
  return {
    code: node.code,
    name: node.name,
    max: node.max,
    kind: node.kind,
    split: node.split,
    aliases: node.aliases,
    sources: [...node.sources],
    place: null,
    maxPlace: null,
    aliasPlace: null,
    splitPlace: null,
    added: false,
  };
}

function splitSum(split: Split): Fixed {
  return sumFixed(Object.values(split) as Fixed[]);
}

function splitKind(split: Split): NodeKind | null {
  const kinds = Object.keys(split) as SourceKind[];
  if (kinds.length === 0) return null;
  return kinds.length === 1 ? kinds[0]! : 'mixed';
}

/** How clearly a row's name must fit the node another numbering files under its code. */
const RENUMBERED_FIT = 0.8;
const RENUMBERED_MARGIN = 0.2;

/**
 * An extension row written in another numbering of the base set (Kế hoạch Vĩnh Phúc 2024's "7.3.5 Tỷ lệ hồ sơ
 * trực tuyến toàn trình" is par-2022's 7.3.6): applied to the node its name names, with a warning,
 * rather than silently changing the node the code names in the base.
 */
function renumbered(base: CriteriaSet, row: DraftNode, issues: CriteriaIssue[]): DraftNode {
  if (!row.name) return row;
  const owner = base.nodes.find((n) => n.aliases.includes(row.code));
  if (!owner) return row;
  const canonical = base.nodes.find((n) => n.code === row.code);
  const toOwner = nameSimilarity(row.name.value, owner.name);
  const toCanonical = canonical ? nameSimilarity(row.name.value, canonical.name) : 0;
  if (toOwner < RENUMBERED_FIT || toOwner - toCanonical < RENUMBERED_MARGIN) return row;
  issues.push(
    issue('renumbered', row.place, { code: row.code, name: row.name.value, canonical: owner.code, set: base.id }, { severity: 'warning' }),
  );
  // The name only told which node was meant (a wording of the base node): the base name stays.
  const { name: _name, ...rest } = row;
  return { ...rest, code: owner.code };
}

/** A readable id from the title: "Chỉ số CCHC cấp sở 2024" -> "custom:chi-so-cchc-cap-so-2024". */
function defaultId(title: string): string {
  const slug = fold(title).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 48);
  return `custom:${slug || 'set'}`;
}

/**
 * Assembles a custom set from what the user wrote, checking the tree rules on the way: unique
 * codes, parents present, children adding up exactly to their parent wherever every maximum is
 * known, the areas to the total. An extension starts from the built-in set and applies the rows
 * (a new maximum, a new name, a new node); a stand-alone set is exactly its rows.
 */
export function buildCustomSet(draft: DraftSet): BuildResult {
  const issues: CriteriaIssue[] = [];
  const base = draft.extends ? getCriteriaSet(draft.extends.value) : null;
  const works = new Map<string, Work>();
  for (const node of base?.nodes ?? []) works.set(node.code, fromBase(node));

  const seen = new Map<string, DraftNode>();
  for (const written of draft.nodes) {
    const row = base ? renumbered(base, written, issues) : written;
    const first = seen.get(row.code);
    if (first) {
      issues.push(issue('duplicate-code', row.place, { code: row.code, first: placeText(first.place) }, row.codeWasNumber || first.codeWasNumber ? { variant: 'number' } : {}));
      continue;
    }
    seen.set(row.code, row);
    if (codeDepth(row.code) > LEVELS.length) {
      issues.push(issue('bad-code', row.place, { code: row.code }, { variant: 'depth' }));
      continue;
    }
    const existing = works.get(row.code);
    const work = existing ?? {
      ...fromBase({ code: row.code, parent: null, level: 'area', name: '', max: null, kind: 'self-assessment', aliases: [], sources: [] }),
      kind: null,
      added: true,
    };
    work.place = row.place;
    work.sources.push(placeText(row.place));
    if (row.name) work.name = row.name.value;
    // A node can still be checked by its code; without a name it just cannot be recognised by name.
    else if (work.added) issues.push(issue('missing-name', row.place, { code: row.code }, { severity: 'warning' }));
    if (row.max) {
      work.max = row.max.value;
      work.maxPlace = row.max.place;
      // A new area maximum makes the inherited split meaningless unless a new split is given.
      if (!row.split && work.split && (work.max === null || splitSum(work.split) !== work.max)) work.split = undefined;
    }
    if (row.kind) work.kind = row.kind.value;
    if (row.aliases) {
      work.aliases = row.aliases.value;
      work.aliasPlace = row.aliases.place;
    }
    if (row.split) {
      work.split = row.split.value;
      work.splitPlace = row.split.place;
    }
    if (row.parent && row.parent.value !== codeParent(row.code)) {
      issues.push(issue('bad-parent', row.parent.place, { code: row.code, parent: row.parent.value, expected: codeParent(row.code) ?? '—' }));
    }
    works.set(row.code, work);
  }

  const ordered = base ? [...works.values()].sort((a, b) => compareCriteriaCodes(a.code, b.code)) : [...works.values()];
  if (ordered.length === 0) issues.push(issue('empty-set', draft.place));

  // Parents before children, so a new node can take its parent's kind.
  for (const work of [...ordered].sort((a, b) => codeDepth(a.code) - codeDepth(b.code))) {
    const parentCode = codeParent(work.code);
    const parent = parentCode === null ? undefined : works.get(parentCode);
    if (parentCode !== null && !parent) {
      issues.push(issue('missing-parent', work.place ?? draft.place, { code: work.code, parent: parentCode }));
    }
    if (work.split) {
      const place = work.splitPlace ?? work.place ?? draft.place;
      const fromSplit = splitKind(work.split);
      if (parentCode !== null) issues.push(issue('bad-split', place, { code: work.code }, { variant: 'not-area' }));
      else if (work.max === null) issues.push(issue('bad-split', place, { code: work.code }, { variant: 'no-max' }));
      else if (splitSum(work.split) !== work.max) {
        issues.push(issue('bad-split', place, { code: work.code, sum: fixedToString(splitSum(work.split)), max: fixedToString(work.max) }, { variant: 'sum' }));
      } else if (work.kind !== null && fromSplit !== null && work.kind !== fromSplit) {
        issues.push(issue('bad-split', place, { code: work.code }, { variant: 'kind' }));
      }
      if (work.kind === null) work.kind = fromSplit;
    }
    if (work.kind === null) work.kind = parent?.kind && parent.kind !== 'mixed' ? parent.kind : 'self-assessment';
  }

  const aliasOwner = new Map<string, Work>();
  for (const work of ordered) {
    for (const alias of work.aliases) {
      const place = work.aliasPlace ?? work.place ?? draft.place;
      if (alias === work.code) {
        issues.push(issue('bad-alias', place, { code: work.code, alias }, { variant: 'self' }));
        continue;
      }
      const owner = aliasOwner.get(alias);
      if (owner) issues.push(issue('duplicate-alias', place, { code: work.code, alias, other: owner.code }));
      else aliasOwner.set(alias, work);
    }
  }

  const children = new Map<string, Work[]>();
  for (const work of ordered) {
    const parentCode = codeParent(work.code);
    if (parentCode === null || !works.has(parentCode)) continue;
    children.set(parentCode, [...(children.get(parentCode) ?? []), work]);
  }
  for (const [code, kids] of children) {
    const parent = works.get(code)!;
    if (parent.max === null || kids.some((k) => k.max === null)) continue;
    const sum = sumFixed(kids.map((k) => k.max as Fixed));
    if (sum !== parent.max) {
      // Name the cell the user is most likely to fix: the parent's maximum, else a child's, else the parent row.
      const place = parent.maxPlace ?? kids.find((k) => k.maxPlace)?.maxPlace ?? parent.place ?? draft.place;
      issues.push(
        issue('children-sum', place, {
          code,
          sum: fixedToString(sum),
          max: fixedToString(parent.max),
          children: kids.map((k) => k.code).join(', '),
        }),
      );
    }
  }

  const areas = ordered.filter((w) => codeParent(w.code) === null);
  const areaMaxima = areas.every((a) => a.max !== null) ? sumFixed(areas.map((a) => a.max as Fixed)) : null;
  let total: Fixed | null = draft.total?.value ?? base?.total ?? null;
  if (total === null) {
    total = areaMaxima;
    if (total === null && areas.length > 0) issues.push(issue('total-unknown', draft.place));
  } else if (areaMaxima !== null && areaMaxima !== total) {
    const place = draft.total?.place ?? areas.find((a) => a.maxPlace)?.maxPlace ?? draft.place;
    issues.push(issue('areas-sum', place, { sum: fixedToString(areaMaxima), total: fixedToString(total) }));
  }

  const title = draft.title?.value ?? (base ? base.title : draft.fallbackTitle);
  const id = draft.id?.value ?? defaultId(draft.title?.value ?? draft.fallbackTitle);
  if (isBuiltInSetId(id)) issues.push(issue('reserved-id', draft.id?.place ?? draft.place, { id }));

  if (hasErrors(issues) || total === null) return { set: null, issues };

  const nodes: CriteriaNode[] = ordered.map((w) => ({
    code: w.code,
    parent: codeParent(w.code),
    level: LEVELS[codeDepth(w.code) - 1]!,
    name: w.name,
    max: w.max,
    kind: w.kind ?? 'self-assessment',
    ...(w.split ? { split: w.split } : {}),
    aliases: w.aliases,
    sources: w.sources,
  }));
  const methodology = draft.extends?.value ?? draft.methodology?.value;
  const set: CriteriaSet = {
    id,
    title,
    basis: draft.basis?.value ?? base?.basis ?? '',
    total,
    partial: draft.partial?.value ?? base?.partial ?? false,
    nodes,
    source: draft.source,
    ...(draft.extends ? { extends: draft.extends.value } : {}),
    ...(methodology ? { methodology } : {}),
  };
  // The rules above cover what a user can get wrong; the schema guards the shape the engine relies on.
  const problems = customSetProblems(set);
  if (problems.length > 0) {
    return { set: null, issues: [...issues, issue('bad-meta', draft.place, { detail: problems.join('; ') }, { variant: 'schema' })] };
  }
  return { set, issues };
}
