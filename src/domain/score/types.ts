import type { Fixed } from '../fixed';
import type { NodeKind, NodeLevel } from '../criteria/types';

/** One scored row of the table (score tables only). */
export interface ScoreLine {
  /** Absolute 0-based row in the sheet. */
  readonly row: number;
  readonly code: string;
  readonly name: string;
  readonly level: NodeLevel;
  readonly kind: NodeKind | null;
  readonly area: string;
  /** Stated values as read (null when the cell is empty or unusable). */
  readonly max: Fixed | null;
  readonly score: Fixed | null;
  readonly target: Fixed | null;
  /** Exact sum of the direct children's stated values; null for leaves. */
  readonly childSum: { readonly max: Fixed | null; readonly score: Fixed | null; readonly target: Fixed | null } | null;
  /** Rows of the direct children (absolute 0-based), for SUM formulas. */
  readonly childRows: readonly number[];
  /** max - score */
  readonly lost: Fixed | null;
  /** target - score */
  readonly gapToTarget: Fixed | null;
  /** score / max * 100, rounded to 2 decimals; null when max is 0 or unknown. */
  readonly percent: number | null;
}

export interface Triple {
  readonly max: Fixed | null;
  readonly score: Fixed | null;
  readonly target: Fixed | null;
}

export interface AreaTotal extends Triple {
  readonly code: string;
  readonly name: string;
  readonly row: number | null;
  /** Sum of the area's criteria as stated in the sheet. */
  readonly recomputed: Triple;
  readonly lost: Fixed | null;
}

export interface KindTotal extends Triple {
  readonly kind: Exclude<NodeKind, 'mixed'>;
}

export type RecomputedFrom = 'areas' | 'criteria' | 'both';

export interface Totals {
  /** The sheet's own total row, when it has one. */
  readonly stated: Triple & { readonly row: number | null };
  /** Sum of the table's top rows: its area rows, or its criteria when it has no area rows. */
  readonly recomputed: Triple;
  /**
   * What `recomputed` adds up, so a label can say it: the area rows, the criteria (a table without
   * area rows), or both (some areas have a row, others only their criteria); null with nothing to add.
   */
  readonly recomputedFrom: RecomputedFrom | null;
  /** Rows (absolute 0-based) of the top entries `recomputed` adds: rows outside every area are not among them. */
  readonly rootRows: readonly number[];
  readonly lost: Fixed | null;
  readonly gapToTarget: Fixed | null;
  readonly byArea: readonly AreaTotal[];
  /** Leaves summed by kind (self-assessment, leader survey, SIPAS, socio-economic). */
  readonly byKind: readonly KindTotal[];
}
