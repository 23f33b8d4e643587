import type { SeedQuestion } from '../types.js';

/** Luật Đất đai số 31/2024/QH15, có hiệu lực từ ngày 01/8/2024 — câu hỏi bám sát các quy định cốt lõi, không dựa vào thẩm quyền của cơ quan cấp huyện. */
export const questions: readonly SeedQuestion[] = [
  // ── Mức 1: dễ ──────────────────────────────────────────────────────────
  {
    text: 'Theo Luật Đất đai năm 2024, đất đai ở Việt Nam thuộc sở hữu của ai?',
    options: [
      'Sở hữu toàn dân, do Nhà nước đại diện chủ sở hữu và thống nhất quản lý',
      'Cá nhân, tổ chức đứng tên trên Giấy chứng nhận',
      'Ủy ban nhân dân cấp xã nơi có đất',
      'Người đang trực tiếp sử dụng đất ổn định lâu dài',
    ],
    correct: [0],
    difficulty: 1,
    fields: ['dat-dai'],
    explanation:
      'Điều 12 quy định đất đai thuộc sở hữu toàn dân do Nhà nước đại diện chủ sở hữu và thống nhất quản lý; Nhà nước trao quyền sử dụng đất cho người sử dụng đất. Người dân có quyền sử dụng đất chứ không có quyền sở hữu đất.',
    citation: { document: 'Luật Đất đai số 31/2024/QH15', article: 'Điều 12' },
  },
  {
    text: 'Căn cứ vào mục đích sử dụng, Luật Đất đai năm 2024 phân loại đất đai thành những nhóm nào?',
    options: [
      'Nhóm đất nông nghiệp, nhóm đất phi nông nghiệp và nhóm đất chưa sử dụng',
      'Đất đô thị, đất nông thôn và đất rừng',
      'Đất ở, đất sản xuất và đất công cộng',
      'Đất công và đất tư',
    ],
    correct: [0],
    difficulty: 1,
    fields: ['dat-dai'],
    explanation:
      'Khoản 1 Điều 9 quy định căn cứ vào mục đích sử dụng, đất đai được phân loại thành nhóm đất nông nghiệp, nhóm đất phi nông nghiệp và nhóm đất chưa sử dụng.',
    citation: { document: 'Luật Đất đai số 31/2024/QH15', article: 'Khoản 1 Điều 9' },
  },
  {
    text: 'Hành vi nào sau đây bị nghiêm cấm trong lĩnh vực đất đai?',
    options: [
      'Lấn đất, chiếm đất, hủy hoại đất',
      'Đăng ký đất đai lần đầu',
      'Thế chấp quyền sử dụng đất tại ngân hàng',
      'Đề nghị cấp Giấy chứng nhận quyền sử dụng đất',
    ],
    correct: [0],
    difficulty: 1,
    fields: ['dat-dai'],
    explanation:
      'Khoản 1 Điều 11 liệt kê lấn đất, chiếm đất, hủy hoại đất là hành vi bị nghiêm cấm. Các việc còn lại là quyền hoặc thủ tục hợp pháp của người sử dụng đất.',
    citation: { document: 'Luật Đất đai số 31/2024/QH15', article: 'Khoản 1 Điều 11' },
  },
  {
    text: 'Trước khi cơ quan có thẩm quyền giải quyết tranh chấp đất đai, các bên tranh chấp phải thực hiện hòa giải tại đâu?',
    options: [
      'Ủy ban nhân dân cấp xã nơi có đất tranh chấp',
      'Tòa án nhân dân nơi có đất tranh chấp',
      'Văn phòng công chứng',
      'Ủy ban nhân dân cấp tỉnh nơi người yêu cầu cư trú',
    ],
    correct: [0],
    difficulty: 1,
    fields: ['dat-dai'],
    explanation:
      'Khoản 2 Điều 235 quy định trước khi cơ quan có thẩm quyền giải quyết tranh chấp đất đai theo Điều 236, các bên tranh chấp phải thực hiện hòa giải tại Ủy ban nhân dân cấp xã nơi có đất tranh chấp.',
    citation: { document: 'Luật Đất đai số 31/2024/QH15', article: 'Khoản 2 Điều 235' },
  },
  {
    text: 'Quyền nào sau đây là quyền chung của người sử dụng đất?',
    options: [
      'Được cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất khi có đủ điều kiện',
      'Được tự ý chuyển đất trồng lúa sang làm đất ở',
      'Được miễn mọi nghĩa vụ tài chính về đất đai',
      'Được sử dụng mọi loại đất không có thời hạn',
    ],
    correct: [0],
    difficulty: 1,
    fields: ['dat-dai'],
    explanation:
      'Khoản 1 Điều 26 quy định người sử dụng đất được cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất khi có đủ điều kiện theo quy định của pháp luật về đất đai. Việc chuyển mục đích sử dụng đất phải được phép theo quy định, không được tự ý.',
    citation: { document: 'Luật Đất đai số 31/2024/QH15', article: 'Khoản 1 Điều 26' },
  },
  {
    text: 'Nội dung nào sau đây là nghĩa vụ chung của người sử dụng đất?',
    options: [
      'Sử dụng đất đúng mục đích, đúng ranh giới thửa đất',
      'Xây dựng nhà ở trên mọi loại đất được giao',
      'Chuyển nhượng quyền sử dụng đất sau 05 năm sử dụng',
      'Cho người khác thuê lại toàn bộ diện tích đất được giao',
    ],
    correct: [0],
    difficulty: 1,
    fields: ['dat-dai'],
    explanation:
      'Khoản 1 Điều 31 quy định người sử dụng đất có nghĩa vụ sử dụng đất đúng mục đích, đúng ranh giới thửa đất, đúng quy định về sử dụng độ sâu trong lòng đất và chiều cao trên không, bảo vệ các công trình công cộng trong lòng đất.',
    citation: { document: 'Luật Đất đai số 31/2024/QH15', article: 'Khoản 1 Điều 31' },
  },

  // ── Mức 2: trung bình ──────────────────────────────────────────────────
  {
    text: 'Theo Luật Đất đai năm 2024, đất chăn nuôi tập trung thuộc nhóm đất nào?',
    options: [
      'Nhóm đất nông nghiệp',
      'Nhóm đất phi nông nghiệp',
      'Nhóm đất chưa sử dụng',
      'Nhóm đất sản xuất, kinh doanh phi nông nghiệp',
    ],
    correct: [0],
    difficulty: 2,
    fields: ['dat-dai'],
    explanation:
      'Khoản 2 Điều 9 xếp vào nhóm đất nông nghiệp các loại: đất trồng cây hằng năm, đất trồng cây lâu năm, đất lâm nghiệp, đất nuôi trồng thủy sản, đất chăn nuôi tập trung, đất làm muối và đất nông nghiệp khác.',
    citation: { document: 'Luật Đất đai số 31/2024/QH15', article: 'Khoản 2 Điều 9' },
  },
  {
    text: 'Thời hạn giao đất, công nhận quyền sử dụng đất nông nghiệp đối với cá nhân trực tiếp sản xuất nông nghiệp trong hạn mức là bao lâu?',
    options: ['50 năm', '20 năm', '70 năm', 'Ổn định lâu dài'],
    correct: [0],
    difficulty: 2,
    fields: ['dat-dai'],
    explanation:
      'Điểm a khoản 1 Điều 172 quy định thời hạn giao đất, công nhận quyền sử dụng đất nông nghiệp đối với cá nhân trực tiếp sản xuất nông nghiệp trong hạn mức là 50 năm.',
    citation: { document: 'Luật Đất đai số 31/2024/QH15', article: 'Điểm a khoản 1 Điều 172' },
  },
  {
    text: 'Loại đất nào sau đây được sử dụng ổn định lâu dài?',
    options: [
      'Đất ở',
      'Đất trồng cây hằng năm được giao cho cá nhân trong hạn mức',
      'Đất nuôi trồng thủy sản được giao cho cá nhân trong hạn mức',
      'Đất được Nhà nước cho thuê để thực hiện dự án đầu tư',
    ],
    correct: [0],
    difficulty: 2,
    fields: ['dat-dai'],
    explanation:
      'Điều 171 quy định đất ở thuộc loại đất sử dụng ổn định lâu dài. Đất nông nghiệp giao cho cá nhân trong hạn mức có thời hạn 50 năm, còn đất cho thuê thực hiện dự án có thời hạn theo dự án (Điều 172).',
    citation: { document: 'Luật Đất đai số 31/2024/QH15', article: 'Điều 171' },
  },
  {
    text: 'Quyền sử dụng đất là tài sản chung của vợ và chồng thì Giấy chứng nhận được ghi tên như thế nào?',
    options: [
      'Ghi cả họ, tên vợ và họ, tên chồng, trừ trường hợp vợ chồng thỏa thuận ghi tên một người',
      'Chỉ ghi tên người chồng',
      'Chỉ ghi tên người đã trả tiền nhận chuyển nhượng',
      'Ghi chung là "hộ gia đình" thay cho tên vợ, chồng',
    ],
    correct: [0],
    difficulty: 2,
    fields: ['dat-dai', 'hon-nhan-gia-dinh'],
    explanation:
      'Khoản 4 Điều 135 quy định trường hợp quyền sử dụng đất là tài sản chung của vợ và chồng thì phải ghi cả họ, tên vợ và họ, tên chồng vào Giấy chứng nhận, trừ trường hợp vợ chồng có thỏa thuận ghi tên một người để đứng tên làm đại diện.',
    citation: { document: 'Luật Đất đai số 31/2024/QH15', article: 'Khoản 4 Điều 135' },
  },
  {
    text: 'Hợp đồng chuyển nhượng quyền sử dụng đất giữa hai cá nhân phải đáp ứng yêu cầu nào về hình thức?',
    options: [
      'Phải được công chứng hoặc chứng thực',
      'Chỉ cần viết tay, có hai người làm chứng ký tên',
      'Phải được Tòa án công nhận',
      'Phải niêm yết công khai 30 ngày tại nhà văn hóa thôn, tổ dân phố',
    ],
    correct: [0],
    difficulty: 2,
    fields: ['dat-dai', 'dan-su'],
    explanation:
      'Điểm a khoản 3 Điều 27 quy định hợp đồng chuyển nhượng, tặng cho, thế chấp, góp vốn bằng quyền sử dụng đất phải được công chứng hoặc chứng thực, trừ trường hợp một hoặc các bên là tổ chức hoạt động kinh doanh bất động sản.',
    citation: { document: 'Luật Đất đai số 31/2024/QH15', article: 'Điểm a khoản 3 Điều 27' },
  },
  {
    text: 'Sau khi chuyển nhượng quyền sử dụng đất, người sử dụng đất phải thực hiện thủ tục đăng ký biến động trong thời hạn bao lâu kể từ ngày có biến động?',
    options: ['30 ngày', '10 ngày', '60 ngày', '06 tháng'],
    correct: [0],
    difficulty: 2,
    fields: ['dat-dai'],
    explanation:
      'Khoản 3 Điều 133 quy định đối với các trường hợp tại các điểm a, b, i, k, l, m và q khoản 1 Điều này, trong đó có việc chuyển đổi, chuyển nhượng, thừa kế, tặng cho, góp vốn bằng quyền sử dụng đất, thì trong thời hạn 30 ngày kể từ ngày có biến động, người sử dụng đất phải đăng ký biến động tại cơ quan có thẩm quyền. Trường hợp thừa kế thì thời hạn được tính từ ngày phân chia xong quyền sử dụng đất là di sản thừa kế.',
    citation: { document: 'Luật Đất đai số 31/2024/QH15', article: 'Khoản 3 Điều 133' },
  },

  // ── Mức 3: khó ─────────────────────────────────────────────────────────
  {
    text: 'Việc hòa giải tranh chấp đất đai tại Ủy ban nhân dân cấp xã được thực hiện trong thời hạn không quá bao nhiêu ngày kể từ ngày nhận được đơn yêu cầu hòa giải?',
    options: ['30 ngày', '15 ngày', '20 ngày', '60 ngày'],
    correct: [0],
    difficulty: 3,
    fields: ['dat-dai'],
    explanation:
      'Khoản 2 Điều 235 quy định sau khi nhận được đơn, Chủ tịch Ủy ban nhân dân cấp xã thành lập Hội đồng hòa giải tranh chấp đất đai; việc hòa giải được thực hiện trong thời hạn không quá 30 ngày kể từ ngày nhận được đơn yêu cầu hòa giải và phải được lập thành biên bản. Luật Đất đai năm 2013 trước đây quy định thời hạn này là 45 ngày.',
    citation: { document: 'Luật Đất đai số 31/2024/QH15', article: 'Khoản 2 Điều 235' },
  },
  {
    text: 'Tranh chấp đất đai đã hòa giải tại Ủy ban nhân dân cấp xã không thành, trong đó một bên có Giấy chứng nhận quyền sử dụng đất, thì do cơ quan nào giải quyết?',
    options: [
      'Tòa án',
      'Chủ tịch Ủy ban nhân dân cấp xã',
      'Chủ tịch Ủy ban nhân dân cấp tỉnh',
      'Văn phòng đăng ký đất đai',
    ],
    correct: [0],
    difficulty: 3,
    fields: ['dat-dai'],
    explanation:
      'Khoản 1 Điều 236 quy định tranh chấp đất đai mà các bên tranh chấp hoặc một trong các bên tranh chấp có Giấy chứng nhận hoặc có một trong các loại giấy tờ quy định tại Điều 137, và tranh chấp về tài sản gắn liền với đất, thì do Tòa án giải quyết.',
    citation: { document: 'Luật Đất đai số 31/2024/QH15', article: 'Khoản 1 Điều 236' },
  },
  {
    text: 'Cá nhân trực tiếp sản xuất nông nghiệp được giao đất nông nghiệp trong hạn mức, khi hết thời hạn sử dụng đất thì pháp luật quy định như thế nào?',
    options: [
      'Được tiếp tục sử dụng đất theo thời hạn đã quy định mà không phải làm thủ tục gia hạn',
      'Nhà nước thu hồi đất và giao cho người khác',
      'Phải nộp hồ sơ xin gia hạn trước khi hết hạn ít nhất 06 tháng',
      'Phải chuyển sang hình thức thuê đất trả tiền hằng năm',
    ],
    correct: [0],
    difficulty: 3,
    fields: ['dat-dai'],
    explanation:
      'Điểm a khoản 1 Điều 172 quy định thời hạn 50 năm đối với đất nông nghiệp giao cho cá nhân trực tiếp sản xuất nông nghiệp trong hạn mức; khi hết thời hạn thì được tiếp tục sử dụng đất theo thời hạn đó mà không phải làm thủ tục gia hạn.',
    citation: { document: 'Luật Đất đai số 31/2024/QH15', article: 'Điểm a khoản 1 Điều 172' },
  },
  {
    text: 'Theo Luật Đất đai năm 2024, điều nào sau đây là một trong các điều kiện để người sử dụng đất được chuyển nhượng quyền sử dụng đất?',
    options: [
      'Đất còn trong thời hạn sử dụng đất',
      'Người chuyển nhượng đã sử dụng đất liên tục ít nhất 10 năm',
      'Được các hộ liền kề đồng ý bằng văn bản',
      'Trên thửa đất đã có nhà ở hoàn thiện',
    ],
    correct: [0],
    difficulty: 3,
    fields: ['dat-dai'],
    explanation:
      'Khoản 1 Điều 45 quy định điều kiện chuyển nhượng gồm: có Giấy chứng nhận (trừ một số trường hợp luật định); đất không có tranh chấp hoặc tranh chấp đã được giải quyết; quyền sử dụng đất không bị kê biên, không bị áp dụng biện pháp bảo đảm thi hành án hay biện pháp khẩn cấp tạm thời; và đất còn trong thời hạn sử dụng đất.',
    citation: { document: 'Luật Đất đai số 31/2024/QH15', article: 'Khoản 1 Điều 45' },
  },
  {
    text: 'Những hành vi nào sau đây bị nghiêm cấm theo Luật Đất đai năm 2024 (chọn nhiều đáp án)?',
    options: [
      'Phân biệt đối xử về giới trong quản lý, sử dụng đất đai',
      'Sử dụng đất, thực hiện giao dịch về quyền sử dụng đất mà không đăng ký với cơ quan có thẩm quyền',
      'Không thực hiện hoặc thực hiện không đầy đủ nghĩa vụ tài chính với Nhà nước',
      'Khiếu nại, tố cáo hành vi vi phạm pháp luật về đất đai',
      'Thế chấp quyền sử dụng đất tại tổ chức tín dụng',
    ],
    correct: [0, 1, 2],
    difficulty: 3,
    fields: ['dat-dai'],
    explanation:
      'Điều 11 liệt kê các hành vi bị nghiêm cấm, trong đó có: sử dụng đất, giao dịch về quyền sử dụng đất mà không đăng ký (khoản 8); không thực hiện hoặc thực hiện không đầy đủ nghĩa vụ tài chính với Nhà nước (khoản 9); phân biệt đối xử về giới trong quản lý, sử dụng đất đai (khoản 11). Khiếu nại, tố cáo và thế chấp quyền sử dụng đất là quyền của người sử dụng đất.',
    citation: { document: 'Luật Đất đai số 31/2024/QH15', article: 'Điều 11' },
  },
];
