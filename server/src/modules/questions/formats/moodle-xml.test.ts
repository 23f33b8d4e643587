import { describe, expect, it } from 'vitest';
import { parseQuestionFile } from './index.js';
import { fixture } from './test-fixtures.js';

const xml = (text: string) => parseQuestionFile(Buffer.from(text, 'utf8'), 'moodle-xml');

describe('Moodle XML import', () => {
  const parsed = parseQuestionFile(fixture('questions.xml'), 'moodle-xml');

  it('reads single and multiple multichoice and truefalse with the line of each <question>', async () => {
    const { items, fileErrors } = await parsed;
    expect(fileErrors).toEqual([]);
    expect(items.map((q) => [q.line, q.title, q.errors])).toEqual([
      [11, 'Tuổi kết hôn của nữ', []],
      [41, 'Hành vi bị cấm', []],
      [64, 'Hôn nhân cùng giới', []],
      [98, 'Sở hữu đất đai', []],
    ]);
  });

  it('converts html question text, answers and general feedback to markdown, with the category as field', async () => {
    const [first] = (await parsed).items;
    expect(first).toEqual({
      line: 11,
      title: 'Tuổi kết hôn của nữ',
      text: 'Theo **Luật Hôn nhân và gia đình 2014**, nữ được kết hôn khi đủ bao nhiêu tuổi?',
      options: [
        { text: 'Từ đủ 18 tuổi trở lên', correct: true },
        { text: 'Từ đủ 16 tuổi trở lên', correct: false },
        { text: 'Từ đủ 20 tuổi trở lên', correct: false },
      ],
      explanation: 'Điểm a khoản 1 Điều 8: nữ từ đủ 18 tuổi trở lên.',
      citationDocument: '',
      citationArticle: '',
      fields: ['Hôn nhân và gia đình'],
      difficulty: null,
      errors: [],
    });
  });

  it('marks answers with a positive fraction correct in a multiple-answer question', async () => {
    const q = (await parsed).items[1];
    expect(q?.options.map((o) => o.correct)).toEqual([true, true, false]);
    expect(q?.text).toBe('Những hành vi nào bị cấm theo Luật Hôn nhân và gia đình 2014?\n\n1. Chọn *tất cả* đáp án đúng.');
  });

  it('turns truefalse into Đúng / Sai by the fractions', async () => {
    expect((await parsed).items[2]?.options).toEqual([{ text: 'Đúng', correct: false }, { text: 'Sai', correct: true }]);
  });

  it('decodes entities, drops scripts and takes the last segment of a nested category', async () => {
    const q = (await parsed).items[3];
    expect(q?.text).toBe('Đất đai thuộc sở hữu toàn dân do Nhà nước đại diện chủ sở hữu & thống nhất quản lý. Câu này đúng hay sai?');
    expect(q?.options[0]?.text).toBe('Đúng & đủ');
    expect(q?.fields).toEqual(['Đất đai']);
  });

  it('reports essay and matching questions as skipped with their lines', async () => {
    expect((await parsed).skipped.map(({ line, kind }) => ({ line, kind }))).toEqual([
      { line: 83, kind: 'essay' },
      { line: 114, kind: 'matching' },
    ]);
  });

  it('only counts a partial-credit answer correct when the question allows several answers', async () => {
    const { items } = await xml(
      '<quiz><question type="multichoice"><questiontext format="plain_text"><text>Q?</text></questiontext><single>true</single>' +
        '<answer fraction="100"><text>a</text></answer><answer fraction="50"><text>b</text></answer><answer fraction="0"><text>c</text></answer></question></quiz>',
    );
    expect(items[0]?.options.map((o) => o.correct)).toEqual([true, false, false]);
  });

  it('reports malformed XML with the line the parser gives', async () => {
    const { items, fileErrors } = await xml('<?xml version="1.0"?>\n<quiz>\n<question type="multichoice">\n<name><text>x</name>\n</question>\n</quiz>');
    expect(items).toEqual([]);
    expect(fileErrors).toEqual([{ line: 4, message: expect.stringContaining('dòng 4') }]);
  });

  it('refuses entity declarations (billion laughs) without expanding them', async () => {
    const bomb =
      '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">' +
      '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>\n<quiz><question type="truefalse"><questiontext><text>&lol3;</text></questiontext></question></quiz>';
    const { items, fileErrors } = await xml(bomb);
    expect(items).toEqual([]);
    expect(fileErrors).toEqual([{ line: 2, message: expect.stringContaining('DOCTYPE') }]);
  });

  it('refuses XML that is not a Moodle quiz', async () => {
    const { fileErrors } = await xml('<?xml version="1.0"?><rss><channel/></rss>');
    expect(fileErrors[0]?.message).toMatch(/<quiz>/);
  });
});
