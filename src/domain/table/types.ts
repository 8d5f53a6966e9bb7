import type { AgencyMention, CodeParse, Deadline, NumberParse } from '../parse/types';

export type ColumnRole =
  | 'code'
  | 'name'
  | 'max'
  | 'score'
  | 'target'
  | 'lead'
  | 'coordinating'
  | 'task'
  | 'product'
  | 'deadline'
  | 'budget'
  | 'note';

export const COLUMN_ROLES: readonly ColumnRole[] = [
  'code',
  'name',
  'max',
  'score',
  'target',
  'lead',
  'coordinating',
  'task',
  'product',
  'deadline',
  'budget',
  'note',
];

export type NumericRole = 'max' | 'score' | 'target';

export interface ColumnMatch {
  readonly role: ColumnRole;
  /** Absolute 0-based column. */
  readonly col: number;
  /** The header text as shown (both header rows joined for two-row headers). */
  readonly header: string;
}

/** A user's hand mapping (from the task pane) that replaces header detection for a sheet. */
export interface ColumnOverrides {
  readonly headerRow: number;
  readonly columns: Partial<Record<ColumnRole, number>>;
}

export interface TableLayout {
  readonly sheet: string;
  /** Absolute 0-based row of the (last) header row. */
  readonly headerRow: number;
  readonly headerRowCount: 1 | 2;
  readonly columns: readonly ColumnMatch[];
  /** Absolute 0-based rows, inclusive. */
  readonly firstDataRow: number;
  readonly lastDataRow: number;
  /** The last column holding anything in the table region: output columns go to its right. */
  readonly lastUsedCol: number;
  readonly shape: 'score' | 'task';
}

export type RowKind = 'area' | 'criterion' | 'total' | 'group' | 'task';

export interface CellRef {
  readonly row: number;
  readonly col: number;
}

export interface NumberField {
  readonly cell: CellRef;
  readonly parse: NumberParse;
}

/**
 * A row's point cells. Every row has all three fields (null where the table has no such column), so
 * every numbers object has one shape and a read by role stays fast.
 */
export interface RowNumbers {
  readonly max: NumberField | null;
  readonly score: NumberField | null;
  readonly target: NumberField | null;
}

export interface TextField {
  readonly cell: CellRef;
  readonly text: string;
  /** The value came from a merged (or heuristically filled-down) cell above. */
  readonly filled: boolean;
}

export interface TableRow {
  /** Absolute 0-based row. */
  readonly row: number;
  readonly kind: RowKind;
  /** Code cell (or name cell when codes are written there) parse; empty codes for uncoded rows. */
  readonly code: CodeParse & { readonly cell: CellRef | null; readonly filled: boolean };
  readonly name: TextField | null;
  readonly numbers: RowNumbers;
  readonly lead: readonly AgencyMention[];
  readonly leadCell: CellRef | null;
  /**
   * What the lead cell says besides the agencies it names (sentences, notes in brackets): the
   * officer's words about the task, shown with it. Null when the cell names agencies only.
   */
  readonly leadNote: TextField | null;
  readonly coordinating: readonly AgencyMention[];
  readonly task: TextField | null;
  readonly product: TextField | null;
  readonly deadline: (Deadline & { readonly cell: CellRef }) | null;
  readonly budget: TextField | null;
  readonly note: TextField | null;
}

export interface ReadTable {
  readonly layout: TableLayout;
  readonly rows: readonly TableRow[];
}

export type ReadFailure =
  | { readonly reason: 'empty-sheet'; readonly sheet: string }
  | { readonly reason: 'no-header'; readonly sheet: string; readonly rolesSeen: readonly ColumnRole[] };

export type ReadResult = { readonly ok: true; readonly table: ReadTable } | { readonly ok: false; readonly failure: ReadFailure };
