/**
 * What the tables typed by hand in scripts/corpus/held-out.ts must read as, worked out by hand from
 * the cells written there (never from the tool's output). Rows are 1-based Excel rows.
 */
import type { ExpectedFinding } from './expectations';
import type { Reading } from './reading';

export interface HeldOutExpectation extends Reading {
  readonly name: string;
  readonly sheet: string;
  readonly headerRow: number;
  /** Every finding, in any order. */
  readonly findings: readonly ExpectedFinding[];
  /** Task text (as agency sheets and the JSON report show it) by 1-based row, where it matters. */
  readonly taskTexts?: Readonly<Record<number, string>>;
}

/**
 * Letterhead on row 1, title on rows 3-4, header on rows 5-6 ("Điểm" over "Tối đa | Tự chấm |
 * Chỉ tiêu"), column numbers on row 7, the eight areas on rows 8-15 and the total on row 16;
 * the notes from row 18 and the signature on row 22 are not rows of the table. Column C is a
 * blank spacer.
 */
export const SELF_ASSESSMENT: HeldOutExpectation = {
  name: 'tu-cham-2023-diem-gop',
  sheet: 'Tự chấm 2023',
  headerRow: 6,
  headerRowCount: 2,
  shape: 'score',
  columns: { code: 'A', name: 'B', max: 'D', score: 'E', target: 'F', lead: 'G' },
  criteriaSet: 'par-2022',
  kinds: { area: 8, total: 1 },
  areas: ['1', '2', '3', '4', '5', '6', '7', '8'],
  taskCodes: null,
  // Each area is a leaf here (no criteria under it), led by the agency on its row.
  leads: {
    'Sở Nội vụ': 3,
    'Sở Tư pháp': 1,
    'Văn phòng UBND tỉnh': 1,
    'Sở Tài chính': 1,
    'Sở Thông tin và Truyền thông': 1,
    'Sở Kế hoạch và Đầu tư': 1,
  },
  notAgencies: ['NGƯỜI LẬP BIỂU', 'GIÁM ĐỐC'],
  findings: [
    // Four points typed as text with a decimal comma: read, and pointed out.
    { rule: 'number-as-text', severity: 'warning', cell: 'D8', code: '1' },
    { rule: 'number-as-text', severity: 'warning', cell: 'E8', code: '1' },
    { rule: 'number-as-text', severity: 'warning', cell: 'E11', code: '4' },
    { rule: 'number-as-text', severity: 'warning', cell: 'E16', code: null },
    // Area IV: a 2024 target of 9.1 under its 2023 result of 9.64.
    { rule: 'target-below-score', severity: 'warning', cell: 'F11', code: '4' },
    // 8.82 + 8.53 + 12.07 + 9.64 + 12.54 + 10.37 + 11.66 + 12.82 = 86.45 against the stated 86.44.
    { rule: 'total-mismatch', severity: 'warning', cell: 'E16', code: null },
  ],
};

/**
 * Header on row 5; areas I., II., III. on rows 6, 11 and 14; criterion rows 1.3 (row 8) and 3.4
 * (row 16) carry no task of their own; "a)", "b)" under them are their tasks; "1." and "2." under
 * area II are item numbers, the code being in the criterion cell ("Tiêu chí 2.1: …").
 */
export const MIXED_NUMBERING: HeldOutExpectation = {
  name: 'nhiem-vu-2024-tt-hon-hop',
  sheet: 'Nhiệm vụ 2024',
  headerRow: 5,
  headerRowCount: 1,
  shape: 'task',
  columns: { code: 'A', name: 'B', task: 'C', lead: 'D', coordinating: 'E', deadline: 'F' },
  criteriaSet: 'par-2022',
  kinds: { area: 3, criterion: 2, task: 8 },
  areas: ['1', '2', '3'],
  taskCodes: [['1.1'], ['1.3'], ['1.3'], ['2.1'], ['2.2'], ['3.2.2'], ['3.4'], ['3.4']],
  // Rows 7 and 9; rows 7, 17 and 18; row 10; rows 12 and 13; row 15; rows 17 and 18; row 18.
  leads: {
    'Sở Nội vụ': 2,
    'Sở, ban, ngành cấp tỉnh': 3,
    'Các cơ quan, đơn vị được kiểm tra': 1,
    'Sở Tư pháp': 2,
    'Văn phòng UBND tỉnh': 1,
    'UBND cấp huyện': 2,
    'UBND cấp xã': 1,
  },
  notAgencies: ['a)', 'b)'],
  findings: [],
};

/**
 * Header on row 4 (column F, "Cán bộ theo dõi", hidden and no role's); areas I, II, III on rows
 * 5, 8 and 11; two tasks numbered 1 and 2 under each; the note on row 15 is not a row. Row 7's
 * lead cell names Sở Nội vụ and goes on with what it must do: that stays with the task.
 */
export const NO_CODES: HeldOutExpectation = {
  name: 'phan-cong-2024-don-vi-thuc-hien',
  sheet: 'Phân công',
  headerRow: 4,
  headerRowCount: 1,
  shape: 'task',
  columns: { code: 'A', task: 'B', product: 'C', lead: 'D', coordinating: 'E', deadline: 'G', note: 'H' },
  criteriaSet: 'par-2022',
  kinds: { area: 3, task: 6 },
  areas: ['1', '2', '3'],
  taskCodes: [[], [], [], [], [], []],
  // Rows 6 and 7; row 9; row 10; rows 10 and 12; row 12; row 13.
  leads: {
    'Sở Nội vụ': 2,
    'Sở Tư pháp': 1,
    'Sở, ban, ngành cấp tỉnh': 1,
    'UBND cấp huyện': 2,
    'Trung tâm Phục vụ hành chính công tỉnh': 1,
    'Văn phòng UBND tỉnh': 1,
  },
  notAgencies: [
    'Hội thi cấp tỉnh dành cho cán bộ, công chức, viên chức và người dân',
    'tham mưu UBND tỉnh ban hành Kế hoạch tổ chức Hội thi',
    'Đ/c Lan - Phòng CCHC',
  ],
  findings: [],
  taskTexts: {
    6: 'Xây dựng, ban hành Kế hoạch cải cách hành chính năm 2024 của tỉnh',
    7: 'Tổ chức Hội thi tìm hiểu về cải cách hành chính năm 2024\nSở Nội vụ chủ trì, tham mưu UBND tỉnh ban hành Kế hoạch tổ chức Hội thi\nHội thi cấp tỉnh dành cho cán bộ, công chức, viên chức và người dân',
  },
};

/**
 * Header on rows 4-5: "Nội dung" under "Nhiệm vụ" is the task, "Sản phẩm" beside it the product;
 * "Cơ quan tham mưu" is the lead. Areas I, II, III on rows 6, 9 and 11; the numbers 1, 2 count
 * tasks, whose codes are in the criterion cell.
 */
export const GROUPED_TASK_HEADER: HeldOutExpectation = {
  name: 'ke-hoach-2024-nhiem-vu-gop',
  sheet: 'KH 2024',
  headerRow: 5,
  headerRowCount: 2,
  shape: 'task',
  columns: { code: 'A', name: 'B', task: 'C', product: 'D', lead: 'E', coordinating: 'F', deadline: 'G' },
  criteriaSet: 'par-2022',
  kinds: { area: 3, task: 5 },
  areas: ['1', '2', '3'],
  taskCodes: [['1.5'], ['1.6'], ['2.1.2'], ['3.2.3'], ['3.5']],
  // Row 7; rows 8, 12 and 13; row 10.
  leads: { 'Sở Khoa học và Công nghệ': 1, 'Văn phòng UBND tỉnh': 3, 'Sở Tư pháp': 1 },
  notAgencies: [],
  findings: [],
};

/**
 * Header on rows 3-4: codes in "Mã" (B), the areas' names in C, "Điểm tối đa" in D, the 2023
 * points (F, the later of the two years under "Điểm đạt được") as the score; "Điểm bị trừ" (G) and
 * the 2022 points (E) are no role's. Areas on rows 5-12, the total on row 13.
 */
export const YEARS_SIDE_BY_SIDE: HeldOutExpectation = {
  name: 'diem-2022-2023-theo-nam',
  sheet: 'Kết quả',
  headerRow: 4,
  headerRowCount: 2,
  shape: 'score',
  columns: { code: 'B', name: 'C', max: 'D', score: 'F', lead: 'H' },
  criteriaSet: 'par-2022',
  kinds: { area: 8, total: 1 },
  areas: ['1', '2', '3', '4', '5', '6', '7', '8'],
  taskCodes: null,
  leads: {
    'Sở Nội vụ': 3,
    'Sở Tư pháp': 1,
    'Văn phòng UBND tỉnh': 1,
    'Sở Tài chính': 1,
    'Sở Thông tin và Truyền thông': 1,
    'Sở Kế hoạch và Đầu tư': 1,
  },
  notAgencies: [],
  // The 2023 points add up to 86.45 against the stated 86.44.
  findings: [{ rule: 'total-mismatch', severity: 'warning', cell: 'F13', code: null }],
};

export const HELD_OUT: readonly HeldOutExpectation[] = [SELF_ASSESSMENT, MIXED_NUMBERING, NO_CODES, GROUPED_TASK_HEADER, YEARS_SIDE_BY_SIDE];
