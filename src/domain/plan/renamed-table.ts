import { sheetRef } from '../address';
import { cellAt, type Grid } from '../grid';
import { decodeColumn, EMPTY_PRINT, fingerprint } from './fingerprint';
import { isToolSheet, sameSheet } from './ownership';
import type { OwnershipMarker, RenamedTable, WrittenArea } from './types';

/*
 * The marker names the table sheet by its name, so a sheet the officer renamed after a run would no
 * longer be the tool's: a re-run would read the tool's columns as the user's data and write a
 * second set beside them. This rule recognises the table sheet under its new name. A wrong "yes"
 * would let a run clear cells the tool never wrote, so it answers yes only on proof: the old name is
 * gone, the candidate is no sheet the marker knows, and every header the tool wrote on the old sheet
 * reads on the candidate exactly as the marker's fingerprints recorded it. On any doubt it answers
 * no, and the run goes on as before (the tool's columns then count as the user's; nothing is lost).
 */

/** The marker with its table sheet called `to`: the table's name and its fingerprints' sheet. */
function renamed(marker: OwnershipMarker, { from, to }: RenamedTable): OwnershipMarker {
  const written = marker.written?.map((w): WrittenArea => (sameSheet(w.sheet, from) ? { ...w, sheet: to } : w));
  return { ...marker, tableSheet: to, ...(written ? { written } : {}) };
}

function named(marker: OwnershipMarker, name: string): boolean {
  return (
    isToolSheet(marker, name) ||
    (marker.tableSheet !== null && sameSheet(marker.tableSheet, name)) ||
    (marker.written ?? []).some((w) => sameSheet(w.sheet, name))
  );
}

/** Every header cell the tool wrote on the old sheet reads the same on `grid` (text, fingerprinted). */
function headersMatch(marker: OwnershipMarker, area: WrittenArea, grid: Grid): boolean {
  const rows = marker.tableRows!;
  if (area.row !== rows.first) return false;
  for (const col of marker.tableColumns) {
    const column = area.prints[col - area.col];
    const recorded = column === undefined ? undefined : decodeColumn(column)?.[0];
    if (recorded === undefined || recorded === EMPTY_PRINT) return false;
    const cell = cellAt(grid, rows.first, col);
    if (cell.kind !== 'string' || typeof cell.value !== 'string' || fingerprint(cell.value, rows.first) !== recorded) return false;
  }
  return true;
}

/**
 * When `candidate` (a sheet of the workbook, `grid` its cells as read) is the marker's table sheet
 * under a new name: the marker as if the previous run had written to that name, and the rename.
 * Null otherwise, and always when the marker's table sheet still exists (`sheetNames`: every sheet
 * of the workbook now), so an ordinary re-run asks nothing more than one look through the names.
 */
export function adoptRenamedTable(
  marker: OwnershipMarker | null,
  sheetNames: readonly string[],
  candidate: string,
  grid: Grid,
): { readonly marker: OwnershipMarker; readonly renamed: RenamedTable } | null {
  const from = marker?.tableSheet;
  if (!marker || !from || !marker.tableRows || marker.tableColumns.length === 0) return null;
  if (sheetNames.some((s) => sameSheet(s, from))) return null;
  if (named(marker, candidate) || !sheetNames.some((s) => sameSheet(s, candidate))) return null;
  const area = marker.written?.find((w) => sameSheet(w.sheet, from));
  if (!area || !headersMatch(marker, area, grid)) return null;
  const rename = { from, to: candidate };
  return { marker: renamed(marker, rename), renamed: rename };
}

/**
 * The marker a writer reads back from the workbook, with the rename its plan was built on applied
 * again (the writer reads the marker itself, as the workbook is right before the write): only while
 * that marker still names the old sheet, the old name is still gone and the new one exists; else
 * the marker as read, and the writer's own checks refuse cells it does not own.
 */
export function followRename(marker: OwnershipMarker | null, rename: RenamedTable | undefined, sheetNames: readonly string[]): OwnershipMarker | null {
  if (!marker || !rename || !marker.tableSheet || !sameSheet(marker.tableSheet, rename.from)) return marker;
  const exists = (name: string) => sheetNames.some((s) => sameSheet(s, name));
  if (exists(rename.from) || !exists(rename.to) || named(marker, rename.to)) return marker;
  return renamed(marker, rename);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A formula of the tool's as it was before the rename: Excel and LibreOffice rewrite every reference to
 * a renamed sheet ('Bảng điểm 2020'!D7, or Diem!D7 when the name needs no quotes), never the text
 * constants, and the tool wrote each reference quoted ('Phụ lục I'!D7, sheetRef). So a re-run tells a
 * formula the host rewrote from one the user typed by fingerprinting it with the old name put back.
 */
export function formulaBeforeRename(formula: string, { from, to }: RenamedTable): string {
  const quoted = `'${escapeRegExp(to.replace(/'/g, "''"))}'!`;
  // A bare name: nothing of a name or a number right before it.
  const bare = `(?<![\\p{L}\\p{N}_.'])${escapeRegExp(to)}!`;
  const reference = new RegExp(`${quoted}|${bare}`, 'giu');
  const old = sheetRef(from, '');
  return formula
    .split(/("(?:[^"]|"")*"?)/)
    .map((piece, i) => (i % 2 === 1 ? piece : piece.replace(reference, () => old)))
    .join('');
}
