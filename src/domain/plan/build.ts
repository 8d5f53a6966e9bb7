import type { Analysis } from '../analysis';
import { DEFAULT_TOLERANCE } from '../check/tolerance';
import type { Fixed } from '../fixed';
import type { Grid } from '../grid';
import { translator } from '../../i18n';
import type { Lang, Translate } from '../../i18n/types';
import { buildAgencySheet, leadsSomething } from './agency-sheets';
import { EMPTY_MARKER } from './marker';
import { abbreviateAgency, sheetKey, TakenSheetNames } from './sheet-names';
import { buildSummarySheet } from './summary-sheet';
import { buildTableColumns } from './table-columns';
import { recordWritten } from './written';
import { TableNumbers } from './operands';
import { MARKER_SHEET, type GrownTable, type OwnershipMarker, type PlanConflict, type PlanSheet, type RenamedTable, type WritePlan } from './types';

export interface PlanParts {
  readonly tableColumns: boolean;
  readonly summary: boolean;
  readonly agencySheets: boolean;
}

export interface BuildOptions {
  /** The sheet as read, before the tool's own columns were masked: to find the user's cells. */
  readonly grid: Grid;
  readonly previous: OwnershipMarker | null;
  /**
   * When `previous` was adopted for a renamed table sheet (adoptRenamedTable): the rename, which
   * the plan carries to the writer, who reads the marker again.
   */
  readonly renamedTable?: RenamedTable;
  /** Every sheet of the workbook now, in any case. */
  readonly existingSheets: readonly string[];
  /** Speaks `lang`: every text the plan writes goes through it. */
  readonly t: Translate;
  readonly lang: Lang;
  readonly include: PlanParts;
  /** Largest stated-vs-recomputed difference the check column still calls OK (default: DEFAULT_TOLERANCE, check/tolerance.ts). */
  readonly tolerance?: Fixed;
}

export type BuildResult = { readonly ok: true; readonly plan: WritePlan } | { readonly ok: false; readonly conflicts: PlanConflict[] };


const LANGS: readonly Lang[] = ['vi', 'en'];

/**
 * The summary sheet's name in every language: a previous run in the other language made one of
 * these, and agency sheets must never take them.
 */
function summaryNames(t: Translate): string[] {
  return [t('sheet.summary.name'), ...LANGS.map((l) => translator(l)('sheet.summary.name'))];
}

/**
 * A name a summary sheet may bear: one of `candidates`, or one with " (2)", " (3)" ... that a run
 * chose beside a user's sheet already bearing it (as agency sheets are named), so a re-run still
 * knows it for the summary and a run that leaves the summary as it is does not take it for an
 * agency sheet to replace.
 */
function isSummaryName(candidates: readonly string[], name: string): boolean {
  const key = sheetKey(name);
  return candidates.some((candidate) => {
    const base = sheetKey(candidate);
    return key === base || (key.startsWith(base) && NUMBERED_SUFFIX.test(key.slice(base.length)));
  });
}

const NUMBERED_SUFFIX = /^ \((?!1\))[1-9]\d*\)$/;

function keyedIncludes(list: readonly string[], name: string): boolean {
  const key = sheetKey(name);
  return list.some((s) => sheetKey(s) === key);
}

function uniqueByKey(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const key = sheetKey(n);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Everything one run writes, decided from the analysis alone (same analysis and workbook, same plan),
 * so that a second run rewrites the same cells and sheets instead of adding new ones. Parts left out
 * keep what the previous run made.
 */
export function buildWritePlan(analysis: Analysis, options: BuildOptions): BuildResult {
  const { grid, t, include } = options;
  const previous = options.previous ?? EMPTY_MARKER;
  const tolerance = options.tolerance ?? DEFAULT_TOLERANCE;
  const conflicts: PlanConflict[] = [];
  const sheets: PlanSheet[] = [];
  const numbers = new TableNumbers(analysis, grid, analysis.sheet);

  const summaryCandidates = summaryNames(t);
  const previousSummary = previous.sheets.filter((s) => isSummaryName(summaryCandidates, s));
  const previousAgency = previous.sheets.filter((s) => !isSummaryName(summaryCandidates, s));
  const kept = [...(include.summary ? [] : previousSummary), ...(include.agencySheets ? [] : previousAgency)];
  const userSheets = options.existingSheets.filter((s) => !keyedIncludes(previous.sheets, s) && sheetKey(s) !== sheetKey(MARKER_SHEET));

  let table: Pick<OwnershipMarker, 'tableSheet' | 'tableColumns' | 'tableRows'> = previous;
  let clearTableColumns: readonly number[] = [];
  let grownTable: GrownTable | undefined;
  if (include.tableColumns) {
    const columns = buildTableColumns(analysis, grid, options.previous, t, tolerance, numbers);
    if (columns.grown) grownTable = { sheet: analysis.sheet, ...columns.grown };
    conflicts.push(...columns.conflicts);
    sheets.push(columns.sheet);
    table = { tableSheet: analysis.sheet, tableColumns: columns.columns, tableRows: columns.rows };
    // All of them: the adapter clears before it writes, so rows the table no longer has go too.
    clearTableColumns = previous.tableColumns;
  }

  const produced: string[] = [];
  // A user's sheet already named like the summary (one copied from last year's scored workbook) is
  // left alone and the summary takes the next free name, as an agency sheet does.
  const summaryName = new TakenSheetNames([...userSheets, ...kept, MARKER_SHEET, analysis.sheet]).take(t('sheet.summary.name'));
  if (include.summary) {
    sheets.push(buildSummarySheet(analysis, summaryName, t, numbers));
    produced.push(summaryName);
  }
  if (include.agencySheets) {
    const taken = new TakenSheetNames([...userSheets, ...kept, ...summaryCandidates, summaryName, MARKER_SHEET, analysis.sheet]);
    for (const agency of analysis.agencies.filter(leadsSomething)) {
      const name = taken.take(abbreviateAgency(agency.name));
      sheets.push(buildAgencySheet(analysis, agency, name, t, numbers));
      produced.push(name);
    }
  }

  if (conflicts.length > 0) return { ok: false, conflicts };

  const replaced = [...(include.summary ? previousSummary : []), ...(include.agencySheets ? previousAgency : [])];
  const deleteSheets = replaced.filter((s) => !keyedIncludes(produced, s));
  const owned = uniqueByKey([...produced, ...kept]);
  const ordered = [
    ...owned.filter((s) => isSummaryName(summaryCandidates, s)),
    ...owned.filter((s) => !isSummaryName(summaryCandidates, s)),
  ];
  const marker: OwnershipMarker = {
    tool: 'par-scorer',
    version: 1,
    tableSheet: table.tableSheet,
    tableColumns: table.tableColumns,
    tableRows: table.tableRows,
    sheets: ordered,
  };
  const recorded: OwnershipMarker = { ...marker, written: recordWritten(marker, sheets, options.previous) };
  const renamedTable = options.renamedTable;
  return {
    ok: true,
    plan: { marker: recorded, sheets, deleteSheets, clearTableColumns, ...(renamedTable ? { renamedTable } : {}), ...(grownTable ? { grownTable } : {}) },
  };
}

/**
 * Undoes every run: deletes the sheets the tool made, clears its columns, leaves a marker owning
 * nothing. `renamedTable`: `previous` was followed to its table sheet's new name (see BuildOptions).
 */
export function buildRemovalPlan(previous: OwnershipMarker | null, renamedTable?: RenamedTable): WritePlan {
  if (!previous) return { marker: EMPTY_MARKER, sheets: [], deleteSheets: [], clearTableColumns: [] };
  return {
    marker: EMPTY_MARKER,
    sheets: [],
    deleteSheets: [...previous.sheets],
    clearTableColumns: [...previous.tableColumns],
    ...(renamedTable ? { renamedTable } : {}),
  };
}
