import { analyze, holdsOnlyAreas, type Analysis, type ReadFailure } from '../domain/api/analyze';
import type { Grid } from '../domain/api/cells';
import { adoptRenamedTable, isToolSheet, ownedColumnsOn, sameSheet, MARKER_SHEET, type RenamedTable } from '../domain/api/workbook';
import type { OwnershipMarker } from '../domain/api/marker';
import type { Translate } from '../i18n/types';
import { packageMarker } from '../xlsx/read/file';
import type { SheetEntry, XlsxPackage } from '../xlsx/read/package';
import { resolveCriteria, type CriteriaArg, type ResolvedCriteria } from './criteria-source';
import { CliError } from './io';
import { openWorkbook, readIn } from './package-read';

export { openWorkbook } from './package-read';

export interface LoadedTable {
  readonly workbook: XlsxPackage;
  readonly grid: Grid;
  readonly analysis: Analysis;
  /** The marker, its table sheet followed to its new name when renamed since (see renamedTable). */
  readonly marker: OwnershipMarker | null;
  /** Set when this sheet is the marker's table sheet under a new name: the plan carries it to the writer. */
  readonly renamedTable?: RenamedTable;
  /** The criteria set used and what to say about it (a custom set from a sheet or a file). */
  readonly criteria: ResolvedCriteria;
}

export function workbookMarker(workbook: XlsxPackage, file: string, t: Translate): Promise<OwnershipMarker | null> {
  return readIn(file, t, () => packageMarker(workbook));
}

/** The user's sheets: not the marker sheet, and not the sheets an earlier run created. */
function userSheets(wb: XlsxPackage, marker: OwnershipMarker | null): SheetEntry[] {
  return wb.worksheets().filter((ws) => ws.state !== 'veryHidden' && !isToolSheet(marker, ws.name));
}

function reasonText(failure: ReadFailure, t: Translate): string {
  if (failure.reason === 'empty-sheet') return t('cli.error.reason.empty-sheet');
  const roles = failure.rolesSeen.length > 0 ? failure.rolesSeen.join(', ') : t('cli.none');
  return t('cli.error.reason.no-header', { roles });
}

function findSheet(wb: XlsxPackage, name: string): SheetEntry | undefined {
  return wb.worksheets().find((ws) => sameSheet(ws.name, name));
}

/**
 * The marker as it applies to `sheet`: followed to this sheet when it is the marker's table sheet
 * renamed since the last run, before the analysis masks the tool's columns.
 */
function ownerOf(wb: XlsxPackage, marker: OwnershipMarker | null, sheet: string, grid: Grid): { marker: OwnershipMarker | null; renamedTable?: RenamedTable } {
  const adopted = adoptRenamedTable(marker, wb.sheets.map((s) => s.name), sheet, grid);
  return adopted ? { marker: adopted.marker, renamedTable: adopted.renamed } : { marker };
}

/**
 * Analyses the requested sheet of an open workbook, or else the first sheet (in tab order) where a
 * table is found, passing over a table of areas alone (a summary sheet) while a later sheet holds
 * a detailed one. `file` only names the workbook in messages.
 */
export async function analyzeWorkbook(
  workbook: XlsxPackage,
  file: string,
  options: { readonly sheet?: string; readonly criteria: CriteriaArg },
  t: Translate,
): Promise<LoadedTable> {
  const marker = await workbookMarker(workbook, file, t);
  const criteria = await resolveCriteria(options.criteria, workbook, file, t);
  // The workbook's own "Bộ tiêu chí" sheet defines the tree: it is not a table to check.
  const candidates = userSheets(workbook, marker).filter((ws) => ws.name !== criteria.sheet);

  if (options.sheet !== undefined) {
    const ws = findSheet(workbook, options.sheet);
    if (!ws || sameSheet(ws.name, MARKER_SHEET)) {
      const sheets = candidates.map((s) => `"${s.name}"`).join(', ') || t('cli.none');
      // A chart, macro or dialog sheet has the name but is not read as a table: saying there is no
      // such sheet would send the officer looking for a typo.
      const other = ws ? undefined : workbook.sheets.find((s) => s.kind !== 'worksheet' && sameSheet(s.name, options.sheet!));
      if (other) throw new CliError('cli.error.not-a-worksheet', { file, sheet: other.name, sheets });
      throw new CliError('cli.error.no-such-sheet', { file, sheet: options.sheet, sheets });
    }
    if (isToolSheet(marker, ws.name)) {
      const sheets = candidates.map((s) => `"${s.name}"`).join(', ') || t('cli.none');
      throw new CliError('cli.error.tool-sheet', { file, sheet: ws.name, sheets });
    }
    const grid = await readIn(file, t, () => workbook.grid(ws.name));
    const owner = ownerOf(workbook, marker, ws.name, grid);
    const result = analyze(grid, { criteria: criteria.spec, ownedColumns: ownedColumnsOn(owner.marker, ws.name) });
    if (!result.ok) {
      throw new CliError('cli.error.no-table-in-sheet', { file, sheet: ws.name, reason: reasonText(result.failure, t) });
    }
    return { workbook, grid, analysis: result.analysis, ...owner, criteria };
  }

  let summaryOnly: LoadedTable | undefined;
  for (const ws of candidates) {
    const grid = await readIn(file, t, () => workbook.grid(ws.name));
    const owner = ownerOf(workbook, marker, ws.name, grid);
    const result = analyze(grid, { criteria: criteria.spec, ownedColumns: ownedColumnsOn(owner.marker, ws.name) });
    if (!result.ok) continue;
    const loaded: LoadedTable = { workbook, grid, analysis: result.analysis, ...owner, criteria };
    if (!holdsOnlyAreas(result.analysis.table)) return loaded;
    summaryOnly ??= loaded;
  }
  if (summaryOnly) return summaryOnly;
  const sheets = candidates.map((s) => `"${s.name}"`).join(', ') || t('cli.none');
  throw new CliError('cli.error.no-table', { file, sheets });
}

/**
 * Opens the workbook and analyses it (see analyzeWorkbook). `keepTexts`: the workbook is written
 * next, and the parts read are kept for the writer (see openPackage).
 */
export async function loadTable(
  file: string,
  options: { readonly sheet?: string; readonly criteria: CriteriaArg; readonly keepTexts?: boolean },
  t: Translate,
): Promise<LoadedTable> {
  return analyzeWorkbook(await openWorkbook(file, t, options.keepTexts ?? false), file, options, t);
}
