/**
 * Generated score and task sheets of any number of rows, for adapter tests and benchmarks. The
 * rows follow the real Đắk Lắk 2017-2020 table (Kế hoạch Đắk Lắk 2020, Phụ lục I) and its task table (Phụ lục
 * II), repeated block after block with the area numbers continuing, so a big sheet reads like a
 * long real one: title rows, a header, area rows with subtotals, criteria, agencies.
 */
import type { Grid } from '../../src/domain/grid';
import type { FakeSheetSpec } from '../fakes';
import { gridFromRows, type BuilderValue } from './grid-builder';

export interface GeneratedSheet {
  readonly name: string;
  readonly cells: BuilderValue[][];
}

interface ScoreNode {
  readonly code: string;
  readonly name: string;
  readonly max: number;
  readonly score: number;
  readonly target: number;
  readonly lead: string;
}

/** One area of the 2017 table (Kế hoạch Đắk Lắk 2020, Phụ lục I, area 1), enough to repeat. */
const AREA_TEMPLATE: readonly ScoreNode[] = [
  { code: '1', name: 'CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CCHC', max: 8.5, score: 6.5, target: 8, lead: '' },
  { code: '1.1', name: 'Thực hiện Kế hoạch CCHC năm', max: 1.5, score: 1.5, target: 1.5, lead: 'Sở Nội vụ' },
  { code: '1.2', name: 'Thực hiện chế độ báo cáo CCHC định kỳ', max: 0.5, score: 0, target: 0.5, lead: 'Sở Nội vụ' },
  { code: '1.3', name: 'Kiểm tra CCHC', max: 2, score: 2, target: 2, lead: 'Sở Nội vụ' },
  { code: '1.4', name: 'Công tác tuyên truyền CCHC', max: 1, score: 1, target: 1, lead: 'Sở Nội vụ' },
  { code: '1.5', name: 'Sáng kiến hoặc giải pháp mới trong cải cách hành chính', max: 2, score: 1.5, target: 2, lead: 'Sở Nội vụ' },
  { code: '1.6', name: 'Thực hiện các nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao', max: 1.5, score: 0.5, target: 1, lead: 'Văn phòng UBND tỉnh' },
];

const SCORE_HEADER: BuilderValue[] = ['STT', 'Lĩnh vực/Tiêu chí/Tiêu chí thành phần', 'Điểm tối đa', 'Điểm năm 2019', 'Mục tiêu năm 2020', 'Chủ trì tham mưu'];

/**
 * A score table of `rows` data rows (plus two title rows, a blank row and the header). Every
 * block of seven rows is one area with six criteria whose points add up, so checks find only
 * what repeating the tree implies (codes beyond the real eight areas), the same for every size.
 */
export function generateScoreSheet(rows: number, name = 'Phụ lục I'): GeneratedSheet {
  const cells: BuilderValue[][] = [
    ['PHỤ LỤC I', null, null, null, null, null],
    ['Kết quả Chỉ số CCHC năm 2019 và mục tiêu năm 2020', null, null, null, null, null],
    [null, null, null, null, null, null],
    SCORE_HEADER,
  ];
  for (let i = 0; i < rows; i++) {
    const block = Math.floor(i / AREA_TEMPLATE.length);
    const node = AREA_TEMPLATE[i % AREA_TEMPLATE.length]!;
    const area = String(block + 1);
    const code = node.code === '1' ? area : `${area}.${node.code.slice(2)}`;
    cells.push([code, node.name, node.max, node.score, node.target, node.lead === '' ? null : node.lead]);
  }
  return { name, cells };
}

/** Leaf criteria of Kế hoạch Đắk Lắk 2020, Phụ lục I with their lead agency. */
const TASK_CRITERIA: readonly (readonly [string, string, string])[] = [
  ['1.1', 'Thực hiện Kế hoạch CCHC năm', 'Sở Nội vụ'],
  ['1.2', 'Thực hiện chế độ báo cáo CCHC định kỳ', 'Sở Nội vụ'],
  ['1.3', 'Kiểm tra CCHC', 'Sở Nội vụ'],
  ['1.4', 'Công tác tuyên truyền CCHC', 'Sở Nội vụ'],
  ['1.6', 'Thực hiện các nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao', 'Văn phòng UBND tỉnh'],
  ['2.1', 'Theo dõi thi hành pháp luật (TDTHPL)', 'Sở Tư pháp'],
  ['3.1', 'Kiểm soát quy định thủ tục hành chính (TTHC)', 'Văn phòng UBND tỉnh'],
  ['3.4', 'Kết quả giải quyết hồ sơ TTHC', 'Văn phòng UBND tỉnh'],
  ['5.2', 'Tuyển dụng công chức, viên chức', 'Sở Nội vụ'],
  ['7.4', 'Áp dụng Hệ thống quản lý chất lượng (ISO 9001) theo quy định', 'Sở Khoa học và Công nghệ'],
  ['8.2', 'Mức độ thu hút đầu tư của tỉnh', 'Sở Kế hoạch và Đầu tư'],
];

const TASKS_PER_CRITERION = 4;
const PRODUCTS = ['Kế hoạch', 'Báo cáo', 'Công văn', 'Thông báo kết luận'];
const DEADLINES = ['Quý IV', 'Trong năm 2020', 'Trước ngày 01/12', 'Thường xuyên'];

const TASK_HEADER: BuilderValue[] = ['STT', 'Tiêu chí', 'Nhiệm vụ', 'Sản phẩm', 'Thời gian hoàn thành', 'Chủ trì', 'Phối hợp'];

/**
 * A task table of `rows` data rows: each criterion of the real tree has four task rows, its code
 * and name written on the first one only (the cell a merge would span). Task tables repeat codes
 * by design, so a long one reads as cleanly as a short one.
 */
export function generateTaskSheet(rows: number, name = 'Phụ lục II'): GeneratedSheet {
  const cells: BuilderValue[][] = [
    ['PHỤ LỤC II', null, null, null, null, null, null],
    ['Nhiệm vụ CCHC năm 2020', null, null, null, null, null, null],
    TASK_HEADER,
  ];
  for (let i = 0; i < rows; i++) {
    const group = Math.floor(i / TASKS_PER_CRITERION);
    const step = i % TASKS_PER_CRITERION;
    const [code, criterion, lead] = TASK_CRITERIA[group % TASK_CRITERIA.length]!;
    cells.push([
      step === 0 ? code : null,
      step === 0 ? criterion : null,
      `Nhiệm vụ ${i + 1}: triển khai ${criterion.toLocaleLowerCase('vi')}`,
      PRODUCTS[step]!,
      DEADLINES[step]!,
      lead,
      'Các sở, ban, ngành; UBND cấp huyện',
    ]);
  }
  return { name, cells };
}

export function asFakeSheet(sheet: GeneratedSheet): FakeSheetSpec {
  return { name: sheet.name, cells: sheet.cells.map((row) => [...row]) };
}

export function asGrid(sheet: GeneratedSheet): Grid {
  return gridFromRows(sheet.cells, { sheet: sheet.name });
}
