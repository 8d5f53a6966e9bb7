export type Lang = 'vi' | 'en';

export type Params = Readonly<Record<string, string | number>>;

export type Translate = (key: string, params?: Params) => string;

/** One module's strings: the same keys in both languages (a test enforces parity). */
export interface MessageTable {
  readonly vi: Readonly<Record<string, string>>;
  readonly en: Readonly<Record<string, string>>;
}
