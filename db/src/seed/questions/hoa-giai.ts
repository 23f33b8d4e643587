import type { SeedQuestion } from '../types.js';

/** Luật Hòa giải ở cơ sở số 35/2013/QH13, hiệu lực từ 01/01/2014 — soạn theo văn bản luật, đối chiếu các trang hỏi đáp của cơ quan tư pháp, không dùng quy định về cấp huyện. */
export const questions: readonly SeedQuestion[] = [
  {
    text: 'Theo Luật Hòa giải ở cơ sở năm 2013, hòa giải ở cơ sở được hiểu là gì?',
    options: [
      'Việc hòa giải viên hướng dẫn, giúp đỡ các bên đạt được thỏa thuận, tự nguyện giải quyết với nhau các mâu thuẫn, tranh chấp, vi phạm pháp luật',
      'Việc Ủy ban nhân dân cấp xã ra quyết định giải quyết tranh chấp giữa các bên',
      'Việc Tòa án nhân dân tổ chức cho các bên thương lượng trước khi mở phiên tòa',
      'Việc trưởng thôn buộc các bên chấm dứt mâu thuẫn theo hương ước của thôn',
    ],
    correct: [0],
    difficulty: 1,
    fields: ['hoa-giai'],
    explanation:
      'Khoản 1 Điều 2 định nghĩa hòa giải ở cơ sở là việc hòa giải viên hướng dẫn, giúp đỡ các bên đạt được thỏa thuận, tự nguyện giải quyết với nhau các mâu thuẫn, tranh chấp, vi phạm pháp luật. Hòa giải viên không ra quyết định thay các bên.',
    citation: { document: 'Luật Hòa giải ở cơ sở số 35/2013/QH13', article: 'Khoản 1 Điều 2' },
  },
  {
    text: 'Theo Luật Hòa giải ở cơ sở, “cơ sở” là:',
    options: [
      'Thôn, làng, ấp, bản, buôn, phum, sóc, tổ dân phố, khu phố, khối phố và cộng đồng dân cư khác',
      'Đơn vị hành chính cấp xã nơi các bên cư trú',
      'Cơ quan, doanh nghiệp nơi các bên đang làm việc',
      'Trụ sở của Tòa án nhân dân nơi xảy ra tranh chấp',
    ],
    correct: [0],
    difficulty: 1,
    fields: ['hoa-giai'],
    explanation:
      'Khoản 2 Điều 2 quy định cơ sở là thôn, làng, ấp, bản, buôn, phum, sóc, tổ dân phố, khu phố, khối phố và cộng đồng dân cư khác (gọi chung là thôn, tổ dân phố). Vì vậy tổ hòa giải được thành lập ở thôn, tổ dân phố.',
    citation: { document: 'Luật Hòa giải ở cơ sở số 35/2013/QH13', article: 'Khoản 2 Điều 2' },
  },
  {
    text: 'Nội dung nào sau đây là một nguyên tắc tổ chức, hoạt động hòa giải ở cơ sở?',
    options: [
      'Tôn trọng sự tự nguyện của các bên; không bắt buộc, áp đặt các bên trong hòa giải ở cơ sở',
      'Các bên bắt buộc phải hòa giải ở cơ sở trước khi khởi kiện ra Tòa án',
      'Hòa giải viên quyết định phương án giải quyết và buộc các bên phải thi hành',
      'Mọi thông tin về đời tư của các bên phải được công khai trước cộng đồng dân cư',
    ],
    correct: [0],
    difficulty: 1,
    fields: ['hoa-giai'],
    explanation:
      'Điều 4 đặt nguyên tắc đầu tiên là tôn trọng sự tự nguyện của các bên, không bắt buộc, áp đặt các bên. Luật còn yêu cầu giữ bí mật thông tin đời tư của các bên (trừ trường hợp luật định), nên hòa giải viên không được công khai đời tư hay áp đặt phương án.',
    citation: { document: 'Luật Hòa giải ở cơ sở số 35/2013/QH13', article: 'Điều 4' },
  },
  {
    text: 'Tiêu chuẩn nào sau đây KHÔNG phải là tiêu chuẩn để được bầu làm hòa giải viên?',
    options: [
      'Có bằng cử nhân luật trở lên',
      'Có phẩm chất đạo đức tốt; có uy tín trong cộng đồng dân cư',
      'Có khả năng thuyết phục, vận động nhân dân',
      'Có hiểu biết pháp luật',
    ],
    correct: [0],
    difficulty: 1,
    fields: ['hoa-giai'],
    explanation:
      'Theo Điều 7, người được bầu làm hòa giải viên là công dân Việt Nam thường trú tại cơ sở, tự nguyện tham gia hoạt động hòa giải, có phẩm chất đạo đức tốt, có uy tín trong cộng đồng, có khả năng thuyết phục, vận động nhân dân và có hiểu biết pháp luật. Luật không đòi hỏi bằng cấp luật.',
    citation: { document: 'Luật Hòa giải ở cơ sở số 35/2013/QH13', article: 'Điều 7' },
  },
  {
    text: 'Theo Luật Hòa giải ở cơ sở, hòa giải viên có quyền nào sau đây?',
    options: [
      'Được hưởng thù lao theo vụ, việc khi thực hiện hòa giải',
      'Ra quyết định xử phạt vi phạm hành chính đối với bên có lỗi',
      'Thu phí hòa giải từ các bên',
      'Buộc các bên phải thực hiện phương án do hòa giải viên đưa ra',
    ],
    correct: [0],
    difficulty: 1,
    fields: ['hoa-giai'],
    explanation:
      'Điều 9 liệt kê các quyền của hòa giải viên, trong đó có quyền hưởng thù lao theo vụ, việc khi thực hiện hòa giải, được bồi dưỡng nghiệp vụ và được khen thưởng. Hòa giải viên không có quyền xử phạt, thu phí hay áp đặt kết quả.',
    citation: { document: 'Luật Hòa giải ở cơ sở số 35/2013/QH13', article: 'Điều 9' },
  },
  {
    text: 'Khi hòa giải ở cơ sở không thành, các bên có quyền gì?',
    options: [
      'Yêu cầu tiếp tục hòa giải hoặc yêu cầu cơ quan, tổ chức có thẩm quyền giải quyết theo quy định của pháp luật',
      'Không còn quyền khởi kiện vụ việc ra Tòa án',
      'Phải chấp hành quyết định giải quyết của tổ trưởng tổ hòa giải',
      'Phải chờ ít nhất 06 tháng mới được đề nghị hòa giải lại',
    ],
    correct: [0],
    difficulty: 1,
    fields: ['hoa-giai'],
    explanation:
      'Điều 27 quy định khi hòa giải không thành, các bên có quyền yêu cầu tiếp tục hòa giải hoặc yêu cầu cơ quan, tổ chức có thẩm quyền giải quyết theo quy định của pháp luật. Hòa giải ở cơ sở không làm mất quyền khởi kiện của các bên.',
    citation: { document: 'Luật Hòa giải ở cơ sở số 35/2013/QH13', article: 'Điều 27' },
  },
  {
    text: 'Theo Luật Hòa giải ở cơ sở, thành phần tối thiểu của mỗi tổ hòa giải là:',
    options: [
      'Từ 03 hòa giải viên trở lên, trong đó có hòa giải viên nữ',
      '02 hòa giải viên, không bắt buộc có hòa giải viên nữ',
      'Từ 05 hòa giải viên trở lên, trong đó có ít nhất 02 hòa giải viên nữ',
      'Từ 07 hòa giải viên trở lên, trong đó có trưởng thôn hoặc tổ trưởng tổ dân phố',
    ],
    correct: [0],
    difficulty: 2,
    fields: ['hoa-giai'],
    explanation:
      'Khoản 1 Điều 12 quy định tổ hòa giải có tổ trưởng và các hòa giải viên; mỗi tổ có từ 03 hòa giải viên trở lên, trong đó có hòa giải viên nữ. Ở vùng có nhiều đồng bào dân tộc thiểu số, tổ hòa giải phải có hòa giải viên là người dân tộc thiểu số.',
    citation: { document: 'Luật Hòa giải ở cơ sở số 35/2013/QH13', article: 'Khoản 1 Điều 12' },
  },
  {
    text: 'Ai có thẩm quyền ra quyết định công nhận hòa giải viên?',
    options: [
      'Chủ tịch Ủy ban nhân dân cấp xã',
      'Trưởng thôn hoặc tổ trưởng tổ dân phố',
      'Giám đốc Sở Tư pháp',
      'Chánh án Tòa án nhân dân khu vực',
    ],
    correct: [0],
    difficulty: 2,
    fields: ['hoa-giai'],
    explanation:
      'Theo Điều 8, sau khi hòa giải viên được bầu ở thôn, tổ dân phố, Trưởng ban công tác Mặt trận lập danh sách người được đề nghị công nhận gửi Chủ tịch Ủy ban nhân dân cấp xã (điểm d khoản 3); Chủ tịch Ủy ban nhân dân cấp xã ra quyết định công nhận hòa giải viên (khoản 4).',
    citation: { document: 'Luật Hòa giải ở cơ sở số 35/2013/QH13', article: 'Khoản 4 Điều 8' },
  },
  {
    text: 'Hòa giải ở cơ sở được tiến hành khi có những căn cứ nào sau đây (chọn nhiều đáp án)?',
    options: [
      'Một bên hoặc các bên yêu cầu hòa giải',
      'Hòa giải viên chứng kiến hoặc biết vụ, việc thuộc phạm vi hòa giải',
      'Theo phân công của tổ trưởng tổ hòa giải hoặc đề nghị của cơ quan, tổ chức, cá nhân có liên quan',
      'Có quyết định của Tòa án buộc các bên phải hòa giải ở cơ sở',
    ],
    correct: [0, 1, 2],
    difficulty: 2,
    fields: ['hoa-giai'],
    explanation:
      'Điều 16 nêu ba căn cứ tiến hành hòa giải: một bên hoặc các bên yêu cầu; hòa giải viên chứng kiến hoặc biết vụ, việc thuộc phạm vi hòa giải; theo phân công của tổ trưởng tổ hòa giải hoặc đề nghị của cơ quan, tổ chức, cá nhân có liên quan. Tòa án không ra quyết định buộc hòa giải ở cơ sở.',
    citation: { document: 'Luật Hòa giải ở cơ sở số 35/2013/QH13', article: 'Điều 16' },
  },
  {
    text: 'Trường hợp nào sau đây KHÔNG được hòa giải ở cơ sở?',
    options: [
      'Vi phạm pháp luật mà theo quy định phải bị truy cứu trách nhiệm hình sự',
      'Mâu thuẫn giữa hai gia đình hàng xóm về lối đi chung',
      'Mâu thuẫn giữa vợ chồng phát sinh trong sinh hoạt hằng ngày',
      'Tranh chấp nhỏ về khoản tiền vay mượn giữa anh em họ hàng',
    ],
    correct: [0],
    difficulty: 2,
    fields: ['hoa-giai'],
    explanation:
      'Khoản 1 Điều 3 loại trừ khỏi phạm vi hòa giải ở cơ sở các vi phạm pháp luật mà theo quy định phải bị truy cứu trách nhiệm hình sự hoặc bị xử lý vi phạm hành chính, cùng các mâu thuẫn, tranh chấp xâm phạm lợi ích của Nhà nước, lợi ích công cộng. Các mâu thuẫn dân sự, gia đình thông thường vẫn được hòa giải.',
    citation: { document: 'Luật Hòa giải ở cơ sở số 35/2013/QH13', article: 'Khoản 1 Điều 3' },
  },
  {
    text: 'Hòa giải viên phải xử sự thế nào nếu bản thân có quyền lợi, nghĩa vụ liên quan đến vụ, việc cần hòa giải?',
    options: [
      'Từ chối tiến hành hòa giải vụ, việc đó',
      'Vẫn tiến hành hòa giải bình thường vì đã được công nhận là hòa giải viên',
      'Tiến hành hòa giải nếu được trưởng thôn đồng ý bằng lời nói',
      'Tiến hành hòa giải nhưng không cho các bên biết về quyền lợi của mình',
    ],
    correct: [0],
    difficulty: 2,
    fields: ['hoa-giai'],
    explanation:
      'Điều 10 quy định hòa giải viên có nghĩa vụ từ chối tiến hành hòa giải nếu bản thân có quyền lợi, nghĩa vụ liên quan đến vụ, việc hoặc vì lý do khác dẫn đến không thể bảo đảm khách quan, công bằng trong hòa giải.',
    citation: { document: 'Luật Hòa giải ở cơ sở số 35/2013/QH13', article: 'Điều 10' },
  },
  {
    text: 'Theo Luật Hòa giải ở cơ sở, các bên trong hòa giải có quyền nào sau đây?',
    options: [
      'Yêu cầu việc hòa giải được tiến hành công khai hoặc không công khai',
      'Yêu cầu hòa giải viên ra quyết định có hiệu lực bắt buộc thi hành',
      'Yêu cầu Ủy ban nhân dân cấp xã cưỡng chế bên kia thực hiện thỏa thuận',
      'Từ chối trình bày sự thật về các tình tiết của vụ, việc',
    ],
    correct: [0],
    difficulty: 2,
    fields: ['hoa-giai'],
    explanation:
      'Điều 17 quy định các bên có quyền lựa chọn, đề xuất hòa giải viên, địa điểm, thời gian hòa giải; đồng ý hoặc từ chối hòa giải; yêu cầu việc hòa giải được tiến hành công khai hoặc không công khai. Đồng thời các bên có nghĩa vụ trình bày đúng sự thật các tình tiết của vụ, việc.',
    citation: { document: 'Luật Hòa giải ở cơ sở số 35/2013/QH13', article: 'Điều 17' },
  },
  {
    text: 'Hoạt động nào sau đây thuộc phạm vi điều chỉnh của Luật Hòa giải ở cơ sở?',
    options: [
      'Hòa giải viên ở tổ dân phố giúp hai hộ gia đình giải quyết mâu thuẫn về việc xả nước thải',
      'Hòa giải viên lao động hòa giải tranh chấp giữa người lao động và doanh nghiệp',
      'Hòa giải viên thương mại hòa giải tranh chấp hợp đồng giữa hai công ty',
      'Thẩm phán tiến hành hòa giải trong quá trình giải quyết vụ án dân sự',
    ],
    correct: [0],
    difficulty: 2,
    fields: ['hoa-giai'],
    explanation:
      'Khoản 2 Điều 1 xác định hoạt động hòa giải của Tòa án, trọng tài, hòa giải thương mại, hòa giải lao động và hòa giải tại Ủy ban nhân dân cấp xã không thuộc phạm vi điều chỉnh của Luật. Hòa giải do hòa giải viên ở thôn, tổ dân phố thực hiện mới là hòa giải ở cơ sở.',
    citation: { document: 'Luật Hòa giải ở cơ sở số 35/2013/QH13', article: 'Khoản 2 Điều 1' },
  },
  {
    text: 'Khi bầu hòa giải viên ở thôn, tổ dân phố, người được đề nghị công nhận là hòa giải viên phải đạt kết quả như thế nào?',
    options: [
      'Được trên 50% đại diện hộ gia đình trong thôn, tổ dân phố đồng ý',
      'Được từ 30% đại diện hộ gia đình trong thôn, tổ dân phố trở lên đồng ý',
      'Được trên hai phần ba số cử tri trong thôn, tổ dân phố đồng ý',
      'Được tất cả thành viên Ban công tác Mặt trận đồng ý, không cần lấy ý kiến hộ gia đình',
    ],
    correct: [0],
    difficulty: 3,
    fields: ['hoa-giai'],
    explanation:
      'Điều 8 quy định việc bầu hòa giải viên được tổ chức bằng biểu quyết công khai, bỏ phiếu kín tại cuộc họp đại diện hộ gia đình hoặc phát phiếu lấy ý kiến hộ gia đình; người được đề nghị công nhận phải đạt trên 50% đại diện hộ gia đình trong thôn, tổ dân phố đồng ý.',
    citation: { document: 'Luật Hòa giải ở cơ sở số 35/2013/QH13', article: 'Điều 8' },
  },
  {
    text: 'Trừ trường hợp cần hòa giải ngay hoặc các bên có thỏa thuận khác về thời gian, hòa giải viên phải bắt đầu tiến hành hòa giải trong thời hạn bao lâu kể từ ngày được phân công?',
    options: ['03 ngày', '07 ngày làm việc', '15 ngày', '30 ngày'],
    correct: [0],
    difficulty: 3,
    fields: ['hoa-giai'],
    explanation:
      'Khoản 2 Điều 20 quy định trong thời hạn 03 ngày kể từ ngày được phân công, hòa giải viên bắt đầu tiến hành hòa giải, trừ trường hợp cần thiết phải hòa giải ngay khi chứng kiến vụ, việc hoặc các bên có thỏa thuận khác về thời gian hòa giải.',
    citation: { document: 'Luật Hòa giải ở cơ sở số 35/2013/QH13', article: 'Khoản 2 Điều 20' },
  },
  {
    text: 'Khi thấy cần thiết, ai có thể mời người có uy tín trong dòng họ, già làng, chức sắc tôn giáo hoặc người biết rõ vụ, việc tham gia hòa giải?',
    options: [
      'Hòa giải viên và một trong các bên khi được sự đồng ý của bên kia',
      'Chỉ Chủ tịch Ủy ban nhân dân cấp xã',
      'Bất kỳ người dân nào trong thôn, tổ dân phố, không cần sự đồng ý của các bên',
      'Chỉ tổ trưởng tổ hòa giải, không cần hỏi ý kiến các bên',
    ],
    correct: [0],
    difficulty: 3,
    fields: ['hoa-giai'],
    explanation:
      'Khoản 1 Điều 19 quy định trong quá trình hòa giải, nếu thấy cần thiết, hòa giải viên và một trong các bên khi được sự đồng ý của bên kia có thể mời người có uy tín trong dòng họ, nơi sinh sống, nơi làm việc, già làng, chức sắc tôn giáo, người biết rõ vụ, việc… tham gia hòa giải.',
    citation: { document: 'Luật Hòa giải ở cơ sở số 35/2013/QH13', article: 'Khoản 1 Điều 19' },
  },
  {
    text: 'Việc thôi làm hòa giải viên được thực hiện trong những trường hợp nào sau đây (chọn nhiều đáp án)?',
    options: [
      'Theo nguyện vọng của hòa giải viên',
      'Hòa giải viên không còn đáp ứng một trong các tiêu chuẩn hòa giải viên do Luật quy định',
      'Hòa giải viên vi phạm nguyên tắc tổ chức, hoạt động hòa giải ở cơ sở',
      'Hòa giải viên có một vụ, việc hòa giải không thành',
      'Hòa giải viên đủ 60 tuổi',
    ],
    correct: [0, 1, 2],
    difficulty: 3,
    fields: ['hoa-giai'],
    explanation:
      'Khoản 1 Điều 11 quy định thôi làm hòa giải viên khi: theo nguyện vọng của hòa giải viên; không còn đáp ứng một trong các tiêu chuẩn tại Điều 7; vi phạm nguyên tắc tại Điều 4 hoặc không có điều kiện tiếp tục làm hòa giải viên do bị xử lý vi phạm pháp luật. Luật không quy định tuổi tối đa và hòa giải không thành không phải là lý do thôi làm hòa giải viên.',
    citation: { document: 'Luật Hòa giải ở cơ sở số 35/2013/QH13', article: 'Khoản 1 Điều 11' },
  },
];
