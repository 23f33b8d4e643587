import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ResultBuilder } from './common.js';
import { decodeText } from '../../../lib/spreadsheet.js';
import { categoryField } from './gift-syntax.js';
import { htmlToMarkdown, looksLikeHtml } from './html.js';
import type { ParsedOption, ParseResult } from './types.js';

const SKIP_REASONS: Record<string, string> = {
  essay: 'Câu hỏi tự luận không dùng được trong thi trắc nghiệm',
  matching: 'Câu hỏi ghép đôi không dùng được trong thi trắc nghiệm',
  numerical: 'Câu hỏi trả lời bằng số không dùng được trong thi trắc nghiệm',
  shortanswer: 'Câu hỏi điền từ (trả lời ngắn) không dùng được trong thi trắc nghiệm',
  cloze: 'Câu hỏi nhiều chỗ trống (cloze) không dùng được trong thi trắc nghiệm',
  description: 'Đoạn mô tả không có đáp án, không phải câu hỏi',
};
const skipReason = (kind: string): string =>
  SKIP_REASONS[kind] ?? `Loại câu hỏi '${kind}' của Moodle không dùng được trong thi trắc nghiệm`;

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // Values stay strings: a question whose text is "2024" must not become a number.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  isArray: (name) => name === 'question' || name === 'answer',
  // Only the predefined XML entities and character references; a DOCTYPE is refused before parsing.
  processEntities: true,
  htmlEntities: false,
});

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The `<text>` of an element such as `<questiontext format="html"><text>…</text></questiontext>`. */
function textOf(node: unknown): string {
  if (typeof node === 'string') return node;
  if (!isNode(node)) return '';
  const text = node.text;
  if (typeof text === 'string') return text;
  if (isNode(text) && typeof text['#text'] === 'string') return text['#text'];
  return typeof node['#text'] === 'string' ? node['#text'] : '';
}

/** Moodle's text formats to our limited markdown; HTML is always converted, never passed through. */
function markdownOf(node: unknown, inherited = 'html'): string {
  const format = isNode(node) && typeof node['@_format'] === 'string' ? node['@_format'] : inherited;
  const text = textOf(node);
  if (format === 'html' || (format === 'moodle_auto_format' && looksLikeHtml(text))) return htmlToMarkdown(text);
  return text;
}

/** Line of each `<question` start tag in document order, skipping comments and CDATA that might mention one. */
function questionLines(xml: string): number[] {
  const lines: number[] = [];
  const pattern = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<question[\s>/]/g;
  let line = 1;
  let last = 0;
  for (let m = pattern.exec(xml); m; m = pattern.exec(xml)) {
    if (!m[0].startsWith('<question')) continue;
    for (let i = last; i < m.index; i++) if (xml.charCodeAt(i) === 10) line++;
    last = m.index;
    lines.push(line);
  }
  return lines;
}

/** Moodle XML: category, multichoice (single or multiple), truefalse; every other type is reported as skipped. */
export function parseMoodleXml(bytes: Uint8Array): ParseResult {
  const builder = new ResultBuilder('moodle-xml');
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    builder.fileError(decoded.message, decoded.line);
    return builder.result();
  }
  const xml = decoded.text.replace(/^\ufeff/, '');
  // Entity declarations are how "billion laughs" expands a small file into gigabytes; Moodle never writes them.
  const doctype = /<!DOCTYPE/i.exec(xml);
  if (doctype) {
    builder.fileError('Tệp XML có khai báo DOCTYPE/ENTITY, không được chấp nhận. Hãy xuất lại từ Moodle.', xml.slice(0, doctype.index).split('\n').length);
    return builder.result();
  }
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    builder.fileError(`Tệp XML sai cú pháp ở dòng ${valid.err.line}: ${valid.err.msg}`, valid.err.line);
    return builder.result();
  }
  let doc: unknown;
  try {
    doc = parser.parse(xml);
  } catch (error) {
    builder.fileError(`Không đọc được tệp XML: ${(error as Error).message}`);
    return builder.result();
  }
  const quiz = isNode(doc) ? doc.quiz : undefined;
  if (!isNode(quiz)) {
    builder.fileError('Không phải tệp Moodle XML: thiếu thẻ <quiz> bao ngoài các câu hỏi.');
    return builder.result();
  }
  const questions = Array.isArray(quiz.question) ? quiz.question : [];
  const lines = questionLines(xml);
  let category: string | null = null;
  for (const [index, q] of questions.entries()) {
    const line = lines[index] ?? 1;
    if (!isNode(q)) continue;
    const type = typeof q['@_type'] === 'string' ? q['@_type'] : '';
    if (type === 'category') {
      category = categoryField(textOf(q.category));
      continue;
    }
    if (type !== 'multichoice' && type !== 'truefalse') {
      if (!builder.skip({ line, kind: type || 'unknown', reason: skipReason(type || 'không rõ') })) break;
      continue;
    }
    const answers = (Array.isArray(q.answer) ? q.answer : []).filter(isNode);
    const fraction = (a: Node) => Number(typeof a['@_fraction'] === 'string' ? a['@_fraction'] : 0) || 0;
    let options: ParsedOption[];
    if (type === 'truefalse') {
      const trueAnswer = answers.find((a) => textOf(a).trim().toLowerCase() === 'true');
      const isTrue = trueAnswer ? fraction(trueAnswer) > 0 : false;
      options = [{ text: 'Đúng', correct: isTrue }, { text: 'Sai', correct: !isTrue }];
    } else {
      const single = textOf(q.single).trim().toLowerCase() !== 'false';
      const best = Math.max(0, ...answers.map(fraction));
      // In single-choice Moodle gives partial credit below 100%; only the full-credit answer is "the" answer.
      options = answers.map((a) => ({ text: markdownOf(a), correct: single ? fraction(a) > 0 && fraction(a) === best : fraction(a) > 0 }));
    }
    const added = builder.add({
      line,
      title: textOf(q.name),
      text: markdownOf(q.questiontext),
      options,
      explanation: markdownOf(q.generalfeedback),
      fields: category ? [category] : [],
    });
    if (!added) break;
  }
  return builder.result();
}
