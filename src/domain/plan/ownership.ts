import { CHECK_LOOKS } from './check-styles';
import { sheetKey } from './sheet-names';
import { MARKER_SHEET, type OwnershipMarker } from './types';

/*
 * What the tool owns, decided once for both adapters (Office.js and the .xlsx path): the sheets its
 * marker lists, and the rectangle of its columns on the user's table sheet. Sheet names compare as
 * Excel compares them (sheetKey: ignoring case, in Unicode normal form), never by plain equality.
 */

export function sameSheet(a: string, b: string): boolean {
  return sheetKey(a) === sheetKey(b);
}

/** A sheet the tool created and may clear, rewrite or delete. */
export function ownsSheet(marker: OwnershipMarker | null, name: string): boolean {
  return marker?.sheets.some((s) => sameSheet(s, name)) ?? false;
}

/** True when `marker` places the tool's columns on `sheet`. */
export function ownsTableOn(marker: OwnershipMarker | null, sheet: string): boolean {
  return marker?.tableSheet !== null && marker?.tableSheet !== undefined && sameSheet(marker.tableSheet, sheet);
}

/** A cell of the user's table sheet inside the tool's columns and the rows it wrote. */
export function ownsTableCell(marker: OwnershipMarker | null, sheet: string, row: number, col: number): boolean {
  if (!marker?.tableRows || !ownsTableOn(marker, sheet)) return false;
  return marker.tableColumns.includes(col) && row >= marker.tableRows.first && row <= marker.tableRows.last;
}

/** A rule of a conditional format, as a workbook stores it (ECMA-376 Part 1, 18.3.1.10 cfRule). */
export interface ConditionalRuleShape {
  readonly type: string;
  readonly operator?: string;
  /** Its formulas' text (18.3.1.43 formula), unescaped. */
  readonly formulas: readonly string[];
  /**
   * The colours it paints, as #RRGGBB (null: none, or a colour given otherwise than as RGB, such as a
   * theme colour); left out when the adapter could not read them.
   */
  readonly look?: { readonly fill: string | null; readonly fontColor: string | null };
}

/** A rule's look is one the tool writes; unknown counts as the tool's, as before looks were read. */
function toolLook(look: ConditionalRuleShape['look']): boolean {
  if (look === undefined) return true;
  const fill = look.fill?.toUpperCase() ?? null;
  const font = look.fontColor?.toUpperCase() ?? null;
  return CHECK_LOOKS.some((l) => l.fill === fill && l.fontColor === font);
}

/**
 * A conditional format of the table sheet that a re-run removes as the tool's own: it lies inside
 * the tool's columns (`columns`, 0-based, from the sqref) and every rule is one the tool writes
 * there, a cell value equal to a quoted text (the check column's labels, in any language) painted
 * in one of the tool's looks (check-styles.ts). Any other format over those columns (a colour
 * scale, a data bar, a comparison with a number, the same label in the user's own colours) was put
 * there by the user, before the first run or after it, and stays.
 */
export function ownsConditionalFormat(
  marker: OwnershipMarker | null,
  sheet: string,
  columns: { readonly first: number; readonly last: number },
  rules: readonly ConditionalRuleShape[],
): boolean {
  const owned = ownedColumnsOn(marker, sheet);
  for (let col = columns.first; col <= columns.last; col++) if (!owned.includes(col)) return false;
  return (
    rules.length > 0 &&
    rules.every((r) => r.type === 'cellIs' && r.operator === 'equal' && r.formulas.length === 1 && /^\s*"(?:[^"]|"")*"\s*$/.test(r.formulas[0]!) && toolLook(r.look))
  );
}

/** The tool's own columns on this sheet, which the engine must not read as the user's data. */
export function ownedColumnsOn(marker: OwnershipMarker | null, sheet: string): readonly number[] {
  return marker && ownsTableOn(marker, sheet) ? marker.tableColumns : [];
}

/**
 * The marker sheet or a sheet an earlier run wrote (the summary, an agency sheet): output, never a
 * table to check. Read as input it would be checked as a table of its own, and a write would then
 * treat the sheets and columns of that earlier run as no longer wanted. (This module loads no schema
 * library, so the CLI's check path can ask it cheaply.)
 */
export function isToolSheet(marker: OwnershipMarker | null, name: string): boolean {
  return sameSheet(name, MARKER_SHEET) || ownsSheet(marker, name);
}

export function ownsNothing(marker: OwnershipMarker): boolean {
  return marker.sheets.length === 0 && marker.tableColumns.length === 0;
}

/**
 * True when every sheet of the workbook was created by the tool and it holds no table of the
 * user's (a folder check's consolidated workbook): one rule for every adapter that lists sheets.
 */
export function isToolOutputSheets(sheetNames: readonly string[], marker: OwnershipMarker | null): boolean {
  if (!marker || marker.tableSheet !== null || marker.sheets.length === 0) return false;
  return sheetNames.every((name) => isToolSheet(marker, name));
}
