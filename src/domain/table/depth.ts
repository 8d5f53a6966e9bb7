import type { ReadTable } from './types';

/**
 * A table of areas alone ("Tổng hợp": the eight areas and a total), as a plan's summary sheet
 * holds: no criterion, sub-criterion or task row under them. Such a sheet is often the first of a
 * workbook whose detailed table follows, and the detailed table is the one worth checking.
 */
export function holdsOnlyAreas(table: ReadTable): boolean {
  let areas = 0;
  for (const row of table.rows) {
    if (row.kind === 'area') areas++;
    else if (row.kind !== 'total' && row.kind !== 'group') return false;
  }
  return areas > 0;
}
