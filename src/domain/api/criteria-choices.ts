/*
 * Public domain API: the criteria sets one can choose. The registered ids in order (the first is
 * the default) and the i18n keys of their names: what an argument parser, a picker or a usage text
 * offers. Loads the registry alone, not the trees' helpers, so a command line that only parses
 * its arguments stays light.
 */
export { CRITERIA_SET_IDS, criteriaSetKeys, defaultCriteriaSetId, isBuiltInSetId } from '../criteria/registry';
export type { CriteriaChoice, CriteriaSetId } from '../criteria/types';
