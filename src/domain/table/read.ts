import { cellAt, gridColCount, type Grid, type GridCell } from '../grid';
import { parseAgencies, parseAgenciesWithRoles } from '../parse/agencies';
import { cellRaw } from '../parse/cell';
import { parseCodes } from '../parse/codes';
import { parseDeadline } from '../parse/deadline';
import { parseNumber } from '../parse/number';
import type { AgencyMention, CodeParse } from '../parse/types';
import { cleanText } from '../text';
import { isIndexRow, isLetterheadRow, isRepeatedHeaderRow, isTotalText } from './classify';
import { findHeader, type HeaderFound } from './headers';
import { mergeResolver, type CellResolver, type ResolvedCell } from './merges';
import { planYearAbove } from './plan-year';
import { COLUMN_ROLES } from './types';
import type {
  CellRef,
  ColumnMatch,
  ColumnOverrides,
  ColumnRole,
  NumberField,
  NumericRole,
  ReadResult,
  RowKind,
  TableLayout,
  TableRow,
  TextField,
} from './types';

export interface ReadOptions {
  readonly overrides?: ColumnOverrides;
  readonly planYear?: number;
}

const NUMERIC_ROLES: readonly NumericRole[] = ['max', 'score', 'target'];
const NO_CODE: CodeParse = { codes: [], rest: '', areaStyle: null, maybeTrailingZeroLost: false };
/** Areas are numbered 1..8 in both methodologies. */
const MAX_AREA = 8;

function rowCells(grid: Grid, row: number): readonly GridCell[] {
  // The grid is rectangular: its own row is already what the loop below would build.
  const own = grid.cells[row - grid.originRow];
  const count = gridColCount(grid);
  if (own && own.length === count) return own;
  const out: GridCell[] = [];
  for (let i = 0; i < gridColCount(grid); i++) out.push(cellAt(grid, row, grid.originCol + i));
  return out;
}

function isBlank(cells: readonly GridCell[]): boolean {
  return cells.every((c) => c.kind === 'empty' || cleanText(cellRaw(c)) === '');
}

function headerFromOverrides(grid: Grid, o: ColumnOverrides): HeaderFound {
  const columns: ColumnMatch[] = [];
  for (const [role, col] of Object.entries(o.columns) as [ColumnRole, number | undefined][]) {
    if (col === undefined) continue;
    columns.push({ role, col, header: cleanText(cellRaw(cellAt(grid, o.headerRow, col))) });
  }
  columns.sort((a, b) => a.col - b.col);
  return { headerRow: o.headerRow, headerRowCount: 1, columns };
}

const isDotted = (p: CodeParse): boolean => p.codes.some((c) => c.includes('.'));
const isSingleArabic = (p: CodeParse): boolean => p.codes.length === 1 && p.areaStyle === 'arabic';

/** What one data row holds before rows are tied together. */
interface Draft {
  readonly row: number;
  readonly get: (role: ColumnRole) => ResolvedCell | null;
  /** The role's cell as cleaned text ('' when the role has no column): cleaned once per row. */
  readonly text: (role: ColumnRole) => string;
  readonly colCode: CodeParse;
  readonly nameCode: CodeParse;
  readonly codeCellText: string;
  readonly nameText: string;
}

interface Context {
  readonly grid: Grid;
  readonly columns: ReadonlyMap<ColumnRole, number>;
  readonly resolve: CellResolver;
  readonly shape: 'score' | 'task';
  readonly planYear: number | undefined;
  /** Columns inside the table that no role claimed. */
  readonly unassigned: readonly number[];
}

/** Slot of each role in a draft's cache: an array per row is far cheaper than a Map per row. */
const ROLE_SLOT: Readonly<Record<ColumnRole, number>> = Object.fromEntries(COLUMN_ROLES.map((r, i) => [r, i])) as Record<
  ColumnRole,
  number
>;

/** The two code readings of a data row: all readTableShape needs before any row is built. */
interface RowCodes {
  readonly row: number;
  readonly colCode: CodeParse;
  readonly nameCode: CodeParse;
}

function rowCodes(ctx: Context, row: number): RowCodes {
  const codeCol = ctx.columns.get('code');
  const nameCol = ctx.columns.get('name');
  const code = codeCol === undefined ? null : ctx.resolve(row, codeCol);
  const name = nameCol === undefined ? null : ctx.resolve(row, nameCol);
  return {
    row,
    colCode: code ? parseCodes(code.cell) : NO_CODE,
    nameCode: name && name.cell.kind === 'string' ? parseCodes(name.cell) : NO_CODE,
  };
}

function makeDraft(ctx: Context, codes: RowCodes): Draft {
  const { row } = codes;
  // Every step asks for the same few cells of the row again: each is resolved once.
  const resolved: (ResolvedCell | null | undefined)[] = new Array<ResolvedCell | null | undefined>(COLUMN_ROLES.length);
  const get = (role: ColumnRole): ResolvedCell | null => {
    const slot = ROLE_SLOT[role];
    let r = resolved[slot];
    if (r === undefined) {
      const col = ctx.columns.get(role);
      r = col === undefined ? null : ctx.resolve(row, col);
      resolved[slot] = r;
    }
    return r;
  };
  const texts: (string | undefined)[] = new Array<string | undefined>(COLUMN_ROLES.length);
  const text = (role: ColumnRole): string => {
    const slot = ROLE_SLOT[role];
    let t = texts[slot];
    if (t === undefined) {
      const r = get(role);
      t = r === null ? '' : cleanText(cellRaw(r.cell));
      texts[slot] = t;
    }
    return t;
  };
  return {
    row,
    get,
    text,
    colCode: codes.colCode,
    nameCode: codes.nameCode,
    codeCellText: text('code'),
    nameText: text('name'),
  };
}

function textField(ctx: Context, d: Draft, role: ColumnRole): TextField | null {
  const r = d.get(role);
  const col = ctx.columns.get(role);
  if (!r || col === undefined) return null;
  const text = d.text(role);
  return text === '' ? null : { cell: { row: d.row, col }, text, filled: r.filled };
}

/** Decisions that need the whole table: is the STT column a code or a row count, are name prefixes codes. */
interface TableReading {
  /** Task tables numbered 1..N with no dotted code in the STT column (seeds 001, 004). */
  readonly sequenceNumbers: boolean;
  /** "1.1.", "1.2." restarting under every area: column prefixes, not criterion codes (seed 004). */
  readonly namePrefixes: boolean;
}

function isAreaDraft(d: Pick<Draft, 'colCode' | 'nameCode'>, reading: TableReading): boolean {
  const col = d.colCode;
  if (col.areaStyle === 'roman' || col.areaStyle === 'label') return true;
  if (d.nameCode.areaStyle === 'label' || (d.nameCode.areaStyle === 'roman' && col.codes.length === 0)) return true;
  if (isSingleArabic(col) && !reading.sequenceNumbers) return Number(col.codes[0]) <= MAX_AREA;
  return col.codes.length === 0 && isSingleArabic(d.nameCode) && Number(d.nameCode.codes[0]) <= MAX_AREA;
}

function readTableShape(drafts: readonly RowCodes[], ctx: Context): TableReading {
  const sequenceNumbers = ctx.shape === 'task' && ctx.columns.has('code') && !drafts.some((d) => isDotted(d.colCode));
  const partial: TableReading = { sequenceNumbers, namePrefixes: false };
  let area: string | null = null;
  let match = 0;
  let mismatch = 0;
  for (const d of drafts) {
    if (isAreaDraft(d, partial)) {
      area = d.colCode.codes[0] ?? d.nameCode.codes[0] ?? null;
      continue;
    }
    if (isDotted(d.colCode) || !isDotted(d.nameCode) || area === null) continue;
    if (d.nameCode.codes[0]!.split('.')[0] === area) match++;
    else mismatch++;
  }
  return { sequenceNumbers, namePrefixes: mismatch > match };
}

interface RowCode {
  readonly parse: CodeParse;
  readonly cell: CellRef | null;
  readonly filled: boolean;
  /** The name with a code prefix taken off, when the code came from the name cell. */
  readonly name: string | null;
}

function rowCode(ctx: Context, d: Draft, reading: TableReading, area: boolean): RowCode {
  const codeCol = ctx.columns.get('code');
  const nameCol = ctx.columns.get('name');
  const codeRef = codeCol === undefined ? null : { row: d.row, col: codeCol };
  const nameRef = nameCol === undefined ? null : { row: d.row, col: nameCol };
  const fromCol: RowCode = { parse: d.colCode, cell: codeRef, filled: d.get('code')?.filled ?? false, name: null };
  const fromName: RowCode = {
    parse: d.nameCode,
    cell: nameRef,
    filled: d.get('name')?.filled ?? false,
    name: d.nameCode.rest,
  };
  const colUsable = d.colCode.codes.length > 0 && !(reading.sequenceNumbers && isSingleArabic(d.colCode));
  if (area) {
    // "1" + "Lĩnh vực “...”": the number is the area, the label says how it is written.
    if (d.nameCode.areaStyle === 'label' && d.nameCode.codes.length === 0 && d.colCode.codes.length > 0) {
      return { ...fromCol, parse: { ...d.colCode, areaStyle: 'label' }, name: d.nameCode.rest };
    }
    if (colUsable || d.colCode.areaStyle !== null) return fromCol;
    return fromName;
  }
  if (colUsable) return fromCol;
  if (d.nameCode.codes.length > 0 && !reading.namePrefixes) return fromName;
  return { parse: NO_CODE, cell: codeRef, filled: false, name: null };
}

const TASK_ROLES: readonly ColumnRole[] = ['task', 'product', 'lead', 'coordinating', 'deadline', 'budget'];

function kindOf(ctx: Context, d: Draft, code: RowCode, area: boolean): RowKind {
  if (code.parse.codes.length === 0 && (isTotalText(d.nameText) || isTotalText(d.codeCellText))) return 'total';
  if (area) return 'area';
  const hasTaskContent = TASK_ROLES.some((role) => {
    return d.text(role) !== '';
  });
  // A second work column the header gave no role ("3- Hoạt động" beside "2- Nhiệm vụ") still makes a task row.
  const hasOtherContent = ctx.unassigned.some((col) => cleanText(cellRaw(cellAt(ctx.grid, d.row, col))) !== '');
  if (ctx.shape === 'task' && (hasTaskContent || hasOtherContent)) return 'task';
  if (code.parse.codes.length > 0) return 'criterion';
  const hasNumbers = NUMERIC_ROLES.some((role) => {
    const r = d.get(role);
    return r !== null && !r.filled && r.cell.kind !== 'empty';
  });
  if (ctx.shape === 'score' && hasNumbers) return 'criterion';
  return 'group';
}

function agencies(ctx: Context, d: Draft): { lead: AgencyMention[]; coordinating: AgencyMention[] } {
  const leadCell = d.get('lead');
  const coordCell = d.get('coordinating');
  const lead: AgencyMention[] = [];
  const implementers: AgencyMention[] = [];
  if (leadCell) {
    // "Các cơ quan, đơn vị (thực hiện)" inside a lead cell names implementers, not leads (seed 003).
    for (const m of parseAgenciesWithRoles(cellRaw(leadCell.cell))) {
      (m.role === 'implementer' ? implementers : lead).push(m.mention);
    }
  }
  const coordinating = coordCell ? parseAgencies(cellRaw(coordCell.cell)) : [];
  for (const m of implementers) if (!coordinating.some((c) => c.name === m.name)) coordinating.push(m);
  return { lead, coordinating };
}

function buildRow(ctx: Context, d: Draft, reading: TableReading): TableRow {
  const area = isAreaDraft(d, reading);
  const code = rowCode(ctx, d, reading, area);
  const kind = kindOf(ctx, d, code, area);
  const nameField = textField(ctx, d, 'name');
  const name =
    nameField && code.name !== null && code.name !== '' ? { ...nameField, text: code.name } : nameField;
  // Numbers are never filled from a merge: one stated value must not count twice.
  // Named stores (max, score, target, in that order) rather than numbers[role]: keyed stores per row are slow.
  const numbers: { max?: NumberField; score?: NumberField; target?: NumberField } = {};
  const numberAt = (col: number): NumberField => ({ cell: { row: d.row, col }, parse: parseNumber(cellAt(ctx.grid, d.row, col)) });
  const maxCol = ctx.columns.get('max');
  if (maxCol !== undefined) numbers.max = numberAt(maxCol);
  const scoreCol = ctx.columns.get('score');
  if (scoreCol !== undefined) numbers.score = numberAt(scoreCol);
  const targetCol = ctx.columns.get('target');
  if (targetCol !== undefined) numbers.target = numberAt(targetCol);
  const { lead, coordinating } = agencies(ctx, d);
  const leadCol = ctx.columns.get('lead');
  const deadlineCell = d.get('deadline');
  const deadlineCol = ctx.columns.get('deadline');
  const deadlineText = deadlineCell ? cellRaw(deadlineCell.cell) : '';
  return {
    row: d.row,
    kind,
    // Spelled out rather than spread: one object shape for every row keeps later steps' property reads fast.
    code: {
      codes: code.parse.codes,
      rest: code.parse.rest,
      areaStyle: code.parse.areaStyle,
      maybeTrailingZeroLost: code.parse.maybeTrailingZeroLost,
      cell: code.cell,
      filled: code.filled,
    },
    name,
    numbers,
    lead,
    leadCell: leadCol === undefined ? null : { row: d.row, col: leadCol },
    coordinating,
    task: textField(ctx, d, 'task'),
    product: textField(ctx, d, 'product'),
    deadline:
      deadlineCol === undefined || d.text('deadline') === ''
        ? null
        : { ...parseDeadline(deadlineText, ctx.planYear), cell: { row: d.row, col: deadlineCol } },
    budget: textField(ctx, d, 'budget'),
    note: textField(ctx, d, 'note'),
  };
}

/**
 * Without merge information, a task row whose criterion cell is blank continues the criterion
 * above it (the cell was merged over several task rows): it takes that code, name and lead,
 * marked as filled, but never across an area or group row.
 */
function fillDown(ctx: Context, rows: TableRow[]): TableRow[] {
  const blankIn = (role: ColumnRole, row: number): boolean => {
    const col = ctx.columns.get(role);
    return col === undefined || cleanText(cellRaw(cellAt(ctx.grid, row, col))) === '';
  };
  let last: TableRow | null = null;
  return rows.map((row) => {
    if (row.kind !== 'task') {
      last = row.kind === 'criterion' ? row : null;
      return row;
    }
    const continues = blankIn('code', row.row) && blankIn('name', row.row);
    if (!continues || last === null) {
      last = row;
      return row;
    }
    const above: TableRow = last;
    const filled: TableRow = {
      ...row,
      code: { ...above.code, cell: row.code.cell, filled: above.code.codes.length > 0 },
      name: above.name ? { ...above.name, cell: { row: row.row, col: above.name.cell.col }, filled: true } : null,
      lead: row.lead.length === 0 ? above.lead : row.lead,
    };
    return filled;
  });
}

function lastUsedColumn(grid: Grid, fromRow: number, toRow: number, columns: readonly ColumnMatch[]): number {
  let last = columns.reduce((max, c) => Math.max(max, c.col), grid.originCol);
  for (let row = fromRow; row <= toRow; row++) {
    const cells = rowCells(grid, row);
    cells.forEach((c, i) => {
      if (c.kind !== 'empty') last = Math.max(last, grid.originCol + i);
    });
  }
  for (const m of grid.merges) {
    if (m.row <= toRow && m.row + m.rowCount - 1 >= fromRow) last = Math.max(last, m.col + m.colCount - 1);
  }
  return last;
}

function unassignedColumns(grid: Grid, columns: readonly ColumnMatch[]): number[] {
  const claimed = new Set(columns.map((c) => c.col));
  const first = Math.min(...columns.map((c) => c.col));
  const last = Math.max(...columns.map((c) => c.col));
  const out: number[] = [];
  for (let col = Math.max(first, grid.originCol); col <= last; col++) if (!claimed.has(col)) out.push(col);
  return out;
}

/**
 * Reads a score or task table from a sheet: finds the header (or takes the user's mapping), maps
 * columns to roles, skips title, index, repeated-header and letterhead rows, and reads every
 * remaining row with its codes, numbers (cell refs kept), agencies and deadline.
 */
export function readTable(grid: Grid, options: ReadOptions = {}): ReadResult {
  if (grid.cells.length === 0 || grid.cells.every((r) => isBlank(r))) {
    return { ok: false, failure: { reason: 'empty-sheet', sheet: grid.sheet } };
  }
  let header: HeaderFound;
  if (options.overrides) header = headerFromOverrides(grid, options.overrides);
  else {
    const { found, rolesSeen } = findHeader(grid);
    if (!found) return { ok: false, failure: { reason: 'no-header', sheet: grid.sheet, rolesSeen } };
    header = found;
  }
  const columns = new Map(header.columns.map((c) => [c.role, c.col] as const));
  const shape = columns.has('max') || columns.has('score') ? 'score' : 'task';
  const ctx: Context = {
    grid,
    columns,
    resolve: mergeResolver(grid),
    shape,
    planYear: options.planYear ?? planYearAbove(grid, header.headerRow),
    unassigned: unassignedColumns(grid, header.columns),
  };

  // Codes first, rows after: a row's draft (its cell cache) then lives only while that row is built,
  // instead of all of them surviving together into the older, costlier-to-collect heap.
  const drafts: RowCodes[] = [];
  const lastRow = grid.originRow + grid.cells.length - 1;
  for (let row = header.headerRow + 1; row <= lastRow; row++) {
    const cells = rowCells(grid, row);
    if (isBlank(cells) || isIndexRow(cells) || isRepeatedHeaderRow(cells) || isLetterheadRow(cells)) continue;
    drafts.push(rowCodes(ctx, row));
  }
  const reading = readTableShape(drafts, ctx);
  const built = drafts.map((codes) => buildRow(ctx, makeDraft(ctx, codes), reading));
  const rows = !grid.mergesKnown && shape === 'task' ? fillDown(ctx, built) : built;

  const firstDataRow = rows[0]?.row ?? header.headerRow + 1;
  const lastDataRow = rows.length > 0 ? rows[rows.length - 1]!.row : header.headerRow;
  const layout: TableLayout = {
    sheet: grid.sheet,
    headerRow: header.headerRow,
    headerRowCount: header.headerRowCount,
    columns: header.columns,
    firstDataRow,
    lastDataRow,
    lastUsedCol: lastUsedColumn(grid, header.headerRow - header.headerRowCount + 1, lastDataRow, header.columns),
    shape,
  };
  return { ok: true, table: { layout, rows } };
}
