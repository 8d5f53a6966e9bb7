export type Severity = 'error' | 'warning' | 'info';

export type RuleId =
  | 'unknown-code'
  | 'code-not-in-copy'
  | 'duplicate-code'
  | 'name-mismatch'
  | 'max-mismatch'
  | 'score-exceeds-max'
  | 'target-exceeds-max'
  | 'negative-value'
  | 'not-a-number'
  | 'formula-not-calculated'
  | 'number-as-text'
  | 'subtotal-mismatch'
  | 'target-below-score'
  | 'missing-criterion'
  | 'missing-lead'
  | 'ambiguous-code'
  | 'code-trailing-zero'
  | 'total-mismatch'
  | 'mixed-methodology'
  | 'renumbered-code'
  | 'max-sum-mismatch'
  | 'maxima-from-table';

export type MessageParams = Readonly<Record<string, string | number>>;

export interface Finding {
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly sheet: string;
  /** A1 address of the cell the finding is about. */
  readonly cell: string;
  /** 1-based Excel row. */
  readonly row: number;
  /** Absolute 0-based column (for adapters that mark cells). */
  readonly col: number;
  readonly code: string | null;
  /** Values as plain dotted decimals or text; null when not applicable. */
  readonly expected: string | null;
  readonly actual: string | null;
  /** i18n key, e.g. 'finding.subtotal-mismatch.rounding'. */
  readonly messageKey: string;
  readonly params: MessageParams;
}
