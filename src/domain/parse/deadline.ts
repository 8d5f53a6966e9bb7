import { memoizeText } from '../memo';
import { cleanText } from '../text';
import { romanToArabic } from './codes';
import type { Deadline, DeadlineKind } from './types';

/** Lower case without diacritics, punctuation kept (fold() would turn "15/12/2023" into words). */
function plain(text: string): string {
  return cleanText(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

function fullYear(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  return text.length === 2 ? 2000 + n : n;
}

function validYear(y: number | undefined): y is number {
  return y !== undefined && y >= 1990 && y <= 2100;
}

type Period = { kind: DeadlineKind; start?: string; end?: string };

function monthRange(year: number | undefined, from: number, to: number): Period {
  if (!validYear(year)) return { kind: 'month' };
  return { kind: 'month', start: iso(year, from, 1), end: iso(year, to, lastDay(year, to)) };
}

const ONGOING = /^(?:thuong xuyen|hang nam|hang nam|lien tuc|dinh ky|ongoing|continuous|annually|every year|hang thang|hang quy)\b|^(?:thuc hien )?thuong xuyen/;
const REGULATION = /^(?:theo|dung) (?:quy dinh|ke hoach|huong dan|yeu cau|lo trinh|tien do|chi dao|thoi gian|van ban)|^(?:as|per) (?:required|regulated|scheduled)/;
const RELATIVE = /\b\d+\s*(?:ngay|thang|tuan|days?|weeks?|months?)\b.*\b(?:ke tu|sau khi|tu ngay|after|from)\b|^(?:trong (?:vong|thoi han) )\d+\s*(?:ngay|thang|tuan)/;
const EVENT = /\b(?:sau khi|ngay sau khi|khi co|khi|ngay khi|after|upon|once)\b/;
const YEAR_NEXT = /nam sau|next year/;
// Not after "tháng": "Tháng 10 - 12/2023" is a run of months, not 10 December.
const DATE = /(?<!\d)(?<!(?:thang|month)\s*)(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}|\d{2}))?(?![\d/])/;
/** "30 tháng 6", "ngày 15 tháng 10 năm 2023". */
const DATE_WORDS = /(?<!\d)(\d{1,2})\s+thang\s+(\d{1,2})(?!\d)(?:\s*(?:nam|\/)\s*(\d{4}))?/;
const MONTH =
  /(?:thang|month|t)\s*(\d{1,2})(?:\s*(?:-|den|–)\s*(?:thang\s*)?(\d{1,2}))?(?:\s*(?:\/|nam|năm|,)\s*(\d{4}))?/;
const MONTH_YEAR = /(?<![\d/.])(\d{1,2})\s*\/\s*(\d{4})(?!\d)/;
const HALF = /6 thang (dau|cuoi) nam(?:\s*(\d{4}))?/;
const ROMAN_OR_DIGIT = String.raw`(?:iv|iii|ii|i|[1-4])`;
const QUARTER = new RegExp(
  String.raw`(?<![a-z])(?:quy|quarter|q)\s*(${ROMAN_OR_DIGIT})((?:\s*(?:,|-|–|va|den|and|to)\s*(?:quy\s*)?${ROMAN_OR_DIGIT})*)(?:\s*(?:\/|nam|,)?\s*(\d{4}))?`,
);
const YEAR_RANGE = /(?<!\d)(20\d{2}|19\d{2})\s*(?:-|–|den)\s*(20\d{2})(?!\d)/;
const YEAR = /(?<![\d/])((?:19|20)\d{2})(?!\d)/;

function quarterNumber(token: string): number | null {
  const n = /^\d$/.test(token) ? Number(token) : romanToArabic(token);
  return n !== null && n >= 1 && n <= 4 ? n : null;
}

function parseDate(p: string, planYear: number | undefined): Period | null {
  const m = DATE.exec(p) ?? DATE_WORDS.exec(p);
  if (!m) return null;
  const day = Number(m[1]);
  const month = Number(m[2]);
  let year = fullYear(m[3]);
  if (year === undefined && planYear !== undefined) year = YEAR_NEXT.test(p) ? planYear + 1 : planYear;
  if (month < 1 || month > 12 || day < 1) return null;
  if (!validYear(year)) return day <= 31 ? { kind: 'date' } : null;
  if (day > lastDay(year, month)) return null;
  const date = iso(year, month, day);
  return { kind: 'date', start: date, end: date };
}

function parseQuarter(p: string, planYear: number | undefined): Period | null {
  const m = QUARTER.exec(p);
  if (!m) return null;
  const first = quarterNumber(m[1]!);
  if (first === null) return null;
  const others = (m[2] ?? '').match(new RegExp(ROMAN_OR_DIGIT, 'g')) ?? [];
  const quarters = [first, ...others.map(quarterNumber).filter((q): q is number => q !== null)];
  const year = fullYear(m[3]) ?? fullYear(YEAR.exec(p.slice(m.index))?.[1]) ?? planYear;
  const from = Math.min(...quarters);
  const to = Math.max(...quarters);
  if (!validYear(year)) return { kind: 'quarter' };
  return { kind: 'quarter', start: iso(year, from * 3 - 2, 1), end: iso(year, to * 3, lastDay(year, to * 3)) };
}

function parseMonth(p: string, planYear: number | undefined): Period | null {
  const half = HALF.exec(p);
  if (half) {
    const year = fullYear(half[2]) ?? planYear;
    return half[1] === 'dau' ? monthRange(year, 1, 6) : monthRange(year, 7, 12);
  }
  const m = /(?:^|\s|trong |truoc |cuoi |dau )(?:thang|month)\s*\d/.test(p) || /(?:^|\s)t\d{1,2}\s*\//.test(p) ? MONTH.exec(p) : null;
  if (m) {
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    if (from < 1 || from > 12 || to < from || to > 12) return null;
    const year = fullYear(m[3]) ?? fullYear(YEAR.exec(p.slice(m.index))?.[1]) ?? (YEAR_NEXT.test(p) && planYear !== undefined ? planYear + 1 : planYear);
    return monthRange(year, from, to);
  }
  const my = MONTH_YEAR.exec(p);
  if (my) {
    const month = Number(my[1]);
    if (month < 1 || month > 12) return null;
    return monthRange(Number(my[2]), month, month);
  }
  return null;
}

function parseYear(p: string, planYear: number | undefined): Period | null {
  const range = YEAR_RANGE.exec(p);
  if (range) {
    const from = Number(range[1]);
    const to = Number(range[2]);
    if (to >= from) return { kind: 'year', start: iso(from, 1, 1), end: iso(to, 12, 31) };
  }
  const m = YEAR.exec(p);
  if (m) {
    const year = Number(m[1]);
    return { kind: 'year', start: iso(year, 1, 1), end: iso(year, 12, 31) };
  }
  if (/^(?:trong |ca )?nam(?: nay| ke hoach)?$|^(?:during the|this) year$/.test(p)) {
    return validYear(planYear) ? { kind: 'year', start: iso(planYear, 1, 1), end: iso(planYear, 12, 31) } : { kind: 'year' };
  }
  return null;
}

/** One milestone. Order matters: "Sau khi ... công bố năm 2024" is an event, not the year 2024. */
function parseOne(text: string, planYear: number | undefined): Period {
  const p = plain(text);
  if (p === '') return { kind: 'unknown' };
  if (ONGOING.test(p)) return { kind: 'ongoing' };
  if (RELATIVE.test(p)) return { kind: 'relative' };
  if (EVENT.test(p) && !/^(?:truoc|trong|den|before|by)\b/.test(p)) return { kind: 'event' };
  if (REGULATION.test(p)) return { kind: 'regulation' };
  return (
    parseDate(p, planYear) ??
    parseQuarter(p, planYear) ??
    parseMonth(p, planYear) ??
    parseYear(p, planYear) ?? { kind: 'unknown' }
  );
}

function build(raw: string, period: Period, more?: Deadline[]): Deadline {
  const out: { raw: string; kind: DeadlineKind; start?: string; end?: string; more?: readonly Deadline[] } = {
    raw,
    kind: period.kind,
  };
  if (period.start !== undefined) out.start = period.start;
  if (period.end !== undefined) out.end = period.end;
  if (more && more.length > 0) out.more = more;
  return out;
}

/**
 * Pieces of a cell holding several milestones: ";" and "- " bullets, and line breaks unless the line
 * completes the one above ("Trong năm\n2024" is one deadline wrapped in a narrow column).
 */
function milestones(raw: string, planYear: number | undefined): string[] {
  const pieces: string[] = [];
  for (const chunk of raw.replace(/\r\n?/g, '\n').split(';')) {
    let current = '';
    for (const lineRaw of chunk.split('\n')) {
      const line = cleanText(lineRaw);
      if (line === '') continue;
      const bullet = /^[-+•*]\s*/u.test(line);
      if (current !== '' && !bullet && parseOne(current, planYear).start === undefined) {
        const merged = `${current} ${line}`;
        if (parseOne(merged, planYear).kind !== 'unknown' || parseOne(line, planYear).kind === 'unknown') {
          current = merged;
          continue;
        }
      }
      if (current !== '') pieces.push(current);
      current = line;
    }
    if (current !== '') pieces.push(current);
  }
  return pieces.map((s) => s.replace(/^[-+•*]\s*/u, '').replace(/[.,]$/u, '').trim()).filter((s) => s !== '');
}

/** "Tháng 3/2024 và tháng 9/2024", "Trước 30/6, 15/12": both sides must be dated on their own. */
function splitDated(text: string, planYear: number | undefined): string[] | null {
  const parts = text.split(/\s*,\s*|\s+(?:và|and)\s+/iu).filter((s) => s !== '');
  if (parts.length < 2) return null;
  // "Quý I, II năm 2024" is one range: the pieces only split when each is a deadline of the same kind.
  const kinds = new Set(parts.map((part) => parseOne(part, planYear).kind));
  const [kind] = [...kinds];
  const dated = kinds.size === 1 && (kind === 'date' || kind === 'month' || kind === 'quarter' || kind === 'year');
  return dated ? parts : null;
}

/**
 * A deadline cell in normalised form, raw text kept: a date, month, quarter or year period (the
 * year filled from the plan year when the cell leaves it out), ongoing work, an event or a
 * regulation; further milestones of the same cell go to `more`.
 */
export function parseDeadline(raw: string, planYear?: number): Deadline {
  let memo = deadlineMemos.get(planYear);
  if (memo === undefined) {
    memo = memoizeText((text) => parseDeadlineOnce(text, planYear), 10_000);
    deadlineMemos.set(planYear, memo);
  }
  return memo(raw);
}

/** Per plan year: a task table repeats a handful of deadline texts ("Quý IV", "Thường xuyên") on every row. */
const deadlineMemos = new Map<number | undefined, (raw: string) => Deadline>();

function parseDeadlineOnce(raw: string, planYear: number | undefined): Deadline {
  const parts = milestones(raw, planYear);
  if (parts.length === 0) return build(raw, { kind: 'unknown' });
  if (parts.length === 1) {
    const only = parts[0]!;
    const first = parseOne(only, planYear);
    const split = first.kind === 'unknown' || first.kind === 'event' ? null : splitDated(only, planYear);
    if (split) {
      const [head, ...tail] = split;
      return build(raw, parseOne(head!, planYear), tail.map((t) => build(t, parseOne(t, planYear))));
    }
    return build(raw, first);
  }
  const parsed = parts.map((part) => ({ part, period: parseOne(part, planYear) }));
  const concrete = parsed.filter((x) => x.period.kind !== 'unknown');
  // Several lines of which only one is a deadline: the others are wrapped prose around it.
  if (concrete.length <= 1) {
    const whole = parseOne(parts.join(' '), planYear);
    return build(raw, whole);
  }
  const [head, ...tail] = concrete;
  return build(raw, head!.period, tail.map((t) => build(t.part, t.period)));
}
