import { columnLetter, EMPTY_CELL, type Grid, type GridCell, type MergedArea } from '../../domain/api/cells';
import type { CellFactory } from './cells';
import { stringCell } from './cells';
import { PackageError } from './errors';
import { ownCopy, StringItemText } from './shared-strings';
import { attributeOf, decodeEntities, XmlScanner, type XmlHandler } from './xml';

/** Excel's own bounds (ECMA-376 Part 1, 18.3.1.4 c: columns A to XFD, rows 1 to 1,048,576). */
const MAX_COLUMNS = 16_384;
const MAX_ROWS = 1_048_576;

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

/**
 * The cells holding a value, as read: flat lists rather than an object per row, so the garbage
 * left once the grid is built stays small (a 200,000-row sheet would leave 400,000 small arrays).
 * Row i has rows[i] as its number and its cells at starts[i] up to starts[i + 1].
 */
class SparseCells {
  readonly rows: number[] = [];
  readonly starts: number[] = [];
  readonly cols: number[] = [];
  readonly cells: GridCell[] = [];

  get rowCount(): number {
    return this.rows.length;
  }

  end(i: number): number {
    return i + 1 < this.starts.length ? this.starts[i + 1]! : this.cols.length;
  }

  clear(): void {
    for (const list of [this.rows, this.starts, this.cols, this.cells] as unknown[][]) list.length = 0;
  }
}

const CELL_TYPES = ['s', 'n', 'b', 'e', 'd', 'str', 'inlineStr'];

/** The t attribute's value as one of the known constants (an unknown type reads as a number). */
function cellType(raw: string, start: number, end: number): string {
  for (const type of CELL_TYPES) if (type.length === end - start && raw.startsWith(type, start)) return type;
  return 'n';
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

/**
 * The shapes of the fast way (see SheetHandler), as sticky regular expressions: the engine matches
 * them in native code, where the same walk written as a loop over characters runs mostly in the
 * interpreter in a command-line run, which ends before V8 would optimise it.
 *
 * A cell: attributes r, s and t in that order, each optional, then any others; then either "/>" or
 * ">" with an optional formula, an optional value and "</c>". Groups: 1 the column letters, 2 the
 * style, 3 the type, 4 the formula's text, 5 the value. Every writer seen puts r, s, t in that order
 * (Excel, LibreOffice, openpyxl, exceljs); a cell in another order takes the general way. The order
 * is fixed because a group inside a repeated group forgets its match on the next repetition. The
 * lookahead keeps r, s and t out of the catch-all, so each attribute matches one way only and a cell
 * that fails does so in time linear in its length.
 */
const PLAIN_CELL =
  /<c(?: r="([A-Z]{1,3})\d{1,7}")?(?: s="(\d{1,9})")?(?: t="(\w{1,9})")?(?: (?![rst]=)[\w:]+="[^"<]*")*(?:\/>|>(?:<f(?:\s[^<>]*[^<>/])?>([^<]*)<\/f>|<f\s[^<>]*\/>)?(?:<v>([^<]*)<\/v>)?<\/c>)/y;
/** The end of a row and the start of the next, which leaves the open elements as they were. Group 1: r. */
const NEXT_ROW = /<\/row><row(?: r="(\d{1,7})")?(?: (?!r=)[\w:]+="[^"<]*")*>/y;

const LETTER_C = 99;

/**
 * The streaming reader of one worksheet part: rows of cells that hold a value, and the merged areas.
 *
 * Cells come two ways. The general way is the scanner's tags, one call per tag. The fast way
 * (`skim`) reads the cells every writer emits for plain values, `<c r="B7" s="3" t="s"><v>12</v></c>`
 * with an optional `<f>` and the empty `<c r="B7" s="3"/>`, and the `</row><row r="8" ...>` between
 * them, one match each, straight from the buffer. The read is most of a large `check`, and the
 * general way spends it on calls and short-lived strings. Any other shape (an inline string, a
 * comment, a prefix, whitespace inside a tag, a cell cut by the end of the buffer) is left to the
 * general way, which reads it as before: both ways end in the same cellOf() and record().
 */
class SheetHandler implements XmlHandler {
  readonly sparse = new SparseCells();
  readonly merges: MergedArea[] = [];
  cellCount = 0;

  private inSheetData = false;
  /** Elements open now, and when the current row opened (-1 outside a row): the fast way runs only directly in a row. */
  private depth = 0;
  private rowDepth = -1;
  private row = -1;
  private col = -1;
  private rowOpen = false;
  private cellType = 'n';
  private cellStyle = 0;
  private inValue = false;
  private value = '';
  private inFormula = false;
  private formula = '';
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
    this.depth++;
    if (this.inInline) {
      this.inline.open(name);
      return;
    }
    switch (name) {
      case 'c': {
        if (!this.inSheetData) return;
        this.cellTag(attrs);
        if (this.col < 0 || this.col >= MAX_COLUMNS) this.bad();
        this.value = '';
        this.formula = '';
        return;
      }
      case 'v':
        this.inValue = true;
        return;
      case 'f':
        this.inFormula = true;
        return;
      case 'is':
        this.inInline = true;
        return;
      case 'row': {
        if (!this.inSheetData) return;
        const r = attributeOf(attrs, 'r');
        this.row = r === undefined ? this.row + 1 : Number(r) - 1;
        this.rowOpen = false;
        this.rowDepth = this.depth;
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
    this.depth--;
    if (this.inInline) {
      if (name === 'is') this.inInline = false;
      else this.inline.close(name);
      return;
    }
    switch (name) {
      case 'v':
        this.inValue = false;
        return;
      case 'f':
        this.inFormula = false;
        return;
      case 'c':
        if (this.inSheetData) this.record(this.cellOf());
        return;
      case 'row':
        this.rowOpen = false;
        this.rowDepth = -1;
        return;
      case 'sheetData':
        this.inSheetData = false;
        return;
    }
  }

  text(raw: string, cdata: boolean): void {
    if (this.inInline) this.inline.text(raw, cdata);
    else if (this.inValue) this.value += cdata ? raw : decodeEntities(raw);
    else if (this.inFormula) this.formula += cdata ? raw : decodeEntities(raw);
  }

  /** The fast way (see the class comment): whole cells and row boundaries, from `at` to the first thing it leaves. */
  skim(s: string, at: number): number {
    if (this.depth !== this.rowDepth) return at;
    let i = at;
    for (;;) {
      // Whitespace between elements (most writers put none), skipped without a call per cell.
      let ch = s.charCodeAt(i);
      while (ch === 32 || ch === 10 || ch === 13 || ch === 9) ch = s.charCodeAt(++i);
      if (s.charCodeAt(i + 1) === LETTER_C) {
        PLAIN_CELL.lastIndex = i;
        const cell = PLAIN_CELL.exec(s);
        if (cell === null || !this.skimmedCell(cell)) return i;
        i = PLAIN_CELL.lastIndex;
        continue;
      }
      NEXT_ROW.lastIndex = i;
      const row = NEXT_ROW.exec(s);
      if (row === null) return i;
      const number = row[1] === undefined ? this.row + 1 : Number(row[1]) - 1;
      // Out of Excel's bounds: the general way says the part is damaged.
      if (number < 0 || number >= MAX_ROWS) return i;
      this.row = number;
      this.col = -1;
      this.rowOpen = false;
      i = NEXT_ROW.lastIndex;
    }
  }

  /** Takes a cell PLAIN_CELL matched; false (nothing taken) when its column is past Excel's last. */
  private skimmedCell(match: RegExpExecArray): boolean {
    const letters = match[1];
    let col = this.col + 1;
    if (letters !== undefined) {
      col = 0;
      for (let k = 0; k < letters.length; k++) col = col * 26 + (letters.charCodeAt(k) - 64);
      col -= 1;
    }
    if (col >= MAX_COLUMNS) return false;
    this.col = col;
    const style = match[2] === undefined ? 0 : Number(match[2]);
    const type = match[3];
    const value = match[5];
    if (value !== undefined && value !== '' && value.indexOf('&') < 0) {
      // Most cells of a table: a shared string's index or a number, taken without cellOf's switch
      // and without looking the type up among the known ones.
      if (type === 's') {
        const index = Number(value);
        if (Number.isInteger(index)) {
          this.record(this.cells.sharedString(index));
          return true;
        }
      } else if (type === undefined || type === 'n') {
        this.record(this.cells.number(value, style));
        return true;
      }
    }
    this.cellStyle = style;
    this.cellType = type === undefined ? 'n' : cellType(type, 0, type.length);
    this.value = value === undefined ? '' : decodeEntities(value);
    const formula = match[4];
    this.formula = formula === undefined || this.value !== '' ? '' : decodeEntities(formula);
    if (this.value !== '' || this.formula !== '') this.record(this.cellOf());
    return true;
  }

  /**
   * A cell's r, s and t in one pass over its attributes, without making strings. A cell without a
   * reference follows the one before it (ECMA-376 Part 1, 18.3.1.4).
   */
  private cellTag(raw: string): void {
    let col = this.col + 1;
    let style = 0;
    let type = 'n';
    const n = raw.length;
    let p = 0;
    while (p < n) {
      const eq = raw.indexOf('=', p);
      if (eq < 0) break;
      let q = eq + 1;
      while (q < n && raw.charCodeAt(q) !== 34 && raw.charCodeAt(q) !== 39) q++;
      const close = raw.indexOf(raw[q] ?? '"', q + 1);
      if (q >= n || close < 0) this.bad();
      let nameStart = p;
      while (nameStart < eq && raw.charCodeAt(nameStart) <= 32) nameStart++;
      let nameEnd = eq;
      while (nameEnd > nameStart && raw.charCodeAt(nameEnd - 1) <= 32) nameEnd--;
      if (nameEnd - nameStart === 1) {
        const which = raw.charCodeAt(nameStart);
        if (which === 114) {
          col = 0;
          let k = q + 1;
          for (; k < close; k++) {
            const c = raw.charCodeAt(k) & ~32;
            if (c < 65 || c > 90) break;
            col = col * 26 + (c - 64);
          }
          col = k === q + 1 ? -1 : col - 1;
        } else if (which === 115) {
          for (let k = q + 1; k < close; k++) style = style * 10 + (raw.charCodeAt(k) - 48);
          if (!(style >= 0)) style = 0;
        } else if (which === 116) {
          type = cellType(raw, q + 1, close);
        }
      }
      p = close + 1;
    }
    this.col = col;
    this.cellStyle = style;
    this.cellType = type;
  }

  private record(cell: GridCell): void {
    if (cell.kind === 'empty' && cell.formula === undefined) return;
    if (++this.cellCount > this.limits.maxCells) {
      throw new PackageError('sheet-too-large', { sheet: this.sheet, cells: this.limits.maxCells.toLocaleString('en') });
    }
    const sparse = this.sparse;
    if (!this.rowOpen) {
      this.rowOpen = true;
      sparse.rows.push(this.row);
      sparse.starts.push(sparse.cols.length);
    }
    sparse.cols.push(this.col);
    sparse.cells.push(cell);
  }

  private cellOf(): GridCell {
    const raw = this.value;
    // A formula saved without its result (by a program that does not calculate): the domain says so.
    if (raw === '' && this.formula !== '' && this.cellType !== 'inlineStr') return { ...EMPTY_CELL, formula: ownCopy(this.formula) };
    switch (this.cellType) {
      case 's': {
        const index = Number(raw);
        return raw === '' || !Number.isInteger(index) ? EMPTY_CELL : this.cells.sharedString(index);
      }
      case 'inlineStr':
        return stringCell(this.inline.take());
      case 'str':
        return stringCell(ownCopy(raw));
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
function mainColumns(cols: readonly number[], gap: number): { first: number; last: number } {
  // Columns are bounded by Excel's last (checked as read): a count per column, in column order.
  const counts = new Int32Array(MAX_COLUMNS);
  for (let k = 0; k < cols.length; k++) counts[cols[k]!]!++;
  let best = { first: -1, last: -1, count: 0 };
  let run = { first: -1, last: -1, count: 0 };
  for (let c = 0; c < MAX_COLUMNS; c++) {
    const count = counts[c]!;
    if (count === 0) continue;
    if (run.first < 0 || c - run.last > gap + 1) {
      if (run.count > best.count) best = run;
      run = { first: c, last: c, count: 0 };
    }
    run.last = c;
    run.count += count;
  }
  if (run.count > best.count) best = run;
  return { first: best.first, last: best.last };
}

function refOf(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** The dense grid from the cells read, bounded by `limits`. */
function buildGrid(sheet: string, sparse: SparseCells, merges: MergedArea[], limits: SheetLimits): Grid {
  merges.sort((a, b) => a.row - b.row || a.col - b.col);
  if (sparse.rowCount === 0) return { sheet, originRow: 0, originCol: 0, cells: [], merges, mergesKnown: true };
  const columns = mainColumns(sparse.cols, limits.columnGap);
  let minCol = columns.first;
  let maxCol = columns.last;
  let minRow = Infinity;
  let maxRow = -1;
  for (let i = 0; i < sparse.rowCount; i++) {
    for (let k = sparse.starts[i]!, end = sparse.end(i); k < end; k++) {
      const c = sparse.cols[k]!;
      if (c >= columns.first && c <= columns.last) {
        minRow = Math.min(minRow, sparse.rows[i]!);
        maxRow = Math.max(maxRow, sparse.rows[i]!);
        break;
      }
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
  if (sparse.rowCount * width > limits.maxGridCells) {
    throw new PackageError('sheet-too-large', { sheet, cells: limits.maxGridCells.toLocaleString('en'), range: `${refOf(minRow, minCol)}:${refOf(maxRow, maxCol)}` });
  }
  // Rows without a value share one row: a sheet whose last value is far below the table stays small.
  const emptyRow: readonly GridCell[] = Object.freeze(new Array<GridCell>(width).fill(EMPTY_CELL));
  const cells: (readonly GridCell[])[] = new Array<readonly GridCell[]>(height).fill(emptyRow);
  // Rows arrive in order from every writer seen; a row listed twice adds to what it already has.
  for (let i = 0; i < sparse.rowCount; i++) {
    const row = sparse.rows[i]!;
    if (row < minRow || row > maxRow) continue;
    let line = cells[row - minRow] as GridCell[];
    for (let k = sparse.starts[i]!, end = sparse.end(i); k < end; k++) {
      const c = sparse.cols[k]!;
      if (c < minCol || c > maxCol) continue;
      if (line === emptyRow) {
        line = new Array<GridCell>(width).fill(EMPTY_CELL);
        cells[row - minRow] = line;
      }
      line[c - minCol] = sparse.cells[k]!;
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
  return {
    scanner,
    finish: () => {
      const grid = buildGrid(sheet, handler.sparse, handler.merges, limits);
      // The cells read are garbage once the grid is built, whoever still holds the handler.
      handler.sparse.clear();
      return grid;
    },
  };
}
