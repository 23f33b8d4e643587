import { describe, expect, it } from 'vitest';
import { exportGift } from './gift-export.js';
import { parseQuestionFile, type ParseResult } from './index.js';
import { fixture } from './test-fixtures.js';

const gift = (text: string): Promise<ParseResult> => parseQuestionFile(Buffer.from(text, 'utf8'), 'gift');

describe('GIFT import of the fixture covering every construct', () => {
  const parsed = parseQuestionFile(fixture('questions.gift'), 'gift');
  const at = async (line: number) => {
    const item = (await parsed).items.find((q) => q.line === line);
    if (!item) throw new Error(`no item at line ${line}`);
    return item;
  };

  it('reads a multiple-choice question with its title, category field and general feedback as explanation', async () => {
    expect(await at(6)).toEqual({
      line: 6,
      title: 'Tuổi kết hôn',
      text: 'Theo Luật Hôn nhân và gia đình năm 2014, nam được kết hôn khi đủ bao nhiêu tuổi?',
      options: [
        { text: 'Từ đủ 20 tuổi trở lên', correct: true },
        { text: 'Từ đủ 18 tuổi trở lên', correct: false },
        { text: 'Từ đủ 21 tuổi trở lên', correct: false },
      ],
      explanation: 'Điểm a khoản 1 Điều 8: nam từ đủ 20 tuổi trở lên, nữ từ đủ 18 tuổi trở lên.',
      citationDocument: '',
      citationArticle: '',
      fields: ['Hôn nhân và gia đình'],
      difficulty: null,
      errors: [],
    });
  });

  it('marks every answer with a positive weight correct in a multiple-answer question', async () => {
    expect((await at(14)).options.map((o) => o.correct)).toEqual([true, true, false]);
  });

  it('turns {FALSE} and {T} into the options Đúng / Sai', async () => {
    const no = await at(20);
    expect(no.options).toEqual([{ text: 'Đúng', correct: false }, { text: 'Sai', correct: true }]);
    expect(no.explanation).toMatch(/^Khoản 2 Điều 8/);
    expect((await at(22)).options).toEqual([{ text: 'Đúng', correct: true }, { text: 'Sai', correct: false }]);
  });

  it('resolves the escapes \\{ \\} \\~ \\= \\# \\: \\\\ and \\n and keeps [markdown] text as written', async () => {
    const q = await at(26);
    expect(q.text).toBe('Trong GIFT, {a}, ~, =, # và : là **ký tự đặc biệt**.\nChọn câu đúng:');
    expect(q.options[0]).toEqual({ text: 'Phải thoát chúng bằng dấu \\', correct: true });
    expect(q.fields).toEqual(['Đất đai']);
  });

  it('converts [html] text and answers to limited markdown without any tag', async () => {
    const q = await at(31);
    expect(q.text).toBe('Theo **Luật Đất đai 2024**, đất đai thuộc sở hữu của ai?\n\n- Chọn *một* đáp án');
    expect(q.options[0]?.text).toBe('**Sở hữu toàn dân** do Nhà nước đại diện chủ sở hữu');
  });

  it('keeps a missing-word multiple-choice question with a blank in the sentence', async () => {
    const q = await at(37);
    expect(q.text).toBe('Người sử dụng đất được Nhà nước _____ đất theo quy định của Luật Đất đai.');
    expect(q.options.find((o) => o.correct)?.text).toBe('giao');
  });

  it('reports essay, matching, numerical, short-answer and description items as skipped with their lines', async () => {
    expect((await parsed).skipped.map(({ line, kind }) => ({ line, kind }))).toEqual([
      { line: 40, kind: 'essay' },
      { line: 42, kind: 'matching' },
      { line: 47, kind: 'numerical' },
      { line: 49, kind: 'shortanswer' },
      { line: 51, kind: 'description' },
    ]);
    for (const s of (await parsed).skipped) expect(s.reason).not.toBe('');
  });

  it("reports an unclosed '{' and an unclosed '::' title as item errors naming their lines", async () => {
    expect((await at(54)).errors).toEqual([{ path: 'text', message: "Dòng 54: dấu '{' chưa được đóng bằng '}'" }]);
    expect((await at(58)).errors).toEqual([{ path: 'text', message: "Dòng 58: thiếu '::' đóng tiêu đề câu hỏi" }]);
  });

  it('flags a question without a correct answer, and keeps reading after syntax errors', async () => {
    expect((await at(60)).errors).toEqual([{ path: 'answer', message: 'Chưa có phương án đúng' }]);
    const { items, fileErrors } = await parsed;
    expect(items.map((q) => q.line)).toEqual([6, 14, 20, 22, 26, 31, 37, 54, 58, 60]);
    expect(fileErrors).toEqual([]);
  });
});

describe('GIFT syntax', () => {
  it("names the line of the '{' in a question spread over several lines", async () => {
    const { items } = await parseQuestionFile(fixture('syntax-error.gift'), 'gift');
    expect(items[0]?.errors).toEqual([]);
    expect(items[1]).toMatchObject({ line: 4, errors: [{ path: 'text', message: expect.stringContaining('Dòng 4') }] });
  });

  it("reports a '}' with no '{' before it, with its line", async () => {
    const { items } = await gift('\n\nCâu hỏi\nthiếu mở ngoặc =Có ~Không}');
    expect(items[0]).toMatchObject({ line: 3, errors: [{ path: 'text', message: expect.stringContaining('Dòng 4') }] });
  });

  it('refuses a second answer block in one question', async () => {
    const { items } = await gift('Câu {=a ~b} và {=c ~d}');
    expect(items[0]?.errors[0]?.message).toMatch(/một khối đáp án/);
  });

  it('joins question text written over several lines and ignores comment lines inside the block', async () => {
    const { items } = await gift('// chú thích\nDòng một\n// giữa\ndòng hai {\n=Có\n~Không\n}');
    expect(items[0]).toMatchObject({ line: 2, text: 'Dòng một\ndòng hai', errors: [] });
  });

  it('drops per-answer feedback but keeps an escaped # in answer text', async () => {
    const { items } = await gift('Số? {=Số \\#1#đúng rồi ~Số 2#sai}');
    expect(items[0]?.options).toEqual([{ text: 'Số #1', correct: true }, { text: 'Số 2', correct: false }]);
  });

  it('applies $CATEGORY to later questions only, taking the last path segment with // as an escaped slash', async () => {
    const { items } = await gift('A? {=x ~y}\n\n$CATEGORY: $course$/top/Pháp luật//Luật\n\nB? {=x ~y}\n\n$CATEGORY: $course$/top\n\nC? {=x ~y}');
    expect(items.map((q) => q.fields)).toEqual([[], ['Pháp luật/Luật'], []]);
  });

  it('converts HTML in untagged (Moodle auto-format) text instead of passing tags through', async () => {
    const { items } = await gift('<p>Câu <b>đậm</b></p><script>x()</script> {=<i>a</i> ~b}');
    expect(items[0]?.text).toBe('Câu **đậm**');
    expect(items[0]?.options[0]?.text).toBe('*a*');
  });

  it('reports a 7th option and two identical options', async () => {
    const seven = await gift('Bảy? {=1 ~2 ~3 ~4 ~5 ~6 ~7}');
    expect(seven.items[0]?.errors).toEqual([{ path: 'options', message: 'Tối đa 6 phương án (có 7)' }]);
    const twin = await gift('Trùng? {=Có ~có}');
    expect(twin.items[0]?.errors).toEqual([{ path: 'options.1', message: 'Hai phương án trùng nhau (A và B)' }]);
  });

  it('reports a broken thiphapluat comment on the item instead of guessing', async () => {
    const { items } = await gift('// thiphapluat: {"difficulty": 5}\nCâu? {=a ~b}');
    expect(items[0]?.errors).toEqual([{ path: 'meta', message: expect.stringContaining('// thiphapluat:') }]);
  });
});

describe('exportGift', () => {
  const question = {
    title: 'Tuổi: kết hôn',
    text: 'Nam {đủ} 20 tuổi ~ nữ = 18?\nChọn #1',
    options: [
      { text: '%50 đúng', correct: true },
      { text: 'Sai: không', correct: false },
    ],
    explanation: 'Điểm a khoản 1 Điều 8',
    citationArticle: 'Điểm a khoản 1 Điều 8',
    citationDocument: 'Luật Hôn nhân và gia đình 2014',
    fields: ['Hôn nhân và gia đình', 'Dân sự'],
    difficulty: 2 as const,
  };

  it('writes $CATEGORY, the metadata comment, ::title::, [markdown], escapes and #### feedback', () => {
    const text = exportGift([question]);
    expect(text).toContain('$CATEGORY: $course$/top/Hôn nhân và gia đình\n');
    expect(text).toContain('// thiphapluat: {"difficulty":2,"fields":["Hôn nhân và gia đình","Dân sự"],');
    expect(text).toContain('::Tuổi\\: kết hôn::[markdown]Nam \\{đủ\\} 20 tuổi \\~ nữ \\= 18?\\nChọn \\#1 {');
    expect(text).toContain('=%100%%50 đúng\n~Sai\\: không\n####Điểm a khoản 1 Điều 8\n}');
  });

  it('gives back the same question when imported', async () => {
    const { items, skipped, fileErrors } = await gift(exportGift([question]));
    expect(skipped).toEqual([]);
    expect(fileErrors).toEqual([]);
    const { line: _line, errors, ...rest } = items[0] as (typeof items)[number];
    expect(errors).toEqual([]);
    expect(rest).toEqual(question);
  });
});

describe('an arrow inside a multiple-choice option', () => {
  it('stays option text; only all-"=" answers with "->" are a matching question', async () => {
    const r = await parseQuestionFile(Buffer.from('Chọn đáp án {\n=-> tiếp theo\n~a\n}\n\nGhép {\n=a -> b\n=c -> d\n}\n', 'utf8'), 'gift');
    expect(r.items.map((q) => q.options)).toEqual([[{ text: '-> tiếp theo', correct: true }, { text: 'a', correct: false }]]);
    expect(r.skipped.map((s) => [s.line, s.kind])).toEqual([[6, 'matching']]);
  });
});
