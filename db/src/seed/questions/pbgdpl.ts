import type { SeedQuestion } from '../types.js';

/**
 * Luật Phổ biến, giáo dục pháp luật số 14/2012/QH13 (thông qua ngày 20/6/2012, có hiệu lực từ 01/01/2013) —
 * câu hỏi dựa trên nguyên văn các điều của Luật; tránh các quy định phụ thuộc cấp huyện.
 * Lưu ý rà soát (11/2026): có nguồn cho biết Quốc hội khóa XVI đã thông qua Luật Phổ biến, giáo dục pháp luật mới
 * (Luật số 12/2026/QH16) thay thế Luật năm 2012; cần xác minh ngày có hiệu lực và đối chiếu lại toàn bộ trích dẫn trong tệp.
 */
export const questions: readonly SeedQuestion[] = [
  {
    text: 'Theo Luật Phổ biến, giáo dục pháp luật, Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam là ngày nào hằng năm?',
    options: ['Ngày 2 tháng 9', 'Ngày 9 tháng 11', 'Ngày 28 tháng 11', 'Ngày 1 tháng 1'],
    correct: [1],
    difficulty: 1,
    fields: ['pbgdpl'],
    explanation:
      'Điều 8 quy định ngày 09 tháng 11 hằng năm là Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam, được tổ chức nhằm tôn vinh Hiến pháp, pháp luật, giáo dục ý thức thượng tôn pháp luật cho mọi người trong xã hội. Ngày 9/11/1946 là ngày Quốc hội thông qua bản Hiến pháp đầu tiên của nước ta.',
    citation: { document: 'Luật Phổ biến, giáo dục pháp luật số 14/2012/QH13', article: 'Điều 8' },
  },
  {
    text: 'Theo Luật Phổ biến, giáo dục pháp luật, công dân có quyền và trách nhiệm gì đối với pháp luật?',
    options: [
      'Có quyền được thông tin về pháp luật và có trách nhiệm chủ động tìm hiểu, học tập pháp luật',
      'Chỉ có nghĩa vụ chấp hành, không có quyền được thông tin về pháp luật',
      'Chỉ cán bộ, công chức mới có trách nhiệm tìm hiểu, học tập pháp luật',
      'Chỉ được tiếp cận thông tin pháp luật khi có việc cần giải quyết tại cơ quan nhà nước',
    ],
    correct: [0],
    difficulty: 1,
    fields: ['pbgdpl'],
    explanation:
      'Khoản 1 Điều 2 quy định công dân có quyền được thông tin về pháp luật và có trách nhiệm chủ động tìm hiểu, học tập pháp luật. Khoản 2 Điều 2 quy định Nhà nước bảo đảm, tạo điều kiện cho công dân thực hiện quyền được thông tin về pháp luật.',
    citation: { document: 'Luật Phổ biến, giáo dục pháp luật số 14/2012/QH13', article: 'Khoản 1 Điều 2' },
  },
  {
    text: 'Theo Luật Phổ biến, giáo dục pháp luật, phổ biến, giáo dục pháp luật là trách nhiệm của toàn bộ hệ thống chính trị, trong đó chủ thể nào giữ vai trò nòng cốt?',
    options: ['Nhà nước', 'Các tổ chức hành nghề luật sư', 'Các cơ sở giáo dục đại học', 'Các doanh nghiệp'],
    correct: [0],
    difficulty: 1,
    fields: ['pbgdpl'],
    explanation:
      'Khoản 1 Điều 3 quy định phổ biến, giáo dục pháp luật là trách nhiệm của toàn bộ hệ thống chính trị, trong đó Nhà nước giữ vai trò nòng cốt. Các khoản 2 và 3 cùng Điều quy định Nhà nước bảo đảm nguồn lực cần thiết và thực hiện xã hội hóa công tác này.',
    citation: { document: 'Luật Phổ biến, giáo dục pháp luật số 14/2012/QH13', article: 'Khoản 1 Điều 3' },
  },
  {
    text: 'Theo Luật Phổ biến, giáo dục pháp luật, tổ chức thi tìm hiểu pháp luật là một hình thức phổ biến, giáo dục pháp luật. Nhận định này đúng hay sai?',
    options: ['Đúng', 'Sai'],
    correct: [0],
    difficulty: 1,
    fields: ['pbgdpl'],
    explanation:
      'Điều 11 liệt kê các hình thức phổ biến, giáo dục pháp luật, trong đó khoản 4 là tổ chức thi tìm hiểu pháp luật. Các hình thức khác gồm họp báo, thông cáo báo chí; phổ biến pháp luật trực tiếp; thông qua phương tiện thông tin đại chúng; lồng ghép trong sinh hoạt câu lạc bộ, tủ sách pháp luật và các thiết chế văn hóa ở cơ sở.',
    citation: { document: 'Luật Phổ biến, giáo dục pháp luật số 14/2012/QH13', article: 'Khoản 4 Điều 11' },
  },
  {
    text: 'Theo Luật Phổ biến, giáo dục pháp luật, trong gia đình, ai có trách nhiệm giáo dục và tạo điều kiện cho con, cháu tìm hiểu, học tập pháp luật?',
    options: [
      'Ông, bà, cha, mẹ',
      'Chỉ nhà trường nơi con, cháu theo học',
      'Chỉ trưởng thôn, tổ trưởng tổ dân phố',
      'Chỉ công chức tư pháp ở địa phương',
    ],
    correct: [0],
    difficulty: 1,
    fields: ['pbgdpl'],
    explanation:
      'Điều 32 quy định các thành viên trong gia đình có trách nhiệm gương mẫu chấp hành pháp luật; ông, bà, cha, mẹ có trách nhiệm giáo dục và tạo điều kiện cho con, cháu tìm hiểu, học tập pháp luật, rèn luyện ý thức tôn trọng, chấp hành pháp luật.',
    citation: { document: 'Luật Phổ biến, giáo dục pháp luật số 14/2012/QH13', article: 'Điều 32' },
  },
  {
    text: 'Theo Luật Phổ biến, giáo dục pháp luật, cơ quan nào chịu trách nhiệm trước Chính phủ thực hiện quản lý nhà nước về phổ biến, giáo dục pháp luật?',
    options: ['Bộ Tư pháp', 'Bộ Nội vụ', 'Bộ Giáo dục và Đào tạo', 'Bộ Công an'],
    correct: [0],
    difficulty: 1,
    fields: ['pbgdpl'],
    explanation:
      'Khoản 2 Điều 6 quy định Chính phủ thống nhất quản lý nhà nước về phổ biến, giáo dục pháp luật; Bộ Tư pháp chịu trách nhiệm trước Chính phủ thực hiện quản lý nhà nước về phổ biến, giáo dục pháp luật; Ủy ban nhân dân các cấp thực hiện quản lý nhà nước về lĩnh vực này tại địa phương.',
    citation: { document: 'Luật Phổ biến, giáo dục pháp luật số 14/2012/QH13', article: 'Khoản 2 Điều 6' },
  },
  {
    text: 'Theo Luật Phổ biến, giáo dục pháp luật, những nội dung nào sau đây là nguyên tắc phổ biến, giáo dục pháp luật (chọn nhiều đáp án)?',
    options: [
      'Chính xác, đầy đủ, rõ ràng, dễ hiểu, thiết thực',
      'Kịp thời, thường xuyên, có trọng tâm, trọng điểm',
      'Phối hợp chặt chẽ giữa cơ quan, tổ chức, gia đình và xã hội',
      'Chỉ thực hiện khi người dân có yêu cầu',
      'Áp dụng một hình thức thống nhất cho mọi đối tượng',
    ],
    correct: [0, 1, 2],
    difficulty: 2,
    fields: ['pbgdpl'],
    explanation:
      'Điều 5 quy định các nguyên tắc: chính xác, đầy đủ, rõ ràng, dễ hiểu, thiết thực; kịp thời, thường xuyên, có trọng tâm, trọng điểm; đa dạng các hình thức, phù hợp với nhu cầu, lứa tuổi, trình độ của đối tượng; gắn với việc thi hành pháp luật và đời sống hằng ngày của người dân; phối hợp chặt chẽ giữa cơ quan, tổ chức, gia đình và xã hội. Vì vậy, phổ biến pháp luật không chỉ làm khi có yêu cầu và không áp dụng rập khuôn một hình thức.',
    citation: { document: 'Luật Phổ biến, giáo dục pháp luật số 14/2012/QH13', article: 'Điều 5' },
  },
  {
    text: 'Theo Luật Phổ biến, giáo dục pháp luật, Hội đồng phối hợp phổ biến, giáo dục pháp luật có vị trí, vai trò gì?',
    options: [
      'Là cơ quan tư vấn về công tác phổ biến, giáo dục pháp luật và huy động nguồn lực cho công tác này',
      'Là cơ quan có thẩm quyền xử phạt vi phạm hành chính trong lĩnh vực phổ biến pháp luật',
      'Là cơ quan giải quyết tranh chấp liên quan đến hoạt động phổ biến pháp luật',
      'Là cơ quan ban hành văn bản quy phạm pháp luật về phổ biến, giáo dục pháp luật',
    ],
    correct: [0],
    difficulty: 2,
    fields: ['pbgdpl'],
    explanation:
      'Khoản 1 Điều 7 quy định Hội đồng phối hợp phổ biến, giáo dục pháp luật là cơ quan tư vấn cho Chính phủ, Ủy ban nhân dân cấp tỉnh về công tác phổ biến, giáo dục pháp luật và huy động nguồn lực cho công tác phổ biến, giáo dục pháp luật. Cơ quan thường trực của Hội đồng của Chính phủ là Bộ Tư pháp, của Ủy ban nhân dân cấp tỉnh là Sở Tư pháp (khoản 2). Hội đồng không có chức năng xử phạt, giải quyết tranh chấp hay ban hành văn bản quy phạm pháp luật.',
    citation: { document: 'Luật Phổ biến, giáo dục pháp luật số 14/2012/QH13', article: 'Khoản 1 Điều 7' },
  },
  {
    text: 'Theo Luật Phổ biến, giáo dục pháp luật, ai có thẩm quyền quyết định công nhận tuyên truyền viên pháp luật?',
    options: [
      'Chủ tịch Ủy ban nhân dân cấp xã',
      'Bộ trưởng Bộ Tư pháp',
      'Chủ tịch Ủy ban nhân dân cấp tỉnh',
      'Giám đốc Sở Tư pháp',
    ],
    correct: [0],
    difficulty: 2,
    fields: ['pbgdpl'],
    explanation:
      'Khoản 2 Điều 37 quy định Chủ tịch Ủy ban nhân dân cấp xã quyết định công nhận tuyên truyền viên pháp luật. Người có uy tín, kiến thức, am hiểu về pháp luật được xem xét để công nhận là tuyên truyền viên pháp luật hoặc được mời tham gia phổ biến, giáo dục pháp luật ở cơ sở (khoản 1).',
    citation: { document: 'Luật Phổ biến, giáo dục pháp luật số 14/2012/QH13', article: 'Khoản 2 Điều 37' },
  },
  {
    text: 'Theo Luật Phổ biến, giáo dục pháp luật, báo cáo viên pháp luật thực hiện hoạt động phổ biến, giáo dục pháp luật theo chế độ nào?',
    options: [
      'Kiêm nhiệm, sau khi được cơ quan có thẩm quyền ra quyết định công nhận',
      'Chuyên trách, được tuyển dụng riêng vào biên chế báo cáo viên',
      'Hành nghề tự do và thu phí của người nghe',
      'Làm việc theo hợp đồng lao động với doanh nghiệp',
    ],
    correct: [0],
    difficulty: 2,
    fields: ['pbgdpl'],
    explanation:
      'Khoản 1 Điều 35 quy định báo cáo viên pháp luật là cán bộ, công chức, viên chức và sỹ quan trong lực lượng vũ trang nhân dân được cơ quan có thẩm quyền ra quyết định công nhận để kiêm nhiệm thực hiện hoạt động phổ biến, giáo dục pháp luật.',
    citation: { document: 'Luật Phổ biến, giáo dục pháp luật số 14/2012/QH13', article: 'Khoản 1 Điều 35' },
  },
  {
    text: 'Theo Luật Phổ biến, giáo dục pháp luật, hành vi nào sau đây bị cấm?',
    options: [
      'Truyền đạt sai lệch nội dung pháp luật được phổ biến',
      'Hỏi lại báo cáo viên về nội dung pháp luật chưa hiểu rõ',
      'Tự tìm hiểu pháp luật trên cổng thông tin điện tử của cơ quan nhà nước',
      'Đề nghị cơ quan đang giải quyết vụ việc của mình giải thích quy định pháp luật liên quan',
    ],
    correct: [0],
    difficulty: 2,
    fields: ['pbgdpl'],
    explanation:
      'Khoản 1 Điều 9 cấm truyền đạt sai lệch, phê phán nội dung pháp luật được phổ biến; không cung cấp thông tin, tài liệu theo quy định; cung cấp thông tin, tài liệu có nội dung sai sự thật, trái pháp luật. Các hành vi còn lại là việc thực hiện quyền được thông tin, tìm hiểu, học tập pháp luật của công dân.',
    citation: { document: 'Luật Phổ biến, giáo dục pháp luật số 14/2012/QH13', article: 'Khoản 1 Điều 9' },
  },
  {
    text: 'Ông A có hồ sơ đang được một cơ quan nhà nước xem xét, giải quyết và yêu cầu được giải thích quy định pháp luật liên quan trực tiếp đến vụ việc của mình. Theo Luật Phổ biến, giáo dục pháp luật, cơ quan đó phải làm gì?',
    options: [
      'Giải thích, cung cấp quy định pháp luật liên quan trực tiếp đến vụ việc hoặc hướng dẫn ông A tìm kiếm, tra cứu trên cơ sở dữ liệu quốc gia về pháp luật',
      'Từ chối vì giải thích pháp luật không thuộc trách nhiệm của cơ quan đang giải quyết vụ việc',
      'Chỉ giải thích sau khi ông A nộp phí dịch vụ pháp lý',
      'Yêu cầu ông A tự thuê luật sư để được giải thích',
    ],
    correct: [0],
    difficulty: 2,
    fields: ['pbgdpl'],
    explanation:
      'Khoản 1 Điều 15 quy định cơ quan, tổ chức, cá nhân đang xem xét, giải quyết vụ việc của công dân có trách nhiệm giải thích, cung cấp các quy định của pháp luật có liên quan trực tiếp đến vụ việc đang giải quyết hoặc hướng dẫn tìm kiếm, tra cứu trên cơ sở dữ liệu quốc gia về pháp luật khi công dân đó có yêu cầu.',
    citation: { document: 'Luật Phổ biến, giáo dục pháp luật số 14/2012/QH13', article: 'Khoản 1 Điều 15' },
  },
  {
    text: 'Một công chức có bằng tốt nghiệp đại học kinh tế, không có bằng đại học luật, muốn được công nhận là báo cáo viên pháp luật. Ngoài các tiêu chuẩn khác, theo Luật Phổ biến, giáo dục pháp luật, người này phải có thời gian công tác liên quan đến pháp luật ít nhất bao lâu?',
    options: ['01 năm', '02 năm', '03 năm', '05 năm'],
    correct: [2],
    difficulty: 3,
    fields: ['pbgdpl'],
    explanation:
      'Điểm c khoản 2 Điều 35 yêu cầu báo cáo viên pháp luật có bằng tốt nghiệp đại học luật và thời gian công tác trong lĩnh vực pháp luật ít nhất 02 năm; trường hợp không có bằng đại học luật nhưng có bằng tốt nghiệp đại học khác thì phải có thời gian công tác liên quan đến pháp luật ít nhất 03 năm. Ngoài ra, người đó phải có phẩm chất đạo đức tốt, lập trường tư tưởng vững vàng, có uy tín trong công tác và có khả năng truyền đạt.',
    citation: { document: 'Luật Phổ biến, giáo dục pháp luật số 14/2012/QH13', article: 'Khoản 2 Điều 35' },
  },
  {
    text: 'Theo Luật Phổ biến, giáo dục pháp luật, thông cáo báo chí về văn bản quy phạm pháp luật do Chính phủ, Thủ tướng Chính phủ ban hành được ra với tần suất nào và do cơ quan nào chủ trì?',
    options: [
      'Hằng tháng, do Bộ Tư pháp chủ trì phối hợp với Văn phòng Chính phủ và cơ quan chủ trì soạn thảo',
      'Hằng quý, do Văn phòng Quốc hội chủ trì',
      'Hằng năm, do Văn phòng Chủ tịch nước chủ trì',
      'Hằng tuần, do Thông tấn xã Việt Nam chủ trì',
    ],
    correct: [0],
    difficulty: 3,
    fields: ['pbgdpl'],
    explanation:
      'Khoản 2 Điều 12 quy định hằng tháng, Bộ Tư pháp chủ trì phối hợp với Văn phòng Chính phủ và cơ quan chủ trì soạn thảo ra thông cáo báo chí về văn bản quy phạm pháp luật do Chính phủ, Thủ tướng Chính phủ ban hành. Thông cáo báo chí nêu rõ sự cần thiết, mục đích ban hành và nội dung chủ yếu của văn bản (khoản 3).',
    citation: { document: 'Luật Phổ biến, giáo dục pháp luật số 14/2012/QH13', article: 'Khoản 2 Điều 12' },
  },
  {
    text: 'Theo Luật Phổ biến, giáo dục pháp luật, việc phổ biến, giáo dục pháp luật cho nạn nhân bạo lực gia đình tập trung vào những quy định pháp luật nào?',
    options: [
      'Hôn nhân và gia đình, bình đẳng giới, phòng, chống bạo lực gia đình, trách nhiệm của Nhà nước và xã hội trong việc hỗ trợ, bảo vệ nạn nhân',
      'Dân tộc, tôn giáo, bảo vệ biên giới, chủ quyền quốc gia, biển, đảo',
      'Việc làm, tiền lương, bảo hiểm xã hội, pháp luật công đoàn',
      'Hình sự, thi hành án hình sự, phòng, chống ma túy và các tệ nạn xã hội',
    ],
    correct: [0],
    difficulty: 3,
    fields: ['pbgdpl', 'bao-luc-gia-dinh'],
    explanation:
      'Khoản 1 Điều 19 quy định việc phổ biến, giáo dục pháp luật cho nạn nhân bạo lực gia đình tập trung vào các quy định về hôn nhân và gia đình, bình đẳng giới, phòng, chống bạo lực gia đình, trách nhiệm của Nhà nước và xã hội trong việc hỗ trợ, bảo vệ nạn nhân. Các phương án còn lại là nội dung trọng tâm khi phổ biến pháp luật cho những nhóm đối tượng đặc thù khác (Điều 17, 18, 21).',
    citation: { document: 'Luật Phổ biến, giáo dục pháp luật số 14/2012/QH13', article: 'Khoản 1 Điều 19' },
  },
  {
    text: 'Theo Luật Phổ biến, giáo dục pháp luật, hoạt động phổ biến, giáo dục pháp luật cho người lao động trong doanh nghiệp được chú trọng thực hiện thông qua hình thức nào?',
    options: [
      'Phổ biến trực tiếp, niêm yết quy định pháp luật tại nơi làm việc, tủ sách pháp luật, giỏ sách pháp luật, tờ gấp',
      'Trợ giúp pháp lý lưu động và phổ biến trực tiếp tại nơi tạm lánh',
      'Lồng ghép trong chương trình học văn hóa, học nghề, giáo dục tái hòa nhập cộng đồng',
      'Cung cấp miễn phí thông tin, tài liệu pháp luật bằng tiếng dân tộc thiểu số',
    ],
    correct: [0],
    difficulty: 3,
    fields: ['pbgdpl'],
    explanation:
      'Khoản 2 Điều 18 quy định hoạt động phổ biến, giáo dục pháp luật cho người lao động trong doanh nghiệp được chú trọng thực hiện thông qua phổ biến trực tiếp, niêm yết các quy định pháp luật tại nơi làm việc, tủ sách pháp luật, giỏ sách pháp luật, tờ gấp, lồng ghép trong các hoạt động văn hóa, văn nghệ. Người sử dụng lao động có trách nhiệm bố trí thời gian, bảo đảm điều kiện cần thiết và phối hợp với tổ chức công đoàn thực hiện việc này (khoản 3).',
    citation: { document: 'Luật Phổ biến, giáo dục pháp luật số 14/2012/QH13', article: 'Khoản 2 Điều 18' },
  },
  {
    text: 'Theo Luật Phổ biến, giáo dục pháp luật, đại biểu Quốc hội, đại biểu Hội đồng nhân dân thực hiện phổ biến, giáo dục pháp luật cho nhân dân thông qua hoạt động nào?',
    options: [
      'Hoạt động tiếp xúc cử tri',
      'Hoạt động xét xử lưu động',
      'Hoạt động trợ giúp pháp lý',
      'Hoạt động ra thông cáo báo chí hằng tháng',
    ],
    correct: [0],
    difficulty: 3,
    fields: ['pbgdpl'],
    explanation:
      'Điều 33 quy định trong phạm vi nhiệm vụ, quyền hạn của mình, đại biểu Quốc hội, đại biểu Hội đồng nhân dân các cấp thực hiện phổ biến, giáo dục pháp luật cho nhân dân thông qua hoạt động tiếp xúc cử tri; đồng thời giám sát việc thực hiện pháp luật. Xét xử lưu động là cách Tòa án kết hợp phổ biến pháp luật (Điều 16).',
    citation: { document: 'Luật Phổ biến, giáo dục pháp luật số 14/2012/QH13', article: 'Điều 33' },
  },
];
