import type { Lang, MessageTable, Params, Translate } from './types';
import { MESSAGE_TABLES } from './messages';
import { localizeAmount } from './amounts';

export type { Lang, Params, Translate, MessageTable } from './types';
export { localizeAmount } from './amounts';

function merge(lang: Lang): Readonly<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of MESSAGE_TABLES) {
    for (const [key, text] of Object.entries(table[lang])) {
      if (key in out) throw new Error(`i18n key defined twice: ${key}`);
      out[key] = text;
    }
  }
  return out;
}

const DICTIONARIES: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
  vi: merge('vi'),
  en: merge('en'),
};

/** Per key, the placeholders its table declares as amounts (same keys in both languages). */
const AMOUNT_PARAMS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  MESSAGE_TABLES.flatMap((table) => {
    const names = new Set(table.amountParams ?? []);
    return names.size === 0 ? [] : Object.keys(table.vi).map((key) => [key, names] as const);
  }),
);

export function dictionary(lang: Lang): Readonly<Record<string, string>> {
  return DICTIONARIES[lang];
}

/**
 * "{name}" placeholders are replaced by params, amounts written the language's way; an unknown key
 * shows itself so it is noticed.
 */
export function translator(lang: Lang): Translate {
  const dict = DICTIONARIES[lang];
  return (key: string, params?: Params) => {
    const text = dict[key] ?? key;
    if (!params) return text;
    const amounts = AMOUNT_PARAMS.get(key);
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      if (!Object.prototype.hasOwnProperty.call(params, name)) return whole;
      const value = params[name]!;
      return amounts?.has(name) ? localizeAmount(value, lang) : String(value);
    });
  };
}

/** Vietnamese for any vi* display language, English otherwise. */
export function langFromDisplayLanguage(displayLanguage: string | undefined | null): Lang {
  return displayLanguage && /^vi\b/i.test(displayLanguage) ? 'vi' : 'en';
}

export function allMessageTables(): readonly MessageTable[] {
  return MESSAGE_TABLES;
}
