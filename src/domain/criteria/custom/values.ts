import { fixed, type Fixed } from '../../fixed';
import { parseNumberText } from '../../parse/number';
import { romanToArabic } from '../../parse/codes';
import { cleanText, fold } from '../../text';
import { CODE_PATTERN, normalizeCode } from '../codes';
import { criteriaSetNamedBy } from '../registry';
import type { CriteriaSetId, NodeKind } from '../types';
import type { SourceKind, Split } from './types';

/**
 * Cell and field readers shared by the sheet and JSON formats. Each returns the value, or 'bad'
 * when the text cannot mean one: the caller knows the place and reports it.
 */

/** Vietnamese labels written on export and accepted back (with the English ids). */
export const KIND_LABELS: Readonly<Record<NodeKind, string>> = {
  'self-assessment': 'Tự đánh giá',
  'leader-survey': 'Điều tra xã hội học',
  sipas: 'SIPAS',
  'socio-economic': 'Kinh tế - xã hội',
  mixed: 'Hỗn hợp',
};

/** Folded spellings seen in guidance and sheets, per kind. */
const KIND_WORDS: ReadonlyArray<readonly [NodeKind, RegExp]> = [
  ['mixed', /^(hon hop|mixed|ket hop)$/],
  ['self-assessment', /^(tu danh gia|tu cham|tham dinh|tu danh gia tham dinh|danh gia|self|self assessment)$/],
  ['leader-survey', /^(dieu tra( xa hoi hoc| xhh)?|xhh|dtxhh|khao sat( lanh dao)?|leader survey|survey)$/],
  ['sipas', /^(sipas|chi so hai long|hai long|muc do hai long|satisfaction)$/],
  ['socio-economic', /^(kinh te xa hoi|kt xh|ktxh|chi tieu kinh te xa hoi|socio economic|socioeconomic)$/],
];

export function parseKind(text: string): NodeKind | 'bad' {
  const f = fold(text);
  for (const [kind, pattern] of KIND_WORDS) if (pattern.test(f)) return kind;
  return 'bad';
}

/** The labels a user may write, for messages. */
export function kindChoices(): string {
  return Object.values(KIND_LABELS).join(', ');
}

/** A code as written: "2.1.3", "2.1.3.", "IV" (an area), or a number cell (1.1). */
export function parseCode(value: string | number): string | 'bad' {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value <= 0) return 'bad';
    const text = String(value);
    return CODE_PATTERN.test(text) ? text : 'bad';
  }
  const cleaned = normalizeCode(cleanText(value));
  const roman = /^[IVXLivxl]+$/.test(cleaned) ? romanToArabic(cleaned) : null;
  const code = roman !== null ? String(roman) : cleaned.replace(/(^|\.)0+(?=\d)/g, '$1');
  return CODE_PATTERN.test(code) ? code : 'bad';
}

/** Several codes in one cell or list: "7.3.2; 7.3.3", "2.4, 8.4". */
export function parseCodeList(value: string | number | readonly (string | number)[]): { codes: string[]; bad: string[] } {
  const parts = Array.isArray(value)
    ? (value as readonly (string | number)[])
    : typeof value === 'number'
      ? [value]
      : String(value)
          .split(/[;,\n]+|\s+/)
          .filter((p) => p.trim() !== '');
  const codes: string[] = [];
  const bad: string[] = [];
  for (const part of parts) {
    const code = parseCode(part);
    if (code === 'bad') bad.push(String(part));
    else if (!codes.includes(code)) codes.push(code);
  }
  return { codes, bad };
}

/** What people write for "the guidance does not give this maximum yet". */
const UNKNOWN_MAX = /^(-|—|–|\?|chua co|chua ro|khong ro|chua xac dinh|unknown|n a|na|null)$/;

/** A maximum: a number, a text number ("1,5"), or an explicit unknown (null). */
export function parseMax(value: string | number | null): Fixed | null | 'bad' {
  if (value === null) return null;
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? fixed(value) : 'bad';
  const text = cleanText(value);
  if (UNKNOWN_MAX.test(fold(text)) || ['-', '—', '–', '?'].includes(text)) return null;
  const parsed = parseNumberText(text);
  return parsed.status === 'ok' && parsed.value >= 0 ? parsed.value : 'bad';
}

/** "par-2022", "2022", "QĐ 876 (2022–2030)", "2017-2020": a built-in set by any usual name (its registry aliases). */
export function parseSetId(text: string): CriteriaSetId | 'bad' {
  return criteriaSetNamedBy(text) ?? 'bad';
}

export function parseYesNo(value: string | boolean): boolean | 'bad' {
  if (typeof value === 'boolean') return value;
  const f = fold(value);
  if (/^(co|x|yes|y|true|dung|1)$/.test(f)) return true;
  if (/^(khong|no|n|false|sai|0)$/.test(f)) return false;
  return 'bad';
}

/** "Tự đánh giá 6; Điều tra xã hội học 4" (also with "+"), the export's text for an area's split. */
export function parseSplit(text: string): Split | 'bad' {
  const out: Partial<Record<SourceKind, Fixed>> = {};
  const parts = cleanText(text)
    .split(/[;+\n]/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length === 0) return 'bad';
  for (const part of parts) {
    const m = /^(.*?)[\s:=]+([\d.,]+)(?:\s*(?:điểm|đ))?$/u.exec(part);
    if (!m) return 'bad';
    const kind = parseKind(m[1]!);
    const points = parseNumberText(m[2]!);
    if (kind === 'bad' || kind === 'mixed' || points.status !== 'ok' || out[kind] !== undefined) return 'bad';
    out[kind] = points.value;
  }
  return out;
}

export function splitText(split: Split, format: (value: Fixed) => string): string {
  return (Object.entries(split) as [SourceKind, Fixed][]).map(([kind, value]) => `${KIND_LABELS[kind]} ${format(value)}`).join('; ');
}
