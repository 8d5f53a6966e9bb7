/**
 * Builds the example workbooks in examples/ from Kế hoạch Đắk Lắk 2020 (Kế hoạch nâng cao Chỉ số CCHC
 * năm 2020, UBND tỉnh Đắk Lắk), Phụ lục I and II. The rows are embedded so the build needs nothing
 * outside this repository; texts and numbers are the plan's, unchanged. The
 * committed .xlsx files are what the tests read: run `npm run examples` only to regenerate them.
 *
 * The layout imitates a sheet typed by a Sở Nội vụ officer: letterhead and title rows above a
 * wrapped header, area rows in capitals, a few numbers typed as text with a decimal comma, merged
 * agency cells, a "TỔNG ĐIỂM" row.
 */
import { mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

/** code, name, max, score 2019, target 2020, lead (numbers as printed, with a dot). */
type ScoreRow = readonly [string, string, string, string, string, string];
/** STT, criterion, product, quality requirement, deadline, lead, implementers. */
type TaskRow = readonly [string, string, string, string, string, string, string];

// Kế hoạch Đắk Lắk 2020, Phụ lục I (lines 488-1674): code, name, max, score 2019, target 2020, lead.
export const PHU_LUC_I: readonly ScoreRow[] = [
  ["1", "CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CCHC", "8.5", "6.5", "8", ""],
  ["1.1", "Thực hiện Kế hoạch CCHC năm", "1.5", "1.5", "1.5", "Sở Nội vụ"],
  ["1.2", "Thực hiện chế độ báo cáo CCHC định kỳ", "0.5", "0", "0.5", "Sở Nội vụ"],
  ["1.3", "Kiểm tra CCHC", "2", "2", "2", "Sở Nội vụ"],
  ["1.4", "Công tác tuyên truyền CCHC", "1", "1", "1", "Sở Nội vụ"],
  ["1.5", "Sáng kiến hoặc giải pháp mới trong cải cách hành chính", "2", "1.5", "2", "Sở Nội vụ"],
  ["1.6", "Thực hiện các nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao", "1.5", "0.5", "1", "Văn phòng UBND tỉnh"],
  ["2", "XÂY DỰNG VÀ TỔ CHỨC THỰC HIỆN VĂN BẢN QUY PHẠM PHÁP LUẬT TẠI TỈNH", "10", "8.67", "9.4", ""],
  ["2.1", "Theo dõi thi hành pháp luật (TDTHPL)", "2", "2", "2", "Sở Tư pháp"],
  ["2.2", "Xử lý VBQPPL sau rà soát, hệ thống hóa", "1.5", "1.5", "1.5", "Sở Tư pháp"],
  ["2.3", "Xử lý văn bản phát hiện sai phạm qua kiểm tra", "1.5", "1.5", "1.5", "Sở Tư pháp"],
  ["2.4", "Tác động của cải cách đến chất lượng VB QPPL do tỉnh ban hành", "5", "3.66", "4.4", "Sở Tư pháp"],
  ["2.4.1", "Tính đồng bộ, thống nhất của hệ thống VBQPPL thuộc phạm vi quản lý Nhà nước của tỉnh", "1", "0.78", "0.9", "Sở Tư pháp"],
  ["2.4.2", "Tính hợp lý của các VBQPPL thuộc phạm vi quản lý Nhà nước của tỉnh", "1", "0.79", "0.9", "Sở Tư pháp"],
  ["2.4.3", "Tính khả thi của các VBQPPL thuộc phạm vi quản lý Nhà nước của tỉnh", "1.5", "1.04", "1.3", "Sở Tư pháp"],
  ["2.4.4", "Tính kịp thời trong việc phát hiện và xử lý các bất cập, vướng mắc trong tổ chức thực hiện VBQPPL thuộc phạm vi quản lý Nhà nước của tỉnh", "1.5", "1.05", "1.3", "Sở Tư pháp"],
  ["3", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH VÀ THỰC HIỆN CƠ CHẾ MỘT CỬA, CƠ CHẾ MỘT CỬA LIÊN THÔNG", "14", "13.22", "13.7", ""],
  ["3.1", "Kiểm soát quy định thủ tục hành chính (TTHC)", "1", "1", "1", "Văn phòng UBND tỉnh"],
  ["3.2", "Công bố, công khai TTHC và kết quả giải quyết hồ sơ", "3.5", "2.75", "3.2", "Văn phòng UBND tỉnh"],
  ["3.3", "Thực hiện cơ chế một cửa, cơ chế một cửa liên thông", "3.5", "3.5", "3.5", "Văn phòng UBND tỉnh"],
  ["3.4", "Kết quả giải quyết hồ sơ TTHC", "5", "4.97", "4.98", "Văn phòng UBND tỉnh"],
  ["3.5", "Tiếp nhận, xử lý phản ánh, kiến nghị (PAKN) của cá nhân, tổ chức đối với TTHC thuộc thẩm quyền giải quyết của tỉnh", "1", "1", "1", "Văn phòng UBND tỉnh"],
  ["4", "CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH", "12", "7.74", "10.9", ""],
  ["4.1", "Thực hiện quy định của Chính phủ và hướng dẫn của các bộ, ngành về tổ chức bộ máy", "3.5", "2.23", "3.5", ""],
  ["4.1.1", "Sắp xếp tổ chức bộ máy và kiện toàn chức năng, nhiệm vụ của các CQCM cấp tỉnh, các phòng chuyên môn cấp huyện", "1", "1", "1", "Sở Nội vụ"],
  ["4.1.2", "Thực hiện quy định về cơ cấu số lượng lãnh đạo tại các cơ quan hành chính", "1.5", "0.5", "1.5", "Sở Nội vụ"],
  ["4.1.3", "Tỷ lệ giảm số lượng đơn vị sự nghiệp công lập so với năm 2015", "1", "0.73", "1", "Sở Nội vụ"],
  ["4.2", "Thực hiện các quy định về quản lý biên chế", "2.5", "2.14", "2.3", ""],
  ["4.2.1", "Thực hiện quy định về sử dụng biên chế hành chính", "0.5", "0.5", "0.5", "Sở Nội vụ"],
  ["4.2.2", "Thực hiện quy định về số lượng người làm việc hưởng lương từ ngân sách Nhà nước trong các đơn vị sự nghiệp công lập của tỉnh", "0.5", "0.5", "0.5", "Sở Nội vụ"],
  ["4.2.3", "Tỷ lệ giảm biên chế so với năm 2015", "1.5", "1.14", "1.3", "Sở Nội vụ"],
  ["4.3", "Thực hiện phân cấp quản lý", "1.5", "0.5", "1.5", ""],
  ["4.3.1", "Thực hiện các quy định về phân cấp quản lý do Chính phủ và các bộ, ngành ban hành", "0.25", "0.25", "0.25", "- Sở Kế hoạch và Đầu tư;\n- Sở Tài chính;\n- Sở Tài nguyên và Môi trường;\n- Sở Nông nghiệp và Phát triển nông thôn;\n- Sở Nội vụ."],
  ["4.3.2", "Thực hiện kiểm tra, đánh giá định kỳ đối với các nhiệm vụ quản lý Nhà nước đã phân cấp cho cấp huyện, cấp xã", "0.25", "0.25", "0.25", ""],
  ["4.3.3", "Xử lý các vấn đề về phân cấp phát hiện qua kiểm tra", "1", "0", "1", ""],
  ["4.4", "Tác động của cải cách đến tổ chức bộ máy hành chính", "4.5", "2.86", "3.6", ""],
  ["4.4.1", "Tình hình thực hiện quy chế làm việc của UBND tỉnh", "1.5", "1", "1.2", "Văn phòng UBND tỉnh"],
  ["4.4.2", "Tính hợp lý trong việc sắp xếp, kiện toàn tổ chức bộ máy của các cơ quan, đơn vị thuộc thẩm quyền của tỉnh", "1.5", "0.91", "1.2", "Sở Nội vụ"],
  ["4.4.3", "Tính hợp lý trong việc phân cấp thực hiện nhiệm vụ quản lý Nhà nước giữa tỉnh và huyện", "1.5", "0.95", "1.2", "- Sở Kế hoạch và Đầu tư;\n- Sở Tài chính;\n- Sở Tài nguyên và Môi trường;\n- Sở Nông nghiệp và Phát triển nông thôn;\n- Sở Nội vụ."],
  ["5", "XÂY DỰNG VÀ NÂNG CAO CHẤT LƯỢNG ĐỘI NGŨ CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC", "14", "11.47", "12.21", ""],
  ["5.1", "Thực hiện cơ cấu công chức, viên chức theo vị trí việc làm", "2", "2", "2", "Sở Nội vụ"],
  ["5.2", "Tuyển dụng công chức, viên chức", "1", "1", "1", "Sở Nội vụ"],
  ["5.3", "Thi nâng ngạch công chức, thăng hạng viên chức theo thẩm quyền của tỉnh", "0.5", "0.5", "0.5", "Sở Nội vụ"],
  ["5.4", "Thực hiện quy định về bổ nhiệm vị trí lãnh đạo tại các cơ quan hành chính", "0.75", "0.25", "0.5", "Sở Nội vụ"],
  ["5.5", "Đánh giá, phân loại công chức, viên chức", "1.75", "1.25", "1.25", "Sở Nội vụ"],
  ["5.6", "Mức độ hoàn thành kế hoạch đào tạo, bồi dưỡng cán bộ, công chức, viên chức", "1", "1", "1", "Sở Nội vụ"],
  ["5.7", "Cán bộ, công chức cấp xã", "1", "1", "1", "Sở Nội vụ"],
  ["5.8", "Tác động của cải cách đến quản lý cán bộ, công chức", "2", "1.68", "1.84", ""],
  ["5.8.1", "Tình trạng tiêu cực trong tuyển dụng, bổ nhiệm công chức, viên chức", "1", "0.84", "0.92", "Sở Nội vụ"],
  ["5.8.2", "Tính công khai, minh bạch trong công tác tuyển dụng, bổ nhiệm công chức, viên chức", "1", "0.84", "0.92", "Sở Nội vụ"],
  ["5.9", "Tác động của cải cách đến chất lượng đội ngũ cán bộ, công chức", "4", "2.8", "3.12", ""],
  ["5.9.1", "Năng lực chuyên môn của công chức trong phối hợp, xử lý công việc", "1", "0.73", "0.8", "Sở Nội vụ"],
  ["5.9.2", "Tinh thần trách nhiệm của công chức trong phối hợp, xử lý công việc", "1", "0.76", "0.85", "Sở Nội vụ"],
  ["5.9.3", "Tình trạng công chức lợi dụng chức vụ, quyền hạn để trục lợi cá nhân trong phối hợp, xử lý công việc", "1", "0.74", "0.85", "Sở Nội vụ"],
  ["5.9.4", "Tính hiệu quả trong việc thực thi chính sách thu hút người có tài năng vào bộ máy hành chính", "1", "0.57", "0.62", "Sở Nội vụ"],
  ["6", "CẢI CÁCH TÀI CHÍNH CÔNG", "12.5", "8.41", "11.9", "Sở Tài chính"],
  ["6.1", "Tổ chức thực hiện công tác tài chính - ngân sách", "3", "0.86", "3", ""],
  ["6.1.1", "Thực hiện giải ngân kế hoạch đầu tư vốn ngân sách Nhà nước hàng năm", "1", "0.86", "1", "Sở Kế hoạch và Đầu tư"],
  ["6.1.2", "Thực hiện cơ chế tự chủ về sử dụng kinh phí quản lý hành chính tại cơ quan hành chính các cấp ở địa phương", "1", "0", "1", "Sở Tài chính"],
  ["6.1.3", "Tổ chức thực hiện các kiến nghị sau thanh tra, kiểm tra, kiểm toán Nhà nước về tài chính, ngân sách", "1", "0", "1", "Sở Tài chính"],
  ["6.2", "Công tác quản lý, sử dụng tài sản công", "2", "1", "2", ""],
  ["6.2.1", "Ban hành các văn bản thuộc thẩm quyền của tỉnh về quản lý, sử dụng tài sản công", "0.5", "0.25", "0.5", "Sở Tài chính"],
  ["6.2.2", "Ban hành quy chế quản lý, sử dụng tài sản công của các cơ quan, đơn vị thuộc phạm vi quản lý", "0.5", "0.5", "0.5", "Sở Tài chính"],
  ["6.2.3", "Thực hiện quy định về sắp xếp lại, xử lý nhà, đất thuộc thẩm quyền quản lý", "0.75", "0", "0.75", "Sở Tài chính"],
  ["6.2.4", "Kiểm tra việc thực hiện các quy định về quản lý tài sản công", "0.25", "0.25", "0.25", "Sở Tài chính"],
  ["6.3", "Thực hiện cơ chế tự chủ tại các đơn vị sự nghiệp công lập (SNCL)", "3.5", "3.5", "3.5", ""],
  ["6.3.1", "Số đơn vị SNCL tự đảm bảo chi thường xuyên", "1", "1", "1", "Sở Tài chính"],
  ["6.3.2", "Số đơn vị SNCL tự bảo đảm một phần chi thường xuyên", "0.5", "0.5", "0.5", "Sở Tài chính"],
  ["6.3.3", "Thực hiện quy định về việc phân phối kết quả tài chính hoặc sử dụng kinh phí tiết kiệm chi thường xuyên trong năm tại các đơn vị SNCL", "1", "1", "1", "Sở Tài chính"],
  ["6.3.4", "Tỷ lệ giảm chi trực tiếp ngân sách cho đơn vị sự nghiệp so với năm 2015", "1", "1", "1", "Sở Tài chính"],
  ["6.4", "Tác động của cải cách đến quản lý tài chính công", "4", "3.06", "3.4", ""],
  ["6.4.1", "Thực hiện tiết kiệm, chống lãng phí trong quản lý, sử dụng kinh phí của cơ quan, đơn vị", "1", "0.75", "0.85", "Sở Tài chính"],
  ["6.4.2", "Tính hiệu quả của việc quản lý, sử dụng tài sản công", "1", "0.75", "0.85", "Sở Tài chính"],
  ["6.4.3", "Tính hiệu quả của việc thực hiện cơ chế tự chủ về sử kinh phí quản lý hành chính", "1", "0.79", "0.85", "Sở Tài chính"],
  ["6.4.4", "Tính hiệu quả của việc thực hiện cơ chế tự chủ tại các đơn vị sự nghiệp công lập", "1", "0.77", "0.85", "Sở Tài chính"],
  ["7", "HIỆN ĐẠI HÓA HÀNH CHÍNH", "13", "10.16", "12.5", ""],
  ["7.1", "Ứng dụng CNTT của tỉnh", "5.5", "4.5", "5.5", ""],
  ["7.1.1", "Triển khai Kiến trúc Chính quyền điện tử của tỉnh", "0.5", "0.5", "0.5", "Sở Thông tin và Truyền thông"],
  ["7.1.2", "Tỷ lệ văn bản trao đổi giữa các cơ quan hành chính Nhà nước dưới dạng điện tử", "1", "1", "1", "Sở Thông tin và Truyền thông"],
  ["7.1.3", "Thực hiện kết nối, liên thông các phần mềm quản lý văn bản (từ cấp tỉnh đến cấp xã)", "1", "1", "1", "Sở Thông tin và Truyền thông"],
  ["7.1.4", "Vận hành Hệ thống thông tin một cửa điện tử", "1", "1", "1", "Sở Thông tin và Truyền thông"],
  ["7.1.5", "Xây dựng, vận hành Cổng dịch vụ công", "1", "1", "1", "Sở Thông tin và Truyền thông"],
  ["7.1.6", "Xây dựng Hệ thống thông tin báo cáo cấp tỉnh", "1", "0", "1", "Văn phòng UBND tỉnh"],
  ["7.2", "Cung cấp dịch vụ công trực tuyến", "1.25", "0.56", "1.25", ""],
  ["7.2.1", "Tỷ lệ TTHC cung cấp trực tuyến mức độ 3, 4 có phát sinh hồ sơ trong năm", "0.25", "0", "0.25", "Sở Thông tin và Truyền thông"],
  ["7.2.2", "Tỷ lệ hồ sơ TTHC được xử lý trực tuyến mức độ 3 và 4", "1", "0.56", "1", "Sở Thông tin và Truyền thông"],
  ["7.3", "Thực hiện tiếp nhận hồ sơ, trả kết quả giải quyết TTHC qua dịch vụ bưu chính công ích", "1.25", "1", "1.25", ""],
  ["7.3.1", "Tỷ lệ TTHC đã triển khai có phát sinh hồ sơ tiếp nhận/trả kết quả giải quyết qua dịch vụ BCCI", "0.25", "0", "0.25", "Sở Thông tin và Truyền thông"],
  ["7.3.2", "Tỷ lệ hồ sơ TTHC được tiếp nhận qua dịch vụ BCCI", "0.5", "0.5", "0.5", "Sở Thông tin và Truyền thông"],
  ["7.3.3", "Tỷ lệ kết quả giải quyết TTHC được trả qua dịch vụ BCCI", "0.5", "0.5", "0.5", "Sở Thông tin và Truyền thông"],
  ["7.4", "Áp dụng Hệ thống quản lý chất lượng (ISO 9001) theo quy định", "1", "1", "1", "Sở Khoa học và Công nghệ"],
  ["7.5", "Tác động của cải cách đến hiện đại hóa hành chính", "4", "3.1", "3.5", ""],
  ["7.5.1", "Tính kịp thời của thông tin được cung cấp trên Cổng/Trang thông tin điện tử của tỉnh", "1", "0.8", "0.9", "Sở Thông tin và Truyền thông"],
  ["7.5.2", "Mức độ đầy đủ của thông tin được cung cấp trên Cổng/Trang thông tin của tỉnh", "1", "0.77", "0.85", "Sở Thông tin và Truyền thông"],
  ["7.5.3", "Mức độ thuận tiện trong việc truy cập, khai thác thông tin trên Cổng/Trang thông tin điện tử của tỉnh", "1", "0.8", "0.9", "Sở Thông tin và Truyền thông"],
  ["7.5.4", "Tính hiệu quả trong việc thực hiện quy trình ISO", "1", "0.73", "0.85", "Sở Khoa học và Công nghệ"],
  ["8", "TÁC ĐỘNG CỦA CCHC ĐẾN NGƯỜI DÂN, TỔ CHỨC VÀ CÁC CHỈ TIÊU PHÁT TRIỂN KT-XH CỦA TỈNH", "16", "13.36", "14.2", ""],
  ["8.1", "Kết quả Chỉ số hài lòng (SIPAS)", "10", "7.54", "8.2", "Sở Nội vụ"],
  ["8.2", "Mức độ thu hút đầu tư của tỉnh", "1", "1", "1", "Sở Kế hoạch và Đầu tư"],
  ["8.3", "Mức độ phát triển doanh nghiệp của tỉnh", "2", "1.82", "2", ""],
  ["8.4", "Thực hiện thu ngân sách hàng năm của tỉnh theo Kế hoạch được Chính phủ giao", "1", "1", "1", "Sở Tài chính"],
  ["8.5", "Tỷ lệ tăng tổng sản phẩm trên địa bàn (GRDP)", "1", "1", "1", "Sở Kế hoạch và Đầu tư"],
  ["8.6", "Mức độ thực hiện các chỉ tiêu phát triển KT-XH do HĐND tỉnh giao", "1", "1", "1", "Sở Kế hoạch và Đầu tư"],
  ["", "TỔNG ĐIỂM", "100", "79.53", "92.81", ""],
];

// Kế hoạch Đắk Lắk 2020, Phụ lục II (lines 1688-6200): STT, criterion, product, quality requirement, deadline, lead, implementers.
export const PHU_LUC_II: readonly TaskRow[] = [
  ["1", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "", "", "", "", ""],
  ["1.1", "Kế hoạch CCHC năm", "Kế hoạch CCHC", "- Xác định đầy đủ 07 nội dung CCHC theo quy định của Chính phủ;\n- Hoàn thành 100% Kế hoạch.", "Quý IV", "Sở Nội vụ", "Các sở, ban, ngành, UBND cấp huyện"],
  ["1.2", "Thực hiện chế độ báo cáo CCHC định kỳ", "Báo cáo của UBND tỉnh", "Đúng thời gian, nội dung theo yêu cầu, quy định", "Theo quy định của Bộ Nội vụ", "Sở Nội vụ", "Các sở, ban, ngành, UBND cấp huyện"],
  ["1.3", "Công tác kiểm tra CCHC", "", "", "", "", ""],
  ["1.3.1", "Tỷ lệ cơ quan chuyên môn cấp tỉnh và đơn vị hành chính cấp huyện được kiểm tra trong năm", "- Quyết định thành lập Đoàn kiểm tra;\n- Thông báo kết luận kiểm tra;\n- Báo cáo kết quả kiểm tra.", "Đạt từ 30% cơ quan, đơn vị trở lên", "Quý III", "Sở Nội vụ", "Các sở, ban, ngành, UBND cấp huyện"],
  ["1.3.2", "Xử lý các vấn đề phát hiện qua kiểm tra", "- Văn bản, kết luận của Đoàn kiểm tra yêu cầu khắc phục tồn tại, hạn chế qua kiểm tra;\n- Báo cáo của các đơn vị, địa phương kết quả khắc phục các tồn tại hạn chế qua kiểm tra", "100 % số vấn đề được xử lý hoặc kiến nghị xử lý", "Quý III", "Sở Nội vụ", "Các sở, ban, ngành, UBND cấp huyện"],
  ["1.4", "Công tác tuyên truyền CCHC", "", "", "", "", ""],
  ["1.4.1", "Mức độ hoàn thành kế hoạch tuyên truyền", "- Báo cáo CCHC định kỳ;\n- Các tài liệu kiểm chứng có liên quan đến việc thực hiện Kế hoạch tuyên truyền CCHC.", "Hoàn thành 100% kế hoạch", "Trước ngày 01/12", "Sở Nội vụ", "Sở Thông tin và Truyền thông, Đài Phát thanh và Truyền hình tỉnh; Báo Đắk Lắk; các sở, ban, ngành; UBND cấp huyện."],
  ["1.4.2", "Mức độ đa dạng hóa trong tuyên truyền CCHC", "- Báo cáo kết quả tuyên truyền trên Đài Phát thanh và Truyền hình tỉnh, Báo Đắk Lắk", "Đa dạng trong tuyên truyền (tin, bài, cuộc thi tìm hiểu…)", "Trước ngày 01/12", "Sở Nội vụ", ""],
  ["1.5", "Sáng kiến trong CCHC", "Được UBND tỉnh phê duyệt hoặc Trung ương cho phép thí điểm", "- Có từ 03 sáng kiến hoặc giải pháp mới trong CCHC trở lên;\n- Sáng kiến lần đầu tiên được áp dụng.  Đã và có khả năng mang lại lợi ích thiết thực nâng cao hiệu quả triển khai nhiệm vụ CCHC của tỉnh.", "Trong năm 2020", "Sở Nội vụ", "Văn phòng UBND tỉnh; các Sở: Tư pháp, Tài chính, Thông tin và Truyền thông, Khoa học và Công nghệ; các cơ quan, đơn vị liên quan"],
  ["1.6", "Thực hiện các nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao", "Báo cáo theo dõi của UBND tỉnh", "Hoàn thành đúng tiến độ 100% nhiệm vụ được giao trong năm", "Trong năm 2020", "Văn phòng UBND tỉnh", "Các sở, ban, ngành; UBND cấp huyện"],
  ["2", "NÂNG CAO CHẤT LƯỢNG CÔNG TÁC XÂY DỰNG VÀ TỔ CHỨC THỰC HIỆN VĂN BẢN QUY PHẠM PHÁP LUẬT", "", "", "", "", ""],
  ["2.1", "Theo dõi thi hành pháp luật", "", "", "", "", ""],
  ["2.1.1", "Thực hiện các hoạt động về theo dõi thi hành pháp luật", "Báo cáo kết quả theo dõi thi hành pháp luật của tỉnh", "Đầy đủ 03 hoạt động theo dõi tình hình thi hành pháp luật theo đúng quy định tại Nghị định số 59/2012/NĐ-CP và các văn bản hướng dẫn thi hành", "Trong năm 2020", "Sở Tư pháp", "Các sở, ban, ngành; UBND cấp huyện"],
  ["2.1.2", "Xử lý kết quả theo dõi thi hành pháp luật", "- Báo cáo kết quả theo dõi thi hành pháp luật của tỉnh;\n- Đầy đủ văn bản xử lý/kiến nghị xử lý kết quả theo dõi thi hành pháp luật theo thẩm quyền.", "Căn cứ kết quả hoạt động theo dõi thi hành pháp luật, xử lý theo thẩm quyền hoặc kiến nghị cấp có thẩm quyền xử lý kết quả theo dõi tình hình thi hành pháp luật theo quy định tại Điều 14, Nghị định số 59/2012/NĐ-CP", "Trong năm 2020", "Sở Tư pháp", "Các sở, ban, ngành; UBND cấp huyện"],
  ["2.2", "Xử lý văn bản quy phạm pháp luật sau rà soát", "- Các văn bản xử lý văn bản quy phạm pháp luật sau rà soát;\n- Các văn bản quy định công bố  kết quả ra soát của cơ quan có thẩm  quyền; Quyết định của UBND cấp huyện về công bố kết quả rà soát văn bản QPPL do UBND huyện ban hành;\n- Văn bản thể hiện việc xử lý những văn bản không còn phù hợp phát hiện qua rà soát.", "Số văn bản đã được xử lý/kiến nghị xử lý so với tổng số văn bản QPPL phải được xử lý hoặc kiến nghị xử lý sau khi rà soát đạt 100%", "Trong năm 2020", "Sở Tư pháp", "Các sở, ban, ngành, UBND cấp huyện"],
  ["2.3", "Xử lý văn bản trái pháp luật phát hiện qua kiểm tra", "Các văn bản thể hiện việc xử lý văn bản QPPL trái pháp luật phát hiện qua kiểm tra", "Số văn bản đã được xử lý (hoặc kiến nghị xử lý)/tổng số văn bản phát hiện qua kiểm tra, đạt 100%", "Trong năm 2020", "Sở Tư pháp", "Các sở, ban, ngành; UBND cấp huyện"],
  ["3", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH (TTHC)", "", "", "", "", ""],
  ["3.1", "Kiểm soát quy định TTHC", "", "", "", "", ""],
  ["3.1.1", "Thực hiện quy định về ban hành TTHC theo thẩm quyền", "Báo cáo công tác kiểm soát TTHC của tỉnh", "TTHC ban hành đúng thẩm quyền, không có TTHC ban hành trái thẩm quyền", "Trong năm 2020", "Văn phòng UBND tỉnh", "Các sở, ban, ngành, UBND cấp huyện"],
  ["3.1.2", "Xử lý các vấn đề phát hiện qua rà soát TTHC", "- Báo cáo công tác kiểm soát TTHC của tỉnh;\n- Các Quyết định phê duyệt phương án đơn giản hoá TTHC.", "100% số vấn đề phát hiện qua rà soát được xử lý hoặc kiến nghị xử lý", "Trong năm 2020", "Văn phòng UBND tỉnh", "Các sở, ban, ngành, UBND cấp huyện"],
  ["3.2", "Công bố, công khai TTHC", "", "", "", "", ""],
  ["3.2.1", "Công bố TTHC và danh mục TTHC thuộc thẩm quyền giải quyết của các cấp chính quyền trên địa bàn tỉnh.", "-Báo cáo công tác kiểm soát TTHC của tỉnh;\n- Các quyết định công bố TTHC thuộc thẩm quyền giải quyết của tỉnh.", "100% số TTHC được công bố đầy đủ, kịp thời", "Trong năm 2020", "Văn phòng UBND tỉnh", "Các sở, ban, ngành; UBND cấp huyện"],
  ["3.2.2", "Nhập, đăng tải công khai TTHC vào Cơ sở dữ liệu quốc gia sau khi công bố.", "- Báo cáo công tác kiểm soát TTHC của tỉnh;\n- TTHC phải được nhập, đăng tải công khai vào Cơ sở dữ liệu quốc gia về TTHC.", "Đầy đủ, kịp thời theo quy định", "Trong năm 2020", "Văn phòng UBND tỉnh", ""],
  ["3.2.3", "Công bố quy trình nội bộ giải quyết TTHC", "- Báo cáo công tác kiểm soát TTHC hoặc Báo cáo CCHC năm của tỉnh.\n- Các Quyết định ban hành quy trình nội bộ giải quyết TTHC của tỉnh", "100% số TTHC thuộc thẩm quyền giải quyết của cơ quan chuyên môn cấp tỉnh, UBND cấp huyện, UBND cấp xã đã được ban hành quy trình nội bộ giải quyết", "Trong năm 2020", "Văn phòng UBND tỉnh", ""],
  ["3.2.4", "Công khai TTHC trên Cổng thông tin điện tử (TTĐT) của tỉnh/Cổng Dịch vụ công tỉnh và Cổng/Trang TTĐT của các cơ quan, đơn vị.", "Báo cáo công tác kiểm soát TTHC hoặc Báo cáo CCHC năm của tỉnh", "- Cổng TTĐT và Cổng Dịch vụ công tỉnh công khai 100% TTHC thuộc thẩm quyền giải quyết của 3 cấp chính quyền tại địa phương;\n- Trang TTĐT của các sở, ngành; UBND cấp huyện công khai 100% TTHC thuộc thẩm quyền giải quyết của cơ quan, đơn vị mình.", "Trong năm 2020", "Văn phòng UBND tỉnh", "Các sở, ban, ngành, UBND cấp huyện"],
  ["3.2.5", "Công khai tiến độ, kết quả giải quyết hồ sơ TTHC trên Cổng dịch vụ công tỉnh", "Báo cáo công tác kiểm soát TTHC hoặc Báo cáo CCHC năm của tỉnh", "100% cơ quan chuyên môn cấp tỉnh; UBND cấp huyện; UBND cấp xã công khai đầy đủ tiến độ, kết quả giải quyết hồ sơ TTHC trên Cổng Dịch vụ công tỉnh về tiến độ, kết quả giải quyết hồ sơ TTHC.", "Trong năm 2020", "Văn phòng UBND tỉnh", "Các sở, ban, ngành, UBND cấp huyện"],
  ["3.3", "Thực hiện cơ chế một cửa, cơ chế một cửa liên thông", "", "", "", "", ""],
  ["3.3.1", "Tỷ lệ TTHC thực hiện việc tiếp nhận, trả kết quả tại Trung tâm Phục vụ hành chính công và Bộ phận Một cửa các cấp", "- Quyết định UBND tỉnh ban hành Danh mục TTHC thực hiện tại Trung tâm hành chính công;\n- Quyết định ban hành Danh mục TTHC thực hiện tại Bộ phận Một cửa cấp huyện;\n- Quyết định ban hành Danh mục TTHC thực hiện tại Bộ phận Một cửa cấp xã;\n- Báo cáo của UBND tỉnh về công tác kiểm soát TTHC hoặc Báo cáo UBND tỉnh về công tác CCHC năm của tỉnh.", "100% số TTHC thuộc thẩm quyền giải quyết của 03 cấp chính quyền được tiếp nhận và trả kết quả giải tại Bộ phận Một cửa các cấp", "Trong năm 2020", "Văn phòng UBND tỉnh", "Các sở, ban, ngành; UBND cấp huyện"],
  ["3.3.2", "Đưa TTHC ngành dọc thực hiện việc tiếp nhận hồ sơ tại Bộ phận Một cửa các cấp theo danh mục được phê duyệt của Thủ tướng Chính phủ và yêu cầu cùa bộ, ngành Trung ương (Quyết định số 1292/QĐ-TTg ngày 07/10/2019…)", "- Quyết định UBND tỉnh ban hành Danh mục TTHC ngành dọc thực hiện tại Bộ phận một cửa các cấp theo danh mục được phê duyệt;\n- Báo cáo của UBND tỉnh về công tác kiểm soát TTHC hoặc Báo cáo UBND tỉnh về công tác CCHC năm của tỉnh.", "100% số TTHC theo danh mục quy định Quyết định số 1291/QĐ-TTg ngày 07/10/2019 được thực hiện tại Bộ phận Một cửa các cấp", "Trong năm 2020", "Văn phòng UBND tỉnh", "Các sở, ban, ngành; UBND cấp huyện"],
  ["3.3.3", "Số TTHC được giải quyết theo hình thức liên thông cùng cấp", "- Báo cáo của UBND tỉnh về công tác kiểm soát TTHC hoặc Báo cáo UBND tỉnh về công tác CCHC năm của tỉnh;\n- Danh mục TTHC được giải quyết theo hình thức liên thông cùng cấp.", "Từ 50 TTHC trở lên", "Trong năm 2020", "Văn phòng UBND tỉnh", "Các sở, ban, ngành, UBND cấp huyện"],
  ["3.3.4", "Số TTHC được giải quyết theo hình thức liên thông giữa các cấp chính quyền", "Danh mục TTHC được giải quyết theo hình thức liên thông giữa các cấp chính quyền", "Từ 30 TTHC trở lên", "Trong năm 2020", "Văn phòng UBND tỉnh", "Các sở, ban, ngành, UBND cấp huyện; UBND cấp xã"],
  ["3.4", "Kết quả giải quyết TTHC", "", "", "", "", ""],
  ["3.4.1", "Tỷ lệ hồ sơ TTHC do cơ quan chuyên môn cấp tỉnh tiếp nhận trong năm được giải quyết đúng hạn", "Báo cáo của UBND tỉnh về công tác kiểm soát TTHC hoặc Báo cáo UBND tỉnh về công tác CCHC năm của tỉnh", "Hồ sơ TTHC trong năm được giải quyết đúng hạn đạt tỷ lệ 99% trở lên", "Trong năm 2020", "Văn phòng UBND tỉnh", "Các sở, ban, ngành"],
  ["3.4.2", "Tỷ lệ hồ sơ TTHC do UBND cấp huyện tiếp nhận trong năm được giải quyết đúng hạn", "Báo cáo của UBND tỉnh về công tác kiểm soát TTHC hoặc Báo cáo UBND tỉnh về công tác CCHC năm của tỉnh", "Hồ sơ TTHC trong năm được giải quyết đúng hạn đạt tỷ lệ 99% trở lên", "Trong năm 2020", "Văn phòng UBND tỉnh", "UBND cấp huyện"],
  ["3.4.3", "Tỷ lệ hồ sơ TTHC do UBND cấp xã tiếp nhận trong năm được giải quyết đúng hạn", "Báo cáo của UBND tỉnh về công tác kiểm soát TTHC hoặc Báo cáo UBND tỉnh về công tác CCHC năm của tỉnh", "Hồ sơ TTHC trong năm được giải quyết đúng hạn đạt tỷ lệ 99% trở lên", "Trong năm 2020", "Văn phòng UBND tỉnh", "UBND cấp huyện, UBND cấp xã"],
  ["3.4.4", "Thực hiện việc xin lỗi người dân, tổ chức khi để xảy ra trễ hẹn trong giải quyết hồ sơ TTHC", "Có văn bản xin lỗi của cơ quan đơn vị gửi đến người dân, doanh nghiệp", "100% hồ sơ TTHC giải quyết trễ hẹn được xin lỗi đầy đủ, đúng quy định", "Trong năm 2020", "Các sở, ban, ngành, UBND cấp huyện, UBND cấp xã", "Sở Nội vụ"],
  ["3.4.5", "Đánh giá chất lượng giải quyết TTHC của địa phương", "Báo cáo của UBND tỉnh về công tác kiểm soát TTHC hoặc Báo cáo UBND tỉnh về công tác CCHC năm của tỉnh", "- Trung tâm Phục vụ hành chính công tỉnh thực hiện đánh giá chất lượng giải quyết TTHC và công khai kết quả đánh giá;\n- 100% UBND cấp huyện thực hiện đánh giá chất lượng giải quyết TTHC và công khai kết quả đánh giá;\n- 80% UBND cấp xã thực hiện đánh giá chất lượng giải quyết TTHC và công khai kết quả đánh giá.", "Trong năm 2020", "Văn phòng UBND tỉnh", "Các sở, ban, ngành; UBND cấp huyện; UBND cấp xã"],
  ["3.5", "Công tác tiếp nhận, xử lý phản ánh, kiến nghị (PAKN) của cá nhân, tổ chức đối với TTHC thuộc thẩm quyền giải quyết của tỉnh", "", "", "", "", ""],
  ["3.5.1", "Xử lý PAKN của cá nhân, tổ chức đối với TTHC thuộc thẩm quyền giải quyết của tỉnh", "Báo cáo UBND tỉnh về công tác kiểm soát TTHC của tỉnh", "100% số PAKN được xử lý hoặc kiến nghị xử lý", "Trong năm 2020", "Văn phòng UBND tỉnh", "Các sở, ban, ngành; UBND cấp huyện"],
  ["3.5.2", "Công khai kết quả trả lời PAKN của cá nhân, tổ chức đối với quy định  TTHC thuộc thẩm quyền giải quyết của tỉnh", "Báo cáo UBND tỉnh về công tác kiểm soát TTHC của tỉnh", "100% số PAKN được công khai trả lời đầy đủ trên các phương tiện thông tin đại chúng", "Trong năm 2020", "Văn phòng UBND tỉnh", "Các sở, ban, ngành; UBND cấp huyện"],
  ["4", "CẢI CÁCH TỔ CHỨC BỘ MÁY", "", "", "", "", ""],
  ["4.1", "Thực hiện quy định của Chính phủ và hướng dẫn của các bộ, ngành về tổ chức bộ máy", "", "", "", "", ""],
  ["4.1.1", "Sắp xếp tổ chức bộ máy và kiện toàn chức năng, nhiệm vụ của các cơ quan chuyên môn cấp tỉnh, các phòng chuyên môn cấp huyện", "Báo cáo CCHC năm của tỉnh hoặc báo cáo chuyên đề đánh giá về rà soát, kiện toàn tổ chức bộ máy trên địa bàn tỉnh", "100 % số cơ quan chuyên môn cấp tỉnh, phòng chuyên môn cấp huyện được quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức đúng quy định", "Trong năm 2020", "Sở Nội vụ", "Các sở, ban, ngành, UBND cấp huyện"],
  ["4.1.2", "Thực hiện quy định về cơ cấu số lượng lãnh đạo tại các cơ quan hành chính", "Báo cáo CCHC năm của tỉnh hoặc báo cáo thống kê về số lượng cấp phó của người đứng đầu tại các cơ quan, tổ chức thuộc phạm vi đánh giá", "- Thực hiện đúng quy định về cơ cấu số lượng lãnh đạo cấp sở và tương đương;\n- Số lượng lãnh đạo, quản lý của cơ quan, đơn vị thuộc và trực thuộc phải ít hơn so với số lượng công chức không giữ chức vụ lãnh đạo, quản lý.", "", "", ""],
  ["4.1.3", "Tỷ lệ giảm số lượng đơn vị sự nghiệp công lập so với năm 2015", "Báo cáo CCHC năm của tỉnh hoặc báo cáo thống kê về tình hình, kết quả sắp xếp, kiện toàn tổ chức bộ máy hành chính và đơn vị sự nghiệp công lập của tỉnh trong năm đánh giá", "Thực hiện giảm 10% số đơn vị sự nghiệp công lập trên toàn tỉnh giảm so với năm 2015", "Trong năm 2020", "Sở Nội vụ", "Các sở, ban, ngành, UBND cấp huyện"],
  ["4.2", "Thực hiện quy định về sử dụng biên chế được cấp có thẩm quyền giao", "", "", "", "", ""],
  ["4.2.1", "Thực hiện quy định về sử dụng biên chế hành chính", "Báo cáo CCHC năm hoặc báo cáo thống kê về tình hình, kết quả sử dụng biên chế trong năm đánh giá", "Số lượng biên chế hành chính của tỉnh đang sử dụng không vượt quá so với tổng số biên chế hành chính được giao", "Trong năm 2020", "Sở Nội vụ", "Các sở, ban, ngành, UBND cấp huyện"],
  ["4.2.2", "Thực hiện quy định về số lượng người làm việc trong các đơn vị sự nghiệp công lập của tỉnh", "Báo cáo CCHC năm của tỉnh hoặc báo cáo thống kê về tình hình, kết quả sử dụng biên chế trong năm đánh giá", "Sử dụng không vượt quá số lượng người làm việc được giao", "Trong năm 2020", "Sở Nội vụ", "Các sở, ban, ngành, UBND cấp huyện"],
  ["4.2.3", "Tỷ lệ giảm biên chế so với năm 2015", "Báo cáo CCHC năm của tỉnh hoặc báo cáo thống kê về tình hình, kết quả sử dụng biên chế trong năm đánh giá", "Đạt tỷ lệ 10%", "Trong năm 2020", "Sở Nội vụ", "Các sở, ban, ngành, UBND cấp huyện"],
  ["4.3", "Thực hiện phân cấp quản lý", "", "", "", "", ""],
  ["4.3.1", "Thực hiện các quy định về phân cấp quản lý do Chính phủ và các bộ, ngành ban hành", "Các văn bản triển khai quy định về phân cấp quản lý", "Thực hiện đầy đủ, đúng quy định các nhiệm vụ về phân cấp quản lý nhà nước theo đúng quy định tại Nghị quyết số 21/NQ-CP ngày 21/3/2016 của Chính phủ và các quy định khác của Chính phủ, các bộ, ngành về phân cấp quản lý nhà nước", "Trong năm 2020", "Sở Nội vụ; Sở Xây dựng; Sở Tài nguyên và Môi trường; Sở Kế hoạch và Đầu tư; Sở Tài chính", "Các sở, ban, ngành, UBND cấp huyện"],
  ["4.3.2", "Thực hiện kiểm tra, đánh giá định kỳ đối với các nhiệm vụ quản lý nhà nước đã phân cấp cho cấp huyện, cấp xã", "Báo cáo CCHC năm của tỉnh hoặc báo cáo kết quả kiểm tra đánh giá về tình hình thực hiện phân cấp quản lý nhà nước", "Thực hiện kiểm tra, giám sát, đánh giá định kỳ hàng năm đối với các nhiệm vụ quản lý nhà nước đã phân cấp cho cấp huyện, cấp xã theo quy định của Chính phủ", "Trong năm 2020", "Sở Nội vụ; Sở Xây dựng; Sở Tài nguyên và Môi trường; Sở Kế hoạch và Đầu tư; Sở Tài chính", "Các sở, ban, ngành, UBND cấp huyện"],
  ["4.3.3", "Xử lý các vấn đề về phân cấp phát hiện qua kiểm tra", "Các Thông báo kết luận kiểm tra; các văn bản đã xử lý những vấn đề phát hiện qua kiểm tra", "100% số vấn đề phát hiện qua kiểm tra được xử lý hoặc kiến nghị xử lý", "Trong năm 2020", "Sở Nội vụ; Sở Xây dựng; Sở Tài nguyên và Môi trường; Sở Kế hoạch và Đầu tư; Sở Tài chính", "Các sở, ban, ngành; UBND cấp huyện"],
  ["5", "XÂY DỰNG VÀ NÂNG CAO CHẤT LƯỢNG ĐỘI NGŨ CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC", "", "", "", "", ""],
  ["5.1", "Thực hiện cơ cấu công chức, viên chức theo vị trí việc làm", "", "", "", "", ""],
  ["5.1.1", "Tỷ lệ cơ quan, tổ chức hành chính của tỉnh bố trí công chức theo đúng vị trí việc làm được phê duyệt", "- Báo cáo CCHC năm của tỉnh;\n- Bản mô tả công việc; Khung năng lực của vị trí việc làm được phê duyệt.", "100% cơ quan, tổ chức, địa phương hoàn thành việc phê duyệt bản mô tả công việc và khung năng lực cho từng vị trí việc làm", "Trong năm 2020", "Sở Nội vụ", "Các sở, ban, ngành, UBND cấp huyện"],
  ["5.1.2", "Tỷ lệ đơn vị sự nghiệp thuộc tỉnh bố trí viên chức theo đúng vị trí việc làm được phê duyệt", "- Báo cáo CCHC năm của tỉnh;\n- Bản mô tả công việc; Khung năng lực của vị trí việc làm được phê duyệt.", "Phê duyệt danh mục vị trí việc làm, bản mô tả công việc và khung năng lực cho từng vị trí việc làm cho 100% đơn vị sự nghiệp công lập thuộc tỉnh và Cơ quan chuyên môn cấp tỉnh có đơn vị sự nghiệp trực thuộc", "Trong năm 2020", "Sở Nội vụ", "Các sở, ban, ngành"],
  ["5.2.1", "Thực hiện quy định về tuyển dụng công chức tại cơ quan chuyên môn cấp tỉnh, đơn vị hành chính cấp huyện, cấp xã", "Các văn bản liên quan đến tổ chức kỳ tuyển dụng hoặc báo cáo thống kê, tổng hợp của tỉnh về tình hình tổ chức triển khai và kết quả tuyển dụng công chức", "100% số cơ quan, đơn vị thực hiện đúng Luật Cán bộ, công chức và các văn bản hướng dẫn thi hành", "Trong năm 2020", "Sở Nội vụ", "Các sở, ban, ngành, UBND cấp huyện"],
  ["5.2.2", "Thực hiện quy định về tuyển dụng viên chức tại các đơn vị sự nghiệp công lập thuộc tỉnh", "Các văn bản liên quan đến tổ chức kỳ tuyển dụng hoặc báo cáo thống kê, tổng hợp của tỉnh về tình hình tổ chức triển khai và kết quả tuyển dụng viên chức", "Việc tuyển dụng viên chức tại 100% đơn vị sự nghiệp công lập (chỉ tính đơn vị sự nghiệp công lập thuộc UBND tỉnh, thuộc cơ quan chuyên môn cấp tỉnh) tuân thủ đúng trình tự, thủ tục và thời gian quy định tại Luật Viên chức và các văn bản hướng dẫn thi hành", "Trong năm 2020", "Sở Nội vụ", "Các sở, ban, ngành"],
  ["5.3", "Thi nâng ngạch công chức, thăng hạng viên chức theo thẩm quyền của tỉnh", "", "", "", "", ""],
  ["5.3.1", "Thực hiện quy định về thi nâng ngạch công chức", "Các văn bản liên quan đến tổ chức kỳ thi nâng ngạch hoặc báo cáo thống kê, tổng hợp của tỉnh về tình hình tổ chức triển khai và kết quả thi nâng ngạch công chức.", "Việc tổ chức thi nâng ngạch công chức theo thẩm quyền của tỉnh (hoặc được ủy quyền) phải tuân thủ đúng trình tự, thủ tục và thời gian quy định tại Luật Cán bộ, công chức và các văn bản hướng dẫn thi hành", "Trong năm 2020", "Sở Nội vụ", "Các sở, ban, ngành, UBND cấp huyện."],
  ["5.3.2", "Thực hiện quy định về thi, xét thăng hạng viên chức", "Các văn bản liên quan đến tổ chức kỳ thi xét/thăng hạng hoặc báo cáo thống kê, tổng hợp của tỉnh về tình hình tổ chức triển khai và kết quả thi/xét thăng hạng.", "Việc tổ chức thi, xét thăng hạng viên chức theo thẩm quyền của tỉnh phải tuân thủ đúng trình tự, thủ tục và thời gian quy định tại Luật Viên chức và các văn bản hướng dẫn thi hành", "", "", ""],
  ["5.4", "Thực hiện quy định về bổ nhiệm vị trí lãnh đạo tại các cơ quan hành chính", "- Các quyết định bổ nhiệm;\n- Báo cáo đánh giá kết quả việc bổ nhiệm các vị trí  lãnh đạo, quản lý trong năm.", "100% số lãnh đạo cấp sở và tương đương; số lãnh đạo cấp phòng thuộc sở và tương đương; số lãnh đạo cấp phòng thuộc UBND cấp huyện được bổ nhiệm đúng quy định", "Trong năm 2020", "Sở Nội vụ", "Các sở, ban, ngành, UBND cấp huyện."],
  ["5.5", "Thực hiện quy định về đánh giá, phân loại công chức, viên chức", "", "", "", "", ""],
  ["5.5.1", "Thực hiện trình tự, thủ tục đánh giá, phân loại công chức, viên chức theo quy định", "Báo cáo kết quả đánh giá, phân loại công chức, viên chức của tỉnh", "Thực hiện đánh giá, phân loại công chức, viên chức theo đúng quy định của Chính phủ và hướng dẫn của Bộ Nội vụ", "Trong năm 2020", "Sở Nội vụ", "Các sở, ban, ngành, UBND cấp huyện"],
  ["5.5.2", "Chấp hành kỷ luật, kỷ cương hành chính của cán bộ, công chức, viên chức", "Báo cáo CCHC năm của tỉnh hoặc báo cáo về tình hình chấp hành kỷ luật, kỷ cương hành chính của cán bộ, công chức, viên chức trong năm", "Trong năm không có cán bộ, công chức, viên chức làm việc tại cơ quan nhà nước cấp tỉnh, cấp huyện bị kỷ luật từ mức khiển trách trở lên; cán bộ, công chức cấp xã bị kỹ luật từ mức cảnh cáo trở lên", "Trong năm 2020", "Sở Nội vụ", "Các sở, ban, ngành, UBND cấp huyện"],
  ["5.6", "Mức độ hoàn thành kế hoạch đào tạo, bồi dưỡng cán bộ, công chức, viên chức (CBCCVC)", "Báo cáo công tác đào tạo, bồi dưỡng công chức, viên chức của tỉnh", "Hoàn thành 100% kế hoạch", "Trước ngày 31/01 năm sau", "Sở Nội vụ", "Các sở, ban, ngành, UBND cấp huyện"],
  ["5.7", "Cán bộ, công chức cấp xã", "", "", "", "", ""],
  ["5.7.1", "Tỷ lệ đạt chuẩn của công chức cấp xã", "Báo cáo CCHC năm của tỉnh hoặc báo cáo về kết quả đào tạo, bồi dưỡng CBCCVC của tỉnh", "100% công chức cấp xã đạt chuẩn", "Trong năm 2020", "Sở Nội vụ", "UBND cấp huyện; UBND cấp xã"],
  ["5.7.2", "Tỷ lệ đạt chuẩn của cán bộ cấp xã", "Báo cáo CCHC năm của tỉnh hoặc báo cáo về kết quả đào tạo, bồi dưỡng CBCCVC của tỉnh", "100% cán bộ cấp xã đạt chuẩn", "", "", ""],
  ["6", "CẢI CÁCH TÀI CHÍNH CÔNG", "", "", "", "", ""],
  ["6.1", "Tổ chức thực hiện công tác tài chính - ngân sách", "", "", "", "", ""],
  ["6.1.1", "Thực hiện giải ngân kế hoạch đầu tư vốn ngân sách nhà nước hàng năm", "Báo cáo tình hình thực hiện và giải ngân kế hoạch đầu tư vốn ngân sách nhà nước hàng năm của tỉnh", "Giải ngân 90% trở lên so với kế hoạch", "Trong năm 2020", "Sở Kế hoạch và Đầu tư", "Các sở, ban, ngành; UBND các huyện, thị xã, thành phố"],
  ["6.1.2", "Thực hiện cơ chế tự chủ về  sử dụng kinh phí quản lý hành chính tại cơ quan hành chính các cấp ở địa phương.", "Báo cáo kết quả thực hiện cơ chế tự chủ tại các cơ quan hành chính nhà nước của tỉnh.\nQuyết định của UBND tỉnh về giao quyền tự chủ về tài chính cho các địa phương, đơn vị", "Không có sai phạm về sử dụng kinh phí quản lý hành chính được phát hiện", "Trong năm 2020", "Sở Tài chính", ""],
  ["6.1.3", "Tổ chức thực hiện các kiến nghị các kiến nghị sau thanh tra, kiểm tra, kiểm toán nhà nước về tài chính, ngân sách", "Báo cáo kết quả thực hiện cơ chế tự chủ tại các cơ quan hành chính nhà nước của tỉnh.\nQuyết định của UBND tỉnh về giao quyền tự chủ về tài chính cho các địa phương, đơn vị", "100% các kiến nghị sau thanh tra, kiểm tra, kiểm toán được thực hiện", "Trong năm 2020", "Sở Tài chính", "Các sở, ban, ngành; UBND cấp huyện"],
  ["6.2", "Công tác quản lý, sử dụng tài sản công", "", "", "", "", ""],
  ["6.2.1", "Ban hành quy định về phân cấp quản lý tài sản công theo quy định của Luật Quản lý, sử dụng tài sản công", "Văn bản của tỉnh quy định về phân cấp quản lý tài sản công thuộc phạm vị quản lý", "Thực hiện đúng quy định tại Nghị định số 151/2017/NĐ-CP ngày 26/12/2017", "Trong năm 2020", "Sở Tài chính", "Các sở, ban, ngành; UBND cấp huyện"],
  ["6.2.2", "Ban hành tiêu chuẩn, định mức sử dụng diện tích chuyên dùng theo quy định tại Nghị định số 152/2017/NĐ-CP", "Văn bản của tỉnh quy định  tiêu chuẩn, định mức sử dụng diện tích chuyên dùng theo quy định tại Nghị định số 152//2017/NĐ-CP", "", "", "", ""],
  ["6.2.3", "Thực hiện quy định về sắp xếp lại, xử lý nhà, đất thuộc thẩm quyền quản lý", "Báo cáo tình hình sắp xếp lại, xử lý nhà, đất kèm theo văn bản phê duyệt phương án sắp xếp lại, xử lý nhà, đất được quy định tại Nghị định 167/2017/NĐ-CP ngày 31/12/2017", "Thực hiện đúng quy định tại Nghị định 167/2017/NĐ-CP", "", "", ""],
  ["6.2.4", "Kiểm tra việc thực hiện các quy định về quản lý tài sản công", "Báo cáo kết quả kiểm tra; Biên bản kiểm tra; Thông báo kết luận kiểm tra", "Thực hiện kiểm tra theo Nghị định 167/NĐ-CP ngày 31/12/2017", "Trong năm 2020", "Sở Tài chính", "Các sở, ban, ngành; UBND cấp huyện"],
  ["6.3", "Thực hiện cơ chế tự chủ, tự chịu trách nhiệm tại các đơn vị sự nghiệp công lập thuộc tỉnh", "", "", "", "", ""],
  ["6.3.1", "Số đơn vị sự nghiệp công lập tự bảo đảm chi thường xuyên", "Báo cáo kết quả thực hiện cơ chế tự chủ của tỉnh và các văn bản giao tự chủ tài chính", "Số đơn vị tăng so với năm 2019", "Trong năm 2020", "Sở Tài chính", "Các sở, ban, ngành; UBND cấp huyện"],
  ["6.3.2", "Số đơn vị sự nghiệp công lập tự bảo đảm một phần chi thường xuyên", "Báo cáo kết quả thực hiện cơ chế tự chủ tại các đơn vị sự nghiệp công lập của tỉnh và các văn bản giao tự chủ tài chính", "Số đơn vị tăng so với năm 2019", "", "", ""],
  ["6.3.3", "Thực hiện quy định về việc phân phối kết quả tài chính hoặc sử dụng kinh phí tiết kiệm chi thường xuyên trong năm tại các đơn vị sự nghiệp công lập", "Báo cáo kết quả thực hiện cơ chế tự chủ tại Các đơn vị sự nghiệp công lập của tỉnh", "100% đơn vị thực hiện đúng quy định về phân phối kết quả tài chính hoặc sử dụng kinh phí tiết kiệm chi thường xuyên trong năm", "", "", ""],
  ["6.3.4", "Tỷ lệ giảm chi trực tiếp ngân sách cho đơn vị sự nghiệp so với  năm 2015", "Báo cáo về việc số lượng đơn vị sự nghiệp tự đảm bảo chi thường xuyên và số lượng đơn vị sự nghiệp đảm bảo một phần chi thường xuyên năm 2020", "Giảm chi trực tiếp ngân sách cho đơn vị sự nghiệp so với năm 2015 từ 10% trở lên", "", "", ""],
  ["7", "HIỆN ĐẠI HÓA HÀNH CHÍNH", "", "", "", "", ""],
  ["7.1", "Ứng dụng công nghệ thông tin (CNTT) của tỉnh", "", "", "", "", ""],
  ["7.1.1", "Triển khai Kiến trúc Chính quyền điện tử của tỉnh", "Báo cáo kết quả ứng dụng CNTT của tỉnh", "Ban hành Kiến trúc Chính quyền điện tử và tổ chức triển khai, duy trì Kiến trúc theo quy định của Chính phủ, Bộ Thông tin và Truyền thông", "Trong năm 2020", "Sở Thông tin và Truyền thông", "Các sở, ban, ngành; UBND cấp huyện"],
  ["7.1.2", "Tỷ lệ văn bản trao đổi giữa các cơ quan hành chính nhà nước dưới dạng điện tử", "Báo cáo kết quả ứng dụng CNTT của tỉnh", "Tổng số văn bản trao đổi giữa các cơ quan hành chính nhà nước dưới dạng điện tử đạt 100% (trừ các văn bản mật)", "", "", "Các sở, ban, ngành; UBND cấp huyện; UBND cấp xã"],
  ["7.1.3", "Thực hiện kết nối, liên thông các (từ cấp tỉnh đến cấp xã)", "", "Phần mềm quản lý văn bản kết nối liên thông 4 cấp", "", "", ""],
  ["7.1.4", "Vận hành Hệ thống thông tin một cửa điện tử", "", "Hệ thống iGate kết nối liên thông tới 100% sở, ngành, huyện, xã", "", "", ""],
  ["7.1.5", "Xây dựng, vận hành Cổng dịch vụ công", "Báo cáo kết quả ứng dụng CNTT của tỉnh và tài liệu kiểm chứng khác (nếu có)", "Cổng dịch vụ công của tỉnh được xây dựng phải đáp ứng đầy đủ các chức năng, tính năng kỹ thuật theo quy định", "Trong năm 2020", "Sở Thông tin và Truyền thông", "Các sở, ban, ngành; UBND cấp huyện; UBND cấp xã"],
  ["7.1.6", "Xây dựng Hệ thống thông tin báo cáo cấp tỉnh", "Báo cáo kết quả ứng dụng CNTT của tỉnh và tài liệu kiểm chứng khác (nếu có)", "Hệ thống thông tin báo cáo phải đầy đủ chức năng, yêu cầu kỹ thuật và tuân thủ quy định của Chính phủ và hướng dẫn của Bộ Thông tin và Truyền thông", "", "Văn phòng UBND tỉnh", ""],
  ["7.2", "Cung cấp dịch vụ công trực tuyến", "", "", "", "", ""],
  ["7.2.1", "Tỷ lệ TTHC cung cấp trực tuyến mức độ 3, 4 có phát sinh hồ sơ trong năm", "Báo cáo kết quả ứng dụng CNTT của tỉnh và tài liệu kiểm chứng khác (nếu có)", "Từ 50% số TTHC trở lên cung cấp trực tuyến mức độ 3, 4 có phát sinh hồ sơ", "Trong năm 2020", "Sở Thông tin và Truyền thông", "Các sở, ban, ngành; UBND cấp huyện."],
  ["7.2.2", "Tỷ lệ hồ sơ TTHC được xử lý trực tuyến mức độ 3, 4 có phát sinh hồ sơ trong năm", "Báo cáo kết quả ứng dụng CNTT của tỉnh và tài liệu kiểm chứng khác (nếu có)", "Từ 20% số hồ sơ tiếp nhận trực tuyến trở lên so với tổng số hồ sơ đã tiếp nhận trong năm của các TTHC nêu trên (cả trực tuyến và truyền thống)", "", "", ""],
  ["7.3", "Thực hiện tiếp nhận hồ sơ, trả kết quả giải quyết TTHC qua dịch vụ bưu chính công ích (BCCI)", "", "", "", "", ""],
  ["7.3.1", "Tỷ lệ TTHC đã triển khai có phát sinh hồ sơ tiếp nhận/trả kết quả giải quyết qua dịch vụ BCCI", "Báo cáo kết quả thực hiện Quyết định 45/2016/QĐ-TTg của tỉnh và tài liệu kiểm chứng khác (nếu có)", "Từ 50% số TTHC trở lên có phát sinh hồ sơ", "Trong năm 2020", "Sở Thông tin và Truyền thông", "Các sở, ban, ngành; UBND cấp huyện; Bưu điện tỉnh"],
  ["7.3.2", "Tỷ lệ hồ sơ TTHC được tiếp nhận qua dịch vụ BCCI", "Báo cáo kết quả thực hiện Quyết định 45/2016/QĐ-TTg của tỉnh và tài liệu kiểm chứng khác (nếu có)", "Từ 10% số hồ sơ TTHC được tiếp nhận qua dịch vụ BCCI so với tổng số hồ sơ đã tiếp nhận trong năm (cả tiếp nhận qua dịch vụ BCCI và qua hình thức khác)", "Trong năm 2020", "Sở Thông tin và Truyền thông", "Các sở, ban, ngành; UBND cấp huyện; Bưu điện tỉnh"],
  ["7.3.3", "Tỷ lệ kết quả giải quyết TTHC được trả qua dịch vụ BCCI", "Báo cáo kết quả thực hiện Quyết định 45/2016/QĐ-TTg của tỉnh và tài liệu kiểm chứng khác (nếu có)", "Từ 10% số hồ sơ TTHC đã được trả kết quả giải quyết qua dịch vụ BCCI so với với tổng số hồ sơ đã trả kết quả giải quyết trong năm năm (bao gồm trả qua dịch vụ BCCI và trả qua hình thức khác)", "", "", ""],
  ["7.4", "Áp dụng Hệ thống quản lý chất lượng (ISO 9001) theo quy định", "", "", "", "", ""],
  ["7.4.1", "Tỷ lệ cơ quan chuyên môn cấp tỉnh, ĐVHC cấp huyện công bố ISO 9001 theo quy định", "Các quyết định công bố ISO hoặc báo cáo thống kê của Sở Khoa học và Công nghệ", "100% số cơ quan chuyên môn cấp tỉnh và ĐVHC cấp huyện đã công bố Hệ thống quản lý chất lượng ISO 9001:2008 hoặc 9001:2015", "Trong năm 2020", "Sở Khoa học và Công nghệ", "Các sở, ban, ngành; UBND cấp huyện"],
  ["7.4.2", "Tỷ lệ cơ quan chuyên môn cấp tỉnh, ĐVHC cấp huyện thực hiện đúng việc duy trì, cải tiến ISO 9001 theo quy định", "Các Báo cáo ISO  hoặc Báo cáo kết quả thực hiện ISO của Sở khoa học và Công nghệ", "100% số cơ quan, đơn vị thực hiện đúng quy trình ISO so với tổng số cơ quan đã công bố ISO", "", "", ""],
  ["8", "TÁC ĐỘNG CỦA CCHC ĐẾN NGƯỜI DÂN, TỔ CHỨC VÀ PHÁT TRIỂN KINH TẾ - XÃ HỘI CỦA TỈNH", "", "", "", "", ""],
  ["8.1", "Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước trên địa bàn tỉnh (Chỉ số SIPAS)", "", "", "", "", ""],
  ["8.1.1", "Chỉ số hài lòng về tiếp cận dịch vụ", "Bố trí kinh phí, đầu tư trang bị và nâng cấp các thiết bị làm việc tại Bộ phận một cửa các cấp", "Trung tâm phục vụ hành chính công tỉnh, 100% Bộ phận Tiếp nhận và Trả kết quả cấp huyện, cấp xã đáp ứng yêu cầu:\n- Biển hiệu Bộ phận Tiếp nhận và Trả kết quả rõ ràng, dễ thấy;\n- Bố trí đầy đủ ghế ngồi cho người dân, tổ chức;\n- Trang thiết bị phục vụ cho người dân tổ chức đầy đủ;\n- Trang thiết bị phục vụ cho người dân tổ chức dễ sử dụng.", "Trong năm", "Văn phòng UBND tỉnh, UBND cấp huyện; UBND cấp xã", "Các sở, ban, ngành"],
  ["8.1.2", "Chỉ số hài lòng về TTHC", "- Định kỳ 6 tháng tổ chức đối thoại với cá nhân, tổ chức về TTHC, giải quyết TTHC;\n- Thanh tra, kiểm tra việc giải quyết TTHC, quy trình nghiệp vụ của cán bộ, công chức tham gia giải quyết TTHC", "- Quy định TTHC được niêm yết công khai đầy đủ, dễ thấy;\n- Thành phần  hồ sơ TTHC yêu cầu nộp  đúng quy định;\n- Mức phí/lệ phí yêu cầu nộp đúng quy định;\n- Thời hạn giải quyết hồ sơ TTHC đúng quy định.", "Thường xuyên", "Văn phòng UBND tỉnh", "Các sở, ban, ngành, UBND cấp huyện; UBND cấp xã"],
  ["8.1.3", "Chỉ số hài lòng về công chức", "- Bố trí, sắp xếp cán bộ, công chức có năng lực chuyên môn và tinh thần, thái độ phục vụ, kỹ năng giao tiếp tốt tại Trung tâm phục vụ Hành chính công tỉnh và Bộ phận Tiếp nhận và Trả kết quả các cấp;\n- Tổ chức tập huấn nâng cao chuyên môn, kỹ năng giao tiếp cho cán bộ, công chức tại Trung tâm phục vụ Hành chính công tỉnh và Bộ phận Tiếp nhận và Trả kết quả các cấp.", "- Công chức có thái độ giao tiếp lịch sự;\n- Công chức chăm chú lắng nghe;\n- Công chức trả lời, giải thích đầy đủ;\n- Công chức hướng dẫn kê khai hồ sơ dễ hiểu;\n- Công chức hướng dẫn kê khai hồ sơ 01 lần là có thể hoàn thiện hồ sơ;\n- Công chức giải quyết công việc đúng quy định;\n- Công chức tận tình giúp đỡ.", "Trong năm 2020", "Văn phòng UBND tỉnh; Sở Nội vụ", "Các sở, ban, ngành, UBND cấp huyện; UBND cấp xã"],
  ["8.1.4", "Chỉ số Hài lòng về kết quả cung ứng dịch vụ", "Tổ chức đánh giá chất lượng giải quyết TTHC theo Nghị định 61/2018/NĐ-CP", "Kết quả cung ứng dịch vụ cho người dân/tổ chức phải đúng theo quy định và thể hiện đầy đủ, chính xác các thông tin", "Thường xuyên", "Văn phòng UBND tỉnh", "Các sở, ban, ngành, UBND cấp huyện; UBND cấp xã"],
  ["8.1.5", "Chỉ số hài lòng về tiếp nhận, xử lý ý kiến góp ý phản ánh, kiến nghị", "Công khai tất cả PAKN về TTHC do tỉnh tiếp nhận trực tiếp và các PAKN do Văn phòng Chính phủ, các bộ, ngành Trung ương tiếp nhận và yêu cầu tỉnh giải quyết", "Khi nhận được góp ý, phản ánh, kiến nghị phải xử lý và thông báo kết quả cho người phản ánh kịp thời và đầy đủ thông tin", "Thường xuyên", "Văn phòng UBND tỉnh", "Các sở, ban, ngành, UBND cấp huyện; UBND cấp xã"],
  ["8.2", "Mức độ thu hút đầu tư của tỉnh", "Báo cáo tình hình phát triển kinh tế - xã hội của tỉnh trong năm", "Tổng số vốn thu hút đầu tư của tỉnh trong năm (đơn vị tính là: tỷ đồng) cao hơn so với năm 2019", "Trong năm 2020", "Sở Kế hoạch và Đầu tư", "Các sở, ban, ngành, UBND cấp huyện"],
  ["8.3", "Mức độ phát triển doanh nghiệp của tỉnh", "", "", "", "", ""],
  ["8.3.1", "Tỷ lệ doanh nghiệp thành lập mới trong năm 2020", "Báo cáo tình hình phát triển kinh tế - xã hội của tỉnh trong năm", "Tổng số doanh nghiệp thành lập mới tăng từ 20% trở lên  so với năm 2019", "Trong năm 2020", "Sở Kế hoạch và Đầu tư", "Các sở, ban, ngành, UBND cấp huyện"],
  ["8.3.2", "Tỷ lệ đóng góp của khu vực doanh nghiệp vào thu ngân sách của tỉnh", "Báo cáo kết quả thực hiện ngân sách nhà nước của tỉnh", "Tỷ lệ đóng góp vào thu ngân sách tỉnh của khu vực doanh nghiệp trong năm đánh giá tăng hơn so với năm 2019", "Trong năm 2020", "Sở Tài chính", "Các sở, ban, ngành, UBND cấp huyện"],
  ["8.4", "Thực hiện thu ngân sách hàng năm của tỉnh theo Kế hoạch được Chính phủ giao", "Báo cáo tình hình phát triển kinh tế - xã hội của tỉnh trong năm", "Thu ngân sách của tỉnh trong năm vượt chỉ tiêu được Chính phủ giao", "Trong năm 2020", "Sở Tài chính", "Các sở, ban, ngành, UBND cấp huyện"],
  ["8.5", "Tỷ lệ tăng tổng sản phẩm trên địa bàn tỉnh (GRDP)", "Báo cáo tình hình phát triển kinh tế - xã hội của tỉnh trong năm", "Tỷ lệ GRDP của tỉnh tăng cao hơn so với năm 2019", "", "Sở Kế hoạch và Đầu tư", ""],
  ["8.6", "Mức độ thực hiện các chỉ tiêu phát triển kinh tế - xã hội do HĐND tỉnh giao", "Báo cáo tình hình phát triển kinh tế - xã hội của tỉnh trong năm", "Các chỉ tiêu phát triển kinh tế - xã hội đạt và vượt  chỉ tiêu do HĐND tỉnh giao", "", "", ""],
];

const OUT_DIR = join(__dirname, '..', 'examples');
/** Fixed workbook dates keep rebuilt files comparable. */
const BUILD_DATE = new Date(Date.UTC(2020, 7, 15, 8, 0, 0));

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
const BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const FONT = 'Times New Roman';

function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Sở Nội vụ tỉnh Đắk Lắk';
  wb.created = BUILD_DATE;
  wb.modified = BUILD_DATE;
  return wb;
}

function codeDepth(code: string): number {
  return code === '' ? 0 : code.split('.').length;
}

function setFont(ws: ExcelJS.Worksheet, size: number): void {
  ws.eachRow((row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.font = { name: FONT, size, ...cell.font };
    });
  });
}

/** Title block every annex of the plan starts with. */
function letterhead(ws: ExcelJS.Worksheet, lastCol: string, annex: string, title: string): void {
  ws.getCell('A1').value = 'UBND TỈNH ĐẮK LẮK';
  ws.getCell('A1').font = { bold: true };
  ws.mergeCells(`A2:${lastCol}2`);
  ws.getCell('A2').value = annex;
  ws.getCell('A2').font = { bold: true };
  ws.getCell('A2').alignment = { horizontal: 'center' };
  ws.mergeCells(`A3:${lastCol}3`);
  ws.getCell('A3').value = title;
  ws.getCell('A3').font = { bold: true };
  ws.getCell('A3').alignment = { horizontal: 'center', wrapText: true };
  ws.mergeCells(`A4:${lastCol}4`);
  ws.getCell('A4').value = '(Ban hành kèm theo Kế hoạch số       /KH-UBND ngày      /8/2020 của Chủ tịch UBND tỉnh Đắk Lắk)';
  ws.getCell('A4').font = { italic: true };
  ws.getCell('A4').alignment = { horizontal: 'center' };
}

function headerRow(ws: ExcelJS.Worksheet, rowNumber: number, headers: readonly string[]): void {
  const row = ws.getRow(rowNumber);
  headers.forEach((text, i) => {
    const cell = row.getCell(i + 1);
    cell.value = text;
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = BOX;
  });
  row.height = 48;
}

/** Points the way they are typed: most as numbers, the listed cells as text with a decimal comma. */
function pointValue(text: string, asText: boolean): ExcelJS.CellValue {
  if (text === '') return null;
  return asText ? text.replace('.', ',') : Number(text);
}

/**
 * Cells a Vietnamese-locale officer pasted as text ("0,78"): the checker must read them as numbers
 * (and may say they are text). Keyed by code, then column (3 max, 4 score, 5 target).
 */
const TEXT_POINTS: Readonly<Record<string, readonly number[]>> = {
  '2.4.1': [4],
  '4.1.3': [5],
  '7.2.2': [4],
};

/** Agency cells of Phụ lục I printed once for a run of rows (merged in the source layout). */
export const SCORE_LEAD_MERGES: readonly (readonly [string, string])[] = [['4.3.1', '4.3.3']];

function buildPhuLucI(): ExcelJS.Workbook {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('Phụ lục I');
  letterhead(ws, 'F', 'Phụ lục I', 'MỤC TIÊU PHẤN ĐẤU CHỈ SỐ PAR INDEX VÀ CHỈ SỐ SIPAS NĂM 2020');
  const HEADER = 6;
  headerRow(ws, HEADER, [
    'STT',
    'Lĩnh vực/Tiêu chí/Tiêu chí\nthành phần',
    'Điểm\ntối đa',
    'Điểm\nnăm 2019',
    'Mục tiêu\nnăm 2020',
    'Chủ trì tham mưu',
  ]);
  const rowOf = new Map<string, number>();
  PHU_LUC_I.forEach(([code, name, max, score, target, lead], i) => {
    const r = HEADER + 1 + i;
    const row = ws.getRow(r);
    const depth = codeDepth(code);
    const textCols = TEXT_POINTS[code] ?? [];
    // Area numbers are typed as plain numbers; deeper codes in a Text-formatted column.
    row.getCell(1).value = depth === 1 ? Number(code) : code === '' ? null : code;
    row.getCell(2).value = name;
    row.getCell(3).value = pointValue(max, textCols.includes(3));
    row.getCell(4).value = pointValue(score, textCols.includes(4));
    row.getCell(5).value = pointValue(target, textCols.includes(5));
    row.getCell(6).value = lead === '' ? null : lead;
    const isTotal = code === '';
    for (let c = 1; c <= 6; c++) {
      const cell = row.getCell(c);
      cell.border = BOX;
      cell.alignment = { vertical: 'middle', wrapText: c === 2 || c === 6, horizontal: c === 2 || c === 6 ? 'left' : 'center' };
      if (depth === 1 || isTotal) cell.font = { bold: true };
      if (depth === 3 && c === 2) cell.font = { italic: true };
    }
    if (isTotal) {
      for (const c of [3, 4, 5]) row.getCell(c).numFmt = '0.00';
    }
    rowOf.set(code, r);
  });
  for (const [first, last] of SCORE_LEAD_MERGES) ws.mergeCells(`F${rowOf.get(first)}:F${rowOf.get(last)}`);
  ws.getColumn(1).width = 7;
  ws.getColumn(2).width = 55;
  for (const c of [3, 4, 5]) ws.getColumn(c).width = 10;
  ws.getColumn(6).width = 30;
  ws.getColumn(1).numFmt = '@';
  setFont(ws, 12);
  return wb;
}

/**
 * Phụ lục II rows whose deadline, lead and implementers were printed once for a run of rows
 * (the plan leaves the later rows empty): merged here as the officer's sheet has them.
 * [first code, last code, first column, last column] with columns 5 deadline .. 7 implementers.
 */
export const TASK_MERGES: readonly (readonly [string, string, number, number])[] = [
  ['1.4.1', '1.4.2', 7, 7],
  ['3.2.1', '3.2.3', 7, 7],
  ['4.1.1', '4.1.2', 5, 7],
  ['5.3.1', '5.3.2', 5, 7],
  ['5.7.1', '5.7.2', 5, 7],
  ['6.2.3', '6.2.4', 5, 7],
  ['6.3.1', '6.3.4', 5, 7],
  ['7.1.1', '7.1.4', 5, 6],
  ['7.1.2', '7.1.4', 7, 7],
  ['7.2.1', '7.2.2', 5, 7],
  ['7.3.2', '7.3.3', 5, 7],
  ['7.4.1', '7.4.2', 5, 7],
  ['8.5', '8.6', 6, 6],
];

function buildPhuLucII(): ExcelJS.Workbook {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('Phụ lục II');
  letterhead(ws, 'G', 'Phụ lục II', 'PHÂN CÔNG THỰC HIỆN KẾ HOẠCH CẢI THIỆN CHỈ SỐ PAR INDEX VÀ CHỈ SỐ SIPAS NĂM 2020');
  const HEADER = 6;
  headerRow(ws, HEADER, ['STT', 'Lĩnh vực', 'Sản phẩm', 'Yêu cầu chất lượng', 'Thời gian\nhoàn thành', 'Chủ trì', 'Thực hiện']);
  const rowOf = new Map<string, number>();
  PHU_LUC_II.forEach((cells, i) => {
    const r = HEADER + 1 + i;
    const row = ws.getRow(r);
    const code = cells[0].trim();
    const isArea = codeDepth(code) === 1;
    row.getCell(1).value = code;
    cells.slice(1).forEach((text, j) => {
      row.getCell(j + 2).value = text === '' ? null : text;
    });
    if (isArea) ws.mergeCells(`B${r}:G${r}`);
    for (let c = 1; c <= 7; c++) {
      const cell = row.getCell(c);
      cell.border = BOX;
      cell.alignment = { vertical: 'top', wrapText: true, horizontal: c === 1 ? 'center' : 'left' };
      if (isArea) cell.font = { bold: true };
    }
    rowOf.set(code, r);
  });
  for (const [first, last, c1, c2] of TASK_MERGES) {
    const top = rowOf.get(first);
    const bottom = rowOf.get(last);
    if (top === undefined || bottom === undefined) throw new Error(`unknown task code in merge ${first}-${last}`);
    for (let c = c1; c <= c2; c++) {
      // The plan prints the shared text on the first row or the last one: keep whichever holds it.
      const texts = [];
      for (let r = top; r <= bottom; r++) {
        const v = ws.getRow(r).getCell(c).value;
        if (v !== null && v !== undefined) texts.push(v);
        ws.getRow(r).getCell(c).value = null;
      }
      ws.mergeCells(top, c, bottom, c);
      ws.getRow(top).getCell(c).value = texts[0] ?? null;
    }
  }
  const widths = [7, 40, 35, 40, 14, 20, 28];
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.getColumn(1).numFmt = '@';
  setFont(ws, 12);
  return wb;
}

/**
 * A small score table with deliberate mistakes, one of each kind the checker must catch:
 * unknown codes (9.1, and 1.8 under an area whose six criteria already fill its 8.5 points), a
 * duplicated code, a maximum that differs from the criteria set, a score above
 * its maximum, numbers typed as text, a note that starts with "=" (formula injection: it must stay
 * text), a criterion with no lead agency, and stated subtotals that do not add up.
 */
const MESSY: readonly (readonly [string | number, string, string | number | null, string | number | null, string | number | null, string | null, string | null])[] = [
  [1, 'CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CCHC', 8.5, 6.5, 8, null, null],
  ['1.1', 'Thực hiện Kế hoạch CCHC năm', 1.5, 1.5, 1.5, 'Sở Nội vụ', null],
  ['1.2', 'Thực hiện chế độ báo cáo CCHC định kỳ', 0.5, 0, 0.5, 'SNV', null],
  ['1.3', 'Kiểm tra CCHC', 2.5, 2, 2, 'Sở Nội Vụ', 'Tối đa ghi nhầm (đúng là 2)'],
  ['1.4', 'Công tác tuyên truyền CCHC', 1, 1.5, 1, 'Sở Nội vụ', 'Điểm vượt tối đa'],
  ['1.5', 'Sáng kiến hoặc giải pháp mới trong cải cách hành chính', '2', '1,5', '2', 'Sở Nội vụ', 'Số nhập dạng văn bản'],
  ['1.6', 'Thực hiện các nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao', 1.5, 0.5, 1, 'VP UBND tỉnh', null],
  ['1.8', 'Đánh giá nội bộ của tỉnh', 1, 0.5, 1, 'Sở Nội vụ', 'Tiêu chí tự thêm'],
  [2, 'XÂY DỰNG VÀ TỔ CHỨC THỰC HIỆN VĂN BẢN QUY PHẠM PHÁP LUẬT TẠI TỈNH', 10, 8.66, 9.4, null, null],
  ['2.1', 'Theo dõi thi hành pháp luật (TDTHPL)', 2, 2, 2, 'Sở Tư pháp', null],
  ['2.2', 'Xử lý VBQPPL sau rà soát, hệ thống hóa', 1.5, 1.5, 1.5, 'Sở Tư pháp', "=cmd|' /C calc'!A0"],
  ['2.2', 'Xử lý VBQPPL sau rà soát, hệ thống hóa', 1.5, 1.5, 1.5, 'Sở Tư pháp', 'Dòng nhập trùng'],
  ['2.3', 'Xử lý văn bản phát hiện sai phạm qua kiểm tra', 1.5, '1.5', 1.5, null, 'Chưa giao cơ quan chủ trì'],
  ['2.4', 'Tác động của cải cách đến chất lượng VB QPPL do tỉnh ban hành', 5, 3.66, 4.4, 'Sở Tư pháp', null],
  ['2.4.1', 'Tính đồng bộ, thống nhất của hệ thống VBQPPL thuộc phạm vi quản lý Nhà nước của tỉnh', 1, 0.78, 0.9, 'Sở Tư pháp', null],
  ['2.4.2', 'Tính hợp lý của các VBQPPL thuộc phạm vi quản lý Nhà nước của tỉnh', 1, 0.79, 0.9, 'Sở Tư pháp', null],
  ['2.4.3', 'Tính khả thi của các VBQPPL thuộc phạm vi quản lý Nhà nước của tỉnh', 1.5, 1.04, 1.3, 'Sở Tư pháp', null],
  ['2.4.4', 'Tính kịp thời trong việc phát hiện và xử lý các bất cập, vướng mắc trong tổ chức thực hiện VBQPPL', 1.5, 1.05, 1.3, 'Sở Tư pháp', null],
  ['9.1', 'Mức độ hài lòng của doanh nghiệp', 1, 0.75, 1, 'Sở Kế hoạch và Đầu tư', 'Mã không có trong bộ tiêu chí'],
  ['', 'TỔNG CỘNG', 18.5, 15.16, 17.4, null, null],
];

function buildMessy(): ExcelJS.Workbook {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('Bảng điểm');
  ws.mergeCells('A1:G1');
  ws.getCell('A1').value = 'BẢNG THEO DÕI ĐIỂM CHỈ SỐ CCHC NĂM 2020 (bản nháp)';
  ws.getCell('A1').font = { bold: true };
  const HEADER = 3;
  headerRow(ws, HEADER, ['STT', 'Tiêu chí', 'Điểm tối đa', 'Điểm năm 2019', 'Mục tiêu năm 2020', 'Chủ trì', 'Ghi chú']);
  MESSY.forEach((values, i) => {
    const row = ws.getRow(HEADER + 1 + i);
    values.forEach((v, c) => {
      const cell = row.getCell(c + 1);
      // A plain string is stored as text by exceljs, so the "=cmd|..." note stays inert text.
      cell.value = v === '' ? null : v;
      cell.border = BOX;
      cell.alignment = { vertical: 'top', wrapText: c === 1 || c === 6 };
    });
    if (typeof values[0] === 'number' || values[0] === '') row.font = { bold: true };
  });
  const widths = [7, 50, 10, 10, 10, 18, 30];
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  return wb;
}

async function main(): Promise<void> {
  mkdirSync(OUT_DIR, { recursive: true });
  const books: readonly [string, ExcelJS.Workbook][] = [
    ['daklak-2020-phu-luc-i.xlsx', buildPhuLucI()],
    ['daklak-2020-phu-luc-ii.xlsx', buildPhuLucII()],
    ['messy-score-table.xlsx', buildMessy()],
  ];
  for (const [file, wb] of books) {
    const path = join(OUT_DIR, file);
    // The zip entries carry the current time: pin them so an unchanged example rebuilds byte for byte.
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    zip.forEach((_, entry) => {
      entry.date = BUILD_DATE;
    });
    writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    process.stdout.write(`${path}\n`);
  }
}

// Run as a script only: the corpus build (scripts/build-corpus.ts) imports the rows above.
if (require.main === module) {
  main().catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  });
}
