import { roleOfHeader } from '../../../src/domain/table/headers';

describe('roleOfHeader', () => {
  it.each([
    ['STT', 'code'],
    ['TT', 'code'],
    ['Số TT', 'code'],
    ['Code', 'code'],
    ['Lĩnh vực/Tiêu chí/Tiêu chí thành phần', 'name'],
    ['Tiêu chí/ tiêu chí thành phần', 'name'],
    ['Nội dung', 'name'],
    ['1- Mục tiêu/Chỉ tiêu/nội dung', 'name'],
    ['Criterion', 'name'],
    ['Điểm tối đa', 'max'],
    ['ĐIỂM\nTỐI ĐA', 'max'],
    ['Max points', 'max'],
    ['Điểm năm 2019', 'score'],
    ['Điểm đạt được', 'score'],
    ['Score', 'score'],
    ['Đạt được năm 2019', 'score'],
    ['Đạt', 'score'],
    ['Tự chấm', 'score'],
    ['Kết quả thẩm định 2023', 'score'],
    ['Points achieved', 'score'],
    ['Mục tiêu năm 2020', 'target'],
    ['Target', 'target'],
    ['Chủ trì tham mưu', 'lead'],
    ['Cơ quan tham mưu', 'lead'],
    ['Tham mưu', 'lead'],
    ['Cơ quan chủ trì, thực hiện', 'lead'],
    ['5- Chủ trì', 'lead'],
    ['Lead agency', 'lead'],
    ['Thực hiện', 'lead'],
    ['Cơ quan phối hợp', 'coordinating'],
    ['6- Phối hợp', 'coordinating'],
    ['Coordinating agencies', 'coordinating'],
    ['Nhiệm vụ, giải pháp', 'task'],
    ['3- Hoạt động', 'task'],
    ['Tasks', 'task'],
    ['4- Kết quả, sản phẩm', 'product'],
    ['Sản phẩm', 'product'],
    ['Thời gian hoàn thành', 'deadline'],
    ['Thời hạn hoàn thành (tháng/quý/năm)', 'deadline'],
    ['Deadline', 'deadline'],
    ['8- Kinh phí', 'budget'],
    ['Budget', 'budget'],
    ['Ghi chú', 'note'],
    ['Notes', 'note'],
    ['Kết quả thực hiện', 'note'],
    ['Thời gian thực hiện', 'deadline'],
    ['Đơn vị thực hiện', 'lead'],
    // Issue 11: headers by vocabulary at their head, however long; the other target words.
    [
      'Tiêu chí, tiêu chí thành phần bị trừ điểm, không đạt điểm tối đa trong năm 2022 (theo Bộ Chỉ số CCHC cấp tỉnh)',
      'name',
    ],
    ['Nhiệm vụ/giải pháp thực hiện năm 2023', 'task'],
    ['Nhiệm vụ / Chỉ tiêu', 'task'],
    ['Chỉ tiêu 2020', 'target'],
    ['Chỉ tiêu năm 2020', 'target'],
    ['Kế hoạch 2024', 'target'],
    ['Phấn đấu năm 2024', 'target'],
    ['Đơn vị chủ trì, thực hiện', 'lead'],
    ['Cơ quan, đơn vị chủ trì (ghi rõ đầu mối theo dõi, tổng hợp, báo cáo kết quả thực hiện)', 'lead'],
    ['STT (theo Bộ Chỉ số)', 'code'],
  ])('%p is %p', (text, role) => {
    expect(roleOfHeader(text)).toBe(role);
  });

  it.each(['', 'Sở Nội vụ', 'Thường xuyên', 'CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CCHC', '1.5'])('%p names no role', (text) => {
    expect(roleOfHeader(text)).toBeNull();
  });

  it('ignores long data texts that happen to contain header words', () => {
    expect(
      roleOfHeader('Thường xuyên theo dõi tiến độ, kịp thời đôn đốc, kiểm tra việc thực hiện các chỉ tiêu, nhiệm vụ trong Kế hoạch'),
    ).toBeNull();
  });
});
