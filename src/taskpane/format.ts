import { compareVi, toPoints, type Fixed } from '../domain/api/cells';
import type { Lang } from '../i18n/types';

const LOCALES: Readonly<Record<Lang, string>> = { vi: 'vi-VN', en: 'en-US' };

const formatters = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, maximumFractionDigits: number): Intl.NumberFormat {
  const id = `${lang}:${maximumFractionDigits}`;
  let f = formatters.get(id);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits, minimumFractionDigits: 0 });
    formatters.set(id, f);
  }
  return f;
}

/** Points in the UI locale (vi: "1,5"); "—" when unknown. */
export function formatPoints(value: Fixed | null | undefined, lang: Lang): string {
  if (value === null || value === undefined) return '—';
  return numberFormat(lang, 4).format(toPoints(value));
}

/** A plain number in the UI locale (counts, percentages). */
export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 2): string {
  return numberFormat(lang, maximumFractionDigits).format(value);
}

/**
 * Engine values arrive as dotted decimals ("8.67") or text: numbers are shown in the UI locale, text
 * as it is.
 */
export function formatValueText(value: string | number, lang: Lang): string {
  if (typeof value === 'number') return formatNumber(value, lang, 4);
  return /^-?\d+(\.\d+)?$/.test(value) ? formatNumber(Number(value), lang, 4) : value;
}

/** Reads "0,02" or "0.02" as typed by a user of either locale; null when it is not a number. */
export function parseUserNumber(input: string): number | null {
  const text = input.trim().replace(/\s/g, '');
  if (!/^-?\d*([.,]\d+)?$/.test(text) || text === '' || text === '-') return null;
  const value = Number(text.replace(',', '.'));
  return Number.isFinite(value) ? value : null;
}

export function sortNamesVi(names: Iterable<string>): string[] {
  return [...names].sort(compareVi);
}
