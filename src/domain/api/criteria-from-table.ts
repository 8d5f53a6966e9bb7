/*
 * Public domain API: a custom criteria set read off a checked table (its codes, names and maxima),
 * to be exported as a “Bộ tiêu chí” sheet and edited.
 */
export { criteriaSetFromTable, type FromTableResult } from '../criteria/custom/from-table';
