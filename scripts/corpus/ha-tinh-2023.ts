/**
 * Kế hoạch nâng cao Chỉ số CCHC năm 2023 của UBND tỉnh Hà Tĩnh (tháng 5/2023), Phụ lục I: Nhiệm
 * vụ, giải pháp thực hiện Chỉ số PAR INDEX năm 2023. Eight areas (I-VIII), 28 numbered entries,
 * 41 task rows: an entry's STT and criterion cells span its task rows (merged in the workbook),
 * and the criterion cell carries the code ("1.1 - …", several joined by "; "). Long task texts are
 * shortened where "…" stands; codes, criterion openings, agencies and deadlines are as printed.
 * A null cell is merged with the one above it (the lead and deadline of 1.7's second task).
 */
export const HA_TINH_2023_HEADER = [
  'STT',
  'Tiêu chí, tiêu chí thành phần bị trừ điểm, không đạt điểm tối đa trong năm 2022 (theo Bộ Chỉ số CCHC cấp tỉnh)',
  'Nhiệm vụ/giải pháp thực hiện năm 2023',
  'Đơn vị chủ trì',
  'Đơn vị phối hợp',
  'Thời hạn hoàn thành (tháng/quý/năm)',
] as const;

/** Task, lead, coordinating, deadline. */
export type HaTinhTask = readonly [string, string | null, string, string | null];

export interface HaTinhEntry {
  readonly stt: string;
  readonly criterion: string;
  readonly tasks: readonly HaTinhTask[];
}

export interface HaTinhArea {
  readonly roman: string;
  readonly name: string;
  readonly entries: readonly HaTinhEntry[];
}

const SBN = 'Sở, ban, ngành cấp tỉnh';
const SBN_H = 'Sở, ban, ngành cấp tỉnh; UBND cấp huyện';
const SBN_HX = 'Sở, ban, ngành cấp tỉnh; UBND cấp huyện, cấp xã';
const VP = 'Văn phòng UBND tỉnh';
const N2023 = 'Năm 2023';

export const HA_TINH_2023: readonly HaTinhArea[] = [
  {
    roman: 'I',
    name: 'Chỉ đạo điều hành CCHC',
    entries: [
      {
        stt: '1',
        criterion: '1.1 - Thực hiện Kế hoạch CCHC năm: Mức độ đạt được kế hoạch CCHC năm 2022 đạt 98,2% (56/57 nhiệm vụ)',
        tasks: [
          [
            'Thường xuyên theo dõi tiến độ, kịp thời đôn đốc, kiểm tra việc thực hiện các chỉ tiêu, nhiệm vụ trong Kế hoạch CCHC năm 2023 phấn đấu hoàn thành 100% nhiệm vụ theo kế hoạch đề ra.',
            'Sở Nội vụ và các Sở, ngành chủ trì các lĩnh vực CCHC',
            'Sở, ban, ngành cấp tỉnh; UBND cấp huyện và các cơ quan liên quan',
            'Trước 15/12/2023',
          ],
        ],
      },
      {
        stt: '2',
        criterion:
          '1.7 - Thực hiện các nhiệm vụ do Chính phủ giao (theo Báo cáo số 18/BC-VPCP ngày 02/01/2023 của VPCP, năm 2022 tỉnh có 02 hoàn thành muộn so với thời hạn quy định, 01 nhiệm vụ quá hạn nhưng chưa hoàn thành)',
        tasks: [
          ['Theo dõi, đôn đốc các sở, ban, ngành, địa phương tham mưu kịp thời các nhiệm vụ do Chính phủ, Thủ tướng Chính phủ giao.', VP, SBN_H, N2023],
          [
            'Văn phòng UBND tỉnh thường xuyên kiểm tra, theo dõi, đôn đốc việc thực hiện kết thúc trên phần mềm ý kiến chỉ đạo điều hành của Chính phủ, Thủ tướng Chính phủ. Trường hợp chậm, quá hạn, không đảm bảo thời gian, chất lượng tham mưu UBND tỉnh chấn chỉnh, xử lý kịp thời theo quy định.',
            null,
            SBN_H,
            null,
          ],
        ],
      },
    ],
  },
  {
    roman: 'II',
    name: 'Cải cách thể chế',
    entries: [
      {
        stt: '1',
        criterion:
          '2.4 - Chất lượng văn bản do tỉnh ban hành, bao gồm: tính đồng bộ, thống nhất, tính hợp lý, tính khả thi, tính kịp thời phát hiện và xử lý các bất cập, vướng mắc trong tổ chức thực hiện (tiêu chí này thực hiện khảo sát lãnh đạo, quản lý thông qua điều tra xã hội học chưa đạt điểm tối đa)',
        tasks: [
          ['- Đẩy mạnh công tác tuyên truyền, nhất là nhóm đối tượng được khảo sát về công tác cải cách thể chế trên địa bàn tỉnh.', 'Sở Tư pháp', SBN, N2023],
          [
            '- Thực hiện rà soát, đề xuất sửa đổi, bổ sung các văn bản quy phạm pháp luật do HĐND, UBND các cấp ban hành theo thẩm quyền có nội dung mâu thuẫn, chồng chéo, thiếu đồng bộ, không còn phù hợp với thực tiễn …',
            SBN_H,
            'Sở Tư pháp',
            N2023,
          ],
          [
            '- Đẩy nhanh tiến độ, kịp thời tham mưu ban hành các văn bản quy phạm pháp luật để quy định chi tiết các nội dung được giao tại các văn bản quy phạm pháp luật của Trung ương.\n- Tiếp tục nâng cao chất lượng xây dựng, ban hành văn bản quy phạm pháp luật do tỉnh ban hành.',
            SBN,
            'Sở Tư pháp',
            N2023,
          ],
        ],
      },
    ],
  },
  {
    roman: 'III',
    name: 'Cải cách thủ tục hành chính',
    entries: [
      {
        stt: '1',
        criterion:
          '3.2.2 - Công khai thủ tục hành chính và các quy định liên quan (Năm 2022 một số TTHC công khai chậm quá 03 ngày so với ngày có hiệu lực của Quyết định công bố, VD: như Quyết định số 781/QĐ-UBND ban hành và có hiệu lực ngày 18/4/2022, công khai ngày 18/10/2022)',
        tasks: [
          [
            'Thường xuyên cập nhật các TTHC đã được các Bộ, ngành công bố để kịp thời tham mưu trình UBND tỉnh công bố TTHC theo ngành, lĩnh vực (cấp tỉnh, cấp huyện, cấp xã) …',
            SBN,
            VP,
            N2023,
          ],
          [
            'Tạo đường linh liên kết TTHC từ Cổng Thông tin dịch vụ công trực tuyến của tỉnh về Cổng/Trang TTĐT của các cơ quan, đơn vị, địa phương để cá nhân, tổ chức tra cứu thực hiện.',
            SBN_HX,
            'Các cơ quan, đơn vị liên quan',
            N2023,
          ],
          [
            'Tổ chức tập huấn, hướng dẫn các đơn vị cập nhật, đăng tải lên cơ sở dữ liệu quốc gia để đồng bộ về Cổng Thông tin dịch vụ công trực tuyến của tỉnh.',
            VP,
            SBN,
            N2023,
          ],
        ],
      },
      {
        stt: '2',
        criterion:
          '3.2.3 - Công khai tiến độ, kết quả giải quyết hồ sơ trên hệ thống thông tin giải quyết TTHC (năm 2022 tỷ lệ hồ sơ TTHC được đồng bộ, công khai trên cổng DVC quốc gia là 97,7%; Tỷ lệ hồ sơ TTHC do cơ quan hành chính các cấp tại địa phương tiếp nhận, giải quyết được công khai trên Cổng DVC của tỉnh là 97,8%)',
        tasks: [
          [
            '- Đảm bảo 100% TTHC đủ điều kiện được tiếp nhận, giải quyết qua Cổng Thông tin dịch vụ công trực tuyến của tỉnh.\n- Tăng cường thực hiện công tác kiểm tra, giám sát việc tiếp nhận TTHC …\n- Thực hiện công khai đầy đủ, kịp thời về tiến độ, kết quả giải quyết hồ sơ TTHC …',
            'Tất cả các đơn vị có TTHC tiếp nhận qua Cổng Thông tin dịch vụ công trực tuyến của tỉnh',
            VP,
            N2023,
          ],
        ],
      },
      {
        stt: '3',
        criterion:
          '3.4 - Kết quả giải quyết hồ sơ TTHC (kết quả năm 2022 kết quả giải quyết TTHC cấp tỉnh đúng hạn đạt 99,92%; cấp huyện đúng hạn đạt 99,48%; cấp xã đạt 99,88%)',
        tasks: [
          [
            '- Thực hiện nghiêm túc việc xin lỗi đối với cá nhân, tổ chức khi để quá hạn việc giải quyết hồ sơ TTHC theo quy định.\n- Hàng tháng, công khai danh sách cơ quan, đơn vị, cán bộ, công chức, viên chức giải quyết chậm, muộn hồ sơ …',
            SBN_HX,
            VP,
            N2023,
          ],
          [
            'Tổng hợp các kiến nghị, khó khăn liên quan đến TTHC và đề xuất cơ quan có thẩm quyền tháo gỡ vướng mắc; kịp thời hướng dẫn các cơ quan, đơn vị thực hiện.',
            VP,
            SBN_H,
            N2023,
          ],
          [
            '100% phản ánh, kiến nghị về quy định hành chính và hành vi hành chính của cá nhân, tổ chức phải được các sở, ban, ngành, UBND cấp huyện, cấp xã tiếp nhận, xử lý kịp thời và đúng quy định.',
            SBN_HX,
            VP,
            N2023,
          ],
        ],
      },
    ],
  },
  {
    roman: 'IV',
    name: 'Cải cách tổ chức bộ máy hành chính',
    entries: [
      {
        stt: '1',
        criterion:
          '4.1.3 - Tỷ lệ giảm số lượng đơn vị sự nghiệp công lập (Năm 2022 số lượng đơn vị công lập giảm so với năm 2015 là 15,1% theo đó tiêu chí này chưa đạt điểm tối đa)',
        tasks: [
          [
            'Tập trung thực hiện có hiệu quả Quyết định số 880/QĐ-UBND ngày 14/4/2023 của UBND tỉnh về việc phê duyệt Đề án sắp xếp, kiện toàn cơ cấu tổ chức các đơn vị sự nghiệp công lập thuộc thẩm quyền quản lý của UBND tỉnh.',
            'Sở, ban, ngành cấp tỉnh có liên quan; UBND cấp huyện',
            'Sở Nội vụ',
            N2023,
          ],
        ],
      },
      {
        stt: '2',
        criterion:
          '4.1.4 - Tính hợp lý trong sắp xếp tổ chức bộ máy các cơ quan, đơn vị thuộc thẩm quyền của tỉnh (tiêu chí này được thực hiện khảo sát lãnh đạo, quản lý thông qua điều tra xã hội học chưa đạt điểm tối đa)',
        tasks: [
          [
            'Tiếp tục thực hiện rà soát, sắp xếp, kiện toàn tổ chức bộ máy bên trong, bảo đảm tinh gọn, hoạt động hiệu lực, hiệu quả, giảm cấp trung gian …',
            'Sở, ban, ngành cấp tỉnh có liên quan; UBND cấp huyện',
            'Sở Nội vụ',
            N2023,
          ],
        ],
      },
      {
        stt: '3',
        criterion:
          '4.1.5 - Tính hợp lý trong phân định chức năng, nhiệm vụ giữa các cơ quan, đơn vị, địa phương (tiêu chí này được thực hiện khảo sát lãnh đạo, quản lý thông qua điều tra xã hội học chưa đạt điểm tối đa)',
        tasks: [
          [
            'Tiếp tục rà soát, bổ sung, hoàn thiện chức năng, nhiệm vụ, quyền hạn, mối quan hệ công tác của các tổ chức, cơ quan, đơn vị …',
            SBN_H,
            'Sở Nội vụ',
            N2023,
          ],
        ],
      },
      {
        stt: '4',
        criterion:
          '4.1.6 - Tình hình thực hiện Quy chế làm việc của UBND tỉnh (tiêu chí này được thực hiện khảo sát lãnh đạo, quản lý thông qua điều tra xã hội học chưa đạt điểm tối đa)',
        tasks: [
          [
            '- Quán triệt chấp hành đầy đủ, nghiêm túc, đúng quy định về Quy chế làm việc của UBND tỉnh ban hành kèm theo Quyết định số 45/2022/QĐ-UBND ngày 30/12/2022 …\n- Theo dõi, đôn đốc, kiểm tra việc thực hiện Quy chế làm việc UBND tỉnh nhiệm kỳ 2021-2026 đối với sở, ban ngành, đơn vị cấp tỉnh, UBND cấp huyện',
            VP,
            SBN_H,
            'Thường xuyên',
          ],
        ],
      },
      {
        stt: '5',
        criterion:
          '4.3.4 - Tính hợp lý trong phân cấp, phân quyền thực hiện quản lý nhà nước giữa tỉnh, huyện (tiêu chí này được thực hiện khảo sát lãnh đạo, quản lý thông qua điều tra xã hội học chưa đạt điểm tối đa)',
        tasks: [
          [
            '- Tiếp tục đẩy mạnh phân cấp, phân quyền đảm bảo đúng quy định và phù hợp với thực tiễn hoạt động của từng ngành, lĩnh vực …\n- Thực hiện đánh giá hiệu quả việc phân cấp quản lý nhà nước trên từng ngành, lĩnh vực để kế thừa và phát huy hiệu quả việc phân cấp.',
            'Sở Nội vụ',
            'Sở, ban, ngành cấp tỉnh có liên quan; UBND cấp huyện',
            N2023,
          ],
        ],
      },
    ],
  },
  {
    roman: 'V',
    name: 'Cải cách chế độ công vụ',
    entries: [
      {
        stt: '1',
        criterion:
          '5.2.3 - Tính công khai, minh bạch trong tuyển dụng công chức, viên chức; 5.2.4 - Tình trạng tiêu cực trong công tác tuyển dụng công chức, viên chức; 5.3.2 - Tính công khai, minh bạch trong bổ nhiệm công chức, viên chức; 5.3.3 - Tình trạng tiêu cực trong công tác bổ nhiệm công chức, viên chức (tiêu chí này được thực hiện khảo sát lãnh đạo, quản lý thông qua điều tra xã hội học chưa đạt điểm tối đa)',
        tasks: [
          [
            '- Tổ chức tuyển dụng công chức, viên chức theo đúng quy định, đảm bảo tính minh bạch, công khai\n- Tăng cường công tác thanh tra, kiểm tra, giám sát việc thực hiện các quy định của pháp luật về tuyển dụng công chức, viên chức và bổ nhiệm công chức, viên chức giữ chức vụ lãnh đạo\n- Thực hiện công tác bổ nhiệm công chức, viên chức giữ chức vụ lãnh đạo, quản lý theo đúng quy định, minh bạch, công khai …',
            'Sở Nội vụ',
            'Sở, ban, ngành cấp tỉnh; UBND cấp huyện và các cơ quan đơn vị liên quan',
            '',
          ],
        ],
      },
      {
        stt: '2',
        criterion:
          '5.4 - Chấp hành kỷ luật, kỷ cương hành chính của cán bộ, công chức, viên chức (tiêu chí này năm 2022 bị trừ điểm do có cán bộ cấp tỉnh, huyện bị kỷ luật)',
        tasks: [
          [
            '- Quán triệt nghiêm túc, tổ chức thực hiện tốt các quy định, nội quy, quy chế về kỷ luật, kỷ cương hành chính, văn hóa công sở, đạo đức công vụ …\n- Tăng cường công tác kiểm tra, giám sát việc chấp hành kỷ luật, kỷ cương hành chính đối với các cơ quan, đơn vị trực thuộc …',
            'Sở Nội vụ',
            'Sở, ban, ngành cấp tỉnh; UBND cấp huyện, cấp xã và các cơ quan đơn vị liên quan',
            N2023,
          ],
        ],
      },
      {
        stt: '3',
        criterion:
          '5.5.2 - Chất lượng đào tạo, bồi dưỡng cán bộ, công chức, viên chức (tiêu chí này được thực hiện khảo sát lãnh đạo, quản lý thông qua điều tra xã hội học chưa đạt điểm tối đa)',
        tasks: [
          [
            '- Quan tâm, chú trọng đào tạo, bồi dưỡng cho đội ngũ cán bộ, công chức, viên chức trẻ, không dàn trải …\n- Đào tạo, bồi dưỡng cán bộ, công chức trên cơ sở vị trí việc làm …\n- Tăng cường nội dung thực hành, thảo luận, làm việc nhóm và xử lý tình huống thực tiễn …',
            'Sở Nội vụ',
            'Sở, ban, ngành cấp tỉnh; UBND cấp huyện, cấp xã và các cơ quan đơn vị liên quan',
            N2023,
          ],
        ],
      },
      {
        stt: '4',
        criterion:
          '5.7 - Chất lượng đội ngũ công chức viên chức, bao gồm: năng lực chuyên môn, tinh thần trách nhiệm, tình trạng công chức lợi dụng chức vụ quyền hạn để trục lợi cá nhân, tính hiệu quả trong chính sách thu hút người có tài năng vào bộ máy hành chính (tiêu chí này được thực hiện khảo sát lãnh đạo, quản lý thông qua điều tra xã hội học chưa đạt điểm tối đa)',
        tasks: [
          [
            '- Thực hiện tốt công tác đào tạo, bồi dưỡng, nâng cao chất lượng cán bộ, công chức, viên chức …\n- Thực hiện đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức gắn với kết quả và sản phẩm công tác cụ thể …\n- Thực hiện việc chuyển đổi vị trí công tác của công chức, viên chức theo đúng quy định tại Nghị định số 59/2019/NĐ-CP ngày 01/7/2019 của Chính phủ …',
            'Sở Nội vụ',
            'Sở, ban, ngành cấp tỉnh; UBND cấp huyện, cấp xã và các cơ quan, đơn vị liên quan',
            N2023,
          ],
        ],
      },
    ],
  },
  {
    roman: 'VI',
    name: 'Cải cách tài chính công',
    entries: [
      {
        stt: '1',
        criterion:
          '6.1.1 - Thực hiện giải ngân kế hoạch đầu tư vốn ngân sách nhà nước (tiêu chí này chưa đạt điểm tối đa do năm 2022 tỷ lệ giải ngân đạt 99,79%)',
        tasks: [
          [
            '- Rà soát, điều chuyển kế hoạch vốn giữa các dự án chậm giải ngân sang các dự án có tiến độ giải ngân tốt, còn thiếu vốn, đảm bảo giải ngân 100% vốn ngân sách nhà nước được giao năm 2023 …\n- Tăng cường giám sát việc chấp hành các quy định trong quản lý, giải ngân vốn đầu tư công.\n- Phát động phong trào thi đua ở từng cấp, ngành, cơ quan, đơn vị để tập trung đẩy mạnh giải ngân vốn đầu tư công năm 2023 …',
            'Sở Tài chính',
            'Các Ban Quản lý Dự án thuộc tỉnh; các sở, ban, ngành cấp tỉnh; UBND cấp huyện',
            N2023,
          ],
        ],
      },
      {
        stt: '2',
        criterion:
          '6.1.3 - Thực hiện các kiến nghị sau thanh tra, kiểm tra, kiểm toán nhà nước về tài chính, ngân sách (tiêu chí này chưa đạt điểm tối đa, do năm 2022 tỷ lệ thực, hiện các kiến nghị đạt 74,98%)',
        tasks: [
          [
            '- Căn cứ các kiến nghị của Kiểm toán nhà nước để kiểm tra việc chấp hành kiến nghị của KTNN …\n- Tăng cường công tác tham mưu UBND tỉnh trong lập và giao dự toán …\n- Thực hiện kiểm tra, hướng dẫn các đơn vị nhằm thực hiện tốt hơn việc quản lý, sử dụng tài chính công …',
            'Sở Tài chính',
            'Sở, ban, ngành cấp tỉnh; UBND cấp huyện và đơn vị liên quan',
            N2023,
          ],
        ],
      },
      {
        stt: '3',
        criterion:
          '6.1.4 - Tính hiệu quả của việc thực hiện cơ chế tự chủ về sử dụng kinh phí quản lý hành chính; 6.2.4 - Thực hiện tiết kiệm, chống lãng phí trong quản lý sử dụng kinh phí của cơ quan, đơn vị; tính hiệu quả của việc quản lý, sử dụng tài sản công; 6.2.5 - Tính hiệu quả của việc thực hiện cơ chế tự chủ tại các đơn vị sự nghiệp công lập (tiêu chí này thực hiện khảo sát lãnh đạo, quản lý thông qua điều tra xã hội học chưa đạt điểm tối đa)',
        tasks: [
          [
            '- Gắn trách nhiệm của người đứng đầu cơ quan, đơn vị với kết quả thực hiện cơ chế tự chủ, tự chịu trách nhiệm, sử dụng kinh phí tiết kiệm …\n- Thúc đẩy việc sắp xếp, tổ chức bộ máy tinh gọn …\n- Tăng cường công tác kiểm tra, thanh tra tài chính đối với các ngành, các đơn vị, các địa phương …',
            'Sở Tài chính',
            'Sở, ban, ngành cấp tỉnh; UBND cấp huyện và các đơn vị liên quan',
            N2023,
          ],
        ],
      },
    ],
  },
  {
    roman: 'VII',
    name: 'Xây dựng và phát triển chính quyền điện tử, chính quyền số',
    entries: [
      {
        stt: '1',
        criterion:
          '7.1.2 - Triển khai Trung tâm dữ liệu phục vụ chuyển đổi số theo hướng sử dụng công nghệ điện toán đám mây (Tiêu chí này năm 2022 không đạt điểm tối đa do Bộ TTTT chưa triển khai việc kết nối nền tảng điện toán đám mây)',
        tasks: [
          [
            'Phối hợp với các đơn vị liên quan của Bộ Thông tin và Truyền thông tổ chức kết nối với tảng điện toán đám mây Chính phủ theo quy định.',
            'Sở Thông tin và Truyền thông',
            'Văn phòng UBND tỉnh, các cơ quan, đơn vị liên quan',
            'tháng 12/2023',
          ],
        ],
      },
      {
        stt: '2',
        criterion:
          '7.1.4 - Tỷ lệ số dịch vụ dữ liệu có trên Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) được đưa vào sử dụng chính thức (tiêu chí này không đạt điểm tối đa do năm 2022 tỉnh đạt tỷ lệ 60%)',
        tasks: [
          [
            '- Tiếp tục tổ chức tích hợp các cơ sở dữ liệu quốc gia, cơ sở dữ liệu của tỉnh lên nền tảng tích hợp, chia sẻ dữ liệu của tỉnh (LGSP).\n- Phối hợp với Cục Chuyển đổi số quốc gia, các đơn vị liên quan của Bộ Thông tin và Truyền thông tổ chức tích hợp và đưa vào sử dụng chính thức các dịch vụ dữ liệu, bảo đảm đạt 100% số dịch vụ dữ liệu.',
            'Sở Thông tin và Truyền thông',
            'Các cơ quan, đơn vị liên quan',
            N2023,
          ],
        ],
      },
      {
        stt: '3',
        criterion:
          '7.3.2 - Chất lượng cung cấp thông tin trên Cổng thông tin điện tử của tỉnh bao gồm: tính kịp thời, mức độ đầy đủ, mức độ thuận tiện (tiêu chí này thực hiện khảo sát lãnh đạo, quản lý thông qua điều tra xã hội học không đạt điểm tối đa)',
        tasks: [
          [
            '- Nghiên cứu, bổ sung thêm biên chế, nguồn kinh phí, trang thiết bị và các điều kiện liên quan cho Cổng Thông tin điện tử tỉnh …\n- Tổ chức học tập kinh nghiệm, tham gia các lớp đào tạo chuyên sâu về nội dung và kỹ thuật cho Ban Biên tập và Tổ giúp việc Cổng Thông tin điện tử tỉnh …',
            'Sở Thông tin và Truyền thông',
            'Các cơ quan, đơn vị liên quan',
            'Thường xuyên',
          ],
        ],
      },
      {
        stt: '4',
        criterion: '7.3.6 - Tỷ lệ hồ sơ trực tuyến toàn trình (tiêu chí này năm 2022 của tỉnh đạt tỷ lệ 47,93% bị trừ điểm)',
        tasks: [
          [
            '- Tiếp tục đẩy mạnh công tác tuyên truyền, hướng dẫn và hỗ trợ trực tiếp cho người dân, doanh nghiệp khai thác dịch vụ công trực tuyến …',
            SBN,
            VP,
            N2023,
          ],
          [
            '- Đẩy mạnh việc ứng dụng CNTT, công nghệ số nhằm nâng cao hiệu quả công tác thông tin, tuyên truyền …\n- Đôn đốc thực hiện số hóa hồ sơ và tái sử dụng kết quả số hóa hồ sơ …\n- Tiếp tục nâng cấp, hoàn thiện hệ thống dịch vụ công trực tuyến; tăng cường cung cấp, ứng dụng, quản lý chữ ký số.',
            VP,
            'Sở Thông tin và Truyền thông; sở, ban, ngành cấp tỉnh; UBND cấp huyện',
            N2023,
          ],
        ],
      },
      {
        stt: '5',
        criterion: '7.3.7 - Tỷ lệ hồ sơ thanh toán trực tuyến (tiêu chí này bị trừ điểm do năm 2022 tỉnh chỉ đạt 834/11720 = 0,72%)',
        tasks: [
          [
            '- Đẩy mạnh cung cấp dịch vụ công trực tuyến và hoàn thiện các nền tảng thanh toán trực tuyến;\n- Tăng cường kết nối giữa các tổ chức cung ứng dịch vụ thanh toán, trung gian thanh toán với Cổng Dịch vụ công quốc gia …',
            VP,
            'Sở, ban, ngành cấp tỉnh; UBND cấp huyện, UBND cấp xã',
            N2023,
          ],
        ],
      },
    ],
  },
  {
    roman: 'VIII',
    name: 'Tác động CCHC đến người dân, tổ chức và các chỉ tiêu phát triển kinh tế - xã hội của tỉnh',
    entries: [
      { stt: '1', criterion: '8.1 - SIPAS', tasks: [['Có giải pháp riêng theo Phụ lục II (kèm theo)', '', '', '']] },
      {
        stt: '2',
        criterion: '8.2 - Mức độ thu hút đầu tư của tỉnh (Tiêu chí này đạt 0 điểm do tổng vốn đăng ký đầu tư năm 2022 không tăng so với năm 2021)',
        tasks: [
          [
            '- Tổ chức Hội nghị công bố Quy hoạch tỉnh kết hợp với Xúc tiến đầu tư năm 2023; triển khai hiệu quả kế hoạch đánh giá, khảo sát đánh giá DDCI năm 2023.\n- Thực hiện các giải pháp cải thiện môi trường đầu tư kinh doanh, nâng cao chỉ số năng lực cạnh tranh cấp tỉnh (PCI) …\n- Nâng cao hiệu quả chương trình xúc tiến đầu tư …',
            'Sở Kế hoạch và Đầu tư',
            'Sở, ban, ngành cấp tỉnh, UBND cấp huyện',
            N2023,
          ],
        ],
      },
      {
        stt: '3',
        criterion: '8.3.2 - Số vốn đăng ký doanh nghiệp (tiêu chí này năm 2022 đạt 0 điểm do Số vốn đăng ký của doanh nghiệp năm 2022 thấp hơn so với năm 2021)',
        tasks: [
          [
            '- Tiếp tục triển khai hiệu quả cơ chế, chính sách, giải pháp hỗ trợ doanh nghiệp chống chịu, vượt qua khó khăn, ổn định và phục hồi sản xuất kinh doanh …',
            'Sở Kế hoạch và Đầu tư',
            'Sở, ban, ngành cấp tỉnh; Cục Thuế tỉnh; UBND cấp huyện',
            'Quý IV/2023',
          ],
        ],
      },
      {
        stt: '4',
        criterion:
          '8.4 - Thực hiện thu ngân sách hàng năm của tỉnh theo Kế hoạch được Chính phủ giao (tiêu chí này năm 2022 không đạt điểm tối đa do giá trị thu ngân sách thuộc nhóm 20 địa phương cao từ vị trí thứ 11 đến 30 so với 63 tỉnh)',
        tasks: [
          [
            '- Tập trung mọi nguồn lực, triển khai quyết liệt, đồng bộ mọi giải pháp quản lý thu, thu hồi nợ thuế, chống thất thu ngân sách …',
            'Cục Thuế tỉnh',
            'Sở, ban, ngành cấp tỉnh; UBND các cấp',
            'Quý IV/2023',
          ],
        ],
      },
      {
        stt: '5',
        criterion:
          '8.5 - Mức độ thực hiện các chỉ tiêu phát triển KT-XH do HĐND tỉnh giao năm 2022 (tiêu chí này năm 2022 bị trừ điểm do Nghị quyết số 40/NQ-HĐND ngày 16/12/2021 của HĐND tỉnh … 07 chỉ tiêu không đạt kế hoạch bao gồm: (1. Tốc độ tăng trưởng kinh tế GRDP đạt 3,98% (KH 8,5-9%); … 7. 91,21% xã, phường, thị trấn đạt cơ sở vững mạnh toàn diện (KH 100%))',
        tasks: [
          [
            'Đối với các chỉ tiêu không đạt năm 2022:\nChỉ tiêu 1, 2, 3: Tập trung khôi phục sản xuất công nghiệp, khắc phục sự cố Nhà máy Nhiệt điện Vũng Áng 1 …',
            'Các cơ quan, đơn vị, địa phương',
            'Các cơ quan, đơn vị, địa phương liên quan',
            N2023,
          ],
          [
            'Chỉ tiêu 4: Hỗ trợ các doanh nghiệp mở rộng thị trường xuất nhập khẩu. Triển khai hiệu quả Đề án đẩy mạnh xuất khẩu gắn với phát triển logistics.',
            'Sở Công Thương',
            'Ban Quản lý Khu kinh tế tỉnh và các đơn vị, địa phương liên quan',
            N2023,
          ],
          [
            'Chỉ tiêu 5: Đôn đốc các địa phương, chủ đầu tư đẩy nhanh tiến độ xây dựng lò đốt rác; hoàn thiện và phê duyệt Đề án thu gom, vận chuyển, xử lý chất thải rắn sinh hoạt.',
            'Sở Tài nguyên và Môi trường',
            'Sở, ban ngành, đoàn thể cấp tỉnh; UBND cấp huyện, xã',
            N2023,
          ],
          ['Chỉ tiêu 6: Đôn đốc các địa phương, chủ đầu tư đẩy nhanh tiến độ xây dựng các dự án cấp nước.', 'Sở Xây dựng', 'Các cơ quan, đơn vị, địa phương liên quan', N2023],
          [
            'Chỉ tiêu 7:\n- Triển khai thực hiện các văn bản chỉ đạo về xây dựng cơ sở vững mạnh toàn diện …',
            'Bộ Chỉ huy Quân sự tỉnh',
            'Các cơ quan, đơn vị, địa phương',
            N2023,
          ],
        ],
      },
    ],
  },
];

/**
 * The last task row of entry 8.5 has a criterion cell of its own, without a code: the 2023 targets
 * (Nghị quyết số 13-NQ/TU, Nghị quyết số 95/NQ-HĐND), under the same STT.
 */
export const HA_TINH_2023_LAST_ROW = {
  criterion:
    'Đối với thực hiện các chỉ tiêu kinh tế - xã hội năm 2023 (theo Nghị quyết số 13-NQ/TU ngày 12/12/2022 của Ban Chấp hành Đảng bộ tỉnh và Nghị quyết số 95/NQ-HĐND ngày 16/12/2022 của HĐND tỉnh về kế hoạch phát triển kinh tế - xã hội, quốc phòng - an ninh năm 2023 đề ra 29 chỉ tiêu)',
  task: '- Tiếp tục rà soát, đánh giá việc thực hiện mục tiêu, chỉ tiêu từ nay đến cuối năm 2023, phấn đấu hoàn thành cao nhất kế hoạch đề ra …\n- Đẩy nhanh tiến độ thực hiện Chương trình phục hồi và phát triển kinh tế xã hội và các dự án lớn, trọng điểm …',
  lead: 'Sở, ban ngành, đơn vị cấp tỉnh; UBND cấp huyện và các cơ quan liên quan',
  coordinating: 'Sở Kế hoạch và Đầu tư phối hợp theo dõi, đôn đốc, tổng hợp các chỉ tiêu',
  deadline: 'Tháng 12/2023',
} as const;
