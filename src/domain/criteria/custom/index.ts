import type { Grid } from '../../grid';
import { buildCustomSet, type BuildResult } from './build';
import { parseCriteriaJson } from './json';
import { readCriteriaSheet } from './sheet';

export type { CriteriaIssue, CriteriaIssueRule, DraftSet, DraftNode, Place } from './types';
export type { BuildResult } from './build';
export { buildCustomSet } from './build';
export { placeText, hasErrors } from './place';
export { CRITERIA_SHEET, isCriteriaSheetName, looksLikeCriteriaSheet, readCriteriaSheet, findCriteriaHeader } from './sheet';
export { parseCriteriaJson } from './json';
export { criteriaSheetLayout, EXPORT_HEADERS, type CriteriaSheetLayout, type ExportValue } from './export';
export { KIND_LABELS, parseKind } from './values';

/** A "Bộ tiêu chí" sheet's grid to a set, with every problem found on the way. */
export function criteriaSetFromGrid(grid: Grid, options: { readonly file?: string } = {}): BuildResult {
  const read = readCriteriaSheet(grid, options);
  if (!read.draft) return { set: null, issues: read.issues };
  const built = buildCustomSet(read.draft);
  return { set: read.issues.some((i) => i.severity === 'error') ? null : built.set, issues: [...read.issues, ...built.issues] };
}

/** A criteria set file's text (read by the CLI) to a set. */
export function criteriaSetFromJson(text: string, file: string): BuildResult {
  const read = parseCriteriaJson(text, file);
  if (!read.draft) return { set: null, issues: read.issues };
  const built = buildCustomSet(read.draft);
  return { set: read.issues.some((i) => i.severity === 'error') ? null : built.set, issues: [...read.issues, ...built.issues] };
}
