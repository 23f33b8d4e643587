import type { SeedQuestion } from '../types.js';

/** Luật Bảo vệ quyền lợi người tiêu dùng số 19/2023/QH15 (thông qua 20/6/2023, hiệu lực 01/7/2024) — câu hỏi bám theo các Điều 3, 4, 8, 10, 37, 54, 56, 57 của Luật. */
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
    text: 'Theo Luật Bảo vệ quyền lợi người tiêu dùng năm 2023, khi tham gia giao dịch, sử dụng sản phẩm, hàng hóa, dịch vụ, người tiêu dùng được bảo đảm điều gì?',
    options: [
      'An toàn tính mạng, sức khỏe, danh dự, nhân phẩm, uy tín, tài sản và bảo vệ thông tin của mình',
      'Được hoàn lại tiền trong mọi trường hợp chỉ vì đổi ý không muốn mua nữa',
      'Được miễn mọi khoản thuế, phí khi mua sản phẩm, hàng hóa',
      'Được tự quyết định giá bán thay cho tổ chức, cá nhân kinh doanh',
    ],
    correct: [0],
    difficulty: 1,
    fields: ['nguoi-tieu-dung'],
    explanation:
      'Khoản 1 Điều 4 quy định người tiêu dùng được bảo đảm an toàn tính mạng, sức khỏe, danh dự, nhân phẩm, uy tín, tài sản, bảo vệ thông tin, quyền, lợi ích hợp pháp khác khi tham gia giao dịch, sử dụng sản phẩm, hàng hóa, dịch vụ do tổ chức, cá nhân kinh doanh cung cấp. Các phương án còn lại không phải là quyền do Luật quy định.',
    citation: { document: LAW, article: 'Khoản 1 Điều 4' },
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
      'Khoản 2 Điều 4 quy định người tiêu dùng được cung cấp hóa đơn, chứng từ, tài liệu liên quan đến giao dịch và thông tin kịp thời, chính xác, đầy đủ về sản phẩm, hàng hóa, dịch vụ, tổ chức, cá nhân kinh doanh. Các phương án còn lại không phải là quyền được pháp luật bảo vệ.',
    citation: { document: LAW, article: 'Khoản 2 Điều 4' },
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
    text: 'Theo Luật Bảo vệ quyền lợi người tiêu dùng năm 2023, giao dịch đặc thù giữa tổ chức, cá nhân kinh doanh và người tiêu dùng bao gồm những loại giao dịch nào (chọn nhiều đáp án)?',
    options: [
      'Giao dịch từ xa',
      'Cung cấp dịch vụ liên tục',
      'Bán hàng trực tiếp',
      'Mua bán hàng hóa giữa hai doanh nghiệp để sản xuất, kinh doanh',
      'Mua hàng tại quầy của cửa hàng bán lẻ cố định',
    ],
    correct: [0, 1, 2],
    difficulty: 2,
    fields: ['nguoi-tieu-dung'],
    explanation:
      'Khoản 8 Điều 3 quy định giao dịch đặc thù bao gồm giao dịch từ xa, cung cấp dịch vụ liên tục và bán hàng trực tiếp giữa tổ chức, cá nhân kinh doanh và người tiêu dùng. Mua bán giữa doanh nghiệp với nhau vì mục đích kinh doanh không phải giao dịch với người tiêu dùng; mua tại địa điểm bán lẻ cố định không thuộc các hình thức bán hàng trực tiếp nêu tại khoản 7 Điều 3.',
    citation: { document: LAW, article: 'Khoản 8 Điều 3' },
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
    text: 'Theo Luật Bảo vệ quyền lợi người tiêu dùng năm 2023, “tiêu dùng bền vững” được hiểu là:',
    options: [
      'Việc sử dụng sản phẩm, hàng hóa, dịch vụ đáp ứng mục đích tiêu dùng, sinh hoạt một cách hiệu quả, đồng thời giảm thiểu các tác động tiêu cực về môi trường, kinh tế - xã hội',
      'Việc chỉ được mua sản phẩm, hàng hóa sản xuất trong nước',
      'Việc tiêu dùng với số lượng lớn để kích thích tăng trưởng kinh tế',
      'Việc chỉ mua sản phẩm, hàng hóa có thời hạn bảo hành từ 05 năm trở lên',
    ],
    correct: [0],
    difficulty: 2,
    fields: ['nguoi-tieu-dung'],
    explanation:
      'Khoản 10 Điều 3 định nghĩa tiêu dùng bền vững là việc sử dụng sản phẩm, hàng hóa, dịch vụ đáp ứng mục đích tiêu dùng, sinh hoạt của cá nhân, gia đình, cơ quan, tổ chức một cách hiệu quả, đồng thời giảm thiểu các tác động tiêu cực về môi trường, kinh tế - xã hội.',
    citation: { document: LAW, article: 'Khoản 10 Điều 3' },
  },
  {
    text: 'Theo Luật Bảo vệ quyền lợi người tiêu dùng năm 2023, người tiêu dùng gửi yêu cầu thương lượng đến tổ chức, cá nhân kinh doanh bằng cách nào?',
    options: [
      'Gửi đến trụ sở chính, chi nhánh, văn phòng đại diện, địa điểm kinh doanh, trang thông tin điện tử hoặc phương thức liên lạc khác mà tổ chức, cá nhân kinh doanh đã công khai hoặc đang áp dụng',
      'Chỉ được gửi trực tiếp tại trụ sở chính của tổ chức, cá nhân kinh doanh',
      'Phải gửi qua Ủy ban nhân dân cấp xã nơi người tiêu dùng cư trú',
      'Phải gửi qua Tòa án nơi tổ chức, cá nhân kinh doanh đặt trụ sở',
    ],
    correct: [0],
    difficulty: 2,
    fields: ['nguoi-tieu-dung'],
    explanation:
      'Khoản 1 Điều 57 quy định người tiêu dùng gửi yêu cầu thương lượng và thông tin, tài liệu liên quan (nếu có) đến tổ chức, cá nhân kinh doanh tại trụ sở chính, chi nhánh, văn phòng đại diện, địa điểm kinh doanh, trang thông tin điện tử hoặc thông qua phương thức liên lạc khác do tổ chức, cá nhân kinh doanh đã công khai hoặc đang áp dụng.',
    citation: { document: LAW, article: 'Khoản 1 Điều 57' },
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
      'Khoản 2 Điều 57 quy định tổ chức, cá nhân kinh doanh có trách nhiệm tiếp nhận, tiến hành thương lượng với người tiêu dùng trong thời hạn 07 ngày làm việc kể từ ngày nhận được yêu cầu. Nếu tổ chức, cá nhân kinh doanh không trả lời hoặc từ chối thương lượng mà không có lý do chính đáng, người tiêu dùng có thể yêu cầu cơ quan quản lý nhà nước hoặc tổ chức xã hội hỗ trợ thương lượng (khoản 3 Điều 56).',
    citation: { document: LAW, article: 'Khoản 2 Điều 57' },
  },
  {
    text: 'Tổ chức, cá nhân kinh doanh không trả lời yêu cầu thương lượng trong thời hạn luật định hoặc từ chối thương lượng mà không có lý do chính đáng. Theo Luật Bảo vệ quyền lợi người tiêu dùng năm 2023, người tiêu dùng có quyền:',
    options: [
      'Yêu cầu cơ quan quản lý nhà nước về bảo vệ quyền lợi người tiêu dùng, tổ chức xã hội tham gia bảo vệ quyền lợi người tiêu dùng hỗ trợ thương lượng',
      'Tự ý giữ tài sản của tổ chức, cá nhân kinh doanh để bù đắp thiệt hại',
      'Yêu cầu Trưởng thôn, Tổ trưởng tổ dân phố ra quyết định buộc bồi thường',
      'Không còn quyền nào khác vì đã bỏ lỡ cơ hội thương lượng',
    ],
    correct: [0],
    difficulty: 3,
    fields: ['nguoi-tieu-dung'],
    explanation:
      'Khoản 3 Điều 56 quy định trường hợp tổ chức, cá nhân kinh doanh không trả lời yêu cầu thương lượng theo Điều 57 hoặc từ chối thương lượng mà không có lý do chính đáng, người tiêu dùng có quyền yêu cầu cơ quan quản lý nhà nước về bảo vệ quyền lợi người tiêu dùng, tổ chức xã hội tham gia bảo vệ quyền lợi người tiêu dùng hỗ trợ thương lượng khi quyền, lợi ích hợp pháp của mình bị xâm phạm. Người tiêu dùng vẫn có thể lựa chọn hòa giải, trọng tài hoặc Tòa án.',
    citation: { document: LAW, article: 'Khoản 3 Điều 56' },
  },
  {
    text: 'Theo Luật Bảo vệ quyền lợi người tiêu dùng năm 2023, “người có ảnh hưởng” là:',
    options: [
      'Chuyên gia, người có uy tín, người được xã hội chú ý trong lĩnh vực, ngành, nghề cụ thể theo quy định của Chính phủ',
      'Bất kỳ người nào đã từng mua sản phẩm của tổ chức, cá nhân kinh doanh',
      'Người đứng đầu tổ chức, cá nhân kinh doanh',
      'Cán bộ, công chức làm công tác quản lý thị trường',
    ],
    correct: [0],
    difficulty: 3,
    fields: ['nguoi-tieu-dung'],
    explanation:
      'Khoản 9 Điều 3 định nghĩa người có ảnh hưởng là chuyên gia, người có uy tín, người được xã hội chú ý trong lĩnh vực, ngành, nghề cụ thể theo quy định của Chính phủ. Luật đặt ra khái niệm này để xác định trách nhiệm khi người có ảnh hưởng tham gia giới thiệu sản phẩm, hàng hóa, dịch vụ.',
    citation: { document: LAW, article: 'Khoản 9 Điều 3' },
  },
  {
    text: 'Theo Luật Bảo vệ quyền lợi người tiêu dùng năm 2023, hoạt động giới thiệu, bán sản phẩm, hàng hóa, cung cấp dịch vụ tại các địa điểm không phải là địa điểm bán lẻ cố định, giới thiệu, cung cấp dịch vụ thường xuyên được gọi là:',
    options: [
      'Bán hàng không tại địa điểm giao dịch thường xuyên',
      'Bán hàng đa cấp',
      'Giao dịch từ xa',
      'Cung cấp dịch vụ liên tục',
    ],
    correct: [0],
    difficulty: 3,
    fields: ['nguoi-tieu-dung'],
    explanation:
      'Khoản 7 Điều 3 quy định bán hàng trực tiếp gồm bán hàng tận cửa, bán hàng đa cấp và bán hàng không tại địa điểm giao dịch thường xuyên; trong đó bán hàng không tại địa điểm giao dịch thường xuyên là hoạt động giới thiệu, bán sản phẩm, hàng hóa, cung cấp dịch vụ tại các địa điểm không phải là địa điểm bán lẻ cố định, giới thiệu, cung cấp dịch vụ thường xuyên. Bán hàng đa cấp là bán hàng thông qua mạng lưới nhiều cấp, nhiều nhánh.',
    citation: { document: LAW, article: 'Khoản 7 Điều 3' },
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
      'Khoản 2 Điều 3 quy định tổ chức, cá nhân kinh doanh là tổ chức, cá nhân thực hiện liên tục một, một số hoặc tất cả các công đoạn của quá trình từ đầu tư, sản xuất đến tiêu thụ sản phẩm, hàng hóa hoặc cung cấp dịch vụ trên thị trường nhằm mục đích sinh lợi, bao gồm thương nhân theo Luật Thương mại và cá nhân hoạt động thương mại độc lập, thường xuyên, không phải đăng ký kinh doanh. Các chủ thể mua để sinh hoạt, tiêu dùng, kể cả cơ quan, tổ chức, là người tiêu dùng.',
    citation: { document: LAW, article: 'Khoản 2 Điều 3' },
  },
];
