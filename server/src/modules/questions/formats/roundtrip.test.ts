import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanLine, cleanText } from './common.js';
import { exportGift, exportXlsx, parseQuestionFile, type ExportQuestion, type ParseResult } from './index.js';

// Vietnamese letters (precomposed, so NFC), GIFT's special characters, markdown, quotes and line breaks.
const CHARS = [...'aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯáàảãạấầẩẫậắằẳẵặếềểễệốồổỗộớờởỡợứừửữựíìỉĩịýỳỷỹỵ0123456789', ' ', ' ', ' ', '~', '=', '#', '{', '}', ':', '\\', '%', '*', '"', "'", ',', ';', '/', '-', '>', '\n'];
const raw = (maxLength: number) => fc.array(fc.constantFrom(...CHARS), { minLength: 1, maxLength }).map((cs) => cs.join(''));
const multiLine = (maxLength: number) => raw(maxLength).map(cleanText).filter((s) => s !== '');
const oneLine = (maxLength: number) => raw(maxLength).map(cleanLine).filter((s) => s !== '');

const FIELD_NAMES = ['Hiến pháp', 'Phòng, chống bạo lực gia đình', 'Phổ biến, giáo dục pháp luật', 'Hôn nhân và gia đình', 'Đất đai', 'Dân sự'];
const field = fc.oneof(fc.constantFrom(...FIELD_NAMES), oneLine(20).filter((s) => /^\p{L}/u.test(s) && !s.includes(';')));
const ARTICLES = ['', 'Điều 8', 'Khoản 1 Điều 8', 'Điểm a khoản 1 Điều 8', 'Điểm đ khoản 12 Điều 235'];
// A document starting with punctuation, or that reads as an article, cannot be told apart from the article once joined.
const documentText = fc.oneof(
  fc.constant(''),
  fc.constantFrom('Luật Hôn nhân và gia đình 2014', 'Bộ luật Dân sự 2015', 'Hiến pháp 2013'),
  multiLine(40).filter((s) => !/^[\s,.;:–-]/.test(s) && !/^(?:điểm|khoản|điều)\s/iu.test(s)),
);

const question: fc.Arbitrary<ExportQuestion> = fc
  .record({
    title: fc.option(oneLine(30), { nil: null }),
    text: multiLine(120),
    options: fc.uniqueArray(multiLine(40), { minLength: 2, maxLength: 6, selector: (s) => s.toLocaleLowerCase('vi').replace(/\s+/g, ' ') }),
    correctSeed: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
    explanation: fc.oneof(fc.constant(''), multiLine(80)),
    citationArticle: fc.constantFrom(...ARTICLES),
    citationDocument: documentText,
    fields: fc.uniqueArray(field, { maxLength: 3, selector: (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase() }),
    difficulty: fc.constantFrom(1 as const, 2 as const, 3 as const),
  })
  .map(({ options, correctSeed, ...rest }) => {
    const correct = options.map((_, i) => correctSeed[i] ?? false);
    if (!correct.includes(true)) correct[0] = true;
    return { ...rest, options: options.map((text, i) => ({ text, correct: correct[i] ?? false })) };
  });

/** What the parser gave back, without the parts that only exist on the way in (line, errors). */
function comparable(result: ParseResult): unknown[] {
  expect(result.fileErrors).toEqual([]);
  expect(result.skipped).toEqual([]);
  return result.items.map(({ line: _line, errors, ...rest }) => {
    expect(errors).toEqual([]);
    return rest;
  });
}

describe('export → import round trip', () => {
  it('GIFT gives back the same questions', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(question, { minLength: 1, maxLength: 6 }), async (questions) => {
        const parsed = await parseQuestionFile(Buffer.from(exportGift(questions), 'utf8'), 'gift');
        expect(comparable(parsed)).toEqual(questions);
      }),
      { numRuns: 300 },
    );
  });

  it('xlsx gives back the same questions', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(question, { minLength: 1, maxLength: 5 }), async (questions) => {
        const parsed = await parseQuestionFile(await exportXlsx(questions), 'xlsx');
        expect(comparable(parsed)).toEqual(questions);
      }),
      { numRuns: 25 },
    );
  });

  it('GIFT and xlsx keep a hand-written question with every kind of content', async () => {
    const questions: ExportQuestion[] = [
      {
        title: 'Ký tự: {đặc biệt}',
        text: 'Câu **đậm** có ~ = # { } : \\ và\n\n- danh sách\n- hai dòng',
        options: [
          { text: '%100% không phải trọng số', correct: true },
          { text: '#1 -> 2', correct: true },
          { text: 'Sai', correct: false },
        ],
        explanation: 'Giải thích\nhai dòng',
        citationArticle: 'Khoản 1 Điều 8',
        citationDocument: 'Luật Hôn nhân và gia đình 2014',
        fields: ['Phòng, chống bạo lực gia đình'],
        difficulty: 3,
      },
    ];
    expect(comparable(await parseQuestionFile(Buffer.from(exportGift(questions)), 'gift'))).toEqual(questions);
    expect(comparable(await parseQuestionFile(await exportXlsx(questions), 'xlsx'))).toEqual(questions);
  });
});
