import { a1 } from '../../address';
import { cellAt, gridColCount, type Grid, type GridCell } from '../../grid';
import { cellRaw } from '../../parse/cell';
import { cleanText, fold } from '../../text';
import { CRITERIA_SET_IDS } from '../registry';
import type { CriteriaSetId } from '../types';
import { issue } from './place';
import type { CriteriaIssue, DraftField, DraftNode, DraftSet, Place } from './types';
import { kindChoices, parseCode, parseCodeList, parseKind, parseMax, parseSetId, parseSplit, parseYesNo } from './values';

/** The sheet name the add-in and the CLI look for (any case, with or without diacritics). */
export const CRITERIA_SHEET = 'Bộ tiêu chí';

export function isCriteriaSheetName(name: string): boolean {
  return fold(name) === fold(CRITERIA_SHEET);
}

type CriteriaColumn = 'code' | 'name' | 'max' | 'kind' | 'parent' | 'aliases' | 'split';

/**
 * Header words, Vietnamese and English, on folded text (as in table/headers.ts). Order matters:
 * "Mã cha" is the parent before "Mã" is the code, "Nguồn điểm" a kind before "điểm" is a maximum.
 */
const COLUMN_RULES: ReadonlyArray<readonly [CriteriaColumn, RegExp]> = [
  ['parent', /\bcha\b|^thuoc\b|\bparent\b|truc thuoc/],
  ['aliases', /ma khac|bi danh|\balias|ma tuong duong|ma cu\b|danh so khac|other codes?/],
  ['split', /co cau|phan bo|\bsplit\b/],
  ['kind', /^loai\b|nguon diem|^nguon\b|\bkind\b|^source\b|^type\b|hinh thuc cham|phuong thuc/],
  ['max', /toi da|\bmax\b|\bmaximum|thang diem|diem chuan|so diem|^diem$|^points?$/],
  ['code', /^(stt|tt|so tt|ma|ma so|ma tieu chi|code|codes?|ky hieu|no)$/],
  ['name', /^ten\b|noi dung|tieu chi|linh vuc|\bname\b|criteri|description/],
];

function columnOfHeader(text: string): CriteriaColumn | null {
  const f = fold(text);
  if (f === '' || f.length > 60) return null;
  for (const [column, pattern] of COLUMN_RULES) if (pattern.test(f)) return column;
  return null;
}

type MetaKey = 'id' | 'title' | 'basis' | 'total' | 'partial' | 'extends' | 'methodology';

/** Key/value rows above the header describe the set itself. */
const META_RULES: ReadonlyArray<readonly [MetaKey, RegExp]> = [
  ['id', /^(ma bo( tieu chi)?|id|set id)$/],
  ['title', /^(ten( bo)?( tieu chi)?|bo tieu chi|title|name)$/],
  ['basis', /^(can cu( phap ly)?|co so phap ly|van ban|basis|legal basis)$/],
  ['total', /^(tong diem|tong|total|total points)$/],
  ['partial', /^((bo )?chua day du|partial|incomplete)$/],
  ['extends', /^(ke thua( bo)?|mo rong( tu)?|bo goc|extends|based on)$/],
  ['methodology', /^((theo )?phuong phap|methodology)$/],
];

function metaKey(text: string): MetaKey | null {
  const f = fold(text);
  for (const [key, pattern] of META_RULES) if (pattern.test(f)) return key;
  return null;
}

/** Header rows are looked for among the first rows only, as for tables. */
const HEADER_SEARCH_ROWS = 30;

interface CriteriaHeader {
  readonly row: number;
  readonly columns: Readonly<Partial<Record<CriteriaColumn, number>>>;
}

export function findCriteriaHeader(grid: Grid): CriteriaHeader | null {
  const rows = Math.min(grid.cells.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < rows; i++) {
    const row = grid.originRow + i;
    const columns: Partial<Record<CriteriaColumn, number>> = {};
    for (let c = 0; c < gridColCount(grid); c++) {
      const col = grid.originCol + c;
      const cell = cellAt(grid, row, col);
      if (cell.kind !== 'string') continue;
      const column = columnOfHeader(cell.text);
      if (column && columns[column] === undefined) columns[column] = col;
    }
    if (columns.code !== undefined && columns.name !== undefined) return { row, columns };
  }
  return null;
}

/**
 * Whether a sheet not named "Bộ tiêu chí" still is one: a code, name, maximum and point-source
 * column. A score table has the first three but never says where each criterion's points come from.
 */
export function looksLikeCriteriaSheet(grid: Grid): boolean {
  const header = findCriteriaHeader(grid);
  return header !== null && header.columns.max !== undefined && header.columns.kind !== undefined;
}

function text(cell: GridCell): string {
  return cleanText(cellRaw(cell));
}

/** A plain-text total row ("Tổng cộng") carries no node. */
const TOTAL_ROW = /^(tong( cong| diem| so)?|total)\b/;

interface Reader {
  readonly grid: Grid;
  readonly issues: CriteriaIssue[];
  place(row: number, col: number): Place;
}

function field<T>(place: Place, value: T): DraftField<T> {
  return { value, place };
}

function readMeta(reader: Reader, headerRow: number): Partial<Record<MetaKey, DraftField<unknown>>> {
  const { grid } = reader;
  const out: Partial<Record<MetaKey, DraftField<unknown>>> = {};
  for (let row = grid.originRow; row < headerRow; row++) {
    const filled: { col: number; cell: GridCell }[] = [];
    for (let c = 0; c < gridColCount(grid); c++) {
      const cell = cellAt(grid, row, grid.originCol + c);
      if (cell.kind !== 'empty') filled.push({ col: grid.originCol + c, cell });
    }
    const [keyCell, valueCell] = filled;
    if (!keyCell || !valueCell || keyCell.cell.kind !== 'string') continue;
    const key = metaKey(keyCell.cell.text);
    if (!key || out[key]) continue;
    const place = reader.place(row, valueCell.col);
    const raw = text(valueCell.cell);
    const value = valueCell.cell.value;
    switch (key) {
      case 'id':
      case 'title':
      case 'basis':
        if (raw !== '') out[key] = field(place, raw);
        break;
      case 'total': {
        const total = parseMax(typeof value === 'number' ? value : raw);
        if (total === 'bad' || total === null) reader.issues.push(issue('bad-total', place, { raw }));
        else out.total = field(place, total);
        break;
      }
      case 'partial': {
        const yes = typeof value === 'boolean' ? value : parseYesNo(raw);
        if (yes === 'bad') reader.issues.push(issue('bad-meta', place, { raw }, { variant: 'yes-no' }));
        else out.partial = field(place, yes);
        break;
      }
      case 'extends':
      case 'methodology': {
        if (raw === '') break;
        const id = parseSetId(raw);
        if (id === 'bad') reader.issues.push(issue('bad-extends', place, { raw, sets: CRITERIA_SET_IDS.join(', ') }));
        else out[key] = field<CriteriaSetId>(place, id);
        break;
      }
    }
  }
  return out;
}

function readNode(reader: Reader, header: CriteriaHeader, row: number): DraftNode | null {
  const { grid, issues } = reader;
  const cols = header.columns;
  const cellOf = (column: CriteriaColumn): { cell: GridCell; place: Place } | null => {
    const col = cols[column];
    if (col === undefined) return null;
    const cell = cellAt(grid, row, col);
    return cell.kind === 'empty' || text(cell) === '' ? null : { cell, place: reader.place(row, col) };
  };
  const codeCell = cellOf('code');
  const nameCell = cellOf('name');
  const others = (['max', 'kind', 'parent', 'aliases', 'split'] as const).map(cellOf).filter((c) => c !== null);
  if (!codeCell) {
    if (!nameCell && others.length === 0) return null;
    if (nameCell && TOTAL_ROW.test(fold(text(nameCell.cell)))) return null;
    issues.push(issue('bad-code', reader.place(row, cols.code!), { raw: '' }, { variant: 'missing' }));
    return null;
  }
  const rawCode = codeCell.cell.value;
  const code = parseCode(typeof rawCode === 'number' ? rawCode : text(codeCell.cell));
  if (code === 'bad') {
    issues.push(issue('bad-code', codeCell.place, { raw: text(codeCell.cell) }));
    return null;
  }
  const node: {
    -readonly [K in keyof DraftNode]: DraftNode[K];
  } = { code, place: codeCell.place, ...(typeof rawCode === 'number' ? { codeWasNumber: true } : {}) };
  if (nameCell) node.name = field(nameCell.place, text(nameCell.cell));

  const maxCell = cellOf('max');
  if (maxCell) {
    const v = maxCell.cell.value;
    const max = parseMax(typeof v === 'number' ? v : text(maxCell.cell));
    if (max === 'bad') issues.push(issue('bad-max', maxCell.place, { code, raw: text(maxCell.cell) }));
    else node.max = field(maxCell.place, max);
  }
  const kindCell = cellOf('kind');
  if (kindCell) {
    const kind = parseKind(text(kindCell.cell));
    if (kind === 'bad') issues.push(issue('bad-kind', kindCell.place, { code, raw: text(kindCell.cell), allowed: kindChoices() }));
    else node.kind = field(kindCell.place, kind);
  }
  const parentCell = cellOf('parent');
  if (parentCell) {
    const v = parentCell.cell.value;
    const parent = parseCode(typeof v === 'number' ? v : text(parentCell.cell));
    if (parent === 'bad') issues.push(issue('bad-parent', parentCell.place, { code, raw: text(parentCell.cell) }, { variant: 'not-a-code' }));
    else node.parent = field(parentCell.place, parent);
  }
  const aliasCell = cellOf('aliases');
  if (aliasCell) {
    const v = aliasCell.cell.value;
    const { codes, bad } = parseCodeList(typeof v === 'number' ? v : text(aliasCell.cell));
    if (bad.length > 0) issues.push(issue('bad-alias', aliasCell.place, { code, raw: bad.join(', ') }));
    node.aliases = field(aliasCell.place, codes);
  }
  const splitCell = cellOf('split');
  if (splitCell) {
    const split = parseSplit(text(splitCell.cell));
    if (split === 'bad') issues.push(issue('bad-split', splitCell.place, { code, raw: text(splitCell.cell) }, { variant: 'text' }));
    else node.split = field(splitCell.place, split);
  }
  return node;
}

interface SheetDraft {
  /** Null when the sheet has no header row naming a code and a name column. */
  readonly draft: DraftSet | null;
  readonly issues: readonly CriteriaIssue[];
}

/**
 * Reads a "Bộ tiêu chí" sheet: optional key/value rows (Tên bộ tiêu chí, Căn cứ, Tổng điểm, Kế thừa
 * bộ, Theo phương pháp, Chưa đầy đủ), then a header row (Mã, Tên tiêu chí, Điểm tối đa, Nguồn điểm,
 * Mã cha, Mã khác, Cơ cấu điểm) and one row per node. Every problem names its cell.
 */
export function readCriteriaSheet(grid: Grid, options: { readonly file?: string } = {}): SheetDraft {
  const issues: CriteriaIssue[] = [];
  const reader: Reader = { grid, issues, place: (row, col) => ({ sheet: grid.sheet, cell: a1(row, col) }) };
  const header = findCriteriaHeader(grid);
  const setPlace = reader.place(grid.originRow, grid.originCol);
  if (!header) {
    issues.push(issue('no-header', setPlace, { sheet: grid.sheet }));
    return { draft: null, issues };
  }
  const meta = readMeta(reader, header.row);
  const nodes: DraftNode[] = [];
  for (let row = header.row + 1; row < grid.originRow + grid.cells.length; row++) {
    const node = readNode(reader, header, row);
    if (node) nodes.push(node);
  }
  const draft: DraftSet = {
    source: { kind: 'sheet', sheet: grid.sheet, ...(options.file !== undefined ? { file: options.file } : {}) },
    place: setPlace,
    fallbackTitle: grid.sheet,
    ...(meta as Partial<Pick<DraftSet, MetaKey>>),
    nodes,
  };
  return { draft, issues };
}
