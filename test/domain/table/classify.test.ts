import fc from 'fast-check';
import type { GridCell } from '../../../src/domain/grid';
import { isRepeatedHeaderRow, isTotalText } from '../../../src/domain/table/classify';
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
