import { activeSheetOf, analysisOf, initialPaneState, paneReducer, type PaneAction, type PaneState } from '../../src/taskpane/pane-state';
import type { PaneSettings } from '../../src/taskpane/components/SettingsPanel';
import type { CheckOutcome, WorkbookInfo } from '../../src/taskpane/services';
import { FINDINGS, SHEET, finding, makeAnalysis } from './fixtures';

const SETTINGS: PaneSettings = { lang: 'vi', criteria: 'auto', tolerance: 0.02 };
const INFO: WorkbookInfo = { workbook: 'PAR.xlsx', sheet: SHEET, sheets: [SHEET, 'Tổng hợp'] };
const OK: CheckOutcome = { ok: true, analysis: makeAnalysis() };

function after(...actions: PaneAction[]): PaneState {
  return actions.reduce(paneReducer, initialPaneState(SETTINGS));
}

describe('paneReducer', () => {
  it('starts loading, with nothing checked and no dialog open', () => {
    const state = initialPaneState(SETTINGS);
    expect(state.busy).toBe('loading');
    expect(state.settings).toBe(SETTINGS);
    expect([state.info, state.outcome, state.error, state.notice, state.pending, state.removal]).toEqual([null, null, null, null, null, null]);
    expect(activeSheetOf(state)).toBeNull();
  });

  it('checks the workbook\'s active sheet once loaded, and a picked sheet after that', () => {
    const loaded = after({ type: 'workbookLoaded', info: INFO }, { type: 'workEnded' });
    expect(loaded.busy).toBeNull();
    expect(activeSheetOf(loaded)).toBe(SHEET);
    expect(activeSheetOf(paneReducer(loaded, { type: 'sheetSelected', sheet: 'Tổng hợp' }))).toBe('Tổng hợp');
  });

  it('a re-described workbook keeps the sheet the user picked', () => {
    const state = after({ type: 'workbookLoaded', info: INFO }, { type: 'sheetSelected', sheet: 'Tổng hợp' }, { type: 'workbookDescribed', info: { ...INFO, sheets: [...INFO.sheets, 'Sở Tư pháp'] } });
    expect(state.sheet).toBe('Tổng hợp');
    expect(state.info?.sheets).toHaveLength(3);
  });

  it('starting work clears the last error and notice', () => {
    const state = after({ type: 'failed', error: { key: 'pane.error.unexpected', params: {} } }, { type: 'checked', outcome: OK }, { type: 'workStarted', busy: 'write' });
    expect(state.busy).toBe('write');
    expect(state.error).toBeNull();
    expect(state.notice).toBeNull();
  });

  it('a successful check shows the analysis and counts findings by severity in the notice', () => {
    const state = after({ type: 'workStarted', busy: 'check' }, { type: 'checked', outcome: OK });
    expect(analysisOf(state)).toBe(OK.ok ? OK.analysis : null);
    // FINDINGS holds two errors (D16, B40), one warning (D7) and one info (A3).
    expect(state.notice).toEqual({ key: 'pane.check.done', params: { errors: 2, warnings: 1, infos: 1 } });
    expect(state.error).toBeNull();
    expect(state.mappingOpen).toBe(false);
  });

  it('a new check forgets the selected finding and the agency preview', () => {
    const state = after(
      { type: 'checked', outcome: OK },
      { type: 'findingSelected', finding: FINDINGS[0]! },
      { type: 'agencyPreviewed', preview: { create: ['Tổng hợp'], update: [], remove: [] } },
      { type: 'checked', outcome: { ok: true, analysis: makeAnalysis([finding({ cell: 'D9', severity: 'warning' })]) } },
    );
    expect(state.selected).toBeNull();
    expect(state.agencyPreview).toBeNull();
    expect(state.notice?.params).toEqual({ errors: 0, warnings: 1, infos: 0 });
  });

  it('a sheet without a header opens the column mapping, with no error', () => {
    const state = after({ type: 'checked', outcome: { ok: false, failure: { reason: 'no-header', sheet: SHEET, rolesSeen: ['code'] } } });
    expect(state.mappingOpen).toBe(true);
    expect(state.error).toBeNull();
    expect(analysisOf(state)).toBeNull();
  });

  it('an empty sheet and one of the tool\'s own sheets are errors naming the sheet', () => {
    expect(after({ type: 'checked', outcome: { ok: false, failure: { reason: 'empty-sheet', sheet: 'Trống' } } }).error).toEqual({ key: 'pane.error.emptySheet', params: { sheet: 'Trống' } });
    expect(after({ type: 'checked', outcome: { ok: false, failure: { reason: 'tool-sheet', sheet: 'Tổng hợp' } } }).error).toEqual({ key: 'excel.error.toolSheet', params: { sheet: 'Tổng hợp' } });
  });

  it('a check from the ribbon replaces an error left on screen', () => {
    const state = after({ type: 'failed', error: { key: 'pane.error.unexpected', params: {} } }, { type: 'checked', outcome: OK });
    expect(state.error).toBeNull();
  });

  it('picking another sheet drops the outcome, the mapping form and the agency preview', () => {
    const state = after(
      { type: 'workbookLoaded', info: INFO },
      { type: 'checked', outcome: { ok: false, failure: { reason: 'no-header', sheet: SHEET, rolesSeen: [] } } },
      { type: 'agencyPreviewed', preview: { create: ['Tổng hợp'], update: [], remove: [] } },
      { type: 'sheetSelected', sheet: 'Tổng hợp' },
    );
    expect(state.outcome).toBeNull();
    expect(state.mappingOpen).toBe(false);
    expect(state.agencyPreview).toBeNull();
  });

  it('a write names how many sheets it created or updated and deleted', () => {
    const summary = { sheetsCreated: ['Tổng hợp', 'Sở Tư pháp'], sheetsUpdated: ['Ban Dân tộc'], sheetsDeleted: ['Sở Nội vụ'] };
    expect(after({ type: 'written', summary, doneKey: 'pane.agencies.done' }).notice).toEqual({ key: 'pane.agencies.done', params: { count: 3, deleted: 1 } });
    expect(after({ type: 'removed', summary }).notice).toEqual({ key: 'pane.remove.done', params: { deleted: 1 } });
  });

  it('making the criteria set from the table says which sheet it wrote', () => {
    expect(after({ type: 'criteriaMade', sheet: 'Bộ tiêu chí', filled: 4, added: 1 }).notice).toEqual({ key: 'criteria.from-table.pane-done', params: { sheet: 'Bộ tiêu chí', filled: 4, added: 1 } });
  });

  it('opens and closes the removal and user-edits dialogs', () => {
    const preview = { sheets: ['Tổng hợp'], tableSheet: SHEET, columns: ['F', 'G'] };
    const opened = after({ type: 'removalAsked', preview });
    expect(opened.removal).toBe(preview);
    expect(paneReducer(opened, { type: 'removalDialogClosed' }).removal).toBeNull();

    const retry = jest.fn();
    const pending = { edits: { cells: [{ sheet: SHEET, cell: 'F7' }], certain: true }, retry };
    const asked = after({ type: 'editsFound', pending });
    expect(asked.pending).toBe(pending);
    expect(paneReducer(asked, { type: 'editsDialogClosed' }).pending).toBeNull();
    expect(retry).not.toHaveBeenCalled();
  });

  it('settings, the settings panel and the mapping form change only their own field', () => {
    const base = after({ type: 'checked', outcome: OK });
    const next: PaneSettings = { lang: 'en', criteria: 'par-2017', tolerance: 0.05 };
    expect(paneReducer(base, { type: 'settingsChanged', settings: next })).toEqual({ ...base, settings: next });
    expect(paneReducer(base, { type: 'settingsShown', open: true })).toEqual({ ...base, settingsOpen: true });
    expect(paneReducer(base, { type: 'mappingShown', open: true })).toEqual({ ...base, mappingOpen: true });
    expect(paneReducer(base, { type: 'findingSelected', finding: FINDINGS[1]! })).toEqual({ ...base, selected: FINDINGS[1] });
  });

  it('never changes the state it is given', () => {
    const state = Object.freeze(after({ type: 'workbookLoaded', info: INFO }));
    expect(() => paneReducer(state, { type: 'checked', outcome: OK })).not.toThrow();
    expect(state.outcome).toBeNull();
  });
});
