import { a1, columnIndex, type MergedArea } from '../../domain/api/cells';
import type { ConditionalRuleShape } from '../../domain/api/workbook';
import type { StringTable } from './shared-strings';
import { attr, findElement, findElements, insertChild, removeAttr, rootPrefix, setAttr, unescapeXml, type ElementSpan } from './xml';

/**
 * Edits a worksheet part's XML in place (ECMA-376 Part 1 §18.3): rows and cells the edit does not
 * name keep their exact text, and so does every other element of the sheet.
 */

/** CT_Worksheet's child order (Part 1 §18.3.1.99): new elements go where the schema wants them. */
export const WORKSHEET_ORDER = [
  'sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'sheetCalcPr', 'sheetProtection',
  'protectedRanges', 'scenarios', 'autoFilter', 'sortState', 'dataConsolidate', 'customSheetViews', 'mergeCells',
  'phoneticPr', 'conditionalFormatting', 'dataValidations', 'hyperlinks', 'printOptions', 'pageMargins',
  'pageSetup', 'headerFooter', 'rowBreaks', 'colBreaks', 'customProperties', 'cellWatches', 'ignoredErrors',
  'smartTags', 'drawing', 'legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls',
  'webPublishItems', 'tableParts', 'extLst',
];

/** One row's cells to write, by column, as `<c>` elements. */
interface EditRow {
  readonly row: number;
  readonly cells: ReadonlyMap<number, string>;
}

/**
 * Cells to write made a row at a time, as the patch reaches them: a large table's columns need not
 * all be made (and kept alive) before the sheet is written.
 */
interface EditRows {
  /** The next row to write, rows ascending, each once; undefined when none is left. */
  next(): EditRow | undefined;
}

/** What to change in a sheet; rows and columns are 0-based. */
export interface SheetEdit {
  /**
   * Cells to write, by row then column, as `<c>` elements (they replace what is there): all of them
   * as a map, or made as the patch goes (walked once: an edit is applied once).
   */
  readonly cells: ReadonlyMap<number, ReadonlyMap<number, string>> | EditRows;
  /**
   * Cells to remove: these columns over these rows (what a previous run wrote), but for the cells
   * in `keep` ("row:col", the user's edits the user chose to keep).
   */
  readonly clear: {
    readonly first: number;
    readonly last: number;
    readonly columns: ReadonlySet<number>;
    readonly keep?: ReadonlySet<string>;
  } | null;
  readonly widths: readonly { readonly col: number; readonly width: number }[];
  /** Existing conditional formats to drop, judged by their sqref and their rules. */
  readonly dropConditional: (sqref: string, rules: readonly ConditionalRuleShape[]) => boolean;
  /** The colours of a differential format of the styles part, by index (StyleBook.differentialLook). */
  readonly differentialLook?: (index: number) => { fill: string | null; fontColor: string | null } | undefined;
  /** New conditionalFormatting elements, given the next free priority. */
  readonly conditionalFormats: (firstPriority: number) => readonly string[];
}

interface RowSpan extends ElementSpan {
  readonly row: number;
}

interface CellSpan {
  readonly col: number;
  readonly text: string;
}

/** The last sheet's sheetData: validating a plan and applying it both ask for it, several times. */
let lastData: { readonly xml: string; readonly p: string; readonly span: ElementSpan | undefined } | null = null;

/**
 * The sheetData element, its end searched from the end of the text: it is followed only by the
 * sheet's settings, whereas a search from its start goes through every cell (megabytes of them,
 * full of "<"). A worksheet has one sheetData, and no cell text holds "</sheetData>" (its "<" is
 * escaped).
 */
function sheetDataSpan(xml: string, p: string): ElementSpan | undefined {
  if (lastData && lastData.xml === xml && lastData.p === p) return lastData.span;
  const name = `<${p}sheetData`;
  let start = xml.indexOf(name);
  while (start >= 0 && !isNameEnd(xml.charCodeAt(start + name.length))) start = xml.indexOf(name, start + 1);
  let span: ElementSpan | undefined;
  const tagEnd = start < 0 ? -1 : xml.indexOf('>', start);
  if (tagEnd >= 0) {
    const startTag = xml.slice(start, tagEnd + 1);
    const innerStart = tagEnd + 1;
    if (startTag.endsWith('/>')) span = { start, end: innerStart, startTag, innerStart, innerEnd: innerStart };
    else {
      const close = `</${p}sheetData>`;
      const closeAt = xml.lastIndexOf(close);
      if (closeAt >= innerStart) span = { start, end: closeAt + close.length, startTag, innerStart, innerEnd: closeAt };
    }
  }
  lastData = { xml, p, span };
  return span;
}

function sheetDataOf(xml: string, p: string): ElementSpan {
  const data = sheetDataSpan(xml, p);
  if (!data) throw new Error('worksheet without sheetData');
  return data;
}

/** The r attribute of a row's start tag as Excel writes it (` r="12"`), else as any writer may. */
function rowNumber(tag: string): number | undefined {
  const at = tag.indexOf(' r="');
  if (at >= 0) {
    const end = tag.indexOf('"', at + 4);
    const n = Number(tag.slice(at + 4, end));
    if (Number.isInteger(n) && n > 0) return n;
  }
  const r = attr(tag, 'r');
  return r === undefined ? undefined : Number(r);
}

function isNameEnd(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x2f || code === 0x3e;
}

/**
 * The last sheet's rows as far as they were read: validating a plan and applying it both walk the
 * table sheet's rows. `at` is where reading goes on (-1 once sheetData's end was reached).
 */
let lastRows: { readonly xml: string; readonly p: string; readonly rows: RowSpan[]; at: number; previous: number } | null = null;

/**
 * The rows of sheetData up to row `last` (0-based) and the first one past it, or all of them: found
 * with indexOf rather than a regular expression and an attribute pattern per row, since the table
 * sheet of a large plan has tens of thousands of them. Rows are stored in ascending order (the patch
 * places new rows by it), so the rows after the first one past `last` hold nothing an edit ending at
 * `last` touches: a task table's tool writes its header row, and a 50,000-row sheet is not read on.
 */
function rowsOf(xml: string, p: string, data: ElementSpan, last = Infinity): RowSpan[] {
  if (!lastRows || lastRows.xml !== xml || lastRows.p !== p) {
    lastRows = { xml, p, rows: [], at: xml.indexOf(`<${p}row`, data.innerStart), previous: -1 };
  }
  const state = lastRows;
  const { rows } = state;
  if (state.at < 0 || (rows.length > 0 && rows[rows.length - 1]!.row > last)) return rows;
  const open = `<${p}row`;
  const close = `</${p}row>`;
  let at = state.at;
  let previous = state.previous;
  while (at >= 0 && at < data.innerEnd) {
    if (!isNameEnd(xml.charCodeAt(at + open.length))) {
      at = xml.indexOf(open, at + 1);
      continue;
    }
    const tagEnd = xml.indexOf('>', at);
    if (tagEnd < 0) break;
    const startTag = xml.slice(at, tagEnd + 1);
    // A row without r follows the one before it (Part 1 §18.3.1.73).
    const r = rowNumber(startTag);
    const row = r !== undefined ? r - 1 : previous + 1;
    previous = row;
    const innerStart = tagEnd + 1;
    if (xml.charCodeAt(tagEnd - 1) === 0x2f) {
      rows.push({ start: at, end: innerStart, startTag, innerStart, innerEnd: innerStart, row });
      at = xml.indexOf(open, innerStart);
    } else {
      const closeAt = xml.indexOf(close, innerStart);
      if (closeAt < 0) break;
      rows.push({ start: at, end: closeAt + close.length, startTag, innerStart, innerEnd: closeAt, row });
      at = xml.indexOf(open, closeAt + close.length);
    }
    if (row > last) {
      state.at = at;
      state.previous = previous;
      return rows;
    }
  }
  state.at = -1;
  return rows;
}

/** A map of cells to write as rows given in order (every key, a row with no cells too). */
function mapRows(cells: ReadonlyMap<number, ReadonlyMap<number, string>>): EditRows {
  const rows = [...cells.keys()].sort((a, b) => a - b);
  let i = 0;
  return { next: () => (i < rows.length ? { row: rows[i]!, cells: cells.get(rows[i++]!)! } : undefined) };
}

function editRows(edit: SheetEdit): EditRows {
  return edit.cells instanceof Map ? mapRows(edit.cells) : (edit.cells as EditRows);
}

/** The rectangle the cells written span, grown as they are given. */
class WrittenSpan {
  firstRow = Infinity;
  lastRow = -1;
  firstCol = Infinity;
  lastCol = -1;
  any = false;

  add({ row, cells }: EditRow): void {
    this.any = true;
    this.firstRow = Math.min(this.firstRow, row);
    this.lastRow = Math.max(this.lastRow, row);
    for (const col of cells.keys()) {
      this.firstCol = Math.min(this.firstCol, col);
      this.lastCol = Math.max(this.lastCol, col);
    }
  }
}

/**
 * A start tag whose first attribute is a plain reference, as every writer puts it (`<c r="B7"`):
 * read without the attribute pattern. The reference is then also what attr() finds first, since
 * the space before it is the tag's first.
 */
const LEADING_REFERENCE = /^<[\w.:-]+ r="\$?([A-Za-z]{1,3})\$?\d+"/;

function cellColumn(tag: string): number | undefined {
  const lead = LEADING_REFERENCE.exec(tag);
  if (lead) return columnIndex(lead[1]!.toUpperCase());
  const r = attr(tag, 'r');
  const m = r ? /^\$?([A-Za-z]{1,3})\$?\d+$/.exec(r) : null;
  return m ? columnIndex(m[1]!.toUpperCase()) : undefined;
}

function cellsOf(xml: string, p: string, row: ElementSpan): CellSpan[] {
  let previous = -1;
  return findElements(xml, `${p}c`, row.innerStart, row.innerEnd).map((span) => {
    const col = cellColumn(span.startTag) ?? previous + 1;
    previous = col;
    return { col, text: xml.slice(span.start, span.end) };
  });
}

/** A cell's element with its reference spelled out, so inserting cells before it cannot move it. */
function withReference(text: string, row: number, col: number): string {
  if (/^<[\w.:-]+\s[^>]*\sr\s*=|^<[\w.:-]+\s+r\s*=/.test(text)) return text;
  return text.replace(/^<([\w.:-]+)/, `<$1 r="${a1(row, col)}"`);
}

/**
 * Whether a cell holds something a user sees: a formula, a value, or non-empty text (a shared
 * string is looked up, since an empty one shows nothing). A cell with only a style holds nothing.
 */
function holdsValue(text: string, strings: StringTable): boolean {
  if (/<([\w.-]+:)?f[\s>/]/.test(text)) return true;
  const v = /<(?:[\w.-]+:)?v>([^<]*)</.exec(text);
  if (v && v[1] !== '') return /\st\s*=\s*(["'])s\1/.test(text.slice(0, text.indexOf('>'))) ? (strings.at(Number(v[1])) ?? 'unknown') !== '' : true;
  const t = /<(?:[\w.-]+:)?t(?:\s[^>]*)?>([^<]+)</.exec(text);
  return t !== null;
}

interface SheetFacts {
  /** Sheet protection is on (the sheet attribute of sheetProtection, Part 1 §18.3.1.85). */
  readonly protected: boolean;
  readonly merges: readonly MergedArea[];
}

/**
 * Where the cells end. The elements searched for besides them (protection, merges, conditional
 * formats) all follow sheetData in CT_Worksheet's order, so a search starts here rather than
 * scanning megabytes of cells; cell text cannot hold the closing tag (its "<" is escaped).
 */
function afterSheetData(xml: string, p: string): number {
  return sheetDataSpan(xml, p)?.innerEnd ?? 0;
}

export function sheetFacts(xml: string): SheetFacts {
  const p = rootPrefix(xml);
  const protection = findElement(xml, `${p}sheetProtection`, afterSheetData(xml, p));
  const on = protection ? attr(protection.startTag, 'sheet') : undefined;
  return { protected: on === '1' || on === 'true', merges: mergesOf(xml, p) };
}

function mergesOf(xml: string, p: string): MergedArea[] {
  const list = findElement(xml, `${p}mergeCells`, afterSheetData(xml, p));
  if (!list) return [];
  const out: MergedArea[] = [];
  for (const m of findElements(xml, `${p}mergeCell`, list.innerStart, list.innerEnd)) {
    const area = parseArea(attr(m.startTag, 'ref') ?? '');
    if (area) out.push(area);
  }
  return out;
}

function parseArea(ref: string): MergedArea | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(ref.trim());
  if (!m) return null;
  const col = columnIndex(m[1]!.toUpperCase());
  const row = Number(m[2]) - 1;
  const lastCol = m[3] ? columnIndex(m[3].toUpperCase()) : col;
  const lastRow = m[4] ? Number(m[4]) - 1 : row;
  return { row: Math.min(row, lastRow), col: Math.min(col, lastCol), rowCount: Math.abs(lastRow - row) + 1, colCount: Math.abs(lastCol - col) + 1 };
}

/** The positions among `wanted` (row -> columns) that hold a value in the sheet. */
export function occupiedCells(xml: string, wanted: ReadonlyMap<number, ReadonlySet<number>>, strings: StringTable = []): { row: number; col: number }[] {
  const p = rootPrefix(xml);
  const data = sheetDataSpan(xml, p);
  if (!data || wanted.size === 0) return [];
  const out: { row: number; col: number }[] = [];
  let last = -1;
  for (const row of wanted.keys()) if (row > last) last = row;
  for (const row of rowsOf(xml, p, data, last)) {
    const cols = wanted.get(row.row);
    if (!cols) continue;
    for (const cell of cellsOf(xml, p, row)) {
      if (cols.has(cell.col) && holdsValue(cell.text, strings)) out.push({ row: row.row, col: cell.col });
    }
  }
  return out;
}

function rebuildRow(xml: string, p: string, row: RowSpan | null, rowIndex: number, edit: SheetEdit, writes: ReadonlyMap<number, string> | undefined): string {
  const clear = edit.clear && rowIndex >= edit.clear.first && rowIndex <= edit.clear.last ? edit.clear.columns : null;
  const kept = (row ? cellsOf(xml, p, row) : [])
    .filter((c) => !((clear?.has(c.col) ?? false) && !(edit.clear?.keep?.has(`${rowIndex}:${c.col}`) ?? false)) && !(writes?.has(c.col) ?? false))
    .map((c) => ({ col: c.col, text: withReference(c.text, rowIndex, c.col) }));
  const added = [...(writes ?? new Map<number, string>())].map(([col, text]) => ({ col, text }));
  const cells = [...kept, ...added].sort((a, b) => a.col - b.col);
  const body = cells.map((c) => c.text).join('');
  let tag = row ? row.startTag.replace(/\s*\/>$/, '>') : `<${p}row r="${rowIndex + 1}">`;
  if (attr(tag, 'spans') !== undefined) {
    tag = cells.length > 0 ? setAttr(tag, 'spans', `${cells[0]!.col + 1}:${cells[cells.length - 1]!.col + 1}`) : removeAttr(tag, 'spans');
  }
  if (row && attr(tag, 'r') === undefined) tag = setAttr(tag, 'r', String(rowIndex + 1));
  return `${tag}${body}</${p}row>`;
}

/**
 * The `<c>` elements of the given cells ("row:col"), as they are, each with its reference spelled
 * out, by row then column.
 */
export function cellElements(xml: string, wanted: ReadonlySet<string>): Map<number, Map<number, string>> {
  const out = new Map<number, Map<number, string>>();
  if (wanted.size === 0) return out;
  const p = rootPrefix(xml);
  for (const row of rowsOf(xml, p, sheetDataOf(xml, p))) {
    for (const cell of cellsOf(xml, p, row)) {
      if (!wanted.has(`${row.row}:${cell.col}`)) continue;
      let cols = out.get(row.row);
      if (!cols) out.set(row.row, (cols = new Map()));
      cols.set(cell.col, withReference(cell.text, row.row, cell.col));
    }
  }
  return out;
}

/**
 * The sheetData element with the edit's cells, in pieces: the rest of the sheet is patched apart
 * (see patchSheet). The rows to write are taken in order as the sheet's rows are passed, each put
 * in place of the sheet's row of that number or before the first row past it. The sheet's rows are
 * read only as far as the row waiting to be placed and the cleared ones reach (rowsOf): a task
 * table's tool column writes its header, and the rest of a 50,000-row sheet is copied unread.
 */
function patchedSheetData(xml: string, p: string, data: ElementSpan, edit: SheetEdit, span: WrittenSpan): string[] {
  const writing = editRows(edit);
  const clearLast = edit.clear ? edit.clear.last : -1;
  const cleared = (r: number): boolean => edit.clear !== null && r >= edit.clear.first && r <= edit.clear.last;
  const take = (): EditRow | undefined => {
    const next = writing.next();
    if (next) span.add(next);
    return next;
  };
  const pieces: string[] = [];
  let cursor = data.innerStart;
  let pending = take();
  // The row given last: a sheet that repeats a row number gets its cells in each, as a lookup did.
  let given: EditRow | undefined;
  // rowsOf grows one array as it reads on, and leaves it as it is once it has read past `last`.
  const readOn = (): RowSpan[] => rowsOf(xml, p, data, Math.max(clearLast, pending ? pending.row : -1));
  const rows = readOn();
  for (let k = 0; k < rows.length || k < readOn().length; k++) {
    const row = rows[k]!;
    if (pending && pending.row < row.row) {
      pieces.push(xml.slice(cursor, row.start));
      cursor = row.start;
      while (pending && pending.row < row.row) {
        pieces.push(rebuildRow(xml, p, null, pending.row, edit, pending.cells));
        given = pending;
        pending = take();
      }
    }
    let writes: ReadonlyMap<number, string> | undefined;
    if (pending && pending.row === row.row) {
      writes = pending.cells;
      given = pending;
      pending = take();
    } else if (given && given.row === row.row) writes = given.cells;
    if (writes === undefined && !cleared(row.row)) continue;
    pieces.push(xml.slice(cursor, row.start), rebuildRow(xml, p, row, row.row, edit, writes));
    cursor = row.end;
  }
  pieces.push(xml.slice(cursor, data.innerEnd));
  while (pending) {
    pieces.push(rebuildRow(xml, p, null, pending.row, edit, pending.cells));
    pending = take();
  }
  const open = data.startTag.endsWith('/>') ? data.startTag.replace(/\s*\/>$/, '>') : data.startTag;
  return [open, ...pieces, `</${p}sheetData>`];
}

function patchDimension(xml: string, p: string, span: WrittenSpan): string {
  const dimension = findElement(xml, `${p}dimension`);
  if (!dimension || !span.any) return xml;
  const current = parseArea(attr(dimension.startTag, 'ref') ?? '');
  let { firstRow, lastRow, firstCol, lastCol } = span;
  if (current) {
    // A lone A1 is what writers put in an empty sheet; it does not extend the used area.
    const emptyMark = current.row === 0 && current.col === 0 && current.rowCount === 1 && current.colCount === 1;
    if (!emptyMark) {
      firstRow = Math.min(firstRow, current.row);
      firstCol = Math.min(firstCol, current.col);
      lastRow = Math.max(lastRow, current.row + current.rowCount - 1);
      lastCol = Math.max(lastCol, current.col + current.colCount - 1);
    }
  }
  const ref = `${a1(firstRow, firstCol)}:${a1(lastRow, lastCol)}`;
  return xml.slice(0, dimension.start) + setAttr(dimension.startTag, 'ref', ref) + xml.slice(dimension.start + dimension.startTag.length);
}

/** Sets the widths of single columns, splitting a `<col>` that spans several. */
function patchColumns(xml: string, p: string, widths: SheetEdit['widths']): string {
  if (widths.length === 0) return xml;
  // cols precedes sheetData (CT_Worksheet's order): the cells are not searched for it.
  const beforeCells = (text: string): number => {
    const at = text.indexOf(`<${p}sheetData`);
    return at < 0 ? text.length : at;
  };
  let cols = findElement(xml, `${p}cols`, 0, beforeCells(xml));
  if (!cols) {
    xml = insertChild(xml, findElement(xml, `${p}worksheet`)!, `<${p}cols></${p}cols>`, 'cols', WORKSHEET_ORDER);
    cols = findElement(xml, `${p}cols`, 0, beforeCells(xml))!;
  }
  const items = findElements(xml, `${p}col`, cols.innerStart, cols.innerEnd).map((e) => ({
    min: Number(attr(e.startTag, 'min') ?? 0),
    max: Number(attr(e.startTag, 'max') ?? 0),
    tag: e.startTag.endsWith('/>') ? e.startTag : `${e.startTag.replace(/>$/, '/>')}`,
  }));
  let list = items;
  for (const { col, width } of widths) {
    const n = col + 1;
    const next: typeof items = [];
    let placed = false;
    for (const item of list) {
      if (n < item.min || n > item.max) {
        next.push(item);
        continue;
      }
      if (item.min < n) next.push({ min: item.min, max: n - 1, tag: setAttr(item.tag, 'max', String(n - 1)) });
      let own = setAttr(setAttr(item.tag, 'min', String(n)), 'max', String(n));
      // Officers hide the unused columns right of a table (often to XFD); the tool's results written
      // into a column still hidden would be in the copy and not seen. Its own columns are shown.
      own = removeAttr(setAttr(setAttr(own, 'width', String(width)), 'customWidth', '1'), 'hidden');
      next.push({ min: n, max: n, tag: own });
      if (item.max > n) next.push({ min: n + 1, max: item.max, tag: setAttr(item.tag, 'min', String(n + 1)) });
      placed = true;
    }
    if (!placed) next.push({ min: n, max: n, tag: `<${p}col min="${n}" max="${n}" width="${width}" customWidth="1"/>` });
    list = next.sort((a, b) => a.min - b.min);
  }
  const open = cols.startTag.endsWith('/>') ? cols.startTag.replace(/\s*\/>$/, '>') : cols.startTag;
  return `${xml.slice(0, cols.start)}${open}${list.map((i) => i.tag).join('')}</${p}cols>${xml.slice(cols.end)}`;
}

/** The cfRule children of a conditionalFormatting element, with their formulas' text. */
function conditionalRules(xml: string, p: string, span: ElementSpan, lookOf: SheetEdit['differentialLook']): ConditionalRuleShape[] {
  return findElements(xml, `${p}cfRule`, span.innerStart, span.innerEnd).map((rule) => {
    const dxfId = attr(rule.startTag, 'dxfId');
    // A rule without a differential format (or with one the part lacks) paints nothing of the tool's.
    const none = { fill: null, fontColor: null };
    const look = !lookOf ? undefined : dxfId === undefined ? none : lookOf(Number(dxfId)) ?? none;
    return {
      type: attr(rule.startTag, 'type') ?? '',
      operator: attr(rule.startTag, 'operator'),
      formulas: findElements(xml, `${p}formula`, rule.innerStart, rule.innerEnd).map((f) => unescapeXml(xml.slice(f.innerStart, f.innerEnd))),
      ...(look !== undefined ? { look } : {}),
    };
  });
}

function patchConditionalFormats(xml: string, p: string, edit: SheetEdit): string {
  const root = findElement(xml, `${p}worksheet`)!;
  const cellsEnd = afterSheetData(xml, p);
  const extLst = findElement(xml, `${p}extLst`, cellsEnd);
  const direct = findElements(xml, `${p}conditionalFormatting`, cellsEnd).filter((e) => !extLst || e.start < extLst.start || e.start > extLst.end);
  for (const span of direct.reverse()) {
    // Rule by rule: a writer that groups rules by range (openpyxl does) puts a user's rule over the
    // check column in one element with the tool's. The element goes when none of its rules is left.
    const sqref = attr(span.startTag, 'sqref') ?? '';
    const rules = findElements(xml, `${p}cfRule`, span.innerStart, span.innerEnd);
    const shapes = conditionalRules(xml, p, span, edit.differentialLook);
    const dropped = rules.filter((_, i) => edit.dropConditional(sqref, [shapes[i]!]));
    if (dropped.length === 0) continue;
    if (dropped.length === rules.length) {
      xml = xml.slice(0, span.start) + xml.slice(span.end);
      continue;
    }
    for (const rule of dropped.reverse()) xml = xml.slice(0, rule.start) + xml.slice(rule.end);
  }
  const priorities = [...xml.slice(cellsEnd).matchAll(/<(?:[\w.-]+:)?cfRule\s[^>]*?priority\s*=\s*(["'])(\d+)\1/g)].map((m) => Number(m[2]));
  const added = edit.conditionalFormats(Math.max(0, ...priorities) + 1);
  if (added.length === 0) return xml;
  const ext = findElement(xml, `${p}extLst`, cellsEnd);
  const after = findElements(xml, `${p}conditionalFormatting`, cellsEnd).filter((e) => !ext || e.start < ext.start);
  if (after.length > 0) {
    const last = after[after.length - 1]!;
    return xml.slice(0, last.end) + added.join('') + xml.slice(last.end);
  }
  const refreshedRoot = findElement(xml, `${p}worksheet`) ?? root;
  return insertChild(xml, refreshedRoot, added.join(''), 'conditionalFormatting', WORKSHEET_ORDER);
}

/**
 * The sheet with the edit applied, in pieces, most of them slices of the unchanged text: encoded
 * one by one (utf8Of), the megabytes of cells nobody changed are never copied into a new string.
 */
export function patchSheetPieces(xml: string, edit: SheetEdit): string[] {
  const p = rootPrefix(xml);
  const data = sheetDataOf(xml, p);
  // The elements around the cells are patched in the sheet with an empty sheetData in their place:
  // each of those edits copies and searches the text it is given, and the cells are megabytes.
  // The cells first: the dimension is what they span, known once they are all made.
  const span = new WrittenSpan();
  const cells = patchedSheetData(xml, p, data, edit, span);
  const empty = `<${p}sheetData/>`;
  let frame = xml.slice(0, data.start) + empty + xml.slice(data.end);
  frame = patchDimension(frame, p, span);
  frame = patchColumns(frame, p, edit.widths);
  frame = patchConditionalFormats(frame, p, edit);
  const at = frame.indexOf(empty);
  return [frame.slice(0, at), ...cells, frame.slice(at + empty.length)];
}

export function patchSheet(xml: string, edit: SheetEdit): string {
  return patchSheetPieces(xml, edit).join('');
}

/** The columns an A1 sqref list spans, first to last (null when none is readable). */
export function sqrefColumns(sqref: string): { first: number; last: number } | null {
  const letters = sqref
    .split(/[\s:]+/)
    .map((part) => /^\$?([A-Z]{1,3})/i.exec(part.replace(/^.*!/, ''))?.[1])
    .filter((l): l is string => l !== undefined);
  if (letters.length === 0) return null;
  const cols = letters.map((l) => columnIndex(l.toUpperCase()));
  return { first: Math.min(...cols), last: Math.max(...cols) };
}
