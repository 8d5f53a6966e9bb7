import type { OwnershipMarker } from './types';
import { MARKER_SHEET } from './types';

/**
 * True when every sheet of the workbook was created by the tool and it holds no table of the
 * user's (a folder check's consolidated workbook): one rule for every adapter that lists sheets.
 */
export function isToolOutputSheets(sheetNames: readonly string[], marker: OwnershipMarker | null): boolean {
  if (!marker || marker.tableSheet !== null || marker.sheets.length === 0) return false;
  const owned = new Set(marker.sheets.map((s) => s.toLocaleLowerCase()));
  return sheetNames.every((name) => name === MARKER_SHEET || owned.has(name.toLocaleLowerCase()));
}
