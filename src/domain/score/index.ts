import type { CriteriaIndex, NodeKind } from '../criteria/types';
import type { Fixed } from '../fixed';
import { compareCodes, parentCode } from '../parse/codes';
import type { ReadTable } from '../table/types';
import type { AreaTotal, KindTotal, ScoreLine, Totals, Triple } from './types';
import { buildStructure, rowName, type CodedRow, type TableStructure } from './structure';
import { difference, percentOf, sumAll, valueOf } from './values';

export type { ScoreLine, Totals, Triple, AreaTotal, KindTotal } from './types';
export { buildStructure, rowName, resolveRowNode, levelOfCode } from './structure';
export type { CodedRow, TableStructure } from './structure';

const KIND_ORDER: readonly Exclude<NodeKind, 'mixed'>[] = ['self-assessment', 'leader-survey', 'sipas', 'socio-economic'];

const EMPTY_TRIPLE: Triple = { max: null, score: null, target: null };

function tripleOf(entry: CodedRow | undefined): Triple {
  if (!entry) return EMPTY_TRIPLE;
  return { max: valueOf(entry.row, 'max'), score: valueOf(entry.row, 'score'), target: valueOf(entry.row, 'target') };
}

function sumTriples(parts: readonly Triple[]): Triple {
  return {
    max: sumAll(parts.map((p) => p.max)),
    score: sumAll(parts.map((p) => p.score)),
    target: sumAll(parts.map((p) => p.target)),
  };
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

function lineOf(entry: CodedRow, structure: TableStructure, index: CriteriaIndex): ScoreLine {
  const own = tripleOf(entry);
  const children = structure.children(entry.canonical);
  return {
    row: entry.row.row,
    code: entry.code,
    name: rowName(entry.row) || entry.node?.name || '',
    level: entry.level,
    kind: kindOf(entry, index),
    area: entry.area,
    ...own,
    childSum: children.length === 0 ? null : sumTriples(children.map(tripleOf)),
    childRows: children.map((c) => c.row.row),
    lost: difference(own.max, own.score),
    gapToTarget: difference(own.target, own.score),
    percent: percentOf(own.score, own.max),
  };
}

function areaTotals(structure: TableStructure, index: CriteriaIndex): AreaTotal[] {
  // An area the tree does not know and the sheet gives no row for is no area (the stray "9.1").
  const areas = new Set(
    structure.coded.map((e) => e.area).filter((area) => index.resolve(area) !== undefined || structure.byCode.has(area)),
  );
  // Grouped once: looking each area up in every row made a long sheet quadratic.
  const rootsByArea = new Map<string, CodedRow[]>();
  for (const e of structure.roots) {
    const list = rootsByArea.get(e.area);
    if (list) list.push(e);
    else rootsByArea.set(e.area, [e]);
  }
  return [...areas].sort(compareCodes).map((area) => {
    // byCode holds each canonical code's one entry of `coded` (repeats are kept apart as duplicates).
    const areaRow = structure.byCode.get(area);
    // Without an area row, the area is what its top rows add up to.
    const parts = areaRow
      ? structure.children(area)
      : (rootsByArea.get(area) ?? []);
    const recomputed = sumTriples(parts.map(tripleOf));
    const own = areaRow ? tripleOf(areaRow) : recomputed;
    return {
      code: area,
      name: (areaRow && rowName(areaRow.row)) || index.resolve(area)?.name || '',
      row: areaRow?.row.row ?? null,
      ...own,
      recomputed,
      lost: difference(own.max, own.score),
    };
  });
}

function kindTotals(lines: readonly ScoreLine[]): KindTotal[] {
  const leaves = lines.filter((l) => l.childRows.length === 0);
  return KIND_ORDER.flatMap((kind) => {
    const mine = leaves.filter((l) => l.kind === kind);
    if (mine.length === 0) return [];
    return [
      {
        kind,
        max: sumAll(mine.map((l) => l.max)),
        score: sumAll(mine.map((l) => l.score)),
        target: sumAll(mine.map((l) => l.target)),
      },
    ];
  });
}

export function emptyTotals(): Totals {
  return {
    stated: { ...EMPTY_TRIPLE, row: null },
    recomputed: EMPTY_TRIPLE,
    lost: null,
    gapToTarget: null,
    byArea: [],
    byKind: [],
  };
}

function preferred(a: Fixed | null, b: Fixed | null): Fixed | null {
  return a ?? b;
}

/**
 * Lines and totals of a score table. Every sum is exact and uses the values stated in the sheet;
 * a task table has no points, so it gets no lines.
 */
export function scoreTable(table: ReadTable, index: CriteriaIndex): { lines: ScoreLine[]; totals: Totals } {
  if (table.layout.shape !== 'score') return { lines: [], totals: emptyTotals() };
  const structure = buildStructure(table.rows, index);
  const lines = structure.coded.map((entry) => lineOf(entry, structure, index));
  const totalRow = structure.totalRow;
  const stated = {
    max: valueOf(totalRow, 'max'),
    score: valueOf(totalRow, 'score'),
    target: valueOf(totalRow, 'target'),
    row: totalRow?.row ?? null,
  };
  const recomputed = sumTriples(structure.roots.map(tripleOf));
  const max = preferred(recomputed.max, stated.max);
  const score = preferred(recomputed.score, stated.score);
  const target = preferred(recomputed.target, stated.target);
  return {
    lines,
    totals: {
      stated,
      recomputed,
      lost: difference(max, score),
      gapToTarget: difference(target, score),
      byArea: areaTotals(structure, index),
      byKind: kindTotals(lines),
    },
  };
}
