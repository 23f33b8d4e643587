import type { SeedQuestion } from '../types.js';

/** Luật Hôn nhân và gia đình số 52/2014/QH13, có hiệu lực từ ngày 01/01/2015 — câu hỏi bám sát nguyên văn các điều, khoản được trích dẫn. */
export const questions: readonly SeedQuestion[] = [
  // ── Mức 1: dễ ──────────────────────────────────────────────────────────
  {
    text: 'Theo Luật Hôn nhân và gia đình năm 2014, độ tuổi kết hôn tối thiểu của nam và nữ là bao nhiêu?',
    options: [
      'Nam từ đủ 20 tuổi trở lên, nữ từ đủ 18 tuổi trở lên',
      'Nam từ đủ 18 tuổi trở lên, nữ từ đủ 18 tuổi trở lên',
      'Nam từ đủ 22 tuổi trở lên, nữ từ đủ 20 tuổi trở lên',
      'Nam từ đủ 20 tuổi trở lên, nữ từ đủ 20 tuổi trở lên',
    ],
    correct: [0],
    difficulty: 1,
    fields: ['hon-nhan-gia-dinh'],
    explanation:
      'Điểm a khoản 1 Điều 8 quy định nam, nữ kết hôn phải đáp ứng điều kiện nam từ đủ 20 tuổi trở lên, nữ từ đủ 18 tuổi trở lên. Lấy vợ, lấy chồng khi chưa đủ tuổi này là tảo hôn và bị cấm.',
    citation: { document: 'Luật Hôn nhân và gia đình số 52/2014/QH13', article: 'Khoản 1 Điều 8' },
  },
  {
    text: 'Nguyên tắc cơ bản của chế độ hôn nhân và gia đình theo Luật Hôn nhân và gia đình năm 2014 là hôn nhân:',
    options: [
      'Tự nguyện, tiến bộ, một vợ một chồng, vợ chồng bình đẳng',
      'Do cha mẹ hai bên quyết định, người chồng là chủ gia đình',
      'Cho phép một người chồng có nhiều vợ nếu người vợ trước đồng ý',
      'Chỉ cần tổ chức lễ cưới theo phong tục địa phương là được công nhận',
    ],
    correct: [0],
    difficulty: 1,
    fields: ['hon-nhan-gia-dinh'],
    explanation:
      'Khoản 1 Điều 2 xác định nguyên tắc hôn nhân tự nguyện, tiến bộ, một vợ một chồng, vợ chồng bình đẳng. Cụ thể hóa nguyên tắc này, điểm b khoản 1 Điều 8 yêu cầu việc kết hôn do nam và nữ tự nguyện quyết định, còn Điều 9 yêu cầu việc kết hôn phải được đăng ký.',
    citation: { document: 'Luật Hôn nhân và gia đình số 52/2014/QH13', article: 'Khoản 1 Điều 2' },
  },
  {
    text: 'Nam, nữ tổ chức đám cưới nhưng không đăng ký kết hôn tại cơ quan nhà nước có thẩm quyền thì việc kết hôn đó:',
    options: [
      'Không có giá trị pháp lý',
      'Có giá trị pháp lý vì đã tổ chức lễ cưới công khai',
      'Có giá trị pháp lý nếu được họ hàng hai bên chứng kiến',
      'Có giá trị pháp lý nếu được trưởng thôn, tổ trưởng tổ dân phố xác nhận',
    ],
    correct: [0],
    difficulty: 1,
    fields: ['hon-nhan-gia-dinh'],
    explanation:
      'Khoản 1 Điều 9 quy định việc kết hôn phải được đăng ký và do cơ quan nhà nước có thẩm quyền thực hiện; việc kết hôn không được đăng ký thì không có giá trị pháp lý. Lễ cưới theo phong tục không thay thế được việc đăng ký kết hôn.',
    citation: { document: 'Luật Hôn nhân và gia đình số 52/2014/QH13', article: 'Khoản 1 Điều 9' },
  },
  {
    text: 'Trong thời kỳ hôn nhân, người vợ được cha mẹ đẻ để lại thừa kế riêng một mảnh đất. Theo Luật Hôn nhân và gia đình năm 2014, mảnh đất này là:',
    options: [
      'Tài sản riêng của người vợ',
      'Tài sản chung của vợ chồng vì có được trong thời kỳ hôn nhân',
      'Tài sản chung của vợ chồng nếu người chồng có đóng góp công sức chăm sóc cha mẹ vợ',
      'Tài sản riêng của người chồng với tư cách chủ hộ',
    ],
    correct: [0],
    difficulty: 1,
    fields: ['hon-nhan-gia-dinh'],
    explanation:
      'Khoản 1 Điều 43 quy định tài sản riêng của vợ, chồng gồm tài sản mỗi người có trước khi kết hôn và tài sản được thừa kế riêng, được tặng cho riêng trong thời kỳ hôn nhân. Người vợ vẫn có thể tự nguyện nhập tài sản này vào tài sản chung.',
    citation: { document: 'Luật Hôn nhân và gia đình số 52/2014/QH13', article: 'Khoản 1 Điều 43' },
  },
  {
    text: 'Sau khi ly hôn, người cha hoặc mẹ không trực tiếp nuôi con có quyền thăm nom con hay không?',
    options: [
      'Có quyền, nghĩa vụ thăm nom con mà không ai được cản trở',
      'Chỉ được thăm nom khi người trực tiếp nuôi con đồng ý',
      'Không được thăm nom cho đến khi con đủ 18 tuổi',
      'Chỉ được thăm nom mỗi năm một lần vào dịp Tết',
    ],
    correct: [0],
    difficulty: 1,
    fields: ['hon-nhan-gia-dinh'],
    explanation:
      'Khoản 3 Điều 82 quy định sau khi ly hôn, người không trực tiếp nuôi con có quyền, nghĩa vụ thăm nom con mà không ai được cản trở. Chỉ khi người đó lạm dụng việc thăm nom để cản trở hoặc gây ảnh hưởng xấu đến việc chăm sóc, giáo dục con thì người trực tiếp nuôi con mới có quyền yêu cầu Tòa án hạn chế quyền thăm nom.',
    citation: { document: 'Luật Hôn nhân và gia đình số 52/2014/QH13', article: 'Khoản 3 Điều 82' },
  },
  {
    text: 'Hành vi nào sau đây của cha mẹ đối với con là hành vi mà Luật Hôn nhân và gia đình năm 2014 quy định cha mẹ không được làm?',
    options: [
      'Phân biệt đối xử giữa con trai và con gái',
      'Tôn trọng ý kiến của con',
      'Chăm lo việc học tập, giáo dục con',
      'Đại diện theo pháp luật cho con chưa thành niên',
    ],
    correct: [0],
    difficulty: 1,
    fields: ['hon-nhan-gia-dinh'],
    explanation:
      'Khoản 4 Điều 69 quy định cha mẹ không được phân biệt đối xử với con trên cơ sở giới hoặc theo tình trạng hôn nhân của cha mẹ, không được lạm dụng sức lao động của con chưa thành niên. Tôn trọng ý kiến của con, chăm lo học tập và đại diện cho con chưa thành niên là nghĩa vụ và quyền của cha mẹ.',
    citation: { document: 'Luật Hôn nhân và gia đình số 52/2014/QH13', article: 'Khoản 4 Điều 69' },
  },

  // ── Mức 2: trung bình ──────────────────────────────────────────────────
  {
    text: 'Theo Luật Hôn nhân và gia đình năm 2014, việc kết hôn giữa những người nào sau đây bị cấm (chọn nhiều đáp án)?',
    options: [
      'Giữa những người có họ trong phạm vi ba đời',
      'Giữa cha dượng với con riêng của vợ',
      'Giữa hai người đã ly hôn với nhau nay muốn kết hôn lại',
      'Giữa người đàn ông góa vợ với người phụ nữ chưa từng kết hôn',
    ],
    correct: [0, 1],
    difficulty: 2,
    fields: ['hon-nhan-gia-dinh'],
    explanation:
      'Điểm d khoản 2 Điều 5 cấm kết hôn hoặc chung sống như vợ chồng giữa những người cùng dòng máu về trực hệ; giữa những người có họ trong phạm vi ba đời; giữa cha, mẹ nuôi với con nuôi; giữa người đã từng là cha, mẹ nuôi với con nuôi, cha chồng với con dâu, mẹ vợ với con rể, cha dượng với con riêng của vợ, mẹ kế với con riêng của chồng. Vợ chồng đã ly hôn được kết hôn lại với nhau (phải đăng ký kết hôn), người góa vợ được kết hôn với người khác.',
    citation: { document: 'Luật Hôn nhân và gia đình số 52/2014/QH13', article: 'Khoản 2 Điều 5' },
  },
  {
    text: 'Luật Hôn nhân và gia đình năm 2014 quy định như thế nào về hôn nhân giữa những người cùng giới tính?',
    options: [
      'Nhà nước không thừa nhận hôn nhân giữa những người cùng giới tính',
      'Được công nhận nếu hai người đăng ký kết hôn tại Ủy ban nhân dân cấp xã',
      'Được công nhận nếu hai người đã chung sống với nhau từ 05 năm trở lên',
      'Được công nhận nếu hai người cùng nhận nuôi con nuôi',
    ],
    correct: [0],
    difficulty: 2,
    fields: ['hon-nhan-gia-dinh'],
    explanation:
      'Khoản 2 Điều 8 quy định Nhà nước không thừa nhận hôn nhân giữa những người cùng giới tính. Luật năm 2014 đã bỏ quy định cấm kết hôn giữa những người cùng giới tính của Luật năm 2000, nhưng hai người cùng giới tính không được đăng ký kết hôn và không phát sinh quyền, nghĩa vụ vợ chồng.',
    citation: { document: 'Luật Hôn nhân và gia đình số 52/2014/QH13', article: 'Khoản 2 Điều 8' },
  },
  {
    text: 'Theo Luật Hôn nhân và gia đình năm 2014, người chồng không có quyền yêu cầu ly hôn trong trường hợp nào?',
    options: [
      'Vợ đang có thai, sinh con hoặc đang nuôi con dưới 12 tháng tuổi',
      'Vợ đang nuôi con dưới 36 tháng tuổi',
      'Vợ đang đi làm ăn xa ở tỉnh khác',
      'Vợ chồng đã sống ly thân từ 01 năm trở lên',
    ],
    correct: [0],
    difficulty: 2,
    fields: ['hon-nhan-gia-dinh'],
    explanation:
      'Khoản 3 Điều 51 quy định chồng không có quyền yêu cầu ly hôn trong trường hợp vợ đang có thai, sinh con hoặc đang nuôi con dưới 12 tháng tuổi. Hạn chế này chỉ áp dụng với người chồng; người vợ vẫn có quyền yêu cầu ly hôn.',
    citation: { document: 'Luật Hôn nhân và gia đình số 52/2014/QH13', article: 'Khoản 3 Điều 51' },
  },
  {
    text: 'Vợ chồng đang tranh chấp một tài sản nhưng không có căn cứ chứng minh tài sản đó là tài sản riêng của bên nào. Theo Luật Hôn nhân và gia đình năm 2014, tài sản đó được coi là:',
    options: [
      'Tài sản chung của vợ chồng',
      'Tài sản riêng của người đang trực tiếp quản lý',
      'Tài sản riêng của người đứng tên chủ hộ',
      'Tài sản không có chủ, thuộc về Nhà nước',
    ],
    correct: [0],
    difficulty: 2,
    fields: ['hon-nhan-gia-dinh'],
    explanation:
      'Khoản 3 Điều 33 quy định trong trường hợp không có căn cứ để chứng minh tài sản mà vợ, chồng đang có tranh chấp là tài sản riêng của mỗi bên thì tài sản đó được coi là tài sản chung.',
    citation: { document: 'Luật Hôn nhân và gia đình số 52/2014/QH13', article: 'Khoản 3 Điều 33' },
  },
  {
    text: 'Việc định đoạt tài sản chung nào sau đây phải có sự thỏa thuận bằng văn bản của vợ chồng?',
    options: [
      'Bán ngôi nhà là tài sản chung của vợ chồng',
      'Mua thực phẩm cho bữa ăn hằng ngày của gia đình',
      'Thay mới bộ chén bát dùng trong gia đình',
      'Mua sách vở cho con đi học',
    ],
    correct: [0],
    difficulty: 2,
    fields: ['hon-nhan-gia-dinh'],
    explanation:
      'Khoản 2 Điều 35 quy định việc định đoạt tài sản chung phải có thỏa thuận bằng văn bản của vợ chồng nếu tài sản đó là bất động sản, động sản phải đăng ký quyền sở hữu hoặc tài sản đang là nguồn tạo ra thu nhập chủ yếu của gia đình. Các khoản chi cho nhu cầu thiết yếu hằng ngày không thuộc trường hợp này.',
    citation: { document: 'Luật Hôn nhân và gia đình số 52/2014/QH13', article: 'Khoản 2 Điều 35' },
  },
  {
    text: 'Nam, nữ có đủ điều kiện kết hôn chung sống với nhau như vợ chồng mà không đăng ký kết hôn thì theo Luật Hôn nhân và gia đình năm 2014:',
    options: [
      'Không làm phát sinh quyền, nghĩa vụ giữa vợ và chồng',
      'Được công nhận là vợ chồng sau 02 năm chung sống',
      'Được công nhận là vợ chồng nếu đã có con chung',
      'Được công nhận là vợ chồng nếu gia đình hai bên đồng ý',
    ],
    correct: [0],
    difficulty: 2,
    fields: ['hon-nhan-gia-dinh'],
    explanation:
      'Khoản 1 Điều 14 quy định trường hợp này không làm phát sinh quyền, nghĩa vụ giữa vợ và chồng. Theo Điều 15, quyền, nghĩa vụ đối với con được giải quyết theo quy định về quyền, nghĩa vụ của cha mẹ và con; theo Điều 16, quan hệ tài sản giải quyết theo thỏa thuận, nếu không có thỏa thuận thì theo Bộ luật Dân sự và pháp luật có liên quan.',
    citation: { document: 'Luật Hôn nhân và gia đình số 52/2014/QH13', article: 'Khoản 1 Điều 14' },
  },
  {
    text: 'Theo Luật Hôn nhân và gia đình năm 2014, việc cấp dưỡng có thể được thực hiện theo phương thức nào?',
    options: [
      'Định kỳ hằng tháng, hằng quý, nửa năm, hằng năm hoặc một lần',
      'Chỉ được thực hiện một lần duy nhất',
      'Chỉ được thực hiện định kỳ hằng tháng',
      'Chỉ được thực hiện bằng hiện vật, không được trả bằng tiền',
    ],
    correct: [0],
    difficulty: 2,
    fields: ['hon-nhan-gia-dinh'],
    explanation:
      'Điều 117 quy định việc cấp dưỡng có thể được thực hiện định kỳ hằng tháng, hằng quý, nửa năm, hằng năm hoặc một lần; các bên có thể thỏa thuận thay đổi phương thức cấp dưỡng, tạm ngừng cấp dưỡng trong trường hợp người có nghĩa vụ lâm vào tình trạng khó khăn về kinh tế.',
    citation: { document: 'Luật Hôn nhân và gia đình số 52/2014/QH13', article: 'Điều 117' },
  },

  // ── Mức 3: khó ─────────────────────────────────────────────────────────
  {
    text: 'Khi ly hôn, con dưới bao nhiêu tháng tuổi được giao cho mẹ trực tiếp nuôi, trừ trường hợp người mẹ không đủ điều kiện hoặc cha mẹ có thỏa thuận khác phù hợp với lợi ích của con?',
    options: ['12 tháng tuổi', '24 tháng tuổi', '36 tháng tuổi', '72 tháng tuổi'],
    correct: [2],
    difficulty: 3,
    fields: ['hon-nhan-gia-dinh'],
    explanation:
      'Khoản 3 Điều 81 quy định con dưới 36 tháng tuổi được giao cho mẹ trực tiếp nuôi, trừ trường hợp người mẹ không đủ điều kiện để trực tiếp trông nom, chăm sóc, nuôi dưỡng, giáo dục con hoặc cha mẹ có thỏa thuận khác phù hợp với lợi ích của con.',
    citation: { document: 'Luật Hôn nhân và gia đình số 52/2014/QH13', article: 'Khoản 3 Điều 81' },
  },
  {
    text: 'Khi ly hôn, nếu vợ chồng không thỏa thuận được người trực tiếp nuôi con thì Tòa án phải xem xét nguyện vọng của con từ đủ bao nhiêu tuổi trở lên?',
    options: ['Từ đủ 07 tuổi trở lên', 'Từ đủ 09 tuổi trở lên', 'Từ đủ 12 tuổi trở lên', 'Từ đủ 15 tuổi trở lên'],
    correct: [0],
    difficulty: 3,
    fields: ['hon-nhan-gia-dinh'],
    explanation:
      'Khoản 2 Điều 81 quy định vợ, chồng thỏa thuận về người trực tiếp nuôi con; trường hợp không thỏa thuận được thì Tòa án quyết định giao con cho một bên trực tiếp nuôi căn cứ vào quyền lợi về mọi mặt của con, và nếu con từ đủ 07 tuổi trở lên thì phải xem xét nguyện vọng của con.',
    citation: { document: 'Luật Hôn nhân và gia đình số 52/2014/QH13', article: 'Khoản 2 Điều 81' },
  },
  {
    text: 'Con được sinh ra trong thời hạn bao nhiêu ngày kể từ thời điểm chấm dứt hôn nhân thì được coi là con do người vợ có thai trong thời kỳ hôn nhân?',
    options: ['180 ngày', '270 ngày', '300 ngày', '365 ngày'],
    correct: [2],
    difficulty: 3,
    fields: ['hon-nhan-gia-dinh'],
    explanation:
      'Khoản 1 Điều 88 quy định con sinh ra trong thời kỳ hôn nhân hoặc do người vợ có thai trong thời kỳ hôn nhân là con chung của vợ chồng; con được sinh ra trong thời hạn 300 ngày kể từ thời điểm chấm dứt hôn nhân được coi là con do người vợ có thai trong thời kỳ hôn nhân. Cha, mẹ không thừa nhận con thì phải có chứng cứ và phải được Tòa án xác định.',
    citation: { document: 'Luật Hôn nhân và gia đình số 52/2014/QH13', article: 'Khoản 1 Điều 88' },
  },
  {
    text: 'Nam, nữ lựa chọn áp dụng chế độ tài sản của vợ chồng theo thỏa thuận thì thỏa thuận này phải được lập như thế nào?',
    options: [
      'Trước khi kết hôn, bằng văn bản có công chứng hoặc chứng thực',
      'Sau khi đăng ký kết hôn, bằng văn bản có chữ ký của hai bên, không cần công chứng',
      'Bằng lời nói trước mặt ít nhất hai người làm chứng',
      'Vào bất kỳ thời điểm nào trong thời kỳ hôn nhân, bằng văn bản gửi Ủy ban nhân dân cấp xã',
    ],
    correct: [0],
    difficulty: 3,
    fields: ['hon-nhan-gia-dinh'],
    explanation:
      'Điều 47 quy định trường hợp hai bên kết hôn lựa chọn chế độ tài sản theo thỏa thuận thì thỏa thuận này phải được lập trước khi kết hôn, bằng hình thức văn bản có công chứng hoặc chứng thực. Chế độ tài sản của vợ chồng theo thỏa thuận được xác lập kể từ ngày đăng ký kết hôn.',
    citation: { document: 'Luật Hôn nhân và gia đình số 52/2014/QH13', article: 'Điều 47' },
  },
];
