import { cellAt, gridColCount, type Grid, type GridCell } from '../grid';
import { cellRaw } from '../parse/cell';
import { parseNumberText } from '../parse/number';
import { cleanText } from '../text';
import { filledCount, isBlankOrIndexRow, isLetterheadRow, isNotesRow, isRepeatedHeaderRow, isTableEndRow, isTotalText, resumesTable } from './classify';
import { findHeader, roleOfHeader, type HeaderFound } from './headers';
import { mergeResolver } from './merges';
import { planYearAbove } from './plan-year';
import { buildRows, readTableShape, rowCodes, type RowCodes, type RowContext } from './rows';
import type { ColumnMatch, ColumnOverrides, ColumnRole, ReadResult, TableLayout, TableRow } from './types';

export interface ReadOptions {
  readonly overrides?: ColumnOverrides;
  readonly planYear?: number;
}

function rowCells(grid: Grid, row: number): readonly GridCell[] {
  // The grid is rectangular: its own row is already what the loop below would build.
  const own = grid.cells[row - grid.originRow];
  const count = gridColCount(grid);
  if (own && own.length === count) return own;
  const out: GridCell[] = [];
  for (let i = 0; i < gridColCount(grid); i++) out.push(cellAt(grid, row, grid.originCol + i));
  return out;
}

function isBlank(cells: readonly GridCell[]): boolean {
  for (const c of cells) if (c.kind !== 'empty' && cleanText(cellRaw(c)) !== '') return false;
  return true;
}

/** What the reader does with a row under the header. */
const DATA = 0;
const SKIP = 1;
const NOTES = 2;
const END = 3;
/** A line of the notes: skipped, and the notes go on. */
const NOTE_LINE = 4;
/** The header of another table: the table ended at its total row, with the rows after it. */
const OTHER_TABLE = 5;
type RowVerdict = typeof DATA | typeof SKIP | typeof NOTES | typeof END | typeof NOTE_LINE | typeof OTHER_TABLE;
/** How many rows read as data (a title over the next table) may lie between the total and that table's header. */
const ROWS_AFTER_TOTAL = 3;

/**
 * A row under the header: data, or a row to skip (blank, column index, repeated header, letterhead),
 * or the start of notes, or a line of them, or the table's end. The row's cells are fetched and counted
 * once for all the questions, each of which a row filling four cells or more mostly answers from
 * that count. Per-row work lives in functions of their own: a loop's body compiled inside a
 * function called once per sheet is compiled again (on-stack) for every sheet, while a function
 * called for every row stays compiled.
 */
function verdictOf(cells: readonly GridCell[], afterData: boolean, inNotes: boolean, codeIndex: number | undefined, headerTexts: ReadonlySet<string>, afterTotal: boolean): RowVerdict {
  const filled = filledCount(cells);
  // Recipients and signatures close the table: names and "Lưu: VT" below them are not data.
  if (afterData && isTableEndRow(cells, filled)) return END;
  // Just under the total row, a header of other words starts another table (a SIPAS table under
  // the score table): this one ended with its total.
  if (afterTotal && filled >= 3 && isOtherHeader(cells, headerTexts)) return OTHER_TABLE;
  // Notes ("Ghi chú: …" and the lines under it) are not data either, until the table resumes.
  if (afterData && isNotesRow(cells, filled)) return NOTES;
  if (inNotes && !resumesTable(cells, codeIndex, filled)) return NOTE_LINE;
  // Not a blank, column-index, repeated-header or letterhead row (a row filling no cell is blank).
  if (filled === 0 || isBlankOrIndexRow(cells) || isRepeatedHeaderRow(cells, headerTexts) || isLetterheadRow(cells, filled)) return SKIP;
  return DATA;
}

/**
 * A header, yet not this table's own (repeated after a page break): texts only, two of them naming a
 * column role ("STT", "Cơ quan chủ trì", "Mục tiêu …"), and one at least that this header does not have.
 */
function isOtherHeader(cells: readonly GridCell[], headerTexts: ReadonlySet<string>): boolean {
  let roles = 0;
  let own = true;
  for (const c of cells) {
    if (c.kind === 'empty') continue;
    if (c.kind !== 'string') return false;
    const raw = cellRaw(c);
    const text = cleanText(raw);
    if (!headerTexts.has(raw) && !headerTexts.has(text)) own = false;
    if (roleOfHeader(text) !== null) roles++;
  }
  return roles >= 2 && !own;
}

/** The row's code or name cell says it is the total ("TỔNG ĐIỂM", "Tổng cộng"). */
function isTotalRow(grid: Grid, row: number, columns: ReadonlyMap<ColumnRole, number>): boolean {
  for (const role of ['name', 'code'] as const) {
    const col = columns.get(role);
    if (col !== undefined && isTotalText(cleanText(cellRaw(cellAt(grid, row, col))))) return true;
  }
  return false;
}

/**
 * The header's own texts (both rows of a two-row header), to know it again after a page break: as
 * shown and as cleaned, so that a repeated cell is recognised without cleaning it.
 */
function headerTextsOf(grid: Grid, header: HeaderFound): Set<string> {
  const out = new Set<string>();
  for (let row = header.headerRow - header.headerRowCount + 1; row <= header.headerRow; row++) {
    for (const cell of rowCells(grid, row)) {
      const raw = cellRaw(cell);
      if (cleanText(raw) === '') continue;
      out.add(raw);
      out.add(cleanText(raw));
    }
  }
  return out;
}

function headerFromOverrides(grid: Grid, o: ColumnOverrides): HeaderFound {
  const columns: ColumnMatch[] = [];
  for (const [role, col] of Object.entries(o.columns) as [ColumnRole, number | undefined][]) {
    if (col === undefined) continue;
    columns.push({ role, col, header: cleanText(cellRaw(cellAt(grid, o.headerRow, col))) });
  }
  columns.sort((a, b) => a.col - b.col);
  return { headerRow: o.headerRow, headerRowCount: 1, columns };
}

/**
 * Without merge information, a task row whose criterion cell is blank continues the criterion
 * above it (the cell was merged over several task rows): it takes that code, name and lead,
 * marked as filled, but never across an area or group row.
 */
function fillDown(ctx: RowContext, rows: TableRow[]): TableRow[] {
  const blankIn = (role: ColumnRole, row: number): boolean => {
    const col = ctx.columns.get(role);
    return col === undefined || cleanText(cellRaw(cellAt(ctx.grid, row, col))) === '';
  };
  let last: TableRow | null = null;
  return rows.map((row) => {
    if (row.kind !== 'task') {
      last = row.kind === 'criterion' ? row : null;
      return row;
    }
    const continues = blankIn('code', row.row) && blankIn('name', row.row);
    if (!continues || last === null) {
      last = row;
      return row;
    }
    const above: TableRow = last;
    const filled: TableRow = {
      ...row,
      code: { ...above.code, cell: row.code.cell, filled: above.code.codes.length > 0 },
      name: above.name ? { ...above.name, cell: { row: row.row, col: above.name.cell.col }, filled: true } : null,
      lead: row.lead.length === 0 ? above.lead : row.lead,
    };
    return filled;
  });
}

/** Cells looked at to tell a column of points from a column of words. */
const SAMPLE_CELLS = 40;

/**
 * "Chỉ tiêu", "Kế hoạch", "Mục tiêu" head a column of target points in a score table, but a column
 * of indicator texts in a task table ("Nhiệm vụ | Chỉ tiêu | Chủ trì"). A target column holding words
 * and no number names the criterion when no other column does, and is no target either way.
 */
function targetOfWords(grid: Grid, header: HeaderFound): HeaderFound {
  const target = header.columns.find((c) => c.role === 'target');
  if (!target) return header;
  let numbers = 0;
  let words = 0;
  const lastRow = grid.originRow + grid.cells.length - 1;
  for (let row = header.headerRow + 1; row <= lastRow && numbers + words < SAMPLE_CELLS; row++) {
    const cell = cellAt(grid, row, target.col);
    if (cell.kind === 'number') numbers++;
    else if (cell.kind === 'string' && cleanText(cell.value as string) !== '') {
      if (parseNumberText(cell.value as string).status === 'ok') numbers++;
      else words++;
    }
  }
  if (numbers > 0 || words < 2) return header;
  const hasName = header.columns.some((c) => c.role === 'name');
  const columns = header.columns.flatMap((c) => (c !== target ? [c] : hasName ? [] : [{ ...c, role: 'name' as const }]));
  return { ...header, columns };
}

/**
 * The row's last filled column, or `atLeast` when none lies right of it. A formula saved without its
 * result (openpyxl and other writers that do not calculate) fills its cell as much as one with a
 * result: the tool's columns go right of it, as they go right of the same formula saved by Excel.
 */
function lastFilledColumn(grid: Grid, row: number, atLeast: number): number {
  // Only a cell right of the furthest one seen so far can move it: look from the right, stop there.
  const cells = rowCells(grid, row);
  for (let i = cells.length - 1; grid.originCol + i > atLeast; i--) {
    const cell = cells[i]!;
    if (cell.kind !== 'empty' || cell.formula !== undefined) return grid.originCol + i;
  }
  return atLeast;
}

function lastUsedColumn(grid: Grid, fromRow: number, toRow: number, columns: readonly ColumnMatch[]): number {
  let last = columns.reduce((max, c) => Math.max(max, c.col), grid.originCol);
  for (let row = fromRow; row <= toRow; row++) {
    last = lastFilledColumn(grid, row, last);
  }
  for (const m of grid.merges) {
    if (m.row <= toRow && m.row + m.rowCount - 1 >= fromRow) last = Math.max(last, m.col + m.colCount - 1);
  }
  return last;
}

function unassignedColumns(grid: Grid, columns: readonly ColumnMatch[]): number[] {
  const claimed = new Set(columns.map((c) => c.col));
  const first = Math.min(...columns.map((c) => c.col));
  const last = Math.max(...columns.map((c) => c.col));
  const out: number[] = [];
  for (let col = Math.max(first, grid.originCol); col <= last; col++) if (!claimed.has(col)) out.push(col);
  return out;
}

/**
 * "STT" beside "Mã tiêu chí": the codes are in the second, and the first numbers the rows and the
 * areas (I, II, …). Returns that numbering column, which no role claimed.
 */
function numberingColumn(grid: Grid, header: HeaderFound): number | undefined {
  if (!header.columns.some((c) => c.role === 'code')) return undefined;
  const claimed = new Set(header.columns.map((c) => c.col));
  for (let col = grid.originCol; col < grid.originCol + gridColCount(grid); col++) {
    if (claimed.has(col)) continue;
    for (let row = header.headerRow - header.headerRowCount + 1; row <= header.headerRow; row++) {
      if (roleOfHeader(cellRaw(cellAt(grid, row, col))) === 'code') return col;
    }
  }
  return undefined;
}

/**
 * Reads a score or task table from a sheet: finds the header (or takes the user's mapping), maps
 * columns to roles, skips title, index, repeated-header and letterhead rows, and reads every
 * remaining row with its codes, numbers (cell refs kept), agencies and deadline.
 */
export function readTable(grid: Grid, options: ReadOptions = {}): ReadResult {
  if (grid.cells.length === 0 || grid.cells.every((r) => isBlank(r))) {
    return { ok: false, failure: { reason: 'empty-sheet', sheet: grid.sheet } };
  }
  let header: HeaderFound;
  if (options.overrides) header = headerFromOverrides(grid, options.overrides);
  else {
    const { found, rolesSeen } = findHeader(grid);
    if (!found) return { ok: false, failure: { reason: 'no-header', sheet: grid.sheet, rolesSeen } };
    header = targetOfWords(grid, found);
  }
  const columns = new Map(header.columns.map((c) => [c.role, c.col] as const));
  const shape = columns.has('max') || columns.has('score') ? 'score' : 'task';
  const unclaimed = unassignedColumns(grid, header.columns);
  const numbering = numberingColumn(grid, header);
  const unassigned = unclaimed.filter((col) => col !== numbering);
  const ctx: RowContext = {
    grid,
    columns,
    resolve: mergeResolver(grid),
    shape,
    planYear: options.planYear ?? planYearAbove(grid, header.headerRow),
    unassigned,
    numbering,
  };

  // Codes first, rows after: whether the STT column holds codes or row counts, and whether name
  // prefixes are codes, is decided over the whole table before any row is built.
  const dataRows: number[] = [];
  const codes: RowCodes[] = [];
  const lastRow = grid.originRow + grid.cells.length - 1;
  const headerTexts = headerTextsOf(grid, header);
  const codeIndex = columns.has('code') ? columns.get('code')! - grid.originCol : undefined;
  let inNotes = false;
  // How many data rows there were up to the last total row (-1: none yet).
  let totalEnd = -1;
  for (let row = header.headerRow + 1; row <= lastRow; row++) {
    const afterTotal = totalEnd >= 0 && dataRows.length - totalEnd <= ROWS_AFTER_TOTAL;
    const verdict = verdictOf(rowCells(grid, row), dataRows.length > 0, inNotes, codeIndex, headerTexts, afterTotal);
    if (verdict === END) break;
    if (verdict === OTHER_TABLE) {
      dataRows.length = totalEnd;
      codes.length = totalEnd;
      break;
    }
    if (verdict === NOTES) {
      inNotes = true;
      continue;
    }
    if (verdict === NOTE_LINE) continue;
    inNotes = false;
    if (verdict === SKIP) continue;
    dataRows.push(row);
    codes.push(rowCodes(ctx, row));
    if (isTotalRow(grid, row, columns)) totalEnd = dataRows.length;
  }
  const built = buildRows(ctx, dataRows, codes, readTableShape(codes, ctx));
  const rows = !grid.mergesKnown && shape === 'task' ? fillDown(ctx, built) : built;

  const firstDataRow = rows[0]?.row ?? header.headerRow + 1;
  const lastDataRow = rows.length > 0 ? rows[rows.length - 1]!.row : header.headerRow;
  const layout: TableLayout = {
    sheet: grid.sheet,
    headerRow: header.headerRow,
    headerRowCount: header.headerRowCount,
    columns: header.columns,
    firstDataRow,
    lastDataRow,
    lastUsedCol: lastUsedColumn(grid, header.headerRow - header.headerRowCount + 1, lastDataRow, header.columns),
    shape,
  };
  return { ok: true, table: { layout, rows } };
}
