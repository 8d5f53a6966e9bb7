import { memoizeText } from '../memo';
import { cleanText, compareVi } from '../text';
import type { CellInput } from './cell';
import type { CodeParse } from './types';

/** Up to four dotted segments; a trailing dot ("1.1.") is how many plans end a number. */
const CODE = String.raw`\d{1,3}(?:\.\d{1,3}){0,3}`;
/** What may follow a code: a separator or a letter ("1.1.Thực hiện"), never "%", "," or "/" (amounts, dates). */
const LEADING_CODE = new RegExp(String.raw`^(${CODE})\.?(?=$|[\s\-–—:)]|\p{L})`, 'u');
const SEPARATOR = /^[\s.:)\-–—/]*/u;
const ROMAN_AREA = /^(VIII|VII|VI|IV|V|III|II|I)(?=$|[\s.:)\-–—/])/u;
/** "Lĩnh vực 3", "LĨNH VỰC III:", "Area 3"; the number is optional ("Lĩnh vực “Cải cách thể chế”"). */
const AREA_LABEL = /^(?:lĩnh vực|linh vuc|area)(?:\s+(\d{1,2}|[IVX]{1,4})(?=$|[\s.:)\-–—/“"]))?/iu;
/**
 * Codes named inside prose: "Tiêu chí 2.4", "tiêu chí thành phần 2.4.1", "TCTP 7.3.6", "criterion 2.4".
 * Dotted only: "tiêu chí 2" in a sentence is too often a count.
 */
const NAMED_CODE = new RegExp(
  String.raw`(?<![\p{L}\d])(?:tiêu chí(?: thành phần)?|tiêu chí tp|tctp|tc|criterion|criteria|sub-criterion)\s*(?:số\s*)?(\d{1,3}(?:\.\d{1,3}){1,3})(?![\d.]*\d)`,
  'giu',
);

const ROMAN_VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
const STRICT_ROMAN = /^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;

/** "IV" -> 4; null for anything that is not a well-formed roman numeral (case-insensitive). */
export function romanToArabic(s: string): number | null {
  const upper = s.trim().toUpperCase();
  if (upper === '' || !STRICT_ROMAN.test(upper)) return null;
  let total = 0;
  for (let i = 0; i < upper.length; i++) {
    const v = ROMAN_VALUES[upper[i]!]!;
    const next = ROMAN_VALUES[upper[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** Leading zeros dropped per segment ("01.02" -> "1.2") so codes compare as written by the ministry. */
function canonical(code: string): string {
  // Most codes are written canonically already ("1.1", "714.5"): a scan says so without the four
  // arrays and the strings the split makes, for every code of a long sheet's code column.
  return CANONICAL_CODE.test(code) ? code : canonicalBySegments(code);
}

/**
 * Segments of one to three digits, none with a leading zero, joined by single dots: what canonical
 * gives back unchanged. An expression rather than a loop over the characters: it runs as compiled
 * code from the first call, where the loop would run interpreted for most of a sheet.
 */
const CANONICAL_CODE = /^(?:0|[1-9]\d{0,2})(?:\.(?:0|[1-9]\d{0,2}))*$/;

function canonicalBySegments(code: string): string {
  return code
    .split('.')
    .filter((s) => s !== '')
    .map((s) => String(Number(s)))
    .join('.');
}

function areaNumber(token: string): number | null {
  if (/^\d+$/.test(token)) return Number(token);
  return romanToArabic(token);
}

/** Blank cells are most of a sheet's code cells: they share one parse (parses are never changed). */
const EMPTY_PARSE: CodeParse = { codes: [], rest: '', areaStyle: null, maybeTrailingZeroLost: false };

function empty(rest: string): CodeParse {
  return rest === '' ? EMPTY_PARSE : { codes: [], rest, areaStyle: null, maybeTrailingZeroLost: false };
}

/**
 * A code typed into a General cell is stored as a number: 1.1 may have been 1.10 (Excel drops the
 * trailing zero), and a criterion number only has one decimal digit when it is below ten.
 */
function parseNumberCode(value: number): CodeParse {
  if (!Number.isFinite(value) || value <= 0 || value >= 1000) return empty(String(value));
  const text = String(Number(value.toFixed(6)));
  const m = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) return empty(text);
  const code = canonical(text);
  if (m[2] === undefined) return { codes: [code], rest: '', areaStyle: 'arabic', maybeTrailingZeroLost: false };
  return { codes: [code], rest: '', areaStyle: null, maybeTrailingZeroLost: m[2] === '1' };
}

/** Area names are often quoted after the label: Lĩnh vực “Cải cách thể chế”. */
function unquote(text: string): string {
  return text.replace(/^[“"'‘]\s*(.*?)\s*[”"'’]$/u, '$1');
}

interface Leading {
  readonly code: string;
  readonly rest: string;
  readonly style: CodeParse['areaStyle'];
}

/** The code a text segment starts with, and what follows it. */
function leadingCode(segment: string): Leading | null {
  const label = AREA_LABEL.exec(segment);
  if (label) {
    const n = label[1] === undefined ? null : areaNumber(label[1]);
    const rest = unquote(segment.slice(label[0].length).replace(SEPARATOR, ''));
    return { code: n === null ? '' : String(n), rest, style: 'label' };
  }
  const roman = ROMAN_AREA.exec(segment);
  if (roman) {
    return { code: String(romanToArabic(roman[1]!)), rest: segment.slice(roman[0].length).replace(SEPARATOR, ''), style: 'roman' };
  }
  const m = LEADING_CODE.exec(segment);
  if (!m) return null;
  const after = segment.slice(m[0].length);
  const code = canonical(m[1]!);
  const rest = after.replace(SEPARATOR, '');
  const labelled = AREA_LABEL.exec(rest);
  if (labelled && !code.includes('.')) {
    return { code, rest: unquote(rest.slice(labelled[0].length).replace(SEPARATOR, '')), style: 'label' };
  }
  return { code, rest, style: code.includes('.') ? null : 'arabic' };
}

/**
 * Splits a cell into one part per code: a ";" or a line break starts a new part only when a
 * dotted code follows it ("5.2.3 - ...; 5.2.4 - ..."); otherwise it is prose or a wrapped line.
 */
function codeParts(text: string): string[] {
  const pieces = text.split(/(;|\n)/u);
  const parts: string[] = [];
  let current = pieces[0] ?? '';
  for (let i = 1; i + 1 < pieces.length; i += 2) {
    const sep = pieces[i]!;
    const next = pieces[i + 1]!;
    const lead = LEADING_CODE.exec(next.trim());
    if (lead && lead[1]!.includes('.')) {
      parts.push(current);
      current = next;
    } else {
      current += sep === ';' ? ';' + next : ' ' + next;
    }
  }
  parts.push(current);
  return parts.map((p) => cleanText(p).replace(/[;,]$/u, '').trim()).filter((p) => p !== '');
}

/** Name cells repeat down a sheet (and every name cell is asked): each text is parsed once. */
const parseTextCode: (text: string) => CodeParse = memoizeText(parseTextCodeByRules);

/** A cell holding one code and nothing else, the common case of a code column: "1", "2.4.1", "1.1.". */
const PLAIN_CODE = /^(\d{1,3}(?:\.\d{1,3}){0,3})\.?$/;
const DIGITS_AND_DOTS = /^[\d.]+$/;

/**
 * What parseTextCodeByRules makes of a text of digits and dots, without its Unicode expressions,
 * or null for any other text. Not memoised: a code column's codes are mostly written once each (a
 * long sheet's thousands of them), so a memo only added a lookup and an entry per row.
 */
function digitsParse(text: string): CodeParse | null {
  const plain = PLAIN_CODE.exec(text);
  if (plain !== null) {
    const code = canonical(plain[1]!);
    return { codes: [code], rest: '', areaStyle: code.includes('.') ? null : 'arabic', maybeTrailingZeroLost: false };
  }
  // Digits and dots that are no code ("2024.1", "1..2"): the rules find no code, and keep the text.
  return DIGITS_AND_DOTS.test(text) ? empty(text) : null;
}

/** The parse of a text cell: parseTextCode's definition. */
export function parseTextCodeByRules(text: string): CodeParse {
  const cleaned = text.normalize('NFC').replace(/\r\n?/g, '\n').trim();
  if (cleaned === '') return empty('');
  const parts = codeParts(cleaned);
  const first = parts[0] === undefined ? null : leadingCode(parts[0]);
  const codes: string[] = [];
  let rest = cleanText(cleaned);
  if (first) {
    const rests: string[] = [];
    parts.forEach((part, i) => {
      const lead = i === 0 ? first : leadingCode(part);
      if (lead && lead.code !== '' && !codes.includes(lead.code)) codes.push(lead.code);
      const r = lead ? lead.rest : part;
      if (r !== '') rests.push(r);
    });
    rest = rests.join('; ');
  }
  for (const m of cleanText(cleaned).matchAll(NAMED_CODE)) {
    const code = canonical(m[1]!);
    if (!codes.includes(code)) codes.push(code);
    // "Tiêu chí 1.1" and nothing else: a code, no name.
    if (!first && m.index === 0 && rest.slice(m[0].length).replace(SEPARATOR, '') === '') rest = '';
  }
  const style = first?.style ?? null;
  return { codes, rest, areaStyle: codes.length > 0 || style === 'label' ? style : null, maybeTrailingZeroLost: false };
}

/**
 * Criterion codes in a code or name cell: "1.1", "1.1 - Thực hiện ...", "I", "Lĩnh vực III",
 * "Tiêu chí 2.4", several codes separated by ";" or newlines, and codes stored as numbers.
 */
export function parseCodes(cell: CellInput): CodeParse {
  if (cell.kind === 'empty' || cell.kind === 'error' || cell.kind === 'boolean') return empty('');
  if (typeof cell.value === 'number') return parseNumberCode(cell.value);
  const text = String(cell.value ?? cell.text);
  return digitsParse(text) ?? parseTextCode(text);
}

/** The whole text is one code ("2.4.1", "1.1.", "IV"), nothing else: what an STT column holds. */
export function isCodeLike(text: string): boolean {
  const t = cleanText(text);
  return CODE_ALONE.test(t) || ROMAN_ALONE.test(t);
}

const CODE_ALONE = new RegExp(String.raw`^${CODE}\.?$`, 'u');
const ROMAN_ALONE = /^(VIII|VII|VI|IV|V|III|II|I)\.?$/u;

/** Numeric per segment, a parent before its children: 1.2 < 1.10, 2 < 2.1 < 2.1.1 < 2.2. */
export function compareCodes(a: string, b: string): number {
  const pa = a.split('.');
  const pb = b.split('.');
  const numeric = (s: string[]): boolean => s.every((x) => /^\d+$/.test(x));
  if (!numeric(pa) || !numeric(pb)) return compareVi(a, b);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const d = Number(pa[i]) - Number(pb[i]);
    if (d !== 0) return d;
  }
  return pa.length - pb.length;
}

/** "2.1.3" -> "2.1"; an area code has no parent. */
export function parentCode(code: string): string | null {
  const i = code.lastIndexOf('.');
  return i <= 0 ? null : code.slice(0, i);
}
