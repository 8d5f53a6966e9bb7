export { textCell, cellRaw, type CellInput } from './cell';
export { parseNumber, parseNumberText, formatPointsPlain, formatPoints } from './number';
export { parseCodes, isCodeLike, compareCodes, parentCode, romanToArabic } from './codes';
export {
  parseAgencies,
  parseAgenciesWithRoles,
  canonicalAgency,
  knownAgencyNames,
  type AgencyMentionWithRole,
  type AgencyRole,
} from './agencies';
export { parseDeadline } from './deadline';
export type { AgencyKind, AgencyMention, CodeParse, Deadline, DeadlineKind, NumberParse } from './types';
