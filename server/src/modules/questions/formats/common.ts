import { foldVietnamese, normalizeText } from '@thiphapluat/shared';
import {
  MAX_IMPORT_ITEMS,
  MAX_OPTION_LENGTH,
  MAX_OPTIONS,
  MAX_TEXT_LENGTH,
  MIN_OPTIONS,
  type FileError,
  type ImportFormat,
  type ItemError,
  type ParsedOption,
  type ParsedQuestion,
  type ParseResult,
  type SkippedItem,
} from './types.js';

/** Zero-width characters Word and web pages leave behind; invisible, but they break matching. */
const INVISIBLE = /\u200b|\u200c|\u200d|\u2060|\ufeff/g;

/**
 * Multi-line text (question, option, explanation): NFC, Unix line ends, no invisible characters, trimmed.
 * Inner whitespace is kept because line breaks are part of the limited markdown.
 */
export function cleanText(input: string): string {
  return input
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    // Control characters cannot be stored in xlsx/XML and mean nothing in a question; tab and line break stay.
    .replace(/\p{Cc}/gu, (c) => (c === '\n' || c === '\t' ? c : ''))
    .replace(INVISIBLE, '')
    .replace(/\u00a0/g, ' ')
    .trim();
}

/** One-line text (title, legal field name): NFC, whitespace collapsed. */
export const cleanLine = (input: string): string => normalizeText(input.replace(INVISIBLE, ''));

/** The letter of the option at `index` (0 → 'A'); past F it keeps counting (G, H…) so errors can name it. */
export const optionLetter = (index: number): string => String.fromCharCode(65 + index);

const lettersRange = (count: number): string =>
  count <= 0 ? 'không có phương án nào' : count === 1 ? 'chỉ có A' : `chỉ có A–${optionLetter(count - 1)}`;

/** A question as a parser first sees it, before the rules every format shares are applied. */
export interface QuestionDraft {
  line: number;
  title?: string | null;
  text: string;
  options: ParsedOption[];
  explanation?: string;
  citationDocument?: string;
  citationArticle?: string;
  fields?: string[];
  difficulty?: 1 | 2 | 3 | null;
  errors?: ItemError[];
  /** A syntax error made the item unreadable: report only its own errors, not every rule it fails as a consequence. */
  unreadable?: boolean;
}

/**
 * Normalizes a draft and adds the errors every format shares: empty text, 2–6 options, lengths,
 * duplicate options, no correct option. Format-specific errors already on the draft come first.
 */
export function finalizeQuestion(draft: QuestionDraft): ParsedQuestion {
  const text = cleanText(draft.text);
  const options = draft.options.map((o) => ({ text: cleanText(o.text), correct: o.correct }));
  const title = draft.title ? cleanLine(draft.title) : '';
  const errors: ItemError[] = [...(draft.errors ?? [])];
  // An item a syntax error made unreadable reports that error only, not every rule it fails as a consequence.
  if (!draft.unreadable) errors.push(...sharedErrors(text, options, errors));
  return {
    line: draft.line,
    title: title === '' ? null : title,
    text,
    options,
    explanation: cleanText(draft.explanation ?? ''),
    citationDocument: cleanText(draft.citationDocument ?? ''),
    citationArticle: cleanLine(draft.citationArticle ?? ''),
    fields: cleanFields(draft.fields ?? []),
    difficulty: draft.difficulty ?? null,
    errors,
  };
}

function sharedErrors(text: string, options: ParsedOption[], earlier: ItemError[]): ItemError[] {
  const errors: ItemError[] = [];
  if (text === '') errors.push({ path: 'text', message: 'Câu hỏi chưa có nội dung' });
  else if (text.length > MAX_TEXT_LENGTH)
    errors.push({ path: 'text', message: `Câu hỏi dài ${text.length} ký tự, tối đa ${MAX_TEXT_LENGTH}` });

  if (options.length < MIN_OPTIONS)
    errors.push({ path: 'options', message: `Cần ít nhất ${MIN_OPTIONS} phương án (có ${options.length})` });
  else if (options.length > MAX_OPTIONS)
    errors.push({ path: 'options', message: `Tối đa ${MAX_OPTIONS} phương án (có ${options.length})` });

  const seen = new Map<string, number>();
  options.forEach((o, i) => {
    const path = `options.${i}`;
    if (o.text === '') {
      errors.push({ path, message: `Phương án ${optionLetter(i)} trống` });
      return;
    }
    if (o.text.length > MAX_OPTION_LENGTH)
      errors.push({ path, message: `Phương án ${optionLetter(i)} dài ${o.text.length} ký tự, tối đa ${MAX_OPTION_LENGTH}` });
    // Case and spacing differences do not make two options different to a contestant.
    const key = o.text.toLocaleLowerCase('vi').replace(/\s+/g, ' ');
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else errors.push({ path, message: `Hai phương án trùng nhau (${optionLetter(first)} và ${optionLetter(i)})` });
  });

  if (options.length > 0 && !options.some((o) => o.correct) && !earlier.some((e) => e.path === 'answer'))
    errors.push({ path: 'answer', message: 'Chưa có phương án đúng' });
  return errors;
}

/** Field names trimmed, empties dropped, duplicates (ignoring case and diacritics) dropped; order kept (first = primary). */
export function cleanFields(fields: string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const raw of fields) {
    const name = cleanLine(raw);
    const key = foldVietnamese(name);
    if (name === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  return out;
}

/**
 * Splits a 'Lĩnh vực' cell. ';' always separates. Without ';', ',' separates too, except where the next
 * piece starts with a lower-case letter: Vietnamese field names such as "Phòng, chống bạo lực gia đình" or
 * "Phổ biến, giáo dục pháp luật" contain a comma, while a new field name starts with a capital.
 */
export function splitFields(cell: string): string[] {
  const text = cleanText(cell);
  if (text === '') return [];
  if (text.includes(';')) return cleanFields(text.split(';'));
  const pieces: string[] = [];
  for (const piece of text.split(',')) {
    const trimmed = piece.trim();
    const last = pieces.length - 1;
    if (last >= 0 && /^\p{Ll}/u.test(trimmed)) pieces[last] = `${pieces[last]}, ${trimmed}`;
    else pieces.push(trimmed);
  }
  return cleanFields(pieces);
}

/** Writes fields so that {@link splitFields} reads back exactly the same list. */
export function joinFields(fields: string[]): string {
  const joined = fields.join('; ');
  // A single name with a comma would otherwise be split by the comma rule.
  return fields.length === 1 && joined.includes(',') ? `${joined};` : joined;
}

const ARTICLE = /^((?:điểm\s+[\p{L}\d]+\s*,?\s+)?(?:khoản\s+\d+\s*,?\s+)?điều\s+\d+\p{Ll}?)(?=$|[\s,.;:–-])/iu;

/**
 * Splits a 'Căn cứ pháp lý' cell: a leading "Điều 8", "Khoản 1 Điều 8" or "Điểm a khoản 1 Điều 8" is the
 * article and the rest the document ("Điều 8 của Luật X" → 'Luật X'); otherwise all of it is the document.
 */
export function splitCitation(cell: string): { article: string; document: string } {
  const text = cleanText(cell);
  const match = ARTICLE.exec(text);
  if (!match?.[1]) return { article: '', document: text };
  let rest = text.slice(match[0].length);
  const separatedBySpaceOnly = /^\s/.test(rest) && !/^\s*[,.;:–-]/.test(rest);
  rest = rest.replace(/^[\s,.;:–-]+/, '');
  if (separatedBySpaceOnly) rest = rest.replace(/^của\s+/iu, '');
  return { article: cleanLine(match[1]), document: rest.trim() };
}

/** Writes a citation so that {@link splitCitation} gives back the same article and document. */
export function joinCitation(article: string, document: string): string {
  if (article && document) return `${article}, ${document}`;
  return article || document;
}

const DIFFICULTY_WORDS: Record<string, 1 | 2 | 3> = {
  '1': 1, de: 1, 'muc 1': 1,
  '2': 2, 'trung binh': 2, tb: 2, vua: 2, 'muc 2': 2,
  '3': 3, kho: 3, 'muc 3': 3,
};
export const DIFFICULTY_LABELS: Record<1 | 2 | 3, string> = { 1: 'Dễ', 2: 'Trung bình', 3: 'Khó' };

/** 'Dễ' / 'Trung bình' / 'Khó' or 1/2/3, any case and with or without diacritics; '' → null. */
export function parseDifficulty(cell: string): { value: 1 | 2 | 3 | null; error?: ItemError } {
  const folded = foldVietnamese(cell).replace(/\.0+$/, '');
  if (folded === '') return { value: null };
  const value = DIFFICULTY_WORDS[folded];
  if (value) return { value };
  return {
    value: null,
    error: { path: 'difficulty', message: `Độ khó '${cleanLine(cell)}' không hợp lệ (ghi Dễ, Trung bình, Khó hoặc 1, 2, 3)` },
  };
}

/**
 * Reads an answer cell ('B', 'A,C', 'A;C', 'AC', 'a c') into option indexes, checking each letter
 * against the options that exist.
 */
export function parseAnswerLetters(cell: string, optionCount: number): { indexes: number[]; errors: ItemError[] } {
  const text = cleanLine(cell).toUpperCase();
  if (text === '') return { indexes: [], errors: [{ path: 'answer', message: 'Chưa ghi đáp án' }] };
  const indexes: number[] = [];
  const errors: ItemError[] = [];
  for (const token of text.split(/[\s,;/+&]+/)) {
    const bare = token.replace(/[.)]+$/, '');
    if (bare === '') continue;
    if (!/^[A-Z]+$/.test(bare)) {
      errors.push({ path: 'answer', message: `Đáp án '${token}' không hợp lệ: hãy ghi chữ cái của phương án đúng, ví dụ B hoặc A,C` });
      continue;
    }
    for (const letter of bare) {
      const index = letter.charCodeAt(0) - 65;
      if (index >= optionCount) errors.push({ path: 'answer', message: `Đáp án '${letter}' không có phương án tương ứng (${lettersRange(optionCount)})` });
      else if (!indexes.includes(index)) indexes.push(index);
    }
  }
  if (indexes.length === 0 && errors.length === 0) errors.push({ path: 'answer', message: 'Chưa ghi đáp án' });
  return { indexes: indexes.sort((a, b) => a - b), errors };
}

/** Index of an option letter A–Z (any case), or -1. */
export const letterIndex = (letter: string): number => {
  const code = letter.toUpperCase().charCodeAt(0);
  return code >= 65 && code <= 90 ? code - 65 : -1;
};

/**
 * Collects a parser's output and enforces MAX_IMPORT_ITEMS: past it, one file error is recorded and
 * `add` returns false so the parser stops reading.
 */
export class ResultBuilder {
  readonly items: ParsedQuestion[] = [];
  readonly skipped: SkippedItem[] = [];
  readonly fileErrors: FileError[] = [];
  private full = false;

  constructor(readonly format: ImportFormat) {}

  get stopped(): boolean {
    return this.full;
  }

  private room(line: number): boolean {
    if (this.full) return false;
    if (this.items.length + this.skipped.length < MAX_IMPORT_ITEMS) return true;
    this.full = true;
    this.fileErrors.push({
      line,
      message: `Tệp có hơn ${MAX_IMPORT_ITEMS} câu hỏi; chỉ đọc ${MAX_IMPORT_ITEMS} câu đầu. Hãy chia tệp thành nhiều phần.`,
    });
    return false;
  }

  add(draft: QuestionDraft): boolean {
    if (!this.room(draft.line)) return false;
    this.items.push(finalizeQuestion(draft));
    return true;
  }

  skip(item: SkippedItem): boolean {
    if (!this.room(item.line)) return false;
    this.skipped.push(item);
    return true;
  }

  fileError(message: string, line?: number): void {
    this.fileErrors.push(line === undefined ? { message } : { line, message });
  }

  result(): ParseResult {
    return { format: this.format, items: this.items, skipped: this.skipped, fileErrors: this.fileErrors };
  }
}
