import { describe, expect, it } from 'vitest';
import { parseQuestionFile, MAX_IMPORT_ITEMS } from './index.js';
import { fixture } from './test-fixtures.js';

const csv = (text: string) => parseQuestionFile(Buffer.from(text, 'utf8'), 'csv');

describe('CSV import', () => {
  it('reads UTF-8 with BOM, ";" delimiter, quoted multi-line cells, doubled quotes and skips empty rows', async () => {
    const { items, fileErrors } = await parseQuestionFile(fixture('semicolon-bom.csv'), 'csv');
    expect(fileErrors).toEqual([]);
    expect(items.map((q) => q.line)).toEqual([2, 4, 5]);
    expect(items[0]).toEqual({
      line: 2,
      title: null,
      text: 'Theo Luật Hôn nhân và gia đình 2014, hành vi nào bị cấm?\n(Chọn tất cả đáp án đúng)',
      options: [
        { text: 'Kết hôn giả tạo', correct: true },
        { text: 'Tảo hôn; cưỡng ép kết hôn', correct: true },
        { text: 'Kết hôn khi nam đủ 20 tuổi, nữ đủ 18 tuổi', correct: false },
      ],
      explanation: 'Khoản 2 Điều 5 cấm "kết hôn giả tạo", tảo hôn,\ncưỡng ép kết hôn.',
      citationDocument: 'Luật Hôn nhân và gia đình 2014',
      citationArticle: 'Khoản 2 Điều 5',
      fields: ['Hôn nhân và gia đình'],
      difficulty: 2,
      errors: [],
    });
  });

  it('keeps a field name that contains a comma whole, and reads lower-case answers and numeric difficulty', async () => {
    const { items } = await parseQuestionFile(fixture('semicolon-bom.csv'), 'csv');
    expect(items[1]).toMatchObject({
      options: [{ correct: true }, { correct: false }, { correct: false }],
      fields: ['Phòng, chống bạo lực gia đình'],
      difficulty: 1,
      citationArticle: 'Khoản 1 Điều 2',
      citationDocument: 'Luật Phòng, chống bạo lực gia đình 2022',
    });
  });

  it('names the answer letter that has no option', async () => {
    const { items } = await parseQuestionFile(fixture('semicolon-bom.csv'), 'csv');
    expect(items[2]?.errors).toEqual([{ path: 'answer', message: "Đáp án 'D' không có phương án tương ứng (chỉ có A–C)" }]);
  });

  it('reads "," CSV with a title column first and several fields separated by ";"', async () => {
    const { items, fileErrors } = await parseQuestionFile(fixture('questions.csv'), 'csv');
    expect(fileErrors).toEqual([]);
    expect(items.map((q) => [q.line, q.title, q.fields, q.difficulty, q.errors.length])).toEqual([
      [2, 'Quyền bất khả xâm phạm về thân thể', ['Hiến pháp'], 2, 0],
      [3, null, ['Hòa giải ở cơ sở', 'Phổ biến, giáo dục pháp luật'], 1, 0],
    ]);
    expect(items[0]?.options[1]?.text).toContain(', quyết định hoặc phê chuẩn');
  });

  it('reads Excel "Unicode text": UTF-16LE with BOM and tabs', async () => {
    const { items, fileErrors } = await parseQuestionFile(fixture('unicode-text.txt'), 'csv');
    expect(fileErrors).toEqual([]);
    expect(items[0]).toMatchObject({ text: 'Excel lưu tệp "Unicode Text" bằng UTF-16LE, phân cách bằng tab?', difficulty: 1, errors: [] });
  });

  it('refuses a Windows-1258 file with a message on saving as CSV UTF-8, importing nothing', async () => {
    const { items, fileErrors } = await parseQuestionFile(fixture('windows-1258.csv'), 'csv');
    expect(items).toEqual([]);
    expect(fileErrors).toHaveLength(1);
    expect(fileErrors[0]?.message).toMatch(/không phải mã UTF-8/);
    expect(fileErrors[0]?.message).toContain('CSV UTF-8');
    expect(fileErrors[0]?.line).toBe(1);
  });

  it('matches headers in any order, case and without diacritics, ignoring unknown columns', async () => {
    const { items, fileErrors } = await csv('STT,dap an,B,cau hoi,a,DO KHO,Ghi chú\n1,b,Hai,Một cộng một?,Một,de,x\n');
    expect(fileErrors).toEqual([]);
    expect(items[0]).toMatchObject({ text: 'Một cộng một?', options: [{ text: 'Một', correct: false }, { text: 'Hai', correct: true }], difficulty: 1 });
  });

  it('names each missing required column and reads no items', async () => {
    const { items, fileErrors } = await csv('Câu hỏi,A,Lĩnh vực\nX,Y,Z\n');
    expect(items).toEqual([]);
    expect(fileErrors).toEqual([
      { line: 1, message: "Thiếu cột 'B'" },
      { line: 1, message: "Thiếu cột 'Đáp án'" },
    ]);
  });

  it('reports row errors: empty text, one option, a gap between options, empty answer, unknown difficulty', async () => {
    const { items } = await csv(
      ['Câu hỏi,A,B,C,Đáp án,Độ khó', ',x,y,,A,', 'Một phương án?,x,,,A,', 'Thiếu B?,x,,z,A,', 'Không đáp án?,x,y,,,', 'Độ khó lạ?,x,y,,A,Rất khó'].join('\n'),
    );
    expect(items.map((q) => [q.line, q.errors])).toEqual([
      [2, [{ path: 'text', message: 'Câu hỏi chưa có nội dung' }]],
      [3, [{ path: 'options', message: 'Cần ít nhất 2 phương án (có 1)' }]],
      [4, [{ path: 'options.1', message: 'Phương án B trống' }]],
      [5, [{ path: 'answer', message: 'Chưa ghi đáp án' }]],
      [6, [{ path: 'difficulty', message: "Độ khó 'Rất khó' không hợp lệ (ghi Dễ, Trung bình, Khó hoặc 1, 2, 3)" }]],
    ]);
  });

  it('reports an unclosed quote with the line it opened on', async () => {
    const { fileErrors } = await csv('Câu hỏi,A,B,Đáp án\n"Câu,x,y,A\nmore\n');
    expect(fileErrors).toEqual([{ line: 2, message: expect.stringContaining('dòng 2') }]);
  });

  it('stops with a file error past MAX_IMPORT_ITEMS rows', async () => {
    const rows = Array.from({ length: MAX_IMPORT_ITEMS + 1 }, (_, i) => `Câu ${i}?,Có,Không,A`);
    const { items, fileErrors } = await csv(['Câu hỏi,A,B,Đáp án', ...rows].join('\n'));
    expect(items).toHaveLength(MAX_IMPORT_ITEMS);
    expect(fileErrors).toEqual([{ line: MAX_IMPORT_ITEMS + 2, message: expect.stringContaining(String(MAX_IMPORT_ITEMS)) }]);
  });
});
