/**
 * Kế hoạch duy trì, nâng cao Chỉ số CCHC năm 2023 của UBND tỉnh Sơn La (tháng 6/2023), Phụ lục:
 * Phân công nhiệm vụ, giải pháp duy trì, nâng cao Chỉ số CCHC năm 2023. A two-row header (the
 * two agency columns under "Phân công trách nhiệm"), eight area rows "1 Lĩnh vực “…”" and tasks
 * lettered a, b, c … inside each area: no criterion codes anywhere. Long task texts are shortened
 * where "…" stands; agency and deadline cells are as printed.
 */
export const SON_LA_2023_HEADER_TOP = ['TT', 'Nhiệm vụ, giải pháp', 'Phân công trách nhiệm', '', 'Thời gian hoàn thành', 'Ghi chú'] as const;
export const SON_LA_2023_HEADER_BOTTOM = ['', '', 'Cơ quan chủ trì', 'Cơ quan phối hợp', '', ''] as const;

/** TT, task, lead, coordinating, deadline, note. */
export type SonLaRow = readonly [string, string, string, string, string, string];

export const SON_LA_2023_ROWS: readonly SonLaRow[] = [
  ['1', 'Lĩnh vực “Công tác chỉ đạo, điều hành CCHC”', '', '', '', ''],
  ['a', 'Triển khai bảo đảm mức độ hoàn thành kế hoạch hàng năm (bao gồm: Kế hoạch CCHC, tuyên truyền về CCHC...) đạt 100%. Thực hiện nghiêm túc chế độ báo cáo định kỳ trong năm về công tác CCHC', 'Các sở, ban, ngành;\nUBND cấp huyện;\nUBND cấp xã.', 'Sở Nội vụ', 'Quý IV/2023', ''],
  ['b', 'Hoàn thành Kế hoạch kiểm tra công tác CCHC phải được thực hiện tối thiểu từ 30% số cơ quan, đơn vị trở lên, các vấn đề phát hiện phải được xử lý hoặc kiến nghị xử lý 100%', 'Sở Nội vụ', 'Các sở, ban, ngành; UBND cấp huyện; UBND cấp xã', 'Quý IV/2023', ''],
  ['c', 'Chủ tịch UBND tỉnh đối thoại, tháo gỡ khó khăn cho doanh nghiệp, định kỳ 6 tháng/ lần; tổ chức triển khai hiệu quả Chương trình “Cà phê doanh nhân”, hoạt động kỷ niệm ngày Doanh nhân Việt Nam', 'Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Văn phòng UBND tỉnh tổ chức ít nhất là 02 Hội nghị\nHội nghị đối thoại/diễn đàn giữa Chủ tịch UBND tỉnh với doanh nghiệp;\nThông báo giải quyết những kiến nghị, đề xuất của người dân và doanh nghiệp tại các cuộc đối thoại/diễn đàn.', 'Hiệp hội doanh nghiệp tỉnh; các sở, ban, ngành; UBND các huyện, thành phố', '- Tổ chức lần thứ nhất: Trước ngày 30 tháng 6 năm 2023.\n- Tổ chức lần thứ hai: Trước ngày 15 tháng 10 năm 2023 (Nhân ngày doanh nhân Việt Nam 13 tháng 10).', ''],
  ['d', 'Tổ chức Chương trình đối thoại giữa Chủ tịch UBND tỉnh với nông dân tỉnh Sơn La năm 2023', 'Văn phòng UBND', 'Hội Nông dân tỉnh; các sở, ban, ngành; Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội; UBND cấp huyện, cấp xã', 'Quý III/2023', ''],
  ['đ', 'Tổ chức thẩm định Chỉ số CCHC; tổ chức điều tra xã hội học đánh giá Chỉ số CCHC, Chỉ số SIPAS năm 2023 của các sở, ban, ngành, UBND các huyện, thành phố', 'Sở Nội vụ', 'Các sở, ban, ngành, UBND các huyện, thành phố; UBND các xã, phường, thị trấn', 'Quý IV/2023', ''],
  ['e', 'Mỗi sở, ban, ngành, UBND các huyện, thành phố có ít nhất 02 sáng kiến/giải pháp trở lên trong thực hiện nhiệm vụ CCHC của tỉnh, của cơ quan, đơn vị trong năm …', 'Các sở, ban, ngành;\nUBND cấp huyện;\nUBND cấp xã', 'Sở Nội vụ, Sở Thông tin và Truyền thông, Sở Khoa học và Công nghệ', 'Quý IV/2023', ''],
  ['g', 'Đôn đốc việc thực hiện 100% nhiệm vụ đúng tiến độ nhiệm vụ Chính phủ, Thủ tướng Chính phủ giao cho tỉnh trong năm', 'Văn phòng UBND tỉnh', 'Các sở, ban, ngành; UBND cấp huyện; cấp xã', 'Quý IV/2023', ''],
  ['2', 'Lĩnh vực “Cải cách thể chế”', '', '', '', ''],
  ['a', 'Chủ trì, phối hợp với các cơ quan, đơn vị thực hiện theo dõi thi hành pháp luật thông qua các hoạt động như: Thu thập thông tin thi hành pháp luật; kiểm tra tình hình thi hành pháp luật; điều tra, khảo sát tình hình thi hành pháp luật …', 'Sở Tư pháp', 'Các sở, ban, ngành; UBND cấp huyện; UBND cấp xã', 'Quý IV/2023', ''],
  ['b', 'Tham mưu cho UBND tỉnh ban hành văn bản chỉ đạo việc nâng cao chất lượng tổ chức công tác tuyên truyền, phổ biến, giáo dục pháp luật …', 'Sở Tư pháp', 'Các sở, ban, ngành; UBND cấp huyện; UBND cấp xã', 'Quý IV/2023', ''],
  ['c', 'Tham mưu, trình công bố danh mục văn bản hết hiệu lực, ngưng hiệu lực (nếu có) được kịp thời, đúng quy định', 'Sở Tư pháp', 'Các sở, ban, ngành; UBND cấp huyện; UBND cấp xã', 'Tháng 1/2024', ''],
  ['d', 'Tăng cường kiểm tra văn bản QPPL; kịp thời phát hiện và đề xuất xử lý các văn bản trái quy định của pháp luật. 100% văn bản QPPL phát hiện sai phạm qua tự kiểm tra được xử lý hoặc kiến nghị xử lý', 'Sở Tư pháp', 'Các sở, ban, ngành; UBND cấp huyện; UBND cấp xã', 'Quý IV/2023', ''],
  ['đ', 'Bảo đảm 100% văn bản QPPL ban hành đúng thẩm quyền, nội dung, trình tự, thủ tục, thể thức và kỹ thuật trình bày văn bản', 'Các sở, ban, ngành;\nUBND cấp huyện;\nUBND cấp xã', 'Sở Tư pháp', 'Năm 2023', ''],
  ['e', '100% văn bản QPPL được xử lý hoặc kiến nghị xử lý sau rà soát', 'Các sở, ban, ngành;\nUBND cấp huyện;\nUBND cấp xã', 'Sở Tư pháp', 'Năm 2023', ''],
  ['3', 'Lĩnh vực “Cải cách thủ tục hành chính”', '', '', '', ''],
  ['a', 'Tham mưu ban hành các văn bản chỉ đạo thực hiện công tác kiểm soát thủ tục hành chính thường xuyên, kịp thời theo chỉ đạo của Chính phủ, các bộ, ngành Trung ương và UBND tỉnh', 'Văn phòng UBND tỉnh', 'Các sở, ban, ngành, UBND các huyện, thành phố, các cơ quan đơn vị liên quan', 'Thường xuyên', ''],
  ['b', 'Xây dựng dự thảo Quyết định công bố danh mục TTHC thuộc thẩm quyền giải quyết của các cấp chính quyền trên địa bàn tỉnh … kịp thời, theo đúng quy định pháp luật', 'Các sở, ngành', 'Văn phòng UBND tỉnh', 'Thường xuyên', ''],
  ['c', 'Kiểm soát chất lượng hồ sơ trình công bố danh mục TTHC hoặc công bố TTHC đảm bảo đúng quy định của pháp luật', 'Văn phòng UBND tỉnh', 'Các sở, ngành', '5 ngày làm việc kể từ ngày nhận hồ sơ hợp lệ', ''],
  ['d', 'Nhập, đăng tải công khai, tích hợp, khai thác và quản lý Cơ sở dữ liệu quốc gia về thủ tục hành chính ngay sau khi có Quyết định công bố TTHC', 'Văn phòng UBND tỉnh', 'Văn phòng Chính phủ', '5 ngày làm việc kể từ khi Quyết định được ban hành', ''],
  ['đ', 'Công khai TTHC thuộc thẩm quyền giải quyết tại cơ quan, đơn vị. Đảm bảo các hình thức công khai đầy đủ, rõ ràng, minh bạch, dễ tiếp cận …', 'Các sở, ban, ngành;\nTrung tâm Phục vụ Hành chính công;\nUBND cấp huyện;\nUBND cấp xã; Cơ quan, tổ chức được nhà nước ủy quyền thực hiện dịch vụ công', 'Văn phòng UBND tỉnh', 'Thường xuyên', ''],
  ['e', 'Công khai niêm yết số điện thoại, thư điện tử cơ quan tiếp nhận phản ánh kiến nghị. Thực hiện tiếp nhận và xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính', 'Các sở, ban, ngành;\nTrung tâm Phục vụ Hành chính công;\nUBND cấp huyện;\nUBND cấp xã; Cơ quan, tổ chức được nhà nước ủy quyền thực hiện dịch vụ công', 'Văn phòng UBND tỉnh', 'Thường xuyên', ''],
  ['g', 'Tăng cường kiểm tra công tác kiểm soát TTHC tại các cơ quan, đơn vị theo kế hoạch …', 'Văn phòng UBND tỉnh', 'Các sở, ngành, UBND cấp huyện, UBND cấp xã, các cơ quan, đơn vị liên quan', 'Thường xuyên', ''],
  ['h', 'Tổ chức cập nhật tiến độ, kết quả giải quyết 100% hồ sơ thủ tục hành chính trên Cổng dịch công quốc gia và trên Cổng dịch vụ công của tỉnh', 'Các sở, ngành, UBND cấp huyện, UBND cấp xã, các cơ quan, đơn vị liên quan', 'Văn phòng UBND tỉnh; Sở Thông tin và Truyền thông', 'Thường xuyên', ''],
  ['4', 'Lĩnh vực “Công tác cải cách tổ chức bộ máy”', '', '', '', ''],
  ['a', '- Rà soát quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của các cơ quan chuyên môn thuộc UBND tỉnh, các phòng chuyên môn cấp huyện …\n- Kiện toàn, sắp xếp các đơn vị sự nghiệp công lập theo Nghị định số 120/2020/NĐ-CP …', 'Sở Nội vụ', 'Các sở, ban, ngành; UBND cấp huyện; UBND cấp xã.', 'Năm 2023', ''],
  ['b', '- Triển khai thực hiện đúng các quy định về quản lý, sử dụng biên chế công chức …\n- Rà soát và thực hiện việc kiểm tra, đánh giá định kỳ đối với nhiệm vụ đã phân cấp cho cấp huyện, cấp xã …', 'Sở Nội vụ', 'Các sở, ban, ngành; UBND cấp huyện; UBND cấp xã.', 'Năm 2023', ''],
  ['5', 'Lĩnh vực “Cải cách chế độ công vụ”', '', '', '', ''],
  ['a', 'Ban hành kịp thời đầy đủ các văn bản để hoàn thiện quy định về vị trí việc làm của cơ quan, tổ chức thuộc phạm vi quản lý …', 'Sở Nội vụ', 'Các sở, ban, ngành; các đơn vị sự nghiệp và UBND cấp huyện.', 'Năm 2023', ''],
  ['b', 'Thực hiện nghiêm túc việc đánh giá, phân loại cán bộ, công chức, viên chức theo các quy định của pháp luật …', 'Sở Nội vụ', 'Các cơ quan, đơn vị', 'Tháng 01/2024', ''],
  ['c', 'Hoàn thành kế hoạch đào tạo, bồi dưỡng cán bộ, công chức, viên chức... đạt 100 % kế hoạch giao. Quyết định giao chỉ tiêu đào tạo, bồi dưỡng cán bộ, công chức, viên chức năm 2023', 'Sở Nội vụ', 'Các cơ quan, đơn vị', 'Tháng 12/2023', ''],
  ['6', 'Lĩnh vực “Cải cách tài chính công”', '', '', '', ''],
  ['a', 'Tham mưu Ủy ban nhân dân tỉnh thực hiện các giải pháp, tháo gỡ khó khăn, vướng mắc; đôn đốc, hướng dẫn các cơ quan, đơn vị, địa phương thực hiện giải ngân vốn đầu tư công đạt từ 90% theo Kế hoạch năm 2023', 'Sở Kế hoạch và Đầu tư', 'Sở Tài chính; các sở, ban, ngành; UBND cấp huyện; UBND cấp xã', 'Trước ngày 31 tháng 12 năm 2023', ''],
  ['b', 'Tham mưu chỉ đạo thực hiện quy định về việc sử dụng kinh phí từ nguồn ngân sách nhà nước trong năm đảm bảo đúng quy định của pháp luật …', 'Sở Tài chính', 'Các sở, ban, ngành; UBND cấp huyện; UBND cấp xã.', 'Quý IV/2023', ''],
  ['c', 'Tham mưu chỉ đạo thực hiện đúng quy định cơ chế tự chủ, tự chịu trách nhiệm tại các đơn vị sự nghiệp công lập thuộc tỉnh …', 'Sở Tài chính', 'Các sở, ban, ngành; UBND cấp huyện; UBND cấp xã.', 'Quý IV/2023', ''],
  ['7', 'Lĩnh vực “Xây dựng và phát triển Chính quyền điện tử, Chính quyền số”', '', '', '', ''],
  ['a', 'Tiếp tục triển khai xây dựng Trung tâm dữ liệu phục vụ chuyển đổi số theo hướng sử dụng công nghệ điện toán đám mây …', 'Sở Thông tin và Truyền thông', 'Các sở, ban, ngành, UBND các huyện, thành phố', 'Tháng 12/2023', ''],
  ['b', 'Tổ chức kiểm tra, đánh giá chất lượng hoạt động, việc duy trì, cung cấp thông tin trên các Cổng/Trang thông tin điện tử của các sở, ngành, UBND cấp huyện, UBND cấp xã …', 'Sở Thông tin và Truyền thông', 'Các sở, ban, ngành, UBND các huyện, thành phố', 'Trước ngày 31/12/2023', ''],
  ['c', 'Rà soát, nâng cấp, hoàn thiện Cổng thông tin điện tử tỉnh và các ứng dụng trên Cổng Thông tin …', 'Văn phòng UBND tỉnh', 'Các sở, ban, ngành, UBND các huyện, thành phố; các cơ quan, đơn vị có liên quan', 'Tháng 12/2023', ''],
  ['d', 'Chủ trì theo dõi, đôn đốc, kiểm tra, đánh giá, tham mưu UBND tỉnh chỉ đạo thực hiện các giải pháp thúc đẩy việc tuyên truyền, thực hiện phát sinh hồ sơ TTHC của dịch vụ công trực tuyến toàn trình …', 'Sở Thông tin và Truyền thông;', 'Văn phòng UBND tỉnh; các sở, ban, ngành, UBND các huyện, thành phố; các cơ quan, đơn vị có liên quan', 'Tháng 12/2023', ''],
  ['đ', 'Tổ chức triển khai quy trình số hóa hồ sơ, giấy tờ, kết quả giải quyết TTHC tại các Bộ phận Một cửa cấp huyện, Bộ phận Một cửa cấp xã …', 'Sở, ban, ngành tỉnh;\nUBND cấp huyện;\nUBND cấp xã', 'Văn phòng UBND tỉnh; Sở Thông tin và Truyền thông; các cơ quan, đơn vị có liên quan', 'Năm 2023', ''],
  ['8', 'Lĩnh vực “tác động của CCHC đến người dân, tổ chức và phát triển KT-XH của tỉnh”', '', '', '', ''],
  ['a', 'Phối hợp với các đơn vị thuộc Bộ Nội vụ và các quan, đơn vị liên quan điều tra, khảo sát sự hài lòng của người dân, tổ chức … tỷ lệ hài lòng đạt từ 90% trở lên', 'Sở Nội vụ (sau khi có văn bản hướng dẫn của Bộ Nội vụ)', 'Các sở, ban, ngành; UBND cấp huyện; UBND cấp xã.', 'Quý IV/2023', ''],
  ['b', 'Chủ trì, phối hợp với các cơ quan, đơn vị tham mưu, đề xuất các giải pháp nhằm thúc đẩy phát triển KT-XH trên địa bàn tỉnh …', 'Sở Kế hoạch và Đầu tư', 'Các sở, ban, ngành; UBND cấp huyện; UBND cấp xã.', 'Quý IV/2023', ''],
  ['c', 'Thực hiện thu ngân sách năm 2023 của tỉnh vượt chỉ tiêu ít nhất 5% Kế hoạch được Chính phủ giao', 'Sở Tài chính', 'Sở Kế hoạch và Đầu tư; các sở, ban, ngành; UBND cấp huyện; UBND cấp xã.', 'Quý IV/2023', ''],
  ['d', 'Tỷ lệ đóng góp vào thu ngân sách của tỉnh của khu vực doanh nghiệp tăng so với năm trước liền kề', 'Cục thuế tỉnh', 'Sở Kế hoạch và Đầu tư; Sở Tài chính; các sở, ban, ngành; UBND cấp huyện; UBND cấp xã.', 'Quý IV/2023', ''],
];
