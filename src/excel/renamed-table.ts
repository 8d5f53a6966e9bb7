import { adoptRenamedTable, isToolSheet, sameSheet, type RenamedTable } from '../domain/api/workbook';
import type { OwnershipMarker } from '../domain/api/marker';
import { gridFromRange } from './read';

/**
 * The marker followed to its table sheet renamed since the last run, for the flows that start from
 * the marker alone and read no table ("remove results" and its preview). Only when the marker's
 * table sheet is gone: then the row of the tool's headers is read on every other sheet, in one
 * request, and the one sheet where they read as the marker recorded them (adoptRenamedTable) is
 * taken. None, more than one (a copy of the table made after the run), or a read the host refused:
 * the marker as it is.
 */
export async function followTableRename(
  context: Excel.RequestContext,
  marker: OwnershipMarker | null,
  sheets: readonly string[],
): Promise<{ marker: OwnershipMarker | null; renamedTable?: RenamedTable; syncs: number }> {
  const from = marker?.tableSheet;
  const rows = marker?.tableRows;
  if (!marker || !from || !rows || marker.tableColumns.length === 0 || sheets.some((s) => sameSheet(s, from))) return { marker, syncs: 0 };
  const first = Math.min(...marker.tableColumns);
  const width = Math.max(...marker.tableColumns) - first + 1;
  const reads = sheets
    .filter((name) => !isToolSheet(marker, name))
    .map((name) => {
      const range = context.workbook.worksheets.getItem(name).getRangeByIndexes(rows.first, first, 1, width);
      range.load('values,valueTypes');
      return { name, range };
    });
  if (reads.length === 0) return { marker, syncs: 0 };
  // A host that refuses the read leaves the marker as it is: the removal goes on as it did before.
  if (!(await context.sync().then(() => true, () => false))) return { marker, syncs: 1 };
  const adopted = reads.flatMap(({ name, range }) => {
    const grid = gridFromRange(name, { rowIndex: rows.first, columnIndex: first, values: range.values, valueTypes: range.valueTypes }, [], false);
    const found = adoptRenamedTable(marker, sheets, name, grid);
    return found ? [found] : [];
  });
  return adopted.length === 1 ? { marker: adopted[0]!.marker, renamedTable: adopted[0]!.renamed, syncs: 1 } : { marker, syncs: 1 };
}
