import type { AgencyKind } from './types';

export interface AgencyEntry {
  /** The one spelling every variant is reported as. */
  readonly name: string;
  readonly kind: AgencyKind;
  readonly aliases: readonly string[];
}

/**
 * Agencies and group names seen in the lead and coordinating cells of the five plans in
 * docs/sources.md, with every spelling seen and the abbreviations officers use.
 * Groups ("Sở, ban, ngành cấp tỉnh", "UBND cấp huyện") stay groups: a task given to a group is
 * never copied to each member. "UBND cấp huyện, cấp xã" is not an entry: the parser splits it.
 */
export const PLAN_AGENCIES: readonly AgencyEntry[] = [
  { name: 'Sở Nội vụ', kind: 'agency', aliases: ['Sở NV', 'SNV', 'Sở Nội Vụ'] },
  { name: 'Văn phòng UBND tỉnh', kind: 'agency', aliases: ['Văn phòng UBND', 'VP UBND tỉnh', 'VP UBND', 'VP.UBND tỉnh'] },
  { name: 'Sở Tư pháp', kind: 'agency', aliases: ['Sở TP'] },
  { name: 'Sở Tài chính', kind: 'agency', aliases: ['Sở TC'] },
  { name: 'Sở Kế hoạch và Đầu tư', kind: 'agency', aliases: ['Sở KH&ĐT', 'Sở KHĐT', 'Sở KH và ĐT'] },
  { name: 'Sở Thông tin và Truyền thông', kind: 'agency', aliases: ['Sở TTTT', 'Sở Thông tin truyền thông', 'Sở TT&TT', 'Sở TT và TT', 'STTTT'] },
  { name: 'Sở Khoa học và Công nghệ', kind: 'agency', aliases: ['Sở KH&CN', 'Sở KHCN'] },
  { name: 'Sở Tài nguyên và Môi trường', kind: 'agency', aliases: ['Sở TN&MT', 'Sở TNMT'] },
  { name: 'Sở Xây dựng', kind: 'agency', aliases: ['Sở XD'] },
  { name: 'Sở Công Thương', kind: 'agency', aliases: ['Sở Công thương', 'Sở CT'] },
  { name: 'Sở Nông nghiệp và Phát triển nông thôn', kind: 'agency', aliases: ['Sở NN&PTNT', 'Sở NNPTNT'] },
  { name: 'Ban Quản lý Khu kinh tế tỉnh', kind: 'agency', aliases: ['BQL KKT tỉnh'] },
  { name: 'Trung tâm Phục vụ hành chính công tỉnh', kind: 'agency', aliases: ['Trung tâm Phục vụ Hành chính công', 'TT PVHCC tỉnh'] },
  { name: 'Trung tâm Xúc tiến đầu tư và Hỗ trợ doanh nghiệp tỉnh Vĩnh Phúc', kind: 'agency', aliases: ['Trung tâm xúc tiến đầu tư và Hỗ trợ doanh nghiệp tỉnh Vĩnh Phúc'] },
  { name: 'Trung tâm Hỗ trợ phát triển doanh nghiệp và Xúc tiến đầu tư', kind: 'agency', aliases: ['Trung tâm hỗ trợ phát triển doanh nghiệp và Xúc tiến đầu tư'] },
  { name: 'Đài Phát thanh và Truyền hình tỉnh', kind: 'agency', aliases: ['Đài PT-TH tỉnh', 'Đài PTTH tỉnh'] },
  { name: 'Báo Đắk Lắk', kind: 'agency', aliases: [] },
  { name: 'Cục Thuế tỉnh', kind: 'agency', aliases: ['Cục thuế tỉnh', 'Cục Thuế'] },
  { name: 'Bưu điện tỉnh', kind: 'agency', aliases: [] },
  { name: 'Bộ Chỉ huy Quân sự tỉnh', kind: 'agency', aliases: ['BCH Quân sự tỉnh'] },
  { name: 'Hội Nông dân tỉnh', kind: 'agency', aliases: [] },
  { name: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', kind: 'agency', aliases: ['Ủy ban MTTQ Việt Nam tỉnh', 'UBMTTQ tỉnh'] },
  { name: 'Hiệp hội doanh nghiệp tỉnh', kind: 'agency', aliases: [] },
  { name: 'Văn phòng Chính phủ', kind: 'agency', aliases: ['VPCP'] },
  { name: 'Bộ Khoa học và Công nghệ', kind: 'agency', aliases: ['Bộ KH&CN'] },
  { name: 'Tổ công tác theo Quyết định số 2088/QĐ-UBND', kind: 'agency', aliases: ['Tổ công tác theo Quyết định số 2088/QĐ-UBND ngày 14/5/2021 của UBND tỉnh'] },
  { name: 'Đoàn kiểm tra CCHC tỉnh', kind: 'agency', aliases: ['Thành viên Đoàn kiểm tra CCHC tỉnh', 'Đoàn Kiểm tra'] },
  { name: 'Hội đồng thẩm định CCHC tỉnh', kind: 'agency', aliases: ['HĐTĐ CCHC tỉnh', 'Hội đồng thẩm định Chỉ số CCHC tỉnh'] },
  { name: 'Thanh tra tỉnh', kind: 'agency', aliases: [] },
  { name: 'Báo Sơn La', kind: 'agency', aliases: [] },
  { name: 'Báo Hà Tĩnh', kind: 'agency', aliases: [] },
  { name: 'Báo Vĩnh Phúc', kind: 'agency', aliases: [] },
  { name: 'Cổng Thông tin điện tử tỉnh', kind: 'agency', aliases: [] },
  { name: 'Ban Chỉ đạo CCHC tỉnh', kind: 'agency', aliases: [] },
  { name: 'Hội Cựu chiến binh tỉnh', kind: 'agency', aliases: [] },
  { name: 'Đơn vị cung cấp phần mềm', kind: 'agency', aliases: [] },
  { name: 'Sở, ban, ngành cấp tỉnh', kind: 'group', aliases: ['Các sở, ban, ngành', 'Các Sở, ban, ngành', 'sở, ban, ngành', 'Các sở, ngành', 'Các sở, cơ quan, đơn vị thuộc UBND tỉnh', 'Các sở, ngành, đơn vị', 'Sở, ban, ngành cấp tỉnh có liên quan', 'Sở, ban, ngành', 'sở, ban, ngành cấp tỉnh', 'Các sở, ban ngành cấp tỉnh', 'Các sở, ban, ngành cấp tỉnh', 'sở, ban ngành có liên quan', 'Sở, ban ngành, đoàn thể cấp tỉnh', 'Sở, ban ngành, đơn vị cấp tỉnh', 'Sở, ban, ngành tỉnh', 'Sở, ban, ngành có liên quan', 'Các sở, ngành cấp tỉnh', 'các Sở, ngành liên quan', 'Các Sở, ban, ngành liên quan'] },
  { name: 'UBND cấp huyện', kind: 'group', aliases: ['UBND các huyện, thành phố', 'UBND các huyện, thị xã, thành phố', 'UBND các huyện, thành phố, thị xã', 'Địa phương', 'UBND huyện, thành phố'] },
  { name: 'UBND cấp xã', kind: 'group', aliases: ['UBND các xã, phường, thị trấn', 'UBND xã, phường, thị trấn'] },
  { name: 'UBND các cấp', kind: 'group', aliases: [] },
  { name: 'Các cơ quan, đơn vị, địa phương', kind: 'group', aliases: ['Các cơ quan, đơn vị', 'Các cơ quan, đơn vị địa phương', 'các cơ quan, đơn vị'] },
  { name: 'Các cơ quan, đơn vị liên quan', kind: 'group', aliases: ['Các cơ quan, đơn vị, liên quan', 'Các cơ quan liên quan', 'các cơ quan liên quan', 'các cơ quan, đơn vị liên quan', 'các cơ quan đơn vị liên quan', 'các cơ quan, đơn vị có liên quan', 'các đơn vị liên quan', 'Các cơ quan, đơn vị, địa phương liên quan', 'đơn vị liên quan', 'các đơn vị, địa phương liên quan', 'Các cơ quan, đơn vị, Liên quan', 'các cơ quan liên quan khác', 'Cơ quan, đơn vị liên quan'] },
  { name: 'Các cơ quan chủ trì các lĩnh vực CCHC của tỉnh', kind: 'group', aliases: ['Các cơ quan chủ trì CCHC của tỉnh', 'các Sở, ngành chủ trì các lĩnh vực CCHC', 'Các cơ quan chủ trì các lĩnh vực CCHC tỉnh'] },
  { name: 'Các cơ quan ngành dọc Trung ương đóng trên địa bàn tỉnh', kind: 'group', aliases: [] },
  { name: 'Các Ban Quản lý dự án thuộc tỉnh', kind: 'group', aliases: ['Các Ban Quản lý Dự án thuộc tỉnh'] },
  { name: 'Bộ phận Một cửa các cấp', kind: 'group', aliases: ['Bộ phận một cửa cấp tỉnh, cấp huyện, cấp xã'] },
  { name: 'Các đơn vị sự nghiệp công lập', kind: 'group', aliases: ['các đơn vị sự nghiệp'] },
  { name: 'Cơ quan, tổ chức được nhà nước ủy quyền thực hiện dịch vụ công', kind: 'group', aliases: [] },
  { name: 'Tất cả các đơn vị có TTHC tiếp nhận qua Cổng DVC tỉnh', kind: 'group', aliases: ['Tất cả các đơn vị có TTHC tiếp nhận qua Cổng Thông tin dịch vụ công trực tuyến của tỉnh'] },
  { name: 'Các cơ quan, đơn vị được kiểm tra', kind: 'group', aliases: ['các đơn vị được kiểm tra'] },
  { name: 'Các cơ quan được giao thực hiện theo Kế hoạch tuyên truyền của UBND tỉnh', kind: 'group', aliases: [] },
  { name: 'Các cơ quan, đơn vị áp dụng ISO 9001', kind: 'group', aliases: ['Các cơ quan, đơn vị áp dụng'] },
  { name: 'Các tổ chức chính trị - xã hội', kind: 'group', aliases: ['các tổ chức chính trị - xã hội'] },
  { name: 'Các UBND cấp xã đạt chuẩn NTM', kind: 'group', aliases: [] },
  { name: '02 UBND cấp huyện được lựa chọn', kind: 'group', aliases: [] },
  { name: 'Các Trung tâm Văn hóa truyền thông cấp huyện', kind: 'group', aliases: ['Các trung tâm'] },
  { name: 'Các trường THCS, tiểu học công lập', kind: 'group', aliases: ['Các trường'] },
  { name: 'Đơn vị tư vấn', kind: 'group', aliases: ['đơn vị tư vấn'] },
  { name: 'Tổ chức đào tạo, chứng nhận hệ thống', kind: 'group', aliases: ['tổ chức đào tạo, chứng nhận hệ thống'] },
];

/**
 * Provincial departments and bodies that exist in every province but were not named in those
 * tables, so that their usual abbreviations still resolve to one name. Names with commas
 * ("Sở Văn hóa, Thể thao và Du lịch") must be known, or the comma would split them.
 */
export const COMMON_AGENCIES: readonly AgencyEntry[] = [
  { name: 'UBND tỉnh', kind: 'agency', aliases: ['Ủy ban nhân dân tỉnh', 'Uỷ ban nhân dân tỉnh'] },
  { name: 'Sở Y tế', kind: 'agency', aliases: ['Sở YT'] },
  { name: 'Sở Giáo dục và Đào tạo', kind: 'agency', aliases: ['Sở GD&ĐT', 'Sở GDĐT', 'Sở GD và ĐT'] },
  { name: 'Sở Giao thông vận tải', kind: 'agency', aliases: ['Sở GTVT', 'Sở Giao thông - Vận tải'] },
  { name: 'Sở Lao động - Thương binh và Xã hội', kind: 'agency', aliases: ['Sở LĐ-TB&XH', 'Sở LĐTBXH', 'Sở Lao động Thương binh và Xã hội'] },
  { name: 'Sở Văn hóa, Thể thao và Du lịch', kind: 'agency', aliases: ['Sở VHTT&DL', 'Sở VHTTDL', 'Sở Văn hóa Thể thao và Du lịch'] },
  { name: 'Sở Ngoại vụ', kind: 'agency', aliases: [] },
  { name: 'Ban Dân tộc tỉnh', kind: 'agency', aliases: ['Ban Dân tộc'] },
  { name: 'Công an tỉnh', kind: 'agency', aliases: [] },
  { name: 'Kho bạc Nhà nước tỉnh', kind: 'agency', aliases: ['KBNN tỉnh', 'Kho bạc Nhà nước'] },
  { name: 'Bảo hiểm xã hội tỉnh', kind: 'agency', aliases: ['BHXH tỉnh'] },
];
