import { columnLetter } from '../../domain/address';
import { EMPTY_CELL, type Grid, type GridCell, type MergedArea } from '../../domain/grid';
import type { CellFactory } from './cells';
import { stringCell } from './cells';
import { PackageError } from './errors';
import { StringItemText } from './shared-strings';
import { attributeOf, decodeEntities, XmlScanner, type XmlHandler } from './xml';

/** Excel's own bounds (ECMA-376 Part 1, 18.3.1.4 c: columns A to XFD, rows 1 to 1,048,576). */
export const MAX_COLUMNS = 16_384;
export const MAX_ROWS = 1_048_576;

export interface SheetLimits {
  /** Cells holding a value that one sheet may have: memory grows with them, whatever the sheet claims. */
  readonly maxCells: number;
  /** Rows holding a value times the grid's width: the grid's own size. */
  readonly maxGridCells: number;
  /**
   * Empty columns that end the grid: a value further right (or left) than this from the columns
   * holding most of the sheet's values is left out, so one stray cell at XFD1 does not make every
   * row 16,384 cells wide. A table is never this sparse.
   */
  readonly columnGap: number;
}

export const DEFAULT_LIMITS: SheetLimits = { maxCells: 12_000_000, maxGridCells: 25_000_000, columnGap: 256 };

interface RowCells {
  readonly row: number;
  readonly cols: number[];
  readonly cells: GridCell[];
}

/** "AB12" to its 0-based column, or -1. */
function columnOfRef(ref: string): number {
  let n = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) & ~32;
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return i === 0 ? -1 : n - 1;
}

function rowOfRef(ref: string): number {
  let i = 0;
  while (i < ref.length && ((ref.charCodeAt(i) & ~32) >= 65 && (ref.charCodeAt(i) & ~32) <= 90)) i++;
  const digits = ref.slice(i).replace(/\$/g, '');
  return /^\d+$/.test(digits) ? Number(digits) - 1 : -1;
}

function parseRange(ref: string): MergedArea | null {
  const [a, b = a] = ref.replace(/\$/g, '').trim().split(':');
  if (!a || !b) return null;
  const col = columnOfRef(a);
  const row = rowOfRef(a);
  const lastCol = columnOfRef(b);
  const lastRow = rowOfRef(b);
  if (col < 0 || row < 0 || lastCol < col || lastRow < row) return null;
  return { row, col, rowCount: lastRow - row + 1, colCount: lastCol - col + 1 };
}

/** The streaming reader of one worksheet part: rows of cells that hold a value, and the merged areas. */
class SheetHandler implements XmlHandler {
  readonly rows: RowCells[] = [];
  readonly merges: MergedArea[] = [];
  cellCount = 0;

  private inSheetData = false;
  private row = -1;
  private col = -1;
  private rowCols: number[] = [];
  private rowCells: GridCell[] = [];
  private cellType = 'n';
  private cellStyle = 0;
  private inValue = false;
  private value = '';
  private inInline = false;
  private readonly inline = new StringItemText();

  constructor(
    private readonly cells: CellFactory,
    private readonly limits: SheetLimits,
    private readonly sheet: string,
    private readonly part: string,
  ) {}

  private bad(): never {
    throw new PackageError('bad-xml', { part: this.part });
  }

  open(name: string, attrs: string): void {
    if (this.inInline) {
      this.inline.open(name);
      return;
    }
    switch (name) {
      case 'c': {
        if (!this.inSheetData) return;
        const ref = attributeOf(attrs, 'r');
        // A cell without a reference follows the one before it (ECMA-376 Part 1, 18.3.1.4).
        this.col = ref === undefined ? this.col + 1 : columnOfRef(ref);
        if (this.col < 0 || this.col >= MAX_COLUMNS) this.bad();
        this.cellType = attributeOf(attrs, 't') ?? 'n';
        const style = attributeOf(attrs, 's');
        this.cellStyle = style === undefined ? 0 : Number(style) || 0;
        this.value = '';
        return;
      }
      case 'v':
        this.inValue = true;
        return;
      case 'is':
        this.inInline = true;
        return;
      case 'row': {
        if (!this.inSheetData) return;
        const r = attributeOf(attrs, 'r');
        this.row = r === undefined ? this.row + 1 : Number(r) - 1;
        if (!Number.isInteger(this.row) || this.row < 0 || this.row >= MAX_ROWS) this.bad();
        this.col = -1;
        return;
      }
      case 'sheetData':
        this.inSheetData = true;
        return;
      case 'mergeCell': {
        const area = parseRange(attributeOf(attrs, 'ref') ?? '');
        if (area) this.merges.push(area);
        return;
      }
    }
  }

  close(name: string): void {
    if (this.inInline) {
      if (name === 'is') this.inInline = false;
      else this.inline.close(name);
      return;
    }
    switch (name) {
      case 'v':
        this.inValue = false;
        return;
      case 'c':
        if (this.inSheetData) this.endCell();
        return;
      case 'row':
        if (this.rowCols.length > 0) {
          this.rows.push({ row: this.row, cols: this.rowCols, cells: this.rowCells });
          this.rowCols = [];
          this.rowCells = [];
        }
        return;
      case 'sheetData':
        this.inSheetData = false;
        return;
    }
  }

  text(raw: string, cdata: boolean): void {
    if (this.inInline) this.inline.text(raw, cdata);
    else if (this.inValue) this.value += cdata ? raw : decodeEntities(raw);
  }

  private endCell(): void {
    const cell = this.cellOf();
    if (cell.kind === 'empty') return;
    if (++this.cellCount > this.limits.maxCells) {
      throw new PackageError('sheet-too-large', { sheet: this.sheet, cells: this.limits.maxCells.toLocaleString('en') });
    }
    this.rowCols.push(this.col);
    this.rowCells.push(cell);
  }

  private cellOf(): GridCell {
    const raw = this.value;
    switch (this.cellType) {
      case 's': {
        const index = Number(raw);
        return raw === '' || !Number.isInteger(index) ? EMPTY_CELL : this.cells.sharedString(index);
      }
      case 'inlineStr':
        return stringCell(this.inline.take());
      case 'str':
        return stringCell(raw);
      case 'b':
        return raw === '' ? EMPTY_CELL : this.cells.boolean(raw);
      case 'e':
        return this.cells.error(raw);
      case 'd':
        return raw === '' ? EMPTY_CELL : this.cells.isoDate(raw, this.cellStyle);
      default:
        // A formula without a cached result has no <v>: Excel shows nothing until it calculates.
        return raw === '' ? EMPTY_CELL : this.cells.number(raw, this.cellStyle);
    }
  }
}

/** The columns holding most values: runs of columns separated by more than `gap` empty ones, the fullest kept. */
function mainColumns(rows: readonly RowCells[], gap: number): { first: number; last: number } {
  const counts = new Map<number, number>();
  for (const r of rows) for (const c of r.cols) counts.set(c, (counts.get(c) ?? 0) + 1);
  const cols = [...counts.keys()].sort((a, b) => a - b);
  let best = { first: cols[0]!, last: cols[0]!, count: 0 };
  let run = { first: cols[0]!, last: cols[0]!, count: 0 };
  for (const c of cols) {
    if (c - run.last > gap + 1) {
      if (run.count > best.count) best = run;
      run = { first: c, last: c, count: 0 };
    }
    run.last = c;
    run.count += counts.get(c)!;
  }
  if (run.count > best.count) best = run;
  return { first: best.first, last: best.last };
}

function refOf(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** The dense grid from the sparse rows, bounded by `limits`. */
export function buildGrid(sheet: string, rows: RowCells[], merges: MergedArea[], limits: SheetLimits): Grid {
  merges.sort((a, b) => a.row - b.row || a.col - b.col);
  if (rows.length === 0) return { sheet, originRow: 0, originCol: 0, cells: [], merges, mergesKnown: true };
  rows.sort((a, b) => a.row - b.row);
  const columns = mainColumns(rows, limits.columnGap);
  let minCol = columns.first;
  let maxCol = columns.last;
  let minRow = Infinity;
  let maxRow = -1;
  for (const r of rows) {
    if (r.cols.some((c) => c >= columns.first && c <= columns.last)) {
      minRow = Math.min(minRow, r.row);
      maxRow = Math.max(maxRow, r.row);
    }
  }
  // Merged areas belong to the grid (a merged title or lead cell) when they start among its columns.
  for (const m of merges) {
    if (m.col < columns.first || m.col > columns.last) continue;
    minCol = Math.min(minCol, m.col);
    maxCol = Math.min(Math.max(maxCol, m.col + m.colCount - 1), columns.last + limits.columnGap);
    minRow = Math.min(minRow, m.row);
    maxRow = Math.max(maxRow, m.row + m.rowCount - 1);
  }
  const width = maxCol - minCol + 1;
  const height = maxRow - minRow + 1;
  if (rows.length * width > limits.maxGridCells) {
    throw new PackageError('sheet-too-large', { sheet, cells: limits.maxGridCells.toLocaleString('en'), range: `${refOf(minRow, minCol)}:${refOf(maxRow, maxCol)}` });
  }
  // Rows without a value share one row: a sheet whose last value is far below the table stays small.
  const emptyRow: readonly GridCell[] = Object.freeze(new Array<GridCell>(width).fill(EMPTY_CELL));
  const cells: (readonly GridCell[])[] = new Array<readonly GridCell[]>(height).fill(emptyRow);
  for (const r of rows) {
    if (r.row < minRow || r.row > maxRow) continue;
    let line = cells[r.row - minRow] as GridCell[];
    for (let i = 0; i < r.cols.length; i++) {
      const c = r.cols[i]!;
      if (c < minCol || c > maxCol) continue;
      if (line === emptyRow) {
        line = new Array<GridCell>(width).fill(EMPTY_CELL);
        cells[r.row - minRow] = line;
      }
      line[c - minCol] = r.cells[i]!;
    }
  }
  // Cells under a merge other than its top left are empty, as Excel shows them.
  for (const m of merges) {
    const lastRow = Math.min(maxRow, m.row + m.rowCount - 1);
    const firstCol = Math.max(minCol, m.col);
    const lastCol = Math.min(maxCol, m.col + m.colCount - 1);
    for (let r = Math.max(minRow, m.row); r <= lastRow; r++) {
      const line = cells[r - minRow] as GridCell[];
      if (line === emptyRow) continue;
      for (let c = firstCol; c <= lastCol; c++) if (r !== m.row || c !== m.col) line[c - minCol] = EMPTY_CELL;
    }
  }
  return { sheet, originRow: minRow, originCol: minCol, cells, merges, mergesKnown: true };
}

/** A scanner that reads one worksheet part; `finish` gives the grid once the part has been fed. */
export function sheetScanner(sheet: string, part: string, cells: CellFactory, limits: SheetLimits): { scanner: XmlScanner; finish: () => Grid } {
  const handler = new SheetHandler(cells, limits, sheet, part);
  const scanner = new XmlScanner(handler, part);
  return { scanner, finish: () => buildGrid(sheet, handler.rows, handler.merges, limits) };
}
