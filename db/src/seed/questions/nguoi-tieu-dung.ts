import type { SeedQuestion } from '../types.js';

/** Luật Bảo vệ quyền lợi người tiêu dùng số 19/2023/QH15 (thông qua 20/6/2023, hiệu lực 01/7/2024) — câu hỏi bám theo các Điều 3, 4, 8, 10, 30, 32, 33, 37, 54, 57 của Luật; Ngày Quyền của người tiêu dùng Việt Nam theo Quyết định số 1035/QĐ-TTg. */
const LAW = 'Luật Bảo vệ quyền lợi người tiêu dùng số 19/2023/QH15';

export const questions: readonly SeedQuestion[] = [
  // ---------- Dễ ----------
  {
    text: 'Theo Luật Bảo vệ quyền lợi người tiêu dùng năm 2023, người tiêu dùng là ai?',
    options: [
      'Người mua, sử dụng sản phẩm, hàng hóa, dịch vụ cho mục đích tiêu dùng, sinh hoạt của cá nhân, gia đình, cơ quan, tổ chức và không vì mục đích thương mại',
      'Người mua hàng hóa với số lượng lớn để bán lại kiếm lời',
      'Chỉ công dân Việt Nam từ đủ 18 tuổi trở lên mua hàng tại cửa hàng',
      'Tổ chức, cá nhân sản xuất, kinh doanh hàng hóa trên thị trường',
    ],
    correct: [0],
    difficulty: 1,
    fields: ['nguoi-tieu-dung'],
    explanation:
      'Khoản 1 Điều 3 định nghĩa người tiêu dùng là người mua, sử dụng sản phẩm, hàng hóa, dịch vụ cho mục đích tiêu dùng, sinh hoạt của cá nhân, gia đình, cơ quan, tổ chức và không vì mục đích thương mại. Người mua để bán lại kiếm lời không phải là người tiêu dùng theo Luật này.',
    citation: { document: LAW, article: 'Khoản 1 Điều 3' },
  },
  {
    text: 'Ngày Quyền của người tiêu dùng Việt Nam là ngày nào hằng năm?',
    options: ['Ngày 15 tháng 3', 'Ngày 28 tháng 6', 'Ngày 8 tháng 3', 'Ngày 1 tháng 7'],
    correct: [0],
    difficulty: 1,
    fields: ['nguoi-tieu-dung'],
    explanation:
      'Quyết định số 1035/QĐ-TTg ngày 10/7/2015 của Thủ tướng Chính phủ lấy ngày 15 tháng 3 hằng năm là Ngày Quyền của người tiêu dùng Việt Nam, trùng với Ngày Quyền của người tiêu dùng thế giới. Ngày 28/6 là Ngày Gia đình Việt Nam.',
    citation: {
      document: 'Quyết định số 1035/QĐ-TTg ngày 10/7/2015 của Thủ tướng Chính phủ về Ngày Quyền của người tiêu dùng Việt Nam',
      article: 'Điều 1',
    },
  },
  {
    text: 'Đối tượng nào sau đây thuộc nhóm người tiêu dùng dễ bị tổn thương theo Luật Bảo vệ quyền lợi người tiêu dùng năm 2023?',
    options: [
      'Phụ nữ đang mang thai hoặc nuôi con dưới 36 tháng tuổi',
      'Người mua hàng qua mạng lần đầu',
      'Người có thu nhập cao mua hàng xa xỉ',
      'Người mua hàng theo hình thức trả góp',
    ],
    correct: [0],
    difficulty: 1,
    fields: ['nguoi-tieu-dung'],
    explanation:
      'Khoản 1 Điều 8 liệt kê người tiêu dùng dễ bị tổn thương gồm: người cao tuổi; người khuyết tật; trẻ em; người dân tộc thiểu số và người sinh sống tại vùng đồng bào dân tộc thiểu số và miền núi, hải đảo, vùng có điều kiện kinh tế - xã hội khó khăn; phụ nữ đang mang thai hoặc nuôi con dưới 36 tháng tuổi; người bị bệnh hiểm nghèo; thành viên hộ nghèo.',
    citation: { document: LAW, article: 'Khoản 1 Điều 8' },
  },
  {
    text: 'Quyền nào sau đây là quyền của người tiêu dùng theo Luật Bảo vệ quyền lợi người tiêu dùng năm 2023?',
    options: [
      'Được cung cấp hóa đơn, chứng từ, tài liệu liên quan đến giao dịch',
      'Được nhận sản phẩm mà không phải thanh toán nếu không hài lòng với thái độ phục vụ',
      'Được tự ý đăng tải thông tin cá nhân của nhân viên bán hàng lên mạng xã hội',
      'Được buộc tổ chức, cá nhân kinh doanh bán hàng theo mức giá do mình tự đặt',
    ],
    correct: [0],
    difficulty: 1,
    fields: ['nguoi-tieu-dung'],
    explanation:
      'Điều 4 quy định người tiêu dùng được cung cấp hóa đơn, chứng từ, tài liệu liên quan đến giao dịch; được cung cấp thông tin kịp thời, chính xác, đầy đủ về sản phẩm, hàng hóa, dịch vụ và về tổ chức, cá nhân kinh doanh. Các phương án còn lại không phải là quyền được pháp luật bảo vệ.',
    citation: { document: LAW, article: 'Điều 4' },
  },
  {
    text: 'Theo Luật Bảo vệ quyền lợi người tiêu dùng năm 2023, người tiêu dùng có quyền quyết định tham gia hoặc không tham gia giao dịch với tổ chức, cá nhân kinh doanh. Nhận định này đúng hay sai?',
    options: ['Đúng', 'Sai'],
    correct: [0],
    difficulty: 1,
    fields: ['nguoi-tieu-dung'],
    explanation:
      'Điều 4 quy định người tiêu dùng có quyền lựa chọn sản phẩm, hàng hóa, dịch vụ, tổ chức, cá nhân kinh doanh theo nhu cầu, điều kiện thực tế của mình; quyết định tham gia hoặc không tham gia giao dịch; thỏa thuận các nội dung giao dịch với tổ chức, cá nhân kinh doanh.',
    citation: { document: LAW, article: 'Điều 4' },
  },
  {
    text: 'Theo Luật Bảo vệ quyền lợi người tiêu dùng năm 2023, tranh chấp giữa người tiêu dùng và tổ chức, cá nhân kinh doanh được giải quyết thông qua những phương thức nào (chọn nhiều đáp án)?',
    options: [
      'Thương lượng',
      'Hòa giải',
      'Trọng tài',
      'Tòa án',
      'Biểu quyết tại cuộc họp khu dân cư',
      'Quyết định đơn phương của tổ chức, cá nhân kinh doanh',
    ],
    correct: [0, 1, 2, 3],
    difficulty: 1,
    fields: ['nguoi-tieu-dung'],
    explanation:
      'Điều 54 quy định tranh chấp giữa người tiêu dùng và tổ chức, cá nhân kinh doanh được giải quyết thông qua bốn phương thức: thương lượng, hòa giải, trọng tài và Tòa án.',
    citation: { document: LAW, article: 'Điều 54' },
  },

  // ---------- Trung bình ----------
  {
    text: 'Một công ty liên tục gọi điện, nhắn tin giới thiệu sản phẩm dù người tiêu dùng đã nhiều lần từ chối. Theo Luật Bảo vệ quyền lợi người tiêu dùng năm 2023, hành vi này được xác định là:',
    options: [
      'Hành vi quấy rối người tiêu dùng, thuộc các hành vi bị nghiêm cấm',
      'Hoạt động tiếp thị hợp pháp vì không có nội dung sai sự thật',
      'Hành vi chỉ bị cấm khi công ty gọi điện vào ban đêm',
      'Hành vi được phép nếu công ty đã đăng ký kinh doanh',
    ],
    correct: [0],
    difficulty: 2,
    fields: ['nguoi-tieu-dung'],
    explanation:
      'Khoản 1 Điều 10 nghiêm cấm tổ chức, cá nhân kinh doanh quấy rối người tiêu dùng, tức là tiếp xúc trực tiếp hoặc gián tiếp trái với ý muốn của người tiêu dùng để giới thiệu sản phẩm, hàng hóa, dịch vụ, đề nghị giao kết hợp đồng, hoặc có hành vi khác gây cản trở công việc, sinh hoạt bình thường của người tiêu dùng.',
    citation: { document: LAW, article: 'Khoản 1 Điều 10' },
  },
  {
    text: 'Theo Luật Bảo vệ quyền lợi người tiêu dùng năm 2023, các phương thức giải quyết tranh chấp giữa người tiêu dùng và tổ chức, cá nhân kinh doanh được thực hiện theo hình thức nào?',
    options: [
      'Trực tiếp, trực tuyến hoặc hình thức khác theo quy định của pháp luật có liên quan',
      'Chỉ trực tiếp tại trụ sở của tổ chức, cá nhân kinh doanh',
      'Chỉ bằng văn bản giấy gửi qua đường bưu điện',
      'Chỉ trực tuyến trên nền tảng do Nhà nước quản lý',
    ],
    correct: [0],
    difficulty: 2,
    fields: ['nguoi-tieu-dung'],
    explanation:
      'Điều 54 quy định phương thức giải quyết tranh chấp giữa người tiêu dùng và tổ chức, cá nhân kinh doanh được thực hiện theo hình thức trực tiếp, trực tuyến hoặc hình thức khác theo quy định của pháp luật có liên quan.',
    citation: { document: LAW, article: 'Điều 54' },
  },
  {
    text: 'Khi thực hiện giao dịch từ xa, tổ chức, cá nhân kinh doanh phải cung cấp chính xác, đầy đủ cho người tiêu dùng thông tin nào sau đây?',
    options: [
      'Chi phí giao hàng (nếu có) và điều kiện, phương thức đổi, trả sản phẩm, hàng hóa, dịch vụ',
      'Doanh thu và lợi nhuận của năm tài chính gần nhất',
      'Danh sách những người tiêu dùng khác đã mua sản phẩm',
      'Mức lương của nhân viên tư vấn bán hàng',
    ],
    correct: [0],
    difficulty: 2,
    fields: ['nguoi-tieu-dung'],
    explanation:
      'Khoản 1 Điều 37 yêu cầu khi giao dịch từ xa phải cung cấp các thông tin như tên, địa chỉ, số điện thoại của tổ chức, cá nhân kinh doanh; số lượng, chất lượng, giá, nguồn gốc, xuất xứ của sản phẩm; chi phí giao hàng (nếu có); phương thức, thời hạn thanh toán; điều kiện và phương thức đổi, trả sản phẩm, hàng hóa, dịch vụ.',
    citation: { document: LAW, article: 'Khoản 1 Điều 37' },
  },
  {
    text: 'Theo Luật Bảo vệ quyền lợi người tiêu dùng năm 2023, thời gian thực hiện bảo hành sản phẩm, hàng hóa có được tính vào thời hạn bảo hành không?',
    options: [
      'Không, thời gian thực hiện bảo hành không tính vào thời hạn bảo hành',
      'Có, thời gian thực hiện bảo hành được trừ vào thời hạn bảo hành còn lại',
      'Chỉ không tính nếu thời gian sửa chữa kéo dài trên 30 ngày',
      'Do tổ chức, cá nhân kinh doanh tự quyết định trong từng trường hợp',
    ],
    correct: [0],
    difficulty: 2,
    fields: ['nguoi-tieu-dung'],
    explanation:
      'Điều 30 yêu cầu tổ chức, cá nhân kinh doanh cung cấp văn bản tiếp nhận bảo hành hoặc hình thức tương đương, ghi rõ thời gian thực hiện bảo hành; thời gian thực hiện bảo hành không tính vào thời hạn bảo hành sản phẩm, hàng hóa, linh kiện, phụ kiện.',
    citation: { document: LAW, article: 'Điều 30' },
  },
  {
    text: 'Khi sản phẩm, hàng hóa có khuyết tật, tổ chức, cá nhân kinh doanh có những trách nhiệm nào sau đây (chọn nhiều đáp án)?',
    options: [
      'Thu hồi và xử lý sản phẩm, hàng hóa có khuyết tật',
      'Báo cáo cơ quan quản lý nhà nước về bảo vệ quyền lợi người tiêu dùng và cơ quan quản lý nhà nước có liên quan trước và sau khi thu hồi',
      'Chịu các chi phí phát sinh trong quá trình thu hồi',
      'Chỉ thu hồi khi có bản án của Tòa án buộc thu hồi',
      'Yêu cầu người tiêu dùng thanh toán chi phí vận chuyển sản phẩm bị thu hồi',
    ],
    correct: [0, 1, 2],
    difficulty: 2,
    fields: ['nguoi-tieu-dung'],
    explanation:
      'Điều 32 quy định tổ chức, cá nhân kinh doanh phải thu hồi và xử lý sản phẩm, hàng hóa có khuyết tật; thực hiện các biện pháp cần thiết để bảo vệ quyền lợi người tiêu dùng; báo cáo cơ quan quản lý nhà nước trước và sau khi thu hồi, thu hồi đúng nội dung đã báo cáo, thông báo và chịu các chi phí phát sinh trong quá trình thu hồi.',
    citation: { document: LAW, article: 'Điều 32' },
  },
  {
    text: 'Theo Luật Bảo vệ quyền lợi người tiêu dùng năm 2023, người tiêu dùng dễ bị tổn thương được hiểu là người tiêu dùng:',
    options: [
      'Có khả năng chịu nhiều tác động bất lợi về tiếp cận thông tin, sức khỏe, tài sản, giải quyết tranh chấp tại thời điểm mua hoặc sử dụng sản phẩm, hàng hóa, dịch vụ',
      'Đã từng bị tổ chức, cá nhân kinh doanh lừa dối ít nhất một lần',
      'Mua sản phẩm, hàng hóa có giá trị trên 100 triệu đồng',
      'Không có tài khoản ngân hàng để thanh toán trực tuyến',
    ],
    correct: [0],
    difficulty: 2,
    fields: ['nguoi-tieu-dung'],
    explanation:
      'Khoản 1 Điều 8 định nghĩa người tiêu dùng dễ bị tổn thương là người tiêu dùng có khả năng chịu nhiều tác động bất lợi về tiếp cận thông tin, sức khỏe, tài sản, giải quyết tranh chấp tại thời điểm mua hoặc sử dụng sản phẩm, hàng hóa, dịch vụ, và liệt kê cụ thể các nhóm đối tượng.',
    citation: { document: LAW, article: 'Khoản 1 Điều 8' },
  },

  // ---------- Khó ----------
  {
    text: 'Khi nhận được yêu cầu thương lượng của người tiêu dùng, tổ chức, cá nhân kinh doanh có trách nhiệm tiếp nhận, tiến hành thương lượng trong thời hạn bao lâu?',
    options: [
      '07 ngày làm việc kể từ ngày nhận được yêu cầu',
      '03 ngày làm việc kể từ ngày nhận được yêu cầu',
      '15 ngày kể từ ngày nhận được yêu cầu',
      '30 ngày kể từ ngày nhận được yêu cầu',
    ],
    correct: [0],
    difficulty: 3,
    fields: ['nguoi-tieu-dung'],
    explanation:
      'Khoản 2 Điều 57 quy định tổ chức, cá nhân kinh doanh có trách nhiệm tiếp nhận, tiến hành thương lượng với người tiêu dùng trong thời hạn 07 ngày làm việc kể từ ngày nhận được yêu cầu. Nếu doanh nghiệp không trả lời hoặc từ chối thương lượng không có lý do chính đáng, người tiêu dùng có thể yêu cầu cơ quan quản lý nhà nước hoặc tổ chức xã hội hỗ trợ thương lượng.',
    citation: { document: LAW, article: 'Khoản 2 Điều 57' },
  },
  {
    text: 'Trường hợp nào sau đây KHÔNG được giải quyết bằng thương lượng, hòa giải theo Luật Bảo vệ quyền lợi người tiêu dùng năm 2023?',
    options: [
      'Tranh chấp gây thiệt hại đến lợi ích của nhiều người tiêu dùng mà chưa xác định đầy đủ số lượng người tiêu dùng bị thiệt hại',
      'Tranh chấp về việc giao hàng chậm so với thời hạn đã thỏa thuận',
      'Tranh chấp về chất lượng một chiếc điện thoại đã mua',
      'Tranh chấp có giá trị dưới 10 triệu đồng',
    ],
    correct: [0],
    difficulty: 3,
    fields: ['nguoi-tieu-dung'],
    explanation:
      'Điều 54 quy định không được thương lượng, hòa giải trong các trường hợp: xâm phạm đến lợi ích quốc gia, dân tộc, lợi ích công cộng; vi phạm điều cấm của luật hoặc trái đạo đức xã hội; gây thiệt hại đến lợi ích của nhiều người tiêu dùng, trừ trường hợp xác định đầy đủ số lượng người tiêu dùng bị thiệt hại.',
    citation: { document: LAW, article: 'Điều 54' },
  },
  {
    text: 'Trường hợp tổ chức, cá nhân kinh doanh thay thế linh kiện, phụ kiện khi bảo hành thì thời hạn bảo hành của linh kiện, phụ kiện đó được xác định thế nào?',
    options: [
      'Được tính lại từ thời điểm thay thế',
      'Tiếp tục tính theo thời hạn bảo hành còn lại của sản phẩm ban đầu',
      'Linh kiện, phụ kiện thay thế không còn được bảo hành',
      'Chỉ được bảo hành tối đa 30 ngày kể từ khi thay thế',
    ],
    correct: [0],
    difficulty: 3,
    fields: ['nguoi-tieu-dung'],
    explanation:
      'Điều 30 quy định trường hợp tổ chức, cá nhân kinh doanh thay thế linh kiện, phụ kiện thì thời hạn bảo hành của linh kiện, phụ kiện đó được tính lại từ thời điểm thay thế.',
    citation: { document: LAW, article: 'Điều 30' },
  },
  {
    text: 'Theo Luật Bảo vệ quyền lợi người tiêu dùng năm 2023, sản phẩm, hàng hóa có khuyết tật nhóm A là:',
    options: [
      'Sản phẩm, hàng hóa có khả năng gây thiệt hại cho tính mạng, sức khỏe của người tiêu dùng',
      'Sản phẩm, hàng hóa chỉ có lỗi về bao bì, nhãn mác',
      'Sản phẩm, hàng hóa đã hết thời hạn bảo hành',
      'Sản phẩm, hàng hóa nhập khẩu chưa có hướng dẫn sử dụng bằng tiếng Việt',
    ],
    correct: [0],
    difficulty: 3,
    fields: ['nguoi-tieu-dung'],
    explanation:
      'Điều 33 phân loại sản phẩm, hàng hóa có khuyết tật, trong đó nhóm A là sản phẩm, hàng hóa có khả năng gây thiệt hại cho tính mạng, sức khỏe của người tiêu dùng. Việc phân nhóm làm căn cứ cho trình tự, thủ tục thu hồi.',
    citation: { document: LAW, article: 'Điều 33' },
  },
  {
    text: 'Theo Luật Bảo vệ quyền lợi người tiêu dùng năm 2023, chủ thể nào sau đây thuộc khái niệm “tổ chức, cá nhân kinh doanh”?',
    options: [
      'Cá nhân hoạt động thương mại độc lập, thường xuyên, không phải đăng ký kinh doanh',
      'Người mua hàng hóa để sử dụng cho sinh hoạt gia đình',
      'Cơ quan nhà nước mua văn phòng phẩm phục vụ công tác',
      'Người mua quà để tặng người thân trong dịp lễ, Tết',
    ],
    correct: [0],
    difficulty: 3,
    fields: ['nguoi-tieu-dung'],
    explanation:
      'Khoản 2 Điều 3 quy định tổ chức, cá nhân kinh doanh là tổ chức, cá nhân thực hiện liên tục một, một số hoặc tất cả các công đoạn từ đầu tư, sản xuất đến tiêu thụ sản phẩm, hàng hóa hoặc cung cấp dịch vụ nhằm mục đích sinh lợi, bao gồm thương nhân và cá nhân hoạt động thương mại độc lập, thường xuyên, không phải đăng ký kinh doanh. Các chủ thể mua để sinh hoạt, tiêu dùng là người tiêu dùng.',
    citation: { document: LAW, article: 'Khoản 2 Điều 3' },
  },
];
