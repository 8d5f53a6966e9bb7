import type { Lang, MessageTable, Params, Translate } from './types';
import { MESSAGE_TABLES } from './messages';
import { localizeAmount } from './amounts';

export type { Lang, Params, Translate, MessageTable } from './types';
export { localizeAmount } from './amounts';

/** The tables merged so far: the modules' own, then any added since (each built-in criteria set's). */
const TABLES: MessageTable[] = [];
const DICTIONARIES: Readonly<Record<Lang, Record<string, string>>> = { vi: {}, en: {} };
/** Per key, the placeholders its table declares as amounts (same keys in both languages). */
const AMOUNT_PARAMS = new Map<string, ReadonlySet<string>>();
/** Per key, the placeholders its table declares as ids shown by name, with their key prefixes. */
const KEY_PARAMS = new Map<string, Readonly<Record<string, string>>>();

/**
 * Merges a table into both dictionaries. The criteria-set registry adds each set's own texts (its
 * name, short area names) this way, so a set brings its messages with it; translators made earlier
 * see the new keys, since the dictionaries are extended in place.
 */
export function addMessageTable(table: MessageTable): void {
  for (const lang of ['vi', 'en'] as const) {
    for (const key of Object.keys(table[lang])) if (key in DICTIONARIES[lang]) throw new Error(`i18n key defined twice: ${key}`);
  }
  for (const lang of ['vi', 'en'] as const) Object.assign(DICTIONARIES[lang], table[lang]);
  const names = new Set(table.amountParams ?? []);
  if (names.size > 0) for (const key of Object.keys(table.vi)) AMOUNT_PARAMS.set(key, names);
  if (table.keyParams) for (const key of Object.keys(table.vi)) KEY_PARAMS.set(key, table.keyParams);
  TABLES.push(table);
}

for (const table of MESSAGE_TABLES) addMessageTable(table);

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
    const keyed = KEY_PARAMS.get(key);
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      if (!Object.prototype.hasOwnProperty.call(params, name)) return whole;
      const value = params[name]!;
      if (amounts?.has(name)) return localizeAmount(value, lang);
      const prefix = keyed !== undefined && Object.prototype.hasOwnProperty.call(keyed, name) ? keyed[name] : undefined;
      return (prefix !== undefined ? dict[prefix + String(value)] : undefined) ?? String(value);
    });
  };
}

/** Vietnamese for any vi* display language, English otherwise. */
export function langFromDisplayLanguage(displayLanguage: string | undefined | null): Lang {
  return displayLanguage && /^vi\b/i.test(displayLanguage) ? 'vi' : 'en';
}

export function allMessageTables(): readonly MessageTable[] {
  return TABLES;
}
