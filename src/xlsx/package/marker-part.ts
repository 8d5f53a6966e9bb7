import { parseMarker } from '../../domain/plan/marker';
import { MARKER_SHEET } from '../../domain/plan/types';
import type { OwnershipMarker } from '../../domain/plan/types';
import type { OpcPackage } from './package';
import { readCellContents } from './cell-content';
import { sharedStrings } from './shared-strings';
import type { SheetEntry } from './workbook-part';

/** The marker sheet as found: absent, holding a marker, or a sheet of that name holding something else. */
type MarkerReading =
  | { readonly state: 'absent' }
  | { readonly state: 'found'; readonly sheet: SheetEntry; readonly marker: OwnershipMarker }
  | { readonly state: 'foreign'; readonly sheet: SheetEntry };

/**
 * The marker text: column A from row 1 down, up to the first cell that is not text (a long marker
 * is stored in pieces down the column).
 */
function columnAText(pkg: OpcPackage, workbookPart: string, sheetXml: string): string | null {
  const cells = readCellContents(sheetXml, sharedStrings(pkg, workbookPart), { row: 0, col: 0, rowCount: 1_048_576, colCount: 1 });
  let text = '';
  for (let row = 0; row < cells.length; row++) {
    const cell = cells[row]!;
    if (cell.row !== row || typeof cell.content !== 'string') break;
    text += cell.content;
  }
  return text === '' ? null : text;
}

export function readMarkerSheet(pkg: OpcPackage, workbookPart: string, sheets: readonly SheetEntry[]): MarkerReading {
  const sheet = sheets.find((s) => s.name.toLowerCase() === MARKER_SHEET.toLowerCase());
  if (!sheet) return { state: 'absent' };
  const xml = sheet.part ? pkg.text(sheet.part) : undefined;
  const text = xml ? columnAText(pkg, workbookPart, xml) : null;
  const marker = text === null ? null : parseMarker(text);
  return marker ? { state: 'found', sheet, marker } : { state: 'foreign', sheet };
}
