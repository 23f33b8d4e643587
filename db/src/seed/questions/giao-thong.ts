import type { SeedQuestion } from '../types.js';

/**
 * Luật Trật tự, an toàn giao thông đường bộ số 36/2024/QH15, có hiệu lực từ ngày 01/01/2025 — câu hỏi bám sát nguyên văn các điều, khoản được trích dẫn; không dùng mức phạt.
 * Tránh các quy định đã bị Luật số 118/2025/QH15 (hiệu lực 01/7/2026) sửa đổi, như khoản 3 Điều 10 (trẻ em trên xe ô tô), Điều 35, Điều 64, Điều 88.
 */
export const questions: readonly SeedQuestion[] = [
  // ── Mức 1: dễ ──────────────────────────────────────────────────────────
  {
    text: 'Theo Luật Trật tự, an toàn giao thông đường bộ năm 2024, người điều khiển phương tiện tham gia giao thông mà trong máu hoặc hơi thở có nồng độ cồn thì:',
    options: [
      'Bị nghiêm cấm, dù nồng độ cồn cao hay thấp',
      'Chỉ bị cấm khi nồng độ cồn vượt quá một mức nhất định',
      'Chỉ bị cấm đối với người lái xe ô tô',
      'Được phép nếu chỉ đi quãng đường ngắn gần nhà',
    ],
    correct: [0],
    difficulty: 1,
    fields: ['giao-thong'],
    explanation:
      'Khoản 2 Điều 9 nghiêm cấm hành vi điều khiển phương tiện tham gia giao thông đường bộ mà trong máu hoặc hơi thở có nồng độ cồn. Luật không đặt ra ngưỡng cho phép và áp dụng với mọi loại phương tiện, kể cả xe máy, xe đạp.',
    citation: { document: 'Luật Trật tự, an toàn giao thông đường bộ số 36/2024/QH15', article: 'Khoản 2 Điều 9' },
  },
  {
    text: 'Những người nào trên xe mô tô hai bánh, xe mô tô ba bánh, xe gắn máy phải đội mũ bảo hiểm theo đúng quy chuẩn kỹ thuật quốc gia và cài quai đúng quy cách?',
    options: [
      'Người lái xe và người được chở trên xe',
      'Chỉ người lái xe',
      'Chỉ người lái xe khi đi trên quốc lộ',
      'Chỉ người được chở ngồi phía sau',
    ],
    correct: [0],
    difficulty: 1,
    fields: ['giao-thong'],
    explanation:
      'Khoản 2 Điều 33 quy định người lái xe, người được chở trên xe mô tô hai bánh, xe mô tô ba bánh, xe gắn máy phải đội mũ bảo hiểm theo đúng quy chuẩn kỹ thuật quốc gia và cài quai đúng quy cách. Quy định áp dụng trên mọi tuyến đường.',
    citation: { document: 'Luật Trật tự, an toàn giao thông đường bộ số 36/2024/QH15', article: 'Khoản 2 Điều 33' },
  },
  {
    text: 'Theo Luật Trật tự, an toàn giao thông đường bộ năm 2024, người đủ bao nhiêu tuổi trở lên thì được điều khiển xe gắn máy?',
    options: ['Đủ 16 tuổi', 'Đủ 14 tuổi', 'Đủ 15 tuổi', 'Đủ 18 tuổi'],
    correct: [0],
    difficulty: 1,
    fields: ['giao-thong'],
    explanation:
      'Điểm a khoản 1 Điều 59 quy định người đủ 16 tuổi trở lên được điều khiển xe gắn máy. Khoản 4 Điều 56 yêu cầu người lái xe gắn máy phải hiểu biết quy tắc giao thông đường bộ và có kỹ năng điều khiển phương tiện.',
    citation: { document: 'Luật Trật tự, an toàn giao thông đường bộ số 36/2024/QH15', article: 'Khoản 1 Điều 59' },
  },
  {
    text: 'Mỗi giấy phép lái xe được quản lý bằng tổng cộng bao nhiêu điểm?',
    options: ['12 điểm', '10 điểm', '20 điểm', '100 điểm'],
    correct: [0],
    difficulty: 1,
    fields: ['giao-thong'],
    explanation:
      'Khoản 1 Điều 58 quy định điểm của giấy phép lái xe được dùng để quản lý việc chấp hành pháp luật của người lái xe, bao gồm 12 điểm. Số điểm bị trừ mỗi lần vi phạm tùy thuộc tính chất, mức độ của hành vi vi phạm.',
    citation: { document: 'Luật Trật tự, an toàn giao thông đường bộ số 36/2024/QH15', article: 'Khoản 1 Điều 58' },
  },
  {
    text: 'Hành vi dùng tay cầm và sử dụng điện thoại khi đang điều khiển phương tiện di chuyển trên đường bộ được pháp luật quy định như thế nào?',
    options: [
      'Bị nghiêm cấm',
      'Được phép nếu chỉ nghe gọi trong thời gian ngắn',
      'Chỉ bị cấm đối với người lái xe ô tô',
      'Chỉ bị cấm khi đi trên đường cao tốc',
    ],
    correct: [0],
    difficulty: 1,
    fields: ['giao-thong'],
    explanation:
      'Khoản 6 Điều 9 nghiêm cấm việc dùng tay cầm và sử dụng điện thoại hoặc thiết bị điện tử khác khi điều khiển phương tiện tham gia giao thông đang di chuyển trên đường bộ. Quy định áp dụng với người điều khiển mọi loại phương tiện.',
    citation: { document: 'Luật Trật tự, an toàn giao thông đường bộ số 36/2024/QH15', article: 'Khoản 6 Điều 9' },
  },
  {
    text: 'Người ngồi ở hàng ghế sau của xe ô tô, tại chỗ có trang bị dây đai an toàn, có phải thắt dây đai an toàn khi xe tham gia giao thông không?',
    options: ['Có, bắt buộc phải thắt', 'Không, chỉ người lái xe và người ngồi ghế trước phải thắt'],
    correct: [0],
    difficulty: 1,
    fields: ['giao-thong'],
    explanation:
      'Khoản 2 Điều 10 quy định người lái xe và người được chở trên xe ô tô phải thắt dây đai an toàn tại những chỗ có trang bị dây đai an toàn khi tham gia giao thông đường bộ. Quy định không phân biệt ghế trước hay ghế sau.',
    citation: { document: 'Luật Trật tự, an toàn giao thông đường bộ số 36/2024/QH15', article: 'Khoản 2 Điều 10' },
  },

  // ── Mức 2: trung bình ──────────────────────────────────────────────────
  {
    text: 'Tại nút giao, đèn tín hiệu đang bật màu xanh nhưng Cảnh sát giao thông ra hiệu lệnh dừng lại. Người tham gia giao thông phải làm gì?',
    options: [
      'Dừng lại theo hiệu lệnh của Cảnh sát giao thông',
      'Đi tiếp vì đèn tín hiệu đang bật màu xanh',
      'Đi tiếp nếu tại nút giao không có biển báo cấm',
      'Được tự chọn chấp hành đèn tín hiệu hoặc hiệu lệnh',
    ],
    correct: [0],
    difficulty: 2,
    fields: ['giao-thong'],
    explanation:
      'Khoản 2 Điều 11 quy định thứ tự ưu tiên chấp hành báo hiệu đường bộ, đứng đầu là hiệu lệnh của người điều khiển giao thông, sau đó mới đến tín hiệu đèn giao thông, biển báo hiệu, vạch kẻ đường. Vì vậy hiệu lệnh của Cảnh sát giao thông được chấp hành trước tín hiệu đèn.',
    citation: { document: 'Luật Trật tự, an toàn giao thông đường bộ số 36/2024/QH15', article: 'Khoản 2 Điều 11' },
  },
  {
    text: 'Tại nơi đường giao nhau không có báo hiệu đi theo vòng xuyến, người điều khiển phương tiện phải nhường đường cho xe đi đến từ hướng nào?',
    options: ['Bên phải', 'Bên trái', 'Phía đối diện', 'Hướng có xe lớn hơn'],
    correct: [0],
    difficulty: 2,
    fields: ['giao-thong'],
    explanation:
      'Khoản 2 Điều 22 quy định tại nơi đường giao nhau không có báo hiệu đi theo vòng xuyến, phải nhường đường cho xe đi đến từ bên phải. Ngược lại, nơi có báo hiệu đi theo vòng xuyến thì phải nhường đường cho xe đi đến từ bên trái (khoản 3).',
    citation: { document: 'Luật Trật tự, an toàn giao thông đường bộ số 36/2024/QH15', article: 'Khoản 2 Điều 22' },
  },
  {
    text: 'Theo Luật Trật tự, an toàn giao thông đường bộ năm 2024, khi tín hiệu đèn giao thông chuyển sang màu vàng (không nhấp nháy), người điều khiển phương tiện phải chấp hành thế nào?',
    options: [
      'Dừng lại trước vạch dừng; nếu đang đi trên vạch dừng hoặc đã đi qua vạch dừng thì được đi tiếp',
      'Tăng tốc để đi qua nút giao trước khi đèn chuyển sang màu đỏ',
      'Được đi tiếp trong mọi trường hợp vì đèn vàng chỉ có tính chất nhắc nhở',
      'Dừng ngay tại chỗ, kể cả khi xe đã đi qua vạch dừng',
    ],
    correct: [0],
    difficulty: 2,
    fields: ['giao-thong'],
    explanation:
      'Điểm b khoản 4 Điều 11 quy định tín hiệu đèn màu vàng phải dừng lại trước vạch dừng; trường hợp đang đi trên vạch dừng hoặc đã đi qua vạch dừng mà tín hiệu đèn màu vàng thì được đi tiếp. Riêng đèn vàng nhấp nháy thì được đi nhưng phải quan sát, giảm tốc độ hoặc dừng lại nhường đường cho người đi bộ, xe lăn của người khuyết tật qua đường hoặc các phương tiện khác.',
    citation: { document: 'Luật Trật tự, an toàn giao thông đường bộ số 36/2024/QH15', article: 'Khoản 4 Điều 11' },
  },
  {
    text: 'Giấy phép lái xe hạng B cấp cho người lái xe ô tô chở người tối đa bao nhiêu chỗ (không kể chỗ của người lái xe)?',
    options: ['08 chỗ', '09 chỗ', '16 chỗ', '29 chỗ'],
    correct: [0],
    difficulty: 2,
    fields: ['giao-thong'],
    explanation:
      'Điểm d khoản 1 Điều 57 quy định hạng B cấp cho người lái xe ô tô chở người đến 08 chỗ (không kể chỗ của người lái xe) và xe ô tô tải, ô tô chuyên dùng có khối lượng toàn bộ theo thiết kế đến 3.500 kg. Xe chở người trên 08 chỗ đến 16 chỗ thuộc hạng D1.',
    citation: { document: 'Luật Trật tự, an toàn giao thông đường bộ số 36/2024/QH15', article: 'Khoản 1 Điều 57' },
  },
  {
    text: 'Giấy phép lái xe chưa bị trừ hết điểm sẽ được phục hồi đủ 12 điểm khi nào?',
    options: [
      'Khi không bị trừ điểm trong thời hạn 12 tháng từ ngày bị trừ điểm gần nhất',
      'Khi không bị trừ điểm trong thời hạn 06 tháng từ ngày bị trừ điểm gần nhất',
      'Tự động vào ngày 01 tháng 01 hằng năm',
      'Khi người lái xe làm thủ tục đổi giấy phép lái xe',
    ],
    correct: [0],
    difficulty: 2,
    fields: ['giao-thong'],
    explanation:
      'Khoản 2 Điều 58 quy định giấy phép lái xe chưa bị trừ hết điểm và không bị trừ điểm trong thời hạn 12 tháng từ ngày bị trừ điểm gần nhất thì được phục hồi đủ 12 điểm. Việc đổi, cấp lại giấy phép không làm thay đổi số điểm (khoản 4).',
    citation: { document: 'Luật Trật tự, an toàn giao thông đường bộ số 36/2024/QH15', article: 'Khoản 2 Điều 58' },
  },
  {
    text: 'Trong khu đông dân cư, người điều khiển phương tiện (không phải xe ưu tiên) không được sử dụng còi trong khoảng thời gian nào?',
    options: [
      'Từ 22 giờ ngày hôm trước đến 05 giờ ngày hôm sau',
      'Từ 21 giờ ngày hôm trước đến 06 giờ ngày hôm sau',
      'Từ 23 giờ ngày hôm trước đến 05 giờ ngày hôm sau',
      'Từ 22 giờ ngày hôm trước đến 06 giờ ngày hôm sau',
    ],
    correct: [0],
    difficulty: 2,
    fields: ['giao-thong'],
    explanation:
      'Khoản 2 Điều 21 quy định không sử dụng còi trong thời gian từ 22 giờ ngày hôm trước đến 05 giờ ngày hôm sau trong khu đông dân cư, khu vực cơ sở khám bệnh, chữa bệnh, trừ xe ưu tiên. Ngoài khung giờ này cũng không được sử dụng còi liên tục.',
    citation: { document: 'Luật Trật tự, an toàn giao thông đường bộ số 36/2024/QH15', article: 'Khoản 2 Điều 21' },
  },

  // ── Mức 3: khó ─────────────────────────────────────────────────────────
  {
    text: 'Theo Luật Trật tự, an toàn giao thông đường bộ năm 2024, giấy phép lái xe hạng A1 cấp cho người lái xe mô tô hai bánh có:',
    options: [
      'Dung tích xi-lanh đến 125 cm3 hoặc công suất động cơ điện đến 11 kW',
      'Dung tích xi-lanh từ 50 cm3 đến dưới 175 cm3',
      'Dung tích xi-lanh trên 125 cm3 hoặc công suất động cơ điện trên 11 kW',
      'Dung tích xi-lanh đến 50 cm3 hoặc công suất động cơ điện đến 4 kW',
    ],
    correct: [0],
    difficulty: 3,
    fields: ['giao-thong'],
    explanation:
      'Điểm a khoản 1 Điều 57 quy định hạng A1 cấp cho người lái xe mô tô hai bánh có dung tích xi-lanh đến 125 cm3 hoặc công suất động cơ điện đến 11 kW; xe lớn hơn mức này thuộc hạng A. Mức "từ 50 cm3 đến dưới 175 cm3" là của hạng A1 theo quy định trước ngày 01/01/2025.',
    citation: { document: 'Luật Trật tự, an toàn giao thông đường bộ số 36/2024/QH15', article: 'Khoản 1 Điều 57' },
  },
  {
    text: 'Người có giấy phép lái xe đã bị trừ hết điểm muốn được phục hồi đủ 12 điểm thì phải đáp ứng điều kiện nào?',
    options: [
      'Sau ít nhất 06 tháng kể từ ngày bị trừ hết điểm, tham gia kiểm tra kiến thức pháp luật về trật tự, an toàn giao thông đường bộ và đạt yêu cầu',
      'Chờ đủ 12 tháng kể từ ngày bị trừ hết điểm thì điểm được phục hồi tự động',
      'Nộp phí để được cộng lại điểm ngay trên hệ thống',
      'Học và sát hạch lại từ đầu để được cấp giấy phép lái xe mới',
    ],
    correct: [0],
    difficulty: 3,
    fields: ['giao-thong'],
    explanation:
      'Khoản 3 Điều 58 quy định khi bị trừ hết điểm thì không được điều khiển phương tiện theo giấy phép đó. Sau thời hạn ít nhất 06 tháng kể từ ngày bị trừ hết điểm, người lái xe được tham gia kiểm tra kiến thức pháp luật do lực lượng Cảnh sát giao thông tổ chức; đạt yêu cầu thì được phục hồi đủ 12 điểm.',
    citation: { document: 'Luật Trật tự, an toàn giao thông đường bộ số 36/2024/QH15', article: 'Khoản 3 Điều 58' },
  },
  {
    text: 'Người đủ bao nhiêu tuổi trở lên mới được cấp giấy phép lái xe hạng D (xe ô tô chở người trên 29 chỗ, không kể chỗ của người lái xe)?',
    options: ['Đủ 27 tuổi', 'Đủ 21 tuổi', 'Đủ 24 tuổi', 'Đủ 30 tuổi'],
    correct: [0],
    difficulty: 3,
    fields: ['giao-thong'],
    explanation:
      'Điểm đ khoản 1 Điều 59 quy định người đủ 27 tuổi trở lên được cấp giấy phép lái xe hạng D, D1E, D2E, DE. Hạng C, BE cần đủ 21 tuổi; hạng D1, D2, C1E, CE cần đủ 24 tuổi.',
    citation: { document: 'Luật Trật tự, an toàn giao thông đường bộ số 36/2024/QH15', article: 'Khoản 1 Điều 59' },
  },
  {
    text: 'Khi nhiều xe ưu tiên cùng đi đến nơi đường giao nhau, xe nào có thứ tự ưu tiên cao nhất?',
    options: [
      'Xe chữa cháy đi làm nhiệm vụ chữa cháy',
      'Xe cứu thương đi làm nhiệm vụ cấp cứu',
      'Xe công an đi làm nhiệm vụ khẩn cấp',
      'Đoàn xe tang',
    ],
    correct: [0],
    difficulty: 3,
    fields: ['giao-thong'],
    explanation:
      'Khoản 2 Điều 27 xếp thứ tự ưu tiên từ trên xuống: xe chữa cháy đi làm nhiệm vụ chữa cháy; xe quân sự, công an, kiểm sát đi làm nhiệm vụ khẩn cấp và đoàn xe có Cảnh sát giao thông dẫn đường; xe cứu thương đi cấp cứu; xe hộ đê, cứu nạn, cứu hộ; cuối cùng là đoàn xe tang.',
    citation: { document: 'Luật Trật tự, an toàn giao thông đường bộ số 36/2024/QH15', article: 'Khoản 2 Điều 27' },
  },
  {
    text: 'Người lái xe mô tô hai bánh, xe gắn máy được chở tối đa hai người trong những trường hợp nào sau đây (chọn nhiều đáp án)?',
    options: [
      'Chở người bệnh đi cấp cứu',
      'Chở trẻ em dưới 12 tuổi',
      'Áp giải người có hành vi vi phạm pháp luật',
      'Chở hai người bạn cùng đi làm',
      'Đi trong ngõ hoặc trên quãng đường ngắn',
    ],
    correct: [0, 1, 2],
    difficulty: 3,
    fields: ['giao-thong'],
    explanation:
      'Khoản 1 Điều 33 quy định người lái xe mô tô hai bánh, xe gắn máy chỉ được chở một người, trừ các trường hợp được chở tối đa hai người: chở người bệnh đi cấp cứu; áp giải người có hành vi vi phạm pháp luật; trẻ em dưới 12 tuổi; người già yếu hoặc người khuyết tật.',
    citation: { document: 'Luật Trật tự, an toàn giao thông đường bộ số 36/2024/QH15', article: 'Khoản 1 Điều 33' },
  },
];
