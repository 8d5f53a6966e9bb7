import { FIXED_SCALE, fixedFromUnits, type Fixed } from '../fixed';
import { cleanText } from '../text';
import { cellRaw, type CellInput } from './cell';
import type { NumberParse } from './types';

const DECIMALS = String(FIXED_SCALE).length - 1;

/**
 * Sign, integer digits, one optional comma-or-dot decimal part. No thousands separators: points
 * never reach a thousand, so "1,250" is 1.25, which is how an officer typing in a Vietnamese
 * locale means it.
 */
const NUMBER_TEXT = /^([+\-\u2212\u2013])?\s*(\d*)(?:[.,](\d+))?$/;

/** Units officers append to points ("1,25 điểm", "2 đ"). */
const UNIT_SUFFIX = /\s*(?:điểm|điễm|đ\.?)$/iu;

/** Excel may hand back a value such as 8.669999999999998: fixed() rounds it to the nearest unit. */
function fixedFromNumber(value: number): Fixed | null {
  if (!Number.isFinite(value)) return null;
  const units = Math.round(value * FIXED_SCALE);
  return Number.isSafeInteger(units) ? fixedFromUnits(units === 0 ? 0 : units) : null;
}

/**
 * Digits to ten-thousandths without going through a binary float, rounding half away from zero
 * beyond the fourth decimal.
 */
function fixedFromDigits(negative: boolean, whole: string, fraction: string): Fixed | null {
  const kept = (fraction + '0'.repeat(DECIMALS)).slice(0, DECIMALS);
  const roundUp = (fraction[DECIMALS] ?? '0') >= '5';
  const wholeDigits = whole.replace(/^0+(?=\d)/, '');
  if (wholeDigits.length > 12) return null;
  let units = Number(wholeDigits || '0') * FIXED_SCALE + Number(kept) + (roundUp ? 1 : 0);
  if (!Number.isSafeInteger(units)) return null;
  if (negative && units !== 0) units = -units;
  return fixedFromUnits(units);
}

/** Parses the text of a number typed as text ("0,78", " 8,67 ", "1,25 điểm", "-0,5"). */
export function parseNumberText(text: string): NumberParse {
  const raw = text;
  const cleaned = cleanText(text);
  if (cleaned === '') return { status: 'empty' };
  const match = NUMBER_TEXT.exec(cleaned.replace(UNIT_SUFFIX, ''));
  if (!match) return { status: 'invalid', raw };
  const whole = match[2] ?? '';
  const fraction = match[3] ?? '';
  if (whole === '' && fraction === '') return { status: 'invalid', raw };
  const value = fixedFromDigits(match[1] !== undefined && match[1] !== '+', whole, fraction);
  if (value === null) return { status: 'invalid', raw };
  return { status: 'ok', value, storedAsText: true, raw };
}

/**
 * A point value from a cell: a number cell exactly as stored, a text cell from its digits
 * (storedAsText, so the checker can warn), anything else invalid with the text kept.
 */
export function parseNumber(cell: CellInput): NumberParse {
  const { value } = cell;
  if (cell.kind === 'error' || typeof value === 'boolean') return { status: 'invalid', raw: cellRaw(cell) };
  if (typeof value === 'number') {
    const parsed = fixedFromNumber(value);
    const raw = cellRaw(cell);
    return parsed === null ? { status: 'invalid', raw } : { status: 'ok', value: parsed, storedAsText: false, raw };
  }
  return parseNumberText(value ?? cell.text);
}

/** Shortest exact decimal with a dot ("1.5", "8.67", "-0.25"); never exponent notation. */
export function formatPointsPlain(value: Fixed): string {
  const units = Math.abs(value);
  const whole = Math.floor(units / FIXED_SCALE);
  const fraction = String(units % FIXED_SCALE)
    .padStart(DECIMALS, '0')
    .replace(/0+$/, '');
  const sign = value < 0 ? '-' : '';
  return fraction === '' ? `${sign}${whole}` : `${sign}${whole}.${fraction}`;
}

/** Points for people: Vietnamese writes the decimal with a comma ("1,5"), English with a dot. */
export function formatPoints(value: Fixed, locale: 'vi' | 'en'): string {
  const plain = formatPointsPlain(value);
  return locale === 'vi' ? plain.replace('.', ',') : plain;
}
