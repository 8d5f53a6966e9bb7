import { CRITERIA_SET_IDS, criteriaSetKeys } from './registry';
import { isCustomSet, methodologyOf } from './sets';
import type { CriteriaSet, CriteriaSetId } from './types';

/**
 * The warning for a table mixing two methodologies, checked against `set`: it names the set (a
 * custom set by its title, beside the methodology it follows) and `other`, the other set the
 * table's codes come from (by id: the translator shows the set's name). Without `other`, the first
 * registered set that the checked set does not follow is named.
 */
export function mixedMethodologyMessage(
  set: CriteriaSet,
  other?: CriteriaSetId,
): { readonly messageKey: string; readonly params: Readonly<Record<string, string>> } {
  const methodology = methodologyOf(set);
  const named = other ?? CRITERIA_SET_IDS.find((id) => id !== methodology) ?? '';
  if (!isCustomSet(set)) return { messageKey: criteriaSetKeys(set.id).mixedMethodology, params: { other: named } };
  return { messageKey: 'finding.mixed-methodology.custom', params: { set: set.title, methodology: methodology ?? '', other: named } };
}
