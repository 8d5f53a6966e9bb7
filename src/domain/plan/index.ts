export * from './types';
export { EMPTY_MARKER, parseMarker, serializeMarker } from './marker';
export { MAX_SHEET_NAME, abbreviateAgency, sanitizeSheetName, sheetKey } from './sheet-names';
export { buildRemovalPlan, buildWritePlan } from './build';
export type { BuildOptions, BuildResult, PlanParts } from './build';
export { outputColumns, verifiedColumns } from './table-columns';
export type { OutputColumn } from './table-columns';
