import type { CriteriaIndex, CriteriaNode, NodeLevel } from '../criteria/types';
import { NAME_MATCH_THRESHOLD } from '../criteria';
import { bestWordingSimilarity } from '../criteria/names';
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
  /** rowName(row), asked for by the checker and the score lines. */
  readonly name: string;
  /** The rest of the row's reading (rowNode): kept so the checker need not read the code again. */
  readonly ambiguous: readonly CriteriaNode[];
  readonly trailingZero: TrailingZero | null;
}

export interface TableStructure {
  /** First row per canonical code, in sheet order. */
  readonly coded: readonly CodedRow[];
  /** Later rows repeating a code already seen, with the row seen first. */
  readonly duplicates: readonly { readonly first: CodedRow; readonly repeat: CodedRow }[];
  /** The repeats of `duplicates`, placed: each is also among its parent's children. */
  readonly repeats: ReadonlySet<CodedRow>;
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
  /**
   * The entries of `coded` and of the duplicates together, in the order of the rows they were built
   * from: the checker walks the same rows and this list side by side to find each row's entry (an
   * entry is also the row's reading, so no code is read twice). A list rather than a map keyed by
   * row: thousands of object-keyed map entries cost more than the rest of the structure.
   */
  readonly inRowOrder: readonly CodedRow[];
}

/** What rowNode makes of a single-code row. */
interface RowReading {
  readonly code: string;
  readonly node: CriteriaNode | undefined;
  readonly ambiguous: readonly CriteriaNode[];
  readonly trailingZero: TrailingZero | null;
}

interface TrailingZero {
  readonly alternative: CriteriaNode;
  readonly likely: boolean;
}

/** Shared by every lookup that finds nothing: callers only read these. */
const NO_NODES: readonly CriteriaNode[] = [];
const NO_ROWS: readonly CodedRow[] = [];
const NO_REPEATS: ReadonlySet<CodedRow> = new Set();

/** The name a row gives its criterion: the name cell, else the text after the code. */
export function rowName(row: TableRow): string {
  const own = row.name && !row.name.filled ? cleanText(row.name.text) : '';
  return own !== '' ? own : cleanText(row.code.rest);
}

/**
 * Task tables append the target to the criterion ("1.1 - Thực hiện Kế hoạch CCHC năm: ... đạt 98,2%"),
 * while an area cell may put its label first ("Lĩnh vực 1: Công tác chỉ đạo"): a name is compared
 * whole and by the part before the colon, and the better reading counts. This is that second
 * reading (the part before the colon), or null when there is none.
 */
export function readingHead(name: string): string | null {
  const colon = name.indexOf(':');
  if (colon <= 0) return null;
  const head = name.slice(0, colon).trim();
  return head !== '' && head !== name ? head : null;
}

/** Against the node's name and every other wording the plans print for it. */
export function similarityTo(index: CriteriaIndex, name: string, node: CriteriaNode): number {
  // Both readings against every wording, the best counting; no lists built per comparison.
  const whole = bestWordingSimilarity(index, node, name);
  const head = readingHead(name);
  return head === null ? whole : Math.max(whole, bestWordingSimilarity(index, node, head));
}

/**
 * Other nodes printed under this code in another numbering (Kế hoạch Vĩnh Phúc 2024 renumbers some codes), so
 * "7.3.5" can mean two different sub-criteria.
 */
export function codeCandidates(index: CriteriaIndex, code: string): readonly CriteriaNode[] {
  // Asked for every coded row, by both the structure and the checker; the answer depends only on
  // the index and the code, so it is kept per index (bounded: a sheet has few distinct codes).
  let memo = candidateMemo.get(index);
  if (memo === undefined) {
    memo = new Map();
    candidateMemo.set(index, memo);
  }
  const hit = memo.get(code);
  if (hit !== undefined) return hit;
  const found = findCandidates(index, code);
  // A code no node answers to is not kept: finding that out is as cheap as the lookup, and a table
  // of codes outside the set (each row its own) would fill the memo with one entry per row.
  if (found === NO_NODES) return found;
  if (memo.size >= CANDIDATE_MEMO_LIMIT) memo.clear();
  memo.set(code, found);
  return found;
}

const CANDIDATE_MEMO_LIMIT = 50_000;
const candidateMemo = new WeakMap<CriteriaIndex, Map<string, readonly CriteriaNode[]>>();

function findCandidates(index: CriteriaIndex, code: string): readonly CriteriaNode[] {
  const direct = index.byCode(code) ?? index.resolve(code);
  const owners = aliasOwners(index.set).get(code);
  if (owners === undefined) return direct ? [direct] : NO_NODES;
  const out: CriteriaNode[] = [];
  if (direct) out.push(direct);
  for (const node of owners) {
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
  if (candidates.length <= 1) return { node: candidates[0], ambiguous: NO_NODES };
  if (name !== '') {
    const scored = candidates
      .map((node) => ({ node, similarity: similarityTo(index, name, node) }))
      .sort((a, b) => b.similarity - a.similarity);
    const [best, second] = scored;
    if (best && best.similarity >= CLEAR_WINNER && best.similarity - (second?.similarity ?? 0) >= CLEAR_MARGIN) {
      return { node: best.node, ambiguous: NO_NODES };
    }
  }
  return { node: candidates[0], ambiguous: candidates };
}

/**
 * A code cell stored as the number 1.1 may have been typed 1.10 (Excel drops the trailing zero).
 * Worth a word when the tree has 1.10 and the row's name does not belong to 1.1; `likely` when the
 * name clearly belongs to 1.10, in which case the row is read as 1.10.
 */
function trailingZeroReading(
  index: CriteriaIndex,
  row: TableRow,
  code: string,
  node: CriteriaNode | undefined,
  name: string,
): TrailingZero | null {
  if (!row.code.maybeTrailingZeroLost) return null;
  const alternative = index.resolve(`${code}0`);
  if (!alternative) return null;
  const toAlternative = name === '' ? 0 : similarityTo(index, name, alternative);
  const toCode = name === '' || !node ? 0 : similarityTo(index, name, node);
  if (node && toCode > toAlternative) return null;
  return { alternative, likely: toAlternative > toCode && toAlternative >= NAME_MATCH_THRESHOLD };
}

/** The node a single-code row stands for, after aliases and a lost trailing zero are settled. */
export function rowNode(index: CriteriaIndex, row: TableRow, code: string): RowReading {
  return readRow(index, row, code, rowName(row));
}

/** rowNode with the row's name already at hand. */
function readRow(index: CriteriaIndex, row: TableRow, code: string, name: string): RowReading {
  const { node, ambiguous } = resolveRowNode(index, code, name);
  const trailingZero = trailingZeroReading(index, row, code, node, name);
  if (trailingZero?.likely) return { code: trailingZero.alternative.code, node: trailingZero.alternative, ambiguous: NO_NODES, trailingZero };
  return { code, node, ambiguous, trailingZero };
}

/** Segments of a dotted code (what code.split('.').length counts), without splitting it. */
function segmentCount(code: string): number {
  let n = 1;
  for (let i = code.indexOf('.'); i >= 0; i = code.indexOf('.', i + 1)) n++;
  return n;
}

export function levelOfCode(code: string): NodeLevel {
  const depth = segmentCount(code);
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

/** The entry placed under another parent; written out rather than spread so every entry keeps one object shape. */
function withParent(entry: CodedRow, parent: string | null): CodedRow {
  return {
    row: entry.row,
    code: entry.code,
    canonical: entry.canonical,
    node: entry.node,
    parent,
    level: entry.level,
    area: entry.area,
    name: entry.name,
    ambiguous: entry.ambiguous,
    trailingZero: entry.trailingZero,
  };
}

/**
 * The table's structure under the index. analyze builds it once and hands it to both check and
 * score; they build it themselves only when called alone.
 */
export function buildStructure(rows: readonly TableRow[], index: CriteriaIndex): TableStructure {
  const coded: CodedRow[] = [];
  const duplicates: { first: CodedRow; repeat: CodedRow }[] = [];
  const byCode = new Map<string, CodedRow>();
  const inRowOrder: CodedRow[] = [];
  let totalRow: TableRow | undefined;
  for (const row of rows) {
    if (row.kind === 'total') {
      totalRow ??= row;
      continue;
    }
    // A code repeated down a merged cell, or several codes in one cell, cannot own one set of values.
    if ((row.kind !== 'area' && row.kind !== 'criterion') || row.code.filled || row.code.codes.length !== 1) continue;
    const name = rowName(row);
    const { code, node, ambiguous, trailingZero } = readRow(index, row, row.code.codes[0]!, name);
    const canonical = node?.code ?? code;
    const dot = canonical.indexOf('.');
    const entry: CodedRow = {
      row,
      code,
      canonical,
      node,
      parent: parentOf(index, canonical, node),
      level: node?.level ?? (row.kind === 'area' ? 'area' : levelOfCode(canonical)),
      area: dot < 0 ? canonical : canonical.slice(0, dot),
      name,
      ambiguous,
      trailingZero,
    };
    const first = byCode.get(canonical);
    if (first) {
      duplicates.push({ first, repeat: entry });
      inRowOrder.push(entry);
      continue;
    }
    byCode.set(canonical, entry);
    coded.push(entry);
    inRowOrder.push(entry);
  }
  const childMap = new Map<string, CodedRow[]>();
  const roots: CodedRow[] = [];
  const strays: CodedRow[] = [];
  const placed: CodedRow[] = coded.slice();
  const repeatAt = new Map<CodedRow, number>();
  for (let i = 0; i < duplicates.length; i++) repeatAt.set(duplicates[i]!.repeat, i);
  // Entries of `coded` come in inRowOrder in their own order: counted rather than looked up.
  let nextCoded = 0;
  // The nearest shallower row above each row, as the sheet lays them out: where a mistyped code
  // (1.3 typed as 1.2) has its own sub-rows, they belong to that row, not to the area above it.
  const above: CodedRow[] = [];
  for (let at = 0; at < inRowOrder.length; at++) {
    const entry = inRowOrder[at]!;
    const depth = segmentCount(entry.canonical);
    let shallower: CodedRow | undefined;
    for (let d = Math.min(depth, above.length) - 1; d >= 1 && shallower === undefined; d--) shallower = above[d];
    above.length = depth + 1;
    above[depth] = entry;
    const repeat = repeatAt.get(entry);
    const parent = nearestPresent(index, entry.parent, byCode);
    const out: CodedRow = parent === entry.parent ? entry : withParent(entry, parent);
    inRowOrder[at] = out;
    if (repeat !== undefined) duplicates[repeat] = { first: duplicates[repeat]!.first, repeat: out };
    else placed[nextCoded++] = out;
    // A row laid out under a repeated code, whose tree parent is missing or is that very code, is
    // part of the repeat (its points are in the repeated row already): in no other row's sum.
    const underRepeat =
      shallower !== undefined &&
      repeatAt.has(shallower) &&
      shallower.area === entry.area &&
      (parent !== entry.parent || parent === shallower.canonical);
    if (underRepeat) continue;
    if (parent === null) {
      const outside = !out.node && out.row.kind !== 'area' && !index.resolve(out.area);
      if (outside) strays.push(out);
      else roots.push(out);
    } else {
      // A repeated code keeps its place in its parent's sum, as typed: the duplicate is one finding,
      // not also a subtotal that no longer adds up.
      const siblings = childMap.get(parent);
      if (siblings) siblings.push(out);
      else childMap.set(parent, [out]);
    }
  }
  // Same keys in the same order as before placement; only re-placed entries change.
  for (let i = 0; i < placed.length; i++) if (placed[i] !== coded[i]) byCode.set(placed[i]!.canonical, placed[i]!);
  const built: BuiltStructure = {
    coded: placed,
    duplicates,
    repeats: duplicates.length === 0 ? NO_REPEATS : new Set(duplicates.map((d) => d.repeat)),
    byCode,
    childMap,
    children: childrenIn,
    roots,
    strays,
    totalRow,
    inRowOrder,
  };
  return built;
}

/** The structure as built: its children by parent, which `children` reads. */
interface BuiltStructure extends TableStructure {
  readonly childMap: ReadonlyMap<string, readonly CodedRow[]>;
}

/**
 * `children` of every structure: one module function rather than a closure per table. The checker
 * and the score lines call it for every row, and optimised code that had seen one table's closure
 * was thrown away ("wrong call target") when the next table brought a new one.
 */
function childrenIn(this: BuiltStructure, canonical: string): readonly CodedRow[] {
  return this.childMap.get(canonical) ?? NO_ROWS;
}
