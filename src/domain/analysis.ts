import type { CriteriaSet, CriteriaSpec } from './criteria/types';
import type { Finding } from './check/types';
import type { Fixed } from './fixed';
import type { ColumnOverrides, ReadFailure, ReadTable } from './table/types';
import type { ScoreLine, Totals } from './score/types';
import type { AgencySummary } from './agencies/types';

/** What one check of one sheet produces: everything the CLI, the pane and the write plan need. */
export interface Analysis {
  readonly sheet: string;
  readonly table: ReadTable;
  readonly criteria: CriteriaSet;
  /**
   * How the set was chosen: detected from the sheet's codes and names, a built-in set forced by the
   * user, or a custom set (from a "Bộ tiêu chí" sheet or a file: criteria.source says which).
   */
  readonly criteriaChosenBy: 'detected' | 'forced' | 'custom';
  readonly findings: readonly Finding[];
  /** Score tables only; empty for a task table. */
  readonly lines: readonly ScoreLine[];
  readonly totals: Totals;
  /** Sorted with Intl.Collator('vi'); groups after agencies. */
  readonly agencies: readonly AgencySummary[];
}

export interface AnalyzeOptions {
  /** A built-in id, 'auto' (the default), or a set object such as a custom set. */
  readonly criteria?: CriteriaSpec;
  /** Largest subtotal difference still called rounding drift (default: DEFAULT_TOLERANCE, check/tolerance.ts). */
  readonly tolerance?: Fixed;
  /** Fills the year of deadlines such as "Quý IV" (default: the year found in the sheet, else none). */
  readonly planYear?: number;
  readonly overrides?: ColumnOverrides;
}

export type AnalyzeResult =
  | { readonly ok: true; readonly analysis: Analysis }
  | { readonly ok: false; readonly failure: ReadFailure };

/** The first rows of a sheet as displayed, so a user can map its columns by hand. */
export interface SheetPreview {
  /** Absolute 0-based position of rows[0][0]. */
  readonly originRow: number;
  readonly originCol: number;
  readonly rows: readonly (readonly string[])[];
}

/**
 * Why the add-in read no table: the reader's reasons, or a sheet an earlier run of the tool wrote
 * (its ownership marker lists it), which is output and never input.
 */
export type CheckFailure = ReadFailure | { readonly reason: 'tool-sheet'; readonly sheet: string };

/** A check as the add-in reports it: the analysis, or why no table was read (with a preview to map it). */
export type CheckOutcome =
  | { readonly ok: true; readonly analysis: Analysis }
  | { readonly ok: false; readonly failure: CheckFailure; readonly preview?: SheetPreview };
