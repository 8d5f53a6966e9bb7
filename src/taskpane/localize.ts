import type { Finding } from '../domain/api/findings';
import type { Lang, Params, Translate } from '../i18n/types';
import { formatValueText } from './format';
import { isKeyedError } from '../i18n/keyed-error';

/**
 * Param names that carry amounts: only these are re-formatted in the UI locale. Codes such as
 * "1.1" must never become "1,1".
 */
const AMOUNT_PARAM = /^(expected|actual|max|score|target|sum|childSum|difference|diff|stated|recomputed|tolerance|value|total|lost|gap|percent)/i;

export function localizeParams(params: Params, lang: Lang): Params {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    out[name] = AMOUNT_PARAM.test(name) ? formatValueText(value, lang) : value;
  }
  return out;
}

export function findingText(finding: Finding, t: Translate, lang: Lang): string {
  return t(finding.messageKey, localizeParams(finding.params, lang));
}

export interface ShownError {
  readonly key: string;
  readonly params: Params;
  /** Technical text shown in small print for support, when the error was not foreseen. */
  readonly detail?: string;
}

export function toShownError(error: unknown): ShownError {
  if (isKeyedError(error)) return { key: error.messageKey, params: error.params ?? {} };
  const detail = error instanceof Error ? error.message : String(error);
  return { key: 'pane.error.unexpected', params: {}, detail };
}
