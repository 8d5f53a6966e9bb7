import type { Fixed } from '../fixed';

export type NumberParse =
  | { readonly status: 'empty' }
  | {
      readonly status: 'ok';
      readonly value: Fixed;
      /** The cell held text ("1,5", "8.5 điểm") rather than a number. */
      readonly storedAsText: boolean;
      readonly raw: string;
    }
  | { readonly status: 'invalid'; readonly raw: string }
  /** A formula saved without its result (not a plain sum the reader could work out); raw is the formula. */
  | { readonly status: 'uncalculated'; readonly raw: string };

export interface CodeParse {
  /** Canonical dotted codes found at the start of the cell or as "Tiêu chí 2.4", in order. */
  readonly codes: readonly string[];
  /** The name text with the code prefix removed ("1.1 - Thực hiện ..." -> "Thực hiện ..."). */
  readonly rest: string;
  /** Area written as a roman numeral (I..VIII) or "Lĩnh vực ...". */
  readonly areaStyle: 'arabic' | 'roman' | 'label' | null;
  /** A number cell such as 1.1 that may have been typed as 1.10 (Excel drops the trailing zero). */
  readonly maybeTrailingZeroLost: boolean;
}

export type AgencyKind = 'agency' | 'group';

export interface AgencyMention {
  /** Canonical name ("Văn phòng UBND tỉnh"); for an unrecognised agency, the cleaned text itself. */
  readonly name: string;
  readonly kind: AgencyKind;
  readonly raw: string;
  /** False when the name matched no known spelling (kept as written, after cleaning). */
  readonly known: boolean;
}

export type DeadlineKind =
  | 'date'
  | 'month'
  | 'quarter'
  | 'year'
  | 'ongoing'
  | 'event'
  | 'relative'
  | 'regulation'
  | 'unknown';

export interface Deadline {
  readonly raw: string;
  readonly kind: DeadlineKind;
  /** ISO dates (yyyy-mm-dd) of the period the deadline falls in, when derivable. */
  readonly start?: string;
  readonly end?: string;
  /** Further milestones when one cell holds several. */
  readonly more?: readonly Deadline[];
}
