import { cellAt, type Grid, type GridCell } from '../grid';
import { parseAgencies, readAgencyCell } from '../parse/agencies';
import { cellRaw } from '../parse/cell';
import { parseCodes } from '../parse/codes';
import { parseDeadline } from '../parse/deadline';
import type { AgencyMention, CodeParse, Deadline } from '../parse/types';
import { memoizeTextPair } from '../memo';
import { cleanText } from '../text';
import { isTotalText } from './classify';
import { mergeResolver, type CellResolver } from './merges';
import { formulaParse } from './formulas';
import { numberParseOf } from './numbers';
import { COLUMN_ROLES } from './types';
import type { CellRef, ColumnRole, NumberField, RowKind, RowNumbers, TableRow, TextField } from './types';

/**
 * Building a TableRow from one grid row. A long plan has tens of thousands of rows and the result
 * stays alive until the run ends, so every object made here is either part of the result or not
 * made at all: one scratch holds the row's cells while it is built, and what many rows share
 * (code parses, agency lists, number parses) is shared rather than copied.
 */

const NO_CODE: CodeParse = { codes: [], rest: '', areaStyle: null, maybeTrailingZeroLost: false };
/** Areas are numbered 1..8 in both methodologies. */
const MAX_AREA = 8;

export interface RowContext {
  readonly grid: Grid;
  readonly columns: ReadonlyMap<ColumnRole, number>;
  readonly resolve: CellResolver;
  readonly shape: 'score' | 'task';
  readonly planYear: number | undefined;
  /** Columns inside the table that no role claimed. */
  readonly unassigned: readonly number[];
  /** An STT column beside the code column ("Mã tiêu chí"): it numbers the areas I, II, … */
  readonly numbering: number | undefined;
}

/** Decisions that need the whole table: is the STT column a code or a row count, are name prefixes codes. */
interface TableReading {
  /** Task tables numbered 1..N with no dotted code in the STT column (Kế hoạch Sơn La 2023, Kế hoạch CCHC Hà Tĩnh 2024). */
  readonly sequenceNumbers: boolean;
  /** "1.1.", "1.2." restarting under every area: column prefixes, not criterion codes (Kế hoạch CCHC Hà Tĩnh 2024). */
  readonly namePrefixes: boolean;
  /** Areas written I … VIII: a plain number beside a task ("1." under "II.") counts items. */
  readonly romanAreas: boolean;
}

/** The two code readings of a data row: all the table-wide decisions need before any row is built. */
export interface RowCodes {
  readonly colCode: CodeParse;
  readonly nameCode: CodeParse;
  /** A numbered row with nothing but its title: in a table numbered 1..N, an area heading. */
  readonly titleOnly: boolean;
}

function isDotted(p: CodeParse): boolean {
  // A loop, not some() with a callback: asked several times of every row, mostly before the
  // optimising compiler has seen it, where each callback is a call of its own.
  const codes = p.codes;
  for (let i = 0; i < codes.length; i++) if (codes[i]!.includes('.')) return true;
  return false;
}
const isSingleArabic = (p: CodeParse): boolean => p.codes.length === 1 && p.areaStyle === 'arabic';

export function rowCodes(ctx: RowContext, row: number): RowCodes {
  const codeCol = ctx.columns.get('code');
  const nameCol = ctx.columns.get('name');
  const name = nameCol === undefined ? null : ctx.resolve.cell(row, nameCol);
  const colCode = codeCol === undefined ? NO_CODE : areaNumberOr(ctx, row, parseCodes(ctx.resolve.cell(row, codeCol)));
  return {
    colCode,
    nameCode: name !== null && name.kind === 'string' ? parseCodes(name) : nameCol === undefined ? areaLabelInTask(ctx, row) : NO_CODE,
    titleOnly: isSingleArabic(colCode) && hasTitleOnly(ctx, row),
  };
}

/** A blank code cell beside a numbering column that writes an area ("I", "Lĩnh vực 2"): that area. */
function areaNumberOr(ctx: RowContext, row: number, own: CodeParse): CodeParse {
  if (own.codes.length > 0 || ctx.numbering === undefined) return own;
  const numbered = parseCodes(ctx.resolve.cell(row, ctx.numbering));
  return numbered.areaStyle === 'roman' || numbered.areaStyle === 'label' ? numbered : own;
}

/**
 * A table without a criterion column writes its area rows in the task column ("1 | Lĩnh vực “Cải
 * cách thể chế”"): only such a label is taken from it, never a code (task texts start with numbers
 * of their own).
 */
function areaLabelInTask(ctx: RowContext, row: number): CodeParse {
  const taskCol = ctx.columns.get('task');
  if (taskCol === undefined) return NO_CODE;
  const cell = ctx.resolve.cell(row, taskCol);
  if (cell.kind !== 'string') return NO_CODE;
  const parse = parseCodes(cell);
  return parse.areaStyle === 'label' && parse.codes.length === 0 ? parse : NO_CODE;
}

/** Only the number and one title: no task, lead, product or other work column filled on the row. */
function hasTitleOnly(ctx: RowContext, row: number): boolean {
  let titles = 0;
  for (const [role, col] of ctx.columns) {
    if (role === 'code') continue;
    if (cleanText(cellRaw(ctx.resolve.cell(row, col))) === '') continue;
    if (role !== 'name' || ++titles > 1) return false;
  }
  for (const col of ctx.unassigned) if (cleanText(cellRaw(cellAt(ctx.grid, row, col))) !== '') return false;
  return titles === 1;
}

function isAreaRow(d: RowCodes, reading: TableReading): boolean {
  const col = d.colCode;
  if (col.areaStyle === 'roman' || col.areaStyle === 'label') return true;
  if (d.nameCode.areaStyle === 'label' || (d.nameCode.areaStyle === 'roman' && col.codes.length === 0)) return true;
  if (isSingleArabic(col) && !isDotted(d.nameCode)) {
    // In a table numbered 1..N, or one whose areas are roman, the number is a row count, unless
    // the row holds only a title. A criterion code in the name cell says the row is no area.
    if (!(reading.sequenceNumbers || reading.romanAreas) || d.titleOnly) return Number(col.codes[0]) <= MAX_AREA;
  }
  return col.codes.length === 0 && isSingleArabic(d.nameCode) && Number(d.nameCode.codes[0]) <= MAX_AREA;
}

export function readTableShape(codes: readonly RowCodes[], ctx: RowContext): TableReading {
  // One indexed walk for both questions, not two some() with a callback per row: this runs once
  // per table, before the optimising compiler has seen it.
  let dotted = false;
  let romanAreas = false;
  for (let i = 0; i < codes.length && !(dotted && romanAreas); i++) {
    const col = codes[i]!.colCode;
    if (!dotted && isDotted(col)) dotted = true;
    if (col.areaStyle === 'roman') romanAreas = true;
  }
  const sequenceNumbers = ctx.shape === 'task' && ctx.columns.has('code') && !dotted;
  const partial: TableReading = { sequenceNumbers, namePrefixes: false, romanAreas };
  let area: string | null = null;
  let match = 0;
  let mismatch = 0;
  for (let i = 0; i < codes.length; i++) {
    const d = codes[i]!;
    if (isAreaRow(d, partial)) {
      area = d.colCode.codes[0] ?? d.nameCode.codes[0] ?? null;
      continue;
    }
    if (isDotted(d.colCode) || !isDotted(d.nameCode) || area === null) continue;
    if (d.nameCode.codes[0]!.split('.')[0] === area) match++;
    else mismatch++;
  }
  return { sequenceNumbers, namePrefixes: mismatch > match, romanAreas };
}

const SLOT: Readonly<Record<ColumnRole, number>> = Object.fromEntries(COLUMN_ROLES.map((r, i) => [r, i])) as Record<ColumnRole, number>;
const TASK_SLOTS: readonly number[] = (['task', 'product', 'lead', 'coordinating', 'deadline', 'budget'] as const).map((r) => SLOT[r]);
const NUMERIC_SLOTS: readonly number[] = (['max', 'score', 'target'] as const).map((r) => SLOT[r]);

const NO_COLUMN = -1;

/**
 * The cells of the row being built, by role (merged values resolved), with their cleaned texts on
 * demand. One per table, reloaded for each row: per-row caches were a large share of the garbage.
 */
class RowScratch {
  row = -1;
  /** Set by rowCode: the name without the code prefix it took, or null. */
  codeName: string | null = null;
  /** Per slot, the role's column, or NO_COLUMN. */
  private readonly cols: number[] = [];
  private readonly cells: (GridCell | null)[] = [];
  /** Per slot, whether the cell's value came from a merged area above (resolver.filled). */
  private readonly filledFlags: boolean[] = [];
  private readonly texts: (string | undefined)[] = [];

  constructor(private readonly ctx: RowContext) {
    // Filled by push, not made by map(): the arrays then have the same elements kind whether the
    // constructor runs optimised or not, and the methods below are not deoptimised for a new map.
    for (const role of COLUMN_ROLES) {
      this.cols.push(ctx.columns.get(role) ?? NO_COLUMN);
      this.cells.push(null);
      this.filledFlags.push(false);
      this.texts.push(undefined);
    }
  }

  load(row: number): void {
    this.row = row;
    // The whole row in one call, whether each cell was filled from a merge with it: asked again
    // by the fields, it was three calls per field.
    this.ctx.resolve.loadRow(row, this.cols, this.cells, this.filledFlags);
    // A loop, not fill(): Array.prototype.fill is a call into the runtime's C++ for every row.
    const texts = this.texts;
    for (let slot = 0; slot < texts.length; slot++) texts[slot] = undefined;
  }

  col(role: ColumnRole): number | undefined {
    const col = this.cols[SLOT[role]]!;
    return col === NO_COLUMN ? undefined : col;
  }

  cellOf(slot: number): GridCell | null {
    return this.cells[slot]!;
  }

  cell(role: ColumnRole): GridCell | null {
    return this.cells[SLOT[role]]!;
  }

  filled(role: ColumnRole): boolean {
    return this.filledFlags[SLOT[role]]!;
  }

  /** The role's cell as cleaned text ('' when the role has no column). */
  textOf(slot: number): string {
    let t = this.texts[slot];
    if (t === undefined) {
      const cell = this.cells[slot]!;
      t = cell === null ? '' : cleanText(cellRaw(cell));
      this.texts[slot] = t;
    }
    return t;
  }

  text(role: ColumnRole): string {
    return this.textOf(SLOT[role]);
  }

  /** The role's cell as a text field of the result, or null when it has no column or is blank. */
  field(role: ColumnRole): TextField | null {
    const slot = SLOT[role];
    const col = this.cols[slot]!;
    if (col === NO_COLUMN) return null;
    const text = this.textOf(slot);
    return text === '' ? null : { cell: { row: this.row, col }, text, filled: this.filledFlags[slot]! };
  }

  ref(role: ColumnRole): CellRef | null {
    const col = this.cols[SLOT[role]]!;
    return col === NO_COLUMN ? null : { row: this.row, col };
  }
}

/** Keeps RowScratch's shape alive between sheets, for the reason given at SHAPE_KEEPER in merges.ts. */
const NO_GRID: Grid = { sheet: '', originRow: 0, originCol: 0, cells: [], merges: [], mergesKnown: true };
const SCRATCH_SHAPE_KEEPER = new RowScratch({
  grid: NO_GRID,
  columns: new Map(),
  resolve: mergeResolver(NO_GRID),
  shape: 'task',
  planYear: undefined,
  unassigned: [],
  numbering: undefined,
});

type RowCode = TableRow['code'];

/**
 * Where a row's code is read from. The name left once a code prefix is taken off it goes to
 * s.codeName (null when the name cell is not where the code came from): no pair object per row.
 */
function rowCode(s: RowScratch, d: RowCodes, reading: TableReading, area: boolean): RowCode {
  s.codeName = null;
  const itemNumber = isSingleArabic(d.colCode) && !area && (reading.sequenceNumbers || reading.romanAreas || isDotted(d.nameCode));
  const colUsable = d.colCode.codes.length > 0 && !itemNumber;
  if (area) {
    // "1" + "Lĩnh vực “...”": the number is the area, the label says how it is written.
    if (d.nameCode.areaStyle === 'label' && d.nameCode.codes.length === 0 && d.colCode.codes.length > 0) {
      s.codeName = d.nameCode.rest;
      return codeOf({ ...d.colCode, areaStyle: 'label' }, s.ref('code'), s.filled('code'));
    }
    if (colUsable || d.colCode.areaStyle !== null) return codeOf(d.colCode, s.ref('code'), s.filled('code'));
    return fromNameColumn(s, d);
  }
  if (colUsable) return codeOf(d.colCode, s.ref('code'), s.filled('code'));
  if (d.nameCode.codes.length > 0 && !reading.namePrefixes) return fromNameColumn(s, d);
  return codeOf(NO_CODE, s.ref('code'), false);
}

function fromNameColumn(s: RowScratch, d: RowCodes): RowCode {
  s.codeName = d.nameCode.rest;
  return codeOf(d.nameCode, s.ref('name'), s.filled('name'));
}

function codeOf(parse: CodeParse, cell: CellRef | null, filled: boolean): RowCode {
  // Spelled out rather than spread: one object shape for every row keeps later steps' property reads fast.
  return {
    codes: parse.codes,
    rest: parse.rest,
    areaStyle: parse.areaStyle,
    maybeTrailingZeroLost: parse.maybeTrailingZeroLost,
    cell,
    filled,
  };
}

function kindOf(ctx: RowContext, s: RowScratch, code: RowCode, area: boolean): RowKind {
  if (code.codes.length === 0 && (isTotalText(s.text('name')) || isTotalText(s.text('code')))) return 'total';
  if (area) return 'area';
  if (ctx.shape === 'task' && (hasTaskContent(s) || hasOtherContent(ctx, s.row))) return 'task';
  if (code.codes.length > 0) return 'criterion';
  if (ctx.shape === 'score' && hasNumbers(s)) return 'criterion';
  return 'group';
}

function hasTaskContent(s: RowScratch): boolean {
  // Indexed loops in what runs for every row, as in classify.ts (filledCount says why).
  for (let i = 0; i < TASK_SLOTS.length; i++) if (s.textOf(TASK_SLOTS[i]!) !== '') return true;
  return false;
}

/** A second work column the header gave no role ("3- Hoạt động" beside "2- Nhiệm vụ") still makes a task row. */
function hasOtherContent(ctx: RowContext, row: number): boolean {
  const cols = ctx.unassigned;
  for (let i = 0; i < cols.length; i++) if (cleanText(cellRaw(cellAt(ctx.grid, row, cols[i]!))) !== '') return true;
  return false;
}

function hasNumbers(s: RowScratch): boolean {
  for (let i = 0; i < NUMERIC_SLOTS.length; i++) {
    const slot = NUMERIC_SLOTS[i]!;
    const cell = s.cellOf(slot);
    if (cell !== null && cell.kind !== 'empty' && !s.filled(COLUMN_ROLES[slot]!)) return true;
  }
  return false;
}

interface RowAgencies {
  readonly lead: readonly AgencyMention[];
  readonly coordinating: readonly AgencyMention[];
  /** What the lead cell says besides its agencies ('' when nothing). */
  readonly leadRest: string;
}

const NO_AGENCIES: RowAgencies = { lead: [], coordinating: [], leadRest: '' };

function agenciesOnce(leadText: string, coordText: string): RowAgencies {
  const lead: AgencyMention[] = [];
  const implementers: AgencyMention[] = [];
  const reading = readAgencyCell(leadText);
  // "Các cơ quan, đơn vị (thực hiện)" inside a lead cell names implementers, not leads (Kế hoạch Vĩnh Phúc 2024, Phụ lục).
  for (const m of reading.mentions) (m.role === 'implementer' ? implementers : lead).push(m.mention);
  const coordinating = parseAgencies(coordText);
  for (const m of implementers) if (!coordinating.some((c) => c.name === m.name)) coordinating.push(m);
  return { lead, coordinating, leadRest: reading.rest };
}

/** A plan repeats the same lead and coordinating cells on most rows: their rows share one pair of lists. */
const agenciesOf = memoizeTextPair(agenciesOnce, 10_000);

function rowAgencies(s: RowScratch): RowAgencies {
  const lead = s.cell('lead');
  const coordinating = s.cell('coordinating');
  const leadText = lead === null ? '' : cellRaw(lead);
  const coordText = coordinating === null ? '' : cellRaw(coordinating);
  if (leadText === '' && coordText === '') return NO_AGENCIES;
  return agenciesOf(leadText, coordText);
}

function leadNoteOf(s: RowScratch, text: string): TextField {
  return { cell: s.ref('lead')!, text, filled: s.filled('lead') };
}

/** Rows without point columns (task tables) share one numbers object: it is never changed. */
const NO_NUMBERS: RowNumbers = { max: null, score: null, target: null };

function rowNumbers(ctx: RowContext, s: RowScratch): RowNumbers {
  const max = s.col('max');
  const score = s.col('score');
  const target = s.col('target');
  if (max === undefined && score === undefined && target === undefined) return NO_NUMBERS;
  // Numbers are never filled from a merge: one stated value must not count twice.
  return { max: numberAt(ctx, s.row, max), score: numberAt(ctx, s.row, score), target: numberAt(ctx, s.row, target) };
}

// A module function, not a closure made per row: V8 keeps the optimised code of a closure only
// while one of its instances lives, so after a collection every row's closure was compiled again.
function numberAt(ctx: RowContext, row: number, col: number | undefined): NumberField | null {
  if (col === undefined) return null;
  const cell = cellAt(ctx.grid, row, col);
  return { cell: { row, col }, parse: cell.formula === undefined ? numberParseOf(cell) : formulaParse(ctx.grid, cell.formula) };
}

function rowDeadline(ctx: RowContext, s: RowScratch): TableRow['deadline'] {
  const col = s.col('deadline');
  const cell = s.cell('deadline');
  if (col === undefined || cell === null || s.text('deadline') === '') return null;
  return deadlineAt(parseDeadline(cellRaw(cell), ctx.planYear), { row: s.row, col });
}

/** The parse with its cell, spelled out for the usual shapes: a spread of parses of several shapes is slow. */
function deadlineAt(d: Deadline, cell: CellRef): NonNullable<TableRow['deadline']> {
  if (d.more === undefined && d.start === undefined && d.end === undefined) return { raw: d.raw, kind: d.kind, cell };
  if (d.more === undefined && d.start !== undefined && d.end !== undefined) {
    return { raw: d.raw, kind: d.kind, start: d.start, end: d.end, cell };
  }
  return { ...d, cell };
}

/** Builds the table's rows, in order, from their code readings and the table-wide decisions. */
export function buildRows(ctx: RowContext, rows: readonly number[], codes: readonly RowCodes[], reading: TableReading): TableRow[] {
  // Named here so the keeper lives in the module's scope: V8 drops a module constant no function uses.
  void SCRATCH_SHAPE_KEEPER;
  const s = new RowScratch(ctx);
  const out: TableRow[] = new Array<TableRow>(rows.length);
  const inheritance = newInheritance(ctx);
  for (let i = 0; i < rows.length; i++) {
    s.load(rows[i]!);
    const row = buildRow(ctx, s, codes[i]!, reading, inheritance);
    inheritAfter(inheritance, row);
    out[i] = row;
  }
  return out;
}

/**
 * Task rows under a criterion whose own code cell is blank (the criterion row above carries the
 * code, or its cell was merged over them) belong to that criterion: they take its codes, marked as
 * filled so that no code check counts them twice. Never across an area, group or total row. Worked
 * out while the rows are built, so that no row is made twice.
 */
/**
 * The row's code was taken from the criterion above it: filled, and pointing at the criterion's
 * cell rather than the row's own (a code filled from a merged cell points at the row's own cell).
 */
export function hasInheritedCode(row: TableRow): boolean {
  const cell = row.code.cell;
  return row.code.filled && cell !== null && cell.row !== row.row;
}

/** "a)", "b.", "(c)", "-", "+": how tasks under a criterion row are marked, no number of their own. */
const ITEM_MARK = /^(?:\(?[a-zđ][.)]?|[-+•*–])$/u;

function isItemMark(text: string): boolean {
  return text === '' || ITEM_MARK.test(text);
}

/**
 * Where the next uncoded task row takes its code from: plain state and module functions rather
 * than a class. A class's hidden class lives only while an instance does, and optimised code that
 * had seen one sheet's instance was thrown away with it ("weak objects") and compiled again for
 * the next sheet; an object literal's shape stays.
 */
interface Inheritance {
  /** The code the next uncoded task row takes, shared by all of them; null after a structure row. */
  code: RowCode | null;
  readonly col: number | undefined;
}

function newInheritance(ctx: RowContext): Inheritance {
  return { code: null, col: ctx.shape === 'task' ? (ctx.columns.get('code') ?? ctx.columns.get('name')) : undefined };
}

/** The inherited code for a task row without one of its own (blank, or lettered "a)"), or null. */
function inheritedCode(ctx: RowContext, inheritance: Inheritance, row: number): RowCode | null {
  if (inheritance.code === null || inheritance.col === undefined) return null;
  const own = cellAt(ctx.grid, row, inheritance.col);
  return own.kind === 'empty' || (own.kind === 'string' && isItemMark(cleanText(cellRaw(own)))) ? inheritance.code : null;
}

function inheritAfter(inheritance: Inheritance, row: TableRow): void {
  if (inheritance.col === undefined) return;
  if (row.kind === 'area' || row.kind === 'group' || row.kind === 'total') inheritance.code = null;
  else if (row.code.codes.length > 0 && !row.code.filled) {
    inheritance.code = codeOf(row.code, row.code.cell, true);
  }
  else if (row.code.codes.length > 0 && inheritance.code === null) inheritance.code = row.code;
}

/**
 * The row's name: the name cell without the code it starts with. A name cell that holds a code and
 * nothing else ("Tiêu chí 1.1") names no criterion; an area written whole in the code column ("I.
 * CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH") has its name there.
 */
function rowName(s: RowScratch, own: RowCode, area: boolean): TextField | null {
  const codeName = s.codeName;
  const nameField = s.field('name');
  if (nameField && codeName !== null && codeName !== '') return { cell: nameField.cell, text: codeName, filled: nameField.filled };
  if (codeName === '' && !area) return null;
  if (nameField === null && area && own.cell !== null && own.rest.trim() !== '') return { cell: own.cell, text: own.rest.trim(), filled: own.filled };
  return nameField;
}

function buildRow(ctx: RowContext, s: RowScratch, d: RowCodes, reading: TableReading, inheritance: Inheritance): TableRow {
  const area = isAreaRow(d, reading);
  const own = rowCode(s, d, reading, area);
  const name = rowName(s, own, area);
  const { lead, coordinating, leadRest } = rowAgencies(s);
  const kind = kindOf(ctx, s, own, area);
  const code = kind === 'task' && own.codes.length === 0 ? (inheritedCode(ctx, inheritance, s.row) ?? own) : own;
  return {
    row: s.row,
    kind,
    code,
    name,
    numbers: rowNumbers(ctx, s),
    lead,
    leadCell: s.ref('lead'),
    leadNote: leadRest === '' ? null : leadNoteOf(s, leadRest),
    coordinating,
    task: s.field('task'),
    product: s.field('product'),
    deadline: rowDeadline(ctx, s),
    budget: s.field('budget'),
    note: s.field('note'),
  };
}
