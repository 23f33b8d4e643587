import ExcelJS from 'exceljs';
import { DIFFICULTY_LABELS, joinCitation, joinFields, optionLetter } from './common.js';
import { MAX_OPTIONS, type ExportQuestion } from './types.js';

interface ColumnSpec {
  header: string;
  width: number;
  required: boolean;
  help: string;
  value: (q: ExportQuestion) => string;
}

const answerLetters = (q: ExportQuestion): string =>
  q.options.flatMap((o, i) => (o.correct ? [optionLetter(i)] : [])).join(',');

/** The template's columns, in order. Import matches them by name, so organizers may reorder or add columns. */
const COLUMNS: ColumnSpec[] = [
  { header: 'Câu hỏi', width: 60, required: true, help: 'Nội dung câu hỏi, tối đa 2000 ký tự. Có thể in đậm, in nghiêng, xuống dòng (Alt+Enter).', value: (q) => q.text },
  ...Array.from({ length: MAX_OPTIONS }, (_, i): ColumnSpec => ({
    header: optionLetter(i),
    width: 28,
    required: i < 2,
    help: i < 2 ? `Phương án ${optionLetter(i)} (bắt buộc), tối đa 500 ký tự.` : `Phương án ${optionLetter(i)} (nếu có). Không bỏ trống phương án ở giữa.`,
    value: (q) => q.options[i]?.text ?? '',
  })),
  { header: 'Đáp án', width: 10, required: true, help: 'Chữ cái của phương án đúng: B. Nhiều đáp án đúng: A,C (hoặc A;C hoặc AC).', value: answerLetters },
  { header: 'Lĩnh vực', width: 26, required: false, help: 'Tên lĩnh vực pháp luật, ví dụ Hôn nhân và gia đình. Nhiều lĩnh vực: ngăn cách bằng dấu chấm phẩy (;), lĩnh vực đầu là lĩnh vực chính.', value: (q) => joinFields(q.fields) },
  { header: 'Độ khó', width: 12, required: false, help: 'Dễ, Trung bình hoặc Khó (hoặc 1, 2, 3). Bỏ trống nếu chưa xếp.', value: (q) => DIFFICULTY_LABELS[q.difficulty] },
  { header: 'Giải thích', width: 50, required: false, help: 'Giải thích đáp án, hiện cho người dự thi sau khi nộp bài (nếu cuộc thi cho xem).', value: (q) => q.explanation },
  { header: 'Căn cứ pháp lý', width: 36, required: false, help: 'Điều, khoản rồi đến văn bản, ví dụ: Khoản 1 Điều 8, Luật Hôn nhân và gia đình 2014.', value: (q) => joinCitation(q.citationArticle, q.citationDocument) },
  { header: 'Tiêu đề', width: 24, required: false, help: 'Tên ngắn để tìm câu hỏi trong ngân hàng (không bắt buộc).', value: (q) => q.title ?? '' },
];

const EXAMPLE: ExportQuestion = {
  title: 'Tuổi kết hôn',
  text: 'Theo Luật Hôn nhân và gia đình năm 2014, nam, nữ được kết hôn khi đủ bao nhiêu tuổi?',
  options: [
    { text: 'Nam từ đủ 20 tuổi trở lên, nữ từ đủ 18 tuổi trở lên', correct: true },
    { text: 'Nam, nữ từ đủ 18 tuổi trở lên', correct: false },
    { text: 'Nam từ đủ 21 tuổi trở lên, nữ từ đủ 19 tuổi trở lên', correct: false },
    { text: 'Nam, nữ từ đủ 20 tuổi trở lên', correct: false },
  ],
  explanation: 'Điểm a khoản 1 Điều 8 quy định nam từ đủ 20 tuổi trở lên, nữ từ đủ 18 tuổi trở lên mới được kết hôn.',
  citationArticle: 'Điểm a khoản 1 Điều 8',
  citationDocument: 'Luật Hôn nhân và gia đình 2014',
  fields: ['Hôn nhân và gia đình'],
  difficulty: 1,
};

/** xlsx is XML: a control character (other than tab and line break) would make the whole file unreadable. */
const xmlSafe = (text: string): string => text.replace(/\p{Cc}/gu, (c) => (c === '\n' || c === '\t' ? c : ''));

const columnIndex = (header: string): number => COLUMNS.findIndex((c) => c.header === header) + 1;

function questionSheet(workbook: ExcelJS.Workbook, questions: ExportQuestion[]): void {
  const sheet = workbook.addWorksheet('Câu hỏi', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS.map((c) => ({ width: c.width, style: { alignment: { wrapText: true, vertical: 'top' } } }));
  const header = sheet.addRow(COLUMNS.map((c) => c.header));
  header.eachCell((cell, col) => {
    cell.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: COLUMNS[col - 1]?.required ? 'FF1F4E79' : 'FF4F81BD' } };
    cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  });
  for (const q of questions) sheet.addRow(COLUMNS.map((c) => xmlSafe(c.value(q))));

  // Drop-downs for the two columns with a closed vocabulary; 'Đáp án' only warns, so "A,C" stays possible.
  const lastRow = Math.max(questions.length + 1, 1000);
  const answerCol = columnIndex('Đáp án');
  const difficultyCol = columnIndex('Độ khó');
  for (let r = 2; r <= lastRow; r++) {
    sheet.getCell(r, answerCol).dataValidation = {
      type: 'list', allowBlank: true, formulae: ['"A,B,C,D,E,F"'], showErrorMessage: true, errorStyle: 'warning',
      errorTitle: 'Đáp án', error: 'Ghi chữ cái của phương án đúng (A–F); nhiều đáp án ghi A,C.',
      showInputMessage: true, promptTitle: 'Đáp án', prompt: 'Một đáp án: chọn A–F. Nhiều đáp án: gõ A,C.',
    };
    sheet.getCell(r, difficultyCol).dataValidation = {
      type: 'list', allowBlank: true, formulae: ['"Dễ,Trung bình,Khó"'], showErrorMessage: true, errorStyle: 'stop',
      errorTitle: 'Độ khó', error: 'Chọn Dễ, Trung bình hoặc Khó.',
    };
  }
}

function guideSheet(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet('Hướng dẫn');
  sheet.columns = [{ width: 18 }, { width: 12 }, { width: 90, style: { alignment: { wrapText: true, vertical: 'top' } } }];
  sheet.addRow(['Cột', 'Bắt buộc', 'Cách ghi']).font = { bold: true };
  for (const c of COLUMNS) sheet.addRow([c.header, c.required ? 'Có' : 'Không', c.help]);
  sheet.addRow([]);
  for (const note of [
    'Mỗi dòng ở trang "Câu hỏi" là một câu hỏi; dòng 1 là tên cột, có thể đổi thứ tự cột, không đổi tên cột.',
    'Mỗi câu hỏi có từ 2 đến 6 phương án (A–F) và ít nhất một đáp án đúng. Dòng trống được bỏ qua.',
    'Khi nhập, hệ thống hiện trước từng dòng kèm lỗi (nếu có) để sửa trước khi lưu; không có câu nào được lưu nửa chừng.',
    'Nếu lưu dạng CSV, hãy chọn kiểu "CSV UTF-8" để giữ dấu tiếng Việt.',
  ])
    sheet.addRow(['', '', note]);
}

async function toBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The bank as xlsx with the template's columns; importing it gives back the same questions. */
export async function exportXlsx(questions: ExportQuestion[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'thiphapluat';
  questionSheet(workbook, questions);
  guideSheet(workbook);
  return toBuffer(workbook);
}

/** The downloadable template: header, one filled example row, drop-downs, and a 'Hướng dẫn' sheet. */
export async function xlsxTemplate(): Promise<Buffer> {
  return exportXlsx([EXAMPLE]);
}
