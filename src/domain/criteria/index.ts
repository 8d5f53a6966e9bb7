export type {
  CriteriaChoice,
  CriteriaIndex,
  CriteriaNode,
  CriteriaSet,
  CriteriaSetId,
  NodeKind,
  NodeLevel,
} from './types';
export { CRITERIA_SET_IDS, getCriteriaSet, criteriaIndex, aliasTarget, nameVariants } from './sets';
export { detectCriteriaSet, type Detection } from './detect';
export { nameSimilarity, bestNameMatch, NAME_MATCH_THRESHOLD } from './names';
export { treeViolations, type TreeRule, type TreeViolation } from './invariants';
export { parseCriteriaSet, safeParseCriteriaSet } from './schema';
