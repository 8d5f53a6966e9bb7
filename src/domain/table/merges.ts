import { cellAt, type Grid, type GridCell } from '../grid';

export interface ResolvedCell {
  readonly cell: GridCell;
  /** The value comes from the top of a merged area above this row. */
  readonly filled: boolean;
}

export type CellResolver = (row: number, col: number) => ResolvedCell;

/**
 * Excel keeps a merged area's value in its top-left cell only. A cell lower down in the same
 * column reads that value (filled); cells to the right of it stay as they are, so a title merged
 * across columns is not copied into other roles.
 */
/** Excel's last column is XFD (16,384): row * COLS + col is a unique key without building a string per lookup. */
const COLS = 16_384;

export function mergeResolver(grid: Grid): CellResolver {
  const source = new Map<number, { row: number; col: number }>();
  for (const m of grid.merges) {
    for (let r = m.row + 1; r < m.row + m.rowCount; r++) source.set(r * COLS + m.col, { row: m.row, col: m.col });
  }
  return (row, col) => {
    const own = cellAt(grid, row, col);
    const from = source.size === 0 ? undefined : source.get(row * COLS + col);
    if (!from || own.kind !== 'empty') return { cell: own, filled: false };
    return { cell: cellAt(grid, from.row, from.col), filled: true };
  };
}
