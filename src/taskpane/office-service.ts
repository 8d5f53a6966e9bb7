import { langFromDisplayLanguage, translator } from '../i18n';
import type { Lang } from '../i18n/types';
import type { Analysis } from '../domain/api/analyze';
import { subscribeChecks } from '../commands/result-channel';
import { checkSheet, describeWorkbook, previewOutput, previewRemoval, removeOutput, revealCell, writeOutput, type OutputParts, type WriteOptions } from '../excel/flows';
import { criteriaForCheck, criteriaSheetSummary, fromTableError } from './workbook-criteria';
import { criteriaSheetLayout } from '../domain/api/custom-criteria';
import { criteriaSetFromTable } from '../domain/api/criteria-from-table';
import { CRITERIA_SHEET } from '../domain/api/workbook';
import { writeCriteriaSheet } from '../excel/criteria-sheet';
import type { CheckOutcome, CheckRequest, OutputOptions, SheetChangePreview, WorkbookInfo, WorkbookService, WriteSummary } from './services';

type Run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

interface OfficeServiceOptions {
  /** The language written sheets use; Office's display language by default. */
  readonly lang?: () => Lang;
  /** Excel.run by default (tests pass the fake's). */
  readonly run?: Run;
}

const TABLE_ONLY: OutputParts = { tableColumns: true, summary: false, agencySheets: false };
const AGENCY_SHEETS: OutputParts = { tableColumns: false, summary: true, agencySheets: true };

function officeLang(): Lang {
  const display = typeof Office !== 'undefined' ? Office.context?.displayLanguage : undefined;
  return langFromDisplayLanguage(display);
}

function defaultRun<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return Excel.run(batch);
}

/** Only what the pane shows: the sync count and kept edits stay in the adapter. */
function written(summary: WriteSummary): WriteSummary {
  return { sheetsCreated: summary.sheetsCreated, sheetsUpdated: summary.sheetsUpdated, sheetsDeleted: summary.sheetsDeleted };
}

/** The pane's WorkbookService over Office.js: every call is one Excel.run of a flow in src/excel. */
export function createOfficeWorkbookService(options: OfficeServiceOptions = {}): WorkbookService {
  const run: Run = options.run ?? defaultRun;
  const lang = options.lang ?? officeLang;
  /** The request of the last check per sheet: a write re-reads the sheet the same way. */
  const lastRequest = new Map<string, CheckRequest>();

  const writeOptions = (analysis: Analysis, include: OutputParts, output?: OutputOptions): WriteOptions => {
    const request = lastRequest.get(analysis.sheet);
    const l = output?.lang ?? lang();
    return {
      t: translator(l),
      lang: l,
      include,
      ...(output?.userEdits ? { userEdits: output.userEdits } : {}),
      ...(request ? { tolerance: request.tolerance } : {}),
      ...(request?.overrides ? { overrides: request.overrides } : {}),
    };
  };

  return {
    describe: (): Promise<WorkbookInfo> =>
      run(async (context) => {
        const info = await describeWorkbook(context);
        const criteriaSheet = await criteriaSheetSummary(context);
        return criteriaSheet ? { ...info, criteriaSheet } : info;
      }),

    async check(request: CheckRequest): Promise<CheckOutcome> {
      lastRequest.set(request.sheet, request);
      const { result } = await run(async (context) =>
        checkSheet(context, {
          sheet: request.sheet,
          criteria: await criteriaForCheck(context, request.criteria, translator(lang())),
          tolerance: request.tolerance,
          ...(request.overrides ? { overrides: request.overrides } : {}),
        }),
      );
      return result;
    },

    saveCriteriaFromTable: (analysis) =>
      run(async (context) => {
        const result = criteriaSetFromTable(analysis, { source: { kind: 'sheet', sheet: CRITERIA_SHEET } });
        if (!result.ok) throw fromTableError(result, analysis, translator(lang()));
        const layout = criteriaSheetLayout(result.set);
        const written = await writeCriteriaSheet(context, layout);
        return { sheet: written.sheet, title: result.set.title, filled: result.filled, added: result.added };
      }),

    writeResults: async (analysis, output) => written(await run((context) => writeOutput(context, analysis, writeOptions(analysis, TABLE_ONLY, output)))),

    previewAgencySheets: (analysis, output): Promise<SheetChangePreview> =>
      run((context) => previewOutput(context, analysis, writeOptions(analysis, AGENCY_SHEETS, output))),

    createAgencySheets: async (analysis, output) =>
      written(await run((context) => writeOutput(context, analysis, writeOptions(analysis, AGENCY_SHEETS, output)))),

    previewRemoval: () => run((context) => previewRemoval(context)),

    removeResults: async (options) => written(await run((context) => removeOutput(context, options?.userEdits ? { userEdits: options.userEdits } : {}))),

    reveal: (sheet, cell) => run((context) => revealCell(context, sheet, cell)),

    onExternalCheck: (listener) => subscribeChecks((check) => listener(check.result)),
  };
}
