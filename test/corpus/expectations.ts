/**
 * What each corpus workbook must read as, written by hand from the plans the tables come from
 * (not from the tool's output). Rows are 1-based Excel rows of the base workbook; a variant has
 * the same reading with its header repeated, other header words, other area numbers, a notes
 * sheet before it and a signature under it, so only its header texts and row numbers differ.
 *
 * - Hà Tĩnh 2023 (Kế hoạch nâng cao Chỉ số CCHC năm 2023 của UBND tỉnh Hà Tĩnh, Phụ lục I): 8
 *   areas I-VIII, 28 entries, 41 task rows; codes in the criterion cell.
 * - Sơn La 2023 (Kế hoạch duy trì, nâng cao Chỉ số CCHC năm 2023, Phụ lục): 8 areas, 38 tasks a, b, c …
 * - Đắk Lắk 2020 (Kế hoạch cải thiện Chỉ số PAR INDEX năm 2020, Phụ lục I and II).
 * - Vĩnh Phúc 2024 (Kế hoạch số 152/KH-UBND ngày 13/6/2024, Phụ lục): 8 areas, 23 criterion rows
 *   without tasks, 74 task rows; the tasks of 8.2 and 8.4 have a blank TT under their criterion.
 * - Hà Tĩnh 2024 (Khung nhiệm vụ CCHC trọng tâm năm 2024): 7 areas, 2 sub-groups (A, B), 93
 *   activities; its "1.1." / "2.1." / "3.1." are column numbers, not criterion codes.
 * - Vĩnh Phúc's 2023 results and 2024 targets by area (the same Kế hoạch số 152/KH-UBND, part II).
 */
import type { Reading } from './reading';

export interface ExpectedFinding {
  readonly rule: string;
  readonly severity: 'error' | 'warning' | 'info';
  /** A1 cell in the base workbook. */
  readonly cell: string;
  readonly code: string | null;
}

export interface CorpusExpectation extends Reading {
  readonly name: string;
  readonly sheet: string;
  /** 1-based row of the (last) header row in the base workbook, and in the variant. */
  readonly headerRow: number;
  readonly variantHeaderRow: number;
  readonly criteriaSet: 'par-2022' | 'par-2017';
  /** Every finding of the base workbook; the variant's are listed apart where they differ. */
  readonly findings: readonly ExpectedFinding[];
  readonly variantFindings?: readonly Omit<ExpectedFinding, 'cell'>[];
}

const x = (n: number, codes: readonly string[]): (readonly string[])[] => Array.from({ length: n }, () => codes);

export const HA_TINH_2023: CorpusExpectation = {
  name: 'ha-tinh-2023-phu-luc-i',
  sheet: 'Phụ lục I',
  headerRow: 5,
  variantHeaderRow: 5,
  headerRowCount: 1,
  shape: 'task',
  columns: { code: 'A', name: 'B', task: 'C', lead: 'D', coordinating: 'E', deadline: 'F' },
  criteriaSet: 'par-2022',
  kinds: { area: 8, task: 41 },
  areas: ['1', '2', '3', '4', '5', '6', '7', '8'],
  taskCodes: [
    ['1.1'],
    ...x(2, ['1.7']),
    ...x(3, ['2.4']),
    ...x(3, ['3.2.2']),
    ['3.2.3'],
    ...x(3, ['3.4']),
    ['4.1.3'],
    ['4.1.4'],
    ['4.1.5'],
    ['4.1.6'],
    ['4.3.4'],
    ['5.2.3', '5.2.4', '5.3.2', '5.3.3'],
    ['5.4'],
    ['5.5.2'],
    ['5.7'],
    ['6.1.1'],
    ['6.1.3'],
    ['6.1.4', '6.2.4', '6.2.5'],
    ['7.1.2'],
    ['7.1.4'],
    ['7.3.2'],
    ...x(2, ['7.3.6']),
    ['7.3.7'],
    ['8.1'],
    ['8.2'],
    ['8.3.2'],
    ['8.4'],
    // Five "Chỉ tiêu" rows under 8.5's merged cell, and the 2023 targets under the same STT 5.
    ...x(6, ['8.5']),
  ],
  leads: {
    'Sở Nội vụ': 6,
    'Văn phòng UBND tỉnh': 7,
    'Sở Tư pháp': 1,
    'Sở Tài chính': 3,
    'Sở Thông tin và Truyền thông': 3,
    'Sở Kế hoạch và Đầu tư': 2,
    'Cục Thuế tỉnh': 1,
    'Sở Công Thương': 1,
    'Sở Tài nguyên và Môi trường': 1,
    'Sở Xây dựng': 1,
    'Bộ Chỉ huy Quân sự tỉnh': 1,
    'Sở, ban, ngành cấp tỉnh': 11,
    'UBND cấp huyện': 8,
    'UBND cấp xã': 3,
    'Tất cả các đơn vị có TTHC tiếp nhận qua Cổng DVC tỉnh': 1,
    'Các cơ quan chủ trì các lĩnh vực CCHC của tỉnh': 1,
    'Các cơ quan, đơn vị, địa phương': 1,
    'Các cơ quan, đơn vị liên quan': 1,
  },
  notAgencies: [],
  // 8.1 SIPAS: "Có giải pháp riêng theo Phụ lục II", with no lead of its own (row 45).
  findings: [{ rule: 'missing-lead', severity: 'warning', cell: 'D45', code: '8.1' }],
};

export const SON_LA_2023: CorpusExpectation = {
  name: 'son-la-2023-phu-luc',
  sheet: 'Phụ lục',
  headerRow: 6,
  variantHeaderRow: 6,
  headerRowCount: 2,
  shape: 'task',
  columns: { code: 'A', task: 'B', lead: 'C', coordinating: 'D', deadline: 'E', note: 'F' },
  criteriaSet: 'par-2022',
  kinds: { area: 8, task: 38 },
  areas: ['1', '2', '3', '4', '5', '6', '7', '8'],
  taskCodes: x(38, []),
  leads: {
    'Sở Nội vụ': 8,
    'Văn phòng UBND tỉnh': 7,
    'Sở Tư pháp': 4,
    'Sở Kế hoạch và Đầu tư': 3,
    'Sở Tài chính': 3,
    'Sở Thông tin và Truyền thông': 3,
    'Cục Thuế tỉnh': 1,
    'Trung tâm Phục vụ hành chính công tỉnh': 2,
    'Sở, ban, ngành cấp tỉnh': 9,
    'UBND cấp huyện': 8,
    'UBND cấp xã': 8,
    'Cơ quan, tổ chức được nhà nước ủy quyền thực hiện dịch vụ công': 2,
    'Các cơ quan, đơn vị liên quan': 1,
  },
  notAgencies: [
    'Hội nghị đối thoại/diễn đàn giữa Chủ tịch UBND tỉnh với doanh nghiệp',
    'Thông báo giải quyết những kiến nghị, đề xuất của người dân và doanh nghiệp tại các cuộc đối thoại/diễn đàn',
  ],
  findings: [],
};

export const DAK_LAK_2020_I: CorpusExpectation = {
  name: 'daklak-2020-phu-luc-i',
  sheet: 'Phụ lục I',
  headerRow: 4,
  variantHeaderRow: 4,
  headerRowCount: 1,
  shape: 'score',
  columns: { code: 'A', name: 'B', max: 'C', score: 'D', target: 'E', lead: 'F' },
  criteriaSet: 'par-2017',
  // 8 areas, 43 criteria and 52 sub-criteria, and the TỔNG ĐIỂM row.
  kinds: { area: 8, criterion: 95, total: 1 },
  areas: ['1', '2', '3', '4', '5', '6', '7', '8'],
  taskCodes: null,
  // The 80 leaves, each led by its own lead cell or its parent's (area 6: Sở Tài chính); 4.3.1-4.3.3
  // and 4.4.3 name five departments each; 8.3 names none.
  leads: {
    'Sở Nội vụ': 30,
    'Sở Tài chính': 19,
    'Sở Thông tin và Truyền thông': 13,
    'Văn phòng UBND tỉnh': 8,
    'Sở Kế hoạch và Đầu tư': 8,
    'Sở Tư pháp': 7,
    'Sở Tài nguyên và Môi trường': 4,
    'Sở Nông nghiệp và Phát triển nông thôn': 4,
    'Sở Khoa học và Công nghệ': 2,
  },
  notAgencies: [],
  // The annex's own arithmetic: five stated subtotals 0.01-0.02 off the sum of their parts
  // (rounding, so warnings), and leaf 8.3, which it gives no lead. Area 1 is on row 5.
  findings: [
    { rule: 'subtotal-mismatch', severity: 'warning', cell: 'D12', code: '2' },
    { rule: 'subtotal-mismatch', severity: 'warning', cell: 'E21', code: '3' },
    { rule: 'subtotal-mismatch', severity: 'warning', cell: 'D27', code: '4' },
    { rule: 'subtotal-mismatch', severity: 'warning', cell: 'D44', code: '5' },
    { rule: 'subtotal-mismatch', severity: 'warning', cell: 'D60', code: '6' },
    { rule: 'missing-lead', severity: 'warning', cell: 'F104', code: '8.3' },
  ],
};

export const DAK_LAK_2020_II: CorpusExpectation = {
  name: 'daklak-2020-phu-luc-ii',
  sheet: 'Phụ lục II',
  headerRow: 4,
  variantHeaderRow: 4,
  headerRowCount: 1,
  shape: 'task',
  // "Thực hiện" beside "Chủ trì" names the implementers.
  columns: { code: 'A', name: 'B', product: 'C', task: 'D', deadline: 'E', lead: 'F', coordinating: 'G' },
  criteriaSet: 'par-2017',
  kinds: { area: 8, criterion: 24, task: 86 },
  areas: ['1', '2', '3', '4', '5', '6', '7', '8'],
  taskCodes: null,
  // Tasks by the "Chủ trì" cell, shared cells counted for every row they span.
  leads: {
    'Sở Nội vụ': 29,
    'Văn phòng UBND tỉnh': 24,
    'Sở Tài chính': 14,
    'Sở Thông tin và Truyền thông': 10,
    'Sở Kế hoạch và Đầu tư': 8,
    'Sở Tư pháp': 4,
    'Sở Xây dựng': 3,
    'Sở Tài nguyên và Môi trường': 3,
    'Sở Khoa học và Công nghệ': 2,
  },
  notAgencies: [],
  // Phụ lục II names 6.2.1 and 6.2.2 otherwise than Phụ lục I, whose names the 2017-2020 set
  // takes: "Ban hành quy định về phân cấp quản lý tài sản công …" and "Ban hành tiêu chuẩn, định
  // mức sử dụng diện tích chuyên dùng …". (6.2.2 also has no lead as printed, but no task text
  // either: a row with nothing to do is not asked for a lead.)
  findings: [
    { rule: 'name-mismatch', severity: 'info', cell: 'B82', code: '6.2.1' },
    { rule: 'name-mismatch', severity: 'info', cell: 'B83', code: '6.2.2' },
  ],
};

export const VINH_PHUC_2024: CorpusExpectation = {
  name: 'vinh-phuc-2024-phu-luc',
  sheet: 'Phụ lục',
  headerRow: 4,
  variantHeaderRow: 4,
  headerRowCount: 1,
  shape: 'task',
  columns: { code: 'A', name: 'B', task: 'C', lead: 'D', coordinating: 'E', deadline: 'F' },
  criteriaSet: 'par-2022',
  // The 8.1 row ("Các cơ quan, đơn vị, địa phương thực hiện … Kế hoạch số 82/KH-UBND") has no
  // task, lead or deadline: a note under the criterion, not a task.
  kinds: { area: 8, criterion: 23, group: 1, task: 74 },
  areas: ['1', '2', '3', '4', '5', '6', '7', '8'],
  taskCodes: null,
  leads: {
    'Sở Nội vụ': 21,
    'Văn phòng UBND tỉnh': 18,
    'Sở Tư pháp': 6,
    'Sở Tài chính': 8,
    'Sở Thông tin và Truyền thông': 9,
    'Sở Kế hoạch và Đầu tư': 5,
    'Sở Khoa học và Công nghệ': 1,
    'Trung tâm Xúc tiến đầu tư và Hỗ trợ doanh nghiệp tỉnh Vĩnh Phúc': 1,
    'Sở, ban, ngành cấp tỉnh': 8,
    'UBND cấp huyện': 9,
    'UBND cấp xã': 6,
    'Các cơ quan, đơn vị được kiểm tra': 2,
    'Các cơ quan ngành dọc Trung ương đóng trên địa bàn tỉnh': 1,
    'Các cơ quan, đơn vị, địa phương': 1,
  },
  notAgencies: [],
  // Vĩnh Phúc leaves out two leader-survey items Hà Tĩnh 2023 numbers (2.4 "Chất lượng văn bản …",
  // 7.3.2 "Chất lượng cung cấp thông tin …") and numbers the criteria after them one lower, and its
  // 8.4 is Hà Tĩnh's 8.5: told once per code, as information (the 2022-2030 set follows Hà Tĩnh).
  findings: [
    { rule: 'renumbered-code', severity: 'info', cell: 'A23', code: '2.4' },
    { rule: 'renumbered-code', severity: 'info', cell: 'A95', code: '7.3.2' },
    { rule: 'renumbered-code', severity: 'info', cell: 'A96', code: '7.3.3' },
    { rule: 'renumbered-code', severity: 'info', cell: 'A97', code: '7.3.4' },
    { rule: 'renumbered-code', severity: 'info', cell: 'A98', code: '7.3.5' },
    { rule: 'renumbered-code', severity: 'info', cell: 'A99', code: '7.3.6' },
    { rule: 'renumbered-code', severity: 'info', cell: 'A109', code: '8.4' },
  ],
};

export const HA_TINH_2024: CorpusExpectation = {
  name: 'ha-tinh-2024-khung-nhiem-vu',
  sheet: 'Khung nhiệm vụ',
  headerRow: 5,
  variantHeaderRow: 5,
  headerRowCount: 1,
  shape: 'task',
  columns: { code: 'A', name: 'B', task: 'C', product: 'E', lead: 'F', coordinating: 'G', deadline: 'H', budget: 'I' },
  criteriaSet: 'par-2022',
  kinds: { area: 7, group: 2, task: 93 },
  areas: ['1', '2', '3', '4', '5', '6', '7'],
  taskCodes: x(93, []),
  leads: {
    'Sở Nội vụ': 29,
    'Sở Thông tin và Truyền thông': 14,
    'Sở Tư pháp': 6,
    'Sở Tài chính': 7,
    'Sở Khoa học và Công nghệ': 6,
    'Sở Kế hoạch và Đầu tư': 2,
    'Văn phòng UBND tỉnh': 4,
    'Sở, ban, ngành cấp tỉnh': 17,
    'UBND cấp huyện': 13,
    'UBND cấp xã': 6,
    'Bộ phận Một cửa các cấp': 3,
  },
  notAgencies: [],
  findings: [],
};

export const VINH_PHUC_AREAS: CorpusExpectation = {
  name: 'vinh-phuc-2023-diem-linh-vuc',
  sheet: 'Điểm theo lĩnh vực',
  headerRow: 3,
  variantHeaderRow: 3,
  headerRowCount: 1,
  shape: 'score',
  columns: { code: 'A', name: 'B', max: 'C', score: 'D', target: 'E', lead: 'F' },
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
  findings: [
    // Area 4: the plan's 2024 minimum (9.1) is below its 2023 result (9.64).
    { rule: 'target-below-score', severity: 'warning', cell: 'E7', code: '4' },
    // The stated total 86.44 against the areas' 86.45: the publisher's rounding.
    { rule: 'total-mismatch', severity: 'warning', cell: 'D12', code: null },
  ],
};

/**
 * The same table with area 8's score typed "=8.32+4.5" and saved without a result (and the total
 * maximum as "=SUM(C4:C11)", which is worked out): the officer is told to recalculate, and the total
 * score cannot be checked until then.
 */
export const VINH_PHUC_AREAS_UNCALCULATED: readonly Omit<ExpectedFinding, 'severity'>[] = [
  { rule: 'target-below-score', cell: 'E7', code: '4' },
  { rule: 'formula-not-calculated', cell: 'D11', code: '8' },
];

export const CORPUS: readonly CorpusExpectation[] = [HA_TINH_2023, SON_LA_2023, DAK_LAK_2020_I, DAK_LAK_2020_II, VINH_PHUC_2024, HA_TINH_2024, VINH_PHUC_AREAS];
