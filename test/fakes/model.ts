/** The workbook state behind the proxies: plain data, cloned per sync so a failed batch changes nothing. */
import { contains, intersects, MAX_COLS, parseRef, type Rect } from './a1';
import { FakeOfficeError } from './errors';
import { evaluateFormula, Unsupported, type Scalar } from './formula';
import { dateToSerial, type FakeLocale } from './number-format';

export type CellScalar = string | number | boolean;
export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';

export interface CellFormat {
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  underline?: string;
  fill?: string;
  wrap?: boolean;
  horizontal?: string;
}

export interface CellModel {
  /** null = empty. Error values are stored as their text ("#DIV/0!") with error = true. */
  value: CellScalar | null;
  error: boolean;
  formula: string | null;
  numberFormat: string;
  format: CellFormat;
  hyperlink: Excel.RangeHyperlink | null;
}

export interface CfModel {
  id: number;
  ranges: Rect[];
  type: string;
  rule: Record<string, unknown> | null;
  format: CellFormat;
}

export interface SheetModel {
  id: string;
  name: string;
  visibility: Visibility;
  protected: boolean;
  cells: Map<number, CellModel>;
  merges: Rect[];
  conditionalFormats: CfModel[];
  freeze: { rows: number; cols: number } | null;
  columnWidths: Map<number, number>;
  /** Columns hidden (Range.columnHidden, ExcelApi 1.2), by index. */
  hiddenColumns: Set<number>;
  /** Charts, shapes, comments and notes on the sheet (sheet-objects.ts); absent when it has none. */
  objects?: SheetObject[];
}

/** Something placed on a sheet beside its cells, by the collection that holds it. */
export interface SheetObject {
  readonly kind: 'charts' | 'shapes' | 'comments' | 'notes';
  /** The cell a comment or note belongs to, the source range of a chart, the type of a shape. */
  readonly anchor: string;
}

export interface WorkbookModel {
  name: string;
  locale: FakeLocale;
  sheets: SheetModel[];
  activeSheetId: string;
  selection: { sheetId: string; rect: Rect };
  calculationMode: string;
  enableEvents: boolean;
  /** Workbook structure protection: no sheet may be added, deleted, renamed, hidden or shown. */
  structureProtected: boolean;
}

export const DEFAULT_COLUMN_WIDTH = 48;
export const ERROR_VALUES = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#SPILL!', '#CALC!']);

export const key = (row: number, col: number): number => row * MAX_COLS + col;
export const keyRow = (k: number): number => Math.floor(k / MAX_COLS);
export const keyCol = (k: number): number => k % MAX_COLS;

export function emptyCell(): CellModel {
  return { value: null, error: false, formula: null, numberFormat: 'General', format: {}, hyperlink: null };
}

function hasFormat(c: CellModel): boolean {
  return c.numberFormat !== 'General' || Object.keys(c.format).length > 0 || c.hyperlink !== null;
}

export function isBlank(c: CellModel): boolean {
  return c.value === null && c.formula === null && !hasFormat(c);
}

export function cloneSheet(s: SheetModel): SheetModel {
  const cells = new Map<number, CellModel>();
  for (const [k, c] of s.cells) cells.set(k, { ...c, format: { ...c.format }, hyperlink: c.hyperlink ? { ...c.hyperlink } : null });
  return {
    ...s,
    cells,
    merges: s.merges.map((m) => ({ ...m })),
    conditionalFormats: s.conditionalFormats.map((cf) => ({ ...cf, ranges: cf.ranges.map((r) => ({ ...r })), format: { ...cf.format } })),
    freeze: s.freeze ? { ...s.freeze } : null,
    columnWidths: new Map(s.columnWidths),
    hiddenColumns: new Set(s.hiddenColumns),
    ...(s.objects ? { objects: s.objects.map((o) => ({ ...o })) } : {}),
  };
}

export function cloneWorkbook(w: WorkbookModel): WorkbookModel {
  return { ...w, sheets: w.sheets.map(cloneSheet), selection: { ...w.selection, rect: { ...w.selection.rect } } };
}

export function getCell(sheet: SheetModel, row: number, col: number): CellModel | undefined {
  return sheet.cells.get(key(row, col));
}

/** The cell to modify, created on demand; callers prune blanks with tidy(). */
export function cellForWrite(sheet: SheetModel, row: number, col: number): CellModel {
  const k = key(row, col);
  let c = sheet.cells.get(k);
  if (!c) {
    c = emptyCell();
    sheet.cells.set(k, c);
  }
  return c;
}

export function tidy(sheet: SheetModel, row: number, col: number): void {
  const k = key(row, col);
  const c = sheet.cells.get(k);
  if (c && isBlank(c)) sheet.cells.delete(k);
}

/** Existing cells inside rect, without walking a whole-column rectangle cell by cell. */
export function cellsIn(sheet: SheetModel, rect: Rect): { row: number; col: number; cell: CellModel }[] {
  const out: { row: number; col: number; cell: CellModel }[] = [];
  const area = rect.rowCount * rect.colCount;
  if (area <= sheet.cells.size) {
    for (let r = rect.row; r < rect.row + rect.rowCount; r += 1) {
      for (let c = rect.col; c < rect.col + rect.colCount; c += 1) {
        const cell = sheet.cells.get(key(r, c));
        if (cell) out.push({ row: r, col: c, cell });
      }
    }
    return out;
  }
  for (const [k, cell] of sheet.cells) {
    const row = keyRow(k);
    const col = keyCol(k);
    if (row >= rect.row && row < rect.row + rect.rowCount && col >= rect.col && col < rect.col + rect.colCount) out.push({ row, col, cell });
  }
  return out;
}

/** Excel's used range: cells with values, or (unless valuesOnly) any formatting too. */
export function usedRect(sheet: SheetModel, valuesOnly: boolean): Rect | null {
  let r1 = Infinity;
  let c1 = Infinity;
  let r2 = -1;
  let c2 = -1;
  for (const [k, c] of sheet.cells) {
    if (valuesOnly ? c.value === null && c.formula === null : isBlank(c)) continue;
    const r = keyRow(k);
    const col = keyCol(k);
    r1 = Math.min(r1, r);
    c1 = Math.min(c1, col);
    r2 = Math.max(r2, r);
    c2 = Math.max(c2, col);
  }
  if (!valuesOnly) {
    for (const m of sheet.merges) {
      r1 = Math.min(r1, m.row);
      c1 = Math.min(c1, m.col);
      r2 = Math.max(r2, m.row + m.rowCount - 1);
      c2 = Math.max(c2, m.col + m.colCount - 1);
    }
  }
  return r2 < 0 ? null : { row: r1, col: c1, rowCount: r2 - r1 + 1, colCount: c2 - c1 + 1 };
}

/** Excel's rules for sheet names (the add-in builds names from agency names, so they matter). */
export function validateSheetName(wb: WorkbookModel, name: unknown, exceptId?: string): string {
  if (typeof name !== 'string' || name.trim() === '') throw new FakeOfficeError('InvalidArgument', 'The sheet name is empty.');
  if (name.length > 31) throw new FakeOfficeError('InvalidArgument', `The sheet name "${name}" is longer than 31 characters.`);
  if (/[[\]:*?/\\]/.test(name)) throw new FakeOfficeError('InvalidArgument', `The sheet name "${name}" contains a character Excel forbids.`);
  if (name.startsWith("'") || name.endsWith("'")) throw new FakeOfficeError('InvalidArgument', 'A sheet name cannot begin or end with an apostrophe.');
  if (name.toLowerCase() === 'history') throw new FakeOfficeError('InvalidArgument', '"History" is a reserved sheet name.');
  const taken = wb.sheets.some((s) => s.id !== exceptId && s.name.toLowerCase() === name.toLowerCase());
  if (taken) throw new FakeOfficeError('ItemAlreadyExists', `A sheet named "${name}" already exists.`);
  return name;
}

export function assertStructureEditable(wb: WorkbookModel): void {
  if (wb.structureProtected) throw new FakeOfficeError('AccessDenied', 'The workbook structure is protected.');
}

export function findSheet(wb: WorkbookModel, name: string): SheetModel | undefined {
  const lower = name.toLowerCase();
  return wb.sheets.find((s) => s.name.toLowerCase() === lower);
}

/**
 * Interprets a written value the way typing it into the cell would: "=..." becomes a formula,
 * numeric text a number, "'" forces text, and '+', '-' or '@' followed by text is read as a formula.
 * A cell formatted as text ('@') keeps strings as they are.
 */
/**
 * A typed date, as Excel reads one into a General cell: ISO year-month-day everywhere, and day/month/year
 * (vi-VN) or month/day/year (en-US) with "/" or "-". The cell then gets the locale's short date format.
 */
function typedDate(text: string, locale: FakeLocale): { serial: number; format: string } | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const local = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/.exec(text);
  let parts: [number, number, number] | null = null;
  if (iso) parts = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (local) {
    const [a, b, year] = [Number(local[1]), Number(local[2]), Number(local[3])];
    parts = locale === 'vi-VN' ? [year, b, a] : [year, a, b];
  }
  if (!parts) return null;
  const serial = dateToSerial(...parts);
  return serial === null ? null : { serial, format: locale === 'vi-VN' ? 'dd/mm/yyyy' : 'm/d/yyyy' };
}

export function interpretInput(
  input: unknown,
  numberFormat: string,
  locale: FakeLocale = 'vi-VN',
): { value: CellScalar | null; error: boolean; formula: string | null; numberFormat?: string } {
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw new FakeOfficeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
    return { value: input, error: false, formula: null };
  }
  if (typeof input === 'boolean') return { value: input, error: false, formula: null };
  if (typeof input !== 'string') throw new FakeOfficeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
  if (input === '') return { value: null, error: false, formula: null };
  if (numberFormat === '@') return { value: input, error: false, formula: null };
  if (input.startsWith("'")) return { value: input.slice(1), error: false, formula: null };
  if (input.startsWith('=') && input.length > 1) return { value: 0, error: false, formula: checkFormulaLimits(input) };
  const numeric = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?%?$/.exec(input.trim());
  if (numeric) {
    const text = input.trim();
    const n = Number(text.replace('%', ''));
    return { value: text.endsWith('%') ? n / 100 : n, error: false, formula: null };
  }
  const date = typedDate(input.trim(), locale);
  if (date) return { value: date.serial, error: false, formula: null, ...(numberFormat === 'General' ? { numberFormat: date.format } : {}) };
  if (/^(TRUE|FALSE)$/i.test(input)) return { value: input.toUpperCase() === 'TRUE', error: false, formula: null };
  if (ERROR_VALUES.has(input.toUpperCase())) return { value: input.toUpperCase(), error: true, formula: null };
  if (/^[+\-@]./.test(input)) {
    return { value: '#NAME?', error: true, formula: input.startsWith('@') ? `=${input.slice(1)}` : `=${input}` };
  }
  return { value: input, error: false, formula: null };
}

/** Excel's longest formula and longest text constant inside one, in characters. */
export const MAX_FORMULA_LENGTH = 8192;
export const MAX_FORMULA_TEXT = 255;

/**
 * Excel refuses such a formula when it is entered ("Text values in formulas are limited to 255
 * characters"); office.js reports it as an invalid argument and applies nothing of the batch.
 * A doubled quote inside a constant stands for one character of it.
 */
export function checkFormulaLimits(formula: string): string {
  const refuse = (why: string): never => {
    throw new FakeOfficeError('InvalidArgument', `The formula is not valid: ${why}.`);
  };
  if (formula.length > MAX_FORMULA_LENGTH) refuse(`longer than ${MAX_FORMULA_LENGTH} characters`);
  let i = 0;
  while (i < formula.length) {
    const quote = formula[i];
    if (quote !== '"' && quote !== "'") {
      i += 1;
      continue;
    }
    // A text constant ("...") or a quoted sheet name ('...'), either with its quote doubled inside.
    let length = 0;
    let j = i + 1;
    for (;;) {
      if (j >= formula.length) return formula;
      if (formula[j] === quote) {
        if (formula[j + 1] !== quote) break;
        j += 1;
      }
      length += 1;
      j += 1;
    }
    if (quote === '"' && length > MAX_FORMULA_TEXT) refuse(`a text constant is longer than ${MAX_FORMULA_TEXT} characters`);
    i = j + 1;
  }
  return formula;
}

function scalarOf(c: CellModel | undefined): Scalar {
  if (!c || c.value === null) return '';
  return c.error ? { error: String(c.value) } : c.value;
}

/**
 * Recomputes every formula. Cells are evaluated on demand with memoization, so order does not
 * matter; a cycle evaluates to 0 (Excel warns and shows 0). Unsupported formulas keep their value.
 */
export function recalculate(wb: WorkbookModel): void {
  const done = new Map<SheetModel, Map<number, Scalar>>();
  const active = new Set<string>();
  const evalCell = (sheet: SheetModel, row: number, col: number): Scalar => {
    const k = key(row, col);
    const memo = done.get(sheet)?.get(k);
    if (memo !== undefined) return memo;
    const cell = sheet.cells.get(k);
    if (!cell || cell.formula === null) return scalarOf(cell);
    const id = `${sheet.id}:${k}`;
    if (active.has(id)) return 0;
    active.add(id);
    let result: Scalar;
    try {
      result = evaluateFormula(cell.formula, {
        cell: (sheetName, r, c) => {
          const target = sheetName === undefined ? sheet : findSheet(wb, sheetName);
          return target ? evalCell(target, r, c) : { error: '#REF!' };
        },
      });
    } catch (e) {
      if (!(e instanceof Unsupported)) throw e;
      result = scalarOf(cell);
    }
    active.delete(id);
    if (typeof result === 'object') {
      cell.value = result.error;
      cell.error = true;
    } else {
      cell.value = result;
      cell.error = false;
    }
    let memoSheet = done.get(sheet);
    if (!memoSheet) done.set(sheet, (memoSheet = new Map()));
    memoSheet.set(k, result);
    return result;
  };
  for (const sheet of wb.sheets) {
    for (const [k, c] of sheet.cells) if (c.formula !== null) evalCell(sheet, keyRow(k), keyCol(k));
  }
}

export function mergeAt(sheet: SheetModel, row: number, col: number): Rect | undefined {
  return sheet.merges.find((m) => row >= m.row && row < m.row + m.rowCount && col >= m.col && col < m.col + m.colCount);
}

export function mergesTouching(sheet: SheetModel, rect: Rect): Rect[] {
  return sheet.merges.filter((m) => intersects(m, rect));
}

export function mergesInside(sheet: SheetModel, rect: Rect): Rect[] {
  return sheet.merges.filter((m) => contains(rect, m));
}

export function parseMergeList(merges: readonly string[] | undefined): Rect[] {
  return (merges ?? []).map((m) => {
    const ref = parseRef(m);
    if (!ref) throw new Error(`Fake workbook spec: bad merge "${m}"`);
    return ref.rect;
  });
}
