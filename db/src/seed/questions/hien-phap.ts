import type { SeedQuestion } from '../types.js';

/**
 * Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013 (thông qua ngày 28/11/2013, có hiệu lực từ 01/01/2014;
 * sửa đổi, bổ sung theo Nghị quyết số 203/2025/QH15) — chỉ dùng các điều không bị sửa đổi năm 2025 (tránh Điều 9, 10, 84, 110–115).
 */
export const questions: readonly SeedQuestion[] = [
  {
    text: 'Theo Hiến pháp năm 2013, công dân Việt Nam đủ bao nhiêu tuổi trở lên thì có quyền bầu cử?',
    options: ['Đủ 16 tuổi', 'Đủ 18 tuổi', 'Đủ 20 tuổi', 'Đủ 21 tuổi'],
    correct: [1],
    difficulty: 1,
    fields: ['hien-phap'],
    explanation:
      'Điều 27 Hiến pháp năm 2013 quy định công dân đủ mười tám tuổi trở lên có quyền bầu cử và đủ hai mươi mốt tuổi trở lên có quyền ứng cử vào Quốc hội, Hội đồng nhân dân.',
    citation: { document: 'Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013', article: 'Điều 27' },
  },
  {
    text: 'Theo Hiến pháp năm 2013, cơ quan nào là cơ quan đại biểu cao nhất của Nhân dân, cơ quan quyền lực nhà nước cao nhất của nước Cộng hòa xã hội chủ nghĩa Việt Nam?',
    options: ['Chính phủ', 'Quốc hội', 'Tòa án nhân dân tối cao', 'Hội đồng nhân dân cấp tỉnh'],
    correct: [1],
    difficulty: 1,
    fields: ['hien-phap'],
    explanation:
      'Điều 69 quy định Quốc hội là cơ quan đại biểu cao nhất của Nhân dân, cơ quan quyền lực nhà nước cao nhất của nước Cộng hòa xã hội chủ nghĩa Việt Nam. Quốc hội thực hiện quyền lập hiến, quyền lập pháp, quyết định các vấn đề quan trọng của đất nước và giám sát tối cao đối với hoạt động của Nhà nước.',
    citation: { document: 'Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013', article: 'Điều 69' },
  },
  {
    text: 'Theo Hiến pháp năm 2013, ai là người đứng đầu Nhà nước, thay mặt nước Cộng hòa xã hội chủ nghĩa Việt Nam về đối nội và đối ngoại?',
    options: ['Chủ tịch Quốc hội', 'Thủ tướng Chính phủ', 'Chủ tịch nước', 'Chánh án Tòa án nhân dân tối cao'],
    correct: [2],
    difficulty: 1,
    fields: ['hien-phap'],
    explanation:
      'Điều 86 quy định Chủ tịch nước là người đứng đầu Nhà nước, thay mặt nước Cộng hòa xã hội chủ nghĩa Việt Nam về đối nội và đối ngoại. Thủ tướng là người đứng đầu Chính phủ, không phải người đứng đầu Nhà nước.',
    citation: { document: 'Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013', article: 'Điều 86' },
  },
  {
    text: 'Theo Hiến pháp năm 2013, cơ quan hành chính nhà nước cao nhất, thực hiện quyền hành pháp và là cơ quan chấp hành của Quốc hội là:',
    options: ['Chính phủ', 'Ủy ban thường vụ Quốc hội', 'Văn phòng Chủ tịch nước', 'Ủy ban nhân dân cấp tỉnh'],
    correct: [0],
    difficulty: 1,
    fields: ['hien-phap'],
    explanation:
      'Khoản 1 Điều 94 quy định Chính phủ là cơ quan hành chính nhà nước cao nhất của nước Cộng hòa xã hội chủ nghĩa Việt Nam, thực hiện quyền hành pháp, là cơ quan chấp hành của Quốc hội.',
    citation: { document: 'Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013', article: 'Khoản 1 Điều 94' },
  },
  {
    text: 'Theo Hiến pháp năm 2013, cơ quan nào là cơ quan xét xử của nước Cộng hòa xã hội chủ nghĩa Việt Nam, thực hiện quyền tư pháp?',
    options: ['Viện kiểm sát nhân dân', 'Tòa án nhân dân', 'Bộ Tư pháp', 'Bộ Công an'],
    correct: [1],
    difficulty: 1,
    fields: ['hien-phap'],
    explanation:
      'Khoản 1 Điều 102 quy định Tòa án nhân dân là cơ quan xét xử của nước Cộng hòa xã hội chủ nghĩa Việt Nam, thực hiện quyền tư pháp. Theo khoản 3 cùng Điều, Tòa án nhân dân có nhiệm vụ bảo vệ công lý, bảo vệ quyền con người, quyền công dân, bảo vệ chế độ xã hội chủ nghĩa, lợi ích của Nhà nước, quyền và lợi ích hợp pháp của tổ chức, cá nhân.',
    citation: { document: 'Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013', article: 'Khoản 1 Điều 102' },
  },
  {
    text: 'Theo Hiến pháp năm 2013, văn bản nào là luật cơ bản của nước Cộng hòa xã hội chủ nghĩa Việt Nam, có hiệu lực pháp lý cao nhất?',
    options: ['Bộ luật Dân sự', 'Hiến pháp', 'Luật Tổ chức Quốc hội', 'Nghị quyết của Quốc hội'],
    correct: [1],
    difficulty: 1,
    fields: ['hien-phap'],
    explanation:
      'Khoản 1 Điều 119 quy định Hiến pháp là luật cơ bản của nước Cộng hòa xã hội chủ nghĩa Việt Nam, có hiệu lực pháp lý cao nhất. Mọi văn bản pháp luật khác phải phù hợp với Hiến pháp; mọi hành vi vi phạm Hiến pháp đều bị xử lý.',
    citation: { document: 'Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013', article: 'Khoản 1 Điều 119' },
  },
  {
    text: 'Theo Hiến pháp năm 2013, công dân đủ bao nhiêu tuổi trở lên thì có quyền ứng cử vào Quốc hội, Hội đồng nhân dân?',
    options: ['Đủ 18 tuổi', 'Đủ 20 tuổi', 'Đủ 21 tuổi', 'Đủ 25 tuổi'],
    correct: [2],
    difficulty: 2,
    fields: ['hien-phap'],
    explanation:
      'Điều 27 phân biệt hai độ tuổi: công dân đủ mười tám tuổi trở lên có quyền bầu cử, còn phải đủ hai mươi mốt tuổi trở lên mới có quyền ứng cử vào Quốc hội, Hội đồng nhân dân.',
    citation: { document: 'Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013', article: 'Điều 27' },
  },
  {
    text: 'Theo Hiến pháp năm 2013, trường hợp nào sau đây được bắt người mà không cần quyết định của Tòa án nhân dân, quyết định hoặc phê chuẩn của Viện kiểm sát nhân dân?',
    options: [
      'Người đó đang phạm tội quả tang',
      'Người đó bị hàng xóm làm đơn tố cáo',
      'Người đó không mang theo giấy tờ tùy thân',
      'Có ý kiến đồng ý của trưởng thôn hoặc tổ trưởng tổ dân phố',
    ],
    correct: [0],
    difficulty: 2,
    fields: ['hien-phap'],
    explanation:
      'Khoản 2 Điều 20 quy định không ai bị bắt nếu không có quyết định của Tòa án nhân dân, quyết định hoặc phê chuẩn của Viện kiểm sát nhân dân, trừ trường hợp phạm tội quả tang. Việc bắt, giam, giữ người do luật định.',
    citation: { document: 'Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013', article: 'Khoản 2 Điều 20' },
  },
  {
    text: 'Theo Hiến pháp năm 2013, người bị buộc tội được coi là không có tội cho đến khi nào?',
    options: [
      'Cho đến khi bị khởi tố bị can',
      'Cho đến khi Viện kiểm sát ban hành cáo trạng truy tố',
      'Cho đến khi được chứng minh theo trình tự luật định và có bản án kết tội của Tòa án đã có hiệu lực pháp luật',
      'Cho đến khi bị tạm giam để điều tra',
    ],
    correct: [2],
    difficulty: 2,
    fields: ['hien-phap'],
    explanation:
      'Khoản 1 Điều 31 quy định người bị buộc tội được coi là không có tội cho đến khi được chứng minh theo trình tự luật định và có bản án kết tội của Tòa án đã có hiệu lực pháp luật. Đây là nguyên tắc suy đoán vô tội.',
    citation: { document: 'Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013', article: 'Khoản 1 Điều 31' },
  },
  {
    text: 'Theo Hiến pháp năm 2013, Viện kiểm sát nhân dân có chức năng nào sau đây?',
    options: [
      'Xét xử các vụ án hình sự, dân sự',
      'Thực hành quyền công tố, kiểm sát hoạt động tư pháp',
      'Thực hiện quyền lập pháp',
      'Thống nhất quản lý nhà nước về kinh tế, văn hóa, xã hội',
    ],
    correct: [1],
    difficulty: 2,
    fields: ['hien-phap'],
    explanation:
      'Khoản 1 Điều 107 quy định Viện kiểm sát nhân dân thực hành quyền công tố, kiểm sát hoạt động tư pháp. Việc xét xử thuộc về Tòa án nhân dân, quyền lập pháp thuộc về Quốc hội.',
    citation: { document: 'Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013', article: 'Khoản 1 Điều 107' },
  },
  {
    text: 'Theo Hiến pháp năm 2013, hôn nhân theo những nguyên tắc nào sau đây?',
    options: [
      'Tự nguyện, tiến bộ, một vợ một chồng, vợ chồng bình đẳng, tôn trọng lẫn nhau',
      'Theo sự sắp đặt và quyết định của cha mẹ hai bên',
      'Người chồng giữ quyền quyết định mọi việc trong gia đình',
      'Cho phép một người có nhiều vợ hoặc nhiều chồng nếu các bên đồng ý',
    ],
    correct: [0],
    difficulty: 2,
    fields: ['hien-phap', 'hon-nhan-gia-dinh'],
    explanation:
      'Khoản 1 Điều 36 quy định nam, nữ có quyền kết hôn, ly hôn; hôn nhân theo nguyên tắc tự nguyện, tiến bộ, một vợ một chồng, vợ chồng bình đẳng, tôn trọng lẫn nhau.',
    citation: { document: 'Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013', article: 'Khoản 1 Điều 36' },
  },
  {
    text: 'Theo Hiến pháp năm 2013, quyền con người, quyền công dân chỉ có thể bị hạn chế theo quy định của luật trong trường hợp cần thiết vì những lý do nào sau đây (chọn nhiều đáp án)?',
    options: [
      'Quốc phòng, an ninh quốc gia',
      'Trật tự, an toàn xã hội',
      'Đạo đức xã hội, sức khỏe của cộng đồng',
      'Thuận tiện cho công tác quản lý hành chính của cơ quan nhà nước',
      'Tăng thu cho ngân sách nhà nước',
    ],
    correct: [0, 1, 2],
    difficulty: 2,
    fields: ['hien-phap'],
    explanation:
      'Khoản 2 Điều 14 quy định quyền con người, quyền công dân chỉ có thể bị hạn chế theo quy định của luật trong trường hợp cần thiết vì lý do quốc phòng, an ninh quốc gia, trật tự, an toàn xã hội, đạo đức xã hội, sức khỏe của cộng đồng. Lý do thuận tiện hành chính hay tăng thu ngân sách không thuộc các trường hợp này.',
    citation: { document: 'Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013', article: 'Khoản 2 Điều 14' },
  },
  {
    text: 'Theo Hiến pháp năm 2013, luật, nghị quyết của Quốc hội được thông qua khi có bao nhiêu đại biểu biểu quyết tán thành?',
    options: [
      'Quá nửa số đại biểu Quốc hội có mặt tại phiên họp',
      'Quá nửa tổng số đại biểu Quốc hội',
      'Ít nhất hai phần ba tổng số đại biểu Quốc hội',
      'Ít nhất ba phần tư tổng số đại biểu Quốc hội',
    ],
    correct: [1],
    difficulty: 3,
    fields: ['hien-phap'],
    explanation:
      'Khoản 1 Điều 85 quy định luật, nghị quyết của Quốc hội phải được quá nửa tổng số đại biểu Quốc hội biểu quyết tán thành. Riêng việc làm Hiến pháp, sửa đổi Hiến pháp, quyết định rút ngắn hoặc kéo dài nhiệm kỳ của Quốc hội, bãi nhiệm đại biểu Quốc hội thì phải được ít nhất hai phần ba tổng số đại biểu Quốc hội biểu quyết tán thành.',
    citation: { document: 'Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013', article: 'Khoản 1 Điều 85' },
  },
  {
    text: 'Theo Hiến pháp năm 2013, nếu trong trường hợp đặc biệt Quốc hội quyết định kéo dài nhiệm kỳ của mình thì thời gian kéo dài không được quá bao lâu (trừ trường hợp có chiến tranh)?',
    options: ['6 tháng', '12 tháng', '18 tháng', '24 tháng'],
    correct: [1],
    difficulty: 3,
    fields: ['hien-phap'],
    explanation:
      'Khoản 3 Điều 71 quy định trong trường hợp đặc biệt, nếu được ít nhất hai phần ba tổng số đại biểu Quốc hội biểu quyết tán thành thì Quốc hội quyết định rút ngắn hoặc kéo dài nhiệm kỳ của mình theo đề nghị của Ủy ban thường vụ Quốc hội; việc kéo dài nhiệm kỳ của một khóa Quốc hội không được quá mười hai tháng, trừ trường hợp có chiến tranh. Nhiệm kỳ thông thường của mỗi khóa Quốc hội là năm năm.',
    citation: { document: 'Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013', article: 'Khoản 3 Điều 71' },
  },
  {
    text: 'Theo Hiến pháp năm 2013, ai có thẩm quyền quyết định đặc xá?',
    options: ['Quốc hội', 'Chủ tịch nước', 'Thủ tướng Chính phủ', 'Chánh án Tòa án nhân dân tối cao'],
    correct: [1],
    difficulty: 3,
    fields: ['hien-phap'],
    explanation:
      'Khoản 3 Điều 88 quy định Chủ tịch nước quyết định đặc xá và căn cứ vào nghị quyết của Quốc hội, công bố quyết định đại xá. Cần phân biệt: đại xá do Quốc hội quyết định (Điều 70), còn đặc xá do Chủ tịch nước quyết định.',
    citation: { document: 'Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013', article: 'Khoản 3 Điều 88' },
  },
  {
    text: 'Theo Hiến pháp năm 2013, Tòa án nhân dân có thể xét xử kín trong những trường hợp đặc biệt nào (chọn nhiều đáp án)?',
    options: [
      'Cần giữ bí mật nhà nước',
      'Cần bảo vệ người chưa thành niên',
      'Giữ bí mật đời tư theo yêu cầu chính đáng của đương sự',
      'Bị cáo là cán bộ, công chức giữ chức vụ lãnh đạo',
      'Vụ án thu hút nhiều người quan tâm theo dõi',
    ],
    correct: [0, 1, 2],
    difficulty: 3,
    fields: ['hien-phap'],
    explanation:
      'Khoản 3 Điều 103 quy định Tòa án nhân dân xét xử công khai; trong trường hợp đặc biệt cần giữ bí mật nhà nước, thuần phong, mỹ tục của dân tộc, bảo vệ người chưa thành niên hoặc giữ bí mật đời tư theo yêu cầu chính đáng của đương sự thì Tòa án có thể xét xử kín. Khi xét xử kín, việc tuyên án vẫn phải công khai (khoản 2 Điều 31).',
    citation: { document: 'Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013', article: 'Khoản 3 Điều 103' },
  },
  {
    text: 'Theo Hiến pháp năm 2013, trong thời gian Quốc hội không họp, việc bắt, giam, giữ, khởi tố đại biểu Quốc hội phải có sự đồng ý của cơ quan nào?',
    options: [
      'Ủy ban thường vụ Quốc hội',
      'Chủ tịch nước',
      'Viện kiểm sát nhân dân tối cao',
      'Đoàn đại biểu Quốc hội nơi đại biểu ứng cử',
    ],
    correct: [0],
    difficulty: 3,
    fields: ['hien-phap'],
    explanation:
      'Điều 81 quy định không có sự đồng ý của Quốc hội hoặc, trong thời gian Quốc hội không họp, không có sự đồng ý của Ủy ban thường vụ Quốc hội thì không được bắt, giam, giữ, khởi tố đại biểu Quốc hội. Nếu đại biểu bị tạm giữ vì phạm tội quả tang thì cơ quan tạm giữ phải lập tức báo cáo để Quốc hội hoặc Ủy ban thường vụ Quốc hội xem xét, quyết định.',
    citation: { document: 'Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013', article: 'Điều 81' },
  },
];
