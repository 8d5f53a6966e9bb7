/**
 * Tables typed by hand the way officers of other provinces lay them out, none copied from a source
 * plan's annex: they judge the reader on layouts the seed tables do not show. Their wording is the
 * plans' own (criterion names of Quyết định 876/QĐ-BNV, agency and deadline spellings of the
 * plans, the 2023 area results of Kế hoạch số 152/KH-UBND of Vĩnh Phúc); titles name no province.
 * Every cell is written here as it sits in the sheet, row by row: what the reader must make of
 * them is written, also by hand, in test/corpus/held-out.expectations.ts.
 */
import ExcelJS from 'exceljs';

export type HandCell = string | number | null;

export interface HandTable {
  /** File name in test/corpus/, without .xlsx. */
  readonly name: string;
  readonly sheet: string;
  /** 1-based sheet row -> cells from column A. */
  readonly rows: Readonly<Record<number, readonly HandCell[]>>;
  readonly merges: readonly string[];
  /** 1-based columns the officer hid. */
  readonly hidden: readonly number[];
  readonly widths: readonly number[];
}

/**
 * A self-assessment summary by area (2022-2030 methodology) under a two-line letterhead and a
 * two-line title: the header on rows 5-6, "Điểm" merged over "Tối đa / Tự chấm / Chỉ tiêu", a
 * narrow blank column between the area names and the points, a column-number row, areas as
 * "I." … "VIII.", some points typed as text with a decimal comma, and notes and a signature under
 * the total.
 */
const SELF_ASSESSMENT: HandTable = {
  name: 'tu-cham-2023-diem-gop',
  sheet: 'Tự chấm 2023',
  rows: {
    1: ['ỦY BAN NHÂN DÂN TỈNH\nSỞ NỘI VỤ', null, null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc'],
    3: ['BẢNG TỔNG HỢP KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2023\nVÀ CHỈ TIÊU PHẤN ĐẤU NĂM 2024'],
    4: ['(Kèm theo Báo cáo số       /BC-SNV ngày     /6/2024 của Sở Nội vụ)'],
    5: ['TT', 'Lĩnh vực, tiêu chí', null, 'Điểm', null, null, 'Cơ quan chủ trì'],
    6: [null, null, null, 'Tối đa', 'Tự chấm', 'Chỉ tiêu', null],
    7: ['(1)', '(2)', null, '(3)', '(4)', '(5)', '(6)'],
    8: ['I.', 'Công tác chỉ đạo, điều hành cải cách hành chính', null, '9,5', '8,82', 9.5, 'Sở Nội vụ'],
    9: ['II.', 'Cải cách thể chế', null, 10, 8.53, 9.39, 'Sở Tư pháp'],
    10: ['III.', 'Cải cách thủ tục hành chính', null, 13, 12.07, 13, 'Văn phòng UBND tỉnh'],
    11: ['IV.', 'Cải cách tổ chức bộ máy hành chính nhà nước', null, 10.5, '9,64', 9.1, 'Sở Nội vụ'],
    12: ['V.', 'Cải cách chế độ công vụ', null, 15, 12.54, 14.05, 'Sở Nội vụ'],
    13: ['VI.', 'Cải cách tài chính công', null, 12, 10.37, 10.85, 'Sở Tài chính'],
    14: ['VII.', 'Xây dựng và phát triển Chính quyền điện tử, Chính quyền số', null, 13.5, 11.66, 13.4, 'Sở Thông tin và Truyền thông'],
    15: ['VIII.', 'Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế - xã hội', null, 16.5, 12.82, null, 'Sở Kế hoạch và Đầu tư'],
    16: [null, 'TỔNG CỘNG', null, 100, '86,44', null, null],
    18: [null, 'Ghi chú:'],
    19: [null, '- Điểm tối đa các lĩnh vực theo Quyết định số 876/QĐ-BNV ngày 10/11/2022 của Bộ Nội vụ.'],
    20: [null, '- Lĩnh vực VIII gồm Chỉ số SIPAS (8,32 điểm) và các chỉ tiêu phát triển kinh tế - xã hội (4,50 điểm).'],
    22: [null, 'NGƯỜI LẬP BIỂU', null, null, null, 'GIÁM ĐỐC'],
  },
  merges: ['A1:C1', 'E1:G1', 'A3:G3', 'A4:G4', 'A5:A6', 'B5:B6', 'C5:C6', 'D5:F5', 'G5:G6', 'F22:G22'],
  hidden: [],
  widths: [7, 55, 2, 9, 9, 9, 28],
};

/**
 * A task plan (2022-2030 methodology) whose TT column mixes area numerals "I.", criterion codes
 * "1.1" and "3.2.2", item numbers "1." and "2." (the code then written in the criterion cell as
 * "Tiêu chí 2.1: …") and tasks lettered "a)", "b)" under a criterion row; lead cells list an
 * agency with a group.
 */
const MIXED_NUMBERING: HandTable = {
  name: 'nhiem-vu-2024-tt-hon-hop',
  sheet: 'Nhiệm vụ 2024',
  rows: {
    1: ['PHỤ LỤC'],
    2: ['NHIỆM VỤ TRỌNG TÂM NÂNG CAO CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024'],
    3: ['(Kèm theo Kế hoạch số       /KH-UBND ngày     /01/2024 của UBND tỉnh)'],
    5: ['TT', 'Tiêu chí, tiêu chí thành phần', 'Nhiệm vụ, giải pháp', 'Đơn vị chủ trì, thực hiện', 'Đơn vị phối hợp', 'Thời gian hoàn thành'],
    6: ['I.', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH'],
    7: ['1.1', 'Thực hiện kế hoạch cải cách hành chính', 'Ban hành và tổ chức thực hiện 100% nhiệm vụ trong Kế hoạch cải cách hành chính năm 2024', 'Sở Nội vụ; các sở, ban, ngành', 'UBND các huyện, thành phố', 'Trong năm 2024'],
    8: ['1.3', 'Kiểm tra cải cách hành chính'],
    9: ['a)', null, 'Kiểm tra công tác cải cách hành chính tại ít nhất 30% cơ quan chuyên môn cấp tỉnh và đơn vị hành chính cấp huyện', 'Sở Nội vụ', 'Các sở, ban, ngành; UBND các huyện, thành phố', 'Quý III/2024'],
    10: ['b)', null, 'Xử lý hoặc kiến nghị xử lý 100% vấn đề phát hiện qua kiểm tra', 'Các cơ quan, đơn vị được kiểm tra', 'Sở Nội vụ', 'Quý IV/2024'],
    11: ['II.', 'CẢI CÁCH THỂ CHẾ'],
    12: ['1.', 'Tiêu chí 2.1: Theo dõi thi hành pháp luật', 'Kiểm tra tình hình thi hành pháp luật; điều tra, khảo sát tình hình thi hành pháp luật', 'Sở Tư pháp', 'Các sở, ban, ngành; UBND các huyện, thành phố', 'Quý IV/2024'],
    13: ['2.', 'Tiêu chí 2.2: Rà soát văn bản quy phạm pháp luật', 'Công bố danh mục văn bản quy phạm pháp luật hết hiệu lực, ngưng hiệu lực kịp thời, đúng quy định', 'Sở Tư pháp', 'Các sở, ban, ngành', 'Tháng 01/2024'],
    14: ['III.', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH'],
    15: ['3.2.2', 'Công khai thủ tục hành chính và các quy định có liên quan', '100% thủ tục hành chính được công khai đầy đủ, kịp thời trên Cổng dịch vụ công của tỉnh', 'Văn phòng UBND tỉnh', 'Sở Thông tin và Truyền thông', 'Thường xuyên'],
    16: ['3.4', 'Kết quả giải quyết hồ sơ thủ tục hành chính'],
    17: ['a)', null, 'Giải quyết hồ sơ thủ tục hành chính đúng hạn đạt 100%', 'Các sở, ban, ngành; UBND các huyện, thành phố', 'Văn phòng UBND tỉnh', 'Trong năm 2024'],
    18: ['b)', null, 'Không yêu cầu bổ sung hồ sơ quá 01 lần trong giải quyết thủ tục hành chính', 'Các sở, ban, ngành;\nUBND các huyện, thành phố;\nUBND các xã, phường, thị trấn', null, 'Trong năm 2024'],
  },
  merges: ['A1:F1', 'A2:F2', 'A3:F3'],
  hidden: [],
  widths: [7, 40, 60, 28, 28, 14],
};

/**
 * A task plan without criterion codes: areas "I" … "III", tasks numbered 1, 2 again in each, a
 * hidden column where the Sở Nội vụ notes who follows each task, a lead cell that goes on into what
 * the lead must do, and a note under the table.
 */
const NO_CODES: HandTable = {
  name: 'phan-cong-2024-don-vi-thuc-hien',
  sheet: 'Phân công',
  rows: {
    1: ['KẾ HOẠCH TRIỂN KHAI NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024'],
    2: ['(Ban hành kèm theo Quyết định số       /QĐ-UBND ngày     /01/2024 của UBND tỉnh)'],
    4: ['STT', 'Nội dung nhiệm vụ', 'Sản phẩm', 'Đơn vị chủ trì, thực hiện', 'Đơn vị phối hợp', 'Cán bộ theo dõi', 'Thời gian hoàn thành', 'Ghi chú'],
    5: ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH'],
    6: [1, 'Xây dựng, ban hành Kế hoạch cải cách hành chính năm 2024 của tỉnh', 'Kế hoạch của UBND tỉnh', 'Sở Nội vụ', 'Các sở, ban, ngành; UBND các huyện, thành phố', 'Đ/c Lan - Phòng CCHC', 'Tháng 01/2024', null],
    7: [
      2,
      'Tổ chức Hội thi tìm hiểu về cải cách hành chính năm 2024',
      'Hội thi được tổ chức; báo cáo kết quả',
      'Sở Nội vụ chủ trì, tham mưu UBND tỉnh ban hành Kế hoạch tổ chức Hội thi\nHội thi cấp tỉnh dành cho cán bộ, công chức, viên chức và người dân',
      'Sở Thông tin và Truyền thông; Đài Phát thanh và Truyền hình tỉnh',
      'Đ/c Minh - Phòng CCHC',
      'Quý III/2024',
      null,
    ],
    8: ['II', 'CẢI CÁCH THỂ CHẾ'],
    9: [1, 'Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành', 'Quyết định công bố kết quả rà soát', 'Sở Tư pháp', 'Các sở, ban, ngành', 'Đ/c Hà - Phòng CCHC', 'Quý IV/2024', null],
    10: [2, 'Tự kiểm tra, xử lý văn bản quy phạm pháp luật trái pháp luật', 'Báo cáo kết quả', 'Sở, ban, ngành; UBND các huyện, thành phố', 'Sở Tư pháp', 'Đ/c Hà - Phòng CCHC', 'Thường xuyên', null],
    11: ['III', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH'],
    12: [1, 'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính theo quy định', 'Hồ sơ được số hóa', 'Trung tâm Phục vụ hành chính công tỉnh; UBND các huyện, thành phố', 'Sở Thông tin và Truyền thông', 'Đ/c Lan - Phòng CCHC', 'Trong năm 2024', 'Thực hiện theo Đề án 06'],
    13: [2, 'Công khai tiến độ, kết quả giải quyết hồ sơ trên Cổng dịch vụ công của tỉnh', null, 'Văn phòng UBND tỉnh', 'Các sở, ban, ngành; UBND các huyện, thành phố; UBND các xã, phường, thị trấn', 'Đ/c Minh - Phòng CCHC', 'Thường xuyên', null],
    15: ['Ghi chú: Các cơ quan, đơn vị báo cáo kết quả thực hiện về Sở Nội vụ trước ngày 15/12/2024 để tổng hợp, báo cáo UBND tỉnh.'],
  },
  merges: ['A1:H1', 'A2:H2', 'A15:H15'],
  hidden: [6],
  widths: [6, 50, 26, 30, 30, 20, 14, 16],
};

/**
 * Tasks for the criteria that lost points, under a two-row header: "Nhiệm vụ" merged over
 * "Nội dung" and "Sản phẩm", the lead column headed "Cơ quan tham mưu", codes written into the
 * criterion cell as "TC 1.5:" and "TCTP 2.1.2:", tasks numbered 1, 2 under each roman area.
 */
const GROUPED_TASK_HEADER: HandTable = {
  name: 'ke-hoach-2024-nhiem-vu-gop',
  sheet: 'KH 2024',
  rows: {
    1: ['DANH MỤC NHIỆM VỤ CẢI THIỆN CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024'],
    2: ['(Kèm theo Kế hoạch số       /KH-UBND ngày     /3/2024 của UBND tỉnh)'],
    4: ['STT', 'Tiêu chí, tiêu chí thành phần bị trừ điểm năm 2023', 'Nhiệm vụ', null, 'Cơ quan tham mưu', 'Cơ quan phối hợp', 'Thời gian thực hiện'],
    5: [null, null, 'Nội dung', 'Sản phẩm', null, null, null],
    6: ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH'],
    7: ['1', 'TC 1.5: Đổi mới, sáng tạo trong triển khai nhiệm vụ cải cách hành chính', 'Lựa chọn, công nhận và nhân rộng ít nhất 03 sáng kiến, giải pháp mới về cải cách hành chính', 'Quyết định công nhận sáng kiến', 'Sở Khoa học và Công nghệ', 'Sở Nội vụ; các sở, ban, ngành; UBND các huyện, thành phố', 'Quý I-IV năm 2024'],
    8: ['2', 'TC 1.6: Đối thoại của lãnh đạo tỉnh với người dân, doanh nghiệp', 'Tổ chức Hội nghị đối thoại giữa lãnh đạo UBND tỉnh với người dân, doanh nghiệp', 'Thông báo kết luận của Chủ tịch UBND tỉnh', 'Văn phòng UBND tỉnh', 'Sở Kế hoạch và Đầu tư; Hiệp hội doanh nghiệp tỉnh', 'Quý III/2024'],
    9: ['II', 'CẢI CÁCH THỂ CHẾ'],
    10: ['1', 'TCTP 2.1.2: Xử lý kết quả theo dõi thi hành pháp luật', 'Ban hành văn bản xử lý, kiến nghị xử lý kết quả theo dõi thi hành pháp luật', 'Văn bản của UBND tỉnh', 'Sở Tư pháp', 'Các sở, ban, ngành', 'Trước 15/12/2024'],
    11: ['III', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH'],
    12: ['1', 'TCTP 3.2.3: Công khai tiến độ, kết quả giải quyết hồ sơ trên Hệ thống thông tin giải quyết thủ tục hành chính', 'Đồng bộ 100% hồ sơ thủ tục hành chính lên Cổng dịch vụ công quốc gia', 'Hồ sơ được đồng bộ', 'Văn phòng UBND tỉnh', 'Sở Thông tin và Truyền thông; các sở, ban, ngành; UBND các huyện, thành phố', 'Thường xuyên'],
    13: ['2', 'TC 3.5: Tiếp nhận, xử lý phản ánh, kiến nghị về thủ tục hành chính thuộc thẩm quyền giải quyết của tỉnh', 'Xử lý 100% phản ánh, kiến nghị đúng hạn', 'Báo cáo kết quả xử lý', 'Văn phòng UBND tỉnh', 'Các sở, ban, ngành; UBND các huyện, thành phố', 'Thường xuyên'],
  },
  merges: ['A1:G1', 'A2:G2', 'A4:A5', 'B4:B5', 'C4:D4', 'E4:E5', 'F4:F5', 'G4:G5'],
  hidden: [],
  widths: [6, 40, 50, 26, 24, 30, 14],
};

/**
 * Two years side by side: "Điểm đạt được" merged over "Năm 2022 | Năm 2023", an STT column of
 * roman numerals beside a "Mã" column holding the area codes, and a "Điểm bị trừ năm 2023" column
 * the officer works out. The 2023 results are Vĩnh Phúc's (Kế hoạch số 152/KH-UBND); the 2022
 * column is illustrative, typed for the layout only.
 */
const YEARS_SIDE_BY_SIDE: HandTable = {
  name: 'diem-2022-2023-theo-nam',
  sheet: 'Kết quả',
  rows: {
    1: ['KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CỦA TỈNH NĂM 2022 - 2023'],
    3: ['STT', 'Mã', 'Lĩnh vực', 'Điểm tối đa', 'Điểm đạt được', null, 'Điểm bị trừ năm 2023', 'Cơ quan chủ trì'],
    4: [null, null, null, null, 'Năm 2022', 'Năm 2023', null, null],
    5: ['I', '1', 'Công tác chỉ đạo, điều hành cải cách hành chính', 9.5, 8.5, 8.82, 0.68, 'Sở Nội vụ'],
    6: ['II', '2', 'Cải cách thể chế', 10, 8.9, 8.53, 1.47, 'Sở Tư pháp'],
    7: ['III', '3', 'Cải cách thủ tục hành chính', 13, 11.8, 12.07, 0.93, 'Văn phòng UBND tỉnh'],
    8: ['IV', '4', 'Cải cách tổ chức bộ máy hành chính nhà nước', 10.5, 9.2, 9.64, 0.86, 'Sở Nội vụ'],
    9: ['V', '5', 'Cải cách chế độ công vụ', 15, 12.1, 12.54, 2.46, 'Sở Nội vụ'],
    10: ['VI', '6', 'Cải cách tài chính công', 12, 10.5, 10.37, 1.63, 'Sở Tài chính'],
    11: ['VII', '7', 'Xây dựng và phát triển Chính quyền điện tử, Chính quyền số', 13.5, 11.9, 11.66, 1.84, 'Sở Thông tin và Truyền thông'],
    12: ['VIII', '8', 'Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế - xã hội', 16.5, 12.6, 12.82, 3.68, 'Sở Kế hoạch và Đầu tư'],
    13: [null, null, 'Tổng cộng', 100, 85.5, 86.44, 13.56, null],
  },
  merges: ['A1:H1', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:F3', 'G3:G4', 'H3:H4'],
  hidden: [],
  widths: [6, 6, 50, 9, 9, 9, 10, 28],
};

export const HELD_OUT_TABLES: readonly HandTable[] = [SELF_ASSESSMENT, MIXED_NUMBERING, NO_CODES, GROUPED_TASK_HEADER, YEARS_SIDE_BY_SIDE];

/** The sheet as typed: values, merges, hidden columns, wrapped text, thin borders on the table. */
export function addHandTable(wb: ExcelJS.Workbook, table: HandTable): void {
  const ws = wb.addWorksheet(table.sheet);
  for (const [row, cells] of Object.entries(table.rows)) {
    cells.forEach((value, c) => {
      if (value === null) return;
      const cell = ws.getCell(Number(row), c + 1);
      cell.value = value;
      cell.font = { name: 'Times New Roman', size: 12 };
      cell.alignment = { vertical: 'top', wrapText: true };
      // A point typed as text: the cell is formatted as text, as when an officer pastes "9,5".
      if (typeof value === 'string' && /^\d+,\d+$/.test(value)) cell.numFmt = '@';
    });
  }
  for (const range of table.merges) ws.mergeCells(range);
  table.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const col of table.hidden) ws.getColumn(col).hidden = true;
}
