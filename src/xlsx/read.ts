import ExcelJS from 'exceljs';
import { MARKER_SHEET } from '../domain/api/workbook';
import { markerText, parseMarker, type OwnershipMarker } from '../domain/api/marker';
import { readPackageBytes, WorkbookReadError } from './read/file';

export { isEncryptedOoxml, WorkbookReadError } from './read/file';
export type { WorkbookReadErrorReason } from './read/file';

/**
 * The exceljs side of the .xlsx path, which a folder check's consolidated workbook is still written
 * through (the score command writes with ./package/). Checking reads
 * with the package reader (./read/), which does not load exceljs.
 */
export async function readWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const data = await readPackageBytes(path);
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's Buffer type lags behind @types/node's generic Buffer.
    await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
  } catch (err) {
    throw new WorkbookReadError('not-xlsx', path, `not a readable .xlsx workbook (${(err as Error).message})`);
  }
  return workbook;
}

function isRichText(value: unknown): value is ExcelJS.CellRichTextValue {
  return typeof value === 'object' && value !== null && Array.isArray((value as { richText?: unknown }).richText);
}

function richTextToString(rich: readonly ExcelJS.RichText[]): string {
  return rich.map((part) => part.text).join('');
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
