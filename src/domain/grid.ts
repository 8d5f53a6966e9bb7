/**
 * The plain grid both adapters (Office.js and exceljs) can provide. Coordinates are absolute,
 * 0-based sheet indices: row 0 is Excel row 1, col 0 is column A.
 */
type CellKind = 'empty' | 'string' | 'number' | 'boolean' | 'error';

export interface GridCell {
  /** The stored value: a number stays a number, text stays text. Empty cells are null. */
  readonly value: string | number | boolean | null;
  /** What Excel displays (number formats and locale applied). '' for empty cells. */
  readonly text: string;
  readonly kind: CellKind;
  /**
   * Set only on a formula cell saved without a computed result (a workbook written by a program
   * that does not calculate): the formula, without "=". Such a cell is otherwise empty.
   */
  readonly formula?: string;
}

export interface MergedArea {
  readonly row: number;
  readonly col: number;
  readonly rowCount: number;
  readonly colCount: number;
}

export interface Grid {
  readonly sheet: string;
  /** Absolute position of cells[0][0] (the used range may not start at A1). */
  readonly originRow: number;
  readonly originCol: number;
  /** Rectangular: every row has the same length. */
  readonly cells: readonly (readonly GridCell[])[];
  readonly merges: readonly MergedArea[];
  /** False when the adapter could not read merged areas: the reader then fills down by heuristic. */
  readonly mergesKnown: boolean;
}

export const EMPTY_CELL: GridCell = Object.freeze({ value: null, text: '', kind: 'empty' as const });

export function cellAt(grid: Grid, row: number, col: number): GridCell {
  const r = grid.cells[row - grid.originRow];
  if (!r) return EMPTY_CELL;
  return r[col - grid.originCol] ?? EMPTY_CELL;
}

function gridRowCount(grid: Grid): number {
  return grid.cells.length;
}

export function gridColCount(grid: Grid): number {
  return grid.cells[0]?.length ?? 0;
}
