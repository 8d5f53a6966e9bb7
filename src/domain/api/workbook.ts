/*
 * Public domain API: the sheets of a workbook. Which sheets and cells are the tool's (the marker
 * sheet, ownership tests, the table sheet under a name given since the last run), which sheet
 * holds a custom criteria set, and when two sheet names are the same sheet. Reading a workbook needs these before any analysis.
 */
export { MARKER_SHEET } from '../plan/types';
export { isToolOutputSheets, isToolSheet, ownedColumnsOn, ownsConditionalFormat, ownsNothing, ownsSheet, ownsTableCell, sameSheet } from '../plan/ownership';
export type { ConditionalRuleShape } from '../plan/ownership';
export { adoptRenamedTable } from '../plan/renamed-table';
export type { RenamedTable } from '../plan/types';
export { sheetKey } from '../plan/sheet-names';
export { CRITERIA_SHEET, isCriteriaSheetName, looksLikeCriteriaSheet } from '../criteria/custom/sheet';
