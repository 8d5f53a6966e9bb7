/*
 * Public domain API: checking a folder. One report for many workbooks: the totals, the summary
 * sheets, and the agencies merged across files.
 */
export { buildCheckDirSheets, checkDirTotals } from '../plan/check-dir-summary';
export type { CheckDirFailure, CheckDirFile, CheckDirReport } from '../plan/check-dir-summary';
export { mergeAgencies, type MergedAgency } from '../agencies/merge';
