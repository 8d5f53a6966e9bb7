import { cellAt, type Grid, type GridCell } from '../grid';

/**
 * Excel keeps a merged area's value in its top-left cell only. A cell lower down in the same
 * column reads that value (filled); cells to the right of it stay as they are, so a title merged
 * across columns is not copied into other roles.
 */
export interface CellResolver {
  /** The cell's own value, or the value of the merged area it sits in. */
  cell(row: number, col: number): GridCell;
  /** The value cell() returns comes from the top of a merged area above this row. */
  filled(row: number, col: number): boolean;
}

/** Excel's last column is XFD (16,384): row * COLS + col is a unique key without building a string per lookup. */
const COLS = 16_384;

/** Answers without allocating: the reader asks for several cells of every row, on sheets of 50,000 rows. */
export function mergeResolver(grid: Grid): CellResolver {
  const source = new Map<number, number>();
  for (const m of grid.merges) {
    for (let r = m.row + 1; r < m.row + m.rowCount; r++) source.set(r * COLS + m.col, m.row * COLS + m.col);
  }
  const from = (row: number, col: number, own: GridCell): number | undefined =>
    source.size === 0 || own.kind !== 'empty' ? undefined : source.get(row * COLS + col);
  return {
    cell(row, col) {
      const own = cellAt(grid, row, col);
      const key = from(row, col, own);
      if (key === undefined) return own;
      return cellAt(grid, Math.floor(key / COLS), key % COLS);
    },
    filled(row, col) {
      return from(row, col, cellAt(grid, row, col)) !== undefined;
    },
  };
}
