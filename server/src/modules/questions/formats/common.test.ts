import { describe, expect, it } from 'vitest';
import { finalizeQuestion, joinCitation, joinFields, parseAnswerLetters, parseDifficulty, splitCitation, splitFields } from './common.js';

describe('splitCitation', () => {
  it.each([
    ['Điều 8 Luật Hôn nhân và gia đình 2014', 'Điều 8', 'Luật Hôn nhân và gia đình 2014'],
    ['Khoản 1 Điều 8, Luật Hôn nhân và gia đình 2014', 'Khoản 1 Điều 8', 'Luật Hôn nhân và gia đình 2014'],
    ['Điểm a khoản 1 Điều 8 của Luật Hôn nhân và gia đình 2014', 'Điểm a khoản 1 Điều 8', 'Luật Hôn nhân và gia đình 2014'],
    ['điểm đ khoản 2 điều 235 Bộ luật Dân sự 2015', 'điểm đ khoản 2 điều 235', 'Bộ luật Dân sự 2015'],
    ['Khoản 2 Điều 20', 'Khoản 2 Điều 20', ''],
    ['Luật Đất đai 2024', '', 'Luật Đất đai 2024'],
    ['Điều lệ Hội Luật gia Việt Nam', '', 'Điều lệ Hội Luật gia Việt Nam'],
    ['', '', ''],
  ])('splits %j into article %j and document %j', (cell, article, document) => {
    expect(splitCitation(cell)).toEqual({ article, document });
  });

  it('reads back what joinCitation writes', () => {
    for (const [article, document] of [['Khoản 1 Điều 8', 'Luật Căn cước 2023'], ['Điều 8', ''], ['', 'Hiến pháp 2013']] as const)
      expect(splitCitation(joinCitation(article, document))).toEqual({ article, document });
  });
});

describe('splitFields', () => {
  it('splits on ";" and keeps commas inside names when ";" is used', () => {
    expect(splitFields('Phòng, chống bạo lực gia đình; Hôn nhân và gia đình')).toEqual(['Phòng, chống bạo lực gia đình', 'Hôn nhân và gia đình']);
  });

  it('splits on "," only where a new capitalised name starts', () => {
    expect(splitFields('Đất đai, Phổ biến, giáo dục pháp luật, Dân sự')).toEqual(['Đất đai', 'Phổ biến, giáo dục pháp luật', 'Dân sự']);
  });

  it('drops empties and duplicates that differ only in case or diacritics', () => {
    expect(splitFields(' Đất đai ;; dat dai; Dân sự ;')).toEqual(['Đất đai', 'Dân sự']);
  });

  it('reads back what joinFields writes, even a single name with a comma', () => {
    for (const fields of [['Phòng, chống bạo lực gia đình'], ['A, b', 'C'], [], ['Hiến pháp']]) expect(splitFields(joinFields(fields))).toEqual(fields);
  });
});

describe('parseDifficulty and parseAnswerLetters', () => {
  it.each([['Dễ', 1], ['de', 1], ['1', 1], ['TRUNG BÌNH', 2], ['2', 2], ['Khó', 3], ['3.0', 3], ['', null]])('reads %j as %j', (cell, value) => {
    expect(parseDifficulty(cell)).toEqual({ value });
  });

  it('reports an unknown difficulty on the difficulty path', () => {
    expect(parseDifficulty('Rất khó').error?.path).toBe('difficulty');
  });

  it.each([['B', [1]], ['A,C', [0, 2]], ['A;C', [0, 2]], ['AC', [0, 2]], ['c, a', [0, 2]], ['A A', [0]]])('reads %j', (cell, indexes) => {
    expect(parseAnswerLetters(cell, 4)).toEqual({ indexes, errors: [] });
  });

  it('names a letter beyond the options, and refuses words', () => {
    expect(parseAnswerLetters('A,E', 4).errors).toEqual([{ path: 'answer', message: "Đáp án 'E' không có phương án tương ứng (chỉ có A–D)" }]);
    expect(parseAnswerLetters('Đúng', 4).errors[0]?.message).toMatch(/không hợp lệ/);
    expect(parseAnswerLetters(' ', 4).errors).toEqual([{ path: 'answer', message: 'Chưa ghi đáp án' }]);
  });
});

describe('finalizeQuestion', () => {
  const base = { line: 1, text: 'Câu hỏi?', options: [{ text: 'Có', correct: true }, { text: 'Không', correct: false }] };

  it('normalizes text to NFC and trims it', () => {
    const q = finalizeQuestion({ ...base, text: '  Hie\u0302\u0301n pha\u0301p\r\nnăm 2013  ', title: '  Tiêu   đề ' });
    expect(q.text).toBe('Hiến pháp\nnăm 2013');
    expect(q.title).toBe('Tiêu đề');
  });

  it('limits question text to 2000 and options to 500 characters', () => {
    const q = finalizeQuestion({ ...base, text: 'x'.repeat(2001), options: [{ text: 'y'.repeat(501), correct: true }, { text: 'Không', correct: false }] });
    expect(q.errors).toEqual([
      { path: 'text', message: 'Câu hỏi dài 2001 ký tự, tối đa 2000' },
      { path: 'options.0', message: 'Phương án A dài 501 ký tự, tối đa 500' },
    ]);
  });

  it('accepts the limits exactly', () => {
    expect(finalizeQuestion({ ...base, text: 'x'.repeat(2000), options: [{ text: 'y'.repeat(500), correct: true }, { text: 'z', correct: false }] }).errors).toEqual([]);
  });
});
