import type { Fixed } from '../../fixed';
import type { CriteriaSetId, CriteriaSource, NodeKind } from '../types';

export type SourceKind = Exclude<NodeKind, 'mixed'>;
export type Split = Readonly<Partial<Record<SourceKind, Fixed>>>;

/** Where a user wrote something: a cell of a sheet, or an entry of a JSON file. */
export type Place =
  | { readonly sheet: string; readonly cell: string }
  | { readonly file: string; readonly path: string };

export type CriteriaIssueRule =
  | 'no-header'
  | 'bad-code'
  | 'renumbered'
  | 'duplicate-code'
  | 'missing-name'
  | 'bad-max'
  | 'bad-kind'
  | 'bad-parent'
  | 'missing-parent'
  | 'bad-alias'
  | 'duplicate-alias'
  | 'bad-split'
  | 'children-sum'
  | 'areas-sum'
  | 'total-unknown'
  | 'bad-total'
  | 'bad-meta'
  | 'bad-extends'
  | 'reserved-id'
  | 'empty-set'
  | 'json-syntax'
  | 'json-shape';

/**
 * One problem with a user's criteria set, named by its cell ("'Bộ tiêu chí'!C7") or JSON entry
 * ("tree.json: nodes[3].max"). Errors stop the set from being used; warnings do not.
 */
export interface CriteriaIssue {
  readonly rule: CriteriaIssueRule;
  readonly severity: 'error' | 'warning';
  readonly place: Place;
  /** `criteria.issue.<rule>` or a variant; params always carry `where` (the place as text). */
  readonly messageKey: string;
  readonly params: Readonly<Record<string, string | number>>;
}

export interface DraftField<T> {
  readonly value: T;
  readonly place: Place;
}

/**
 * A node as the user wrote it, before the set is assembled. An absent field was left empty: in an
 * extension it keeps the built-in value, in a stand-alone set it takes the default. A max of null
 * was written as unknown ("—", "?").
 */
export interface DraftNode {
  readonly code: string;
  readonly place: Place;
  /** The code cell held a number (Excel may have dropped a trailing zero: 1.10 -> 1.1). */
  readonly codeWasNumber?: boolean;
  readonly name?: DraftField<string>;
  readonly max?: DraftField<Fixed | null>;
  readonly kind?: DraftField<NodeKind>;
  readonly parent?: DraftField<string>;
  readonly aliases?: DraftField<readonly string[]>;
  readonly split?: DraftField<Split>;
}

export interface DraftSet {
  readonly source: Exclude<CriteriaSource, { kind: 'built-in' }>;
  /** Where the set as a whole is named (the sheet's first cell, the file's root). */
  readonly place: Place;
  /** Used as the title when none is given (the sheet or file name). */
  readonly fallbackTitle: string;
  readonly id?: DraftField<string>;
  readonly title?: DraftField<string>;
  readonly basis?: DraftField<string>;
  readonly total?: DraftField<Fixed>;
  readonly partial?: DraftField<boolean>;
  readonly extends?: DraftField<CriteriaSetId>;
  readonly methodology?: DraftField<CriteriaSetId>;
  readonly nodes: readonly DraftNode[];
}
