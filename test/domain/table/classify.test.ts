import fc from 'fast-check';
import type { GridCell } from '../../../src/domain/grid';
import { isBlankOrIndexRow, isRepeatedHeaderRow, isTotalText } from '../../../src/domain/table/classify';
import { cellRaw } from '../../../src/domain/parse/cell';
import { cleanText, fold } from '../../../src/domain/text';
import { isHeaderWordCell } from '../../../src/domain/table/headers';

const text = (t: string): GridCell => ({ value: t, text: t, kind: 'string' });
const number = (n: number): GridCell => ({ value: n, text: String(n), kind: 'number' });
const EMPTY: GridCell = { value: null, text: '', kind: 'empty' };

/**
 * The rule as the function's comment states it, counted cell by cell with no shortcut: a number
 * makes a data row; otherwise it is the header again when every cell but one has header words (or
 * is one of the header's own texts) and at least two do.
 */
function repeatedHeaderByRule(cells: readonly GridCell[], headerTexts: ReadonlySet<string>): boolean {
  let headerish = 0;
  let other = 0;
  for (const c of cells) {
    if (c.kind === 'empty') continue;
    if (c.kind === 'number') return false;
    if (headerTexts.has(c.text) || isHeaderWordCell(c.text)) headerish++;
    else other++;
  }
  return other <= 1 && headerish >= 2;
}

describe('a header repeated after a page break', () => {
  // Header words, data a task table repeats down its rows, new texts, a long header of the table's
  // own, and long data: rows made of them in any order, after rows that taught the memo some texts.
  const own = 'Tiêu chí, tiêu chí thành phần bị trừ điểm, không đạt điểm tối đa trong năm 2022 (theo Bộ Chỉ số CCHC cấp tỉnh)';
  const cellTexts = ['STT', 'Chủ trì', 'Phối hợp', 'Sản phẩm', 'Thời gian hoàn thành', 'Sở Nội vụ', 'Quý IV', 'Kế hoạch', 'Báo cáo', own, 'x'.repeat(90)];
  const cell = fc.oneof(
    fc.constantFrom(...cellTexts).map(text),
    fc.integer({ min: 1, max: 40 }).map((n) => text(`Nhiệm vụ ${n}: triển khai kiểm tra cchc`)),
    fc.integer({ min: 1, max: 40 }).map((n) => text(`Việc mới ${n}`)),
    fc.integer({ min: 1, max: 40 }).map((n) => text(`Ghi chú ${n}`)),
    fc.integer({ min: 1, max: 9 }).map(number),
    fc.constant(EMPTY),
  );
  const rows = fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 12 });

  it('is decided as the rule says, whatever the rows before taught the memo', () => {
    const headerTexts = new Set([own]);
    fc.assert(
      fc.property(rows, (sheet) => sheet.every((cells) => isRepeatedHeaderRow(cells, headerTexts) === repeatedHeaderByRule(cells, headerTexts))),
      { numRuns: 2000 },
    );
  });

  it('is found among data rows, also when a new text stands in two of its cells', () => {
    expect(isRepeatedHeaderRow([text('STT'), text('Tiêu chí'), text('Chủ trì'), text('Phối hợp')])).toBe(true);
    expect(isRepeatedHeaderRow([text('Việc chưa gặp'), text('Việc chưa gặp'), text('Chủ trì')])).toBe(false);
    expect(isRepeatedHeaderRow([text('Ghi chú lần đầu'), text('Ghi chú lần đầu'), text('Sở Nội vụ')])).toBe(true);
    expect(isRepeatedHeaderRow([text('1.1'), text('Sở Nội vụ'), text('Quý IV'), text('Chủ trì')])).toBe(false);
  });
});

describe('the total row\'s label', () => {
  /** The words of a total row as the reader's comment lists them, matched on the folded text. */
  const totalByRule = (t: string): boolean => {
    const f = fold(t);
    return /^(?:tong diem|tong cong|tong so diem|total|grand total)\b/.test(f) || /^(?:tong|cong|tong so|sum)$/.test(f);
  };

  it('is told by its words, whatever digits, dots or marks come first', () => {
    const pieces = ['Tổng', 'TỔNG', ' cộng', ' điểm', ' số', 'Cộng', 'Sum', 'Grand total', '1', '7143.4', '.', '(', ' ', 'x', 'ç'];
    const text = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 5 }).map((p) => cleanText(p.join('')));
    fc.assert(fc.property(text, (t) => isTotalText(t) === totalByRule(t)), { numRuns: 3000 });
    expect(isTotalText('Tổng cộng')).toBe(true);
    expect(isTotalText('7143.4')).toBe(false);
  });
});

describe('a blank row or the column numbering row', () => {
  /**
   * The two rules as their comments state them, each in a walk of its own: blank when no filled
   * cell holds text once cleaned; the numbering row when every text is a number or a letter (in
   * parentheses or not), three at least or two in parentheses, the numbers rising.
   */
  const blankByRule = (cells: readonly GridCell[]): boolean => cells.every((c) => c.kind === 'empty' || cleanText(cellRaw(c)) === '');
  const indexByRule = (cells: readonly GridCell[]): boolean => {
    const texts = cells.map((c) => cleanText(cellRaw(c))).filter((t) => t !== '');
    if (texts.length === 0 || !texts.every((t) => /^\(?(?:\d{1,2}|[A-Z])\)?$/.test(t))) return false;
    if (texts.length < 2 || (texts.length === 2 && !texts.every((t) => t.startsWith('(')))) return false;
    const numbers = texts.filter((t) => /\d/.test(t)).map((t) => Number(t.replace(/[()]/g, '')));
    return numbers.every((n, i) => i === 0 || n > numbers[i - 1]!);
  };
  // Column numbers, letters, texts, blanks that are not empty cells, and a text in a cell that says it is empty.
  const cell = fc.oneof(
    fc.constantFrom('1', '2', '3', '(1)', '(2)', '(3)', ' 4 ', 'A', 'B', '(C)', '1.1', 'Sở Nội vụ', ' ', '\u00a0', '').map(text),
    fc.integer({ min: 1, max: 12 }).map(number),
    fc.constant(EMPTY),
    fc.constant<GridCell>({ value: null, text: '2', kind: 'empty' }),
  );

  it('is told in one walk as each rule tells it alone', () => {
    const rows = fc.array(cell, { maxLength: 7 });
    fc.assert(fc.property(rows, (cells) => isBlankOrIndexRow(cells) === (blankByRule(cells) || indexByRule(cells))), { numRuns: 3000 });
    expect(isBlankOrIndexRow([EMPTY, text(' '), EMPTY])).toBe(true);
    expect(isBlankOrIndexRow([text('(1)'), text('(2)'), text('(3)')])).toBe(true);
    expect(isBlankOrIndexRow([text('1'), text('2'), text('2')])).toBe(false);
    expect(isBlankOrIndexRow([text('1.1'), text('Sở Nội vụ'), number(2)])).toBe(false);
  });
});
