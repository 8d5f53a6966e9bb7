import { promises as fs } from 'fs';
import ExcelJS from 'exceljs';
import type { Grid, GridCell, MergedArea } from '../domain/grid';
import { EMPTY_CELL } from '../domain/grid';
import { MARKER_SHEET } from '../domain/plan/types';
import type { OwnershipMarker } from '../domain/plan/types';
import { markerText, parseMarker } from '../domain/plan/marker';
import { formatDate, formatNumber } from './display';

export type WorkbookReadErrorReason = 'not-found' | 'not-a-file' | 'unreadable' | 'not-xlsx' | 'encrypted';

/** Why a file could not be opened; the CLI turns the reason into a translated message. */
export class WorkbookReadError extends Error {
  constructor(
    readonly reason: WorkbookReadErrorReason,
    readonly path: string,
    detail: string,
  ) {
    super(`${path}: ${detail}`);
    this.name = 'WorkbookReadError';
  }
}

/** Every .xlsx is a zip archive: checking the signature first gives a clear error for a .xls or a .csv. */
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

/**
 * Excel saves a password-protected .xlsx as an OLE compound file (the signature of the old .xls)
 * holding an "EncryptedPackage" stream: naming that case spares the user a puzzling "not an .xlsx".
 */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ENCRYPTED_STREAM = Buffer.from('EncryptedPackage', 'utf16le');

export function isEncryptedOoxml(data: Uint8Array): boolean {
  if (data.length < OLE_SIGNATURE.length || OLE_SIGNATURE.some((byte, i) => data[i] !== byte)) return false;
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength).indexOf(ENCRYPTED_STREAM) >= 0;
}

export async function readWorkbook(path: string): Promise<ExcelJS.Workbook> {
  let data: Buffer;
  try {
    const stat = await fs.stat(path);
    if (!stat.isFile()) throw new WorkbookReadError('not-a-file', path, 'not a file');
    data = await fs.readFile(path);
  } catch (err) {
    if (err instanceof WorkbookReadError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new WorkbookReadError('not-found', path, 'no such file');
    throw new WorkbookReadError('unreadable', path, (err as Error).message);
  }
  if (isEncryptedOoxml(data)) throw new WorkbookReadError('encrypted', path, 'the workbook is password-protected');
  if (data.length < 4 || ZIP_SIGNATURE.some((byte, i) => data[i] !== byte)) {
    throw new WorkbookReadError('not-xlsx', path, 'not an .xlsx workbook');
  }
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's Buffer type lags behind @types/node's generic Buffer.
    await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
  } catch (err) {
    throw new WorkbookReadError('not-xlsx', path, `not a readable .xlsx workbook (${(err as Error).message})`);
  }
  return workbook;
}

function richTextToString(rich: readonly ExcelJS.RichText[]): string {
  return rich.map((part) => part.text).join('');
}

function stringCell(text: string): GridCell {
  if (text === '') return EMPTY_CELL;
  return { value: text, text, kind: 'string' };
}

function numberCell(value: number, numFmt: string | undefined): GridCell {
  return { value, text: formatNumber(value, numFmt), kind: 'number' };
}

function isErrorValue(value: unknown): value is ExcelJS.CellErrorValue {
  return typeof value === 'object' && value !== null && 'error' in value;
}

function isRichText(value: unknown): value is ExcelJS.CellRichTextValue {
  return typeof value === 'object' && value !== null && Array.isArray((value as { richText?: unknown }).richText);
}

/** A formula's cached result, or a plain value: the same conversion applies to both. */
function scalarCell(value: unknown, numFmt: string | undefined): GridCell {
  if (value === null || value === undefined) return EMPTY_CELL;
  if (typeof value === 'number') return numberCell(value, numFmt);
  if (typeof value === 'string') return stringCell(value);
  if (typeof value === 'boolean') return { value, text: value ? 'TRUE' : 'FALSE', kind: 'boolean' };
  if (value instanceof Date) return stringCell(formatDate(value, numFmt));
  if (isErrorValue(value)) return { value: value.error, text: value.error, kind: 'error' };
  if (isRichText(value)) return stringCell(richTextToString(value.richText));
  return EMPTY_CELL;
}

function cellToGridCell(cell: ExcelJS.Cell): GridCell {
  const numFmt = cell.numFmt;
  const value = cell.value;
  switch (cell.type) {
    case ExcelJS.ValueType.Null:
    case ExcelJS.ValueType.Merge:
      return EMPTY_CELL;
    case ExcelJS.ValueType.Formula:
      // cell.value drops falsy cached results (0, false, ''); cell.result keeps them.
      return scalarCell(cell.result, numFmt);
    case ExcelJS.ValueType.Hyperlink: {
      const link = value as ExcelJS.CellHyperlinkValue;
      const text: unknown = link.text;
      return isRichText(text) ? stringCell(richTextToString(text.richText)) : scalarCell(text, numFmt);
    }
    default:
      return scalarCell(value, numFmt);
  }
}

function parseRange(range: string): MergedArea | null {
  const m = /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/i.exec(range.trim());
  if (!m) return null;
  const col = columnIndexOf(m[1]!);
  const row = Number(m[2]) - 1;
  const lastCol = columnIndexOf(m[3]!);
  const lastRow = Number(m[4]) - 1;
  return { row, col, rowCount: lastRow - row + 1, colCount: lastCol - col + 1 };
}

function columnIndexOf(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function worksheetMerges(ws: ExcelJS.Worksheet): MergedArea[] {
  const merges: MergedArea[] = [];
  for (const range of ws.model.merges ?? []) {
    const area = parseRange(range);
    if (area) merges.push(area);
  }
  return merges.sort((a, b) => a.row - b.row || a.col - b.col);
}

/**
 * The worksheet as the plain grid the domain reads. Cells covered by a merge (other than its top
 * left) are empty, as Excel reports them; the merge list says where they belong.
 */
export function gridFromWorksheet(ws: ExcelJS.Worksheet): Grid {
  const found: { row: number; col: number; cell: GridCell }[] = [];
  let minRow = Infinity;
  let minCol = Infinity;
  let maxRow = -1;
  let maxCol = -1;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.isMerged && cell.master !== cell) return;
      const gridCell = cellToGridCell(cell);
      if (gridCell.kind === 'empty') return;
      const r = rowNumber - 1;
      const c = colNumber - 1;
      found.push({ row: r, col: c, cell: gridCell });
      minRow = Math.min(minRow, r);
      minCol = Math.min(minCol, c);
      maxRow = Math.max(maxRow, r);
      maxCol = Math.max(maxCol, c);
    });
  });
  const merges = worksheetMerges(ws);
  for (const m of merges) {
    minRow = Math.min(minRow, m.row);
    minCol = Math.min(minCol, m.col);
    maxRow = Math.max(maxRow, m.row + m.rowCount - 1);
    maxCol = Math.max(maxCol, m.col + m.colCount - 1);
  }
  if (maxRow < 0) {
    return { sheet: ws.name, originRow: 0, originCol: 0, cells: [], merges, mergesKnown: true };
  }
  const rowCount = maxRow - minRow + 1;
  const colCount = maxCol - minCol + 1;
  const cells: GridCell[][] = Array.from({ length: rowCount }, () => new Array<GridCell>(colCount).fill(EMPTY_CELL));
  for (const { row, col, cell } of found) cells[row - minRow]![col - minCol] = cell;
  return { sheet: ws.name, originRow: minRow, originCol: minCol, cells, merges, mergesKnown: true };
}

export function readMarker(wb: ExcelJS.Workbook): OwnershipMarker | null {
  const sheet = wb.getWorksheet(MARKER_SHEET);
  if (!sheet) return null;
  const column: unknown[] = [];
  for (let row = 1; row <= sheet.rowCount; row++) {
    const value = sheet.getCell(row, 1).value;
    const text = typeof value === 'string' ? value : isRichText(value) ? richTextToString(value.richText) : null;
    if (text === null || text === '') break;
    column.push(text);
  }
  const text = markerText(column);
  return text === null ? null : parseMarker(text);
}
