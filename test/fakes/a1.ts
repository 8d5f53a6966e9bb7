import { columnIndex, columnLetter } from '../../src/domain/address';

/** Excel's grid limits: whole-column references span every row. */
export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

export interface Rect {
  readonly row: number;
  readonly col: number;
  readonly rowCount: number;
  readonly colCount: number;
}

export interface ParsedRef {
  readonly sheet?: string;
  readonly rect: Rect;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLS = /^\$?([A-Za-z]{1,3})$/;
const ROWS = /^\$?(\d{1,7})$/;

function splitSheet(address: string): { sheet?: string; local: string } {
  const quoted = /^'((?:[^']|'')+)'!(.+)$/.exec(address);
  if (quoted) return { sheet: quoted[1]!.replace(/''/g, "'"), local: quoted[2]! };
  const bang = address.lastIndexOf('!');
  if (bang > 0) return { sheet: address.slice(0, bang), local: address.slice(bang + 1) };
  return { local: address };
}

function parseEnd(part: string): { row?: number; col?: number } | null {
  let m = CELL.exec(part);
  if (m) return { col: columnIndex(m[1]!), row: Number(m[2]) - 1 };
  m = COLS.exec(part);
  if (m) return { col: columnIndex(m[1]!) };
  m = ROWS.exec(part);
  if (m) return { row: Number(m[1]) - 1 };
  return null;
}

/** "B2", "A1:C3", "A:C", "3:5", optionally sheet-qualified; null for anything else. */
export function parseRef(address: string): ParsedRef | null {
  const { sheet, local } = splitSheet(address.trim());
  const parts = local.split(':');
  if (parts.length > 2) return null;
  const a = parseEnd(parts[0]!);
  const b = parts.length === 2 ? parseEnd(parts[1]!) : a;
  if (!a || !b) return null;
  const wholeCols = a.row === undefined && b.row === undefined;
  const wholeRows = a.col === undefined && b.col === undefined;
  if (parts.length === 1 && (wholeCols || wholeRows)) return null;
  if (!wholeCols && !wholeRows && (a.row === undefined || b.row === undefined || a.col === undefined || b.col === undefined)) {
    return null;
  }
  const r1 = wholeCols ? 0 : Math.min(a.row!, b.row!);
  const r2 = wholeCols ? MAX_ROWS - 1 : Math.max(a.row!, b.row!);
  const c1 = wholeRows ? 0 : Math.min(a.col!, b.col!);
  const c2 = wholeRows ? MAX_COLS - 1 : Math.max(a.col!, b.col!);
  if (r1 < 0 || c1 < 0 || r2 >= MAX_ROWS || c2 >= MAX_COLS) return null;
  const rect = { row: r1, col: c1, rowCount: r2 - r1 + 1, colCount: c2 - c1 + 1 };
  return sheet === undefined ? { rect } : { sheet, rect };
}

/** Local A1 text the way Excel reports it: whole columns as "A:C", whole rows as "3:5". */
export function rectA1(rect: Rect): string {
  const lastRow = rect.row + rect.rowCount - 1;
  const lastCol = rect.col + rect.colCount - 1;
  if (rect.row === 0 && rect.rowCount === MAX_ROWS) return `${columnLetter(rect.col)}:${columnLetter(lastCol)}`;
  if (rect.col === 0 && rect.colCount === MAX_COLS) return `${rect.row + 1}:${lastRow + 1}`;
  const start = `${columnLetter(rect.col)}${rect.row + 1}`;
  if (rect.rowCount === 1 && rect.colCount === 1) return start;
  return `${start}:${columnLetter(lastCol)}${lastRow + 1}`;
}

/** Excel quotes a sheet name unless it is a plain identifier that cannot be read as a cell. */
export function quoteSheet(name: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^R\d*C\d*$/i.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

export function qualifiedA1(sheet: string, rect: Rect): string {
  return `${quoteSheet(sheet)}!${rectA1(rect)}`;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rowCount && b.row < a.row + a.rowCount && a.col < b.col + b.colCount && b.col < a.col + a.colCount;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.rowCount <= outer.row + outer.rowCount &&
    inner.col + inner.colCount <= outer.col + outer.colCount
  );
}

export function containsCell(rect: Rect, row: number, col: number): boolean {
  return row >= rect.row && row < rect.row + rect.rowCount && col >= rect.col && col < rect.col + rect.colCount;
}

/** The parts of `a` outside `b` (at most four rectangles): how Excel trims a rule's range on clear. */
export function subtract(a: Rect, b: Rect): Rect[] {
  if (!intersects(a, b)) return [a];
  const out: Rect[] = [];
  const aBottom = a.row + a.rowCount;
  const bBottom = b.row + b.rowCount;
  const aRight = a.col + a.colCount;
  const bRight = b.col + b.colCount;
  if (b.row > a.row) out.push({ row: a.row, col: a.col, rowCount: b.row - a.row, colCount: a.colCount });
  if (bBottom < aBottom) out.push({ row: bBottom, col: a.col, rowCount: aBottom - bBottom, colCount: a.colCount });
  const midTop = Math.max(a.row, b.row);
  const midRows = Math.min(aBottom, bBottom) - midTop;
  if (b.col > a.col) out.push({ row: midTop, col: a.col, rowCount: midRows, colCount: b.col - a.col });
  if (bRight < aRight) out.push({ row: midTop, col: bRight, rowCount: midRows, colCount: aRight - bRight });
  return out;
}
