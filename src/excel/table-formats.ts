import { columnIndex, columnLetter } from '../domain/api/cells';
import { ownsConditionalFormat, sameSheet, type ConditionalRuleShape } from '../domain/api/workbook';
import type { OwnershipMarker } from '../domain/api/marker';
import { rectFromAddress, rectsIntersect } from './a1';
import { columnRects } from './encode';
import type { Rect, WriteOp } from './ops';

/*
 * A re-run clears the tool's columns on the user's table sheet. The conditional formats there are
 * told apart by the rule both adapters share (ownsConditionalFormat): the tool's own go, a user's
 * stays. Office.js names types and operators its own way ("CellValue", "EqualTo"); they are mapped
 * here to the names a workbook stores (ECMA-376 Part 1, the simple types ST_CfType and
 * ST_ConditionalFormattingOperator), which the rule speaks.
 *
 * Reading takes two steps, each riding on a request the write makes anyway: the formats over the
 * columns (ConditionalFormatCollection, ExcelApi 1.6) with the preflight, then the range each applies
 * to (ConditionalFormat.getRangeOrNullObject) with the first read of the tool's cells.
 */

const TYPES: Readonly<Record<string, string>> = {
  CellValue: 'cellIs',
  Custom: 'expression',
  ColorScale: 'colorScale',
  DataBar: 'dataBar',
  IconSet: 'iconSet',
  TopBottom: 'top10',
  ContainsText: 'containsText',
};

const OPERATORS: Readonly<Record<string, string>> = {
  EqualTo: 'equal',
  NotEqualTo: 'notEqual',
  GreaterThan: 'greaterThan',
  GreaterThanOrEqual: 'greaterThanOrEqual',
  LessThan: 'lessThan',
  LessThanOrEqual: 'lessThanOrEqual',
  Between: 'between',
  NotBetween: 'notBetween',
};

/** A format's only rule as a workbook stores it: formulas without the "=" Office.js puts before them. */
export function ruleShape(
  type: string,
  rule: { formula1?: string; formula2?: string; operator?: string } | null,
  look?: ConditionalRuleShape['look'],
): ConditionalRuleShape {
  // A type with no stored name (PresetCriteria stands for several) keeps Office.js's: never "cellIs".
  const shape: ConditionalRuleShape = { type: TYPES[type] ?? type, formulas: [], ...(look ? { look } : {}) };
  if (type !== 'CellValue' || !rule) return shape;
  const formulas = [rule.formula1, rule.formula2].filter((f): f is string => typeof f === 'string' && f !== '').map((f) => (f.startsWith('=') ? f.slice(1) : f));
  const operator = rule.operator ? OPERATORS[rule.operator] ?? rule.operator : undefined;
  return operator === undefined ? { ...shape, formulas } : { ...shape, operator, formulas };
}

/** A colour as Office.js gives it; none (null or empty) as null. */
function colorOrNull(color: string | null | undefined): string | null {
  return typeof color === 'string' && color !== '' ? color : null;
}

/** Consecutive columns as whole-column addresses ("H:J"), grouped as the clears group them. */
function columnGroups(columns: readonly number[]): string[] {
  return columnRects(columns, { first: 0, last: 0 }).map((r) => `${columnLetter(r.col)}:${columnLetter(r.col + r.colCount - 1)}`);
}

/** The formats over the columns a re-run clears, asked for and not yet answered. */
export interface TableFormatsRead {
  readonly sheet: string;
  readonly columns: readonly number[];
  readonly collections: readonly Excel.ConditionalFormatCollection[];
  ranges?: Map<Excel.ConditionalFormat, Excel.Range>;
}

/** Step one: every format overlapping the columns, with its type and, for a cell value rule, the rule. */
export function queueFormats(context: Excel.RequestContext, sheet: string, columns: readonly number[]): TableFormatsRead {
  const ws = context.workbook.worksheets.getItem(sheet);
  const collections = columnGroups(columns).map((address) => {
    const formats = ws.getRange(address).conditionalFormats;
    // cellValueOrNullObject: loading cellValue itself fails the request when any format listed is of
    // another type.
    // The colours tell the tool's formats from a user's testing the same label (ownsConditionalFormat).
    formats.load('items/id,items/type,items/cellValueOrNullObject/rule,items/cellValueOrNullObject/format/fill/color,items/cellValueOrNullObject/format/font/color');
    return formats;
  });
  return { sheet, columns: [...columns], collections };
}

/** Step two, once step one is answered: the range each format applies to (a null object when several). */
export function queueRanges(read: TableFormatsRead): void {
  const ranges = new Map<Excel.ConditionalFormat, Excel.Range>();
  for (const formats of read.collections) {
    for (const format of formats.items) {
      const range = format.getRangeOrNullObject();
      range.load('address');
      ranges.set(format, range);
    }
  }
  read.ranges = ranges;
}

/** True when step one was answered (a request that failed or was never sent answers nothing). */
export function formatsLoaded(read: TableFormatsRead): boolean {
  try {
    for (const formats of read.collections) void formats.items.length;
    return true;
  } catch {
    return false;
  }
}

/** True when step two was answered. */
export function rangesLoaded(read: TableFormatsRead): boolean {
  if (!read.ranges) return false;
  try {
    for (const range of read.ranges.values()) if (!range.isNullObject) void range.address;
    return true;
  } catch {
    return false;
  }
}

/** Rows of a sheet (Excel's limit): a whole-column address spans them all. */
const SHEET_ROWS = 1_048_576;

/** Where a format applies, from its range's address; whole columns ("Bảng!H:H") included. */
export function appliedRect(address: string): Rect | null {
  const rect = rectFromAddress(address);
  if (rect) return rect;
  const local = address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, '');
  const m = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(local.trim());
  if (!m) return null;
  const [a, b] = [columnIndex(m[1]!.toUpperCase()), columnIndex(m[2]!.toUpperCase())];
  return { row: 0, col: Math.min(a, b), rowCount: SHEET_ROWS, colCount: Math.abs(a - b) + 1 };
}

interface FormatEntry {
  /** Names the format in the write's ops: its id, type and range. */
  readonly key: string;
  readonly format: Excel.ConditionalFormat;
  /** Where it applies; null when it applies to several ranges. */
  readonly rect: Rect | null;
  readonly owned: boolean;
}

/** What the write does with the formats over the tool's columns. */
export type TableFormats =
  | { readonly sheet: string; readonly known: true; readonly entries: readonly FormatEntry[] }
  /** The host did not answer: every format is kept, as the user's may be among them. */
  | { readonly sheet: string; readonly known: false };

/** Decides, for each format read, whether it is the tool's: by the shared rule, from the previous marker. */
export function resolveFormats(read: TableFormatsRead, previous: OwnershipMarker | null): TableFormats {
  if (!formatsLoaded(read) || !rangesLoaded(read)) return { sheet: read.sheet, known: false };
  const seen = new Set<string>();
  const entries: FormatEntry[] = [];
  for (const formats of read.collections) {
    for (const format of formats.items) {
      const range = read.ranges!.get(format)!;
      // A format over two groups of columns is listed by both. Its id alone is not trusted to be
      // the same in both lists (the reference describes it as the format's priority in "the current
      // ConditionalFormatCollection"), so where it applies and its type must match too.
      const key = JSON.stringify([format.id, format.type, range.isNullObject ? null : range.address]);
      if (seen.has(key)) continue;
      seen.add(key);
      const rect = range.isNullObject ? null : appliedRect(range.address);
      const cellValue = format.cellValueOrNullObject;
      const rule = cellValue.isNullObject ? null : cellValue.rule;
      const look = cellValue.isNullObject ? undefined : { fill: colorOrNull(cellValue.format.fill.color), fontColor: colorOrNull(cellValue.format.font.color) };
      // A format applied to several ranges is never one the tool wrote (it writes one range each).
      const owned = rect !== null && ownsConditionalFormat(previous, read.sheet, { first: rect.col, last: rect.col + rect.colCount - 1 }, [ruleShape(format.type, rule, look)]);
      entries.push({ key, format, rect, owned });
    }
  }
  return { sheet: read.sheet, known: true, entries };
}

/** The formats to delete, by key, for the executor to find. */
export function ownedFormats(formats: TableFormats): Map<string, Excel.ConditionalFormat> {
  const out = new Map<string, Excel.ConditionalFormat>();
  if (formats.known) for (const e of formats.entries) if (e.owned) out.set(e.key, e.format);
  return out;
}

/**
 * The write's ops with the table sheet's formats handled: the tool's deleted before the first clear
 * of its columns, and each clear that a kept format overlaps made to leave formats (clear('All')
 * would cut the user's format out of the cleared cells).
 */
export function withTableFormats(ops: readonly WriteOp[], formats: TableFormats): WriteOp[] {
  const owned = [...ownedFormats(formats).keys()];
  const kept = formats.known ? formats.entries.filter((e) => !e.owned) : null;
  const out: WriteOp[] = [];
  let deleted = owned.length === 0;
  for (const op of ops) {
    if (op.kind !== 'clearRect' || !sameSheet(op.sheet, formats.sheet)) {
      out.push(op);
      continue;
    }
    if (!deleted) {
      out.push({ kind: 'deleteFormats', sheet: formats.sheet, keys: owned });
      deleted = true;
    }
    const overlapped = kept === null || kept.some((e) => e.rect === null || rectsIntersect(e.rect, op.rect));
    out.push(overlapped ? { ...op, keepFormats: true } : op);
  }
  return out;
}

/** Only when the write clears the previous run's columns on the table sheet and the host has conditional formats. */
export function tableFormatsNeeded(previous: OwnershipMarker | null, clearTableColumns: readonly number[], sheets: readonly string[]): string | null {
  if (!previous?.tableSheet || !previous.tableRows || clearTableColumns.length === 0) return null;
  return sheets.find((s) => sameSheet(s, previous.tableSheet!)) ?? null;
}
