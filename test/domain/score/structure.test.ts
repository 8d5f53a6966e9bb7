import { buildStructure, rowName } from '../../../src/domain/score';
import { rowNode } from '../../../src/domain/score/structure';
import { tableFromLines } from '../check/builders';
import { smallIndex } from '../check/small-tree';

/**
 * The checker finds each row's entry by walking the rows beside `inRowOrder`, and reads the row's
 * code and name from the entry instead of again: both only hold if the structure keeps them so.
 */
describe('buildStructure: the entries the checker walks beside the rows', () => {
  const index = smallIndex();
  const table = tableFromLines([
    { code: '1', name: 'Công tác chỉ đạo điều hành', max: 5 },
    { code: '1.1', name: 'Kế hoạch cải cách hành chính năm', max: 2 },
    { name: 'Ghi chú giữa bảng', kind: 'group' },
    { code: '1.1', name: 'Kế hoạch cải cách hành chính năm (lặp)', max: 2 },
    { code: 2.1, name: 'Xử lý văn bản sai phạm phát hiện qua kiểm tra', max: 1 },
    { code: '2.2.1', name: 'Tính đồng bộ thống nhất của hệ thống văn bản', max: 1.5 },
    { code: '3.1', name: 'Thực hiện cơ chế một cửa liên thông', max: 2 },
    { code: '9.1', name: 'Mã không có trong bộ', max: 1 },
    { name: 'Tổng cộng', max: 10 },
  ]);
  const structure = buildStructure(table.rows, index);

  it('lists every coded entry and every repeat once, in the order of their rows', () => {
    const rowsOf = structure.inRowOrder.map((e) => e.row);
    const expected = [...structure.coded, ...structure.duplicates.map((d) => d.repeat)]
      .map((e) => e.row)
      .sort((a, b) => table.rows.indexOf(a) - table.rows.indexOf(b));
    expect(rowsOf).toEqual(expected);
    expect(structure.duplicates).toHaveLength(1);
    // The placed entries (their parent settled), not the ones read before placement.
    for (const entry of structure.coded) expect(structure.inRowOrder).toContain(entry);
  });

  it('keeps on each entry what rowName and rowNode say of its row', () => {
    for (const entry of structure.inRowOrder) {
      const reading = rowNode(index, entry.row, entry.row.code.codes[0]!);
      expect(entry.name).toBe(rowName(entry.row));
      expect({ code: entry.code, node: entry.node, ambiguous: entry.ambiguous, trailingZero: entry.trailingZero }).toEqual(reading);
    }
  });

  it('keeps the code as read: another numbering, and a trailing zero Excel dropped', () => {
    const entry = (written: string) => structure.inRowOrder.find((e) => e.row.code.codes[0] === written)!;
    // "3.1" with the name of 3.2, which lists 3.1 as its other numbering: read as 3.2, written 3.1.
    expect(entry('3.1')).toMatchObject({ code: '3.1', canonical: '3.2', ambiguous: [] });
    // The number 2.1 carrying the name of 2.10: read as 2.10, and the trailing-zero reading kept for the checker.
    expect(entry('2.1')).toMatchObject({ code: '2.10', canonical: '2.10' });
    expect(entry('2.1').trailingZero).toMatchObject({ likely: true, alternative: { code: '2.10' } });
  });
});
