import { cellAt, EMPTY_CELL, type Grid, type GridCell } from '../grid';

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
  /**
   * cell() and filled() of several columns of one row, written to `cells` and `filled` at the
   * columns' indexes; a negative column (none) gets null and false.
   */
  loadRow(row: number, cols: readonly number[], cells: (GridCell | null)[], filled: boolean[]): void;
}

/** Excel's last column is XFD (16,384): row * COLS + col is a unique key without building a string per lookup. */
const COLS = 16_384;

/**
 * Answers without allocating: the reader asks for several cells of every row, on sheets of 50,000
 * rows. A class rather than closures made per sheet: optimised code that had inlined one sheet's
 * closures was thrown away once that sheet's objects were collected, and recompiled for the next.
 */
class MergeResolver implements CellResolver {
  private readonly source = new Map<number, number>();

  constructor(private readonly grid: Grid) {
    for (const m of grid.merges) {
      for (let r = m.row + 1; r < m.row + m.rowCount; r++) this.source.set(r * COLS + m.col, m.row * COLS + m.col);
    }
  }

  private from(row: number, col: number, own: GridCell): number | undefined {
    return this.source.size === 0 || own.kind !== 'empty' ? undefined : this.source.get(row * COLS + col);
  }

  cell(row: number, col: number): GridCell {
    const own = cellAt(this.grid, row, col);
    const key = this.from(row, col, own);
    if (key === undefined) return own;
    return cellAt(this.grid, Math.floor(key / COLS), key % COLS);
  }

  filled(row: number, col: number): boolean {
    return this.from(row, col, cellAt(this.grid, row, col)) !== undefined;
  }

  loadRow(row: number, cols: readonly number[], cells: (GridCell | null)[], filled: boolean[]): void {
    // cell() and filled() in one call for a whole row: the table's rows are built before the
    // optimising compiler has seen the functions, where the three calls per column each made were
    // a good part of building a row.
    const grid = this.grid;
    const own = grid.cells[row - grid.originRow];
    const merged = this.source.size > 0;
    for (let i = 0; i < cols.length; i++) {
      const col = cols[i]!;
      if (col < 0) {
        cells[i] = null;
        filled[i] = false;
        continue;
      }
      // cellAt, and from() below, written out.
      const cell = (own === undefined ? undefined : own[col - grid.originCol]) ?? EMPTY_CELL;
      const key = merged && cell.kind === 'empty' ? this.source.get(row * COLS + col) : undefined;
      cells[i] = key === undefined ? cell : cellAt(grid, Math.floor(key / COLS), key % COLS);
      filled[i] = key !== undefined;
    }
  }
}

/**
 * Optimised code checks objects against their hidden class, and V8 holds a class's instance shape
 * only as long as some instance lives: once a sheet's resolver was collected, the code that used
 * it was thrown away and the next check ran unoptimised while it was recompiled (it made a read
 * after a full collection 2-3 times slower). This instance keeps the shape alive.
 */
const SHAPE_KEEPER = new MergeResolver({ sheet: '', originRow: 0, originCol: 0, cells: [], merges: [], mergesKnown: true });

export function mergeResolver(grid: Grid): CellResolver {
  // Named here so the keeper lives in the module's scope: V8 drops a module constant no function uses.
  void SHAPE_KEEPER;
  return new MergeResolver(grid);
}
