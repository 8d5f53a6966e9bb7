import type { CriteriaIndex, CriteriaSetId } from './types';
import { CRITERIA_SET_IDS, aliasTarget, criteriaIndex, getCriteriaSet } from './sets';
import { bestNameMatch, nameFitsNode } from './names';
import { normalizeCode, CODE_PATTERN } from './codes';

export interface Detection {
  readonly id: CriteriaSetId;
  /** 0 when nothing in the sheet tells the sets apart; near 1 with many agreeing clues. */
  readonly confidence: number;
  /** The sheet's codes clearly follow two numberings (2017 and 2022 codes, or seed 003's and 000's). */
  readonly mixed: boolean;
  /**
   * Present when mixed: codes of both methodologies (2017 and 2022), or one methodology's codes in
   * two numberings (seed 003's renumbering beside seed 000's).
   */
  readonly mixedKind?: 'methodologies' | 'numberings';
}

/** The current methodology: the answer when a sheet gives no clue at all. */
const DEFAULT_SET: CriteriaSetId = 'par-2022';
/** A name or code/name pair only counts when it clearly names a node. */
const STRONG_MATCH = 0.6;
/** ... and when it names that node clearly better than anything in the other set. */
const MARGIN = 0.1;
/** Clues needed before confidence can reach 1. */
const SATURATION = 6;
/** Names read without codes are matched against every node; a sample this size already decides. */
const MAX_UNPAIRED_NAMES = 120;

interface Evidence {
  score: Record<CriteriaSetId, number>;
  exclusiveCodes: Record<CriteriaSetId, number>;
  /**
   * Codes written beside a name that fits this set's node under the code clearly better than the
   * other set's: the only evidence of a mix (a bare code may be a node one copy lacks, a total row's
   * label is no criterion).
   */
  namedCodes: Record<CriteriaSetId, Set<string>>;
  /** par-2022 code/name pairs written in seed 000 numbering vs seed 003 numbering. */
  canonicalPairs: number;
  aliasPairs: number;
}

function zero(): Record<CriteriaSetId, number> {
  return { 'par-2022': 0, 'par-2017': 0 };
}

function knows(index: CriteriaIndex, code: string): boolean {
  return index.resolve(code) !== undefined;
}

/** How well the name fits the node this set files under the code (0 when the set lacks the code). */
function pairFit(index: CriteriaIndex, code: string, name: string): number {
  const node = index.byCode(code);
  return node ? nameFitsNode(index, node, name) : 0;
}

/**
 * Picks the criteria set a sheet follows from its codes and names. Codes only one set knows count
 * for that set; names count for the set holding a clearly closer node. When both lists have the
 * same length they are read as rows (codes[i] is printed beside names[i]; pass '' for a missing
 * cell): a code both sets know then still counts for the set whose node under that code carries
 * the name, and par-2022 rows can show seed 003's renumbering (its 7.3.5 is 000's 7.3.6).
 */
export function detectCriteriaSet(codes: readonly string[], names: readonly string[]): Detection {
  const indexes = Object.fromEntries(CRITERIA_SET_IDS.map((id) => [id, criteriaIndex(getCriteriaSet(id))])) as Record<
    CriteriaSetId,
    CriteriaIndex
  >;
  const e: Evidence = {
    score: zero(),
    exclusiveCodes: zero(),
    namedCodes: { 'par-2022': new Set(), 'par-2017': new Set() },
    canonicalPairs: 0,
    aliasPairs: 0,
  };
  const cleanCodes = codes.map(normalizeCode);

  // Each distinct code counts once. Only the codes one set alone knows are remembered: most codes
  // are known to both sets or to neither, and a set of every code costs more than asking again.
  const counted = new Set<string>();
  for (const code of cleanCodes) {
    if (!CODE_PATTERN.test(code)) continue;
    let only: CriteriaSetId | null = null;
    let count = 0;
    for (const id of CRITERIA_SET_IDS) {
      if (knows(indexes[id], code)) {
        only = id;
        count++;
      }
    }
    if (count === 1 && only !== null && !counted.has(code)) {
      counted.add(code);
      e.score[only] += 1;
      e.exclusiveCodes[only] += 1;
    }
  }

  const paired = codes.length === names.length;
  const unpaired = new Set<string>();
  // A task table writes each criterion's code and name on many rows: a name's verdict is kept for
  // the code it was last judged with, so a repeated pair is judged once (and nothing per distinct pair is kept).
  const lastVerdict = new Map<string, { code: string; verdict: number }>();
  names.forEach((name, i) => {
    if (!name.trim()) return;
    const code = paired ? cleanCodes[i] ?? '' : '';
    if (!CODE_PATTERN.test(code)) {
      if (unpaired.size < MAX_UNPAIRED_NAMES) unpaired.add(name);
      return;
    }
    const last = lastVerdict.get(name);
    let verdict: number;
    if (last !== undefined && last.code === code) verdict = last.verdict;
    else {
      verdict = judgePair(indexes, code, name);
      lastVerdict.set(name, { code, verdict });
    }
    if (verdict & FOR_2022) e.score['par-2022'] += 1;
    if (verdict & FOR_2017) e.score['par-2017'] += 1;
    if (verdict & FOR_2022) e.namedCodes['par-2022'].add(code);
    if (verdict & FOR_2017) e.namedCodes['par-2017'].add(code);
    if (verdict & CANONICAL_PAIR) e.canonicalPairs += 1;
    if (verdict & ALIAS_PAIR) e.aliasPairs += 1;
  });
  for (const name of unpaired) {
    const a = bestNameMatch(indexes['par-2022'], name)?.similarity ?? 0;
    const b = bestNameMatch(indexes['par-2017'], name)?.similarity ?? 0;
    if (Math.max(a, b) >= STRONG_MATCH && Math.abs(a - b) >= MARGIN) e.score[a > b ? 'par-2022' : 'par-2017'] += 0.5;
  }

  const a = e.score['par-2022'];
  const b = e.score['par-2017'];
  const total = a + b;
  const id: CriteriaSetId = total === 0 ? DEFAULT_SET : a >= b ? 'par-2022' : 'par-2017';
  const confidence = total === 0 ? 0 : (Math.max(a, b) / total) * Math.min(1, total / SATURATION);
  const mixedKind = mixedKindOf(e);
  return { id, confidence: round(confidence), mixed: mixedKind !== null, ...(mixedKind ? { mixedKind } : {}) };
}

/** What one code/name row counts for, as bits: it depends on nothing but the pair. */
const FOR_2022 = 1;
const FOR_2017 = 2;
const CANONICAL_PAIR = 4;
const ALIAS_PAIR = 8;

function judgePair(indexes: Record<CriteriaSetId, CriteriaIndex>, code: string, name: string): number {
  const a = pairFit(indexes['par-2022'], code, name);
  const b = pairFit(indexes['par-2017'], code, name);
  let verdict = 0;
  if (Math.max(a, b) >= STRONG_MATCH && Math.abs(a - b) >= MARGIN) verdict |= a > b ? FOR_2022 : FOR_2017;
  return verdict | numbering(indexes['par-2022'], code, name);
}

/** Seed 003 prints par-2022 nodes under other codes; a row whose name fits the alias reading shows that numbering. */
function numbering(index: CriteriaIndex, code: string, name: string): number {
  const canonical = index.byCode(code);
  const viaAlias = aliasTarget(index, code);
  if (!viaAlias) {
    return canonical && canonical.aliases.length > 0 && nameFitsNode(index, canonical, name) >= STRONG_MATCH ? CANONICAL_PAIR : 0;
  }
  const asAlias = nameFitsNode(index, viaAlias, name);
  const asCanonical = canonical ? nameFitsNode(index, canonical, name) : 0;
  if (asAlias >= STRONG_MATCH && asAlias - asCanonical >= MARGIN) return ALIAS_PAIR;
  if (asCanonical >= STRONG_MATCH && asCanonical - asAlias >= MARGIN) return CANONICAL_PAIR;
  return 0;
}

function mixedKindOf(e: Evidence): 'methodologies' | 'numberings' | null {
  // Only named codes: a code without a name, or a label such as the total row's, shows no methodology.
  const x = e.namedCodes['par-2022'].size;
  const y = e.namedCodes['par-2017'].size;
  // One stray code is a typo; a methodology mix shows several codes of each, the minority no mere sliver.
  if (Math.min(x, y) >= 2 && Math.min(x, y) >= 0.2 * Math.max(x, y)) return 'methodologies';
  return e.aliasPairs >= 1 && e.canonicalPairs >= 1 ? 'numberings' : null;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
