/**
 * Text normalisation shared by every parser. Seeds come from PDF extraction: decomposed
 * diacritics, the broken glyph "ƣ" for "ư", non-breaking spaces, and line wraps inside cells.
 */
const GLYPH_REPAIRS: ReadonlyArray<readonly [RegExp, string]> = [
  [/ƣ/g, 'ư'],
  [/Ƣ/g, 'Ư'],
];

/**
 * A memo for the pure normalisers below. A sheet repeats the same texts (agency names, headers,
 * deadlines) on thousands of rows and every reader step cleans them again; a bounded map keeps
 * that cheap without holding on to a huge sheet's texts forever.
 */
const MEMO_LIMIT = 50_000;

function memoized(fn: (input: string) => string): (input: string) => string {
  const memo = new Map<string, string>();
  return (input) => {
    const hit = memo.get(input);
    if (hit !== undefined) return hit;
    const out = fn(input);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(input, out);
    return out;
  };
}

const SPACES = /[\s\u00a0\u200b]+/g;

/** NFC, repaired glyphs, whitespace (including newlines and NBSP) collapsed to single spaces. */
export const cleanText: (input: string) => string = memoized(cleanTextOnce);

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
export const fold: (input: string) => string = memoized(foldOnce);

function foldOnce(input: string): string {
  return cleanText(input)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9.%]+/g, ' ')
    .trim();
}

const COLLATOR = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Vietnamese alphabetical order (Đ after D, diacritics after the bare letter). */
export function compareVi(a: string, b: string): number {
  return COLLATOR.compare(a, b);
}
