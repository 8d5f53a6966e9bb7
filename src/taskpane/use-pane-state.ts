import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { Finding } from '../domain/api/findings';
import type { ColumnOverrides } from '../domain/api/analyze';
import { fixed } from '../domain/api/cells';
import type { Lang } from '../i18n/types';
import type { PaneSettings } from './components/SettingsPanel';
import { toShownError } from './localize';
import { activeSheetOf, analysisOf, initialPaneState, paneReducer, type Busy, type PaneState } from './pane-state';
import { readOverrides, readSettings, SETTINGS_KEY, overridesKey } from './preferences';
import { userEditsOf, type SettingsStore, type UserEditsChoice, type WorkbookService } from './services';

/** What the pane's buttons, links and dialogs do; each runs the service and records the result in the state. */
interface PaneActions {
  check(): void;
  selectSheet(sheet: string): void;
  changeSettings(next: PaneSettings): void;
  showSettings(open: boolean): void;
  showMapping(open: boolean): void;
  saveMapping(overrides: ColumnOverrides): void;
  forgetMapping(): void;
  reveal(finding: Finding): void;
  write(): void;
  previewAgencies(): void;
  createAgencies(): void;
  closeAgencyPreview(): void;
  criteriaFromTable(): void;
  askRemove(): void;
  remove(): void;
  closeRemoval(): void;
  chooseForEdits(choice: UserEditsChoice): void;
  closeEditsDialog(): void;
}

interface PaneModel {
  readonly state: PaneState;
  readonly actions: PaneActions;
  /** Column mapping saved for the active sheet, if any. */
  readonly storedOverrides: ColumnOverrides | undefined;
}

/** The pane's state and the work behind its controls; PaneApp only lays them out. */
export function usePaneState(service: WorkbookService, settingsStore: SettingsStore, defaultLang: Lang): PaneModel {
  const [state, dispatch] = useReducer(paneReducer, undefined, () => initialPaneState(readSettings(settingsStore, defaultLang)));
  const { settings, pending } = state;
  const analysis = analysisOf(state);
  const activeSheet = activeSheetOf(state);
  const storedOverrides = activeSheet ? readOverrides(settingsStore, activeSheet) : undefined;

  const run = useCallback(async (what: Busy, work: () => Promise<void>, retry?: (choice: UserEditsChoice) => void) => {
    dispatch({ type: 'workStarted', busy: what });
    try {
      await work();
    } catch (e) {
      const edits = retry ? userEditsOf(e) : null;
      if (edits && retry) dispatch({ type: 'editsFound', pending: { edits, retry } });
      else dispatch({ type: 'failed', error: toShownError(e) });
    } finally {
      dispatch({ type: 'workEnded' });
    }
  }, []);

  /** The sheet list read again after a write, so it is the workbook as it is then. */
  const refreshSheets = async () => {
    dispatch({ type: 'workbookDescribed', info: await service.describe() });
  };

  useEffect(() => {
    void run('loading', async () => {
      dispatch({ type: 'workbookLoaded', info: await service.describe() });
    });
  }, [service, run]);

  useEffect(() => {
    if (!service.onExternalCheck) return undefined;
    return service.onExternalCheck((outcome) => dispatch({ type: 'checked', outcome }));
  }, [service]);

  const showError = (e: unknown) => dispatch({ type: 'failed', error: toShownError(e) });

  const checkNow = async (overrides?: ColumnOverrides, use: PaneSettings = settings) => {
    if (!activeSheet) return;
    const useOverrides = overrides ?? readOverrides(settingsStore, activeSheet);
    const outcome = await service.check({
      sheet: activeSheet,
      criteria: use.criteria,
      tolerance: fixed(use.tolerance),
      ...(useOverrides ? { overrides: useOverrides } : {}),
    });
    dispatch({ type: 'checked', outcome });
  };

  const check = (overrides?: ColumnOverrides, use: PaneSettings = settings) => run('check', () => checkNow(overrides, use));

  const storeMapping = (overrides: ColumnOverrides | null) => {
    if (!activeSheet) return;
    void run('check', async () => {
      await settingsStore.set(overridesKey(activeSheet), overrides);
    }).then(() => check(overrides ?? undefined));
  };

  const write = (userEdits?: UserEditsChoice): Promise<void> =>
    run(
      'write',
      async () => {
        if (!analysis) return;
        dispatch({ type: 'agencyPreviewClosed' });
        const summary = await service.writeResults(analysis, { lang: settings.lang, ...(userEdits ? { userEdits } : {}) });
        await refreshSheets();
        dispatch({ type: 'written', summary, doneKey: 'pane.write.done' });
      },
      (choice) => void write(choice),
    );

  const createAgencies = (userEdits?: UserEditsChoice): Promise<void> =>
    run(
      'agencies',
      async () => {
        if (!analysis) return;
        const summary = await service.createAgencySheets(analysis, { lang: settings.lang, ...(userEdits ? { userEdits } : {}) });
        dispatch({ type: 'agencyPreviewClosed' });
        await refreshSheets();
        dispatch({ type: 'written', summary, doneKey: 'pane.agencies.done' });
      },
      (choice) => void createAgencies(choice),
    );

  const remove = (userEdits?: UserEditsChoice): Promise<void> =>
    run(
      'remove',
      async () => {
        dispatch({ type: 'removalDialogClosed' });
        const summary = await service.removeResults(userEdits ? { userEdits } : {});
        await refreshSheets();
        dispatch({ type: 'removed', summary });
      },
      (choice) => void remove(choice),
    );

  const actions: PaneActions = {
    check: () => void check(),
    selectSheet: (sheet) => dispatch({ type: 'sheetSelected', sheet }),
    changeSettings: (next) => {
      dispatch({ type: 'settingsChanged', settings: next });
      void settingsStore.set(SETTINGS_KEY, next).catch(showError);
      // Results on screen must match the settings shown: a new criteria set or tolerance re-checks.
      if (analysis && (next.criteria !== settings.criteria || next.tolerance !== settings.tolerance)) void check(undefined, next);
    },
    showSettings: (open) => dispatch({ type: 'settingsShown', open }),
    showMapping: (open) => dispatch({ type: 'mappingShown', open }),
    saveMapping: (overrides) => storeMapping(overrides),
    forgetMapping: () => storeMapping(null),
    reveal: (finding) => {
      dispatch({ type: 'findingSelected', finding });
      service.reveal(finding.sheet, finding.cell).catch(showError);
    },
    write: () => void write(),
    previewAgencies: () =>
      void run('preview', async () => {
        if (!analysis) return;
        dispatch({ type: 'agencyPreviewed', preview: await service.previewAgencySheets(analysis, { lang: settings.lang }) });
      }),
    createAgencies: () => void createAgencies(),
    closeAgencyPreview: () => dispatch({ type: 'agencyPreviewClosed' }),
    // The new sheet is the workbook's set from now on: the picker learns of it and the table is checked again.
    criteriaFromTable: () =>
      void run('criteria', async () => {
        if (!analysis) return;
        const made = await service.saveCriteriaFromTable(analysis);
        dispatch({ type: 'workbookDescribed', info: await service.describe() });
        await checkNow();
        dispatch({ type: 'criteriaMade', sheet: made.sheet, filled: made.filled, added: made.added });
      }),
    /** Asks first: the dialog names the sheets that go and the columns that are cleared. */
    askRemove: () =>
      void run('remove', async () => {
        dispatch({ type: 'agencyPreviewClosed' });
        dispatch({ type: 'removalAsked', preview: await service.previewRemoval() });
      }),
    remove: () => void remove(),
    closeRemoval: () => dispatch({ type: 'removalDialogClosed' }),
    chooseForEdits: (choice) => {
      dispatch({ type: 'editsDialogClosed' });
      pending?.retry(choice);
    },
    closeEditsDialog: () => dispatch({ type: 'editsDialogClosed' }),
  };

  return { state, actions, storedOverrides };
}

/** Focus that must follow a state change: set the ref's flag, and the effect moves focus once it renders. */
export function useFocusWhen<T extends HTMLElement>(shown: boolean) {
  const ref = useRef<T>(null);
  const wanted = useRef(false);
  useEffect(() => {
    if (shown && wanted.current) {
      wanted.current = false;
      ref.current?.focus();
    }
  }, [shown]);
  const want = () => {
    wanted.current = true;
  };
  return { ref, want };
}
