import type { PlanConflict, UserEdits } from '../domain/api/plan';

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

/**
 * The re-run would overwrite or delete what a user typed into the tool's cells, and no choice was
 * given: nothing was written.
 */
export class UserEditsError extends Error {
  constructor(readonly found: UserEdits) {
    super(`user edits in the tool's cells: ${found.edits.map((e) => `${e.sheet}!${e.cell}`).join(', ')}`);
    this.name = 'UserEditsError';
  }
}
