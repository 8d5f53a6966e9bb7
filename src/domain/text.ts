import { memoizeText } from './memo';

/**
 * Text normalisation shared by every parser. Officers' sheets are often pasted from the plans' PDFs: decomposed
 * diacritics, the broken glyph "ƣ" for "ư", non-breaking spaces, and line wraps inside cells.
 */
const GLYPH_REPAIRS: ReadonlyArray<readonly [RegExp, string]> = [
  [/ƣ/g, 'ư'],
  [/Ƣ/g, 'Ư'],
];

const SPACES = /[\s\u00a0\u200b]+/g;

/**
 * Words of characters that NFC leaves as they are and that are not spaces (printable ASCII,
 * Latin-1 and Latin Extended A/B without the broken "ƣ"/"Ƣ", Latin Extended Additional, where
 * Vietnamese letters live, and general punctuation), separated by single spaces. With no
 * combining mark anywhere, such a text is already NFC and cleaning leaves it unchanged.
 */
const ALREADY_CLEAN =
  /^[!-~\u00a1-\u01a1\u01a4-\u024f\u1e00-\u1eff\u2010-\u2027\u2030-\u205e]+(?: [!-~\u00a1-\u01a1\u01a4-\u024f\u1e00-\u1eff\u2010-\u2027\u2030-\u205e]+)*$/;

// Memoised: every reader step cleans the same cells again, and sheets repeat their texts.
const cleanTextMemo: (input: string) => string = memoizeText(cleanTextOnce);

/** NFC, repaired glyphs, whitespace (including newlines and NBSP) collapsed to single spaces. */
export function cleanText(input: string): string {
  // Most cells are clean already: one scan of the text is cheaper than a lookup in a memo that
  // holds a whole sheet's texts (and keeps those out of it).
  return input === '' || ALREADY_CLEAN.test(input) ? input : cleanTextMemo(input);
}

function cleanTextOnce(input: string): string {
  if (input === '') return '';
  let s = input.normalize('NFC');
  for (const [pattern, replacement] of GLYPH_REPAIRS) s = s.replace(pattern, replacement);
  return s.replace(SPACES, ' ').trim();
}

/** Like cleanText but keeps line breaks (agency and task cells use them as separators). */
export function cleanLines(input: string): string {
  let s = input.normalize('NFC');
  for (const [pattern, replacement] of GLYPH_REPAIRS) s = s.replace(pattern, replacement);
  return s
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0\u200b]+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}

/**
 * The comparison key for matching words whatever their case or diacritics:
 * "Điểm tối đa" -> "diem toi da". Punctuation becomes a space.
 */
export const fold: (input: string) => string = memoizeText(foldOnce);

function foldOnce(input: string): string {
  return foldCharByChar(input) ?? foldByPipeline(input);
}

/** The definition of fold: what foldCharByChar gives faster for the texts it accepts. */
function foldByPipeline(input: string): string {
  return cleanText(input)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9.%]+/g, ' ')
    .trim();
}

/**
 * What each UTF-16 unit folds to, learnt from foldByPipeline the first time the unit is met: one
 * ASCII character (a-z, 0-9, '.', '%'), a separator (any run of them becomes one space), or
 * "not this way" (combining marks, surrogates, anything whose fold depends on its neighbours). A
 * sheet's distinct texts are folded once each, and a long plan has tens of thousands of them: six
 * passes of normalize and replace per text were a tenth of a command-line check at 50,000 rows,
 * where one pass over the text with this table costs a third of that.
 */
const FOLD_TABLE_SIZE = 0x2070;
const FOLD_UNKNOWN = 255;
const FOLD_NOT_THIS_WAY = 0;
const FOLD_SEPARATOR = 32;
const foldTable = new Uint8Array(FOLD_TABLE_SIZE).fill(FOLD_UNKNOWN);

function foldClassOf(code: number): number {
  if (code >= 0xd800 && code < 0xe000) return FOLD_NOT_THIS_WAY;
  const unit = String.fromCharCode(code);
  const alone = foldByPipeline(unit);
  // Tried between two letters too: a unit that joins or splits its neighbours is left to the pipeline.
  const between = foldByPipeline(`a${unit}b`);
  if (alone.length === 1 && between === `a${alone}b`) return alone.charCodeAt(0);
  if (alone === '' && between === 'a b') return FOLD_SEPARATOR;
  return FOLD_NOT_THIS_WAY;
}

/** fold in one pass, or null when the text holds a unit the table cannot fold alone. */
function foldCharByChar(input: string): string | null {
  let out = '';
  let space = false;
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    if (code >= FOLD_TABLE_SIZE) return null;
    let folded = foldTable[code]!;
    if (folded === FOLD_UNKNOWN) {
      folded = foldClassOf(code);
      foldTable[code] = folded;
    }
    if (folded === FOLD_NOT_THIS_WAY) return null;
    if (folded === FOLD_SEPARATOR) {
      space = out !== '';
      continue;
    }
    if (space) {
      out += ' ';
      space = false;
    }
    out += String.fromCharCode(folded);
  }
  return out;
}

// Made on first use: building a collator costs about 20 ms, a noticeable part of a command-line run
// that never sorts.
let collator: Intl.Collator | null = null;

/** Vietnamese alphabetical order (Đ after D, diacritics after the bare letter). */
export function compareVi(a: string, b: string): number {
  collator ??= new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
  return collator.compare(a, b);
}

/** Cuts to at most `max` UTF-16 units without splitting a surrogate pair (sheet names, cell texts). */
export function cutUnits(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return text.slice(0, end);
}
