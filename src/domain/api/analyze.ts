/*
 * Public domain API: analysing a sheet. `analyze` runs grid -> table -> criteria set -> findings,
 * scores and agencies; the types here are what comes out (and what a column map or a tolerance
 * puts in; findings themselves are in ./findings). `checkTable` is the check alone, for a table read
 * elsewhere (the worksheet functions); `holdsOnlyAreas` tells a summary of areas from a detailed table;
 * `countAgencies` counts the agencies a report would list, without listing them.
 */
export { analyze, type EngineOptions } from '../engine';
export type { Analysis, CheckFailure, CheckOutcome, SheetPreview } from '../analysis';
export { checkTable } from '../check';
export type { AreaTotal, KindTotal, RecomputedFrom, Totals, Triple } from '../score/types';
export { holdsOnlyAreas } from '../table/depth';
export { COLUMN_ROLES } from '../table/types';
export type { ColumnOverrides, ColumnRole, ReadFailure, ReadTable, TableLayout, TableRow } from '../table/types';
export type { AgencyCriterion, AgencySummary, AgencyTask } from '../agencies/types';
export { countAgencies, type AgencyCounts } from '../agencies';
