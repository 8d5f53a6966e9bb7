import type { PlanBlock, PlanCell, PlanRows } from './types';

/*
 * Blocks given by their rows (PlanBlock.rows): a 50,000-row table's agency sheets hold some
 * 300,000 cells, and made all before the writer started they lived through every young-generation
 * collection until written (bench/NOTES.md, "Writing .xlsx", fifth round). Described, each row's
 * cells are made when a writer or the fingerprints ask for them and die young.
 */

type Line = readonly (PlanCell | null)[];

/** A run of rows made one at a time: row(i) for 0 <= i < length, the same content at every call. */
export interface RowRun {
  readonly length: number;
  /** The longest row the run makes. */
  readonly width: number;
  /** Rows from this one on make no cell, when the run knows it without making them. */
  readonly filled?: number;
  row(i: number): Line;
}

/** Rows made as cells (a sheet's titles and headers) or a run described. */
export type RowSegment = { readonly lines: readonly Line[] } | { readonly run: RowRun };

interface Placed {
  readonly first: number;
  readonly end: number;
  readonly segment: RowSegment;
}

/** Segments one after another as one block's rows. */
class SegmentedRows implements PlanRows {
  readonly height: number;
  readonly filled: number;
  private readonly placed: readonly Placed[];
  /** The segment asked last: rows are asked in order, so it is nearly always the one wanted. */
  private at = 0;

  constructor(
    segments: readonly RowSegment[],
    readonly width: number,
  ) {
    const placed: Placed[] = [];
    let first = 0;
    for (const segment of segments) {
      const end = first + ('run' in segment ? segment.run.length : segment.lines.length);
      placed.push({ first, end, segment });
      first = end;
    }
    this.placed = placed;
    this.height = first;
    const tail = placed[placed.length - 1];
    this.filled = tail && 'run' in tail.segment && tail.segment.run.filled !== undefined ? tail.first + tail.segment.run.filled : first;
    // Not compared as content (toEqual) nor copied: where the cursor stands says nothing of the rows.
    Object.defineProperty(this, 'at', { enumerable: false, writable: true, value: 0 });
  }

  row(i: number): Line {
    let p = this.placed[this.at];
    if (p === undefined || i < p.first || i >= p.end) {
      this.at = this.placed.findIndex((s) => i >= s.first && i < s.end);
      if (this.at < 0) {
        this.at = 0;
        return [];
      }
      p = this.placed[this.at]!;
    }
    const { segment } = p;
    return 'run' in segment ? segment.run.row(i - p.first) : segment.lines[i - p.first]!;
  }
}

/** A block of described rows; its cells are made from them the first time anyone asks, then kept. */
class RowsBlock implements PlanBlock {
  private made?: readonly Line[];

  constructor(
    readonly row: number,
    readonly col: number,
    readonly rows: PlanRows,
  ) {
    // Hidden from comparisons and copies: whether the cells were made yet is no part of the block.
    Object.defineProperty(this, 'made', { enumerable: false, writable: true, value: undefined });
  }

  get cells(): readonly Line[] {
    return (this.made ??= expandRows(this.rows));
  }
}

/** Every row of `rows` as cells, each padded with nulls to the block's width (as BlockWriter pads). */
function expandRows(rows: PlanRows): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < rows.height; i++) {
    const line = [...rows.row(i)];
    while (line.length < rows.width) line.push(null);
    out.push(line);
  }
  return out;
}

/** A block from segments; rows made as cells must already be padded to `width`. */
export function rowsBlock(row: number, col: number, segments: readonly RowSegment[], width: number): PlanBlock {
  return new RowsBlock(row, col, new SegmentedRows(segments, width));
}

/** How many rows a block has, without making its cells. */
export function blockHeight(block: PlanBlock): number {
  return block.rows ? block.rows.height : block.cells.length;
}

/** Fed each row of a described block as a writer asks for them, in order (watchRows). */
export interface RowWatcher {
  line(i: number, cells: Line): void;
  /** Every row was fed, in order, once. */
  done(): void;
}

/**
 * Watchers of described blocks' rows: the marker's fingerprints of a sheet (written.ts) are taken
 * from the rows the writer makes anyway, rather than from a second making of them.
 */
const watchers = new WeakMap<PlanBlock, RowWatcher>();

export function watchRows(block: PlanBlock, watcher: RowWatcher): void {
  watchers.set(block, watcher);
}

export function unwatchRows(block: PlanBlock): void {
  watchers.delete(block);
}

/**
 * A block's row i (0-based within it), from its description when it has one. The first walk of a
 * watched block takes its watcher: rows asked in order, 0 to the last, are fed to it; asked in any
 * other order, it is dropped (and makes its rows itself when asked for what it records).
 */
export function blockRowAt(block: PlanBlock): (i: number) => Line | undefined {
  const { rows } = block;
  if (!rows) {
    const { cells } = block;
    return (i) => cells[i];
  }
  let watcher = watchers.get(block);
  if (!watcher) return (i) => (i >= 0 && i < rows.height ? rows.row(i) : undefined);
  watchers.delete(block);
  let next = 0;
  return (i) => {
    if (i < 0 || i >= rows.height) return undefined;
    const cells = rows.row(i);
    if (watcher === undefined) return cells;
    if (i !== next) {
      watcher = undefined;
      return cells;
    }
    watcher.line(i, cells);
    next++;
    if (next === rows.height) {
      watcher.done();
      watcher = undefined;
    }
    return cells;
  };
}
