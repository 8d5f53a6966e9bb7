import { a1, rangeA1 } from '../address';
import { BAD_STYLE, GOOD_STYLE } from './check-styles';
import type { Analysis } from '../analysis';
import { subFixed, toPoints, type Fixed } from '../fixed';
import { cellAt, type Grid } from '../grid';
import { translator } from '../../i18n';
import type { Translate } from '../../i18n/types';
import type { ScoreLine } from '../score/types';
import { CENTER_STYLE, HEADER_STYLE, POINTS_FORMAT, WRAP_STYLE, textCell } from './cells';
import { differenceFormula, maxCheckFormula, percentFormula, subtotalCheckFormula, sumFormula, sumValue } from './formulas';
import { pointColumns, type NumberOperand, type PointColumns, type TableNumbers } from './operands';
import { followGrowth } from './grown-table';
import { ownsTableOn } from './ownership';
import { rowsBlock, type RowRun } from './row-blocks';
import type { ConditionalFormat, OwnershipMarker, PlanCell, PlanConflict, PlanSheet } from './types';

/** Columns A to XFD. */
const SHEET_COLUMNS = 16_384;

export type OutputColumn = 'subtotal' | 'lost' | 'gap' | 'percent' | 'check' | 'notes';

const WIDTHS: Readonly<Record<OutputColumn, number>> = {
  subtotal: 16,
  lost: 12,
  gap: 14,
  percent: 12,
  check: 12,
  notes: 50,
};

const HEADER_KEYS: Readonly<Record<OutputColumn, string>> = {
  subtotal: 'sheet.col.subtotal',
  lost: 'sheet.col.lost',
  gap: 'sheet.col.gap',
  percent: 'sheet.col.percent',
  check: 'sheet.col.check',
  notes: 'sheet.col.notes',
};


interface TableColumnsResult {
  readonly sheet: PlanSheet;
  readonly columns: readonly number[];
  readonly rows: { readonly first: number; readonly last: number };
  readonly conflicts: readonly PlanConflict[];
  /** The previous run's last row and the table's now, when it reaches below it (grown-table.ts). */
  readonly grown?: { readonly from: number; readonly last: number };
}

/** Which output columns make sense for the columns the table has. */
export function outputColumns(analysis: Analysis): readonly OutputColumn[] {
  const roles = pointColumns(analysis);
  if (analysis.table.layout.shape !== 'score' || roles.score === undefined) return ['notes'];
  const out: OutputColumn[] = ['subtotal'];
  if (roles.max !== undefined) out.push('lost');
  if (roles.target !== undefined) out.push('gap');
  if (roles.max !== undefined) out.push('percent');
  out.push('check', 'notes');
  return out;
}

/**
 * Right of the table with one blank column between, or where the previous run wrote, so a re-run
 * updates its own columns rather than adding new ones.
 */
function firstOutputColumn(analysis: Analysis, previous: OwnershipMarker | null): number {
  const { lastUsedCol } = analysis.table.layout;
  if (previous && ownsTableOn(previous, analysis.sheet) && previous.tableColumns.length > 0) {
    const start = Math.min(...previous.tableColumns);
    if (start > lastUsedCol) return start;
  }
  return lastUsedCol + 2;
}

/** One row's values for the stated columns, whatever kind of row it is. */
interface RowFigures {
  readonly row: number;
  readonly max: Fixed | null;
  readonly score: Fixed | null;
  readonly target: Fixed | null;
  /** Rows summed into the recomputed subtotal; null for leaves. */
  readonly children: { readonly rows: readonly number[] } | null;
}

function figuresOf(line: ScoreLine): RowFigures {
  return {
    row: line.row,
    max: line.max,
    score: line.score,
    target: line.target,
    children:
      line.childRows.length > 0 ? { rows: line.childRows } : null,
  };
}

function totalFigures(analysis: Analysis): RowFigures | null {
  const { stated, byArea } = analysis.totals;
  if (stated.row === null || analysis.lines.some((l) => l.row === stated.row)) return null;
  const areaRows = byArea.map((a) => a.row).filter((r): r is number => r !== null);
  return {
    row: stated.row,
    max: stated.max,
    score: stated.score,
    target: stated.target,
    children: areaRows.length > 0 ? { rows: areaRows } : null,
  };
}

function blankIfNull(value: Fixed | null): number | string {
  return value === null ? '' : toPoints(value);
}

function percentOf(score: Fixed | null, max: Fixed | null): number | string {
  if (score === null || max === null || max === 0) return '';
  return Math.round((score / max) * 10_000) / 100;
}

interface Context {
  readonly analysis: Analysis;
  readonly roles: PointColumns;
  readonly colOf: ReadonlyMap<OutputColumn, number>;
  readonly tolerance: Fixed;
  readonly t: Translate;
  readonly numbers: TableNumbers;
}

/** One row's cell for each of `kinds`, in that order (null where the row has none). */
function figureCells(kinds: readonly OutputColumn[], f: RowFigures, ctx: Context, lineLookup: ReadonlyMap<number, ScoreLine>): (PlanCell | null)[] {
  const { roles, numbers } = ctx;
  // The operands are read once for the row, not once for each column that uses them.
  const score = numbers.operand(f.row, roles.score!);
  const max = roles.max === undefined ? null : numbers.operand(f.row, roles.max);
  const line = lineLookup.get(f.row);
  const children = f.children ? f.children.rows.map((r) => numbers.operand(r, roles.score!)) : null;
  const row: Operands = { score, max, line, children };
  return kinds.map((kind) => figureCell(kind, f, ctx, row));
}

interface Operands {
  readonly score: NumberOperand;
  readonly max: NumberOperand | null;
  readonly line: ScoreLine | undefined;
  readonly children: NumberOperand[] | null;
}

/*
 * Each cached value is what its formula computes from the cells as the engine read them (a
 * reader without a calculation engine shows the cache). Where the engine has no figure (a child
 * without a score), the formula still computes one: the cache follows the formula.
 */
function figureCell(kind: OutputColumn, f: RowFigures, ctx: Context, { score, max, line, children }: Operands): PlanCell | null {
  const { roles, colOf, t, numbers } = ctx;
  switch (kind) {
    case 'subtotal':
      if (!children) return null;
      return { formula: sumFormula(children), cached: toPoints(sumValue(children)), numberFormat: POINTS_FORMAT };
    case 'lost': {
      const lost = line ? line.lost : f.max !== null && f.score !== null ? subFixed(f.max, f.score) : null;
      const formula = differenceFormula(max!, score);
      return { formula, cached: blankIfNull(lost), numberFormat: POINTS_FORMAT, print: rowPrint(ctx, 'lost', formula, f.row, max!, score) };
    }
    case 'gap': {
      const gap = line ? line.gapToTarget : f.target !== null && f.score !== null ? subFixed(f.target, f.score) : null;
      const target = numbers.operand(f.row, roles.target!);
      const formula = differenceFormula(target, score);
      return { formula, cached: blankIfNull(gap), numberFormat: POINTS_FORMAT, print: rowPrint(ctx, 'gap', formula, f.row, target, score) };
    }
    case 'percent': {
      const percent = line ? (line.percent ?? '') : percentOf(f.score, f.max);
      const formula = percentFormula(max!, score);
      return { formula, cached: percent, numberFormat: POINTS_FORMAT, print: rowPrint(ctx, 'percent', formula, f.row, max!, score) };
    }
    case 'check': {
      const ok = t('sheet.check.ok');
      const subtotalCol = colOf.get('subtotal');
      if (children && subtotalCol !== undefined) {
        const recomputed = sumValue(children);
        const mismatch = t('sheet.check.mismatch');
        // The formula's own test: the difference rounded to 4 decimals, within the tolerance.
        const cached = f.score === null ? '' : Math.abs(f.score - recomputed) <= ctx.tolerance ? ok : mismatch;
        const formula = subtotalCheckFormula(score, a1(f.row, subtotalCol), ctx.tolerance, ok, mismatch);
        return { formula, cached, style: CENTER_STYLE, print: rowPrint(ctx, 'check-subtotal', formula, f.row, score) };
      }
      if (max === null) return null;
      const exceeds = t('sheet.check.exceeds');
      const cached = f.max === null || f.score === null ? '' : f.score <= f.max ? ok : exceeds;
      const formula = maxCheckFormula(max, score, ok, exceeds);
      return { formula, cached, style: CENTER_STYLE, print: rowPrint(ctx, 'check-max', formula, f.row, max, score) };
    }
    case 'notes':
      return null;
  }
}

/** The patterns of the tool's columns beside the table whose formulas name their own row alone. */
type RowPrintKind = 'lost' | 'gap' | 'percent' | 'check-subtotal' | 'check-max';

/**
 * The print of a formula of the tool's columns written on its operands' own row, made once per kind
 * (PatternPrints): with every operand a plain reference (no conversion of a number typed as text, no
 * guard for an unreadable cell) the formula's text differs from row to row by its row numbers alone,
 * the columns and the texts being the plan's. Otherwise left to be made from the formula.
 */
function rowPrint(ctx: Context, kind: RowPrintKind, formula: string, row: number, ...operands: NumberOperand[]): string | undefined {
  for (const o of operands) if (o.value !== o.ref || o.row !== row) return undefined;
  return ctx.numbers.prints.print(kind, 0, formula, row);
}

/**
 * The tool's columns, made a row at a time (row-blocks.ts): a formula on every row of a large
 * table, made all before the writer started, lived through every young-generation collection until
 * written, and their fingerprints were taken in a pass of their own (bench/NOTES.md, "Writing
 * .xlsx: the table columns by rows"). Row i is the header, then whatever figures and notes fall on
 * it, in the order they were once put into a grid of cells: later ones win.
 */
class TableRun implements RowRun {
  readonly length: number;
  readonly width: number;
  readonly filled: number;

  constructor(
    private readonly first: number,
    last: number,
    private readonly kinds: readonly OutputColumn[],
    private readonly header: readonly PlanCell[],
    private readonly figures: ReadonlyMap<number, readonly RowFigures[]>,
    private readonly notes: ReadonlyMap<number, string>,
    private readonly ctx: Context,
    private readonly lineLookup: ReadonlyMap<number, ScoreLine>,
  ) {
    this.length = last - first + 1;
    this.width = kinds.length;
    // The header, then the rows with figures (only notes has none to show) or a note.
    let end = first;
    if (kinds.some((k) => k !== 'notes')) for (const row of figures.keys()) end = Math.max(end, row);
    for (const row of notes.keys()) if (row > first && row <= last) end = Math.max(end, row);
    this.filled = end - first + 1;
  }

  row(i: number): (PlanCell | null)[] {
    const { kinds } = this;
    const row = this.first + i;
    const line: (PlanCell | null)[] = i === 0 ? [...this.header] : kinds.map(() => null);
    for (const f of this.figures.get(row) ?? []) {
      figureCells(kinds, f, this.ctx, this.lineLookup).forEach((cell, k) => {
        if (cell) line[k] = cell;
      });
    }
    const note = i > 0 ? this.notes.get(row) : undefined;
    // textCell: a note quoting a cell longer than Excel's limit is cut to fit.
    if (note !== undefined) line[kinds.indexOf('notes')] = textCell(note, WRAP_STYLE);
    return line;
  }
}

/** Every header the tool may have written, in any language. */
const OUR_HEADERS: ReadonlySet<string> = new Set(
  (['vi', 'en'] as const).flatMap((lang) => Object.values(HEADER_KEYS).map((key) => translator(lang)(key))),
);

/**
 * The previous run's columns that still look like its own: the marker records column numbers, so a
 * column inserted by the user since would shift the tool's columns and leave user data under the
 * recorded numbers. A column counts as the tool's only while its header cell still reads as one of
 * the tool's headers (or is empty), so such data is reported as occupied rather than overwritten.
 */
export function verifiedColumns(grid: Grid, sheet: string, previous: OwnershipMarker | null): Set<number> {
  const out = new Set<number>();
  if (!previous || !previous.tableRows || !ownsTableOn(previous, sheet)) return out;
  for (const col of previous.tableColumns) {
    const header = cellAt(grid, previous.tableRows.first, col);
    if (isEmptyCell(grid, previous.tableRows.first, col) || (typeof header.value === 'string' && OUR_HEADERS.has(header.value))) out.add(col);
  }
  return out;
}

/** Nothing in the cell: a formula saved without its result (GridCell.formula) is something. */
function isEmptyCell(grid: Grid, row: number, col: number): boolean {
  const cell = cellAt(grid, row, col);
  return cell.formula === undefined && (cell.kind === 'empty' || cell.value === null || cell.value === '');
}

/**
 * The output area must hold nothing of the user's: only empty cells, or cells the previous run wrote,
 * and no merged area reaching into it.
 */
function findConflicts(
  grid: Grid,
  sheet: string,
  columns: readonly number[],
  rows: { first: number; last: number },
  previous: OwnershipMarker | null,
): PlanConflict[] {
  const verified = verifiedColumns(grid, sheet, previous);
  const owns = (row: number, col: number): boolean =>
    previous !== null &&
    previous.tableRows !== null &&
    verified.has(col) &&
    row >= previous.tableRows.first &&
    row <= previous.tableRows.last;
  // A sheet is 16,384 columns wide (ECMA-376 Part 1, 18.3.1.4 c): a table reaching its right edge
  // leaves the tool nowhere to write, which Excel and a valid package both forbid.
  if (Math.max(...columns) >= SHEET_COLUMNS) return [{ reason: 'no-room', sheet, cell: a1(rows.first, SHEET_COLUMNS - 1) }];
  const conflicts: PlanConflict[] = [];
  for (let row = rows.first; row <= rows.last; row++) {
    for (const col of columns) {
      if (!isEmptyCell(grid, row, col) && !owns(row, col)) conflicts.push({ reason: 'occupied-cell', sheet, cell: a1(row, col) });
    }
  }
  const first = Math.min(...columns);
  const last = Math.max(...columns);
  for (const m of grid.merges) {
    const top = Math.max(m.row, rows.first);
    const left = Math.max(m.col, first);
    const bottom = Math.min(m.row + m.rowCount - 1, rows.last);
    const right = Math.min(m.col + m.colCount - 1, last);
    if (top > bottom || left > right) continue;
    const cell = a1(top, left);
    if (!conflicts.some((c) => c.reason === 'occupied-cell' && c.cell === cell)) {
      conflicts.push({ reason: 'occupied-cell', sheet, cell });
    }
  }
  return conflicts;
}

function notesByRow(analysis: Analysis, t: Translate): Map<number, string> {
  const byRow = new Map<number, string[]>();
  for (const f of analysis.findings) {
    const row = f.row - 1;
    const list = byRow.get(row) ?? [];
    list.push(`${f.cell}: ${t(f.messageKey, f.params)}`);
    byRow.set(row, list);
  }
  return new Map([...byRow].map(([row, list]) => [row, list.join('\n')]));
}

/** The tool's columns next to the table: live formulas over the stated cells, values cached. */
export function buildTableColumns(
  analysis: Analysis,
  grid: Grid,
  previous: OwnershipMarker | null,
  t: Translate,
  tolerance: Fixed,
  numbers: TableNumbers,
): TableColumnsResult {
  const { layout } = analysis.table;
  const kinds = outputColumns(analysis);
  const start = firstOutputColumn(analysis, previous);
  const colOf = new Map(kinds.map((k, i) => [k, start + i] as const));
  const columns = kinds.map((_, i) => start + i);
  const roles = pointColumns(analysis);
  const ctx: Context = { analysis, roles, colOf, tolerance, t, numbers };

  const figures = analysis.lines.map(figuresOf);
  const total = totalFigures(analysis);
  if (total) figures.push(total);
  const lineLookup = new Map(analysis.lines.map((l) => [l.row, l] as const));

  const lastRow = Math.max(layout.lastDataRow, ...figures.map((f) => f.row));
  const rows = { first: layout.headerRow, last: lastRow };
  // Rows inserted since the last run pushed the tool's bottom cells below the rows it recorded.
  const grownMarker = followGrowth(previous, { sheet: analysis.sheet, from: previous?.tableRows?.last ?? rows.last, last: rows.last });
  const grown = grownMarker !== previous ? grownMarker : null;
  const notes = notesByRow(analysis, t);

  const byRow = new Map<number, RowFigures[]>();
  for (const f of figures) {
    if (f.row < rows.first || f.row > rows.last) continue;
    const list = byRow.get(f.row);
    if (list) list.push(f);
    else byRow.set(f.row, [f]);
  }
  const header = kinds.map((kind) => ({ value: t(HEADER_KEYS[kind]), style: HEADER_STYLE }));
  const reused = verifiedColumns(grid, analysis.sheet, previous);
  const run = new TableRun(rows.first, rows.last, kinds, header, byRow, notes, ctx, lineLookup);

  const conditionalFormats: ConditionalFormat[] = [];
  const checkCol = colOf.get('check');
  if (checkCol !== undefined && rows.last > rows.first) {
    const range = rangeA1(rows.first + 1, checkCol, rows.last - rows.first, 1);
    conditionalFormats.push(
      { range, rule: { type: 'textEquals', text: t('sheet.check.mismatch') }, style: BAD_STYLE },
      { range, rule: { type: 'textEquals', text: t('sheet.check.exceeds') }, style: BAD_STYLE },
      { range, rule: { type: 'textEquals', text: t('sheet.check.ok') }, style: GOOD_STYLE },
    );
  }

  return {
    sheet: {
      name: analysis.sheet,
      role: 'table',
      owned: false,
      blocks: [rowsBlock(rows.first, start, [{ run }], kinds.length)],
      // A column the previous run wrote and still heads keeps the width and the hidden state the
      // officer gave it since; only a column new to this run gets the tool's width (and is shown).
      columnWidths: kinds.map((k) => ({ col: colOf.get(k)!, width: WIDTHS[k] })).filter((w) => !reused.has(w.col)),
      conditionalFormats,
    },
    columns,
    rows,
    conflicts: findConflicts(grid, analysis.sheet, columns, rows, grown ?? previous),
    ...(grown && previous?.tableRows ? { grown: { from: previous.tableRows.last, last: rows.last } } : {}),
  };
}
