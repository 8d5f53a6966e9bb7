/*
 * Public domain API: findings. What a finding is (rule, severity, cell, i18n message), how many
 * there are of each severity, and the rounding tolerance the sums are checked with. Light: a
 * report or a setting needs these without loading the analysis (./analyze).
 */
export type { Finding, RuleId, Severity } from '../check/types';
export { countBySeverity } from '../check/severity';
export { DEFAULT_TOLERANCE } from '../check/tolerance';
