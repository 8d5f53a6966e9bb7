import type { CriteriaIndex, NodeKind } from '../criteria/types';
import type { Fixed } from '../fixed';
import { compareCodes, parentCode } from '../parse/codes';
import type { ReadTable, TableRow } from '../table/types';
import type { AreaTotal, KindTotal, RecomputedFrom, ScoreLine, Totals, Triple } from './types';
import { buildStructure, type CodedRow, type TableStructure } from './structure';
import { difference, percentOf, sumOfRole, valueOf } from './values';

export type { ScoreLine, Totals, Triple, AreaTotal, KindTotal, RecomputedFrom } from './types';
export { buildStructure, rowName, resolveRowNode, levelOfCode } from './structure';
export type { CodedRow, TableStructure } from './structure';

const KIND_ORDER: readonly Exclude<NodeKind, 'mixed'>[] = ['self-assessment', 'leader-survey', 'sipas', 'socio-economic'];

const EMPTY_TRIPLE: Triple = { max: null, score: null, target: null };

function tripleOf(entry: CodedRow | undefined): Triple {
  if (!entry) return EMPTY_TRIPLE;
  return { max: valueOf(entry.row, 'max'), score: valueOf(entry.row, 'score'), target: valueOf(entry.row, 'target') };
}

/** sumTriples of the entries' triples, read straight from their rows (no triple per entry). */
function sumEntries(parts: readonly CodedRow[]): Triple {
  return { max: sumOfRole(parts, 'max'), score: sumOfRole(parts, 'score'), target: sumOfRole(parts, 'target') };
}

/** A node the tree does not know takes its kind from the nearest known ancestor, unless that is mixed. */
function kindOf(entry: CodedRow, index: CriteriaIndex): NodeKind | null {
  if (entry.node) return entry.node.kind;
  for (let code = parentCode(entry.canonical); code !== null; code = parentCode(code)) {
    const node = index.resolve(code);
    if (node) return node.kind === 'mixed' ? null : node.kind;
  }
  return null;
}

/**
 * A repeated code counts in its parent's sum as typed, unless the parent's stated score was plainly
 * written without it (a row pasted twice): then the sum without the repeat is the one meant, as the
 * checker reads it, so the recomputed figures and formulas agree with the findings.
 */
function meantChildren(structure: TableStructure, parent: TableRow, children: readonly CodedRow[]): readonly CodedRow[] {
  if (structure.repeats.size === 0 || !children.some((c) => structure.repeats.has(c))) return children;
  const stated = valueOf(parent, 'score');
  if (stated === null || sumOfRole(children, 'score') === stated) return children;
  const without = children.filter((c) => !structure.repeats.has(c));
  return sumOfRole(without, 'score') === stated ? without : children;
}

function lineOf(entry: CodedRow, structure: TableStructure, index: CriteriaIndex): ScoreLine {
  const max = valueOf(entry.row, 'max');
  const score = valueOf(entry.row, 'score');
  const target = valueOf(entry.row, 'target');
  const children = meantChildren(structure, entry.row, structure.children(entry.canonical));
  const childRows: number[] = [];
  for (let i = 0; i < children.length; i++) childRows.push(children[i]!.row.row);
  // One literal with every field in one order: one object shape for all lines.
  return {
    row: entry.row.row,
    code: entry.code,
    name: entry.name || entry.node?.name || '',
    level: entry.level,
    kind: kindOf(entry, index),
    area: entry.area,
    max,
    score,
    target,
    childSum: children.length === 0 ? null : sumEntries(children),
    childRows,
    lost: difference(max, score),
    gapToTarget: difference(target, score),
    percent: percentOf(score, max),
  };
}

/** compareCodes for area codes, each read once: a long sheet sorts a thousand of them. */
function sortAreas(areas: readonly string[]): string[] {
  const plainNumbers = areas.every((a) => /^\d+$/.test(a));
  if (!plainNumbers) return [...areas].sort(compareCodes);
  // For single numeric segments compareCodes is the difference of their values.
  const keyed = areas.map((code) => ({ code, value: Number(code) }));
  keyed.sort((a, b) => a.value - b.value);
  return keyed.map((k) => k.code);
}

function areaTotals(structure: TableStructure, index: CriteriaIndex): AreaTotal[] {
  // An area the tree does not know and the sheet gives no row for is no area (the stray "9.1").
  const areas = new Set<string>();
  const rejected = new Set<string>();
  for (const { area } of structure.coded) {
    if (areas.has(area) || rejected.has(area)) continue;
    if (index.resolve(area) !== undefined || structure.byCode.has(area)) areas.add(area);
    else rejected.add(area);
  }
  // Grouped once: looking each area up in every row made a long sheet quadratic.
  const rootsByArea = new Map<string, CodedRow[]>();
  for (const e of structure.roots) {
    const list = rootsByArea.get(e.area);
    if (list) list.push(e);
    else rootsByArea.set(e.area, [e]);
  }
  const out: AreaTotal[] = [];
  for (const area of sortAreas([...areas])) out.push(areaTotalOf(structure, index, rootsByArea, area));
  return out;
}

function areaTotalOf(structure: TableStructure, index: CriteriaIndex, rootsByArea: ReadonlyMap<string, CodedRow[]>, area: string): AreaTotal {
  // byCode holds each canonical code's one entry of `coded` (repeats are kept apart as duplicates).
  const areaRow = structure.byCode.get(area);
  // Without an area row, the area is what its top rows add up to.
  const parts = areaRow ? meantChildren(structure, areaRow.row, structure.children(area)) : (rootsByArea.get(area) ?? []);
  const recomputed = sumEntries(parts);
  const own = areaRow ? tripleOf(areaRow) : recomputed;
  return {
    code: area,
    name: (areaRow && areaRow.name) || index.resolve(area)?.name || '',
    row: areaRow?.row.row ?? null,
    ...own,
    recomputed,
    lost: difference(own.max, own.score),
  };
}

function kindTotals(lines: readonly ScoreLine[]): KindTotal[] {
  const out: KindTotal[] = [];
  for (const kind of KIND_ORDER) {
    // sumAll per role over the kind's leaves, in one pass: null once a leaf has no value.
    let count = 0;
    let max: number | null = 0;
    let score: number | null = 0;
    let target: number | null = 0;
    for (const l of lines) {
      if (l.childRows.length !== 0 || l.kind !== kind) continue;
      count++;
      max = max === null || l.max === null ? null : max + l.max;
      score = score === null || l.score === null ? null : score + l.score;
      target = target === null || l.target === null ? null : target + l.target;
    }
    if (count > 0) out.push({ kind, max: max as Fixed | null, score: score as Fixed | null, target: target as Fixed | null });
  }
  return out;
}

function emptyTotals(): Totals {
  return {
    stated: { ...EMPTY_TRIPLE, row: null },
    recomputed: EMPTY_TRIPLE,
    recomputedFrom: null,
    rootRows: [],
    lost: null,
    gapToTarget: null,
    byArea: [],
    byKind: [],
  };
}

function recomputedFromOf(roots: readonly CodedRow[]): RecomputedFrom | null {
  if (roots.length === 0) return null;
  const areas = roots.filter((r) => r.level === 'area').length;
  return areas === roots.length ? 'areas' : areas === 0 ? 'criteria' : 'both';
}

function preferred(a: Fixed | null, b: Fixed | null): Fixed | null {
  return a ?? b;
}

/**
 * Lines and totals of a score table. Every sum is exact and uses the values stated in the sheet;
 * a task table has no points, so it gets no lines. `built` is the table's structure under this
 * index, when the caller has it already (analyze builds it once for check and score).
 */
export function scoreTable(table: ReadTable, index: CriteriaIndex, built?: TableStructure): { lines: ScoreLine[]; totals: Totals } {
  if (table.layout.shape !== 'score') return { lines: [], totals: emptyTotals() };
  const structure = built ?? buildStructure(table.rows, index);
  // A loop, not a callback made per table: lineOf's caller keeps its optimised code between tables.
  const lines: ScoreLine[] = [];
  for (const entry of structure.coded) lines.push(lineOf(entry, structure, index));
  const totalRow = structure.totalRow;
  const stated = {
    max: valueOf(totalRow, 'max'),
    score: valueOf(totalRow, 'score'),
    target: valueOf(totalRow, 'target'),
    row: totalRow?.row ?? null,
  };
  const recomputed = sumEntries(structure.roots);
  const recomputedFrom = recomputedFromOf(structure.roots);
  const max = preferred(recomputed.max, stated.max);
  const score = preferred(recomputed.score, stated.score);
  const target = preferred(recomputed.target, stated.target);
  return {
    lines,
    totals: {
      stated,
      recomputed,
      recomputedFrom,
      rootRows: structure.roots.map((r) => r.row.row),
      lost: difference(max, score),
      gapToTarget: difference(target, score),
      byArea: areaTotals(structure, index),
      byKind: kindTotals(lines),
    },
  };
}
