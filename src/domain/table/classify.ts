import type { GridCell } from '../grid';
import { cellRaw } from '../parse/cell';
import { isCodeLike } from '../parse/codes';
import { cleanText, fold } from '../text';
import { isHeaderWordCell, knownHeaderWordCell } from './headers';

const TOTAL_HEAD = /^(?:tong diem|tong cong|tong so diem|total|grand total)\b/;
const TOTAL_WHOLE = /^(?:tong|cong|tong so|sum)$/;

/** "Tổng cộng", "TỔNG ĐIỂM", "Total": the row that sums the table. */
export function isTotalText(text: string): boolean {
  // Asked of almost every row: module regexes (a literal in the body is a new object per call),
  // and no fold for the texts that cannot start with one of the words.
  if (text === '') return false;
  // A text starting with a digit or a dot folds to one starting with it ("7143.4" in a code cell).
  const head = text.charCodeAt(0);
  if ((head >= 48 && head <= 57) || head === 46) return false;
  const f = fold(text);
  const first = f.charCodeAt(0);
  // t(ong), c(ong), s(um), g(rand)
  if (first !== 116 && first !== 99 && first !== 115 && first !== 103) return false;
  return TOTAL_HEAD.test(f) || TOTAL_WHOLE.test(f);
}

/** filledCount stops here: the row classifiers ask only whether a row fills none, up to two or three cells, or more. */
const FILLED_ENOUGH = 4;

/**
 * How many of the row's cells are filled, counted up to four. Every row under the header is asked
 * whether it ends the table, starts notes, resumes it or is a letterhead line, and each question
 * is first one of this count: counted once per row for all of them, a common data row stops at
 * its fourth filled cell.
 */
export function filledCount(cells: readonly GridCell[]): number {
  let count = 0;
  // Indexed, not for-of: a row's first walks run before the optimising compiler has seen them,
  // where for-of makes an iterator result per cell.
  for (let i = 0; i < cells.length; i++) if (cells[i]!.kind !== 'empty' && ++count === FILLED_ENOUGH) break;
  return count;
}

/**
 * Lines of a letterhead, a page footer or a signature block that a PDF-to-Excel copy leaves inside
 * the table ("UBND TỈNH ...", "CỘNG HÒA XÃ HỘI ...", "Trang 3", "Nơi nhận:").
 */
const LETTERHEAD =
  /^(?:doc lap tu do|phu luc|kem theo|trang \d+|page \d+|noi nhan|so \d+ .*(?:kh|qd|ubnd)|ke hoach so|bieu mau|mau so|kt chu tich|tm uy ban|nguoi lap|\d+ \/ \d+$)/;
/** Issuer lines are written in capitals; "UBND tỉnh" in ordinary case may be an agency in a lead cell. */
const LETTERHEAD_CAPITALS = /^(?:ubnd tinh|ubnd huyen|uy ban nhan dan|cong hoa xa hoi|giam doc|chu tich|pho chu tich)/;

export function isLetterheadRow(cells: readonly GridCell[], count: number = filledCount(cells)): boolean {
  // Asked of every row, and almost every row has more than two cells: decided by the count alone.
  if (count === 0 || count > 2) return false;
  const filled = cells.filter((c) => c.kind !== 'empty');
  const text = filled.map((c) => cleanText(cellRaw(c))).join(' ');
  const f = fold(text);
  if (LETTERHEAD.test(f)) return true;
  if (LETTERHEAD_CAPITALS.test(f) && text === text.toUpperCase()) return true;
  // A page number alone on its line.
  return filled.length === 1 && /^\d{1,3}$/.test(text);
}

/**
 * Where a plan's table ends: the recipients list ("Nơi nhận:") or the signature block ("KT. CHỦ
 * TỊCH", "TM. ỦY BAN NHÂN DÂN", "PHÓ CHỦ TỊCH" alone in capitals, "NGƯỜI LẬP BIỂU" over the
 * compiler's signature). What follows is not data.
 */
const TABLE_END = /^(?:noi nhan\b|nguoi lap(?: bieu| bang)?\b|(?:kt|tm|tl|tuq|q)\.? ?(?:chu tich|pho chu tich|giam doc|uy ban nhan dan|ubnd)\b)/;
/**
 * The place and date a signed document carries above its signature ("Đắk Lắk, ngày 15 tháng 8 năm
 * 2020", the day often left blank until signed): a place name without digits, a comma, then the
 * date in words. The comma tells it from a deadline ("Trước ngày 31 tháng 12 năm 2023"), and the
 * place's proper name at its end ("Hà Tĩnh", "Thành phố Hồ Chí Minh") from a product or a lead cell
 * naming a document and its date ("Quyết định của UBND tỉnh, ngày 10 tháng 02 năm 2024").
 */
const PLACE_DATE_HEAD = /^([^\d,;:()]{2,40}),\s*/u;
const CAPITALISED = /^\p{Lu}/u;
const DATE_IN_WORDS = /^ngay\b.*\bthang\b.*\bnam\b/;

function isPlaceDateText(text: string): boolean {
  const head = PLACE_DATE_HEAD.exec(text);
  if (head === null) return false;
  // The place's last word, and the one before it when there is one, are capitalised.
  const words = head[1]!.trim().split(/\s+/);
  if (!words.slice(-2).every((w) => CAPITALISED.test(w))) return false;
  return DATE_IN_WORDS.test(fold(text.slice(head[0].length)));
}
const SIGNATORY = /^(?:pho )?(?:chu tich|giam doc)(?: ubnd tinh)?$/;
/** "Ghi chú: …", "* Lưu ý: …": the colon tells notes from a "Ghi chú" column header. */
const NOTES = /^[\s*(]*(\S+\s+\S+)\s*:/u;
const NOTE_WORDS: ReadonlySet<string> = new Set(['ghi chu', 'luu y', 'chu thich']);

function isNotesText(text: string): boolean {
  const m = NOTES.exec(text);
  return m !== null && NOTE_WORDS.has(fold(m[1]!));
}

export function isTableEndRow(cells: readonly GridCell[], count: number = filledCount(cells)): boolean {
  // Asked of every row, and most rows have more than three cells: decided by the count alone.
  if (count === 0 || count > 3) return false;
  let text = '';
  for (const c of cells) if (c.kind !== 'empty') text += (text === '' ? '' : ' ') + cleanText(cellRaw(c));
  const f = fold(text);
  if (TABLE_END.test(f) || (SIGNATORY.test(f) && text === text.toUpperCase())) return true;
  // The place-and-date line stands in a cell of its own, usually the right-hand one.
  for (const c of cells) if (c.kind === 'string' && isPlaceDateText(cleanText(c.value as string))) return true;
  return false;
}

/**
 * "Ghi chú: …" alone on its row (with at most two other cells): the notes under the table, or under
 * one of its parts. The lines that follow are notes until the table resumes (see resumesTable).
 */
export function isNotesRow(cells: readonly GridCell[], count: number = filledCount(cells)): boolean {
  if (count === 0 || count > 3) return false;
  let text = '';
  for (const c of cells) if (c.kind !== 'empty') text += (text === '' ? '' : ' ') + cleanText(cellRaw(c));
  return isNotesText(text);
}

/**
 * After notes, a row that is the table's again: three cells filled or more, or a code alone in the
 * code column ("IV.", "2.1"). Note lines ("- Lĩnh vực 8 gồm …") fill one or two cells, without a code.
 */
export function resumesTable(cells: readonly GridCell[], codeIndex: number | undefined, count: number = filledCount(cells)): boolean {
  if (count >= 3) return true;
  const code = codeIndex === undefined ? undefined : cells[codeIndex];
  return code !== undefined && code.kind !== 'empty' && isCodeLike(cellRaw(code));
}

const NO_TEXTS: ReadonlySet<string> = new Set();

const INDEX_TEXT = /^\(?(?:\d{1,2}|[A-Z])\)?$/;

/**
 * A blank row (no filled cell holds text once cleaned) or the column numbering row some plans put
 * under the header ("(1) (2) (3)", "1 2 3 4", "A B C"). One walk answers both, cleaning each text
 * once: asked of every row, and a data row is decided by its first text.
 */
export function isBlankOrIndexRow(cells: readonly GridCell[]): boolean {
  let blank = true;
  // Whether every text so far is a column number, and those texts (made on the first one).
  let indexLike = true;
  let texts: string[] | null = null;
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i]!;
    const raw = cellRaw(c);
    if (raw === '') continue;
    const t = cleanText(raw);
    if (t === '') continue;
    if (c.kind !== 'empty') blank = false;
    if (indexLike) {
      if (INDEX_TEXT.test(t)) (texts ??= []).push(t);
      else indexLike = false;
    }
    // A text that is no column number in a filled cell: neither blank nor the numbering row, whatever the rest holds.
    if (!blank && !indexLike) return false;
  }
  if (blank) return true;
  return indexLike && texts !== null && isColumnNumbering(texts);
}

/** The numbering row's texts: three at least (or two in parentheses), rising numbers or letters. */
function isColumnNumbering(texts: readonly string[]): boolean {
  // "1 | | 2" is more likely a data row.
  if (texts.length < 2 || (texts.length === 2 && !texts.every((t) => t.startsWith('(')))) return false;
  const numbers: number[] = [];
  for (const t of texts) {
    const m = /^\(?(\d{1,2})\)?$/.exec(t);
    if (m) numbers.push(Number(m[1]));
    else if (!/^\(?[A-Z]\)?$/.test(t)) return false;
  }
  return numbers.every((n, i) => i === 0 || n > numbers[i - 1]!);
}

/**
 * The header again after a page break (one or both rows of it): header words, or the header's own
 * texts however long, in every cell but one.
 */
export function isRepeatedHeaderRow(cells: readonly GridCell[], headerTexts: ReadonlySet<string> = NO_TEXTS): boolean {
  // Asked of every row, in one walk: a number, or two texts the header vocabulary already said are
  // no header words (a long text, a lead or a deadline on rows above), decide a data row; only then
  // the new texts (a task), which fold. The answer is the same in any order: a number or two cells
  // without header words make a data row, else it takes two with them.
  let headerish = 0;
  let other = 0;
  let unknown = 0;
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i]!;
    if (c.kind === 'empty') continue;
    if (c.kind === 'number') return false;
    const raw = cellRaw(c);
    const known = headerTexts.has(raw) || knownHeaderWordCell(raw);
    if (known === undefined) unknown++;
    else if (known) headerish++;
    else if (++other > 1) return false;
  }
  if (unknown === 0 || headerish + unknown < 2) return headerish >= 2;
  // Counted again from the start: a new text may stand in two cells of the row.
  headerish = 0;
  other = 0;
  for (const c of cells) {
    if (c.kind === 'empty') continue;
    const raw = cellRaw(c);
    if (headerTexts.has(raw) || isHeaderWordCell(raw)) headerish++;
    // Two cells without header words: not a header whatever follows.
    else if (++other > 1) return false;
  }
  return headerish >= 2;
}
