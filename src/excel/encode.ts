import { sheetRef } from '../domain/address';
import { sheetKey } from '../domain/plan/sheet-names';
import type { CellStyle, OwnershipMarker, PlanBlock, PlanCell, PlanSheet, WritePlan } from '../domain/plan/types';
import type { FormulaInput, Rect, WriteOp } from './ops';
import { utf8Length } from './ops';

/*
 * Turns a write plan into Office.js writes: whole rectangles (values and formulas in one
 * `formulas` array, null where a cell is left as it is), number formats as arrays, styles as
 * rectangles of equal style, so the request size follows the data, not the number of cells touched.
 */

/**
 * Everything is written through Range.formulas, which Excel reads the way it reads typing: a
 * leading apostrophe makes the rest text. Every string gets one, so "=1+1", "+84 ...", "-", "@x",
 * "1.10" or "TRUE" typed by a user come back exactly as the same text, never as a formula, a
 * number or a boolean. The apostrophe is not part of the stored value.
 */
export function formulaInput(cell: PlanCell): FormulaInput {
  if (cell.formula !== undefined) return cell.formula.startsWith('=') ? cell.formula : `=${cell.formula}`;
  const value = cell.value;
  if (value === undefined) return null;
  if (value === null || value === '') return '';
  if (typeof value === 'string') return `'${value}`;
  if (typeof value === 'number' && !Number.isFinite(value)) return '';
  return value;
}

/** Excel's hyperlink blue, with the underline a link shows, when the plan gives no colour of its own. */
export const LINK_COLOR = '#0563C1';

interface StyledCell {
  readonly style: CellStyle;
  readonly underline: boolean;
}

function styleOf(cell: PlanCell): StyledCell | null {
  if (cell.link) {
    const style = cell.style?.fontColor ? cell.style : { ...(cell.style ?? {}), fontColor: LINK_COLOR };
    return { style, underline: true };
  }
  if (!cell.style || Object.keys(cell.style).length === 0) return null;
  return { style: cell.style, underline: false };
}

function styleKey(styled: StyledCell): string {
  const s = styled.style;
  return JSON.stringify([s.bold ?? null, s.italic ?? null, s.fill ?? null, s.fontColor ?? null, s.wrap ?? null, s.horizontal ?? null, styled.underline]);
}

function hasAny<T>(rows: readonly (readonly (T | null)[])[]): boolean {
  return rows.some((row) => row.some((v) => v !== null));
}

/**
 * Splits a block into horizontal bands of at most `maxBandBytes` each (a band is written by one
 * formulas op and one numberFormat op); rows with nothing to write end a band and are skipped.
 */
function blockContentOps(sheet: string, block: PlanBlock, maxBandBytes: number): WriteOp[] {
  const ops: WriteOp[] = [];
  let start = -1;
  let formulas: FormulaInput[][] = [];
  let formats: (string | null)[][] = [];
  let bytes = 0;
  const flush = () => {
    if (start >= 0) {
      if (hasAny(formulas)) ops.push({ kind: 'formulas', sheet, row: block.row + start, col: block.col, cells: formulas });
      if (hasAny(formats)) ops.push({ kind: 'numberFormat', sheet, row: block.row + start, col: block.col, cells: formats });
    }
    start = -1;
    formulas = [];
    formats = [];
    bytes = 0;
  };
  block.cells.forEach((line, r) => {
    const f = line.map((cell) => (cell ? formulaInput(cell) : null));
    const n = line.map((cell) => cell?.numberFormat ?? null);
    const rowHasContent = f.some((v) => v !== null) || n.some((v) => v !== null);
    if (!rowHasContent) {
      flush();
      return;
    }
    const rowBytes = utf8Length(JSON.stringify(f)) + utf8Length(JSON.stringify(n)) + 2;
    if (start >= 0 && bytes + rowBytes > maxBandBytes) flush();
    if (start < 0) start = r;
    formulas.push(f);
    formats.push(n);
    bytes += rowBytes;
  });
  flush();
  return ops;
}

/** Vertical runs of equal style per column, then side-by-side runs merged into one rectangle. */
function blockStyleOps(sheet: string, block: PlanBlock): WriteOp[] {
  const width = Math.max(0, ...block.cells.map((line) => line.length));
  const runs = new Map<string, { rowStart: number; rowCount: number; cols: number[]; styled: StyledCell }>();
  for (let c = 0; c < width; c++) {
    let openKey: string | null = null;
    let openStart = 0;
    let openStyle: StyledCell | null = null;
    // One step past the last row closes the run still open.
    for (let r = 0; r <= block.cells.length; r++) {
      const cell = block.cells[r]?.[c] ?? null;
      const styled = cell ? styleOf(cell) : null;
      const key = styled ? styleKey(styled) : null;
      if (key === openKey) continue;
      if (openKey !== null && openStyle) {
        const id = `${openStart}:${r}:${openKey}`;
        const run = runs.get(id) ?? { rowStart: openStart, rowCount: r - openStart, cols: [], styled: openStyle };
        run.cols.push(c);
        runs.set(id, run);
      }
      openKey = key;
      openStart = r;
      openStyle = styled;
    }
  }
  const ops: WriteOp[] = [];
  for (const run of runs.values()) {
    let first = run.cols[0]!;
    let prev = first;
    const emit = (last: number) =>
      ops.push({
        kind: 'style',
        sheet,
        rect: { row: block.row + run.rowStart, col: block.col + first, rowCount: run.rowCount, colCount: last - first + 1 },
        style: run.styled.style,
        underline: run.styled.underline,
      });
    for (const col of run.cols.slice(1)) {
      if (col !== prev + 1) {
        emit(prev);
        first = col;
      }
      prev = col;
    }
    emit(prev);
  }
  return ops;
}

function blockLinkOps(sheet: string, block: PlanBlock): WriteOp[] {
  const ops: WriteOp[] = [];
  block.cells.forEach((line, r) =>
    line.forEach((cell, c) => {
      if (!cell?.link) return;
      const text = cell.value === null || cell.value === undefined ? '' : String(cell.value);
      ops.push({ kind: 'link', sheet, row: block.row + r, col: block.col + c, target: sheetRef(cell.link.sheet, cell.link.cell), text });
    }),
  );
  return ops;
}

/** exceljs widths count characters of the default font; Office.js wants points (7 px per character plus padding, 0.75 pt per px). */
export function widthToPoints(width: number): number {
  return Math.round((width * 7 + 5) * 0.75 * 100) / 100;
}

export function encodeSheet(sheet: PlanSheet, mode: 'add' | 'clear' | 'inPlace', maxBandBytes: number): WriteOp[] {
  const ops: WriteOp[] = [];
  if (mode === 'add') ops.push({ kind: 'addSheet', sheet: sheet.name });
  if (mode === 'clear') ops.push({ kind: 'clearSheet', sheet: sheet.name });
  for (const block of sheet.blocks) ops.push(...blockContentOps(sheet.name, block, maxBandBytes));
  for (const block of sheet.blocks) ops.push(...blockStyleOps(sheet.name, block));
  for (const block of sheet.blocks) ops.push(...blockLinkOps(sheet.name, block));
  for (const { col, width } of sheet.columnWidths) ops.push({ kind: 'columnWidth', sheet: sheet.name, col, points: widthToPoints(width) });
  for (const format of sheet.conditionalFormats) ops.push({ kind: 'conditionalFormat', sheet: sheet.name, format });
  if (sheet.freeze && (sheet.freeze.rows > 0 || sheet.freeze.cols > 0)) {
    ops.push({ kind: 'freeze', sheet: sheet.name, rows: sheet.freeze.rows, cols: sheet.freeze.cols });
  }
  return ops;
}

/** Excel's standard column width (8.43 characters of Calibri 11, 64 px) in points. */
export const STANDARD_WIDTH_POINTS = 48;

/** Consecutive columns grouped, so clearing four adjacent owned columns is one rectangle. */
export function columnRects(columns: Iterable<number>, rows: { first: number; last: number }): Rect[] {
  const sorted = [...new Set(columns)].sort((a, b) => a - b);
  const rects: Rect[] = [];
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    rects.push({ row: rows.first, col: sorted[i]!, rowCount: rows.last - rows.first + 1, colCount: sorted[j]! - sorted[i]! + 1 });
    i = j + 1;
  }
  return rects;
}

export function ownsNothing(marker: OwnershipMarker): boolean {
  return marker.sheets.length === 0 && marker.tableColumns.length === 0;
}

/**
 * While a write is under way the stored marker claims both what was owned before and what this
 * run is about to write: if Excel stops part way, "remove results" still finds every cell and
 * sheet the tool touched, and nothing else.
 */
export function interimMarker(previous: OwnershipMarker | null, next: OwnershipMarker): OwnershipMarker {
  if (!previous) return next;
  const sameTable = previous.tableSheet === null || next.tableSheet === null || sheetKey(previous.tableSheet) === sheetKey(next.tableSheet);
  const sheets = [...next.sheets];
  for (const s of previous.sheets) if (!sheets.some((t) => sheetKey(t) === sheetKey(s))) sheets.push(s);
  if (!sameTable) return { ...next, sheets };
  const tableSheet = next.tableSheet ?? previous.tableSheet;
  const tableColumns = [...new Set([...previous.tableColumns, ...next.tableColumns])].sort((a, b) => a - b);
  const spans = [previous.tableRows, next.tableRows].filter((s): s is { first: number; last: number } => s !== null);
  const tableRows = spans.length === 0 ? null : { first: Math.min(...spans.map((s) => s.first)), last: Math.max(...spans.map((s) => s.last)) };
  return { ...next, tableSheet, tableColumns, tableRows, sheets };
}

export interface EncodeContext {
  /** Current marker read from the workbook right before writing. */
  readonly previous: OwnershipMarker | null;
  /** Names of the worksheets that exist now (any case). */
  readonly existingSheets: readonly string[];
  readonly markerSheetExists: boolean;
  readonly maxBandBytes: number;
  readonly serialize: (marker: OwnershipMarker) => string;
}

/** The whole write, in the order documented on WritePlan. */
export function encodePlan(plan: WritePlan, ctx: EncodeContext): WriteOp[] {
  const exists = new Set(ctx.existingSheets.map(sheetKey));
  const ops: WriteOp[] = [];
  const finalOwnsNothing = ownsNothing(plan.marker);
  if (!finalOwnsNothing || ctx.markerSheetExists) {
    ops.push({ kind: 'beginMarker', text: ctx.serialize(interimMarker(ctx.previous, plan.marker)), create: !ctx.markerSheetExists });
  }
  for (const name of plan.deleteSheets) {
    if (exists.has(sheetKey(name))) ops.push({ kind: 'deleteSheet', sheet: name });
  }
  const previous = ctx.previous;
  // Only the columns the plan names: a plan that leaves the table columns out keeps them.
  if (previous?.tableSheet && previous.tableRows && plan.clearTableColumns.length > 0 && exists.has(sheetKey(previous.tableSheet))) {
    const columns = new Set<number>(plan.clearTableColumns);
    for (const rect of columnRects(columns, previous.tableRows)) ops.push({ kind: 'clearRect', sheet: previous.tableSheet, rect });
    // Widths are not recorded in the marker: the tool's columns go back to Excel's standard width
    // (a rewrite below sets its own widths again).
    for (const col of columns) ops.push({ kind: 'columnWidth', sheet: previous.tableSheet, col, points: STANDARD_WIDTH_POINTS });
  }
  const deleted = new Set(plan.deleteSheets.map(sheetKey));
  for (const sheet of plan.sheets) {
    const present = exists.has(sheetKey(sheet.name)) && !deleted.has(sheetKey(sheet.name));
    const mode = !sheet.owned ? 'inPlace' : present ? 'clear' : 'add';
    ops.push(...encodeSheet(sheet, mode, ctx.maxBandBytes));
  }
  if (finalOwnsNothing) {
    if (ctx.markerSheetExists) ops.push({ kind: 'deleteMarker' });
  } else {
    ops.push({ kind: 'endMarker', text: ctx.serialize(plan.marker) });
  }
  return ops;
}
