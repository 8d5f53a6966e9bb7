import type { Fixed } from '../fixed';
import type { AgencyKind, Deadline } from '../parse/types';

export interface AgencyCriterion {
  readonly row: number;
  readonly code: string;
  readonly name: string;
  readonly max: Fixed | null;
  readonly score: Fixed | null;
  readonly target: Fixed | null;
  readonly lost: Fixed | null;
  readonly gapToTarget: Fixed | null;
}

export interface AgencyTask {
  readonly row: number;
  readonly codes: readonly string[];
  readonly criterion: string;
  readonly task: string;
  readonly product: string;
  readonly deadline: Deadline | null;
  /**
   * Every agency on the row, leads first, then coordinators: one task object is shared by all of
   * their lists (a long plan's group agencies list every row). partnersOf() gives one agency's partners.
   */
  readonly agencies: readonly string[];
}

export interface AgencySummary {
  readonly name: string;
  readonly kind: AgencyKind;
  readonly criteria: readonly AgencyCriterion[];
  readonly totals: {
    readonly count: number;
    readonly max: Fixed | null;
    readonly score: Fixed | null;
    readonly target: Fixed | null;
    readonly lost: Fixed | null;
    readonly gapToTarget: Fixed | null;
  };
  readonly tasks: readonly AgencyTask[];
  readonly coordinates: readonly AgencyTask[];
}
