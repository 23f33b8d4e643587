import { ResultBuilder, type QuestionDraft } from './common.js';
import { decodeText } from '../../../lib/spreadsheet.js';
import { categoryField, indexOfUnescaped, unescapeGift } from './gift-syntax.js';
import { htmlToMarkdown, looksLikeHtml } from './html.js';
import type { ItemError, ParsedOption, ParseResult } from './types.js';

/** The comment our GIFT export writes above each question, carrying what GIFT itself cannot hold. */
export const GIFT_META_PREFIX = '// thiphapluat:';

export interface GiftMeta {
  difficulty?: 1 | 2 | 3;
  fields?: string[];
  citationArticle?: string;
  citationDocument?: string;
}

interface Line {
  text: string;
  number: number;
}

type TextFormat = 'markdown' | 'html' | 'plain' | 'moodle';

const SKIP_REASONS: Record<string, string> = {
  description: 'Đoạn mô tả không có đáp án, không phải câu hỏi',
  essay: 'Câu hỏi tự luận không dùng được trong thi trắc nghiệm',
  numerical: 'Câu hỏi trả lời bằng số không dùng được trong thi trắc nghiệm',
  matching: 'Câu hỏi ghép đôi không dùng được trong thi trắc nghiệm',
  shortanswer: 'Câu hỏi điền từ (trả lời ngắn) không dùng được trong thi trắc nghiệm',
};

function readMeta(comment: string): { meta?: GiftMeta; error?: ItemError } {
  const invalid = { error: { path: 'meta', message: `Dòng '${GIFT_META_PREFIX}' không đúng định dạng; hãy xoá dòng đó hoặc sửa lại như khi xuất` } };
  let value: unknown;
  try {
    value = JSON.parse(comment.slice(GIFT_META_PREFIX.length));
  } catch {
    return invalid;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return invalid;
  const raw = value as Record<string, unknown>;
  const meta: GiftMeta = {};
  if (raw.difficulty !== undefined) {
    if (raw.difficulty !== 1 && raw.difficulty !== 2 && raw.difficulty !== 3) return invalid;
    meta.difficulty = raw.difficulty;
  }
  if (raw.fields !== undefined) {
    if (!Array.isArray(raw.fields) || !raw.fields.every((f) => typeof f === 'string')) return invalid;
    meta.fields = raw.fields as string[];
  }
  for (const key of ['citationArticle', 'citationDocument'] as const) {
    if (raw[key] === undefined) continue;
    if (typeof raw[key] !== 'string') return invalid;
    meta[key] = raw[key];
  }
  return { meta };
}

/**
 * Moodle GIFT. Blank lines separate questions; `$CATEGORY:` applies to the questions after it; types a
 * multiple-choice contest cannot run are reported as skipped with their line; syntax errors become an
 * error on the item naming the line.
 */
export function parseGift(bytes: Uint8Array): ParseResult {
  const builder = new ResultBuilder('gift');
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    builder.fileError(decoded.message, decoded.line);
    return builder.result();
  }
  const lines = decoded.text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
  let category: string | null = null;
  let block: Line[] = [];
  let meta: { meta?: GiftMeta; error?: ItemError } = {};

  const flush = (): boolean => {
    const content = block;
    const blockMeta = meta;
    block = [];
    meta = {};
    return content.length === 0 || readQuestion(content, blockMeta, category, builder);
  };

  for (let i = 0; i <= lines.length; i++) {
    const raw = lines[i];
    if (raw === undefined || raw.trim() === '') {
      if (!flush()) break;
      continue;
    }
    const trimmed = raw.trim();
    if (trimmed.startsWith(GIFT_META_PREFIX)) meta = readMeta(trimmed);
    else if (trimmed.startsWith('//')) continue;
    else if (/^\$CATEGORY:/i.test(trimmed)) category = categoryField(trimmed.slice('$CATEGORY:'.length));
    else block.push({ text: raw, number: i + 1 });
  }
  return builder.result();
}

/** Line number of an offset in the joined text of a block. */
const lineOf = (content: Line[], joined: string, offset: number): number => {
  const index = joined.slice(0, offset).split('\n').length - 1;
  return content[index]?.number ?? content[0]?.number ?? 1;
};

function readQuestion(content: Line[], meta: { meta?: GiftMeta; error?: ItemError }, category: string | null, builder: ResultBuilder): boolean {
  const joined = content.map((l) => l.text).join('\n');
  const line = (content[0] as Line).number;
  const unreadable = (message: string): boolean =>
    builder.add({ line, text: joined, options: [], errors: [{ path: 'text', message }], unreadable: true });

  let rest = joined.trimStart();
  let offset = joined.length - rest.length;
  let title: string | null = null;
  if (rest.startsWith('::')) {
    const end = indexOfUnescaped(rest, '::', 2);
    if (end < 0) return unreadable(`Dòng ${lineOf(content, joined, offset)}: thiếu '::' đóng tiêu đề câu hỏi`);
    title = unescapeGift(rest.slice(2, end));
    offset += end + 2;
    rest = rest.slice(end + 2);
  }
  let format: TextFormat | null = null;
  const tag = /^\s*\[(markdown|html|plain|moodle)\]/i.exec(rest);
  if (tag) {
    format = (tag[1] as string).toLowerCase() as TextFormat;
    offset += tag[0].length;
    rest = rest.slice(tag[0].length);
  }

  const open = indexOfUnescaped(rest, '{');
  const close = open < 0 ? indexOfUnescaped(rest, '}') : indexOfUnescaped(rest, '}', open + 1);
  if (open < 0 && close >= 0) return unreadable(`Dòng ${lineOf(content, joined, offset + close)}: dấu '}' không có '{' mở trước nó`);
  if (open < 0) return builder.skip({ line, kind: 'description', reason: SKIP_REASONS.description as string });
  if (close < 0) return unreadable(`Dòng ${lineOf(content, joined, offset + open)}: dấu '{' chưa được đóng bằng '}'`);
  const nested = indexOfUnescaped(rest.slice(0, close), '{', open + 1);
  if (nested >= 0) return unreadable(`Dòng ${lineOf(content, joined, offset + nested)}: dấu '{' lồng trong khối đáp án khác`);
  const after = rest.slice(close + 1);
  const extra = Math.max(indexOfUnescaped(after, '{'), indexOfUnescaped(after, '}'));
  if (extra >= 0)
    return unreadable(`Dòng ${lineOf(content, joined, offset + close + 1 + extra)}: mỗi câu hỏi chỉ được có một khối đáp án {…}`);

  const answers = readAnswerBlock(rest.slice(open + 1, close));
  if ('skip' in answers) return builder.skip({ line, kind: answers.skip, reason: SKIP_REASONS[answers.skip] as string });

  const convert = (text: string): string => {
    const plain = unescapeGift(text);
    return format === 'html' || ((format === null || format === 'moodle') && looksLikeHtml(plain)) ? htmlToMarkdown(plain) : plain;
  };
  const before = convert(rest.slice(0, open)).trim();
  const tail = convert(after).trim();
  // A blank in mid-sentence ("missing word") keeps its place in the text.
  const text = tail === '' ? before : `${before} _____${/^[.,;:!?…)]/.test(tail) ? '' : ' '}${tail}`;
  const errors: ItemError[] = [...answers.errors];
  if (meta.error) errors.push(meta.error);
  const draft: QuestionDraft = {
    line,
    title,
    text,
    options: answers.options.map((o) => ({ text: convert(o.text), correct: o.correct })),
    explanation: convert(answers.generalFeedback),
    citationArticle: meta.meta?.citationArticle ?? '',
    citationDocument: meta.meta?.citationDocument ?? '',
    fields: meta.meta?.fields ?? (category ? [category] : []),
    difficulty: meta.meta?.difficulty ?? null,
    errors,
  };
  return builder.add(draft);
}

type AnswerBlock = { skip: string } | { options: ParsedOption[]; generalFeedback: string; errors: ItemError[] };

/** The inside of `{…}`, still escaped. Per-answer feedback (`#…`) is dropped: our explanation is per question. */
function readAnswerBlock(raw: string): AnswerBlock {
  const general = indexOfUnescaped(raw, '####');
  const generalFeedback = general >= 0 ? raw.slice(general + 4) : '';
  const body = (general >= 0 ? raw.slice(0, general) : raw).trim();
  if (body === '') return { skip: 'essay' };
  if (body.startsWith('#')) return { skip: 'numerical' };
  const tf = /^(T|TRUE|F|FALSE)\s*(?:#|$)/i.exec(body);
  if (tf) {
    const isTrue = (tf[1] as string).toUpperCase().startsWith('T');
    return { options: [{ text: 'Đúng', correct: isTrue }, { text: 'Sai', correct: !isTrue }], generalFeedback, errors: [] };
  }

  const parts: { marker: string; text: string }[] = [];
  const errors: ItemError[] = [];
  let start = -1;
  for (let i = 0; i <= body.length; i++) {
    if (body[i] === '\\') {
      i++;
      continue;
    }
    if (i < body.length && body[i] !== '~' && body[i] !== '=') continue;
    if (start < 0) {
      const lead = body.slice(0, i).trim();
      if (lead !== '') errors.push({ path: 'options', message: `Nội dung '${unescapeGift(lead)}' đứng trước đáp án đầu tiên; mỗi đáp án phải bắt đầu bằng = hoặc ~` });
    } else parts.push({ marker: body[start] as string, text: body.slice(start + 1, i) });
    start = i;
  }
  // Matching pairs are all '=' answers; a '->' inside a multiple-choice option (there is a '~') is just text.
  if (parts.length > 0 && parts.every((p) => p.marker === '=')) {
    return { skip: parts.some((p) => indexOfUnescaped(p.text, '->') >= 0) ? 'matching' : 'shortanswer' };
  }

  const options = parts.map(({ marker, text }) => {
    let answer = text;
    let weight = marker === '=' ? 100 : 0;
    const weighted = /^\s*%(-?\d+(?:[.,]\d+)?)%/.exec(answer);
    if (weighted) {
      weight = Number((weighted[1] as string).replace(',', '.'));
      answer = answer.slice(weighted[0].length);
    }
    const feedback = indexOfUnescaped(answer, '#');
    if (feedback >= 0) answer = answer.slice(0, feedback);
    return { text: answer.trim(), correct: weight > 0 };
  });
  return { options, generalFeedback, errors };
}
