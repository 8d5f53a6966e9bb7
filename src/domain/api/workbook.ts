/*
 * Public domain API: the sheets of a workbook. Which sheets and cells are the tool's (the marker
 * sheet, ownership tests), which sheet holds a custom criteria set, and when two sheet names are
 * the same sheet. Reading a workbook needs these before any analysis.
 */
export { MARKER_SHEET } from '../plan/types';
export { isToolOutputSheets, isToolSheet, ownedColumnsOn, ownsConditionalFormat, ownsNothing, ownsSheet, ownsTableCell, sameSheet } from '../plan/ownership';
export type { ConditionalRuleShape } from '../plan/ownership';
export { sheetKey } from '../plan/sheet-names';
export { CRITERIA_SHEET, isCriteriaSheetName, looksLikeCriteriaSheet } from '../criteria/custom/sheet';
