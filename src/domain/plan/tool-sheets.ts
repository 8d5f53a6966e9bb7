import { sheetKey } from './sheet-names';
import type { OwnershipMarker } from './types';

/**
 * A sheet an earlier run wrote (the summary, an agency sheet): output, never a table to check. Read
 * as input it would be checked as a table of its own, and a write would then treat the sheets and
 * columns of that earlier run as no longer wanted. (Apart from the marker's schema, so the CLI's
 * check path asks this without loading a validator.)
 */
export function isToolSheet(marker: OwnershipMarker | null, sheet: string): boolean {
  if (!marker) return false;
  const key = sheetKey(sheet);
  return marker.sheets.some((name) => sheetKey(name) === key);
}
