import { cellAt, gridColCount, type Grid } from '../grid';
import { cellRaw } from '../parse/cell';
import { textMemo } from '../memo';
import { cleanText, fold } from '../text';
import type { ColumnMatch, ColumnRole } from './types';

interface RoleRule {
  readonly role: ColumnRole;
  /** When two columns claim a role the stronger wins ("Chủ trì" over "Thực hiện"). */
  readonly strength: number;
  readonly pattern: RegExp;
  readonly unless?: RegExp;
}

/**
 * Header words, Vietnamese and English, matched on folded text (no case, no diacritics). Order
 * matters: "Điểm tối đa" is a maximum before it is a score, "Thời gian thực hiện" a deadline
 * before "thực hiện" is an implementer, "Kết quả, sản phẩm" a product.
 */
const RULES: readonly RoleRule[] = [
  { role: 'note', strength: 3, pattern: /\bghi chu\b|^notes?\b|^remarks?\b|^comments?\b/ },
  { role: 'budget', strength: 3, pattern: /kinh phi|du toan|nguon von|\bbudget|\bfunding|\bcost\b/ },
  {
    role: 'deadline',
    strength: 3,
    pattern: /thoi han|thoi gian|thoi diem|tien do|\bdeadline|\bdue\b|timeline|time ?frame|^han\b|\bby when\b/,
  },
  { role: 'coordinating', strength: 3, pattern: /phoi hop|coordinat|\bsupport/ },
  { role: 'lead', strength: 3, pattern: /chu tri|\blead\b|responsib|in charge|\bowner\b/ },
  { role: 'note', strength: 1, pattern: /ket qua thuc hien|tinh trang|trang thai|\bstatus\b|\bprogress\b/ },
  { role: 'lead', strength: 1, pattern: /thuc hien|implement/ },
  // "Cơ quan tham mưu": the body that advises the province on the criterion, i.e. leads it.
  { role: 'lead', strength: 2, pattern: /^tham muu\b/ },
  { role: 'product', strength: 3, pattern: /san pham|\bproducts?\b|\boutputs?\b|deliverable/ },
  { role: 'max', strength: 3, pattern: /toi da|\bmax\b|\bmaximum|thang diem|diem chuan|\bmax points/ },
  {
    role: 'target',
    strength: 3,
    // "Chỉ tiêu 2020", "Kế hoạch năm 2024", "Phấn đấu": the points aimed at. "Mục tiêu/Chỉ tiêu/nội
    // dung" and "Nhiệm vụ / Chỉ tiêu" name the criterion or the task instead.
    pattern: /muc tieu|phan dau|\btarget|diem ke hoach|diem du kien|chi tieu diem|^(?:diem )?(?:chi tieu|ke hoach)(?: nam)?(?: \d{4}\b|$)/,
    unless: /noi dung|nhiem vu/,
  },
  // Beside the province's own "Điểm tự đánh giá", the points the Ministry verified ("Điểm thẩm
  // định") are the ones the index counts (Quyết định 876/QĐ-BNV): they win the score role.
  { role: 'score', strength: 4, pattern: /\btham dinh\b|\bverified\b/ },
  {
    role: 'score',
    strength: 3,
    // "Đạt được năm 2019" under a merged "Điểm", "Tự chấm", "Thẩm định": the points reached.
    pattern: /\bdiem\b|\bscores?\b|\bpoints?\b|ket qua cham|^dat duoc\b|^dat\b|\btu cham\b|\btham dinh\b|\bachieved\b/,
    // "Điểm bị trừ", "Điểm trừ": the points lost, which the tool works out itself.
    unless: /\bbi tru\b|\bdiem tru\b|\btru diem\b|\bmat diem\b|\bbi mat\b|\bpoints? lost\b/,
  },
  // "Mã tiêu chí" beside "STT": the STT then counts rows, the other column holds the codes.
  { role: 'code', strength: 4, pattern: /^(?:ma|ma so|ma tieu chi|code|ky hieu)$/ },
  {
    role: 'code',
    strength: 3,
    pattern: /^(?:stt|tt|so tt|so thu tu|no\.?|#|id|s tt)$/,
  },
  { role: 'task', strength: 3, pattern: /nhiem vu|giai phap|\btasks?\b|\bactions?\b/ },
  { role: 'task', strength: 2, pattern: /hoat dong|activit|cong viec/ },
  { role: 'task', strength: 1, pattern: /yeu cau|requirement/ },
  {
    role: 'name',
    strength: 3,
    pattern: /linh vuc|tieu chi|noi dung|^ten\b|\bcriteri|^name$|description|chi tieu|muc tieu|indicator|^areas?\b|^item\b/,
  },
];

/**
 * A header names its column in its first words ("Nhiệm vụ/giải pháp thực hiện năm 2023" is the task,
 * "Tiêu chí, tiêu chí thành phần bị trừ điểm, không đạt điểm tối đa …" the criterion), however long
 * the rest of it is: its first four words, after "Cơ quan, đơn vị" when it starts so. Only a short
 * text is also searched as a whole ("Thời gian, tiến độ"): in a long one, words further on are more
 * often data ("… kiểm tra việc thực hiện …").
 */
const HEAD_WORDS = 4;
/** "Cơ quan, đơn vị chủ trì …": the words that say who before the role word are skipped first. */
const BODY_WORDS = /^(?:(?:co quan|don vi)\s+){1,2}(?=\S)/;
/** Texts up to this length are matched as a whole when their first words name no role. */
const WHOLE_TEXT_LENGTH = 80;

/** "1- Mục tiêu", "(2) Nhiệm vụ", "3. Hoạt động": column index prefixes some plans put in headers. */
function stripIndex(folded: string): string {
  return folded.replace(/^\(?\d{1,2}\)?\s*[-.)]?\s+(?=[a-z#])/, '').trim();
}

interface RoleMatch {
  readonly role: ColumnRole;
  readonly strength: number;
}

/** Asked of every filled cell of every row (is it the header again after a page break?): memoised. */
const headerMatches = textMemo(matchHeaderOnce);
const matchHeader: (text: string) => RoleMatch | null = headerMatches.get;

function matchHeaderOnce(text: string): RoleMatch | null {
  // Folding a 32,767-character cell costs more than its head is worth: the first words are enough.
  const cleaned = cleanText(text.length > HEAD_SLICE ? text.slice(0, HEAD_SLICE) : text);
  if (cleaned === '') return null;
  const f = stripIndex(fold(cleaned).replace(/\.$/, ''));
  if (f === '') return cleaned === '#' ? { role: 'code', strength: 3 } : null;
  if (CODE_WITH_NOTE.test(cleaned)) return { role: 'code', strength: /^(?:Mã|Code)/iu.test(cleaned) ? 4 : 3 };
  const head = f.replace(BODY_WORDS, '').split(' ', HEAD_WORDS).join(' ');
  return matchRules(head, f) ?? (text.length <= WHOLE_TEXT_LENGTH && head !== f ? matchRules(f, f) : null);
}

/** "STT (theo Bộ Chỉ số)", "Mã tiêu chí / tiêu chí thành phần": a code word with a note after it. */
const CODE_WITH_NOTE = /^(?:STT|TT|Số TT|Số thứ tự|Mã(?: số| tiêu chí)?|Code)\s*[(/]/iu;

/** Enough characters for the first words of any header, however it is spaced. */
const HEAD_SLICE = 400;

/** The first rule whose words are in `words`, unless the whole header says otherwise. */
function matchRules(words: string, whole: string): RoleMatch | null {
  for (const rule of RULES) {
    if (rule.pattern.test(words) && !(rule.unless && rule.unless.test(whole))) return { role: rule.role, strength: rule.strength };
  }
  return null;
}

/** The longest text isHeaderWordCell accepts: longer cells of a repeated header are data. */
const HEADER_WORDS_MAX = WHOLE_TEXT_LENGTH;

/** A cell of a header repeated after a page break: short header words (longer texts are data). */
export function isHeaderWordCell(text: string): boolean {
  return text.length <= HEADER_WORDS_MAX && matchHeader(text) !== null;
}

/**
 * isHeaderWordCell's answer when it costs no more than a lookup (a text too long, or one seen
 * before), else undefined: a row is often decided by the texts it shares with rows above.
 */
export function knownHeaderWordCell(text: string): boolean | undefined {
  if (text.length > HEADER_WORDS_MAX) return false;
  // matchHeaderOnce returns a match or null, never undefined: undefined is "not matched yet".
  const known = headerMatches.peek(text);
  return known === undefined ? undefined : known !== null;
}

/** The role a header text names ("Điểm tối đa" -> 'max', "Chủ trì" -> 'lead'), or null. */
export function roleOfHeader(text: string): ColumnRole | null {
  return matchHeader(text)?.role ?? null;
}

interface Candidate {
  readonly col: number;
  readonly header: string;
  readonly match: RoleMatch;
}

/** The last year a header names ("Điểm năm 2023" -> 2023), or null. */
function yearOf(header: string): number | null {
  const years = header.match(/\b(?:19|20)\d{2}\b/gu);
  return years ? Number(years[years.length - 1]) : null;
}

/** "Điểm 2022 | Điểm 2023": of two headers of one role, the later year is the table's current one. */
function laterYear(header: string, than: string): boolean {
  const a = yearOf(header);
  const b = yearOf(than);
  return a !== null && b !== null && a > b;
}

/**
 * One column per role, the strongest header winning (leftmost on a tie, the later year between
 * two headers naming years). A weak lead ("Thực hiện")
 * that loses to a real "Chủ trì" column names the implementers: it becomes the coordinating column.
 */
function assignRoles(candidates: readonly Candidate[]): ColumnMatch[] {
  const best = new Map<ColumnRole, Candidate>();
  for (const c of candidates) {
    const current = best.get(c.match.role);
    if (!current || c.match.strength > current.match.strength || (c.match.strength === current.match.strength && laterYear(c.header, current.header))) {
      best.set(c.match.role, c);
    }
  }
  const used = new Set([...best.values()].map((c) => c.col));
  if (!best.has('coordinating')) {
    const implementer = candidates.find((c) => c.match.role === 'lead' && c.match.strength === 1 && !used.has(c.col));
    if (implementer) best.set('coordinating', implementer);
  }
  return [...best.entries()]
    .map(([role, c]) => ({ role, col: c.col, header: c.header }))
    .sort((a, b) => a.col - b.col);
}

function rowTexts(grid: Grid, row: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < gridColCount(grid); i++) out.push(cleanText(cellRaw(cellAt(grid, row, grid.originCol + i))));
  return out;
}

export interface HeaderFound {
  readonly headerRow: number;
  readonly headerRowCount: 1 | 2;
  readonly columns: readonly ColumnMatch[];
}

function candidatesOf(texts: readonly string[], originCol: number): Candidate[] {
  const out: Candidate[] = [];
  texts.forEach((text, i) => {
    const match = matchHeader(text);
    if (match) out.push({ col: originCol + i, header: text, match });
  });
  return out;
}

/**
 * Two stacked header rows: the lower row names the columns it has text for ("Cơ quan chủ trì" under
 * "Phân công trách nhiệm"), the upper row the others (a cell merged down over both rows).
 */
function twoRowCandidates(upper: readonly string[], lower: readonly string[], originCol: number, groups: readonly string[] = upper): Candidate[] {
  const out: Candidate[] = [];
  upper.forEach((top, i) => {
    const bottom = lower[i] ?? '';
    const ownMatch = bottom === '' ? null : matchHeader(bottom);
    // "Nội dung" says only "the text": under "Nhiệm vụ" it is the task's text, so the group names it.
    const groupMatch = ownMatch?.role === 'name' && top !== '' ? matchHeader(top) : null;
    if (groupMatch && groupMatch.role !== 'name') {
      out.push({ col: originCol + i, header: `${top} ${bottom}`, match: groupMatch });
      return;
    }
    if (ownMatch) {
      out.push({ col: originCol + i, header: top === '' ? bottom : `${top} ${bottom}`, match: ownMatch });
      return;
    }
    // Under a group merged across columns ("Điểm đạt được" over "Năm 2022 | Năm 2023"), the group names them.
    const group = top === '' && bottom !== '' ? (groups[i] ?? '') : top;
    const joined = bottom === '' ? group : group === '' ? bottom : `${group} ${bottom}`;
    const match = matchHeader(group) ?? matchHeader(joined);
    if (match) out.push({ col: originCol + i, header: joined, match });
  });
  return out;
}

/** "Năm 2023", "2023": a sub-header that only says which year. */
const YEAR_LABEL = /^(?:năm\s+)?(?:19|20)\d{2}$/iu;

/** A lower header row of years only, under a group header ("Điểm đạt được" over "Năm 2022 | Năm 2023"). */
function isYearRow(texts: readonly string[]): boolean {
  let years = 0;
  for (const t of texts) {
    if (t === '') continue;
    if (!YEAR_LABEL.test(t)) return false;
    years++;
  }
  return years > 0;
}

/**
 * The upper row's texts with a group's text in every column it spans: a merged area's columns, or
 * (merged or "centred across selection", which leaves no trace) the blank cells right of it that
 * have a year below them.
 */
function groupTexts(grid: Grid, row: number, texts: readonly string[], lower: readonly string[]): string[] {
  const out = [...texts];
  for (const m of grid.merges) {
    if (m.row > row || m.row + m.rowCount - 1 < row || m.colCount < 2) continue;
    const text = texts[m.col - grid.originCol] ?? '';
    for (let col = m.col + 1; col < m.col + m.colCount; col++) {
      const i = col - grid.originCol;
      if (i >= 0 && i < out.length && out[i] === '') out[i] = text;
    }
  }
  for (let i = 1; i < out.length; i++) if (out[i] === '' && YEAR_LABEL.test(lower[i] ?? '')) out[i] = out[i - 1]!;
  return out;
}

/** A lower header row holds short labels only, never numbers (but years) or codes. */
function couldBeSecondHeaderRow(grid: Grid, row: number, texts: readonly string[]): boolean {
  if (texts.every((t) => t === '')) return false;
  for (let i = 0; i < texts.length; i++) {
    const cell = cellAt(grid, row, grid.originCol + i);
    if (cell.kind === 'number' && !YEAR_LABEL.test(texts[i] ?? '')) return false;
    const t = texts[i] ?? '';
    if (t.length > WHOLE_TEXT_LENGTH && matchHeader(t) === null) return false;
  }
  return true;
}

function usable(columns: readonly ColumnMatch[]): boolean {
  const roles = new Set(columns.map((c) => c.role));
  return roles.size >= 2 && (roles.has('code') || roles.has('name') || roles.has('task'));
}

/** Header rows are searched for in the first rows of the sheet only. */
export const HEADER_SEARCH_ROWS = 30;

/**
 * The header row: the one (or the pair of stacked rows) naming the most roles among the first 30
 * rows; on a tie the earliest, unless a later one heads a larger table of its own (startsLargerTable).
 * Returns the roles seen anywhere when no row qualifies.
 */
export function findHeader(grid: Grid): { found: HeaderFound | null; rolesSeen: ColumnRole[] } {
  const rows = Math.min(grid.cells.length, HEADER_SEARCH_ROWS);
  let best: { found: HeaderFound; score: number } | null = null;
  const seen = new Set<ColumnRole>();
  for (let i = 0; i < rows; i++) {
    const row = grid.originRow + i;
    const texts = rowTexts(grid, row);
    const single = assignRoles(candidatesOf(texts, grid.originCol));
    single.forEach((c) => seen.add(c.role));
    let found: HeaderFound = { headerRow: row, headerRowCount: 1, columns: single };
    if (i + 1 < grid.cells.length) {
      const lowerTexts = rowTexts(grid, row + 1);
      if (couldBeSecondHeaderRow(grid, row + 1, lowerTexts)) {
        const lowerOwn = assignRoles(candidatesOf(lowerTexts, grid.originCol));
        const years = isYearRow(lowerTexts);
        const pair = assignRoles(twoRowCandidates(texts, lowerTexts, grid.originCol, years ? groupTexts(grid, row, texts, lowerTexts) : texts));
        // The lower row must add roles of its own, or say which year each column of a group is, or
        // it is simply the first data row.
        const addsRoles = lowerOwn.length > 0 && lowerOwn.length < pair.length && pair.length > single.length;
        if (addsRoles || (years && pair.length >= single.length)) {
          found = { headerRow: row + 1, headerRowCount: 2, columns: pair };
        }
      }
    }
    if (!usable(found.columns)) continue;
    const score = found.columns.length;
    if (!best || score > best.score || (score === best.score && startsLargerTable(grid, best.found, found))) best = { found, score };
  }
  return { found: best?.found ?? null, rolesSeen: [...seen] };
}

/**
 * Of two headers naming as many roles, the later one heads a table of its own, and the larger one,
 * when it is written in other words below the earlier one's rows (a summary by area above the
 * detailed criteria, each with its own header). A header repeated after a page break has the first
 * one's texts, and the lower row of a two-row header is part of the earlier header: neither starts
 * a table.
 */
function startsLargerTable(grid: Grid, earlier: HeaderFound, later: HeaderFound): boolean {
  const laterTop = later.headerRow - later.headerRowCount + 1;
  if (laterTop <= earlier.headerRow) return false;
  const earlierTexts = new Set<string>();
  for (let row = earlier.headerRow - earlier.headerRowCount + 1; row <= earlier.headerRow; row++) {
    for (const text of rowTexts(grid, row)) if (text !== '') earlierTexts.add(text);
  }
  let repeated = true;
  for (let row = laterTop; row <= later.headerRow && repeated; row++) {
    for (const text of rowTexts(grid, row)) if (text !== '' && !earlierTexts.has(text)) repeated = false;
  }
  if (repeated) return false;
  const lastRow = grid.originRow + grid.cells.length - 1;
  return filledRows(grid, later.headerRow + 1, lastRow) > filledRows(grid, earlier.headerRow + 1, laterTop - 1);
}

function filledRows(grid: Grid, from: number, to: number): number {
  let n = 0;
  for (let row = from; row <= to; row++) if (rowTexts(grid, row).some((t) => t !== '')) n++;
  return n;
}
