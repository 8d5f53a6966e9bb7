import type { CriteriaIndex, CriteriaNode, NodeLevel } from '../criteria/types';
import { NAME_MATCH_THRESHOLD, nameSimilarity, nameVariants } from '../criteria';
import { parentCode } from '../parse/codes';
import { cleanText } from '../text';
import type { TableRow } from '../table/types';

/**
 * The table's own tree: which rows are parents of which, decided by the rows present in the sheet
 * (a sheet may stop at criteria, skip an area, or go deeper than the embedded tree).
 */
export interface CodedRow {
  readonly row: TableRow;
  /** The code as written (after parsing); "2.10" when a number cell 2.1 carries the name of 2.10. */
  readonly code: string;
  /** The tree's code for it (an alias resolved), else the written code. */
  readonly canonical: string;
  readonly node: CriteriaNode | undefined;
  /** Canonical code of the nearest ancestor present in the table (tree parent, else dotted prefix). */
  readonly parent: string | null;
  readonly level: NodeLevel;
  readonly area: string;
}

export interface TableStructure {
  /** First row per canonical code, in sheet order. */
  readonly coded: readonly CodedRow[];
  /** Later rows repeating a code already seen, with the row seen first. */
  readonly duplicates: readonly { readonly first: CodedRow; readonly repeat: CodedRow }[];
  readonly byCode: ReadonlyMap<string, CodedRow>;
  /** Direct children present in the table, in sheet order. */
  children(canonical: string): readonly CodedRow[];
  /** Rows whose parent is not in the table (the area rows when the sheet has them). */
  readonly roots: readonly CodedRow[];
  /**
   * Top rows outside the criteria set altogether (an unknown "9.1" with no area 9): reported as
   * unknown codes, and left out of the totals, which add up the areas.
   */
  readonly strays: readonly CodedRow[];
  readonly totalRow: TableRow | undefined;
}

const STRUCTURAL_KINDS: ReadonlySet<TableRow['kind']> = new Set(['area', 'criterion']);

/** The name a row gives its criterion: the name cell, else the text after the code. */
export function rowName(row: TableRow): string {
  const own = row.name && !row.name.filled ? cleanText(row.name.text) : '';
  return own !== '' ? own : cleanText(row.code.rest);
}

/**
 * Task tables append the target to the criterion ("1.1 - Thực hiện Kế hoạch CCHC năm: ... đạt 98,2%"),
 * while an area cell may put its label first ("Lĩnh vực 1: Công tác chỉ đạo"): a name is compared
 * whole and by the part before the colon, and the better reading counts.
 */
export function nameReadings(name: string): string[] {
  const colon = name.indexOf(':');
  const head = colon > 0 ? name.slice(0, colon).trim() : '';
  return head !== '' && head !== name ? [name, head] : [name];
}

/** Against the node's name and every other wording the seeds print for it. */
export function similarityTo(index: CriteriaIndex, name: string, node: CriteriaNode): number {
  const wordings = [node.name, ...nameVariants(index.set, node.code)];
  return Math.max(...nameReadings(name).flatMap((reading) => wordings.map((w) => nameSimilarity(reading, w))));
}

/**
 * Other nodes printed under this code in another numbering (seed 003 renumbers some codes), so
 * "7.3.5" can mean two different sub-criteria.
 */
export function codeCandidates(index: CriteriaIndex, code: string): CriteriaNode[] {
  const out: CriteriaNode[] = [];
  const direct = index.byCode(code) ?? index.resolve(code);
  if (direct) out.push(direct);
  for (const node of aliasOwners(index.set).get(code) ?? []) {
    if (!out.includes(node)) out.push(node);
  }
  return out;
}

/** alias -> the nodes listing it, in tree order; built once per set instead of scanning the tree per row. */
const aliasIndex = new WeakMap<CriteriaIndex['set'], ReadonlyMap<string, readonly CriteriaNode[]>>();
function aliasOwners(set: CriteriaIndex['set']): ReadonlyMap<string, readonly CriteriaNode[]> {
  let map = aliasIndex.get(set);
  if (map === undefined) {
    const built = new Map<string, CriteriaNode[]>();
    for (const node of set.nodes) {
      for (const alias of new Set(node.aliases)) {
        const list = built.get(alias);
        if (list) list.push(node);
        else built.set(alias, [node]);
      }
    }
    map = built;
    aliasIndex.set(set, map);
  }
  return map;
}

const CLEAR_WINNER = 0.6;
const CLEAR_MARGIN = 0.1;

/**
 * The node a code means on this row: the only candidate, or the one whose name the row's name
 * clearly matches. `ambiguous` lists the candidates when neither holds.
 */
export function resolveRowNode(
  index: CriteriaIndex,
  code: string,
  name: string,
): { node: CriteriaNode | undefined; ambiguous: readonly CriteriaNode[] } {
  const candidates = codeCandidates(index, code);
  if (candidates.length <= 1) return { node: candidates[0], ambiguous: [] };
  if (name !== '') {
    const scored = candidates
      .map((node) => ({ node, similarity: similarityTo(index, name, node) }))
      .sort((a, b) => b.similarity - a.similarity);
    const [best, second] = scored;
    if (best && best.similarity >= CLEAR_WINNER && best.similarity - (second?.similarity ?? 0) >= CLEAR_MARGIN) {
      return { node: best.node, ambiguous: [] };
    }
  }
  return { node: candidates[0], ambiguous: candidates };
}

/**
 * A code cell stored as the number 1.1 may have been typed 1.10 (Excel drops the trailing zero).
 * Worth a word when the tree has 1.10 and the row's name does not belong to 1.1; `likely` when the
 * name clearly belongs to 1.10, in which case the row is read as 1.10.
 */
export function trailingZeroReading(
  index: CriteriaIndex,
  row: TableRow,
  code: string,
  node: CriteriaNode | undefined,
  name: string,
): { alternative: CriteriaNode; likely: boolean } | null {
  if (!row.code.maybeTrailingZeroLost) return null;
  const alternative = index.resolve(`${code}0`);
  if (!alternative) return null;
  const toAlternative = name === '' ? 0 : similarityTo(index, name, alternative);
  const toCode = name === '' || !node ? 0 : similarityTo(index, name, node);
  if (node && toCode > toAlternative) return null;
  return { alternative, likely: toAlternative > toCode && toAlternative >= NAME_MATCH_THRESHOLD };
}

/** The node a single-code row stands for, after aliases and a lost trailing zero are settled. */
export function rowNode(
  index: CriteriaIndex,
  row: TableRow,
  code: string,
): { code: string; node: CriteriaNode | undefined; ambiguous: readonly CriteriaNode[]; trailingZero: ReturnType<typeof trailingZeroReading> } {
  const name = rowName(row);
  const { node, ambiguous } = resolveRowNode(index, code, name);
  const trailingZero = trailingZeroReading(index, row, code, node, name);
  if (trailingZero?.likely) return { code: trailingZero.alternative.code, node: trailingZero.alternative, ambiguous: [], trailingZero };
  return { code, node, ambiguous, trailingZero };
}

export function levelOfCode(code: string): NodeLevel {
  const depth = code.split('.').length;
  if (depth <= 1) return 'area';
  if (depth === 2) return 'criterion';
  if (depth === 3) return 'subcriterion';
  return 'item';
}

function canonicalOf(index: CriteriaIndex, code: string): string {
  return index.resolve(code)?.code ?? code;
}

function parentOf(index: CriteriaIndex, canonical: string, node: CriteriaNode | undefined): string | null {
  if (node) return node.parent;
  const written = parentCode(canonical);
  return written === null ? null : canonicalOf(index, written);
}

/** A sheet may skip a level (sub-criteria listed without their criterion): climb to a row it has. */
function nearestPresent(index: CriteriaIndex, start: string | null, present: ReadonlyMap<string, CodedRow>): string | null {
  let code = start;
  for (let guard = 0; code !== null && guard < 8; guard++) {
    if (present.has(code)) return code;
    code = parentOf(index, code, index.resolve(code));
  }
  return null;
}

/**
 * Check and score both need the same table's structure: it is built once per rows array and
 * index (both are never changed after reading, and the structure is read-only).
 */
const built = new WeakMap<readonly TableRow[], WeakMap<CriteriaIndex, TableStructure>>();

export function buildStructure(rows: readonly TableRow[], index: CriteriaIndex): TableStructure {
  let byIndex = built.get(rows);
  if (!byIndex) {
    byIndex = new WeakMap();
    built.set(rows, byIndex);
  }
  let structure = byIndex.get(index);
  if (!structure) {
    structure = buildStructureOnce(rows, index);
    byIndex.set(index, structure);
  }
  return structure;
}

function buildStructureOnce(rows: readonly TableRow[], index: CriteriaIndex): TableStructure {
  const coded: CodedRow[] = [];
  const duplicates: { first: CodedRow; repeat: CodedRow }[] = [];
  const byCode = new Map<string, CodedRow>();
  let totalRow: TableRow | undefined;
  for (const row of rows) {
    if (row.kind === 'total') {
      totalRow ??= row;
      continue;
    }
    // A code repeated down a merged cell, or several codes in one cell, cannot own one set of values.
    if (!STRUCTURAL_KINDS.has(row.kind) || row.code.filled || row.code.codes.length !== 1) continue;
    const { code, node } = rowNode(index, row, row.code.codes[0]!);
    const canonical = node?.code ?? code;
    const entry: CodedRow = {
      row,
      code,
      canonical,
      node,
      parent: parentOf(index, canonical, node),
      level: node?.level ?? (row.kind === 'area' ? 'area' : levelOfCode(canonical)),
      area: canonical.split('.')[0] ?? canonical,
    };
    const first = byCode.get(canonical);
    if (first) {
      duplicates.push({ first, repeat: entry });
      continue;
    }
    byCode.set(canonical, entry);
    coded.push(entry);
  }
  const childMap = new Map<string, CodedRow[]>();
  const roots: CodedRow[] = [];
  const strays: CodedRow[] = [];
  const placed = coded.map((entry) => {
    const parent = nearestPresent(index, entry.parent, byCode);
    const out: CodedRow = parent === entry.parent ? entry : { ...entry, parent };
    const outside = !out.node && out.row.kind !== 'area' && !index.resolve(out.area);
    if (parent === null && outside) strays.push(out);
    else if (parent === null) roots.push(out);
    else {
      const siblings = childMap.get(parent);
      if (siblings) siblings.push(out);
      else childMap.set(parent, [out]);
    }
    return out;
  });
  return {
    coded: placed,
    duplicates,
    byCode: new Map(placed.map((entry) => [entry.canonical, entry])),
    children: (canonical) => childMap.get(canonical) ?? [],
    roots,
    strays,
    totalRow,
  };
}
