import type { SeedQuestion } from '../types.js';

/** Luật Phòng, chống bạo lực gia đình số 13/2022/QH15 (thông qua 14/11/2022, hiệu lực 01/7/2023) — câu hỏi bám theo các Điều 2, 3, 4, 19, 22, 25, 26 của Luật; Ngày Gia đình Việt Nam theo Quyết định số 72/2001/QĐ-TTg. */
const LAW = 'Luật Phòng, chống bạo lực gia đình số 13/2022/QH15';

export const questions: readonly SeedQuestion[] = [
  // ---------- Dễ ----------
  {
    text: 'Theo Luật Phòng, chống bạo lực gia đình năm 2022, bạo lực gia đình được hiểu là gì?',
    options: [
      'Hành vi cố ý của thành viên gia đình gây tổn hại hoặc có khả năng gây tổn hại về thể chất, tinh thần, tình dục, kinh tế đối với thành viên khác trong gia đình',
      'Mọi mâu thuẫn, bất đồng ý kiến phát sinh giữa các thành viên trong gia đình',
      'Chỉ những hành vi đánh đập gây thương tích cho thành viên khác trong gia đình',
      'Hành vi của người ngoài gia đình gây tổn hại cho một thành viên gia đình',
    ],
    correct: [0],
    difficulty: 1,
    fields: ['bao-luc-gia-dinh'],
    explanation:
      'Khoản 1 Điều 2 định nghĩa bạo lực gia đình là hành vi cố ý của thành viên gia đình gây tổn hại hoặc có khả năng gây tổn hại về thể chất, tinh thần, tình dục, kinh tế đối với thành viên khác trong gia đình. Vì vậy bạo lực gia đình không chỉ là đánh đập, nhưng cũng không phải mọi bất đồng thông thường.',
    citation: { document: LAW, article: 'Khoản 1 Điều 2' },
  },
  {
    text: 'Theo Luật Phòng, chống bạo lực gia đình năm 2022, “cấm tiếp xúc” là biện pháp gì?',
    options: [
      'Cấm người có hành vi bạo lực gia đình đến gần người bị bạo lực gia đình hoặc sử dụng phương tiện, công cụ để thực hiện hành vi bạo lực gia đình',
      'Cấm người bị bạo lực gia đình liên lạc với người thân để tránh phát sinh xung đột',
      'Buộc người có hành vi bạo lực gia đình rời khỏi địa phương nơi mình cư trú',
      'Cấm mọi thành viên gia đình gặp nhau cho đến khi Tòa án giải quyết xong vụ án',
    ],
    correct: [0],
    difficulty: 1,
    fields: ['bao-luc-gia-dinh'],
    explanation:
      'Khoản 2 Điều 2 quy định cấm tiếp xúc là biện pháp cấm người có hành vi bạo lực gia đình đến gần người bị bạo lực gia đình hoặc sử dụng phương tiện, công cụ để thực hiện hành vi bạo lực gia đình. Biện pháp này nhằm bảo vệ người bị bạo lực, không hạn chế quyền của họ.',
    citation: { document: LAW, article: 'Khoản 2 Điều 2' },
  },
  {
    text: 'Hành vi nào sau đây là hành vi bạo lực gia đình theo Luật Phòng, chống bạo lực gia đình năm 2022?',
    options: [
      'Lăng mạ, chì chiết hoặc hành vi cố ý khác xúc phạm danh dự, nhân phẩm của thành viên gia đình',
      'Cha mẹ nhắc nhở, khuyên bảo con chăm chỉ học tập',
      'Vợ chồng cùng bàn bạc, thống nhất việc chi tiêu trong gia đình',
      'Con cháu đưa ông bà đi khám sức khỏe định kỳ',
    ],
    correct: [0],
    difficulty: 1,
    fields: ['bao-luc-gia-dinh'],
    explanation:
      'Khoản 1 Điều 3 liệt kê “lăng mạ, chì chiết hoặc hành vi cố ý khác xúc phạm danh dự, nhân phẩm” là hành vi bạo lực gia đình. Bạo lực gia đình không chỉ là bạo lực thể chất mà còn bao gồm bạo lực về tinh thần.',
    citation: { document: LAW, article: 'Khoản 1 Điều 3' },
  },
  {
    text: 'Theo Luật Phòng, chống bạo lực gia đình năm 2022, việc báo tin, tố giác về hành vi bạo lực gia đình được thực hiện theo những hình thức nào?',
    options: [
      'Gọi điện, nhắn tin; gửi đơn, thư; hoặc trực tiếp báo tin',
      'Chỉ bằng đơn viết tay có xác nhận của Trưởng thôn, Tổ trưởng tổ dân phố',
      'Chỉ trực tiếp đến trụ sở cơ quan Công an',
      'Chỉ thông qua luật sư hoặc người đại diện theo pháp luật',
    ],
    correct: [0],
    difficulty: 1,
    fields: ['bao-luc-gia-dinh'],
    explanation:
      'Khoản 2 Điều 19 quy định việc báo tin, tố giác về hành vi bạo lực gia đình được thực hiện bằng cách gọi điện, nhắn tin; gửi đơn, thư; hoặc trực tiếp báo tin. Luật đa dạng hóa hình thức để việc báo tin được kịp thời, thuận lợi.',
    citation: { document: LAW, article: 'Khoản 2 Điều 19' },
  },
  {
    text: 'Ngày Gia đình Việt Nam được tổ chức vào ngày nào hằng năm?',
    options: ['Ngày 28 tháng 6', 'Ngày 15 tháng 5', 'Ngày 20 tháng 10', 'Ngày 1 tháng 6'],
    correct: [0],
    difficulty: 1,
    fields: ['bao-luc-gia-dinh', 'hon-nhan-gia-dinh'],
    explanation:
      'Điều 1 Quyết định số 72/2001/QĐ-TTg của Thủ tướng Chính phủ lấy ngày 28 tháng 6 hằng năm làm Ngày Gia đình Việt Nam. Ngày 15/5 là Ngày Quốc tế Gia đình, 20/10 là Ngày Phụ nữ Việt Nam, còn 1/6 là Ngày Quốc tế Thiếu nhi.',
    citation: {
      document: 'Quyết định số 72/2001/QĐ-TTg của Thủ tướng Chính phủ về Ngày Gia đình Việt Nam',
      article: 'Điều 1',
    },
  },
  {
    text: 'Nội dung nào sau đây là một nguyên tắc phòng, chống bạo lực gia đình theo Luật Phòng, chống bạo lực gia đình năm 2022?',
    options: [
      'Phòng ngừa là chính, lấy người bị bạo lực gia đình là trung tâm',
      'Xử lý là chính, lấy người có hành vi bạo lực gia đình là trung tâm',
      'Chuyện trong nhà do gia đình tự giải quyết, cộng đồng không can thiệp',
      'Chỉ can thiệp khi hành vi bạo lực đã gây thương tích nghiêm trọng',
    ],
    correct: [0],
    difficulty: 1,
    fields: ['bao-luc-gia-dinh'],
    explanation:
      'Khoản 1 Điều 4 nêu nguyên tắc đầu tiên của công tác phòng, chống bạo lực gia đình là phòng ngừa là chính, lấy người bị bạo lực gia đình là trung tâm. Điều 4 cũng yêu cầu hành vi vi phạm phải được kịp thời phát hiện, ngăn chặn, xử lý nghiêm theo quy định của pháp luật.',
    citation: { document: LAW, article: 'Khoản 1 Điều 4' },
  },

  // ---------- Trung bình ----------
  {
    text: 'Theo Luật Phòng, chống bạo lực gia đình năm 2022, “nơi tạm lánh” là gì?',
    options: [
      'Địa điểm để bảo đảm an toàn cho người bị bạo lực gia đình',
      'Nơi tạm giữ người có hành vi bạo lực gia đình trong thời gian xác minh',
      'Nơi ở mới được Nhà nước cấp vĩnh viễn cho người bị bạo lực gia đình',
      'Phòng hòa giải mâu thuẫn gia đình đặt tại trụ sở Ủy ban nhân dân cấp xã',
    ],
    correct: [0],
    difficulty: 2,
    fields: ['bao-luc-gia-dinh'],
    explanation:
      'Khoản 3 Điều 2 định nghĩa nơi tạm lánh là địa điểm để bảo đảm an toàn cho người bị bạo lực gia đình. Bố trí nơi tạm lánh và hỗ trợ nhu cầu thiết yếu là một trong các biện pháp bảo vệ, hỗ trợ người bị bạo lực gia đình.',
    citation: { document: LAW, article: 'Khoản 3 Điều 2' },
  },
  {
    text: 'Chủ tịch Ủy ban nhân dân cấp xã nơi xảy ra hành vi bạo lực gia đình được quyết định áp dụng biện pháp cấm tiếp xúc mỗi lần không quá bao lâu?',
    options: ['03 ngày', '07 ngày', '01 tháng', '04 tháng'],
    correct: [0],
    difficulty: 2,
    fields: ['bao-luc-gia-dinh'],
    explanation:
      'Khoản 1 Điều 25 quy định Chủ tịch Ủy ban nhân dân cấp xã nơi xảy ra hành vi bạo lực gia đình quyết định áp dụng biện pháp cấm tiếp xúc mỗi lần không quá 03 ngày. Thời hạn dài hơn (không quá 04 tháng) thuộc thẩm quyền của Tòa án.',
    citation: { document: LAW, article: 'Khoản 1 Điều 25' },
  },
  {
    text: 'Tòa án nhân dân đang thụ lý hoặc giải quyết vụ án dân sự giữa người bị bạo lực gia đình và người có hành vi bạo lực gia đình được áp dụng biện pháp cấm tiếp xúc trong thời gian không quá bao lâu?',
    options: ['04 tháng', '03 ngày', '06 tháng', '12 tháng'],
    correct: [0],
    difficulty: 2,
    fields: ['bao-luc-gia-dinh'],
    explanation:
      'Theo khoản 1 Điều 26, Tòa án nhân dân đang thụ lý hoặc giải quyết vụ án dân sự giữa hai bên quyết định áp dụng biện pháp cấm tiếp xúc trong thời gian không quá 04 tháng khi có đủ điều kiện luật định, như hành vi bạo lực gây tổn hại hoặc đe dọa gây tổn hại đến sức khỏe, tính mạng của người bị bạo lực.',
    citation: { document: LAW, article: 'Khoản 1 Điều 26' },
  },
  {
    text: 'Theo Luật Phòng, chống bạo lực gia đình năm 2022, những nơi nào sau đây là địa chỉ tiếp nhận tin báo, tố giác về hành vi bạo lực gia đình (chọn nhiều đáp án)?',
    options: [
      'Ủy ban nhân dân cấp xã nơi xảy ra hành vi bạo lực gia đình',
      'Cơ quan Công an, Đồn Biên phòng gần nơi xảy ra hành vi bạo lực gia đình',
      'Cơ sở giáo dục nơi người bị bạo lực gia đình là người học',
      'Văn phòng công chứng nơi gia đình cư trú',
      'Ngân hàng nơi người có hành vi bạo lực gia đình mở tài khoản',
    ],
    correct: [0, 1, 2],
    difficulty: 2,
    fields: ['bao-luc-gia-dinh'],
    explanation:
      'Khoản 1 Điều 19 liệt kê các địa chỉ tiếp nhận tin báo, tố giác gồm: Ủy ban nhân dân cấp xã nơi xảy ra hành vi bạo lực; cơ quan Công an, Đồn Biên phòng gần nơi xảy ra; cơ sở giáo dục nơi người bị bạo lực là người học; Trưởng thôn, Tổ trưởng tổ dân phố, Trưởng Ban công tác Mặt trận; người đứng đầu tổ chức chính trị - xã hội cấp xã; và tổng đài điện thoại quốc gia về phòng, chống bạo lực gia đình. Văn phòng công chứng và ngân hàng không có trong danh sách này.',
    citation: { document: LAW, article: 'Khoản 1 Điều 19' },
  },
  {
    text: 'Hành vi nào sau đây thuộc các hành vi bạo lực gia đình được liệt kê trong Luật Phòng, chống bạo lực gia đình năm 2022?',
    options: [
      'Cưỡng ép thành viên gia đình học tập, lao động quá sức, đóng góp tài chính quá khả năng của họ',
      'Để con đã thành niên tự quản lý tiền lương của mình',
      'Vợ chồng thỏa thuận lập quỹ tiết kiệm chung cho gia đình',
      'Cha mẹ động viên con tham gia việc nhà phù hợp với lứa tuổi',
    ],
    correct: [0],
    difficulty: 2,
    fields: ['bao-luc-gia-dinh'],
    explanation:
      'Khoản 1 Điều 3 coi việc cưỡng ép thành viên gia đình học tập, lao động quá sức, đóng góp tài chính quá khả năng của họ, hoặc kiểm soát tài sản, thu nhập nhằm tạo ra tình trạng lệ thuộc, là hành vi bạo lực gia đình. Đây là dạng bạo lực về kinh tế.',
    citation: { document: LAW, article: 'Khoản 1 Điều 3' },
  },
  {
    text: 'Theo Luật Phòng, chống bạo lực gia đình năm 2022, “giáo dục, hỗ trợ chuyển đổi hành vi bạo lực gia đình” được hiểu là gì?',
    options: [
      'Quá trình cung cấp kiến thức, kỹ năng ứng xử, kiềm chế cảm xúc tiêu cực, kiểm soát hành vi, giải quyết mâu thuẫn giúp người có hành vi bạo lực gia đình chấm dứt bạo lực gia đình',
      'Việc đưa người có hành vi bạo lực gia đình vào cơ sở giáo dục bắt buộc',
      'Việc buộc người có hành vi bạo lực gia đình chuyển đến cư trú tại địa phương khác',
      'Hình thức phạt tiền đối với người có hành vi bạo lực gia đình',
    ],
    correct: [0],
    difficulty: 2,
    fields: ['bao-luc-gia-dinh'],
    explanation:
      'Khoản 4 Điều 2 định nghĩa giáo dục, hỗ trợ chuyển đổi hành vi bạo lực gia đình là quá trình cung cấp kiến thức, kỹ năng ứng xử, kiềm chế cảm xúc tiêu cực, kiểm soát hành vi, giải quyết mâu thuẫn giúp người có hành vi bạo lực gia đình chấm dứt bạo lực gia đình. Đây là một trong các biện pháp ngăn chặn, bảo vệ, hỗ trợ được liệt kê tại khoản 1 Điều 22.',
    citation: { document: LAW, article: 'Khoản 4 Điều 2' },
  },
  {
    text: 'Biện pháp nào sau đây KHÔNG thuộc các biện pháp ngăn chặn hành vi bạo lực gia đình và bảo vệ, hỗ trợ người bị bạo lực gia đình theo Luật Phòng, chống bạo lực gia đình năm 2022?',
    options: [
      'Tịch thu nhà ở của người có hành vi bạo lực gia đình',
      'Buộc chấm dứt hành vi bạo lực gia đình',
      'Bố trí nơi tạm lánh và hỗ trợ nhu cầu thiết yếu',
      'Trợ giúp pháp lý và tư vấn tâm lý, kỹ năng để ứng phó với hành vi bạo lực gia đình',
    ],
    correct: [0],
    difficulty: 2,
    fields: ['bao-luc-gia-dinh'],
    explanation:
      'Khoản 1 Điều 22 liệt kê các biện pháp như buộc chấm dứt hành vi bạo lực gia đình; yêu cầu người có hành vi bạo lực đến trụ sở Công an xã; cấm tiếp xúc; bố trí nơi tạm lánh và hỗ trợ nhu cầu thiết yếu; chăm sóc, điều trị; trợ giúp pháp lý và tư vấn tâm lý, kỹ năng; giáo dục, hỗ trợ chuyển đổi hành vi; góp ý, phê bình trong cộng đồng; thực hiện công việc phục vụ cộng đồng. Tịch thu nhà ở không phải là biện pháp được quy định.',
    citation: { document: LAW, article: 'Khoản 1 Điều 22' },
  },

  // ---------- Khó ----------
  {
    text: 'Kể từ khi nhận được đề nghị áp dụng biện pháp cấm tiếp xúc, Chủ tịch Ủy ban nhân dân cấp xã phải xem xét, quyết định trong thời hạn bao lâu?',
    options: ['12 giờ', '24 giờ', '03 ngày làm việc', '07 ngày'],
    correct: [0],
    difficulty: 3,
    fields: ['bao-luc-gia-dinh'],
    explanation:
      'Khoản 2 Điều 25 quy định trong thời hạn 12 giờ kể từ khi nhận được đề nghị, Chủ tịch Ủy ban nhân dân cấp xã xem xét, quyết định áp dụng biện pháp cấm tiếp xúc. Trường hợp không ra quyết định thì phải thông báo bằng văn bản và nêu rõ lý do cho người đề nghị.',
    citation: { document: LAW, article: 'Khoản 2 Điều 25' },
  },
  {
    text: 'Quyết định cấm tiếp xúc do Chủ tịch Ủy ban nhân dân cấp xã ban hành có hiệu lực từ thời điểm nào?',
    options: [
      'Ngay sau khi ký ban hành',
      'Sau 03 ngày kể từ ngày ký',
      'Khi người có hành vi bạo lực gia đình ký nhận quyết định',
      'Khi được Tòa án nhân dân công nhận',
    ],
    correct: [0],
    difficulty: 3,
    fields: ['bao-luc-gia-dinh'],
    explanation:
      'Khoản 3 Điều 25 quy định quyết định cấm tiếp xúc có hiệu lực ngay sau khi ký ban hành và được gửi cho người có hành vi bạo lực gia đình, người bị bạo lực gia đình, Trưởng Công an xã, Trưởng thôn, Tổ trưởng tổ dân phố nơi cư trú của người bị bạo lực gia đình.',
    citation: { document: LAW, article: 'Khoản 3 Điều 25' },
  },
  {
    text: 'Ngoài trường hợp có đề nghị, Chủ tịch Ủy ban nhân dân cấp xã nơi xảy ra hành vi bạo lực gia đình quyết định áp dụng biện pháp cấm tiếp xúc trong trường hợp nào?',
    options: [
      'Hành vi bạo lực gia đình đe dọa tính mạng của người bị bạo lực gia đình',
      'Hai bên đang có tranh chấp về tài sản chung',
      'Người có hành vi bạo lực gia đình đã bị nhắc nhở một lần',
      'Hàng xóm phản ánh gia đình thường xuyên cãi vã',
    ],
    correct: [0],
    difficulty: 3,
    fields: ['bao-luc-gia-dinh'],
    explanation:
      'Khoản 1 Điều 25 quy định hai trường hợp áp dụng cấm tiếp xúc: có đề nghị của người bị bạo lực, người giám hộ, người đại diện hoặc cơ quan, tổ chức, cá nhân có thẩm quyền (điểm a); hoặc hành vi bạo lực gia đình đe dọa tính mạng của người bị bạo lực gia đình (điểm b).',
    citation: { document: LAW, article: 'Điểm b khoản 1 Điều 25' },
  },
  {
    text: 'Trường hợp cơ quan, tổ chức, cá nhân có thẩm quyền đề nghị Chủ tịch Ủy ban nhân dân cấp xã áp dụng biện pháp cấm tiếp xúc thì cần đáp ứng điều kiện gì?',
    options: [
      'Phải được sự đồng ý của người bị bạo lực gia đình hoặc người giám hộ, người đại diện theo pháp luật của người bị bạo lực gia đình',
      'Phải có bản án đã có hiệu lực pháp luật về hành vi bạo lực gia đình',
      'Phải có ý kiến đồng ý của người có hành vi bạo lực gia đình',
      'Phải có chữ ký xác nhận của ít nhất ba hộ gia đình lân cận',
    ],
    correct: [0],
    difficulty: 3,
    fields: ['bao-luc-gia-dinh'],
    explanation:
      'Điểm a khoản 1 Điều 25 quy định trường hợp cơ quan, tổ chức, cá nhân có thẩm quyền đề nghị thì phải được sự đồng ý của người bị bạo lực gia đình hoặc người giám hộ, người đại diện theo pháp luật của họ. Quy định này thể hiện việc tôn trọng ý kiến của người bị bạo lực gia đình.',
    citation: { document: LAW, article: 'Điểm a khoản 1 Điều 25' },
  },
];
