/** Range proxies: what the adapter reads and writes cell by cell. */
import { contains, intersects, MAX_COLS, MAX_ROWS, qualifiedA1, subtract, type Rect } from './a1';
import { FakeClientResult, ProxyBase, type Batch, type Tx } from './context';
import { FakeOfficeError } from './errors';
import {
  cellForWrite,
  cellsIn,
  DEFAULT_COLUMN_WIDTH,
  getCell,
  interpretInput,
  mergeAt,
  tidy,
  usedRect,
  type CellFormat,
  type CellModel,
  type CfModel,
  type SheetModel,
} from './model';
import { displayText } from './number-format';
import { r1c1ToA1 } from './r1c1';
import type { WorksheetProxy } from './worksheet';

/** A load bigger than this would exceed Excel's response size; the fake refuses it the same way. */
export const MAX_LOAD_CELLS = 1_000_000;
/** Formatting a bigger area (a whole column) touches only cells that exist; see docs in index.ts. */
const DENSE_FORMAT_LIMIT = 100_000;

const NAMED_COLORS: Record<string, string> = {
  black: '#000000',
  white: '#FFFFFF',
  red: '#FF0000',
  green: '#008000',
  blue: '#0000FF',
  yellow: '#FFFF00',
  orange: '#FFA500',
  gray: '#808080',
};

function normalizeColor(color: unknown): string {
  if (typeof color === 'string') {
    if (/^#[0-9a-f]{6}$/i.test(color)) return color.toUpperCase();
    const named = NAMED_COLORS[color.toLowerCase()];
    if (named) return named;
  }
  throw new FakeOfficeError('InvalidArgument', `"${String(color)}" is not a color Excel accepts.`);
}

const ALIGNMENTS = new Set(['General', 'Left', 'Center', 'Right', 'Fill', 'Justify', 'CenterAcrossSelection', 'Distributed']);
const UNDERLINES = new Set(['None', 'Single', 'Double', 'SingleAccountant', 'DoubleAccountant']);
const CLEAR_KINDS = new Set(['All', 'Formats', 'Contents', 'Hyperlinks', 'RemoveHyperlinks', 'ResetContents']);

export interface Target {
  readonly sheet: SheetModel;
  readonly rect: Rect;
}

type Locate = (tx: Tx, sheet: SheetModel) => Rect | null;

export function assertWritable(sheet: SheetModel): void {
  if (sheet.protected) {
    throw new FakeOfficeError('AccessDenied', `The cell or chart you're trying to change is on a protected sheet ("${sheet.name}").`);
  }
}

function checkRect(rect: Rect): Rect {
  const ok =
    Number.isInteger(rect.row) &&
    Number.isInteger(rect.col) &&
    Number.isInteger(rect.rowCount) &&
    Number.isInteger(rect.colCount) &&
    rect.row >= 0 &&
    rect.col >= 0 &&
    rect.rowCount >= 1 &&
    rect.colCount >= 1 &&
    rect.row + rect.rowCount <= MAX_ROWS &&
    rect.col + rect.colCount <= MAX_COLS;
  if (!ok) throw new FakeOfficeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
  return rect;
}

/** Accepts a 2-D array of exactly the range's size, or one value for every cell (office.js allows both). */
function toGrid(input: unknown, rect: Rect): unknown[][] {
  if (!Array.isArray(input)) {
    return Array.from({ length: rect.rowCount }, () => Array.from({ length: rect.colCount }, () => input));
  }
  const fits = input.length === rect.rowCount && input.every((row) => Array.isArray(row) && row.length === rect.colCount);
  if (!fits) {
    throw new FakeOfficeError('InvalidArgument', "The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
  }
  return input as unknown[][];
}

function forEachCell(rect: Rect, fn: (row: number, col: number) => void): void {
  for (let r = 0; r < rect.rowCount; r += 1) for (let c = 0; c < rect.colCount; c += 1) fn(rect.row + r, rect.col + c);
}

function uniform<T>(sheet: SheetModel, rect: Rect, get: (c: CellModel | undefined) => T): T | null {
  const existing = cellsIn(sheet, rect);
  const values = existing.map((e) => get(e.cell));
  if (existing.length < rect.rowCount * rect.colCount) values.push(get(undefined));
  const first = values[0] as T;
  return values.every((v) => v === first) ? first : null;
}

function valueType(c: CellModel | undefined): Excel.RangeValueType {
  if (!c || c.value === null) return 'Empty' as Excel.RangeValueType;
  if (c.error) return 'Error' as Excel.RangeValueType;
  if (typeof c.value === 'number') return 'Double' as Excel.RangeValueType;
  if (typeof c.value === 'boolean') return 'Boolean' as Excel.RangeValueType;
  return 'String' as Excel.RangeValueType;
}

export class RangeProxy extends ProxyBase {
  protected readonly scalars = [
    'address',
    'addressLocal',
    'values',
    'text',
    'valueTypes',
    'formulas',
    'numberFormat',
    'rowIndex',
    'columnIndex',
    'rowCount',
    'columnCount',
    'cellCount',
    'hyperlink',
    'columnHidden',
  ] as const;

  private bound: { sheetId: string; rect: Rect } | null = null;
  private formatProxy: RangeFormatProxy | undefined;
  private cfProxy: ConditionalFormatCollectionProxy | undefined;

  constructor(
    batch: Batch,
    path: string,
    readonly worksheet: WorksheetProxy,
    private readonly locate: Locate,
    private readonly nullable = false,
  ) {
    super(batch, path);
    if (nullable) batch.watchNull(this);
  }

  /** The sheet and rectangle now; null only for a *OrNullObject range that found nothing. */
  resolve(tx: Tx): Target | null {
    const sheet = this.worksheet.resolveSheet(tx);
    if (!sheet) {
      if (this.nullable) return null;
      throw new FakeOfficeError('ItemNotFound', 'The requested resource does not exist.');
    }
    if (this.bound && this.bound.sheetId === sheet.id) return { sheet, rect: this.bound.rect };
    const rect = this.locate(tx, sheet);
    if (!rect) {
      if (this.nullable) return null;
      throw new FakeOfficeError('ItemNotFound', 'The requested resource does not exist.');
    }
    this.bound = { sheetId: sheet.id, rect: checkRect(rect) };
    return { sheet, rect: this.bound.rect };
  }

  target(tx: Tx): Target {
    const t = this.resolve(tx);
    if (!t) throw new FakeOfficeError('ItemNotFound', 'The operation cannot be performed on a null object.');
    return t;
  }

  protected override isNull(tx: Tx): boolean {
    return this.resolve(tx) === null;
  }

  protected override child(name: string): ProxyBase | undefined {
    if (name === 'format') return this.format;
    if (name === 'worksheet') return this.worksheet;
    return undefined;
  }

  protected override read(tx: Tx, prop: string): unknown {
    const { sheet, rect } = this.target(tx);
    const grid = <T>(fn: (c: CellModel | undefined, row: number, col: number) => T): T[][] => {
      if (rect.rowCount * rect.colCount > MAX_LOAD_CELLS) {
        throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
      }
      return Array.from({ length: rect.rowCount }, (_, r) =>
        Array.from({ length: rect.colCount }, (_, c) => fn(getCell(sheet, rect.row + r, rect.col + c), rect.row + r, rect.col + c)),
      );
    };
    switch (prop) {
      case 'address':
      case 'addressLocal':
        return qualifiedA1(sheet.name, rect);
      case 'values':
        return grid((c) => c?.value ?? '');
      case 'text':
        return grid((c) => (c ? (c.error ? String(c.value) : displayText(c.value, c.numberFormat, tx.wb.locale)) : ''));
      case 'valueTypes':
        return grid(valueType);
      case 'formulas':
        return grid((c) => c?.formula ?? c?.value ?? '');
      case 'numberFormat':
        return grid((c) => c?.numberFormat ?? 'General');
      case 'rowIndex':
        return rect.row;
      case 'columnIndex':
        return rect.col;
      case 'rowCount':
        return rect.rowCount;
      case 'columnCount':
        return rect.colCount;
      case 'cellCount':
        return rect.rowCount * rect.colCount;
      case 'columnHidden': {
        // Microsoft's reference (Range.columnHidden, ExcelApi 1.2): true when every column of the
        // range is hidden, false when none is, null when some are.
        let hidden = 0;
        for (let c = rect.col; c < rect.col + rect.colCount; c += 1) if (sheet.hiddenColumns.has(c)) hidden += 1;
        return hidden === 0 ? false : hidden === rect.colCount ? true : null;
      }
      case 'hyperlink': {
        const link = getCell(sheet, rect.row, rect.col)?.hyperlink;
        return link ? { ...link } : null;
      }
      default:
        return super.read(tx, prop);
    }
  }

  private op(name: string, args: Record<string, unknown>, run: (tx: Tx, t: Target) => void): void {
    this.batch.enqueue({ path: this.path, [name]: args }, (tx) => run(tx, this.target(tx)));
  }

  /** Writes cell by cell; a merged area's hidden cells refuse content, as Excel refuses "part of a merged cell". */
  private writeInputs(kind: 'values' | 'formulas' | 'formulasR1C1', input: unknown): void {
    this.op(kind, { v: input }, (tx, { sheet, rect }) => {
      assertWritable(sheet);
      const grid = toGrid(input, rect);
      forEachCell(rect, (row, col) => {
        const given = grid[row - rect.row]![col - rect.col];
        const v = kind === 'formulasR1C1' && typeof given === 'string' ? r1c1ToA1(given, row, col) : given;
        if (v === null || v === undefined) return;
        const merge = mergeAt(sheet, row, col);
        if (merge && (merge.row !== row || merge.col !== col) && v !== '') {
          throw new FakeOfficeError('InvalidOperation', 'Cannot change part of a merged cell.');
        }
        const cell = cellForWrite(sheet, row, col);
        const parsed = interpretInput(v, cell.numberFormat, tx.wb.locale);
        if (parsed.numberFormat) cell.numberFormat = parsed.numberFormat;
        cell.value = parsed.value;
        cell.error = parsed.error;
        cell.formula = parsed.formula;
        tidy(sheet, row, col);
      });
      tx.dirty = true;
    });
  }

  get values(): Excel.Range['values'] {
    return this.value('values');
  }
  set values(v: Excel.Range['values']) {
    this.remember('values', v);
    this.writeInputs('values', v);
  }

  get formulas(): Excel.Range['formulas'] {
    return this.value('formulas');
  }
  set formulas(v: Excel.Range['formulas']) {
    this.remember('formulas', v);
    this.writeInputs('formulas', v);
  }

  /** Write only: loading formulasR1C1 is not modelled (the adapter never reads it). */
  set formulasR1C1(v: Excel.Range['formulasR1C1']) {
    this.writeInputs('formulasR1C1', v);
  }

  get numberFormat(): Excel.Range['numberFormat'] {
    return this.value('numberFormat');
  }
  set numberFormat(v: Excel.Range['numberFormat']) {
    this.remember('numberFormat', v);
    this.op('numberFormat', { v }, (tx, { sheet, rect }) => {
      assertWritable(sheet);
      const grid = toGrid(v, rect);
      forEachCell(rect, (row, col) => {
        const f = grid[row - rect.row]![col - rect.col];
        if (f === null || f === undefined) return;
        if (typeof f !== 'string') throw new FakeOfficeError('InvalidArgument', 'A number format must be text.');
        cellForWrite(sheet, row, col).numberFormat = f === '' ? 'General' : f;
        tidy(sheet, row, col);
      });
      tx.dirty = true;
    });
  }

  get text(): Excel.Range['text'] {
    return this.value('text');
  }
  get valueTypes(): Excel.Range['valueTypes'] {
    return this.value('valueTypes');
  }
  get address(): Excel.Range['address'] {
    return this.value('address');
  }
  get addressLocal(): Excel.Range['addressLocal'] {
    return this.value('addressLocal');
  }
  get rowIndex(): Excel.Range['rowIndex'] {
    return this.value('rowIndex');
  }
  get columnIndex(): Excel.Range['columnIndex'] {
    return this.value('columnIndex');
  }
  get rowCount(): Excel.Range['rowCount'] {
    return this.value('rowCount');
  }
  get columnCount(): Excel.Range['columnCount'] {
    return this.value('columnCount');
  }
  get cellCount(): Excel.Range['cellCount'] {
    return this.value('cellCount');
  }

  get hyperlink(): Excel.Range['hyperlink'] {
    return this.value('hyperlink');
  }
  set hyperlink(link: Excel.Range['hyperlink']) {
    this.remember('hyperlink', link);
    this.op('hyperlink', { v: link }, (tx, { sheet, rect }) => {
      assertWritable(sheet);
      if (!link || (link.address === undefined && link.documentReference === undefined)) {
        throw new FakeOfficeError('InvalidArgument', 'A hyperlink needs an address or a document reference.');
      }
      forEachCell(rect, (row, col) => {
        cellForWrite(sheet, row, col).hyperlink = { ...link };
      });
      const anchor = cellForWrite(sheet, rect.row, rect.col);
      const shown = link.textToDisplay ?? (anchor.value === null ? link.documentReference ?? link.address : undefined);
      if (shown !== undefined) {
        anchor.value = shown;
        anchor.formula = null;
        anchor.error = false;
      }
      tx.dirty = true;
    });
  }

  get columnHidden(): Excel.Range['columnHidden'] {
    return this.value('columnHidden');
  }
  set columnHidden(v: Excel.Range['columnHidden']) {
    this.remember('columnHidden', v);
    this.op('columnHidden', { v }, (_tx, { sheet, rect }) => {
      assertWritable(sheet);
      if (typeof v !== 'boolean') throw new FakeOfficeError('InvalidArgument', 'columnHidden must be true or false.');
      for (let c = rect.col; c < rect.col + rect.colCount; c += 1) {
        if (v) sheet.hiddenColumns.add(c);
        else sheet.hiddenColumns.delete(c);
      }
    });
  }

  get format(): RangeFormatProxy {
    this.formatProxy ??= new RangeFormatProxy(this);
    return this.formatProxy;
  }

  get conditionalFormats(): ConditionalFormatCollectionProxy {
    this.cfProxy ??= new ConditionalFormatCollectionProxy(this);
    return this.cfProxy;
  }

  /** Applies fn to every cell of the range (only existing cells of a whole-column range). */
  applyFormat(name: string, v: unknown, fn: (c: CellModel, row: number, col: number) => void): void {
    this.op(name, { v }, (tx, { sheet, rect }) => {
      assertWritable(sheet);
      const visit = (row: number, col: number, cell: CellModel): void => {
        fn(cell, row, col);
        tidy(sheet, row, col);
      };
      if (rect.rowCount * rect.colCount <= DENSE_FORMAT_LIMIT) forEachCell(rect, (row, col) => visit(row, col, cellForWrite(sheet, row, col)));
      else for (const e of cellsIn(sheet, rect)) visit(e.row, e.col, e.cell);
      tx.dirty = true;
    });
  }

  readFormat<T>(tx: Tx, get: (c: CellModel | undefined) => T): T | null {
    const { sheet, rect } = this.target(tx);
    return uniform(sheet, rect, get);
  }

  runOp(name: string, args: Record<string, unknown>, run: (tx: Tx, t: Target) => void): void {
    this.op(name, args, run);
  }

  private derived(label: string, fn: (rect: Rect, sheet: SheetModel) => Rect): RangeProxy {
    return new RangeProxy(this.batch, `${this.path}.${label}`, this.worksheet, (tx, sheet) => fn(this.target(tx).rect, sheet));
  }

  getCell(row: number, column: number): RangeProxy {
    return this.derived(`getCell(${row},${column})`, (r) => ({ row: r.row + row, col: r.col + column, rowCount: 1, colCount: 1 }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): RangeProxy {
    return this.derived(`getOffsetRange(${rowOffset},${columnOffset})`, (r) => ({ ...r, row: r.row + rowOffset, col: r.col + columnOffset }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): RangeProxy {
    return this.derived(`getResizedRange(${deltaRows},${deltaColumns})`, (r) => ({
      ...r,
      rowCount: r.rowCount + deltaRows,
      colCount: r.colCount + deltaColumns,
    }));
  }
  getRow(row: number): RangeProxy {
    return this.derived(`getRow(${row})`, (r) => ({ row: r.row + row, col: r.col, rowCount: 1, colCount: r.colCount }));
  }
  getColumn(column: number): RangeProxy {
    return this.derived(`getColumn(${column})`, (r) => ({ row: r.row, col: r.col + column, rowCount: r.rowCount, colCount: 1 }));
  }
  getEntireColumn(): RangeProxy {
    return this.derived('getEntireColumn()', (r) => ({ row: 0, col: r.col, rowCount: MAX_ROWS, colCount: r.colCount }));
  }
  getEntireRow(): RangeProxy {
    return this.derived('getEntireRow()', (r) => ({ row: r.row, col: 0, rowCount: r.rowCount, colCount: MAX_COLS }));
  }
  getUsedRange(valuesOnly?: boolean): RangeProxy {
    return this.derived(`getUsedRange(${Boolean(valuesOnly)})`, (r, sheet) => {
      const sheetUsed = usedRect(sheet, Boolean(valuesOnly));
      if (!sheetUsed || !intersects(sheetUsed, r)) throw new FakeOfficeError('ItemNotFound', 'The range has no used cells.');
      const row = Math.max(r.row, sheetUsed.row);
      const col = Math.max(r.col, sheetUsed.col);
      return {
        row,
        col,
        rowCount: Math.min(r.row + r.rowCount, sheetUsed.row + sheetUsed.rowCount) - row,
        colCount: Math.min(r.col + r.colCount, sheetUsed.col + sheetUsed.colCount) - col,
      };
    });
  }
  getMergedAreasOrNullObject(): RangeAreasProxy {
    return new RangeAreasProxy(this);
  }

  /**
   * Range.copyFrom (ExcelApi 1.9): copies the source's cells (values, formulas shifted by the
   * offset as Excel shifts relative references, number formats, formats, links) and the
   * conditional formats and merged areas inside it to this range's top-left corner. Only the
   * default arguments (no skipBlanks, no transpose) and a single source range are modelled.
   */
  copyFrom(source: RangeProxy | string, copyType: Excel.RangeCopyType | 'All' | 'Formulas' | 'Values' | 'Formats' = 'All', skipBlanks = false, transpose = false): void {
    if (skipBlanks || transpose) throw new Error('fake Excel: copyFrom models neither skipBlanks nor transpose');
    const sourceRange = typeof source === 'string' ? this.worksheet.getRange(source) : source;
    this.op('copyFrom', { source: sourceRange.path, copyType }, (tx, { sheet, rect }) => {
      assertWritable(sheet);
      const from = sourceRange.target(tx);
      const dRow = rect.row - from.rect.row;
      const dCol = rect.col - from.rect.col;
      const copied = cellsIn(from.sheet, from.rect).map((e) => ({ ...e, cell: { ...e.cell, format: { ...e.cell.format }, hyperlink: e.cell.hyperlink ? { ...e.cell.hyperlink } : null } }));
      const target = { row: rect.row, col: rect.col, rowCount: from.rect.rowCount, colCount: from.rect.colCount };
      const contents = copyType === 'All' || copyType === 'Formulas' || copyType === 'Values';
      const formats = copyType === 'All' || copyType === 'Formats';
      forEachCell(target, (row, col) => {
        const existing = getCell(sheet, row, col);
        if (!existing) return;
        if (contents) {
          existing.value = null;
          existing.error = false;
          existing.formula = null;
        }
        if (formats) {
          existing.format = {};
          existing.numberFormat = 'General';
        }
        tidy(sheet, row, col);
      });
      for (const { row, col, cell } of copied) {
        const into = cellForWrite(sheet, row + dRow, col + dCol);
        if (contents) {
          into.value = cell.value;
          into.error = cell.error;
          into.formula = copyType === 'Values' || cell.formula === null ? null : shiftReferences(cell.formula, dRow, dCol);
          into.hyperlink = cell.hyperlink;
        }
        if (formats) {
          into.format = cell.format;
          into.numberFormat = cell.numberFormat;
        }
        tidy(sheet, row + dRow, col + dCol);
      }
      if (formats) {
        for (const cf of from.sheet.conditionalFormats) {
          const inside = cf.ranges.filter((r) => contains(from.rect, r));
          if (inside.length === 0) continue;
          sheet.conditionalFormats.push({ ...cf, id: tx.wb.sheets.length * 100000 + sheet.conditionalFormats.length + 1, ranges: inside.map((r) => ({ ...r, row: r.row + dRow, col: r.col + dCol })), format: { ...cf.format } });
        }
        for (const m of from.sheet.merges) if (contains(from.rect, m)) sheet.merges.push({ ...m, row: m.row + dRow, col: m.col + dCol });
      }
      tx.dirty = true;
    });
  }

  select(): void {
    this.op('select', {}, (tx, { sheet, rect }) => {
      if (sheet.visibility !== 'Visible') throw new FakeOfficeError('InvalidOperation', 'A hidden sheet cannot be selected.');
      tx.wb.activeSheetId = sheet.id;
      tx.wb.selection = { sheetId: sheet.id, rect };
    });
  }

  merge(across = false): void {
    this.op('merge', { across }, (tx, { sheet, rect }) => {
      assertWritable(sheet);
      const areas = across
        ? Array.from({ length: rect.rowCount }, (_, i) => ({ row: rect.row + i, col: rect.col, rowCount: 1, colCount: rect.colCount }))
        : [rect];
      for (const area of areas) {
        if (area.rowCount * area.colCount === 1) continue;
        for (const m of sheet.merges) {
          if (intersects(m, area) && !contains(area, m)) {
            throw new FakeOfficeError('InvalidOperation', 'The range overlaps part of another merged area.');
          }
        }
        sheet.merges = sheet.merges.filter((m) => !contains(area, m));
        // Excel keeps only the upper-left value of a merged area.
        for (const e of cellsIn(sheet, area)) {
          if (e.row === area.row && e.col === area.col) continue;
          e.cell.value = null;
          e.cell.formula = null;
          e.cell.error = false;
          tidy(sheet, e.row, e.col);
        }
        sheet.merges.push({ ...area });
      }
      tx.dirty = true;
    });
  }

  unmerge(): void {
    this.op('unmerge', {}, (_tx, { sheet, rect }) => {
      assertWritable(sheet);
      sheet.merges = sheet.merges.filter((m) => !intersects(m, rect));
    });
  }

  clear(applyTo: Excel.ClearApplyTo | 'All' | 'Formats' | 'Contents' | 'Hyperlinks' | 'RemoveHyperlinks' | 'ResetContents' = 'All'): void {
    this.op('clear', { applyTo }, (tx, { sheet, rect }) => {
      if (!CLEAR_KINDS.has(applyTo)) throw new FakeOfficeError('InvalidArgument', `Unknown clear kind ${String(applyTo)}.`);
      assertWritable(sheet);
      const all = applyTo === 'All';
      for (const e of cellsIn(sheet, rect)) {
        const c = e.cell;
        // ResetContents also resets controls such as checkboxes, which the fake does not model.
        if (all || applyTo === 'Contents' || applyTo === 'ResetContents') {
          c.value = null;
          c.formula = null;
          c.error = false;
        }
        if (all || applyTo === 'Formats') {
          c.numberFormat = 'General';
          c.format = {};
        }
        if (all || applyTo === 'Hyperlinks' || applyTo === 'RemoveHyperlinks') c.hyperlink = null;
        tidy(sheet, e.row, e.col);
      }
      if (all || applyTo === 'Formats') {
        sheet.merges = sheet.merges.filter((m) => !intersects(m, rect));
        trimConditionalFormats(sheet, rect);
      }
      tx.dirty = true;
    });
  }

  /**
   * Range.style (ExcelApi 1.7): the cells take the named style's formatting. The fake knows only the
   * built-in "Normal" (BuiltInStyle.normal), whose format is the default one with "General". A cell
   * style holds no conditional format and no merge, so both stay, unlike clear('Formats').
   */
  get style(): string {
    return this.value('style');
  }
  set style(name: string) {
    this.remember('style', name);
    this.op('style', { v: name }, (tx, { sheet, rect }) => {
      if (name !== 'Normal') throw new FakeOfficeError('InvalidArgument', `The fake models only the Normal style, not "${name}".`);
      assertWritable(sheet);
      for (const e of cellsIn(sheet, rect)) {
        e.cell.numberFormat = 'General';
        e.cell.format = {};
        tidy(sheet, e.row, e.col);
      }
      tx.dirty = true;
    });
  }
}

function trimConditionalFormats(sheet: SheetModel, rect: Rect): void {
  sheet.conditionalFormats = sheet.conditionalFormats
    .map((cf) => ({ ...cf, ranges: cf.ranges.flatMap((r) => subtract(r, rect)) }))
    .filter((cf) => cf.ranges.length > 0);
}

export class FontProxy extends ProxyBase {
  protected readonly scalars = ['bold', 'italic', 'color', 'underline', 'name', 'size'] as const;
  constructor(private readonly range: RangeProxy) {
    super(range.batch, `${range.path}.format.font`);
  }
  protected override read(tx: Tx, prop: string): unknown {
    switch (prop) {
      case 'bold':
        return this.range.readFormat(tx, (c) => c?.format.bold ?? false);
      case 'italic':
        return this.range.readFormat(tx, (c) => c?.format.italic ?? false);
      case 'color':
        return this.range.readFormat(tx, (c) => c?.format.fontColor ?? '#000000');
      case 'underline':
        return this.range.readFormat(tx, (c) => c?.format.underline ?? 'None');
      case 'name':
        return 'Calibri';
      case 'size':
        return 11;
      default:
        return super.read(tx, prop);
    }
  }
  private set(prop: keyof CellFormat, label: string, v: unknown, normalized: () => CellFormat[keyof CellFormat]): void {
    this.remember(label, v);
    this.range.applyFormat(`font.${label}`, v, (c) => {
      const value = normalized();
      if (value === undefined) delete c.format[prop];
      else (c.format as Record<string, unknown>)[prop] = value;
    });
  }
  get bold(): Excel.RangeFont['bold'] {
    return this.value('bold');
  }
  set bold(v: Excel.RangeFont['bold']) {
    this.set('bold', 'bold', v, () => Boolean(v));
  }
  get italic(): Excel.RangeFont['italic'] {
    return this.value('italic');
  }
  set italic(v: Excel.RangeFont['italic']) {
    this.set('italic', 'italic', v, () => Boolean(v));
  }
  get color(): Excel.RangeFont['color'] {
    return this.value('color');
  }
  set color(v: Excel.RangeFont['color']) {
    this.set('fontColor', 'color', v, () => normalizeColor(v));
  }
  get underline(): Excel.RangeFont['underline'] {
    return this.value('underline');
  }
  set underline(v: Excel.RangeFont['underline']) {
    this.set('underline', 'underline', v, () => {
      if (!UNDERLINES.has(v)) throw new FakeOfficeError('InvalidArgument', `Unknown underline style ${String(v)}.`);
      return v === 'None' ? undefined : v;
    });
  }
  get name(): Excel.RangeFont['name'] {
    return this.value('name');
  }
  get size(): Excel.RangeFont['size'] {
    return this.value('size');
  }
}

export class FillProxy extends ProxyBase {
  protected readonly scalars = ['color'] as const;
  constructor(private readonly range: RangeProxy) {
    super(range.batch, `${range.path}.format.fill`);
  }
  protected override read(tx: Tx, prop: string): unknown {
    if (prop === 'color') return this.range.readFormat(tx, (c) => c?.format.fill ?? '#FFFFFF');
    return super.read(tx, prop);
  }
  get color(): Excel.RangeFill['color'] {
    return this.value('color');
  }
  set color(v: Excel.RangeFill['color']) {
    this.remember('color', v);
    this.range.applyFormat('fill.color', v, (c) => {
      c.format.fill = normalizeColor(v);
    });
  }
  clear(): void {
    this.range.applyFormat('fill.clear', null, (c) => {
      delete c.format.fill;
    });
  }
}

export class RangeFormatProxy extends ProxyBase {
  protected readonly scalars = ['wrapText', 'horizontalAlignment', 'columnWidth', 'rowHeight'] as const;
  readonly font: FontProxy;
  readonly fill: FillProxy;
  constructor(private readonly range: RangeProxy) {
    super(range.batch, `${range.path}.format`);
    this.font = new FontProxy(range);
    this.fill = new FillProxy(range);
  }
  protected override child(name: string): ProxyBase | undefined {
    return name === 'font' ? this.font : name === 'fill' ? this.fill : undefined;
  }
  protected override read(tx: Tx, prop: string): unknown {
    switch (prop) {
      case 'wrapText':
        return this.range.readFormat(tx, (c) => c?.format.wrap ?? false);
      case 'horizontalAlignment':
        return this.range.readFormat(tx, (c) => c?.format.horizontal ?? 'General');
      case 'rowHeight':
        return 15;
      case 'columnWidth': {
        const { sheet, rect } = this.range.target(tx);
        const widths = new Set<number>();
        for (let c = rect.col; c < rect.col + rect.colCount && widths.size < 2; c += 1) widths.add(sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH);
        return widths.size === 1 ? [...widths][0] : null;
      }
      default:
        return super.read(tx, prop);
    }
  }
  get wrapText(): Excel.RangeFormat['wrapText'] {
    return this.value('wrapText');
  }
  set wrapText(v: Excel.RangeFormat['wrapText']) {
    this.remember('wrapText', v);
    this.range.applyFormat('format.wrapText', v, (c) => {
      c.format.wrap = Boolean(v);
    });
  }
  get horizontalAlignment(): Excel.RangeFormat['horizontalAlignment'] {
    return this.value('horizontalAlignment');
  }
  set horizontalAlignment(v: Excel.RangeFormat['horizontalAlignment']) {
    this.remember('horizontalAlignment', v);
    this.range.applyFormat('format.horizontalAlignment', v, (c) => {
      if (!ALIGNMENTS.has(v)) throw new FakeOfficeError('InvalidArgument', `Unknown alignment ${String(v)}.`);
      c.format.horizontal = v;
    });
  }
  get columnWidth(): Excel.RangeFormat['columnWidth'] {
    return this.value('columnWidth');
  }
  set columnWidth(v: Excel.RangeFormat['columnWidth']) {
    this.remember('columnWidth', v);
    this.range.runOp('format.columnWidth', { v }, (_tx, { sheet, rect }) => {
      assertWritable(sheet);
      if (typeof v !== 'number' || !(v >= 0)) throw new FakeOfficeError('InvalidArgument', 'A column width must be a non-negative number.');
      for (let c = rect.col; c < rect.col + rect.colCount; c += 1) sheet.columnWidths.set(c, v);
    });
  }
  get rowHeight(): Excel.RangeFormat['rowHeight'] {
    return this.value('rowHeight');
  }
  /** Approximates Excel's autofit from the longest displayed text (Calibri 11: about 7 points a character). */
  autofitColumns(): void {
    this.range.runOp('format.autofitColumns', {}, (tx, { sheet, rect }) => {
      assertWritable(sheet);
      tx.fresh();
      const longest = new Map<number, number>();
      for (const e of cellsIn(sheet, rect)) {
        const text = e.cell.error ? String(e.cell.value) : displayText(e.cell.value, e.cell.numberFormat, tx.wb.locale);
        longest.set(e.col, Math.max(longest.get(e.col) ?? 0, text.length));
      }
      for (let c = rect.col; c < rect.col + rect.colCount && c - rect.col < 1000; c += 1) {
        const chars = longest.get(c);
        sheet.columnWidths.set(c, chars === undefined ? DEFAULT_COLUMN_WIDTH : Math.max(12, Math.round(chars * 7 + 5)));
      }
    });
  }
  autofitRows(): void {
    this.range.runOp('format.autofitRows', {}, (_tx, { sheet }) => assertWritable(sheet));
  }
}

export const MAX_MERGED_AREAS_PER_CALL = 512;

/**
 * Moves relative A1 references by the copy's offset, as Excel does on paste; $-anchored parts stay.
 * Text constants and function names (a letter run followed by "(") are left alone.
 */
export function shiftReferences(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(/(^|[^A-Za-z0-9_.])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\d(A-Za-z_])/g, (_m, pre: string, dc: string, letters: string, dr: string, digits: string) => {
            const col = dc ? letters : columnLetters(columnNumber(letters) + dCol);
            const row = dr ? digits : String(Number(digits) + dRow);
            return `${pre}${dc}${col}${dr}${row}`;
          }),
    )
    .join('');
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function columnLetters(n: number): string {
  let out = '';
  for (let v = n; v > 0; v = Math.floor((v - 1) / 26)) out = String.fromCharCode(65 + ((v - 1) % 26)) + out;
  return out;
}

/** Merged areas that intersect the range (Excel.RangeAreas); a null object when there are none. */
export class RangeAreasProxy extends ProxyBase {
  protected readonly scalars = ['address', 'areaCount', 'cellCount'] as const;
  readonly areas: RangeCollectionProxy;
  constructor(private readonly range: RangeProxy) {
    super(range.batch, `${range.path}.getMergedAreasOrNullObject()`);
    this.areas = new RangeCollectionProxy(this);
    range.batch.watchNull(this);
  }
  merges(tx: Tx): { sheet: SheetModel; rects: Rect[] } | null {
    const t = this.range.resolve(tx);
    if (!t) return null;
    const rects = t.sheet.merges.filter((m) => intersects(m, t.rect)).sort((a, b) => a.row - b.row || a.col - b.col);
    return rects.length === 0 ? null : { sheet: t.sheet, rects };
  }
  get worksheet(): WorksheetProxy {
    return this.range.worksheet;
  }
  protected override isNull(tx: Tx): boolean {
    return this.merges(tx) === null;
  }
  /**
   * "If the merged areas count in this range is more than 512, then this method will fail to
   * return the result" (Range.getMergedAreasOrNullObject, ExcelApi 1.13 reference): the request fails.
   */
  override checkLimits(tx: Tx): void {
    const count = this.merges(tx)?.rects.length ?? 0;
    if (count > MAX_MERGED_AREAS_PER_CALL) {
      throw new FakeOfficeError('GeneralException', `The range has ${count} merged areas; getMergedAreasOrNullObject returns at most ${MAX_MERGED_AREAS_PER_CALL}.`);
    }
  }
  protected override child(name: string): ProxyBase | undefined {
    return name === 'areas' ? this.areas : undefined;
  }
  protected override read(tx: Tx, prop: string): unknown {
    const found = this.merges(tx);
    if (!found) throw new FakeOfficeError('ItemNotFound', 'The operation cannot be performed on a null object.');
    switch (prop) {
      case 'address':
        return found.rects.map((r) => qualifiedA1(found.sheet.name, r)).join(',');
      case 'areaCount':
        return found.rects.length;
      case 'cellCount':
        return found.rects.reduce((n, r) => n + r.rowCount * r.colCount, 0);
      default:
        return super.read(tx, prop);
    }
  }
  get address(): string {
    return this.value('address');
  }
  get areaCount(): number {
    return this.value('areaCount');
  }
  get cellCount(): number {
    return this.value('cellCount');
  }
}

export class RangeCollectionProxy extends ProxyBase {
  protected readonly scalars = [] as const;
  constructor(private readonly owner: RangeAreasProxy) {
    super(owner.batch, `${owner.path}.areas`);
  }
  override collect(tx: Tx, paths: readonly string[]): (() => void)[] {
    const found = this.owner.merges(tx);
    const rects = found?.rects ?? [];
    const itemPaths = paths.map((p) => p.replace(/^items\/?/, '')).filter((p) => p !== '');
    const items = rects.map(
      (rect, i) => new RangeProxy(this.batch, `${this.path}.items[${i}]`, this.owner.worksheet, () => ({ ...rect })),
    );
    const out = items.flatMap((item) => item.collect(tx, itemPaths));
    out.push(() => this.loaded.set('items', items));
    return out;
  }
  get items(): RangeProxy[] {
    return this.value('items');
  }
}

function findCf(tx: Tx, range: RangeProxy, id: number): { sheet: SheetModel; cf: CfModel } {
  const { sheet } = range.target(tx);
  const cf = sheet.conditionalFormats.find((x) => x.id === id);
  if (!cf) throw new FakeOfficeError('ItemNotFound', 'The conditional format does not exist.');
  return { sheet, cf };
}

/** The types the fake adds; the criteria of a colour scale or data bar are not modelled (Excel's defaults). */
const CF_TYPES = ['CellValue', 'ContainsText', 'Custom', 'ColorScale', 'DataBar'];

/**
 * Range.conditionalFormats (ExcelApi 1.6): "a collection of all the conditional formats that are
 * overlap the range" (ConditionalFormatCollection, Excel JavaScript API reference), so a format
 * reaching beyond the range is listed whole, and one beside it is not.
 */
export class ConditionalFormatCollectionProxy extends ProxyBase {
  protected readonly scalars = [] as const;
  constructor(private readonly range: RangeProxy) {
    super(range.batch, `${range.path}.conditionalFormats`);
  }
  add(type: Excel.ConditionalFormatType | string): ConditionalFormatProxy {
    const id = this.batch.host.nextId();
    this.range.runOp('conditionalFormats.add', { type }, (_tx, { sheet, rect }) => {
      assertWritable(sheet);
      if (!CF_TYPES.includes(type)) {
        throw new FakeOfficeError('InvalidArgument', `The fake supports ${CF_TYPES.join(', ')} rules, not ${type}.`);
      }
      sheet.conditionalFormats.push({ id, ranges: [{ ...rect }], type, rule: null, format: {} });
    });
    return new ConditionalFormatProxy(this.range, id, `${this.range.path}.cf(${id})`);
  }
  clearAll(): void {
    this.range.runOp('conditionalFormats.clearAll', {}, (_tx, { sheet, rect }) => {
      assertWritable(sheet);
      trimConditionalFormats(sheet, rect);
    });
  }
  getCount(): FakeClientResult<number> {
    const result = new FakeClientResult<number>();
    this.range.runOp('conditionalFormats.getCount', {}, (tx, { sheet, rect }) => {
      const n = sheet.conditionalFormats.filter((cf) => cf.ranges.some((r) => intersects(r, rect))).length;
      tx.deliveries.push(() => result.set(n));
    });
    return result;
  }
  override collect(tx: Tx, paths: readonly string[]): (() => void)[] {
    const { sheet, rect } = this.range.target(tx);
    const found = sheet.conditionalFormats.filter((cf) => cf.ranges.some((r) => intersects(r, rect)));
    const itemPaths = paths.map((p) => p.replace(/^items\/?/, '')).filter((p) => p !== '');
    const items = found.map((cf, i) => new ConditionalFormatProxy(this.range, cf.id, `${this.path}.items[${i}]`));
    const out = items.flatMap((item) => item.collect(tx, itemPaths));
    out.push(() => this.loaded.set('items', items));
    return out;
  }
  get items(): ConditionalFormatProxy[] {
    return this.value('items');
  }
}

export class ConditionalFormatProxy extends ProxyBase {
  protected readonly scalars = ['type', 'id'] as const;
  readonly cellValue: RuleProxy;
  /** ExcelApi 1.6: the same, or a null object when the format is not of the CellValue type. */
  readonly cellValueOrNullObject: RuleProxy;
  readonly textComparison: RuleProxy;
  readonly custom: RuleProxy;
  constructor(private readonly range: RangeProxy, private readonly cfId: number, path: string) {
    super(range.batch, path);
    this.cellValue = new RuleProxy(range, cfId, 'CellValue', `${this.path}.cellValue`);
    this.cellValueOrNullObject = new RuleProxy(range, cfId, 'CellValue', `${this.path}.cellValueOrNullObject`, true);
    this.textComparison = new RuleProxy(range, cfId, 'ContainsText', `${this.path}.textComparison`);
    this.custom = new RuleProxy(range, cfId, 'Custom', `${this.path}.custom`);
  }
  protected override child(name: string): ProxyBase | undefined {
    if (name === 'cellValue') return this.cellValue;
    if (name === 'cellValueOrNullObject') return this.cellValueOrNullObject;
    return undefined;
  }
  protected override read(tx: Tx, prop: string): unknown {
    const { cf } = findCf(tx, this.range, this.cfId);
    if (prop === 'type') return cf.type;
    if (prop === 'id') return String(cf.id);
    return super.read(tx, prop);
  }
  get type(): string {
    return this.value('type');
  }
  get id(): string {
    return this.value('id');
  }
  delete(): void {
    this.range.runOp('cf.delete', { id: this.cfId }, (tx, { sheet }) => {
      assertWritable(sheet);
      findCf(tx, this.range, this.cfId);
      sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => cf.id !== this.cfId);
    });
  }
  /**
   * "Returns the range to which the conditional format is applied. If the conditional format is
   * applied to multiple ranges, then this method returns an object with its isNullObject property
   * set to true" (ConditionalFormat.getRangeOrNullObject, ExcelApi 1.6).
   */
  getRangeOrNullObject(): RangeProxy {
    return this.appliedTo('getRangeOrNullObject', true);
  }
  /** "Throws an error if the conditional format is applied to multiple ranges" (getRange, ExcelApi 1.6). */
  getRange(): RangeProxy {
    return this.appliedTo('getRange', false);
  }
  private appliedTo(name: string, nullable: boolean): RangeProxy {
    const id = this.cfId;
    return new RangeProxy(this.batch, `${this.path}.${name}()`, this.range.worksheet, (_tx, sheet) => {
      const cf = sheet.conditionalFormats.find((x) => x.id === id);
      return cf && cf.ranges.length === 1 ? { ...cf.ranges[0]! } : null;
    }, nullable);
  }
}

/** cellValue / textComparison / custom: a rule and a format, valid only for the matching type. */
class RuleProxy extends ProxyBase {
  protected readonly scalars = ['rule'] as const;
  readonly format: CfFormatProxy;
  private customRule: CustomRuleProxy | undefined;
  constructor(readonly range: RangeProxy, readonly id: number, readonly kind: string, path: string, private readonly nullable = false) {
    super(range.batch, path);
    this.format = new CfFormatProxy(this);
  }
  mutate(label: string, v: unknown, fn: (cf: CfModel) => void): void {
    this.range.runOp(label, { id: this.id, v }, (tx, { sheet }) => {
      assertWritable(sheet);
      const { cf } = findCf(tx, this.range, this.id);
      if (cf.type !== this.kind) throw new FakeOfficeError('InvalidOperation', `A ${cf.type} rule has no ${this.kind} part.`);
      fn(cf);
    });
  }
  protected override isNull(tx: Tx): boolean {
    return this.nullable && findCf(tx, this.range, this.id).cf.type !== this.kind;
  }
  protected override child(name: string): ProxyBase | undefined {
    return name === 'format' ? this.format : undefined;
  }
  /** The format of this rule's conditional format; reading it of another type fails, as `rule` does. */
  modelFormat(tx: Tx): CellFormat {
    const { cf } = findCf(tx, this.range, this.id);
    if (cf.type !== this.kind) throw new FakeOfficeError('InvalidOperation', 'This operation is not permitted for the current object.');
    return cf.format;
  }
  protected override read(tx: Tx, prop: string): unknown {
    const { cf } = findCf(tx, this.range, this.id);
    // The plain property of another type is refused, failing the request; *OrNullObject reads as null.
    if (cf.type !== this.kind) throw new FakeOfficeError('InvalidOperation', 'This operation is not permitted for the current object.');
    if (prop === 'rule') return cf.rule ? { ...cf.rule } : null;
    return super.read(tx, prop);
  }
  get rule(): Excel.ConditionalCellValueRule & Excel.ConditionalTextComparisonRule & CustomRuleProxy {
    if (this.kind === 'Custom') {
      this.customRule ??= new CustomRuleProxy(this);
      return this.customRule as unknown as Excel.ConditionalCellValueRule & Excel.ConditionalTextComparisonRule & CustomRuleProxy;
    }
    return this.value('rule');
  }
  set rule(v: Excel.ConditionalCellValueRule | Excel.ConditionalTextComparisonRule | CustomRuleProxy) {
    this.remember('rule', v);
    this.mutate('rule', v, (cf) => {
      cf.rule = { ...(v as unknown as Record<string, unknown>) };
    });
  }
}

class CustomRuleProxy extends ProxyBase {
  protected readonly scalars = ['formula'] as const;
  constructor(private readonly owner: RuleProxy) {
    super(owner.batch, `${owner.path}.rule`);
  }
  get formula(): string {
    return this.value('formula');
  }
  set formula(v: string) {
    this.remember('formula', v);
    this.owner.mutate('custom.rule.formula', v, (cf) => {
      cf.rule = { formula: v };
    });
  }
}

/**
 * ConditionalRangeFormat (ExcelApi 1.6): its font and fill are set, and loaded
 * ("items/cellValueOrNullObject/format/fill/color"); a colour never set reads as null.
 */
class CfFormatProxy extends ProxyBase {
  protected readonly scalars = [] as const;
  readonly font: CfFontProxy;
  readonly fill: CfFillProxy;
  constructor(readonly owner: RuleProxy) {
    super(owner.batch, `${owner.path}.format`);
    this.font = new CfFontProxy(this);
    this.fill = new CfFillProxy(this);
  }
  protected override child(name: string): ProxyBase | undefined {
    if (name === 'font') return this.font;
    if (name === 'fill') return this.fill;
    return undefined;
  }
  /** The format of the rule's conditional format, as the model holds it now. */
  model(tx: Tx): CellFormat {
    return this.owner.modelFormat(tx);
  }
}

class CfFontProxy extends ProxyBase {
  protected readonly scalars = ['bold', 'italic', 'color'] as const;
  constructor(private readonly format: CfFormatProxy) {
    super(format.batch, `${format.path}.font`);
  }
  protected override read(tx: Tx, prop: string): unknown {
    const f = this.format.model(tx);
    if (prop === 'bold') return f.bold ?? false;
    if (prop === 'italic') return f.italic ?? false;
    if (prop === 'color') return f.fontColor ?? null;
    return super.read(tx, prop);
  }
  get bold(): boolean {
    return this.value('bold');
  }
  set bold(v: boolean) {
    this.remember('bold', v);
    this.format.owner.mutate('format.font.bold', v, (cf) => (cf.format.bold = Boolean(v)));
  }
  get italic(): boolean {
    return this.value('italic');
  }
  set italic(v: boolean) {
    this.remember('italic', v);
    this.format.owner.mutate('format.font.italic', v, (cf) => (cf.format.italic = Boolean(v)));
  }
  get color(): string {
    return this.value('color');
  }
  set color(v: string) {
    this.remember('color', v);
    this.format.owner.mutate('format.font.color', v, (cf) => (cf.format.fontColor = normalizeColor(v)));
  }
}

class CfFillProxy extends ProxyBase {
  protected readonly scalars = ['color'] as const;
  constructor(private readonly format: CfFormatProxy) {
    super(format.batch, `${format.path}.fill`);
  }
  protected override read(tx: Tx, prop: string): unknown {
    if (prop === 'color') return this.format.model(tx).fill ?? null;
    return super.read(tx, prop);
  }
  get color(): string {
    return this.value('color');
  }
  set color(v: string) {
    this.remember('color', v);
    this.format.owner.mutate('format.fill.color', v, (cf) => (cf.format.fill = normalizeColor(v)));
  }
}
