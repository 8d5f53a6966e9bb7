import { readTable } from '../../../src/domain/table';
import { gridFromRows, type BuilderValue } from '../../support/grid-builder';

/*
 * A score sheet that opens with a summary by area, then the detailed criteria under a header of
 * its own, both headers naming the same roles (number, name, maximum, score). Typed as an officer
 * lays it out: the areas of the 2017 methodology with their maxima, a total row, a blank row and a
 * title, then the first area's criteria. Expectations are read off the layout below, by hand.
 */
const SUMMARY: BuilderValue[][] = [
  ['BẢNG TỔNG HỢP ĐIỂM TỰ ĐÁNH GIÁ THEO LĨNH VỰC'],
  ['STT', 'Lĩnh vực', 'Điểm tối đa', 'Điểm đạt được'],
  ['1', 'Công tác chỉ đạo, điều hành CCHC', 9.5, 8.5],
  ['2', 'Xây dựng và tổ chức thực hiện văn bản QPPL tại tỉnh', 6.5, 6],
  ['3', 'Cải cách thủ tục hành chính', 11, 10],
  ['4', 'Cải cách tổ chức bộ máy hành chính nhà nước', 7, 6.5],
  ['5', 'Xây dựng và nâng cao chất lượng đội ngũ CBCCVC', 10, 9],
  ['6', 'Đổi mới cơ chế quản lý tài chính đối với cơ quan hành chính và đơn vị sự nghiệp công lập', 6, 5.5],
  ['7', 'Hiện đại hóa hành chính', 13, 11],
  ['8', 'Tác động của CCHC đến người dân, tổ chức và các chỉ tiêu phát triển KT-XH của tỉnh', 37, 30],
  ['', 'Tổng cộng', 100, 86.5],
  [],
  ['BẢNG ĐIỂM CHI TIẾT'],
];

const DETAIL_HEADER = ['Mã', 'Tiêu chí, tiêu chí thành phần', 'Điểm tối đa', 'Điểm tự đánh giá'];
const DETAIL: BuilderValue[][] = [
  ['1', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC', 9.5, 8.5],
  ['1.1', 'Kế hoạch CCHC năm', 1, 1],
  ['1.1.1', 'Ban hành kế hoạch CCHC năm', 0.5, 0.5],
  ['1.1.2', 'Mức độ thực hiện kế hoạch CCHC', 0.5, 0.5],
  ['1.2', 'Báo cáo CCHC', 1, 1],
  ['1.2.1', 'Số lượng báo cáo', 0.5, 0.5],
  ['1.2.2', 'Chất lượng báo cáo', 0.5, 0.5],
  ['1.3', 'Kiểm tra CCHC', 1.5, 1.5],
  ['1.3.1', 'Tỷ lệ cơ quan, đơn vị được kiểm tra trong năm', 1, 1],
  ['1.3.2', 'Xử lý các vấn đề phát hiện qua kiểm tra', 0.5, 0.5],
  ['1.4', 'Công tác tuyên truyền CCHC', 1, 1],
  ['1.4.1', 'Mức độ thực hiện kế hoạch tuyên truyền CCHC', 0.5, 0.5],
  ['1.4.2', 'Mức độ đa dạng trong tuyên truyền CCHC', 0.5, 0.5],
  ['1.5', 'Sự năng động trong chỉ đạo, điều hành CCHC', 2, 1.5],
  ['1.6', 'Thực hiện các nhiệm vụ được UBND tỉnh giao', 3, 2.5],
];

describe('a summary table above the detailed one', () => {
  it('reads the detailed table, under its own header, when both headers name the same roles', () => {
    const result = readTable(gridFromRows([...SUMMARY, DETAIL_HEADER, ...DETAIL]));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { layout, rows } = result.table;
    // Sheet rows are 0-based here: the summary takes rows 0-12, the detailed header is row 13.
    expect(layout.headerRow).toBe(13);
    expect(layout.headerRowCount).toBe(1);
    expect(layout.firstDataRow).toBe(14);
    expect(layout.lastDataRow).toBe(28);
    expect(rows.map((r) => r.code.codes[0])).toEqual(DETAIL.map((r) => r[0]));
    expect(layout.columns.map((c) => [c.role, c.col])).toEqual([
      ['code', 0],
      ['name', 1],
      ['max', 2],
      ['score', 3],
    ]);
  });

  it('keeps the summary when it is the larger table (a short detail below is no reason to skip it)', () => {
    const result = readTable(gridFromRows([...SUMMARY, DETAIL_HEADER, ...DETAIL.slice(0, 3)]));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.table.layout.headerRow).toBe(1);
  });

  it('a header repeated after a page break, with the same texts, is no new table: both pages are read', () => {
    const page1 = DETAIL.slice(0, 5);
    const page2 = DETAIL.slice(5);
    const result = readTable(gridFromRows([['BẢNG ĐIỂM CHI TIẾT'], DETAIL_HEADER, ...page1, DETAIL_HEADER, ...page2]));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.table.layout.headerRow).toBe(1);
    expect(result.table.rows.map((r) => r.code.codes[0])).toEqual(DETAIL.map((r) => r[0]));
  });
});
