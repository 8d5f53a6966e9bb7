/**
 * Kế hoạch số 152/KH-UBND ngày 13/6/2024 của UBND tỉnh Vĩnh Phúc, part II: each area's 2023 result
 * and 2024 target (2022-2030 methodology, Quyết định 876/QĐ-BNV), as an officer keeps them in a
 * small score table. The plan states them in prose; where it gives an area's target as its two
 * parts only, the target is their sum (area 2: 6 + 3.39). Area 8 is the plan's SIPAS 8.32 plus
 * the socio-economic 4.50 (its leader-survey result, 18.51 of 22, is spread over all areas and not
 * a row of its own); its 2024 target is a ranking only. The leads are the plan's section III.3.
 * The total is the one the plan states (86.44): the areas add up to 86.45, the publisher's rounding.
 */
/** TT, area, max, score 2023, target 2024, lead. */
export const VINH_PHUC_AREAS_2023: readonly (readonly [string, string, string, string, string, string])[] = [
  ['1', 'Công tác chỉ đạo, điều hành', '9.5', '8.82', '9.5', 'Sở Nội vụ'],
  ['2', 'Cải cách thể chế', '10', '8.53', '9.39', 'Sở Tư pháp'],
  ['3', 'Cải cách thủ tục hành chính', '13', '12.07', '13', 'Văn phòng UBND tỉnh'],
  ['4', 'Cải cách tổ chức bộ máy hành chính nhà nước', '10.5', '9.64', '9.1', 'Sở Nội vụ'],
  ['5', 'Cải cách chế độ công vụ', '15', '12.54', '14.05', 'Sở Nội vụ'],
  ['6', 'Cải cách tài chính công', '12', '10.37', '10.85', 'Sở Tài chính'],
  ['7', 'Xây dựng và phát triển Chính quyền điện tử, Chính quyền số', '13.5', '11.66', '13.4', 'Sở Thông tin và Truyền thông'],
  ['8', 'Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế - xã hội', '16.5', '12.82', '', 'Sở Kế hoạch và Đầu tư'],
  ['', 'Tổng cộng', '100', '86.44', '', ''],
];
