export type Lang = 'vi' | 'en';

export type Params = Readonly<Record<string, string | number>>;

export type Translate = (key: string, params?: Params) => string;

/** One module's strings: the same keys in both languages (a test enforces parity). */
export interface MessageTable {
  readonly vi: Readonly<Record<string, string>>;
  readonly en: Readonly<Record<string, string>>;
  /**
   * Placeholders of this table's messages that carry amounts given as dotted decimals ("8.67"):
   * the translator writes them the reader's way ("8,67" in Vietnamese). Any other placeholder is
   * inserted as given, so a code such as "1.1" never becomes "1,1".
   */
  readonly amountParams?: readonly string[];
  /**
   * Placeholders of this table's messages given as an id, by the key prefix under which the id's
   * name is a message: `{ other: 'pane.criteria.' }` shows the criteria set "par-2017" by its name
   * in the reader's language. An id with no such message is shown as given.
   */
  readonly keyParams?: Readonly<Record<string, string>>;
}
