import { memoizeText } from '../memo';
import { cleanLines, cleanText, fold } from '../text';
import { COMMON_AGENCIES, PLAN_AGENCIES, type AgencyEntry } from './agency-data';
import type { AgencyKind, AgencyMention } from './types';

/**
 * Matching key: case, diacritics, punctuation and spacing ignored, "Ủy ban nhân dân" read as
 * "UBND", a leading "các" dropped ("Các sở, ban, ngành" = "Sở, ban, ngành"), so "Sở KH&CN",
 * "Sở KH CN" and "Sở KHCN" meet.
 */
function agencyKey(name: string): string {
  return fold(name)
    .replace(/\buy ban nhan dan\b/g, 'ubnd')
    .replace(/^(?:cac|nhung)\s+/, '')
    .replace(/[^a-z0-9]+/g, '');
}

const DICTIONARY: ReadonlyMap<string, AgencyEntry> = (() => {
  const map = new Map<string, AgencyEntry>();
  for (const entry of [...PLAN_AGENCIES, ...COMMON_AGENCIES]) {
    for (const spelling of [entry.name, ...entry.aliases]) {
      const key = agencyKey(spelling);
      if (!map.has(key)) map.set(key, entry);
    }
  }
  return map;
})();

function lookup(name: string): AgencyEntry | null {
  const key = agencyKey(name);
  if (key === '') return null;
  return (
    DICTIONARY.get(key) ??
    (key.endsWith('tinh') ? DICTIONARY.get(key.slice(0, -4)) : DICTIONARY.get(`${key}tinh`)) ??
    null
  );
}

/** Words that start an agency or group name: an item starting otherwise continues the one before. */
const HEAD =
  /^(?:các|những|tất cả|sở|ubnd|ủy ban|uỷ ban|ban|văn phòng|vp|trung tâm|tt|đài|báo|cục|chi cục|bộ|hội|hiệp hội|thanh tra|phòng|công an|kho bạc|bảo hiểm|bưu điện|đoàn|tổ|liên đoàn|tỉnh đoàn|cổng|cơ quan|đơn vị|hđtđ|bql|bch)(?=$|[\s.,&])/iu;

/**
 * What an unrecognised name must start with to be taken as an agency or group: an organisation
 * word. Verbs and events that share a first word ("Ban hành …", "Báo cáo …", "Hội nghị …", "Tổ chức
 * …", "Phòng, chống …") are not organisations; such text in a lead cell stays text.
 */
const ORGANISATION =
  /^(?:(?:các|những|tất cả(?: các)?)\s+)?(?!(?:ban hành|báo cáo|hội nghị|hội thảo|hội thi|hội đàm|tổ chức|phòng,? chống|bộ chỉ số|bộ tiêu chí|đoàn kết|cơ quan hóa)(?=$|[\s,.;]))(?:sở|ubnd|ủy ban|uỷ ban|ban|văn phòng|vp|trung tâm|tt|đài|báo|cục|chi cục|bộ|hội|hiệp hội|hội đồng|thanh tra|phòng|công an|kho bạc|bảo hiểm|bưu điện|đoàn|tổ|liên đoàn|liên minh|tỉnh đoàn|tỉnh ủy|tỉnh uỷ|huyện ủy|thành ủy|hđnd|mttq|mặt trận|cổng|cơ quan|đơn vị|địa phương|hđtđ|bql|bch|bhxh|kbnn|ngân hàng|chi nhánh|quỹ|viện|trường|bệnh viện|tòa án|toà án|kiểm toán|hải quan|điện lực|chủ đầu tư|thủ trưởng|người đứng đầu|lãnh đạo|cán bộ|công chức|bộ phận|thành viên|hợp tác xã|doanh nghiệp|cấp ủy|chính quyền)(?=$|[\s.,&:;/-])/iu;

/** Known, or named like an organisation: anything else in a lead cell is prose, not an agency. */
function looksLikeAgency(m: AgencyMention): boolean {
  return m.known || ORGANISATION.test(m.name);
}

/** An unrecognised name looks like a group when it names a kind of body rather than one body. */
const GROUP_HINT = /^(?:cac|nhung|tat ca)\b|\blien quan\b|^(?:so ban|co quan don vi|don vi)\b|\bcac cap\b|\bcap (?:huyen|xa|tinh)\b/;

/** Role words after a name ("Sở Nội vụ chủ trì theo dõi", "Sở KH&ĐT phối hợp với ..."). */
const QUALIFIER = /\s+(?:chủ trì|phối hợp|theo dõi|đôn đốc|tham mưu|thực hiện|hướng dẫn|tổng hợp)(?=$|[\s,.;)]).*$/iu;

type AgencyRole = 'lead' | 'implementer' | null;

interface AgencyMentionWithRole {
  readonly mention: AgencyMention;
  /** From a qualifier in the same cell: "(chủ trì, theo dõi)" lead, "(phối hợp, thực hiện)" implementer. */
  readonly role: AgencyRole;
}

function roleOf(qualifier: string): AgencyRole {
  const q = fold(qualifier);
  if (q === '') return null;
  if (/\b(?:chu tri|theo doi)\b/.test(q)) return 'lead';
  if (/\b(?:thuc hien|phoi hop)\b/.test(q)) return 'implementer';
  return null;
}

/** The canonical spelling of one agency name, or the cleaned text itself when it is not known. */
export function canonicalAgency(name: string): { name: string; kind: AgencyKind; known: boolean } {
  const cleaned = cleanText(name).replace(/^[-+•*·–]\s*/u, '').replace(/[.;,:\s]+$/u, '');
  const entry = lookup(cleaned);
  if (entry) return { name: entry.name, kind: entry.kind, known: true };
  return { name: cleaned, kind: GROUP_HINT.test(fold(cleaned)) ? 'group' : 'agency', known: false };
}

function mention(raw: string, role: AgencyRole, named?: string): AgencyMentionWithRole {
  const c = canonicalAgency(named ?? raw);
  return { mention: { name: c.name, kind: c.kind, raw: cleanText(raw), known: c.known }, role };
}

/**
 * Lines that only continue a wrapped name ("Sở Kế hoạch và Đầu\ntư;") rejoin the line above; a line
 * after ";", "," or "." or starting with a bullet or an agency head word is a new item, unless the
 * line above ends with a joining word ("Sở Nội vụ và\ncác Sở, ngành").
 */
function items(text: string): string[] {
  const lines = cleanLines(text).split('\n');
  const joined: string[] = [];
  for (const line of lines) {
    const prev = joined[joined.length - 1];
    const continues =
      prev !== undefined &&
      !/[;,.:]$/u.test(prev) &&
      !/^[-+•*·–]/u.test(line) &&
      (!HEAD.test(line) || /\s(?:và|của|với|thuộc)$/iu.test(prev));
    if (continues) joined[joined.length - 1] = `${prev} ${line}`;
    else joined.push(line);
  }
  return joined
    .flatMap((line) => line.split(';'))
    .map((s) => s.trim().replace(/^[-+•*·–]\s*/u, '').trim())
    .filter((s) => s !== '');
}

/**
 * "UBND cấp huyện, xã", "UBND cấp huyện; cấp xã", "Sở Nội vụ, Tài chính": a piece without a head
 * word borrows the head of the agency before it, when that gives a known name.
 */
function borrowHead(piece: string, previous: AgencyMentionWithRole | undefined): AgencyMentionWithRole | null {
  if (!previous || HEAD.test(piece)) return null;
  const name = previous.mention.name;
  const level = piece.replace(/^cấp\s+/iu, '');
  const candidates = /^UBND\b/u.test(name)
    ? [`UBND cấp ${level}`, `UBND ${piece}`]
    : /^Sở\s/u.test(name)
      ? [`Sở ${piece}`]
      : [];
  for (const candidate of candidates) {
    if (lookup(candidate)) return mention(piece, previous.role, candidate);
  }
  return null;
}

/** "(chủ trì, theo dõi)" and other parenthesised notes removed, kept as the item's qualifier. */
function splitParens(item: string): { text: string; qualifier: string } {
  let qualifier = '';
  const text = item
    .replace(/\(([^()]*)\)?/gu, (_, inner: string) => {
      qualifier += ` ${inner}`;
      return ' ';
    })
    .replace(/\)/gu, ' ');
  return { text: cleanText(text), qualifier: qualifier.trim() };
}

/** Splits "A và các B" / "A và Sở C" but never inside a name ("Sở Kế hoạch và Đầu tư"). */
function splitAnd(text: string): string[] {
  const parts: string[] = [];
  let rest = text;
  for (;;) {
    const m = /\s+và\s+(?=(?:các|Sở|UBND|Ủy ban|Ban|Văn phòng|Trung tâm|Đài|Báo|Cục|Bộ|Hội|Thanh tra|Công an|đơn vị)[\s,])/iu.exec(rest);
    if (!m) break;
    const left = rest.slice(0, m.index);
    // "Ủy ban MTTQ và các đoàn thể" may itself be a known name: keep it whole.
    if (lookup(rest) !== null) break;
    parts.push(left);
    rest = rest.slice(m.index + m[0].length);
  }
  parts.push(rest);
  return parts;
}

/** "các Sở: Tư pháp, Tài chính, Thông tin và Truyền thông" -> the head distributed over the list. */
function sharedHead(text: string, role: AgencyRole): AgencyMentionWithRole[] | null {
  const m = /^(?:các\s+)?(sở|ban|phòng|ubnd|ủy ban nhân dân|cơ quan)\s*:\s*(.+)$/iu.exec(text);
  if (!m) return null;
  const word = m[1]!;
  const head = fold(word) === 'ubnd' ? 'UBND' : word.charAt(0).toUpperCase() + word.slice(1);
  const out: AgencyMentionWithRole[] = [];
  const pieces = m[2]!.split(',').map((s) => s.trim()).filter((s) => s !== '');
  let i = 0;
  while (i < pieces.length) {
    // Longest known name first: "Văn hóa, Thể thao và Du lịch" is one Sở, commas and all.
    let taken = 0;
    for (let j = Math.min(pieces.length, i + 4); j > i + 1; j--) {
      const whole = `${head} ${pieces.slice(i, j).join(', ')}`;
      if (lookup(whole)) {
        out.push(mention(whole, role));
        taken = j - i;
        break;
      }
    }
    if (taken > 0) {
      i += taken;
      continue;
    }
    const piece = pieces[i]!;
    i++;
    const whole = `${head} ${piece}`;
    if (lookup(whole) || !/\svà\s/u.test(piece)) {
      out.push(mention(whole, role));
      continue;
    }
    for (const sub of piece.split(/\s+và\s+/u)) out.push(mention(`${head} ${sub}`, role));
  }
  return out;
}

/**
 * Names in one item split on commas, matching the longest known name first so that commas inside
 * names ("Sở, ban, ngành", "UBND các huyện, thị xã, thành phố") hold.
 */
function splitCommas(
  text: string,
  role: AgencyRole,
  before: AgencyMentionWithRole | undefined,
  prose: string[],
): AgencyMentionWithRole[] {
  const pieces = text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const out: AgencyMentionWithRole[] = [];
  let pendingUnknown: string | null = null;
  let inQualifier = false;
  const flush = (): void => {
    if (pendingUnknown !== null) {
      const opening = knownOpening(pendingUnknown);
      out.push(mention(opening?.name ?? pendingUnknown, role));
      if (opening) prose.push(opening.after);
    }
    pendingUnknown = null;
  };
  let i = 0;
  while (i < pieces.length) {
    let matched = false;
    for (let j = Math.min(pieces.length - 1, i + 5); j >= i; j--) {
      const candidate = pieces.slice(i, j + 1).join(', ');
      if (lookup(candidate)) {
        flush();
        out.push(mention(candidate, role));
        i = j + 1;
        matched = true;
        inQualifier = false;
        break;
      }
    }
    if (matched) continue;
    const piece = pieces[i]!;
    i++;
    const qualified = QUALIFIER.exec(piece);
    const bare = qualified ? piece.slice(0, qualified.index) : piece;
    if (qualified && lookup(bare)) {
      flush();
      const qualifierRole = roleOf(qualified[0]) ?? role;
      out.push(mention(bare, qualifierRole));
      // "Sở Nội vụ chủ trì đối với nhân rộng mô hình hay": more than who leads, kept as written.
      if (!isRoleWordsOnly(qualified[0])) prose.push(piece);
      inQualifier = true;
      continue;
    }
    if (pendingUnknown === null) {
      const borrowed = borrowHead(piece, out[out.length - 1] ?? before);
      if (borrowed) {
        out.push(borrowed);
        continue;
      }
    }
    const startsName = HEAD.test(piece);
    if (inQualifier && !startsName) {
      // "Sở KH&ĐT chủ trì, phối hợp với Văn phòng UBND tỉnh tổ chức …": the partner is named in the prose.
      const partner = partnerIn(piece);
      if (partner !== null) out.push(mention(partner.name, 'implementer'));
      const said = partner === null ? piece : partner.after;
      if (!isRoleWordsOnly(said)) prose.push(piece);
      continue;
    }
    inQualifier = false;
    if (pendingUnknown !== null && !startsName) pendingUnknown = `${pendingUnknown}, ${piece}`;
    else {
      flush();
      pendingUnknown = piece;
    }
  }
  flush();
  return out;
}

/** Words looked at for a known name at the start of a longer text. */
const OPENING_WORDS = 12;

/**
 * "UBND các huyện, thành phố theo chức năng, nhiệm vụ được giao": a known name (its longest known
 * opening) followed by prose in lower case, or null. A capital after the name ("… tỉnh Sơn La")
 * still belongs to it.
 */
function knownOpening(text: string): { name: string; after: string } | null {
  const words = text.split(/\s+/u);
  for (let n = Math.min(words.length - 1, OPENING_WORDS); n >= 2; n--) {
    if (!/^\p{Ll}/u.test(words[n]!) || NAME_GOES_ON.test(words[n]!)) continue;
    const name = words.slice(0, n).join(' ').replace(/[,;:]$/u, '');
    if (lookup(name)) return { name, after: words.slice(n).join(' ') };
  }
  return null;
}

/** Words that carry a name on ("Văn phòng UBND tỉnh", "UBND cấp huyện"), never prose after it. */
const NAME_GOES_ON = /^(?:tỉnh|huyện|xã|thành|thị|cấp|và|các|của|tp)(?=$|[\s,.;:])/u;

/** "Giám đốc Sở Nội vụ", "Thủ trưởng các sở, ban, ngành": the head of a body stands for it. */
const HEAD_OF = /^(?:giám đốc|thủ trưởng|người đứng đầu)\s+(?=\S)/iu;

function withoutHeadOf(text: string): string {
  const m = HEAD_OF.exec(text);
  if (!m) return text;
  const body = text.slice(m[0].length);
  return ORGANISATION.test(body) ? body : text;
}

/** Words looked at after "phối hợp với" for a known name. */
const PARTNER_WORDS = 12;

/**
 * The known agency a "phối hợp với …" phrase names first (its longest known opening) and what the
 * phrase goes on to say after it, or null.
 */
function partnerIn(piece: string): { name: string; after: string } | null {
  const m = /^phối hợp với\s+(.+)$/iu.exec(piece.trim());
  if (!m) return null;
  const all = m[1]!.split(/\s+/u);
  const words = all.slice(0, PARTNER_WORDS);
  for (let n = words.length; n >= 2; n--) {
    const candidate = words.slice(0, n).join(' ');
    if (lookup(candidate)) return { name: candidate, after: all.slice(n).join(' ') };
  }
  return null;
}

/** "đôn đốc", "tham mưu", "kiểm tra": what a lead does, said after its name; nothing to keep. */
const ROLE_WORDS_ONLY = /^(?:(?:chu tri|phoi hop|theo doi|don doc|tham muu|thuc hien|huong dan|tong hop|kiem tra|giam sat|va)(?: |$))*$/;

function isRoleWordsOnly(text: string): boolean {
  return ROLE_WORDS_ONLY.test(fold(text));
}

/** Every agency in a cell with the role a qualifier gives it; duplicates dropped. */
export function parseAgenciesWithRoles(text: string): AgencyMentionWithRole[] {
  // A copy: callers may add to the list they get.
  return [...parseAgenciesMemo(text).mentions];
}

/** A lead cell read: its agencies, and the rest of what it says ('' when it names agencies only). */
interface LeadCellReading {
  readonly mentions: readonly AgencyMentionWithRole[];
  /**
   * Every item of the cell (a line, or a part between ";") that says more than agency names and
   * the roles they take, as written, one per line ("Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Văn
   * phòng UBND tỉnh tổ chức ít nhất là 02 Hội nghị", "Sở Nội vụ (sau khi có văn bản hướng dẫn của
   * Bộ Nội vụ)"): the officer's words about the task, which belong with it.
   */
  readonly rest: string;
}

/** The agencies of a cell and what else it says. */
export function readAgencyCell(text: string): LeadCellReading {
  return parseAgenciesMemo(text);
}

const parseAgenciesMemo = memoizeText((text: string): LeadCellReading => parseAgenciesOnce(text));

function parseAgenciesOnce(text: string): LeadCellReading {
  const out: AgencyMentionWithRole[] = [];
  const restLines: string[] = [];
  for (const item of items(text)) {
    const { text: bare, qualifier } = splitParens(item);
    // "(chủ trì, theo dõi)" gives a role; "(chỉ đạo UBND cấp xã thực hiện)" is a sentence, kept below.
    const role = isRoleWordsOnly(qualifier) ? roleOf(qualifier) : null;
    // What in the item names no agency and no role: when anything, the item says more than names.
    const prose: string[] = [];
    for (const part of splitAnd(bare.replace(/[.:,\s]+$/u, ''))) {
      const trimmed = withoutHeadOf(part.trim());
      if (trimmed === '') continue;
      const found = sharedHead(trimmed, role) ?? splitCommas(trimmed, role, out[out.length - 1], prose);
      for (const m of found) {
        if (m.mention.name === '') continue;
        if (!looksLikeAgency(m.mention)) prose.push(m.mention.raw);
        else if (!out.some((o) => o.mention.name === m.mention.name)) out.push(m);
      }
    }
    // A note in brackets that gives no role ("(sau khi có văn bản hướng dẫn …)"), of more than an abbreviation.
    if (role === null && /\s/u.test(qualifier) && !isRoleWordsOnly(qualifier)) prose.push(qualifier);
    // The item as written, names included: "Sở Nội vụ chủ trì, tham mưu …" reads whole, not in pieces.
    if (prose.length > 0) restLines.push(cleanText(item));
  }
  return { mentions: out, rest: restLines.join('\n') };
}

/**
 * Agencies named in a lead or coordinating cell, split on ";", ",", line breaks, "- " bullets and
 * "và", with shared heads distributed, each reported by its canonical name.
 */
export function parseAgencies(text: string): AgencyMention[] {
  return parseAgenciesWithRoles(text).map((m) => m.mention);
}

/** Every canonical name in the dictionary (for tests and for the column-mapping form). */
export function knownAgencyNames(): { name: string; kind: AgencyKind }[] {
  const seen = new Set<string>();
  const out: { name: string; kind: AgencyKind }[] = [];
  for (const e of [...PLAN_AGENCIES, ...COMMON_AGENCIES]) {
    if (!seen.has(e.name)) out.push({ name: e.name, kind: e.kind });
    seen.add(e.name);
  }
  return out;
}
