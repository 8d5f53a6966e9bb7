import type { PlanConflict } from '../domain/plan/types';

/** A plan problem found before anything was written (the workbook is untouched). */
export type ApplyProblem =
  | PlanConflict
  | { readonly reason: 'missing-sheet'; readonly sheet: string }
  | { readonly reason: 'not-owned'; readonly sheet: string };

export class PlanApplyError extends Error {
  constructor(readonly problems: readonly ApplyProblem[]) {
    super(
      `the write plan cannot be applied: ${problems
        .map((p) => ('cell' in p ? `${p.reason} ${p.sheet}!${p.cell}` : `${p.reason} ${p.sheet}`))
        .join('; ')}`,
    );
    this.name = 'PlanApplyError';
  }
}
