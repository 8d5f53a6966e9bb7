import ExcelJS from 'exceljs';

/**
 * Turns an example .xlsx into the plain spec the fake workbook is built from (the same shape as
 * test/fakes FakeWorkbookSpec, declared here so this build-time step depends on exceljs alone).
 * Runs in node, at build time: the browser playground and the browser tests never parse xlsx.
 */
export type SpecValue = string | number | boolean | null;

interface ExampleSheetSpec {
  name: string;
  cells: SpecValue[][];
  formulas?: (string | null)[][];
  numberFormats?: (string | null)[][];
  merges?: string[];
  visibility?: 'Visible' | 'Hidden' | 'VeryHidden';
}

export interface ExampleWorkbookSpec {
  name: string;
  locale: 'vi-VN' | 'en-US';
  sheets: ExampleSheetSpec[];
  activeSheet?: string;
}

/** Excel's day 0 (1899-12-30, so that the 1900 leap-year bug lines up with serial numbers). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** A cell's stored value as Excel's values API reports it (formulas give their last result). */
export function plainValue(value: ExcelJS.CellValue): SpecValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return (value.getTime() - EXCEL_EPOCH_MS) / MS_PER_DAY;
  if (isRecord(value)) {
    if (Array.isArray(value.richText)) return value.richText.map((run: { text?: string }) => run.text ?? '').join('');
    if ('formula' in value || 'sharedFormula' in value) return plainValue((value.result ?? null) as ExcelJS.CellValue);
    if (typeof value.text === 'string') return value.text;
    if (typeof value.error === 'string') return value.error;
  }
  return null;
}

function formulaOf(cell: ExcelJS.Cell): string | null {
  const formula = cell.formula;
  return typeof formula === 'string' && formula !== '' ? `=${formula}` : null;
}

function visibilityOf(state: ExcelJS.WorksheetState): ExampleSheetSpec['visibility'] {
  if (state === 'hidden') return 'Hidden';
  if (state === 'veryHidden') return 'VeryHidden';
  return 'Visible';
}

function sheetSpec(ws: ExcelJS.Worksheet): ExampleSheetSpec {
  const rows = ws.rowCount;
  const cols = ws.columnCount;
  const cells: SpecValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  let anyFormula = false;
  let anyFormat = false;
  for (let r = 1; r <= rows; r++) {
    const valueRow: SpecValue[] = [];
    const formulaRow: (string | null)[] = [];
    const formatRow: (string | null)[] = [];
    for (let c = 1; c <= cols; c++) {
      const cell = ws.getCell(r, c);
      // exceljs repeats a merged area's value in every cell; Excel keeps it in the top-left one only.
      const slave = cell.isMerged && cell.master !== cell;
      valueRow.push(slave ? null : plainValue(cell.value));
      const formula = slave ? null : formulaOf(cell);
      anyFormula ||= formula !== null;
      formulaRow.push(formula);
      const format = !slave && cell.numFmt && cell.numFmt !== 'General' ? cell.numFmt : null;
      anyFormat ||= format !== null;
      formatRow.push(format);
    }
    cells.push(valueRow);
    formulas.push(formulaRow);
    numberFormats.push(formatRow);
  }
  const merges = (ws.model as { merges?: string[] }).merges ?? [];
  return {
    name: ws.name,
    cells,
    ...(anyFormula ? { formulas } : {}),
    ...(anyFormat ? { numberFormats } : {}),
    ...(merges.length > 0 ? { merges: [...merges] } : {}),
    visibility: visibilityOf(ws.state),
  };
}

export function workbookSpec(wb: ExcelJS.Workbook, name: string, locale: ExampleWorkbookSpec['locale'] = 'vi-VN'): ExampleWorkbookSpec {
  const sheets = wb.worksheets.map(sheetSpec);
  const firstVisible = sheets.find((s) => s.visibility === 'Visible');
  return { name, locale, sheets, ...(firstVisible ? { activeSheet: firstVisible.name } : {}) };
}

export async function readExampleSpec(path: string, locale: ExampleWorkbookSpec['locale'] = 'vi-VN'): Promise<ExampleWorkbookSpec> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const name = path.split(/[\\/]/).pop() ?? path;
  return workbookSpec(wb, name, locale);
}
