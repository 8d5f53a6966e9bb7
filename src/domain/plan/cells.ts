import type { Analysis } from '../analysis';
import { toPoints, type Fixed } from '../fixed';
import { EXCEL_MAX_CELL_CHARS, EXCEL_MAX_ROWS } from '../excel-limits';
import { cutUnits } from '../text';
import { rowsBlock, type RowRun, type RowSegment } from './row-blocks';
import type { CellStyle, PlanBlock, PlanCell } from './types';

/** Points are shown with two decimals in every sheet the tool writes. */
export const POINTS_FORMAT = '0.00';

export const HEADER_STYLE: CellStyle = { bold: true, fill: '#DDEBF7', wrap: true, horizontal: 'center' };
export const TITLE_STYLE: CellStyle = { bold: true };
export const SECTION_STYLE: CellStyle = { bold: true, fill: '#F2F2F2' };
const LINK_STYLE: CellStyle = { fontColor: '#0563C1' };
/**
 * Looks repeated on every row, one object each: an adapter finds a cell's format by its style
 * object before it compares looks, so a fresh object per cell costs a comparison per cell.
 */
export const WRAP_STYLE: CellStyle = { wrap: true };
export const CENTER_STYLE: CellStyle = { horizontal: 'center' };

/** User text always goes in `value`, never `formula`, so "=..." typed by a user is never evaluated. */
export function textCell(text: string, style?: CellStyle): PlanCell {
  const value = text.length > EXCEL_MAX_CELL_CHARS ? cellSized(text) : text;
  return style ? { value, style } : { value };
}

/**
 * A text longer than a cell holds ("Excel specifications and limits": 32,767 characters), cut to fit
 * with "…" at its end, never splitting a surrogate pair. Only a workbook from another tool has such a
 * cell to copy (Excel cannot hold one); written whole, Excel would not open the sheet, and the add-in's
 * write would be refused.
 */
function cellSized(text: string): string {
  return `${cutUnits(text, EXCEL_MAX_CELL_CHARS - 1)}…`;
}

/**
 * Text cells of one style, one object per text: a task list repeats its products, deadlines and
 * partners down thousands of rows. Plan cells are never changed, so rows may share them; a shared
 * cell costs no memory of its own, and an adapter can write it once.
 */
export class TextCells {
  private readonly byText = new Map<string, PlanCell>();

  constructor(private readonly style?: CellStyle) {}

  cell(text: string): PlanCell {
    let cell = this.byText.get(text);
    if (cell === undefined) this.byText.set(text, (cell = textCell(text, this.style)));
    return cell;
  }
}

export function pointsCell(value: Fixed | null, style?: CellStyle): PlanCell | null {
  if (value === null) return null;
  return style
    ? { value: toPoints(value), numberFormat: POINTS_FORMAT, style }
    : { value: toPoints(value), numberFormat: POINTS_FORMAT };
}

export function linkCell(text: string, sheet: string, cell: string): PlanCell {
  return { value: text, link: { sheet, cell }, style: LINK_STYLE };
}

/** The first `count` rows of a run. */
function firstRows(run: RowRun, count: number): RowRun {
  return {
    length: count,
    width: run.width,
    ...(run.filled !== undefined ? { filled: Math.min(run.filled, count) } : {}),
    row: (i) => run.row(i),
  };
}

/**
 * Accumulates rows of cells from a starting position and returns one block, so sheet builders can
 * write top to bottom without tracking coordinates. Long runs of rows may be described instead
 * (describe): the block then makes their cells when asked (row-blocks.ts).
 */
export class BlockWriter {
  private rows: (PlanCell | null)[][] = [];
  /** Rows before the last described run, in order; empty while nothing is described. */
  private readonly segments: RowSegment[] = [];
  /** The rows of `segments` made as cells, to be padded. */
  private readonly earlier: (PlanCell | null)[][] = [];
  private described = 0;

  constructor(
    private readonly startRow = 0,
    private readonly startCol = 0,
  ) {}

  /** Absolute 0-based row the next `add` writes to. */
  get nextRow(): number {
    return this.startRow + this.described + this.rows.length;
  }

  add(cells: readonly (PlanCell | null)[] = []): number {
    this.rows.push([...cells]);
    return this.nextRow - 1;
  }

  /** Rows made one at a time by `run`, from nextRow on. */
  describe(run: RowRun): void {
    if (this.rows.length > 0) this.segments.push({ lines: this.rows });
    for (const r of this.rows) this.earlier.push(r);
    this.segments.push({ run });
    this.described += this.rows.length + run.length;
    this.rows = [];
  }

  /**
   * `describe`, within Excel's last row: a run that would pass it keeps as many rows as fit but one,
   * and that one is `omitted(count)`, saying how many rows were left out. Returns how many were left
   * out (0 when the whole run fits; the count with no row added when not even that one fits).
   */
  describeWithinSheet(run: RowRun, omitted: (count: number) => readonly (PlanCell | null)[]): number {
    const room = EXCEL_MAX_ROWS - this.nextRow;
    if (run.length <= room) {
      this.describe(run);
      return 0;
    }
    if (room <= 0) return run.length;
    const kept = room - 1;
    if (kept > 0) this.describe(firstRows(run, kept));
    this.add(omitted(run.length - kept));
    return run.length - kept;
  }

  /** Rows left before Excel's last row is passed (0 when the next row would be past it). */
  get roomLeft(): number {
    return Math.max(0, EXCEL_MAX_ROWS - this.nextRow);
  }

  block(): PlanBlock {
    const lines = this.earlier.concat(this.rows);
    // A loop, not Math.max(...rows): an agency sheet of a long plan has more rows than a call takes arguments.
    let width = 1;
    for (const r of lines) width = Math.max(width, r.length);
    for (const s of this.segments) if ('run' in s) width = Math.max(width, s.run.width);
    // The rows are this writer's own copies (add() copies): padded in place.
    for (const r of lines) while (r.length < width) r.push(null);
    if (this.segments.length === 0) return { row: this.startRow, col: this.startCol, cells: this.rows };
    const segments = this.rows.length > 0 ? [...this.segments, { lines: this.rows }] : this.segments;
    return rowsBlock(this.startRow, this.startCol, segments, width);
  }
}

/** The column links into the table point at: the code column, else the name column, else the first. */
export function linkColumn(analysis: Analysis): number {
  const { columns } = analysis.table.layout;
  const anchor = columns.find((c) => c.role === 'code') ?? columns.find((c) => c.role === 'name');
  return anchor?.col ?? Math.min(...columns.map((c) => c.col), 0);
}
