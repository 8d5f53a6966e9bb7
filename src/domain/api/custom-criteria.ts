/*
 * Public domain API: custom criteria sets. Built from a “Bộ tiêu chí” sheet or a JSON file, and
 * laid out as a sheet for export (from a checked table: ./criteria-from-table). Loads the schema
 * library: require it only when a custom set is actually read or written.
 */
export { criteriaSetFromGrid, criteriaSetFromJson, criteriaSheetLayout } from '../criteria/custom';
export type { BuildResult, CriteriaIssue, CriteriaSheetLayout } from '../criteria/custom';
