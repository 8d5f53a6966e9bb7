import fc from 'fast-check';
import { EXCEL_MAX_CELL_CHARS } from '../../../src/domain/excel-limits';
import { readTable } from '../../../src/domain/table';
import type { ColumnRole } from '../../../src/domain/table/types';
import { gridFromRows } from '../../support/grid-builder';

/**
 * Header words officers use for each column (from the provinces' plans and the variants the
 * issue lists), matched by vocabulary at the head of the header, whatever follows it.
 */
const VOCABULARY: Readonly<Record<ColumnRole, readonly string[]>> = {
  code: ['STT', 'TT', 'Số TT', 'Mã tiêu chí'],
  name: [
    'Tiêu chí',
    'Tiêu chí/ tiêu chí thành phần',
    'Lĩnh vực/Tiêu chí/ Tiêu chí thành phần',
    'Tiêu chí, tiêu chí thành phần bị trừ điểm, không đạt điểm tối đa trong năm 2022 (theo Bộ Chỉ số CCHC cấp tỉnh)',
    'Nội dung',
    'Tên tiêu chí',
  ],
  max: ['Điểm tối đa', 'ĐIỂM TỐI ĐA', 'Thang điểm', 'Tối đa'],
  score: ['Điểm đạt được năm 2019', 'Điểm năm 2023', 'Điểm tự chấm', 'Kết quả thẩm định 2023', 'Tự chấm'],
  target: ['Mục tiêu năm 2020', 'Chỉ tiêu 2020', 'Kế hoạch 2024', 'Kế hoạch năm 2024', 'Phấn đấu năm 2024', 'Điểm mục tiêu', 'Mục tiêu phấn đấu'],
  lead: ['Chủ trì', 'Cơ quan chủ trì', 'Đơn vị chủ trì', 'Đơn vị chủ trì, thực hiện', 'Chủ trì tham mưu', 'Cơ quan chủ trì, thực hiện', 'Cơ quan, đơn vị chủ trì', 'Cơ quan tham mưu'],
  coordinating: ['Phối hợp', 'Cơ quan phối hợp', 'Đơn vị phối hợp', 'Cơ quan, đơn vị phối hợp'],
  task: ['Nhiệm vụ, giải pháp', 'Nhiệm vụ/giải pháp thực hiện năm 2023', 'Nhiệm vụ / Chỉ tiêu', 'Hoạt động', 'Nhiệm vụ'],
  product: ['Sản phẩm', 'Kết quả, sản phẩm', 'Sản phẩm đầu ra'],
  deadline: ['Thời gian hoàn thành', 'Thời hạn hoàn thành (tháng/quý/năm)', 'Tiến độ', 'Thời hạn'],
  budget: ['Kinh phí', 'Nguồn kinh phí', 'Dự toán'],
  note: ['Ghi chú'],
};

/** What an officer may add after the words: a qualifier repeated to any length. */
const QUALIFIER = ' (theo Bộ Chỉ số CCHC cấp tỉnh năm 2022, đơn vị tính: điểm)';

const ROLES = Object.keys(VOCABULARY) as ColumnRole[];

/** A table names a code, name or task column; score and task columns may sit side by side. */
const roleSets = fc
  .subarray(ROLES, { minLength: 2 })
  .filter((roles) => roles.includes('code') || roles.includes('name') || roles.includes('task'));

const header = (role: ColumnRole) =>
  fc.record({
    words: fc.constantFrom(...VOCABULARY[role]),
    // Up to Excel's limit on a cell's text.
    length: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: EXCEL_MAX_CELL_CHARS })),
    wrap: fc.boolean(),
    upper: fc.boolean(),
  });

function headerText(h: { words: string; length: number; wrap: boolean; upper: boolean }): string {
  let text = h.upper ? h.words.toUpperCase() : h.words;
  // Headers are wrapped over lines in their cell.
  if (h.wrap) text = text.replace(/ /, '\n');
  if (h.length > text.length) {
    const room = Math.min(h.length, EXCEL_MAX_CELL_CHARS) - text.length;
    text += QUALIFIER.repeat(Math.ceil(room / QUALIFIER.length)).slice(0, room);
  }
  return text;
}

describe('header roles by vocabulary (property)', () => {
  it('maps any wording, in any column order, of any length up to the cell limit, to the same roles', () => {
    fc.assert(
      fc.property(
        roleSets.chain((roles) =>
          fc.tuple(
            fc.constant(roles),
            fc.shuffledSubarray(roles, { minLength: roles.length, maxLength: roles.length }),
            fc.tuple(...roles.map(header)),
          ),
        ),
        fc.boolean(),
        ([roles, order, headers], title) => {
          const byRole = new Map(roles.map((role, i) => [role, headerText(headers[i]!)] as const));
          const row = order.map((role) => byRole.get(role)!);
          const rows = [
            ...(title ? [['KẾ HOẠCH NÂNG CAO CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024'], []] : []),
            row,
            order.map((role) => (role === 'code' ? '1.1' : role === 'max' || role === 'score' || role === 'target' ? 1 : 'Sở Nội vụ')),
          ];
          const read = readTable(gridFromRows(rows));
          expect(read.ok).toBe(true);
          if (!read.ok) return;
          const got = Object.fromEntries(read.table.layout.columns.map((c) => [c.role, c.col]));
          expect(got).toEqual(Object.fromEntries(order.map((role, col) => [role, col])));
          expect(read.table.layout.headerRow).toBe(title ? 2 : 0);
        },
      ),
      { numRuns: 150 },
    );
  });
});
