import { ownsTableOn } from './ownership';
import type { OwnershipMarker } from './types';

/*
 * Rows inserted into the table since the last run push the tool's cells below them down, past the
 * last row the marker records: the total row's formulas, say. Those cells are still the tool's,
 * under its own headers, so the rows the tool owns on the table sheet reach as far as the table now
 * does. The plan says so (WritePlan.grownTable), and each writer extends the marker it reads back
 * the same way, so those cells are read, checked for a user's edits and cleared as all its others.
 * A user's entry there is then a user's edit, which stops the run and asks, never an overwrite.
 */

export interface GrownTable {
  readonly sheet: string;
  /** The last row the marker records (0-based): the tool recorded nothing below it. */
  readonly from: number;
  /** The table's last row now (0-based), below the last one the marker records. */
  readonly last: number;
}

/** The marker with its table rows reaching `grown.last`; unchanged when it owns no such table or reaches that far. */
export function followGrowth(marker: OwnershipMarker | null, grown: GrownTable | undefined): OwnershipMarker | null {
  if (!marker || !grown || !marker.tableRows || !ownsTableOn(marker, grown.sheet) || grown.last <= marker.tableRows.last) return marker;
  return { ...marker, tableRows: { first: marker.tableRows.first, last: grown.last } };
}
