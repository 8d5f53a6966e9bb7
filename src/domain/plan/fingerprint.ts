import type { PlanCell } from './types';

/*
 * A short fingerprint of what a cell holds, so a later run can tell the tool's own output from what
 * a user typed over it. Formulas are compared by their text with each row number made relative to
 * the cell's own row (the same formula down a column then gives one fingerprint, so a column of
 * them stores in a few characters), spaces and letter case outside text constants ignored, as hosts
 * tidy formulas that way. A link reads as the text it shows, however the adapter wrote it.
 */

/** What a cell holds as an adapter reads it back: a formula, a constant, or null when empty. */
export type CellContent = { readonly formula: string } | string | number | boolean | null;

/** Marks an empty cell in a fingerprint column. */
export const EMPTY_PRINT = '-';

const PRINT_SPACE = 36 ** 3;

/**
 * FNV-1a over the UTF-16 units of `kind` then `text`: small, stable across hosts, enough to tell one
 * cell's texts apart. Two arguments, not their concatenation: a large plan hashes a million texts.
 */
function hash(kind: string, text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < kind.length; i++) {
    h ^= kind.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return ((h >>> 0) % PRINT_SPACE).toString(36).padStart(3, '0');
}

/** Splits a formula into text constants (kept whole) and the code between them. */
function pieces(formula: string): { text: boolean; part: string }[] {
  const out: { text: boolean; part: string }[] = [];
  const re = /"(?:[^"]|"")*"?/g;
  let last = 0;
  for (let m = re.exec(formula); m; m = re.exec(formula)) {
    out.push({ text: false, part: formula.slice(last, m.index) }, { text: true, part: m[0] });
    last = m.index + m[0].length;
  }
  out.push({ text: false, part: formula.slice(last) });
  return out;
}

const REFERENCE = /(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\d(])/g;

/**
 * The formula with relative row numbers, case and spaces outside text constants normalised. The
 * rules are normalizeFormulaByRules; this is the same with less work per formula (a plan of a large
 * table fingerprints a hundred thousand of them): quotes found by indexOf, the code tidied only when
 * an expression finds something to tidy, and references found by the rules' own expression with no
 * callback per match. No loop here visits every character: a command line normalises most of its
 * formulas before V8 has optimised any loop, and the expressions run as compiled code from the start
 * (2,000 formulas in a fresh process: 20 ms with a loop over the characters, 7 ms like this).
 */
export function normalizeFormula(formula: string, row: number): string {
  const start = formula.charCodeAt(0) === 0x3d ? 1 : 0;
  let out = '';
  let code = start;
  for (let i = formula.indexOf('"', start); i >= 0; i = formula.indexOf('"', code)) {
    // A text constant, kept whole: up to a quote that is not doubled, or to the end.
    let j = formula.indexOf('"', i + 1);
    while (j >= 0 && formula.charCodeAt(j + 1) === QUOTE) j = formula.indexOf('"', j + 2);
    const end = j < 0 ? formula.length : j + 1;
    out += normalizeCode(formula.slice(code, i), row) + formula.slice(i, end);
    code = end;
    if (code >= formula.length) break;
  }
  return out + normalizeCode(formula.slice(code), row);
}

/** normalizeFormula's definition. */
export function normalizeFormulaByRules(formula: string, row: number): string {
  const body = formula.replace(/^=/, '');
  return pieces(body)
    .map(({ text, part }) => (text ? part : normalizeCodeByRules(part, row)))
    .join('');
}

function normalizeCodeByRules(part: string, row: number): string {
  return part
    .toUpperCase()
    .replace(/\s+/g, '')
    .replace(/_XLFN\./g, '')
    .replace(REFERENCE, (_m, colAbs: string, col: string, rowAbs: string, n: string) =>
      rowAbs ? `${colAbs}${col}$${n}` : `${colAbs}${col}R[${Number(n) - 1 - row}]`,
    );
}

const QUOTE = 0x22;
const NEEDS_TIDYING = /[a-z\s\u0080-\uffff]/;

/** What the rules make of the code between text constants, each step only when it can change something. */
function normalizeCode(part: string, row: number): string {
  // Lower case, anything beyond ASCII, or an ASCII space (\s below U+0080 is just those).
  const code = NEEDS_TIDYING.test(part) ? part.toUpperCase().replace(/\s+/g, '') : part;
  return relativeRows(code.includes('_XLFN.') ? code.replace(/_XLFN\./g, '') : code, row);
}

function isAsciiSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

/**
 * REFERENCE's replacement, its matches found by the expression (compiled native code from the
 * first call) and joined here without a callback per match.
 */
function relativeRows(code: string, row: number): string {
  REFERENCE_AT.lastIndex = 0;
  let out = '';
  let copied = 0;
  for (let m = REFERENCE_AT.exec(code); m !== null; m = REFERENCE_AT.exec(code)) {
    if (m[3] !== '') continue;
    const end = m.index + m[0].length;
    const digits = end - m[4]!.length;
    out += `${code.slice(copied, digits)}R[${Number(m[4]) - 1 - row}]`;
    copied = end;
  }
  return copied === 0 ? code : out + code.slice(copied);
}

/** REFERENCE for exec: its own lastIndex, so a replace with REFERENCE elsewhere cannot move it. */
const REFERENCE_AT = new RegExp(REFERENCE.source, 'g');

function unquote(constant: string): string {
  return constant.slice(1, -1).replace(/""/g, '"');
}

/** The text a HYPERLINK formula shows, when its display argument is text constants joined by &. */
export function hyperlinkText(formula: string): string | null {
  if (!mayBeHyperlink(formula)) return null;
  const body = formula.replace(/^=/, '').trim();
  if (!/^HYPERLINK\(/i.test(body) || !body.endsWith(')')) return null;
  const args = body.slice('HYPERLINK('.length, -1);
  const parts = pieces(args);
  let depth = 0;
  let seenComma = false;
  const shown: string[] = [];
  for (const { text, part } of parts) {
    if (text) {
      if (seenComma) shown.push(unquote(part));
      continue;
    }
    for (const ch of part) {
      if (ch === '(') depth += 1;
      else if (ch === ')') depth -= 1;
      else if (ch === ',' && depth === 0) {
        if (seenComma) return null;
        seenComma = true;
      } else if (seenComma && ch !== '&' && !/\s/.test(ch)) return null;
    }
  }
  return seenComma ? shown.join('') : null;
}

/** False when the formula surely does not start with HYPERLINK( (most of them), without a copy of it. */
function mayBeHyperlink(formula: string): boolean {
  let i = formula.charCodeAt(0) === 0x3d ? 1 : 0;
  while (i < formula.length && isAsciiSpace(formula.charCodeAt(i))) i++;
  const c = formula.charCodeAt(i);
  // Beyond ASCII may be a space trim() removes: left to the full test.
  return c > 0x7f || c === 0x48 || c === 0x68;
}

function isEmpty(content: CellContent): boolean {
  return content === null || content === '';
}

function formulaPrint(formula: string, row: number): string {
  const shown = hyperlinkText(formula);
  return shown !== null ? hash('t:', shown) : hash('f:', normalizeFormula(formula, row));
}

/** The fingerprint of a cell's content at `row` (0-based), EMPTY_PRINT for an empty cell. */
export function fingerprint(content: CellContent, row: number): string {
  if (isEmpty(content)) return EMPTY_PRINT;
  if (typeof content === 'object' && content !== null) return formulaPrint(content.formula, row);
  if (typeof content === 'string') return hash('t:', content);
  if (typeof content === 'number') return hash('n:', String(content));
  return hash('b:', String(content));
}

/**
 * Text fingerprints already made in one pass over a plan: its products, deadlines and partners
 * repeat down thousands of rows, and a lookup costs less than hashing the text again.
 */
export type TextPrints = Map<string, string>;

/** fingerprint, with the prints of text remembered in `texts`. */
export function fingerprintWith(texts: TextPrints, content: CellContent, row: number): string {
  if (typeof content !== 'string' || content === '') return fingerprint(content, row);
  let print = texts.get(content);
  if (print === undefined) {
    if (texts.size >= TEXTS_REMEMBERED) texts.clear();
    texts.set(content, (print = hash('t:', content)));
  }
  return print;
}

/**
 * Texts whose prints are remembered at a time. Most texts of a large plan are a task's own, met on
 * one sheet or two; remembering every one kept 50,000 of them and their prints alive through each
 * young-generation collection. The texts that repeat down a sheet (products, deadlines, partners)
 * are met again long before the memory is let go, and are remembered again after.
 */
const TEXTS_REMEMBERED = 4096;

/**
 * fingerprintWith(texts, planContent(cell), row) without the content object: called once for each
 * of a large plan's million cells.
 */
export function planCellPrint(texts: TextPrints, cell: PlanCell | null | undefined, row: number): string {
  if (!cell) return EMPTY_PRINT;
  if (cell.print !== undefined) return cell.print;
  if (cell.formula !== undefined) return formulaPrint(cell.formula, row);
  const value = cell.value;
  if (typeof value === 'string') return fingerprintWith(texts, value, row);
  return fingerprint(planContent(cell), row);
}

/**
 * Formulas made from one pattern whose rows are all relative to the formula's own row (a table column's
 * gap on every row, a link from an agency sheet's row to the table's) normalise to one text for each
 * pattern and offset, so their print is made once, from the first such formula, not once per cell:
 * taking the marker's prints was 18% of `score` on a 10,000-row score table (bench/NOTES.md). The
 * key names the pattern and its offsets; everything else the formula's text depends on must be the
 * same for every formula given that key (the plan's table sheet, its columns, its texts).
 */
export class PatternPrints {
  /** By pattern, then by offset: no key text is made for a lookup. */
  private readonly byPattern!: Map<string, Map<number, string>>;

  constructor() {
    // Not enumerable: a memo, which fills in the order the rows happen to be made, is no part of what
    // a plan says, and two plans saying the same compare equal whatever each has made so far.
    Object.defineProperty(this, 'byPattern', { value: new Map<string, Map<number, string>>(), enumerable: false });
  }

  /**
   * The print of `formula` (with its "="), written at `row`, made or recalled by its pattern and
   * the offset of its rows from `row` (0 when they are all on it).
   */
  print(pattern: string, offset: number, formula: string, row: number): string {
    let byOffset = this.byPattern.get(pattern);
    if (byOffset === undefined) this.byPattern.set(pattern, (byOffset = new Map()));
    let print = byOffset.get(offset);
    if (print === undefined) {
      if (byOffset.size >= OFFSETS_REMEMBERED) byOffset.clear();
      print = formulaPrint(formula, row);
      byOffset.set(offset, print);
    }
    return print;
  }
}

/** Offsets kept at a time for a pattern: links down a sheet mostly keep theirs from row to row. */
const OFFSETS_REMEMBERED = 4096;

/** What a plan cell leaves in the workbook, as an adapter would read it back. */
export function planContent(cell: PlanCell | null | undefined): CellContent {
  if (!cell) return null;
  if (cell.formula !== undefined) return { formula: cell.formula };
  if (cell.link) return typeof cell.value === 'string' ? cell.value : (cell.value ?? null);
  const value = cell.value;
  if (value === undefined || value === null) return null;
  if (typeof value === 'number' && !Number.isFinite(value)) return null;
  return value;
}

/**
 * One column of fingerprints, top to bottom, as text: each cell three characters (or "-" when
 * empty), a run of equal ones written once with its count in parentheses, trailing empties left out.
 */
export function encodeColumn(prints: readonly string[]): string {
  let end = prints.length;
  while (end > 0 && prints[end - 1] === EMPTY_PRINT) end--;
  let out = '';
  for (let i = 0; i < end; ) {
    let j = i + 1;
    while (j < end && prints[j] === prints[i]) j++;
    out += j - i > 1 ? `${prints[i]}(${j - i})` : prints[i];
    i = j;
  }
  return out;
}

/**
 * encodeColumn fed one fingerprint at a time: a plan of a large table has a million cells, and
 * their fingerprints need not all be kept in arrays to be encoded. Runs are written as they end;
 * the last, when empty, is the trailing empties and is left out.
 */
export class ColumnEncoder {
  /**
   * Runs ended so far, joined in pieces of ENCODER_PIECE runs: text grown by += holds a string node
   * per run, and a column of a 50,000-row sheet, a distinct text on every row, kept 50,000 of them
   * (and their fingerprints) alive through every young-generation collection while its sheet was
   * written. Joined, a piece is one string, and the fingerprints in it die young.
   */
  private readonly pieces: string[] = [];
  private readonly runs: string[] = [];
  private run = '';
  private count = 0;

  add(print: string): void {
    if (print === this.run) {
      this.count++;
      return;
    }
    this.flush();
    this.run = print;
    this.count = 1;
  }

  private flush(): void {
    if (this.count === 0) return;
    this.runs.push(this.count > 1 ? `${this.run}(${this.count})` : this.run);
    if (this.runs.length >= ENCODER_PIECE) {
      this.pieces.push(this.runs.join(''));
      this.runs.length = 0;
    }
  }

  text(): string {
    if (this.run !== EMPTY_PRINT) this.flush();
    this.count = 0;
    return this.pieces.join('') + this.runs.join('');
  }
}

const ENCODER_PIECE = 512;

const TOKEN = /([0-9a-z]{3}|-)(?:\((\d+)\))?/y;

/** The fingerprints encodeColumn wrote, or null when the text is not its form. */
export function decodeColumn(text: string): string[] | null {
  const out: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const m = TOKEN.exec(text);
    if (!m) return null;
    const count = m[2] === undefined ? 1 : Number(m[2]);
    if (count < 1 || count > 1_048_576) return null;
    for (let k = 0; k < count; k++) out.push(m[1]!);
  }
  return out;
}
