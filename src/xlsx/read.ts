import ExcelJS from 'exceljs';
import { MARKER_SHEET } from '../domain/plan/types';
import type { OwnershipMarker } from '../domain/plan/types';
import { parseMarker } from '../domain/plan/marker';

export { isEncryptedOoxml, WorkbookReadError } from './read/file';
export type { WorkbookReadErrorReason } from './read/file';

function isRichText(value: unknown): value is ExcelJS.CellRichTextValue {
  return typeof value === 'object' && value !== null && Array.isArray((value as { richText?: unknown }).richText);
}

function richTextToString(rich: readonly ExcelJS.RichText[]): string {
  return rich.map((part) => part.text).join('');
}

export function readMarker(wb: ExcelJS.Workbook): OwnershipMarker | null {
  const sheet = wb.getWorksheet(MARKER_SHEET);
  if (!sheet) return null;
  const value = sheet.getCell('A1').value;
  const text = typeof value === 'string' ? value : isRichText(value) ? richTextToString(value.richText) : null;
  if (text === null) return null;
  return parseMarker(text);
}
