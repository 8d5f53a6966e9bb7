import { memoizeText } from '../memo';
import { cleanText, cutUnits } from '../text';

/** Excel's own limit on worksheet names. */
export const MAX_SHEET_NAME = 31;

const FORBIDDEN = /[:\\/?*[\]]/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/g;
/** Excel keeps this name for its change-history sheet. */
const RESERVED = 'history';
const FALLBACK = 'Sheet';
const EDGES = /^[\s']+|[\s']+$/g;

/**
 * Excel compares sheet names ignoring case. Names are compared over and over (every plan sheet with
 * every workbook sheet, every marker name with the plan's): a workbook with a thousand agency sheets
 * asked for a million keys, each a normalisation and a locale-aware lower-casing. Each distinct name
 * is keyed once.
 */
export const sheetKey: (name: string) => string = memoizeText((name) => name.normalize('NFC').toLocaleLowerCase('vi'), 10_000);

/** Valid on its own: allowed characters, no edge apostrophes or spaces, 1..31 units. */
function validBase(name: string): string {
  const cleaned = cleanText(name.replace(CONTROL, ' ').replace(FORBIDDEN, '-'));
  // Apostrophes and spaces may alternate at the edges ("' 'a"): strip both kinds together.
  const trimmed = cutUnits(cleaned.replace(EDGES, ''), MAX_SHEET_NAME).replace(EDGES, '');
  return trimmed === '' ? FALLBACK : trimmed;
}

/**
 * A name Excel accepts (at most 31 characters, none of : \ / ? * [ ], no apostrophe at either end,
 * not "History") that is unique ignoring case among `taken`; a clash gets " (2)", " (3)" ... with the
 * base shortened to make room.
 */
export function sanitizeSheetName(name: string, taken: Iterable<string>): string {
  return new TakenSheetNames(taken).take(name);
}

/**
 * Names taken so far, by key, for naming sheets one after another: each name is keyed once, not
 * once for every sheet named after it (sheetKey's lower case goes through the locale's rules).
 */
export class TakenSheetNames {
  private readonly keys = new Set<string>([RESERVED]);

  constructor(taken: Iterable<string> = []) {
    for (const t of taken) this.keys.add(sheetKey(t));
  }

  /** sanitizeSheetName against the names taken so far; the name returned is taken too. */
  take(name: string): string {
    const chosen = uniqueName(name, this.keys);
    this.keys.add(sheetKey(chosen));
    return chosen;
  }
}

function uniqueName(name: string, used: ReadonlySet<string>): string {
  const base = validBase(name);
  if (!used.has(sheetKey(base))) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const stem = cutUnits(base, MAX_SHEET_NAME - suffix.length).replace(EDGES, '') || FALLBACK;
    const candidate = `${stem}${suffix}`;
    if (!used.has(sheetKey(candidate))) return candidate;
  }
}

/** Organisation heads kept whole in front of the abbreviation ("Sở", "Trung tâm" ...), longest first. */
const HEADS: readonly (readonly [string, string])[] = [
  ['ủy ban nhân dân', 'UBND'],
  ['uỷ ban nhân dân', 'UBND'],
  ['văn phòng', 'VP'],
  ['trung tâm', 'Trung tâm'],
  ['ban quản lý', 'BQL'],
  ['bộ chỉ huy', 'BCH'],
  ['hội đồng', 'Hội đồng'],
  ['hiệp hội', 'Hiệp hội'],
  ['công an', 'Công an'],
  ['ủy ban', 'Ủy ban'],
  ['uỷ ban', 'Ủy ban'],
];

/**
 * Words naming the locality, kept whole after the abbreviation ("... tỉnh", "... tỉnh Vĩnh Phúc").
 * Matched in lower case only: a capital starts a name word ("Xã hội" is society, not a commune).
 */
const LOCALITY = new Set(['tỉnh', 'huyện', 'thành', 'thị', 'xã']);

function initialsOf(words: readonly string[]): string {
  let out = '';
  let pendingSpace = false;
  for (const word of words) {
    if (word === 'và') {
      out += '&';
      pendingSpace = false;
    } else if (word === '-' || word === '–') {
      out += '-';
      pendingSpace = false;
    } else if (/\d/.test(word) || (word.length > 1 && word === word.toLocaleUpperCase('vi'))) {
      // Numbers and acronyms ("2088/QĐ-UBND", "CCHC") carry the meaning: keep them whole.
      out += (out === '' || /[&-]$/.test(out) ? '' : ' ') + word;
      pendingSpace = true;
    } else {
      const letter = word.replace(/^[^\p{L}]+/u, '').charAt(0).toLocaleUpperCase('vi');
      if (letter === '') continue;
      out += (pendingSpace ? ' ' : '') + letter;
      pendingSpace = false;
    }
  }
  return out;
}

/**
 * The way Vietnamese offices shorten their own names: the head word kept, the rest as initials,
 * "và" as "&" ("Sở Nông nghiệp và Phát triển nông thôn" -> "Sở NN&PTNT", "Sở Lao động - Thương binh
 * và Xã hội" -> "Sở LĐ-TB&XH"). Names that already fit are kept as written; the full name always
 * goes inside the sheet.
 */
export function abbreviateAgency(name: string, max = MAX_SHEET_NAME): string {
  const full = cleanText(name);
  if (full.length <= max) return full;
  const withoutNote = cleanText(full.replace(/\([^)]*\)/g, ' '));
  if (withoutNote.length <= max && withoutNote !== '') return withoutNote;

  const lower = withoutNote.toLocaleLowerCase('vi');
  const head = HEADS.find(([phrase]) => lower.startsWith(`${phrase} `));
  const [headText, restText] = head
    ? [head[1], withoutNote.slice(head[0].length).trim()]
    : [withoutNote.split(' ')[0] ?? '', withoutNote.split(' ').slice(1).join(' ')];
  const words = restText.split(' ').filter((w) => w !== '');
  const localityAt = words.findIndex((w, i) => i > 0 && LOCALITY.has(w));
  const core = localityAt < 0 ? words : words.slice(0, localityAt);
  const locality = localityAt < 0 ? [] : words.slice(localityAt);
  const short = [headText, initialsOf(core)].filter((s) => s !== '').join(' ');

  const candidates = [
    [short, ...locality].join(' '),
    locality.length > 0 ? `${short} ${locality[0]}` : short,
    short,
  ];
  return candidates.find((c) => c.length <= max) ?? cutUnits(short, max).trim();
}
