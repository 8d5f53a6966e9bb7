import type { CellStyle, ConditionalFormat } from '../domain/api/plan';

/** A rectangle in absolute 0-based coordinates. */
export interface Rect {
  readonly row: number;
  readonly col: number;
  readonly rowCount: number;
  readonly colCount: number;
}

/** What Range.formulas accepts: a formula, a constant, '' to clear, null to leave the cell as it is. */
export type FormulaInput = string | number | boolean | null;

/**
 * One queued Office.js write, described as plain data so the plan can be encoded, sized and split
 * into syncs without an Excel host (and tested that way).
 */
export type WriteOp =
  | { readonly kind: 'beginMarker'; readonly text: string; readonly create: boolean }
  | { readonly kind: 'endMarker'; readonly text: string }
  | { readonly kind: 'deleteMarker' }
  | { readonly kind: 'deleteSheet'; readonly sheet: string }
  | { readonly kind: 'addSheet'; readonly sheet: string; readonly hidden?: boolean }
  /** Renames a sheet and sets its visibility (a re-run sets the previous output aside, set-aside.ts). */
  | { readonly kind: 'renameSheet'; readonly sheet: string; readonly to: string; readonly visibility: 'Visible' | 'Hidden' | 'VeryHidden' }
  /** Copies a rectangle, with its formats, to the same address on another sheet (Range.copyFrom). */
  | { readonly kind: 'copyRect'; readonly from: string; readonly to: string; readonly rect: Rect }
  | { readonly kind: 'clearSheet'; readonly sheet: string }
  /**
   * keepFormats: a user's conditional format overlaps the rectangle, so its cells are cleared without
   * clear('All'), which would cut the format out of them (table-formats.ts).
   */
  | { readonly kind: 'clearRect'; readonly sheet: string; readonly rect: Rect; readonly keepFormats?: boolean }
  /** Deletes the tool's own conditional formats read before the write, by key (table-formats.ts). */
  | { readonly kind: 'deleteFormats'; readonly sheet: string; readonly keys: readonly string[] }
  | { readonly kind: 'formulas'; readonly sheet: string; readonly row: number; readonly col: number; readonly cells: readonly (readonly FormulaInput[])[] }
  | { readonly kind: 'numberFormat'; readonly sheet: string; readonly row: number; readonly col: number; readonly cells: readonly (readonly (string | null)[])[] }
  /** One R1C1 formula (or constant) for every cell of the rectangle, through Range.formulasR1C1. */
  | { readonly kind: 'fillFormula'; readonly sheet: string; readonly rect: Rect; readonly input: string | number | boolean }
  /** One number format for every cell of the rectangle. */
  | { readonly kind: 'fillNumberFormat'; readonly sheet: string; readonly rect: Rect; readonly format: string }
  | { readonly kind: 'style'; readonly sheet: string; readonly rect: Rect; readonly style: CellStyle; readonly underline: boolean }
  | { readonly kind: 'link'; readonly sheet: string; readonly row: number; readonly col: number; readonly target: string; readonly text: string }
  /**
   * A column's width, and whether it is hidden: the tool's columns are shown (officers hide the unused
   * columns right of a table, and results written there would not be seen); `hidden` puts back what
   * a column was when a failed run restores it.
   */
  | { readonly kind: 'columnWidth'; readonly sheet: string; readonly col: number; readonly points: number; readonly hidden?: boolean }
  | { readonly kind: 'conditionalFormat'; readonly sheet: string; readonly format: ConditionalFormat }
  | { readonly kind: 'freeze'; readonly sheet: string; readonly rows: number; readonly cols: number };

/**
 * Office.js sends, per queued action, the object path and the arguments as JSON; 160 bytes covers
 * the path and action envelope of the deepest call we make (range -> format -> font -> color).
 */
const OP_OVERHEAD_BYTES = 160;

const encoder = new TextEncoder();

export function utf8Length(text: string): number {
  return encoder.encode(text).length;
}

/** An upper estimate of what the op adds to a request. */
export function opBytes(op: WriteOp): number {
  return utf8Length(JSON.stringify(op)) + OP_OVERHEAD_BYTES;
}
