import type { Analysis, CheckOutcome, ColumnOverrides } from '../domain/api/analyze';
import type { CriteriaChoice } from '../domain/api/criteria-choices';
import type { Fixed } from '../domain/api/cells';
import type { SheetChangePreview, WriteSummary as AdapterWriteSummary } from '../excel/flows';
import type { KeyedError } from '../i18n/keyed-error';
import type { Lang, Params } from '../i18n/types';

/** The pane's criteria choice: a built-in set, 'auto', or the workbook's own "Bộ tiêu chí" sheet. */
export type PaneCriteria = CriteriaChoice | 'workbook';

/** The workbook's "Bộ tiêu chí" sheet, when it has one: what the criteria picker offers. */
export interface WorkbookCriteriaSheet {
  readonly sheet: string;
  /** The set's title, or null when the sheet has errors (the check then names them). */
  readonly title: string | null;
  readonly errors: number;
}

/**
 * Everything the pane needs from a workbook. The pane never touches Office directly: the
 * Office-backed implementation (office-service.ts) wires src/excel, tests pass their own.
 */
export interface WorkbookInfo {
  readonly workbook: string;
  /** The active sheet, checked unless the user picks another one. */
  readonly sheet: string;
  /** Visible worksheets, in workbook order (for the sheet picker). */
  readonly sheets: readonly string[];
  /** Present only when the workbook has a "Bộ tiêu chí" sheet. */
  readonly criteriaSheet?: WorkbookCriteriaSheet;
}

export interface CheckRequest {
  readonly sheet: string;
  readonly criteria: PaneCriteria;
  readonly tolerance: Fixed;
  readonly overrides?: ColumnOverrides;
}

export type { CheckOutcome, SheetPreview } from '../domain/api/analyze';

/** What a write changed, named for the user: the adapter's summary, without its sync count and kept edits. */
export type WriteSummary = Pick<AdapterWriteSummary, 'sheetsCreated' | 'sheetsUpdated' | 'sheetsDeleted'>;

export type { SheetChangePreview } from '../excel/flows';

/** What to do with cells of the tool's a user typed into: leave them as they are, or overwrite them. */
export type UserEditsChoice = 'keep' | 'overwrite';

/** How the tool's output is written: headers and sheet names follow the pane's language. */
export interface OutputOptions {
  readonly lang: Lang;
  /** Absent on a first try: a write over a user's edits then fails with the cells (see userEditsOf). */
  readonly userEdits?: UserEditsChoice;
}

/** What "Xóa kết quả" would take away, shown before it runs. */
export interface RemovalPreview {
  readonly sheets: readonly string[];
  readonly tableSheet: string | null;
  /** Column letters on tableSheet. */
  readonly columns: readonly string[];
}

/** The cells a refused write named as the user's. */
export interface PendingEdits {
  readonly cells: readonly { readonly sheet: string; readonly cell: string }[];
  /** False when an older marker could not tell the tool's output from the user's. */
  readonly certain: boolean;
  /** Rows were inserted into the table since the last write: some cells may be the tool's, moved down. */
  readonly tableResized?: boolean;
}

/** The user's edits a write refused to overwrite (src/excel's UserEditsFoundError, duck-typed), or null. */
export function userEditsOf(error: unknown): PendingEdits | null {
  const found = (error as { found?: { edits?: unknown; certain?: unknown; tableResized?: unknown } } | null)?.found;
  if (!found || !Array.isArray(found.edits) || found.edits.length === 0) return null;
  const cells = (found.edits as { sheet?: unknown; cell?: unknown }[]).map((e) => ({ sheet: String(e.sheet), cell: String(e.cell) }));
  return { cells, certain: found.certain !== false, ...(found.tableResized === true ? { tableResized: true } : {}) };
}

/** What "make the criteria set from the table" wrote. */
interface CriteriaFromTableSummary {
  readonly sheet: string;
  readonly title: string;
  /** Maxima the set did not have, taken from the table. */
  readonly filled: number;
  /** Nodes the table has and the built-in copy lacked. */
  readonly added: number;
}

export interface WorkbookService {
  describe(): Promise<WorkbookInfo>;
  check(request: CheckRequest): Promise<CheckOutcome>;
  /** Subtotal, points-lost, gap and check columns next to the table. */
  writeResults(analysis: Analysis, options: OutputOptions): Promise<WriteSummary>;
  previewAgencySheets(analysis: Analysis, options: OutputOptions): Promise<SheetChangePreview>;
  /** Summary sheet plus one sheet per lead agency. */
  createAgencySheets(analysis: Analysis, options: OutputOptions): Promise<WriteSummary>;
  /**
   * Makes the workbook's "Bộ tiêu chí" sheet from the checked table's own maxima (when they add up):
   * a new sheet, never over one the workbook has.
   */
  saveCriteriaFromTable(analysis: Analysis): Promise<CriteriaFromTableSummary>;
  /** What removeResults would delete and clear. */
  previewRemoval(): Promise<RemovalPreview>;
  /** Deletes exactly what the add-in wrote. */
  removeResults(options?: { readonly userEdits?: UserEditsChoice }): Promise<WriteSummary>;
  /** Selects the cell and scrolls it into view. */
  reveal(sheet: string, cell: string): Promise<void>;
  /** Results of a check started elsewhere (the ribbon button); returns an unsubscribe function. */
  onExternalCheck?(listener: (outcome: CheckOutcome) => void): () => void;
}

/** Per-document preferences (column mappings, tolerance, language). */
export interface SettingsStore {
  get(key: string): unknown;
  set(key: string, value: unknown): Promise<void>;
}

/**
 * An error a service raises on purpose: the pane shows its message in the user's language. Anything
 * else is shown as an unexpected error with its text as detail.
 */
export class PaneError extends Error implements KeyedError {
  readonly messageKey: string;
  readonly params: Params;
  constructor(messageKey: string, params: Params = {}, detail?: string) {
    super(detail ?? messageKey);
    this.name = 'PaneError';
    this.messageKey = messageKey;
    this.params = params;
  }
}
