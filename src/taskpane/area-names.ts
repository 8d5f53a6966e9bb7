import { CRITERIA_SET_IDS, criteriaSetKeys, type CriteriaSetId } from '../domain/api/criteria-choices';
import type { CriteriaSet } from '../domain/api/criteria';
import type { Translate } from '../i18n/types';

/**
 * The name an area is shown under. Sheets (and the criteria data read from the plans) print area names in
 * capitals and in full, which a 320 px pane can only cut off, and which an English pane would show in
 * Vietnamese: a known set's area gets its short name in the UI language; any other area keeps the
 * name the sheet gives it.
 */
export function areaName(t: Translate, criteria: CriteriaSetId | null, code: string, sheetName = ''): string {
  if (criteria) {
    const key = criteriaSetKeys(criteria).areaName(code);
    const short = t(key);
    if (short !== key) return short;
  }
  return sheetName.trim();
}

/**
 * The built-in set whose short area names fit a set: itself, or the one a custom set extends. A
 * stand-alone custom set (a province's own index) has areas of its own, shown as the sheet names them.
 */
export function areaNamesOf(set: CriteriaSet): CriteriaSetId | null {
  if (set.extends) return set.extends;
  return CRITERIA_SET_IDS.find((id) => id === set.id) ?? null;
}
