import { markerText, parseMarker, type OwnershipMarker } from '../../domain/api/marker';
import { sameSheet, MARKER_SHEET } from '../../domain/api/workbook';
import type { OpcPackage } from './package';
import { readCellContents } from './cell-content';
import { sharedStrings } from './shared-strings';
import type { SheetEntry } from './workbook-part';

/** The marker sheet as found: absent, holding a marker, or a sheet of that name holding something else. */
type MarkerReading =
  | { readonly state: 'absent' }
  | { readonly state: 'found'; readonly sheet: SheetEntry; readonly marker: OwnershipMarker }
  | { readonly state: 'foreign'; readonly sheet: SheetEntry };

/** The marker text from column A, read down from row 1 (a long marker is stored in pieces there). */
function columnAText(pkg: OpcPackage, workbookPart: string, sheetXml: string): string | null {
  const cells = readCellContents(sheetXml, sharedStrings(pkg, workbookPart), { row: 0, col: 0, rowCount: 1_048_576, colCount: 1 });
  // A gap in the column ends the marker, as an empty cell does.
  const column = cells.filter((cell, i) => cell.row === i).map((cell) => cell.content);
  const text = markerText(column);
  return text === '' ? null : text;
}

export function readMarkerSheet(pkg: OpcPackage, workbookPart: string, sheets: readonly SheetEntry[]): MarkerReading {
  const sheet = sheets.find((s) => sameSheet(s.name, MARKER_SHEET));
  if (!sheet) return { state: 'absent' };
  const xml = sheet.part ? pkg.text(sheet.part) : undefined;
  const text = xml ? columnAText(pkg, workbookPart, xml) : null;
  const marker = text === null ? null : parseMarker(text);
  return marker ? { state: 'found', sheet, marker } : { state: 'foreign', sheet };
}
