/**
 * Code/name rows as the plans print them (copied from the documents, not from the embedded data),
 * so detection and matching are tested against what officers' sheets actually contain.
 */
export type Row = readonly [code: string, name: string];

/** Kế hoạch Hà Tĩnh 2023, Phụ lục I: codes "theo Bộ Chỉ số CCHC cấp tỉnh" (rows 1.1 to 8.x). */
export const HA_TINH_2023_ROWS: readonly Row[] = [
  ['1.1', 'Thực hiện Kế hoạch CCHC năm 2022 đạt 98,2% (56/57 nhiệm vụ)'],
  ['1.7', 'Thực hiện các nhiệm vụ do Chính phủ giao'],
  ['2.4', 'Chất lượng văn bản do tỉnh ban hành, bao gồm: tính đồng bộ, thống nhất, tính hợp lý, tính khả thi'],
  ['3.2.2', 'Công khai thủ tục hành chính và các quy định có liên quan'],
  ['3.4', 'Kết quả giải quyết hồ sơ thủ tục hành chính'],
  ['4.1.4', 'Tính hợp lý trong sắp xếp tổ chức bộ máy các cơ quan, đơn vị thuộc thẩm quyền quản lý của tỉnh'],
  ['4.1.6', 'Tình hình thực hiện Quy chế làm việc của UBND tỉnh'],
  ['4.3.4', 'Tính hợp lý trong phân cấp, phân quyền thực hiện quản lý nhà nước giữa tỉnh và huyện'],
  ['5.2.3', 'Tính công khai, minh bạch trong tuyển dụng công chức, viên chức'],
  ['5.4', 'Chấp hành kỷ luật, kỷ cương hành chính của cán bộ, công chức, viên chức'],
  ['5.5.2', 'Chất lượng đào tạo, bồi dưỡng cán bộ, công chức, viên chức'],
  ['6.1.4', 'Tính hiệu quả của việc thực hiện cơ chế tự chủ về sử dụng kinh phí quản lý hành chính'],
  ['7.1.2', 'Triển khai Trung tâm dữ liệu phục vụ chuyển đổi số'],
  ['7.3.6', 'Tỷ lệ hồ sơ trực tuyến toàn trình'],
  ['7.3.7', 'Tỷ lệ hồ sơ thanh toán trực tuyến'],
  ['8.2', 'Mức độ thu hút đầu tư của tỉnh'],
  ['8.4', 'Thực hiện thu ngân sách hàng năm của tỉnh theo Kế hoạch được Chính phủ giao'],
  ['8.5', 'Mức độ thực hiện các chỉ tiêu phát triển kinh tế - xã hội do HĐND tỉnh giao'],
];

/** Kế hoạch Vĩnh Phúc 2024, Phụ lục (the task appendix): survey items omitted, later codes renumbered. */
export const VINH_PHUC_2024_ROWS: readonly Row[] = [
  ['1.1', 'Thực hiện kế hoạch cải cách hành chính'],
  ['1.3.1', 'Tỷ lệ cơ quan chuyên môn cấp tỉnh và đơn vị hành chính cấp huyện được kiểm tra trong năm'],
  ['1.6', 'Đối thoại của lãnh đạo tỉnh với người dân, doanh nghiệp'],
  ['2.2.1', 'Thực hiện công bố danh mục văn bản hết hiệu lực, ngưng hiệu lực'],
  ['2.4', 'Phổ biến giáo dục pháp luật'],
  ['3.3.2', 'Đưa thủ tục hành chính ngành dọc thực hiện việc tiếp nhận hồ sơ tại Bộ phận Một cửa các cấp'],
  ['4.2.1', 'Thực hiện quy định về sử dụng biên chế hành chính'],
  ['5.1.1', 'Cập nhật, hoàn thiện quy định về vị trí việc làm của cơ quan, tổ chức'],
  ['6.1.2', 'Thực hiện quy định về việc sử dụng kinh phí nguồn từ ngân sách nhà nước'],
  ['7.2.3', 'Xây dựng, vận hành Hệ thống thông tin báo cáo cấp tỉnh'],
  ['7.3.2', 'Thiết lập, vận hành Hệ thống thông tin giải quyết thủ tục hành chính'],
  ['7.3.4', 'Tỷ lệ dịch vụ công trực tuyến toàn trình'],
  ['7.3.5', 'Tỷ lệ hồ sơ trực tuyến toàn trình'],
  ['7.3.6', 'Thực hiện thanh toán trực tuyến'],
  ['8.3.1', 'Số lượng doanh nghiệp gia nhập và tái gia nhập thị trường'],
  ['8.4', 'MỨC ĐỘ THỰC HIỆN CÁC CHỈ TIÊU PHÁT TRIỂN KINH TẾ - XÃ HỘI DO HĐND TỈNH GIAO'],
];

/** Kế hoạch Đắk Lắk 2020, Phụ lục I rows, as printed with abbreviations. */
export const DAKLAK_2020_ROWS: readonly Row[] = [
  ['1', 'CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CCHC'],
  ['1.1', 'Thực hiện Kế hoạch CCHC năm'],
  ['1.5', 'Sáng kiến hoặc giải pháp mới trong cải cách hành chính'],
  ['2.4', 'Tác động của cải cách đến chất lượng VB QPPL do tỉnh ban hành'],
  ['2.4.1', 'Tính đồng bộ, thống nhất của hệ thống VBQPPL thuộc phạm vi quản lý Nhà nước của tỉnh'],
  ['3.2', 'Công bố, công khai TTHC và kết quả giải quyết hồ sơ'],
  ['4.2.3', 'Tỷ lệ giảm biên chế so với năm 2015'],
  ['4.4.1', 'Tình hình thực hiện quy chế làm việc của UBND tỉnh'],
  ['5.3', 'Thi nâng ngạch công chức, thăng hạng viên chức theo thẩm quyền của tỉnh'],
  ['5.9.4', 'Tính hiệu quả trong việc thực thi chính sách thu hút người có tài năng vào bộ máy hành chính'],
  ['6.4.2', 'Tính hiệu quả của việc quản lý, sử dụng tài sản công'],
  ['7.1.5', 'Xây dựng, vận hành Cổng dịch vụ công'],
  ['7.3.2', 'Tỷ lệ hồ sơ TTHC được tiếp nhận qua dịch vụ BCCI'],
  ['7.5.4', 'Tính hiệu quả trong việc thực hiện quy trình ISO'],
  ['8.1', 'Kết quả Chỉ số hài lòng (SIPAS)'],
  ['8.6', 'Mức độ thực hiện các chỉ tiêu phát triển KT-XH do HĐND tỉnh giao'],
];

export const codesOf = (rows: readonly Row[]): string[] => rows.map((r) => r[0]);
export const namesOf = (rows: readonly Row[]): string[] => rows.map((r) => r[1]);
