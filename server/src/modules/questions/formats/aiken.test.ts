import { describe, expect, it } from 'vitest';
import { parseQuestionFile } from './index.js';
import { fixture } from './test-fixtures.js';

const aiken = (text: string) => parseQuestionFile(Buffer.from(text, 'utf8'), 'aiken');

describe('Aiken import', () => {
  const parsed = parseQuestionFile(fixture('aiken-vi.txt'), 'aiken');

  it('reads the Vietnamese "Câu 1:" / "Đáp án:" style, stripping the numbering', async () => {
    const { items, fileErrors } = await parsed;
    expect(fileErrors).toEqual([]);
    expect(items[0]).toEqual({
      line: 1,
      title: null,
      text: 'Theo Hiến pháp năm 2013, ai là người đứng đầu Nhà nước, thay mặt nước Cộng hòa xã hội chủ nghĩa Việt Nam về đối nội và đối ngoại?',
      options: [
        { text: 'Chủ tịch nước', correct: true },
        { text: 'Thủ tướng Chính phủ', correct: false },
        { text: 'Chủ tịch Quốc hội', correct: false },
        { text: 'Chánh án Tòa án nhân dân tối cao', correct: false },
      ],
      explanation: '',
      citationDocument: '',
      citationArticle: '',
      fields: [],
      difficulty: null,
      errors: [],
    });
  });

  it('accepts "a)" and "A/" options, lower-case answers, ANSWER: and a question over two lines', async () => {
    const { items } = await parsed;
    expect(items[1]).toMatchObject({ line: 8, text: 'Luật Hòa giải ở cơ sở được Quốc hội thông qua năm nào?', errors: [] });
    expect(items[1]?.options.map((o) => o.correct)).toEqual([false, true, false, false]);
    expect(items[2]).toMatchObject({ line: 15, text: 'Luật Căn cước năm 2023\ncó hiệu lực thi hành từ ngày nào?', errors: [] });
    expect(items[2]?.options[1]).toEqual({ text: '01/7/2024', correct: true });
  });

  it('reports a missing answer line and an answer letter out of range on the right questions', async () => {
    const { items } = await parsed;
    expect(items.slice(3).map((q) => [q.line, q.errors])).toEqual([
      [22, [{ path: 'answer', message: "Câu hỏi ở dòng 22 thiếu dòng 'ANSWER:' (hoặc 'Đáp án:')" }]],
      [26, [{ path: 'answer', message: "Đáp án 'E' không có phương án tương ứng (chỉ có A–D)" }]],
    ]);
  });

  it('reports a missing answer at the end of the file', async () => {
    const { items } = await aiken('Câu hỏi?\nA. Có\nB. Không');
    expect(items[0]?.errors).toEqual([{ path: 'answer', message: "Câu hỏi ở dòng 1 thiếu dòng 'ANSWER:' (hoặc 'Đáp án:')" }]);
  });

  it('continues an option wrapped onto the next line, and reports options out of order', async () => {
    const wrapped = await aiken('Câu hỏi?\nA. Một phương án\ndài hai dòng\nB. Hai\nANSWER: A');
    expect(wrapped.items[0]?.options[0]?.text).toBe('Một phương án\ndài hai dòng');
    const disordered = await aiken('Câu hỏi?\nA. Một\nC. Hai\nANSWER: A');
    expect(disordered.items[0]?.errors).toEqual([{ path: 'options.1', message: "Dòng 3: phương án 'C' không theo thứ tự (cần 'B')" }]);
  });

  it('reports a 7th option', async () => {
    const { items } = await aiken('Câu?\nA. 1\nB. 2\nC. 3\nD. 4\nE. 5\nF. 6\nG. 7\nANSWER: A');
    expect(items[0]?.errors).toEqual([{ path: 'options', message: 'Tối đa 6 phương án (có 7)' }]);
  });

  it('reports an answer line that belongs to no question as a file error', async () => {
    const { fileErrors } = await aiken('ANSWER: A\n');
    expect(fileErrors).toEqual([{ line: 1, message: 'Dòng 1: dòng đáp án không thuộc câu hỏi nào' }]);
  });
});
