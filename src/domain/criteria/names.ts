import { memoizeText } from '../memo';
import { fold } from '../text';
import type { CriteriaIndex, CriteriaNode } from './types';
import { nameVariants } from './sets';

/**
 * Abbreviations the plans use inside criterion names, keyed by their folded form. Expanding them
 * lets "Kiểm tra CCHC" (Kế hoạch Đắk Lắk 2020) meet "Kiểm tra cải cách hành chính" (Kế hoạch Vĩnh Phúc 2024).
 */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  cchc: 'cai cach hanh chinh',
  tthc: 'thu tuc hanh chinh',
  vbqppl: 'van ban quy pham phap luat',
  qppl: 'quy pham phap luat',
  vb: 'van ban',
  sncl: 'su nghiep cong lap',
  dvsncl: 'don vi su nghiep cong lap',
  cntt: 'cong nghe thong tin',
  bcci: 'buu chinh cong ich',
  pakn: 'phan anh kien nghi',
  kt: 'kinh te',
  xh: 'xa hoi',
  ktxh: 'kinh te xa hoi',
  cbccvc: 'can bo cong chuc vien chuc',
  ccvc: 'cong chuc vien chuc',
  dvhc: 'don vi hanh chinh',
  cqcm: 'co quan chuyen mon',
  ubnd: 'uy ban nhan dan',
  hdnd: 'hoi dong nhan dan',
  tdthpl: 'theo doi thi hanh phap luat',
  ttdt: 'thong tin dien tu',
  nsnn: 'ngan sach nha nuoc',
};

/** An abbreviation in capitals in parentheses at the end of a name: "(SIPAS)", "(PAPI)". */
const ABBREVIATION_IN_NAME = /\((?:Chỉ số )?([A-Z][A-Z0-9-]{2,})\)\s*$/u;

/** Per node, asked for every name compared with it: kept by the node itself. */
const abbreviations = new WeakMap<CriteriaNode, string | null>();
function abbreviationOf(node: CriteriaNode): string | null {
  let short = abbreviations.get(node);
  if (short === undefined) {
    const m = ABBREVIATION_IN_NAME.exec(node.name);
    short = m ? fold(m[1]!) : null;
    abbreviations.set(node, short);
  }
  return short;
}

/** Labels that head a criterion cell without being part of its name (matched after folding). */
const LEADING_LABELS = /^(?:(?:tieu chi thanh phan|tieu chi|linh vuc|chi so thanh phan)\s+)+/;
const LEADING_DIGITS = /^(?:\d+(?:\.\d+)*\.?\s+)+/;
/**
 * Leading numbering on the raw text: "2.1.3 -", "II.", "II " before an upper-case word, "a)".
 * Done before folding because folding would make "Vị trí" look like the numeral "vi".
 */
const LEADING_NUMBERING = /^\s*(?:\d+(?:\.\d+)*\.?|[IVXLivxl]{1,4}[.)]|[IVX]{1,4}(?=\s+\p{Lu})|[a-zđ][.)])\s*[-–—:.]?\s*/u;

function tokens(name: string): string[] {
  let raw = name;
  for (let i = 0; i < 3; i++) raw = raw.replace(LEADING_NUMBERING, '');
  let s = fold(raw);
  for (let i = 0; i < 2; i++) s = s.replace(LEADING_LABELS, '').replace(LEADING_DIGITS, '');
  const out: string[] = [];
  for (const part of s.split(' ')) {
    const t = part.replace(/^[.%]+|[.%]+$/g, '');
    if (!t) continue;
    const expanded = ABBREVIATIONS[t];
    if (expanded) out.push(...expanded.split(' '));
    else out.push(t);
  }
  return out;
}

interface Features {
  readonly joined: string;
  readonly words: ReadonlySet<string>;
  readonly pairs: ReadonlySet<string>;
  /** The same members as arrays: counting shared members walks these (no Set iterator per comparison). */
  readonly wordList: readonly string[];
  readonly pairList: readonly string[];
}

function features(ts: readonly string[]): Features {
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < ts.length; i++) pairs.add(`${ts[i]} ${ts[i + 1]}`);
  const words = new Set(ts);
  return { joined: ts.join(' '), words, pairs, wordList: [...words], pairList: [...pairs] };
}

/** Members of the smaller collection found in the larger one. */
function common(aSet: ReadonlySet<string>, aList: readonly string[], bSet: ReadonlySet<string>, bList: readonly string[]): number {
  const small = aList.length <= bList.length ? aList : bList;
  const large = aList.length <= bList.length ? bSet : aSet;
  let n = 0;
  for (let i = 0; i < small.length; i++) if (large.has(small[i]!)) n++;
  return n;
}

function diceOf(shared: number, sizeA: number, sizeB: number): number {
  return sizeA + sizeB === 0 ? 0 : (2 * shared) / (sizeA + sizeB);
}

/**
 * 0..1, symmetric. Word (syllable) overlap and word-pair overlap, so that order matters a little
 * and shared filler words ("của", "các") matter less than shared phrases. A name printed inside a
 * longer cell ("1.1 - Thực hiện Kế hoạch CCHC năm: ... đạt 98,2%") still scores high through the
 * containment term.
 */
export function nameSimilarity(a: string, b: string): number {
  return featureSimilarity(featuresOf(a), featuresOf(b));
}

/** A sheet's names are compared with many nodes, row after row: each is analysed once. */
const featuresOf = memoizeText((name: string): Features => features(tokens(name)), 20_000);

function featureSimilarity(fa: Features, fb: Features): number {
  if (fa.words.size === 0 || fb.words.size === 0) return 0;
  if (fa.joined === fb.joined) return 1;
  const words = diceOf(common(fa.words, fa.wordList, fb.words, fb.wordList), fa.words.size, fb.words.size);
  if (words === 0) return 0;
  const pairCount = fa.pairs.size + fb.pairs.size;
  // Shared pairs are counted once for both the pair overlap and the containment term.
  const sharedPairs = pairCount === 0 ? 0 : common(fa.pairs, fa.pairList, fb.pairs, fb.pairList);
  const mixed = pairCount === 0 ? words : 0.4 * words + 0.6 * diceOf(sharedPairs, fa.pairs.size, fb.pairs.size);
  const shorter = Math.min(fa.pairs.size, fb.pairs.size);
  const shared = shorter >= 4 ? sharedPairs : 0;
  // Four word pairs at least: "Vị trí việc làm" alone must not claim a long name that mentions it.
  const containment = shared >= 4 ? (0.9 * shared) / shorter : 0;
  return Math.min(1, Math.max(mixed, containment));
}

/** Node names and their variants are few and fixed: analyse each once, not once per sheet row. */
const candidateFeatures = new Map<string, Features>();
function cachedFeatures(name: string): Features {
  let f = candidateFeatures.get(name);
  if (f === undefined) {
    f = features(tokens(name));
    candidateFeatures.set(name, f);
  }
  return f;
}

/** Per set, each node's name and the plans' other wordings, analysed: rows are compared with them over and over. */
const nodeWordings = new WeakMap<CriteriaIndex['set'], Map<CriteriaNode, readonly Features[]>>();
function wordingsOf(set: CriteriaIndex['set'], node: CriteriaNode): readonly Features[] {
  let bySet = nodeWordings.get(set);
  if (bySet === undefined) {
    bySet = new Map();
    nodeWordings.set(set, bySet);
  }
  let list = bySet.get(node);
  if (list === undefined) {
    const out = [cachedFeatures(node.name)];
    for (const variant of nameVariants(set, node.code)) out.push(cachedFeatures(variant));
    // A name's own abbreviation stands for it: "8.1 - SIPAS" names "Chỉ số hài lòng … (SIPAS)".
    const short = ABBREVIATION_IN_NAME.exec(node.name);
    if (short) out.push(cachedFeatures(short[1]!));
    list = out;
    bySet.set(node, list);
  }
  return list;
}

/**
 * The best similarity of `name` to the node's name or any of its wordings (nameSimilarity against
 * each, without building the list per call). Never below 0: the node's own name is always compared.
 */
export function bestWordingSimilarity(index: CriteriaIndex, node: CriteriaNode, name: string): number {
  const query = featuresOf(name);
  // "CHỈ SỐ HÀI LÒNG (SIPAS)", "Kết quả Chỉ số SIPAS": a name that uses the node's own abbreviation.
  const short = abbreviationOf(node);
  if (short !== null && query.words.has(short)) return 1;
  const wordings = wordingsOf(index.set, node);
  let best = -Infinity;
  for (let i = 0; i < wordings.length; i++) best = Math.max(best, featureSimilarity(query, wordings[i]!));
  return best;
}

/** How well a sheet's name fits one node, the plans' other wordings included. */
export function nameFitsNode(index: CriteriaIndex, node: CriteriaNode, name: string): number {
  // An empty wording scores 0 against anything, so comparing it too leaves the best (from 0) unchanged.
  return Math.max(0, bestWordingSimilarity(index, node, name));
}

/** Below this a name is not considered to name any node. */
export const NAME_MATCH_THRESHOLD = 0.5;

type NameMatch = { readonly node: CriteriaNode; readonly similarity: number };

/** Every node's names, analysed once per set, in tree order (the order ties are broken in). */
const setCandidates = new WeakMap<CriteriaIndex['set'], readonly (readonly [CriteriaNode, Features])[]>();
function candidatesOf(index: CriteriaIndex): readonly (readonly [CriteriaNode, Features])[] {
  let list = setCandidates.get(index.set);
  if (list === undefined) {
    const out: (readonly [CriteriaNode, Features])[] = [];
    for (const node of index.set.nodes) {
      for (const candidate of [node.name, ...nameVariants(index.set, node.code)]) {
        if (candidate) out.push([node, cachedFeatures(candidate)]);
      }
    }
    list = out;
    setCandidates.set(index.set, list);
  }
  return list;
}

/**
 * A long sheet asks for the same names again and again (every row of an unknown area): the
 * answer depends only on the set and the name, so it is kept per set, bounded like the text memo.
 */
const MATCH_MEMO_LIMIT = 20_000;
const matchMemo = new WeakMap<CriteriaIndex['set'], Map<string, NameMatch | null>>();

/**
 * The node whose name (or a wording the plans print for it) is closest to `name`, if any reaches
 * NAME_MATCH_THRESHOLD. Ties keep the earlier node in tree order.
 */
export function bestNameMatch(index: CriteriaIndex, name: string): NameMatch | null {
  let memo = matchMemo.get(index.set);
  if (memo === undefined) {
    memo = new Map();
    matchMemo.set(index.set, memo);
  }
  const hit = memo.get(name);
  if (hit !== undefined) return hit;
  const found = searchBestNameMatch(index, name);
  if (memo.size >= MATCH_MEMO_LIMIT) memo.clear();
  memo.set(name, found);
  return found;
}

function searchBestNameMatch(index: CriteriaIndex, name: string): NameMatch | null {
  const query = featuresOf(name);
  if (query.words.size === 0) return null;
  let best: NameMatch | null = null;
  const candidates = candidatesOf(index);
  for (let i = 0; i < candidates.length; i++) {
    const [node, candidate] = candidates[i]!;
    const similarity = featureSimilarity(query, candidate);
    if (best === null || similarity > best.similarity) best = { node, similarity };
  }
  return best !== null && best.similarity >= NAME_MATCH_THRESHOLD ? best : null;
}
