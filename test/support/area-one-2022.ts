import type { BuilderValue } from './grid-builder';

/*
 * Area 1 of the 2022-2030 index as a province's score table types it: QĐ 876/QĐ-BNV fixes the area
 * at 9.5 points and nothing below it, so the criteria's maxima are the table's own (the figures are
 * illustrative, not the ministry's guidance). They add up: 1.3 = 0.75 + 0.75, and
 * 1.5 + 1 + 1.5 + 1.5 + 1.5 + 1 + 1.5 = 9.5. Header on row 1, the area on row 2, 1.3 on row 5.
 */
export const AREA_ONE_SHEET = 'Điểm 2023';
export const AREA_ONE_HEADER: BuilderValue[] = ['STT', 'Lĩnh vực, tiêu chí', 'Điểm tối đa', 'Điểm năm 2023'];
export const AREA_ONE_ROW: BuilderValue[] = ['1', 'Công tác chỉ đạo, điều hành cải cách hành chính', 9.5, 8.75];
export const AREA_ONE_CRITERIA: BuilderValue[][] = [
  ['1.1', 'Thực hiện kế hoạch cải cách hành chính', 1.5, 1.5],
  ['1.2', 'Thực hiện chế độ báo cáo cải cách hành chính định kỳ', 1, 1],
  ['1.3', 'Kiểm tra cải cách hành chính', 1.5, 1.25],
  ['1.3.1', 'Tỷ lệ cơ quan chuyên môn cấp tỉnh và đơn vị hành chính cấp huyện được kiểm tra trong năm', 0.75, 0.5],
  ['1.3.2', 'Xử lý các vấn đề phát hiện qua kiểm tra', 0.75, 0.75],
  ['1.4', 'Công tác tuyên truyền cải cách hành chính', 1.5, 1.5],
  ['1.5', 'Đổi mới, sáng tạo trong triển khai nhiệm vụ cải cách hành chính', 1.5, 1],
  ['1.6', 'Đối thoại của lãnh đạo tỉnh với người dân, doanh nghiệp', 1, 1],
  ['1.7', 'Thực hiện nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao', 1.5, 1.5],
];

/** The rows with one code's maximum typed otherwise. */
export function withMax(rows: readonly BuilderValue[][], code: string, max: number): BuilderValue[][] {
  return rows.map((r) => (r[0] === code ? [r[0], r[1] ?? null, max, r[3] ?? null] : [...r]));
}

/** The whole table: header, area row, criteria. */
export function areaOneRows(criteria: readonly BuilderValue[][] = AREA_ONE_CRITERIA): BuilderValue[][] {
  return [AREA_ONE_HEADER, AREA_ONE_ROW, ...criteria];
}
