import type { Lang } from './types';

/** A plain dotted decimal as the engine writes amounts: "8.67", "-0.5", "100". */
const DOTTED_DECIMAL = /^-?\d+(?:\.\d+)?$/;

/**
 * An amount the way the language writes it: Vietnamese uses a decimal comma ("8,67"), English a
 * dot. No thousands separator, since points stay below 1000 and "1.000" would read as one in
 * Vietnamese. Text that is not a plain decimal (already formatted, "—", a cell's raw text) is kept.
 */
export function localizeAmount(value: string | number, lang: Lang): string {
  const text = typeof value === 'number' ? numberText(value) : value;
  if (lang !== 'vi' || !DOTTED_DECIMAL.test(text)) return text;
  return text.replace('.', ',');
}

function numberText(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  // Avoid exponent notation (1e-7) for tiny values; amounts never need more than 4 decimals.
  return Math.abs(value) < 1e-6 && value !== 0 ? value.toFixed(4).replace(/\.?0+$/, '') : String(value);
}
