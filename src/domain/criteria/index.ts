export type {
  CriteriaChoice,
  CriteriaIndex,
  CriteriaNode,
  CriteriaSet,
  CriteriaSetId,
  BuiltInSetId,
  CriteriaSpec,
  CriteriaSource,
  NodeKind,
  NodeLevel,
} from './types';
export { CRITERIA_SET_IDS, getCriteriaSet, criteriaIndex, aliasTarget, nameVariants, isBuiltInSet, isBuiltInSetId, isCustomSet, methodologyOf } from './sets';
export { detectCriteriaSet, otherMixedSet, type Detection } from './detect';
export { nameSimilarity, bestNameMatch, NAME_MATCH_THRESHOLD } from './names';
export { treeViolations, type TreeRule, type TreeViolation } from './invariants';
// The schema (and its validation library) is imported from './schema' by those who validate: the
// barrel stays cheap to load for the command line's start-up.
