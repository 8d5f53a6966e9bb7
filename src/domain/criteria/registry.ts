import { addMessageTable } from '../../i18n';
import type { Lang, MessageTable } from '../../i18n/types';
import { fold } from '../text';
import { BUILT_IN_SETS } from './built-in';
import type { CriteriaSetEntry, CriteriaSetId } from './types';

/**
 * The criteria-set registry: the one list of built-in sets. The zod schema, the CLI's choices and
 * usage text, the pane's picker, the worksheet functions' set argument and detection all read it, so
 * a set is added by adding its data and one entry to built-in.ts (which registers it here).
 */

const entries = new Map<CriteriaSetId, CriteriaSetEntry>();
const ids: CriteriaSetId[] = [];

/** The registered ids in registration order (a live view: registering a set adds to it). The first is the default. */
export const CRITERIA_SET_IDS: readonly CriteriaSetId[] = ids;

/** Words that are already choices or message keys beside the set ids ('auto' in the CLI, 'workbook' in the pane ...). */
const RESERVED_IDS: readonly string[] = ['auto', 'workbook', 'custom', 'numbering'];
const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
const LANGS: readonly Lang[] = ['vi', 'en'];
/** A set's name is the message under this prefix and its id (the mixed-methodology messages show `{other}` so). */
const NAME_KEY_PREFIX = 'pane.criteria.';

/** The i18n keys of a set's own texts (kept as they were before the registry: findings carry them). */
export function criteriaSetKeys(id: CriteriaSetId): {
  readonly name: string;
  readonly mixedMethodology: string;
  areaName(code: string): string;
} {
  return {
    name: NAME_KEY_PREFIX + id,
    mixedMethodology: `finding.mixed-methodology.${id}`,
    areaName: (code) => `pane.areaName.${id}.${code}`,
  };
}

function messagesOf(entry: CriteriaSetEntry): MessageTable {
  const keys = criteriaSetKeys(entry.id);
  const table = (lang: Lang): Record<string, string> => {
    const out: Record<string, string> = { [keys.name]: entry.names[lang], [keys.mixedMethodology]: entry.mixedMethodology[lang] };
    for (const [code, name] of Object.entries(entry.areaNames?.[lang] ?? {})) out[keys.areaName(code)] = name;
    return out;
  };
  return { vi: table('vi'), en: table('en'), keyParams: { other: NAME_KEY_PREFIX } };
}

function entryProblems(entry: CriteriaSetEntry): string[] {
  const problems: string[] = [];
  if (!ID_PATTERN.test(entry.id)) problems.push('the id must be lower-case letters, digits and hyphens');
  if (RESERVED_IDS.includes(entry.id)) problems.push(`"${entry.id}" is reserved`);
  if (entries.has(entry.id)) problems.push('already registered');
  if (entry.data.id !== entry.id) problems.push(`its data says id ${entry.data.id}`);
  for (const lang of LANGS) {
    if (!entry.names[lang]?.trim()) problems.push(`no name in ${lang}`);
    if (!entry.mixedMethodology[lang]?.trim()) problems.push(`no mixed-methodology message in ${lang}`);
    else if (!entry.mixedMethodology[lang].includes('{other}')) problems.push(`the mixed-methodology message in ${lang} does not name the {other} set`);
  }
  const areaCodes = LANGS.map((lang) => Object.keys(entry.areaNames?.[lang] ?? {}).sort().join(','));
  if (new Set(areaCodes).size > 1) problems.push('short area names differ between languages');
  if (entry.aliases.some((alias) => fold(alias) === '')) problems.push('an empty alias');
  return problems;
}

/**
 * Adds a built-in set: its id becomes a choice everywhere, its texts join the i18n tables, and
 * detection weighs it. Its tree is checked on first use (getCriteriaSet), as for every set.
 */
export function registerCriteriaSet(entry: CriteriaSetEntry): void {
  const problems = entryProblems(entry);
  if (problems.length > 0) throw new Error(`criteria set entry ${entry.id}: ${problems.join('; ')}`);
  addMessageTable(messagesOf(entry));
  entries.set(entry.id, entry);
  ids.push(entry.id);
}

export function criteriaSetEntry(id: CriteriaSetId): CriteriaSetEntry | undefined {
  return entries.get(id);
}

export function isBuiltInSetId(id: string): id is CriteriaSetId {
  return entries.has(id);
}

/** The current national methodology (the first registered): the answer when nothing else decides. */
export function defaultCriteriaSetId(): CriteriaSetId {
  return ids[0]!;
}

/** The set a free text names ("par-2022", "QĐ 876 (2022–2030)", "2017-2020"), by the entries' aliases. */
export function criteriaSetNamedBy(text: string): CriteriaSetId | null {
  const folded = fold(text);
  for (const id of ids) {
    if (entries.get(id)!.aliases.some((alias) => folded.includes(fold(alias)))) return id;
  }
  return null;
}

for (const entry of BUILT_IN_SETS) registerCriteriaSet(entry);
