import type { SeedQuestion } from '../types.js';

/** Bộ luật Dân sự số 91/2015/QH13, có hiệu lực từ ngày 01/01/2017 — câu hỏi bám sát nguyên văn các điều, khoản được trích dẫn. */
export const questions: readonly SeedQuestion[] = [
  // ── Mức 1: dễ ──────────────────────────────────────────────────────────
  {
    text: 'Theo Bộ luật Dân sự năm 2015, người thành niên là người từ đủ bao nhiêu tuổi trở lên?',
    options: ['16 tuổi', '18 tuổi', '20 tuổi', '21 tuổi'],
    correct: [1],
    difficulty: 1,
    fields: ['dan-su'],
    explanation:
      'Khoản 1 Điều 20 quy định người thành niên là người từ đủ mười tám tuổi trở lên. Người thành niên có năng lực hành vi dân sự đầy đủ, trừ trường hợp mất, bị hạn chế năng lực hành vi dân sự hoặc có khó khăn trong nhận thức, làm chủ hành vi.',
    citation: { document: 'Bộ luật Dân sự số 91/2015/QH13', article: 'Khoản 1 Điều 20' },
  },
  {
    text: 'Năng lực pháp luật dân sự của cá nhân có từ khi nào và chấm dứt khi nào?',
    options: [
      'Có từ khi người đó sinh ra và chấm dứt khi người đó chết',
      'Có từ khi người đó đủ 18 tuổi và chấm dứt khi người đó chết',
      'Có từ khi người đó được đăng ký khai sinh và chấm dứt khi người đó đủ 80 tuổi',
      'Có từ khi người đó đủ 06 tuổi và chấm dứt khi người đó mất năng lực hành vi dân sự',
    ],
    correct: [0],
    difficulty: 1,
    fields: ['dan-su'],
    explanation:
      'Khoản 3 Điều 16 quy định năng lực pháp luật dân sự của cá nhân có từ khi người đó sinh ra và chấm dứt khi người đó chết. Mọi cá nhân đều có năng lực pháp luật dân sự như nhau.',
    citation: { document: 'Bộ luật Dân sự số 91/2015/QH13', article: 'Khoản 3 Điều 16' },
  },
  {
    text: 'Theo Bộ luật Dân sự năm 2015, quyền nhân thân là quyền dân sự:',
    options: [
      'Gắn liền với mỗi cá nhân, không thể chuyển giao cho người khác, trừ trường hợp luật khác có liên quan quy định khác',
      'Có thể mua bán, tặng cho như các tài sản khác',
      'Chỉ người thành niên mới có',
      'Chỉ phát sinh khi được cơ quan nhà nước cấp giấy chứng nhận',
    ],
    correct: [0],
    difficulty: 1,
    fields: ['dan-su'],
    explanation:
      'Khoản 1 Điều 25 định nghĩa quyền nhân thân là quyền dân sự gắn liền với mỗi cá nhân, không thể chuyển giao cho người khác, trừ trường hợp luật khác có liên quan quy định khác. Ví dụ: quyền có họ, tên, quyền đối với hình ảnh, quyền được bảo vệ danh dự, nhân phẩm, uy tín.',
    citation: { document: 'Bộ luật Dân sự số 91/2015/QH13', article: 'Khoản 1 Điều 25' },
  },
  {
    text: 'Theo Bộ luật Dân sự năm 2015, về nguyên tắc, việc sử dụng hình ảnh của một cá nhân phải:',
    options: [
      'Được người đó đồng ý',
      'Được cơ quan công an cho phép',
      'Nộp phí cho cơ quan nhà nước',
      'Được tổ trưởng tổ dân phố xác nhận',
    ],
    correct: [0],
    difficulty: 1,
    fields: ['dan-su'],
    explanation:
      'Khoản 1 Điều 32 quy định cá nhân có quyền đối với hình ảnh của mình và việc sử dụng hình ảnh của cá nhân phải được người đó đồng ý. Luật chỉ cho phép sử dụng không cần đồng ý trong một số trường hợp như vì lợi ích quốc gia, lợi ích công cộng hoặc hình ảnh từ hoạt động công cộng mà không làm tổn hại danh dự, nhân phẩm, uy tín của người có hình ảnh.',
    citation: { document: 'Bộ luật Dân sự số 91/2015/QH13', article: 'Khoản 1 Điều 32' },
  },
  {
    text: 'Người nào sau đây thuộc hàng thừa kế thứ nhất của người chết?',
    options: ['Con nuôi của người chết', 'Anh ruột của người chết', 'Ông nội của người chết', 'Chú ruột của người chết'],
    correct: [0],
    difficulty: 1,
    fields: ['dan-su'],
    explanation:
      'Điểm a khoản 1 Điều 651 quy định hàng thừa kế thứ nhất gồm vợ, chồng, cha đẻ, mẹ đẻ, cha nuôi, mẹ nuôi, con đẻ, con nuôi của người chết. Ông nội và anh ruột thuộc hàng thứ hai, chú ruột thuộc hàng thứ ba.',
    citation: { document: 'Bộ luật Dân sự số 91/2015/QH13', article: 'Khoản 1 Điều 651' },
  },
  {
    text: 'Theo Bộ luật Dân sự năm 2015, di chúc phải được lập theo hình thức nào?',
    options: [
      'Lập thành văn bản; nếu không thể lập bằng văn bản thì có thể di chúc miệng',
      'Bắt buộc phải lập thành văn bản có công chứng',
      'Chỉ cần nói miệng với con cháu trong gia đình vào bất kỳ lúc nào',
      'Bắt buộc phải đăng ký tại Tòa án nhân dân',
    ],
    correct: [0],
    difficulty: 1,
    fields: ['dan-su'],
    explanation:
      'Điều 627 quy định di chúc phải được lập thành văn bản; nếu không thể lập được di chúc bằng văn bản thì có thể di chúc miệng. Theo Điều 628, di chúc bằng văn bản gồm di chúc không có người làm chứng, có người làm chứng, có công chứng hoặc có chứng thực, nên công chứng không phải là hình thức bắt buộc.',
    citation: { document: 'Bộ luật Dân sự số 91/2015/QH13', article: 'Điều 627' },
  },

  // ── Mức 2: trung bình ──────────────────────────────────────────────────
  {
    text: 'Người từ đủ 06 tuổi đến chưa đủ 15 tuổi khi xác lập, thực hiện giao dịch dân sự thì:',
    options: [
      'Phải được người đại diện theo pháp luật đồng ý, trừ giao dịch phục vụ nhu cầu sinh hoạt hằng ngày phù hợp với lứa tuổi',
      'Được tự mình xác lập, thực hiện mọi giao dịch dân sự',
      'Không được xác lập bất kỳ giao dịch dân sự nào, kể cả mua đồ dùng học tập',
      'Chỉ được giao dịch khi có công chứng viên chứng kiến',
    ],
    correct: [0],
    difficulty: 2,
    fields: ['dan-su'],
    explanation:
      'Khoản 3 Điều 21 quy định người từ đủ sáu tuổi đến chưa đủ mười lăm tuổi khi xác lập, thực hiện giao dịch dân sự phải được người đại diện theo pháp luật đồng ý, trừ giao dịch phục vụ nhu cầu sinh hoạt hằng ngày phù hợp với lứa tuổi. Giao dịch của người chưa đủ sáu tuổi do người đại diện theo pháp luật xác lập, thực hiện.',
    citation: { document: 'Bộ luật Dân sự số 91/2015/QH13', article: 'Khoản 3 Điều 21' },
  },
  {
    text: 'Giao dịch dân sự có hiệu lực khi đáp ứng những điều kiện nào sau đây (chọn nhiều đáp án)?',
    options: [
      'Chủ thể có năng lực pháp luật dân sự, năng lực hành vi dân sự phù hợp với giao dịch được xác lập',
      'Chủ thể tham gia giao dịch hoàn toàn tự nguyện',
      'Mục đích và nội dung của giao dịch không vi phạm điều cấm của luật, không trái đạo đức xã hội',
      'Mọi giao dịch đều phải được lập thành văn bản có công chứng',
      'Các bên tham gia giao dịch đều phải là người thành niên',
    ],
    correct: [0, 1, 2],
    difficulty: 2,
    fields: ['dan-su'],
    explanation:
      'Khoản 1 Điều 117 quy định ba điều kiện: chủ thể có năng lực pháp luật dân sự, năng lực hành vi dân sự phù hợp; chủ thể tham gia hoàn toàn tự nguyện; mục đích và nội dung không vi phạm điều cấm của luật, không trái đạo đức xã hội. Hình thức chỉ là điều kiện có hiệu lực khi luật có quy định, và người chưa thành niên vẫn được xác lập một số giao dịch phù hợp với lứa tuổi.',
    citation: { document: 'Bộ luật Dân sự số 91/2015/QH13', article: 'Khoản 1 Điều 117' },
  },
  {
    text: 'Theo Bộ luật Dân sự năm 2015, thời hiệu khởi kiện để yêu cầu Tòa án giải quyết tranh chấp hợp đồng là bao lâu kể từ ngày người có quyền yêu cầu biết hoặc phải biết quyền và lợi ích hợp pháp của mình bị xâm phạm?',
    options: ['01 năm', '02 năm', '03 năm', '05 năm'],
    correct: [2],
    difficulty: 2,
    fields: ['dan-su'],
    explanation:
      'Điều 429 quy định thời hiệu khởi kiện để yêu cầu Tòa án giải quyết tranh chấp hợp đồng là 03 năm, kể từ ngày người có quyền yêu cầu biết hoặc phải biết quyền và lợi ích hợp pháp của mình bị xâm phạm. Tranh chấp phát sinh từ hoạt động thương mại có thể chịu thời hiệu riêng theo Luật Thương mại.',
    citation: { document: 'Bộ luật Dân sự số 91/2015/QH13', article: 'Điều 429' },
  },
  {
    text: 'Người nào sau đây vẫn được hưởng một phần di sản dù người lập di chúc không cho hưởng hoặc cho hưởng ít hơn mức luật định?',
    options: [
      'Con chưa thành niên của người lập di chúc',
      'Anh ruột của người lập di chúc',
      'Con đã thành niên và có khả năng lao động của người lập di chúc',
      'Cháu nội của người lập di chúc khi cha của cháu còn sống',
    ],
    correct: [0],
    difficulty: 2,
    fields: ['dan-su'],
    explanation:
      'Khoản 1 Điều 644 quy định con chưa thành niên, cha, mẹ, vợ, chồng và con thành niên mà không có khả năng lao động là những người thừa kế không phụ thuộc vào nội dung của di chúc. Quy định này không áp dụng với người từ chối nhận di sản hoặc không có quyền hưởng di sản.',
    citation: { document: 'Bộ luật Dân sự số 91/2015/QH13', article: 'Khoản 1 Điều 644' },
  },
  {
    text: 'Người chưa đủ 15 tuổi gây thiệt hại cho người khác mà còn cha, mẹ thì việc bồi thường được thực hiện như thế nào?',
    options: [
      'Cha, mẹ phải bồi thường toàn bộ thiệt hại; nếu tài sản của cha, mẹ không đủ mà con có tài sản riêng thì lấy tài sản đó bồi thường phần còn thiếu',
      'Người con phải tự bồi thường bằng tài sản của mình trước, cha, mẹ chỉ bồi thường phần còn thiếu',
      'Không ai phải bồi thường vì người gây thiệt hại chưa đủ 15 tuổi',
      'Nhà nước bồi thường thay cho gia đình',
    ],
    correct: [0],
    difficulty: 2,
    fields: ['dan-su'],
    explanation:
      'Khoản 2 Điều 586 quy định người chưa đủ mười lăm tuổi gây thiệt hại mà còn cha, mẹ thì cha, mẹ phải bồi thường toàn bộ thiệt hại; nếu tài sản của cha, mẹ không đủ mà con có tài sản riêng thì lấy tài sản đó bồi thường phần còn thiếu (trừ trường hợp gây thiệt hại khi trường học, bệnh viện, pháp nhân khác trực tiếp quản lý theo Điều 599). Việc tự bồi thường trước bằng tài sản của mình là quy định dành cho người từ đủ 15 đến chưa đủ 18 tuổi.',
    citation: { document: 'Bộ luật Dân sự số 91/2015/QH13', article: 'Khoản 2 Điều 586' },
  },
  {
    text: 'Trừ trường hợp có thỏa thuận khác hoặc luật có quy định khác, người gây thiệt hại không phải chịu trách nhiệm bồi thường khi:',
    options: [
      'Thiệt hại phát sinh là do sự kiện bất khả kháng hoặc hoàn toàn do lỗi của bên bị thiệt hại',
      'Người gây thiệt hại không cố ý gây ra thiệt hại',
      'Người gây thiệt hại đang gặp khó khăn về kinh tế',
      'Người gây thiệt hại đã xin lỗi người bị thiệt hại',
    ],
    correct: [0],
    difficulty: 2,
    fields: ['dan-su'],
    explanation:
      'Khoản 2 Điều 584 quy định người gây thiệt hại không phải chịu trách nhiệm bồi thường trong trường hợp thiệt hại phát sinh là do sự kiện bất khả kháng hoặc hoàn toàn do lỗi của bên bị thiệt hại, trừ trường hợp có thỏa thuận khác hoặc luật có quy định khác. Không có lỗi hoặc lỗi vô ý mà thiệt hại quá lớn so với khả năng kinh tế chỉ có thể là căn cứ để được giảm mức bồi thường theo Điều 585, không loại trừ trách nhiệm bồi thường.',
    citation: { document: 'Bộ luật Dân sự số 91/2015/QH13', article: 'Khoản 2 Điều 584' },
  },

  // ── Mức 3: khó ─────────────────────────────────────────────────────────
  {
    text: 'Sau bao lâu kể từ thời điểm di chúc miệng mà người lập di chúc còn sống, minh mẫn, sáng suốt thì di chúc miệng mặc nhiên bị hủy bỏ?',
    options: ['01 tháng', '03 tháng', '06 tháng', '12 tháng'],
    correct: [1],
    difficulty: 3,
    fields: ['dan-su'],
    explanation:
      'Điều 629 quy định di chúc miệng chỉ được lập khi tính mạng một người bị cái chết đe dọa và không thể lập di chúc bằng văn bản; sau 03 tháng kể từ thời điểm di chúc miệng mà người lập di chúc còn sống, minh mẫn, sáng suốt thì di chúc miệng mặc nhiên bị hủy bỏ.',
    citation: { document: 'Bộ luật Dân sự số 91/2015/QH13', article: 'Khoản 2 Điều 629' },
  },
  {
    text: 'Để di chúc miệng được coi là hợp pháp, người lập di chúc phải thể hiện ý chí cuối cùng trước mặt ít nhất bao nhiêu người làm chứng và di chúc phải được công chứng viên hoặc cơ quan có thẩm quyền chứng thực xác nhận chữ ký hoặc điểm chỉ của người làm chứng trong thời hạn bao lâu?',
    options: [
      'Ít nhất 02 người làm chứng; trong thời hạn 05 ngày làm việc',
      'Ít nhất 01 người làm chứng; trong thời hạn 10 ngày',
      'Ít nhất 03 người làm chứng; trong thời hạn 30 ngày',
      'Ít nhất 02 người làm chứng; trong thời hạn 03 tháng',
    ],
    correct: [0],
    difficulty: 3,
    fields: ['dan-su'],
    explanation:
      'Khoản 5 Điều 630 quy định di chúc miệng được coi là hợp pháp nếu người di chúc miệng thể hiện ý chí cuối cùng trước mặt ít nhất hai người làm chứng, người làm chứng ghi chép lại ngay và cùng ký tên hoặc điểm chỉ; trong thời hạn 05 ngày làm việc kể từ ngày thể hiện ý chí cuối cùng, di chúc phải được công chứng viên hoặc cơ quan có thẩm quyền chứng thực xác nhận chữ ký hoặc điểm chỉ của người làm chứng.',
    citation: { document: 'Bộ luật Dân sự số 91/2015/QH13', article: 'Khoản 5 Điều 630' },
  },
  {
    text: 'Thời hiệu để người thừa kế yêu cầu chia di sản, tính từ thời điểm mở thừa kế, là bao lâu?',
    options: [
      '30 năm đối với bất động sản, 10 năm đối với động sản',
      '10 năm đối với bất động sản, 05 năm đối với động sản',
      '20 năm đối với bất động sản, 10 năm đối với động sản',
      '30 năm đối với mọi loại di sản',
    ],
    correct: [0],
    difficulty: 3,
    fields: ['dan-su'],
    explanation:
      'Khoản 1 Điều 623 quy định thời hiệu để người thừa kế yêu cầu chia di sản là 30 năm đối với bất động sản, 10 năm đối với động sản, kể từ thời điểm mở thừa kế. Hết thời hạn này thì di sản thuộc về người thừa kế đang quản lý di sản đó.',
    citation: { document: 'Bộ luật Dân sự số 91/2015/QH13', article: 'Khoản 1 Điều 623' },
  },
  {
    text: 'Vợ, chồng, cha, mẹ, con chưa thành niên của người lập di chúc nếu không được di chúc cho hưởng di sản (và không thuộc trường hợp từ chối nhận di sản hoặc không có quyền hưởng di sản) thì vẫn được hưởng phần di sản bằng:',
    options: [
      'Hai phần ba suất của một người thừa kế theo pháp luật nếu di sản được chia theo pháp luật',
      'Một phần hai suất của một người thừa kế theo pháp luật nếu di sản được chia theo pháp luật',
      'Một phần ba suất của một người thừa kế theo pháp luật nếu di sản được chia theo pháp luật',
      'Toàn bộ một suất của một người thừa kế theo pháp luật nếu di sản được chia theo pháp luật',
    ],
    correct: [0],
    difficulty: 3,
    fields: ['dan-su'],
    explanation:
      'Khoản 1 Điều 644 quy định những người này vẫn được hưởng phần di sản bằng hai phần ba suất của một người thừa kế theo pháp luật nếu di sản được chia theo pháp luật, trong trường hợp họ không được người lập di chúc cho hưởng hoặc chỉ cho hưởng ít hơn hai phần ba suất đó.',
    citation: { document: 'Bộ luật Dân sự số 91/2015/QH13', article: 'Khoản 1 Điều 644' },
  },
  {
    text: 'Theo Bộ luật Dân sự năm 2015, việc thay đổi tên cho người từ đủ bao nhiêu tuổi trở lên phải có sự đồng ý của người đó?',
    options: ['Đủ 06 tuổi', 'Đủ 09 tuổi', 'Đủ 15 tuổi', 'Đủ 18 tuổi'],
    correct: [1],
    difficulty: 3,
    fields: ['dan-su'],
    explanation:
      'Khoản 2 Điều 28 quy định việc thay đổi tên cho người từ đủ chín tuổi trở lên phải có sự đồng ý của người đó. Việc thay đổi tên không làm thay đổi, chấm dứt quyền, nghĩa vụ dân sự đã được xác lập theo tên cũ.',
    citation: { document: 'Bộ luật Dân sự số 91/2015/QH13', article: 'Khoản 2 Điều 28' },
  },
];
