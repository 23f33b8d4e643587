import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportXlsx, MAX_IMPORT_ITEMS, parseQuestionFile, xlsxTemplate, type ExportQuestion } from './index.js';
import { fixture } from './test-fixtures.js';

const xlsx = (bytes: Buffer) => parseQuestionFile(bytes, 'xlsx');

async function workbookBytes(rows: ExcelJS.CellValue[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Câu hỏi');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function loadWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return workbook;
}

describe('xlsx import', () => {
  it('reads a real-world sheet: title row above the header, own column order, rich text, formula, hyperlink', async () => {
    const { items, fileErrors } = await xlsx(fixture('good.xlsx'));
    expect(fileErrors).toEqual([]);
    expect(items.map((q) => q.errors)).toEqual([[], [], []]);
    expect(items.map((q) => q.line)).toEqual([3, 4, 6]);
    expect(items[0]).toMatchObject({
      title: 'Sở hữu đất đai',
      citationArticle: 'Điều 12',
      citationDocument: 'Luật Đất đai 2024',
      fields: ['Đất đai'],
      difficulty: 1,
    });
    expect(items[1]).toMatchObject({
      text: 'Theo Luật Giao thông đường bộ, hành vi nào **bị nghiêm cấm**?',
      options: [{ correct: true }, { correct: false }, { correct: false }],
      fields: ['Giao thông đường bộ', 'Xử lý vi phạm hành chính'],
      difficulty: 2,
      explanation: 'Xem Luật Trật tự, an toàn giao thông đường bộ 2024',
      citationArticle: 'Khoản 2 Điều 9',
    });
    expect(items[2]).toMatchObject({
      text: 'Những trường hợp nào bị cấm kết hôn?\n(Chọn tất cả đáp án đúng)',
      options: [{ correct: true }, { correct: true }, { correct: false }],
      citationArticle: 'Điểm a khoản 2 Điều 5',
      citationDocument: 'Luật Hôn nhân và gia đình 2014',
      difficulty: 3,
    });
  });

  it("names the missing 'Đáp án' column and reads no items", async () => {
    const { items, fileErrors } = await xlsx(fixture('wrong-header.xlsx'));
    expect(items).toEqual([]);
    expect(fileErrors).toEqual([{ line: 1, message: "Thiếu cột 'Đáp án'" }]);
  });

  it('reports an empty answer on its row only', async () => {
    const { items } = await xlsx(fixture('empty-answer.xlsx'));
    expect(items.map((q) => [q.line, q.errors])).toEqual([
      [2, []],
      [3, [{ path: 'answer', message: 'Chưa ghi đáp án' }]],
    ]);
  });

  it('reports an answer letter beyond the options, naming the letter', async () => {
    const { items } = await xlsx(fixture('answer-out-of-range.xlsx'));
    expect(items[1]?.errors).toEqual([{ path: 'answer', message: "Đáp án 'E' không có phương án tương ứng (chỉ có A–D)" }]);
  });

  it('answers a truncated upload, random bytes and a zip without a workbook with a file error, never a throw', async () => {
    // A zip whose entries are not a workbook, like a .docx renamed to .xlsx.
    const notWorkbook = Buffer.from(fixture('good.xlsx').toString('latin1').replaceAll('xl/', 'xx/'), 'latin1');
    for (const bytes of [fixture('corrupt.xlsx'), Buffer.from('không phải tệp excel'), Buffer.alloc(0), notWorkbook]) {
      const result = await xlsx(bytes);
      expect(result.items).toEqual([]);
      expect(result.fileErrors[0]?.message).toMatch(/Tệp Excel bị hỏng/);
    }
  });

  it('refuses a workbook that claims to inflate to more than the limit, before inflating it', async () => {
    const bytes = Buffer.from(fixture('good.xlsx'));
    // Patch the uncompressed size of the first central-directory entry to 2 GB.
    const entry = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bytes.writeUInt32LE(0x7fffffff, entry + 24);
    const { items, fileErrors } = await xlsx(bytes);
    expect(items).toEqual([]);
    expect(fileErrors[0]?.message).toMatch(/quá lớn/);
  });

  it('stops with a file error past MAX_IMPORT_ITEMS rows', async () => {
    const rows: ExcelJS.CellValue[][] = [['Câu hỏi', 'A', 'B', 'Đáp án']];
    for (let i = 0; i <= MAX_IMPORT_ITEMS; i++) rows.push([`Câu ${i}?`, 'Có', 'Không', 'A']);
    const { items, fileErrors } = await xlsx(await workbookBytes(rows));
    expect(items).toHaveLength(MAX_IMPORT_ITEMS);
    expect(fileErrors).toEqual([{ line: MAX_IMPORT_ITEMS + 2, message: expect.stringContaining('hơn 5000') }]);
  });

  it('reads numbers, dates and formula results as the text the cell shows', async () => {
    const bytes = await workbookBytes([
      ['Câu hỏi', 'A', 'B', 'C', 'Đáp án', 'Độ khó'],
      ['Năm nào?', 2013, { formula: '2000+14', result: 2014 }, new Date(Date.UTC(2024, 6, 1)), { formula: 'CHAR(66)', result: 'B' }, 3],
    ]);
    const { items } = await xlsx(bytes);
    expect(items[0]).toMatchObject({
      options: [{ text: '2013', correct: false }, { text: '2014', correct: true }, { text: '01/07/2024', correct: false }],
      difficulty: 3,
      errors: [],
    });
  });

  it('reports a repeated column as a file error', async () => {
    const { fileErrors } = await xlsx(await workbookBytes([['Câu hỏi', 'A', 'B', 'Đáp án', 'a'], ['x', 'y', 'z', 'A', 'w']]));
    expect(fileErrors).toEqual([{ line: 1, message: "Cột 'A' xuất hiện hai lần (cột thứ 2 và 5)" }]);
  });
});

describe('xlsx template and export', () => {
  it('template: header, one valid example row, a Hướng dẫn sheet, drop-downs on Đáp án and Độ khó', async () => {
    const bytes = await xlsxTemplate();
    const { items, fileErrors } = await xlsx(bytes);
    expect(fileErrors).toEqual([]);
    expect(items).toHaveLength(1);
    expect(items[0]?.errors).toEqual([]);
    expect(items[0]?.citationArticle).toBe('Điểm a khoản 1 Điều 8');

    const workbook = await loadWorkbook(bytes);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Câu hỏi', 'Hướng dẫn']);
    const sheet = workbook.getWorksheet('Câu hỏi') as ExcelJS.Worksheet;
    const header = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1);
    expect(header).toEqual(['Câu hỏi', 'A', 'B', 'C', 'D', 'E', 'F', 'Đáp án', 'Lĩnh vực', 'Độ khó', 'Giải thích', 'Căn cứ pháp lý', 'Tiêu đề']);
    expect(sheet.getCell('H2').dataValidation).toMatchObject({ type: 'list', formulae: ['"A,B,C,D,E,F"'] });
    expect(sheet.getCell('J2').dataValidation).toMatchObject({ type: 'list', formulae: ['"Dễ,Trung bình,Khó"'] });
    const guide = workbook.getWorksheet('Hướng dẫn') as ExcelJS.Worksheet;
    const explained = guide.getColumn(1).values.filter((v) => typeof v === 'string');
    for (const column of header) expect(explained).toContain(column);
  });

  it('export: bold frozen header, column widths, wrapped text', async () => {
    const question: ExportQuestion = {
      title: null, text: 'Câu?', options: [{ text: 'Có', correct: true }, { text: 'Không', correct: false }],
      explanation: '', citationArticle: '', citationDocument: '', fields: [], difficulty: 2,
    };
    const sheet = (await loadWorkbook(await exportXlsx([question]))).worksheets[0] as ExcelJS.Worksheet;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.getColumn(1).width).toBe(60);
    expect(sheet.getCell('A2').alignment?.wrapText).toBe(true);
    expect(sheet.getCell('J2').value).toBe('Trung bình');
  });
});
