import type { SeedQuestion } from '../types.js';

/**
 * Luật Căn cước số 26/2023/QH15, hiệu lực từ 01/7/2024 — soạn theo văn bản luật, đối chiếu tin bài của cơ quan công an và báo chí pháp luật;
 * tránh các quy định về cơ quan cấp huyện và các quy định về cơ quan, nơi làm thủ tục, cấp đổi trực tuyến, thu hồi thẻ
 * mà Luật số 118/2025/QH15 (sửa đổi 10 luật về an ninh, trật tự, hiệu lực 01/7/2026) đã sửa đổi.
 */
export const questions: readonly SeedQuestion[] = [
  {
    text: 'Theo Luật Căn cước năm 2023, công dân Việt Nam từ bao nhiêu tuổi trở lên phải thực hiện thủ tục cấp thẻ căn cước?',
    options: ['Từ đủ 14 tuổi', 'Từ đủ 16 tuổi', 'Từ đủ 18 tuổi', 'Từ đủ 06 tuổi'],
    correct: [0],
    difficulty: 1,
    fields: ['can-cuoc'],
    explanation:
      'Khoản 2 Điều 19 quy định công dân Việt Nam từ đủ 14 tuổi trở lên phải thực hiện thủ tục cấp thẻ căn cước. Người dưới 14 tuổi được cấp thẻ theo nhu cầu.',
    citation: { document: 'Luật Căn cước số 26/2023/QH15', article: 'Khoản 2 Điều 19' },
  },
  {
    text: 'Số định danh cá nhân của công dân Việt Nam là dãy số tự nhiên gồm bao nhiêu chữ số?',
    options: ['12 chữ số', '09 chữ số', '10 chữ số', '15 chữ số'],
    correct: [0],
    difficulty: 1,
    fields: ['can-cuoc'],
    explanation:
      'Điều 12 quy định số định danh cá nhân của công dân Việt Nam là dãy số tự nhiên gồm 12 số, do Bộ Công an thống nhất quản lý và xác lập cho mỗi công dân, không lặp lại ở người khác.',
    citation: { document: 'Luật Căn cước số 26/2023/QH15', article: 'Điều 12' },
  },
  {
    text: 'Nhận định sau đúng hay sai: “Công dân Việt Nam dưới 14 tuổi được cấp thẻ căn cước theo nhu cầu”?',
    options: ['Đúng', 'Sai'],
    correct: [0],
    difficulty: 1,
    fields: ['can-cuoc'],
    explanation:
      'Khoản 3 Điều 19 quy định công dân Việt Nam dưới 14 tuổi được cấp thẻ căn cước theo nhu cầu. Đây là điểm mới so với Luật Căn cước công dân năm 2014, vốn chỉ cấp thẻ từ đủ 14 tuổi.',
    citation: { document: 'Luật Căn cước số 26/2023/QH15', article: 'Khoản 3 Điều 19' },
  },
  {
    text: 'Công dân đã được cấp thẻ căn cước phải thực hiện thủ tục cấp đổi thẻ khi đủ những độ tuổi nào (chọn nhiều đáp án)?',
    options: ['14 tuổi', '18 tuổi', '25 tuổi', '40 tuổi', '50 tuổi', '60 tuổi'],
    correct: [0, 2, 3, 5],
    difficulty: 1,
    fields: ['can-cuoc'],
    explanation:
      'Khoản 1 Điều 21 quy định công dân Việt Nam đã được cấp thẻ căn cước phải thực hiện thủ tục cấp đổi thẻ khi đủ 14 tuổi, 25 tuổi, 40 tuổi và 60 tuổi.',
    citation: { document: 'Luật Căn cước số 26/2023/QH15', article: 'Khoản 1 Điều 21' },
  },
  {
    text: 'Theo Luật Căn cước, mỗi công dân Việt Nam được cấp bao nhiêu căn cước điện tử?',
    options: [
      '01 căn cước điện tử',
      '02 căn cước điện tử',
      'Mỗi thiết bị điện thoại đăng nhập được cấp một căn cước điện tử',
      'Không giới hạn số lượng',
    ],
    correct: [0],
    difficulty: 1,
    fields: ['can-cuoc'],
    explanation:
      'Khoản 1 Điều 31 quy định mỗi công dân Việt Nam được cấp 01 căn cước điện tử. Căn cước điện tử được dùng để thực hiện thủ tục hành chính, dịch vụ công, các giao dịch và hoạt động khác theo nhu cầu của công dân (khoản 3).',
    citation: { document: 'Luật Căn cước số 26/2023/QH15', article: 'Khoản 1 Điều 31' },
  },
  {
    text: 'Theo Luật Căn cước, nơi cấp được in trên thẻ căn cước là:',
    options: [
      'Bộ Công an',
      'Công an cấp tỉnh nơi công dân cư trú',
      'Ủy ban nhân dân cấp xã nơi công dân đăng ký khai sinh',
      'Bộ Tư pháp',
    ],
    correct: [0],
    difficulty: 1,
    fields: ['can-cuoc'],
    explanation:
      'Điểm n khoản 2 Điều 18 quy định thông tin in trên thẻ căn cước bao gồm “Nơi cấp: Bộ Công an”, không phụ thuộc nơi công dân làm thủ tục.',
    citation: { document: 'Luật Căn cước số 26/2023/QH15', article: 'Khoản 2 Điều 18' },
  },
  {
    text: 'Thông tin nào sau đây KHÔNG được in trên thẻ căn cước theo Luật Căn cước năm 2023?',
    options: [
      'Quê quán',
      'Nơi đăng ký khai sinh',
      'Nơi cư trú',
      'Ngày, tháng, năm hết hạn sử dụng',
    ],
    correct: [0],
    difficulty: 2,
    fields: ['can-cuoc'],
    explanation:
      'Khoản 2 Điều 18 liệt kê thông tin in trên thẻ căn cước, gồm nơi đăng ký khai sinh, nơi cư trú, ngày cấp và ngày hết hạn sử dụng… nhưng không còn quê quán như trên thẻ căn cước công dân trước đây.',
    citation: { document: 'Luật Căn cước số 26/2023/QH15', article: 'Khoản 2 Điều 18' },
  },
  {
    text: 'Trường hợp nào sau đây thuộc diện cấp lại (không phải cấp đổi) thẻ căn cước?',
    options: [
      'Bị mất thẻ căn cước',
      'Công dân đủ 25 tuổi',
      'Thay đổi, cải chính họ, chữ đệm, tên khai sinh',
      'Có sai sót về thông tin in trên thẻ căn cước',
    ],
    correct: [0],
    difficulty: 2,
    fields: ['can-cuoc'],
    explanation:
      'Khoản 2 Điều 24 quy định thẻ căn cước được cấp lại khi bị mất hoặc bị hư hỏng không sử dụng được, hoặc khi được trở lại quốc tịch Việt Nam. Đủ tuổi cấp đổi, thay đổi họ tên hay sai sót thông tin trên thẻ là các trường hợp cấp đổi theo khoản 1 Điều 24.',
    citation: { document: 'Luật Căn cước số 26/2023/QH15', article: 'Điều 24' },
  },
  {
    text: 'Theo Luật Căn cước, “căn cước” là:',
    options: [
      'Thông tin cơ bản về nhân thân, lai lịch, nhân dạng và sinh trắc học của một người',
      'Số định danh cá nhân do Bộ Công an xác lập',
      'Tấm thẻ gắn chip do cơ quan công an cấp cho công dân',
      'Tài khoản đăng nhập ứng dụng định danh quốc gia',
    ],
    correct: [0],
    difficulty: 2,
    fields: ['can-cuoc'],
    explanation:
      'Khoản 1 Điều 3 định nghĩa căn cước là thông tin cơ bản về nhân thân, lai lịch, nhân dạng và sinh trắc học của một người. Thẻ căn cước chỉ là giấy tờ tùy thân chứa đựng căn cước và các thông tin đã được tích hợp.',
    citation: { document: 'Luật Căn cước số 26/2023/QH15', article: 'Khoản 1 Điều 3' },
  },
  {
    text: 'Giấy chứng nhận căn cước được cấp cho đối tượng nào?',
    options: [
      'Người gốc Việt Nam chưa xác định được quốc tịch đang sinh sống tại Việt Nam',
      'Công dân Việt Nam dưới 14 tuổi',
      'Người nước ngoài thường trú tại Việt Nam',
      'Công dân Việt Nam đang định cư ở nước ngoài',
    ],
    correct: [0],
    difficulty: 2,
    fields: ['can-cuoc'],
    explanation:
      'Điều 30 quy định giấy chứng nhận căn cước được cấp cho người gốc Việt Nam chưa xác định được quốc tịch đang sinh sống liên tục tại địa phương theo thời gian luật định. Công dân Việt Nam, kể cả người dưới 14 tuổi, được cấp thẻ căn cước chứ không phải giấy chứng nhận căn cước.',
    citation: { document: 'Luật Căn cước số 26/2023/QH15', article: 'Điều 30' },
  },
  {
    text: 'Theo Luật Căn cước, những hành vi nào sau đây bị nghiêm cấm (chọn nhiều đáp án)?',
    options: [
      'Cầm cố thẻ căn cước để vay tiền',
      'Giữ thẻ căn cước của người khác trái quy định của pháp luật',
      'Làm giả, sửa chữa nội dung thẻ căn cước',
      'Xuất trình thẻ căn cước khi cơ quan, người có thẩm quyền yêu cầu',
      'Dùng căn cước điện tử để thực hiện thủ tục hành chính',
    ],
    correct: [0, 1, 2],
    difficulty: 2,
    fields: ['can-cuoc'],
    explanation:
      'Điều 7 nghiêm cấm việc giữ thẻ căn cước trái quy định của pháp luật (khoản 2); làm giả, sửa chữa, cố ý làm sai lệch nội dung thẻ căn cước; thuê, cho thuê, cầm cố, nhận cầm cố, hủy hoại thẻ căn cước (khoản 7). Xuất trình thẻ khi có yêu cầu và dùng căn cước điện tử làm thủ tục hành chính là việc sử dụng hợp pháp.',
    citation: { document: 'Luật Căn cước số 26/2023/QH15', article: 'Điều 7' },
  },
  {
    text: 'Theo quy định chuyển tiếp của Luật Căn cước, chứng minh nhân dân còn hạn sử dụng có giá trị sử dụng đến hết ngày nào?',
    options: ['31/12/2024', '30/6/2024', '01/7/2025', '31/12/2025'],
    correct: [0],
    difficulty: 2,
    fields: ['can-cuoc'],
    explanation:
      'Điều 46 quy định chứng minh nhân dân còn hạn sử dụng đến sau ngày 31/12/2024 thì chỉ có giá trị sử dụng đến hết ngày 31/12/2024. Từ ngày 01/01/2025, chứng minh nhân dân không còn giá trị sử dụng.',
    citation: { document: 'Luật Căn cước số 26/2023/QH15', article: 'Điều 46' },
  },
  {
    text: 'Thẻ căn cước công dân đã được cấp trước ngày 01/7/2024 có giá trị sử dụng như thế nào?',
    options: [
      'Có giá trị sử dụng đến hết thời hạn được in trên thẻ; khi có nhu cầu thì được cấp đổi sang thẻ căn cước',
      'Hết giá trị sử dụng ngay từ ngày 01/7/2024',
      'Chỉ có giá trị sử dụng đến hết ngày 31/12/2024',
      'Bắt buộc phải đổi sang thẻ căn cước trước ngày 01/7/2025',
    ],
    correct: [0],
    difficulty: 2,
    fields: ['can-cuoc'],
    explanation:
      'Điều 46 quy định thẻ căn cước công dân đã được cấp trước ngày Luật có hiệu lực vẫn có giá trị sử dụng đến hết thời hạn được in trên thẻ; công dân khi có nhu cầu thì được cấp đổi sang thẻ căn cước.',
    citation: { document: 'Luật Căn cước số 26/2023/QH15', article: 'Điều 46' },
  },
  {
    text: 'Chị B được cấp đổi thẻ căn cước khi 23 tuổi 6 tháng (do thay đổi thông tin nhân thân). Theo Luật Căn cước, thẻ này có giá trị sử dụng đến khi nào?',
    options: [
      'Đến khi chị B đủ 40 tuổi',
      'Đến khi chị B đủ 25 tuổi',
      'Đến khi chị B đủ 60 tuổi',
      'Không xác định thời hạn',
    ],
    correct: [0],
    difficulty: 3,
    fields: ['can-cuoc'],
    explanation:
      'Khoản 2 Điều 21 quy định thẻ căn cước được cấp, cấp đổi, cấp lại trong thời hạn 02 năm trước độ tuổi phải cấp đổi thì có giá trị sử dụng đến tuổi cấp đổi tiếp theo. Chị B được cấp thẻ trong vòng 02 năm trước mốc 25 tuổi nên thẻ dùng được đến mốc kế tiếp là 40 tuổi.',
    citation: { document: 'Luật Căn cước số 26/2023/QH15', article: 'Khoản 2 Điều 21' },
  },
  {
    text: 'Việc cấp thẻ căn cước cho trẻ dưới 06 tuổi được thực hiện như thế nào?',
    options: [
      'Người đại diện hợp pháp làm thủ tục qua cổng dịch vụ công hoặc ứng dụng định danh quốc gia; cơ quan quản lý căn cước không thu nhận thông tin nhân dạng và sinh trắc học của trẻ',
      'Trẻ phải trực tiếp đến cơ quan quản lý căn cước để thu nhận vân tay và mống mắt',
      'Trẻ dưới 06 tuổi không được cấp thẻ căn cước',
      'Trẻ dưới 06 tuổi chỉ được cấp giấy chứng nhận căn cước thay cho thẻ căn cước',
    ],
    correct: [0],
    difficulty: 3,
    fields: ['can-cuoc'],
    explanation:
      'Điểm a khoản 2 Điều 23 quy định người đại diện hợp pháp làm thủ tục cấp thẻ căn cước cho người dưới 06 tuổi qua cổng dịch vụ công hoặc ứng dụng định danh quốc gia (nếu trẻ chưa đăng ký khai sinh thì làm qua thủ tục liên thông với đăng ký khai sinh), và cơ quan quản lý căn cước không thu nhận thông tin nhân dạng, sinh trắc học đối với người dưới 06 tuổi. Trẻ từ đủ 06 đến dưới 14 tuổi mới cùng người đại diện đến thu nhận sinh trắc học (điểm b).',
    citation: { document: 'Luật Căn cước số 26/2023/QH15', article: 'Khoản 2 Điều 23' },
  },
  {
    text: 'Công dân từ đủ 14 tuổi trở lên không thực hiện thủ tục cấp thẻ căn cước theo quy định thì hành vi này được Luật Căn cước xác định là:',
    options: [
      'Một trong các hành vi bị nghiêm cấm',
      'Hành vi được phép vì việc cấp thẻ căn cước hoàn toàn tự nguyện ở mọi độ tuổi',
      'Chỉ bị coi là vi phạm khi người đó đã đủ 18 tuổi',
      'Không vi phạm nếu người đó đã có tài khoản trên ứng dụng định danh quốc gia',
    ],
    correct: [0],
    difficulty: 3,
    fields: ['can-cuoc'],
    explanation:
      'Khoản 5 Điều 7 liệt kê hành vi “không thực hiện thủ tục cấp thẻ căn cước theo quy định tại khoản 2 Điều 19” là hành vi bị nghiêm cấm. Khoản 2 Điều 19 buộc công dân từ đủ 14 tuổi trở lên phải làm thủ tục cấp thẻ căn cước.',
    citation: { document: 'Luật Căn cước số 26/2023/QH15', article: 'Khoản 5 Điều 7' },
  },
  {
    text: 'Thẻ căn cước được sử dụng thay cho giấy tờ xuất nhập cảnh trong trường hợp nào?',
    options: [
      'Khi Việt Nam và nước ngoài ký kết điều ước hoặc thỏa thuận quốc tế cho phép dùng thẻ căn cước thay giấy tờ xuất nhập cảnh trên lãnh thổ của nhau',
      'Khi công dân đi đến bất kỳ nước nào trong khu vực Đông Nam Á',
      'Khi công dân đã đủ 18 tuổi và thẻ còn hạn sử dụng',
      'Khi công dân đã tích hợp hộ chiếu vào căn cước điện tử',
    ],
    correct: [0],
    difficulty: 3,
    fields: ['can-cuoc'],
    explanation:
      'Khoản 2 Điều 20 quy định thẻ căn cước được dùng thay giấy tờ xuất nhập cảnh chỉ khi Việt Nam và nước ngoài ký kết điều ước hoặc thỏa thuận quốc tế cho phép người dân nước ký kết được làm như vậy trên lãnh thổ của nhau.',
    citation: { document: 'Luật Căn cước số 26/2023/QH15', article: 'Khoản 2 Điều 20' },
  },
];
