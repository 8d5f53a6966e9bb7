/**
 * Displayed text for the formats officers use ('General', '0', '0.00', '#,##0.00', '0%', '@',
 * quoted literals, up to four sections), with the workbook locale's separators: the reader matches on
 * what Excel shows, so a vi-VN workbook must show "1,50" where en-US shows "1.50".
 */
export type FakeLocale = 'vi-VN' | 'en-US';

interface Separators {
  readonly decimal: string;
  readonly group: string;
}

const SEPARATORS: Record<FakeLocale, Separators> = {
  'vi-VN': { decimal: ',', group: '.' },
  'en-US': { decimal: '.', group: ',' },
};

/** Rounds a non-negative decimal string half away from zero, the way Excel rounds for display. */
function roundFixed(value: number, decimals: number): string {
  // Excel keeps 15 significant digits, so 1.005 displays as 1.01 even though the double is 1.00499…
  const precise = Number(value.toPrecision(15));
  const [intPart, fracPart = ''] = precise.toFixed(Math.min(20, decimals + 3)).split('.');
  const digits = (intPart! + fracPart).split('').map(Number);
  const keep = intPart!.length + decimals;
  const roundUp = (digits[keep] ?? 0) >= 5;
  const kept = digits.slice(0, keep);
  if (roundUp) {
    let i = kept.length - 1;
    while (i >= 0) {
      if (kept[i]! < 9) {
        kept[i]! += 1;
        break;
      }
      kept[i] = 0;
      i -= 1;
    }
    if (i < 0) kept.unshift(1);
  }
  const intLen = kept.length - decimals;
  const int = kept.slice(0, intLen).join('') || '0';
  const frac = kept.slice(intLen).join('');
  return decimals > 0 ? `${int}.${frac}` : int;
}

function group(int: string, sep: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** General: at most 10 significant digits, no trailing zeros, scientific beyond 11 characters. */
export function formatGeneral(value: number, locale: FakeLocale): string {
  const { decimal } = SEPARATORS[locale];
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  let text: string;
  if (magnitude >= 1e11 || magnitude < 1e-9) {
    text = value.toExponential(5).replace(/\.?0+e/, 'e').replace(/e([+-])(\d)$/, 'e$10$2').toUpperCase();
  } else {
    text = String(Number(value.toPrecision(10)));
  }
  return text.replace('.', decimal);
}

function splitSections(format: string): string[] {
  const sections: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of format) {
    if (ch === '"') quoted = !quoted;
    if (ch === ';' && !quoted) {
      sections.push(current);
      current = '';
    } else current += ch;
  }
  sections.push(current);
  return sections;
}

function formatSection(magnitude: number, section: string, locale: FakeLocale): string {
  const seps = SEPARATORS[locale];
  const cleaned = section.replace(/\[[^\]]*\]/g, '');
  const placeholder = /[#0?][#0?,]*(?:\.[#0?]*)?|\.[#0?]+/.exec(cleaned.replace(/"[^"]*"/g, (m) => ' '.repeat(m.length)));
  if (!placeholder) return cleaned.replace(/"([^"]*)"/g, '$1').replace(/\\(.)/g, '$1');
  const pattern = placeholder[0];
  const percent = /%/.test(cleaned.replace(/"[^"]*"/g, ''));
  const scaled = percent ? magnitude * 100 : magnitude;
  const [intPattern = '', fracPattern = ''] = pattern.split('.');
  const required = (fracPattern.match(/0/g) ?? []).length;
  const optional = (fracPattern.match(/[#?]/g) ?? []).length;
  let fixed = roundFixed(scaled, required + optional);
  let [int = '0', frac = ''] = fixed.split('.');
  while (frac.length > required && frac.endsWith('0')) frac = frac.slice(0, -1);
  const minInt = (intPattern.match(/0/g) ?? []).length;
  if (minInt === 0 && int === '0') int = '';
  int = int.padStart(minInt, '0');
  if (intPattern.includes(',')) int = group(int, seps.group);
  // Excel keeps the separator even when '#' drops every decimal: 12 in "0.##" shows "12.".
  fixed = pattern.includes('.') ? `${int}${seps.decimal}${frac}` : int;
  const start = placeholder.index;
  const before = cleaned.slice(0, start);
  const after = cleaned.slice(start + pattern.length);
  const literal = (s: string): string => s.replace(/"([^"]*)"/g, '$1').replace(/\\(.)/g, '$1').replace(/_./g, ' ');
  return literal(before) + fixed + literal(after);
}

/** Day, month and year of an Excel serial in the 1900 date system, whose day 60 is the 29 February 1900 Lotus kept. */
export function serialToDate(serial: number): { year: number; month: number; day: number; seconds: number } {
  const days = Math.floor(serial);
  const seconds = Math.round((serial - days) * 86400);
  if (days === 60) return { year: 1900, month: 2, day: 29, seconds };
  const utc = new Date(Date.UTC(1899, 11, days < 60 ? 31 : 30) + days * 86400000);
  return { year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate(), seconds };
}

export function dateToSerial(year: number, month: number, day: number): number | null {
  const utc = Date.UTC(year, month - 1, day);
  const check = new Date(utc);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  const serial = Math.round((utc - Date.UTC(1899, 11, 30)) / 86400000);
  return serial < 61 ? serial - 1 : serial;
}

/** A format with date or time codes (d, m, y, h, s outside quotes and brackets), as Excel classifies it. */
export function isDateFormat(format: string): boolean {
  const bare = format.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/\[[^\]]*\]/g, '');
  return /[dmyhs]/i.test(bare) && !/[#0?]/.test(bare.replace(/[dmyhs]+/gi, ''));
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The date codes officers' sheets use: d, dd, m, mm, mmm, yy, yyyy, h, hh, mm after h, ss; literals kept. */
function formatDate(serial: number, section: string, locale: FakeLocale): string {
  if (serial < 0) return '#'.repeat(11);
  const { year, month, day, seconds } = serialToDate(serial);
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const secs = seconds % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  let out = '';
  let afterHour = false;
  const tokens = section.replace(/\[[^\]]*\]/g, '').match(/"[^"]*"|\\.|y+|m+|d+|h+|s+|./gi) ?? [];
  tokens.forEach((token, i) => {
    const lower = token.toLowerCase();
    if (token.startsWith('"')) out += token.slice(1, -1);
    else if (token.startsWith('\\')) out += token.slice(1);
    else if (lower.startsWith('y')) out += lower.length <= 2 ? pad(year % 100) : String(year);
    else if (lower.startsWith('d')) out += lower.length === 1 ? String(day) : pad(day);
    else if (lower.startsWith('h')) {
      out += lower.length === 1 ? String(hours) : pad(hours);
      afterHour = true;
      return;
    } else if (lower.startsWith('s')) out += lower.length === 1 ? String(secs) : pad(secs);
    else if (lower.startsWith('m')) {
      const nextCode = tokens.slice(i + 1).find((t) => /^[dmyhs]/i.test(t))?.toLowerCase() ?? '';
      const isMinute = afterHour || nextCode.startsWith('s');
      if (isMinute) out += lower.length === 1 ? String(minutes) : pad(minutes);
      else if (lower.length >= 3) out += locale === 'vi-VN' ? `Thg ${month}` : MONTHS_EN[month - 1]!;
      else out += lower.length === 1 ? String(month) : pad(month);
    } else out += token;
    afterHour = afterHour && !/^[dmy]/i.test(token);
  });
  return out;
}

export function formatNumber(value: number, format: string, locale: FakeLocale): string {
  if (!Number.isFinite(value)) return '#NUM!';
  if (format === 'General' || format === '' || format === '@') return formatGeneral(value, locale);
  const sections = splitSections(format);
  if (isDateFormat(sections[0]!)) return formatDate(value, sections[0]!, locale);
  if (value < 0) {
    if (sections.length >= 2) return formatSection(-value, sections[1]!, locale);
    const text = formatSection(-value, sections[0]!, locale);
    return /[1-9]/.test(text) ? `-${text}` : text;
  }
  if (value === 0 && sections.length >= 3) return formatSection(0, sections[2]!, locale);
  return formatSection(value, sections[0]!, locale);
}

export function displayText(value: string | number | boolean | null, format: string, locale: FakeLocale): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') {
    const sections = splitSections(format);
    const textSection = sections[3];
    return textSection !== undefined && textSection.includes('@') ? textSection.replace(/"([^"]*)"/g, '$1').replace('@', value) : value;
  }
  return formatNumber(value, format, locale);
}
