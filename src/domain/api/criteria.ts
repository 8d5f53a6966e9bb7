/*
 * Public domain API: criteria trees. A set by id, its lookup index (codes, aliases, children), its
 * label, and whether it is a custom set. Custom sets are built through ./custom-criteria.
 */
export { criteriaIndex, criteriaSetLabel, getCriteriaSet, isCustomSet } from '../criteria/sets';
export type { CriteriaIndex, CriteriaNode, CriteriaSet, CriteriaSpec } from '../criteria/types';
