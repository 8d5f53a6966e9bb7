import type { Analysis } from '../domain/api/analyze';
import type { Finding } from '../domain/api/findings';
import type { Params } from '../i18n/types';
import type { PaneSettings } from './components/SettingsPanel';
import { countBySeverity } from './findings-model';
import type { ShownError } from './localize';
import type { CheckOutcome, PendingEdits, RemovalPreview, SheetChangePreview, UserEditsChoice, WorkbookInfo, WriteSummary } from './services';

/** What the pane is doing; its name picks the progress text. */
export type Busy = 'loading' | 'check' | 'write' | 'preview' | 'agencies' | 'remove' | 'criteria';

/** A write that stopped over the user's edits, and how to run it again with their choice. */
interface Pending {
  readonly edits: PendingEdits;
  readonly retry: (choice: UserEditsChoice) => void;
}

interface Notice {
  readonly key: string;
  readonly params: Params;
}

export interface PaneState {
  readonly settings: PaneSettings;
  readonly settingsOpen: boolean;
  readonly info: WorkbookInfo | null;
  /** The sheet the user picked; null means the workbook's active sheet. */
  readonly sheet: string | null;
  readonly busy: Busy | null;
  readonly outcome: CheckOutcome | null;
  readonly mappingOpen: boolean;
  readonly error: ShownError | null;
  readonly notice: Notice | null;
  readonly agencyPreview: SheetChangePreview | null;
  readonly selected: Finding | null;
  readonly pending: Pending | null;
  readonly removal: RemovalPreview | null;
}

export type PaneAction =
  | { readonly type: 'workStarted'; readonly busy: Busy }
  | { readonly type: 'workEnded' }
  | { readonly type: 'failed'; readonly error: ShownError }
  | { readonly type: 'editsFound'; readonly pending: Pending }
  | { readonly type: 'editsDialogClosed' }
  | { readonly type: 'workbookLoaded'; readonly info: WorkbookInfo }
  | { readonly type: 'workbookDescribed'; readonly info: WorkbookInfo }
  | { readonly type: 'sheetSelected'; readonly sheet: string }
  | { readonly type: 'checked'; readonly outcome: CheckOutcome }
  | { readonly type: 'settingsChanged'; readonly settings: PaneSettings }
  | { readonly type: 'settingsShown'; readonly open: boolean }
  | { readonly type: 'mappingShown'; readonly open: boolean }
  | { readonly type: 'findingSelected'; readonly finding: Finding }
  | { readonly type: 'agencyPreviewed'; readonly preview: SheetChangePreview }
  | { readonly type: 'agencyPreviewClosed' }
  | { readonly type: 'written'; readonly summary: WriteSummary; readonly doneKey: 'pane.write.done' | 'pane.agencies.done' }
  | { readonly type: 'criteriaMade'; readonly sheet: string; readonly filled: number; readonly added: number }
  | { readonly type: 'removalAsked'; readonly preview: RemovalPreview }
  | { readonly type: 'removalDialogClosed' }
  | { readonly type: 'removed'; readonly summary: WriteSummary };

export function initialPaneState(settings: PaneSettings): PaneState {
  return {
    settings,
    settingsOpen: false,
    info: null,
    sheet: null,
    busy: 'loading',
    outcome: null,
    mappingOpen: false,
    error: null,
    notice: null,
    agencyPreview: null,
    selected: null,
    pending: null,
    removal: null,
  };
}

/** The error a failed check shows; a missing header shows the mapping form instead. */
function checkFailureError(outcome: CheckOutcome): ShownError | null {
  if (outcome.ok) return null;
  if (outcome.failure.reason === 'empty-sheet') return { key: 'pane.error.emptySheet', params: { sheet: outcome.failure.sheet } };
  if (outcome.failure.reason === 'tool-sheet') return { key: 'excel.error.toolSheet', params: { sheet: outcome.failure.sheet } };
  return null;
}

function changedSheetsNotice(summary: WriteSummary, doneKey: string): Notice {
  const names = [...summary.sheetsCreated, ...summary.sheetsUpdated];
  return { key: doneKey, params: { count: names.length, deleted: summary.sheetsDeleted.length } };
}

/** Every change of the pane's state, as a pure function of the state and what happened. */
export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case 'workStarted':
      return { ...state, busy: action.busy, error: null, notice: null };
    case 'workEnded':
      return { ...state, busy: null };
    case 'failed':
      return { ...state, error: action.error };
    case 'editsFound':
      return { ...state, pending: action.pending };
    case 'editsDialogClosed':
      return { ...state, pending: null };
    case 'workbookLoaded':
      return { ...state, info: action.info, sheet: action.info.sheet };
    case 'workbookDescribed':
      return { ...state, info: action.info };
    case 'sheetSelected':
      return { ...state, sheet: action.sheet, outcome: null, mappingOpen: false, agencyPreview: null };
    case 'checked': {
      const { outcome } = action;
      // A check started from the ribbon lands here too: the error of an earlier run goes with it.
      const next = {
        ...state,
        outcome,
        selected: null,
        agencyPreview: null,
        mappingOpen: !outcome.ok && outcome.failure.reason === 'no-header',
        error: checkFailureError(outcome),
      };
      if (!outcome.ok) return next;
      const counts = countBySeverity(outcome.analysis.findings);
      return { ...next, notice: { key: 'pane.check.done', params: { errors: counts.error, warnings: counts.warning, infos: counts.info } } };
    }
    case 'settingsChanged':
      return { ...state, settings: action.settings };
    case 'settingsShown':
      return { ...state, settingsOpen: action.open };
    case 'mappingShown':
      return { ...state, mappingOpen: action.open };
    case 'findingSelected':
      return { ...state, selected: action.finding };
    case 'agencyPreviewed':
      return { ...state, agencyPreview: action.preview };
    case 'agencyPreviewClosed':
      return { ...state, agencyPreview: null };
    case 'written':
      return { ...state, notice: changedSheetsNotice(action.summary, action.doneKey) };
    case 'criteriaMade':
      return { ...state, notice: { key: 'criteria.from-table.pane-done', params: { sheet: action.sheet, filled: action.filled, added: action.added } } };
    case 'removalAsked':
      return { ...state, removal: action.preview };
    case 'removalDialogClosed':
      return { ...state, removal: null };
    case 'removed':
      return { ...state, notice: { key: 'pane.remove.done', params: { deleted: action.summary.sheetsDeleted.length } } };
  }
}

/** The analysis on screen, when the last check succeeded. */
export function analysisOf(state: PaneState): Analysis | null {
  return state.outcome?.ok ? state.outcome.analysis : null;
}

/** The sheet a check reads: the one picked, else the workbook's active sheet. */
export function activeSheetOf(state: PaneState): string | null {
  return state.sheet ?? state.info?.sheet ?? null;
}
