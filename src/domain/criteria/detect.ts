import type { CriteriaIndex, CriteriaSetId } from './types';
import { aliasTarget, criteriaIndex, getCriteriaSet } from './sets';
import { CRITERIA_SET_IDS, defaultCriteriaSetId } from './registry';
import { bestNameMatch, nameFitsNode } from './names';
import { normalizeCode, CODE_PATTERN } from './codes';

export interface Detection {
  readonly id: CriteriaSetId;
  /** 0 when nothing in the sheet tells the sets apart; near 1 with many agreeing clues. */
  readonly confidence: number;
  /** The sheet's codes clearly follow two numberings (two methodologies' codes, or Kế hoạch Vĩnh Phúc 2024's and Kế hoạch Hà Tĩnh 2023's). */
  readonly mixed: boolean;
  /**
   * Set when mixed (undefined otherwise): codes of two methodologies (2017 and 2022), or one methodology's codes in
   * two numberings (Kế hoạch Vĩnh Phúc 2024's renumbering beside Kế hoạch Hà Tĩnh 2023's).
   */
  readonly mixedKind?: 'methodologies' | 'numberings';
  /**
   * Set when two sets are mixed (undefined otherwise): the other set the evidence points to, the one whose named codes
   * are most common after `id`'s (registry order breaks ties).
   */
  readonly mixedWith?: CriteriaSetId;
}

/** A name or code/name pair only counts when it clearly names a node. */
const STRONG_MATCH = 0.6;
/** ... and when it names that node clearly better than anything in any other set. */
const MARGIN = 0.1;
/** Clues needed before confidence can reach 1. */
const SATURATION = 6;
/** Names read without codes are matched against every node; a sample this size already decides. */
const MAX_UNPAIRED_NAMES = 120;

/** Tallies per registered set, in registry order (position i is CRITERIA_SET_IDS[i]). */
interface Evidence {
  readonly score: number[];
  readonly exclusiveCodes: number[];
  /**
   * Codes written beside a name that fits this set's node under the code clearly better than any
   * other set's: the only evidence of a mix (a bare code may be a node one copy lacks, and a total
   * row's label is no criterion).
   */
  readonly namedCodes: Set<string>[];
  /** Code/name pairs written in a set's own numbering vs in a renumbering of it (its nodes' aliases). */
  readonly canonicalPairs: number[];
  readonly aliasPairs: number[];
}

function zeros(n: number): number[] {
  return new Array<number>(n).fill(0);
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
 * The position of the set a clue is for: the best fit, when it clearly names a node and beats every
 * other set's fit by the margin; -1 when no set stands out.
 */
function clearWinner(fits: readonly number[]): number {
  let best = -1;
  let bestFit = 0;
  let runnerUp = 0;
  for (let i = 0; i < fits.length; i++) {
    const fit = fits[i]!;
    if (best < 0 || fit > bestFit) {
      if (best >= 0) runnerUp = bestFit;
      best = i;
      bestFit = fit;
    } else if (fit > runnerUp) runnerUp = fit;
  }
  return best >= 0 && bestFit >= STRONG_MATCH && bestFit - runnerUp >= MARGIN ? best : -1;
}

/**
 * Picks the criteria set a sheet follows from its codes and names, weighing every registered set.
 * Codes only one set knows count for that set; names count for the set holding a clearly closer
 * node. When both lists have the same length they are read as rows (codes[i] is printed beside
 * names[i]; pass '' for a missing cell): a code several sets know then still counts for the set whose
 * node under that code carries the name, and rows can show a renumbering of a set (a provincial plan
 * printing par-2022's 7.3.6 as 7.3.5). Ties, and a sheet without clues, go to the first registered set.
 */
export function detectCriteriaSet(codes: readonly string[], names: readonly string[]): Detection {
  const ids = CRITERIA_SET_IDS;
  const indexes = ids.map((id) => criteriaIndex(getCriteriaSet(id)));
  const n = indexes.length;
  // A set none of whose nodes has another code is printed in one numbering only.
  const renumbered = indexes.map((index) => index.set.nodes.some((node) => node.aliases.length > 0));
  const e: Evidence = {
    score: zeros(n),
    exclusiveCodes: zeros(n),
    namedCodes: indexes.map(() => new Set<string>()),
    canonicalPairs: zeros(n),
    aliasPairs: zeros(n),
  };
  const cleanCodes = codes.map(normalizeCode);

  const knownAnywhere = countExclusiveCodes(e, indexes, cleanCodes);
  const unpaired = new Set<string>();
  const pairs: PairTally = { indexes, renumbered, fits: zeros(n), lastVerdict: new Map(), evidence: e };
  tallyRows(pairs, codes.length === names.length ? cleanCodes : null, knownAnywhere, names, unpaired);
  const fits = pairs.fits;
  for (const name of unpaired) {
    for (let s = 0; s < n; s++) fits[s] = bestNameMatch(indexes[s]!, name)?.similarity ?? 0;
    const winner = clearWinner(fits);
    if (winner >= 0) e.score[winner]! += 0.5;
  }

  let best = 0;
  let total = 0;
  for (let s = 0; s < n; s++) {
    total += e.score[s]!;
    if (e.score[s]! > e.score[best]!) best = s;
  }
  const id: CriteriaSetId = total === 0 ? defaultCriteriaSetId() : ids[best]!;
  const confidence = total === 0 ? 0 : (e.score[best]! / total) * Math.min(1, total / SATURATION);
  const mixedKind = mixedKindOf(e);
  const mixedWith = mixedKind === 'methodologies' ? ids[runnerUpOf(e, best)]! : undefined;
  return detection(id, round(confidence), mixedKind ?? undefined, mixedWith);
}

/**
 * One literal for every outcome, its fields always present (undefined when not mixed): a detection
 * made once per sheet then keeps one hidden class from sheet to sheet, where three literals of
 * different fields each made a new one (bench/NOTES.md, "Engine, fourth round").
 */
function detection(id: CriteriaSetId, confidence: number, mixedKind: Detection['mixedKind'], mixedWith: CriteriaSetId | undefined): Detection {
  return { id, confidence, mixed: mixedKind !== undefined, mixedKind, mixedWith };
}

/** The position of the set, other than the detected one, with most named codes. */
function runnerUpOf(e: Evidence, detected: number): number {
  let other = -1;
  for (let s = 0; s < e.namedCodes.length; s++) {
    if (s !== detected && (other < 0 || e.namedCodes[s]!.size > e.namedCodes[other]!.size)) other = s;
  }
  return other;
}

/**
 * The set a mixed table's warning names beside the one it is checked against (whose methodology is
 * `checkedAgainst`): the runner-up when that is the detected set, else the detected set itself (a
 * set chosen by hand against the evidence).
 */
export function otherMixedSet(detection: Detection, checkedAgainst: CriteriaSetId | null): CriteriaSetId | undefined {
  if (detection.mixedKind !== 'methodologies') return undefined;
  return checkedAgainst === detection.id ? detection.mixedWith : detection.id;
}

/*
 * The loops over a sheet's rows are module functions, not code inside detectCriteriaSet or callbacks
 * made per sheet: they keep their optimised code from one sheet to the next (a callback's is dropped
 * with it at the next full collection).
 */

/**
 * Each distinct code counts once. Only the codes one set alone knows are remembered: most codes
 * are known to several sets or to none, and a set of every code costs more than asking again.
 * Returns, per position, whether any set knows the code there (by its own code or an alias): the
 * row tally skips the others without asking every set again.
 */
function countExclusiveCodes(e: Evidence, indexes: readonly CriteriaIndex[], cleanCodes: readonly string[]): Uint8Array {
  const counted = new Set<string>();
  const known = new Uint8Array(cleanCodes.length);
  for (let at = 0; at < cleanCodes.length; at++) {
    const code = cleanCodes[at]!;
    if (!CODE_PATTERN.test(code)) continue;
    let only = -1;
    let count = 0;
    for (let i = 0; i < indexes.length; i++) {
      if (knows(indexes[i]!, code)) {
        only = i;
        count++;
      }
    }
    if (count > 0) known[at] = 1;
    if (count === 1 && !counted.has(code)) {
      counted.add(code);
      e.score[only]! += 1;
      e.exclusiveCodes[only]! += 1;
    }
  }
  return known;
}

/**
 * Rows with a code and a name count as pairs; names without a code (or every name, when `codes` is
 * null because the lists are not rows) are gathered into `unpaired`, up to the sample size. A pair
 * whose code no set knows counts for nothing (no set has a node under it to fit the name, nor an
 * alias to read it by): it is passed over, which a table of codes outside the set makes most rows.
 */
function tallyRows(
  pairs: PairTally,
  codes: readonly string[] | null,
  knownAnywhere: Uint8Array,
  names: readonly string[],
  unpaired: Set<string>,
): void {
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    if (!name.trim()) continue;
    const code = codes ? codes[i] ?? '' : '';
    if (!CODE_PATTERN.test(code)) {
      if (unpaired.size < MAX_UNPAIRED_NAMES) unpaired.add(name);
      continue;
    }
    if (knownAnywhere[i] === 1) tallyPair(pairs, code, name);
  }
}

/** What the row-by-row tally of code/name pairs works with. */
interface PairTally {
  readonly indexes: readonly CriteriaIndex[];
  readonly renumbered: readonly boolean[];
  readonly fits: number[];
  readonly lastVerdict: Map<string, { code: string; verdict: PairVerdict }>;
  readonly evidence: Evidence;
}

/**
 * One row's code/name pair counted. A task table writes each criterion's code and name on many rows:
 * a name's verdict is kept for the code it was last judged with, so a repeated pair is judged once
 * (and nothing per distinct pair is kept).
 */
function tallyPair(t: PairTally, code: string, name: string): void {
  const e = t.evidence;
  const last = t.lastVerdict.get(name);
  let verdict: PairVerdict;
  if (last !== undefined && last.code === code) verdict = last.verdict;
  else {
    verdict = judgePair(t.indexes, t.renumbered, t.fits, code, name);
    t.lastVerdict.set(name, { code, verdict });
  }
  if (verdict.favours >= 0) {
    e.score[verdict.favours]! += 1;
    e.namedCodes[verdict.favours]!.add(code);
  }
  for (let s = 0; s < t.indexes.length; s++) {
    const numbering = verdict.numbering[s];
    if (numbering === 'canonical') e.canonicalPairs[s]! += 1;
    else if (numbering === 'alias') e.aliasPairs[s]! += 1;
  }
}

type Numbering = 'canonical' | 'alias' | null;

/** What one code/name row counts for: it depends on nothing but the pair. */
interface PairVerdict {
  /** The position of the set the row counts for, or -1. */
  readonly favours: number;
  /** Per set: whether the row is written in the set's own numbering or in its renumbering. */
  readonly numbering: readonly Numbering[];
}

function judgePair(indexes: readonly CriteriaIndex[], renumbered: readonly boolean[], fits: number[], code: string, name: string): PairVerdict {
  for (let s = 0; s < indexes.length; s++) fits[s] = pairFit(indexes[s]!, code, name);
  return { favours: clearWinner(fits), numbering: indexes.map((index, s) => (renumbered[s] ? numbering(index, code, name) : null)) };
}

/** A set may be printed under other codes (its nodes' aliases); a row whose name fits the alias reading shows that numbering. */
function numbering(index: CriteriaIndex, code: string, name: string): Numbering {
  const canonical = index.byCode(code);
  const viaAlias = aliasTarget(index, code);
  if (!viaAlias) {
    return canonical && canonical.aliases.length > 0 && nameFitsNode(index, canonical, name) >= STRONG_MATCH ? 'canonical' : null;
  }
  const asAlias = nameFitsNode(index, viaAlias, name);
  const asCanonical = canonical ? nameFitsNode(index, canonical, name) : 0;
  if (asAlias >= STRONG_MATCH && asAlias - asCanonical >= MARGIN) return 'alias';
  if (asCanonical >= STRONG_MATCH && asCanonical - asAlias >= MARGIN) return 'canonical';
  return null;
}

function mixedKindOf(e: Evidence): 'methodologies' | 'numberings' | null {
  // Only named codes count: a code without a name, or a label such as the total row's, shows no
  // methodology. Of the two sets with most, one stray code is a typo; a mix shows several codes of
  // each, the minority no mere sliver.
  const [most = 0, next = 0] = e.namedCodes.map((codes) => codes.size).sort((a, b) => b - a);
  if (next >= 2 && next >= 0.2 * most) return 'methodologies';
  return e.aliasPairs.some((alias, s) => alias >= 1 && e.canonicalPairs[s]! >= 1) ? 'numberings' : null;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
