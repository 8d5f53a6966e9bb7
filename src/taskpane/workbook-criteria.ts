import type { Analysis } from '../domain/api/analyze';
import { criteriaSetFromGrid } from '../domain/api/custom-criteria';
import type { FromTableResult } from '../domain/api/criteria-from-table';
import type { CriteriaSpec } from '../domain/api/criteria';
import { readCriteriaGrid } from '../excel/read';
import type { Translate } from '../i18n/types';
import { PaneError, type PaneCriteria, type WorkbookCriteriaSheet } from './services';

/** What the picker shows about the workbook's "Bộ tiêu chí" sheet; null when it has none. */
export async function criteriaSheetSummary(context: Excel.RequestContext): Promise<WorkbookCriteriaSheet | null> {
  const grid = await readCriteriaGrid(context);
  if (!grid) return null;
  const { set, issues } = criteriaSetFromGrid(grid);
  return { sheet: grid.sheet, title: set?.title ?? null, errors: issues.filter((i) => i.severity === 'error').length };
}

/**
 * The set a pane check uses. 'auto' takes the workbook's "Bộ tiêu chí" sheet when there is one (the
 * set travels with the workbook; flows.ts reads it with the table), else lets the engine detect;
 * 'workbook' insists on the sheet; a built-in id is used as chosen. A sheet with errors is refused
 * with its first problem named.
 */
export async function criteriaForCheck(context: Excel.RequestContext, choice: PaneCriteria, t: Translate): Promise<CriteriaSpec> {
  // 'auto' is settled by the check's own read (src/excel/flows.ts), in the same request.
  if (choice !== 'workbook') return choice;
  const grid = await readCriteriaGrid(context);
  if (!grid) throw new PaneError('criteria.pane.missing');
  const { set, issues } = criteriaSetFromGrid(grid);
  if (set) return set;
  const errors = issues.filter((i) => i.severity === 'error');
  const first = errors[0];
  throw new PaneError('criteria.pane.invalid', {
    sheet: grid.sheet,
    count: errors.length,
    first: first ? t(first.messageKey, first.params) : '',
  });
}

/**
 * Why a table's maxima could not become a set, for the pane: where they do not add up, the first
 * finding is quoted (the findings list shows them all, each with its cell).
 */
export function fromTableError(result: Extract<FromTableResult, { ok: false }>, analysis: Analysis, t: Translate): PaneError {
  const where = { sheet: analysis.sheet, file: t('criteria.pane.this-workbook') };
  if (result.reason === 'inconsistent') {
    const first = result.blocking[0];
    return new PaneError('criteria.pane.from-table-inconsistent', {
      ...where,
      count: result.blocking.length,
      first: first ? `${first.cell}: ${t(first.messageKey, first.params)}` : '',
    });
  }
  if (result.reason === 'invalid-set') {
    const first = result.issues.find((i) => i.severity === 'error');
    return new PaneError('criteria.pane.from-table-invalid', { ...where, first: first ? t(first.messageKey, first.params) : '' });
  }
  return new PaneError(`criteria.from-table.${result.reason}`, where);
}
