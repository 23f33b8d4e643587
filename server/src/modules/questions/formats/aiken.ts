import { parseAnswerLetters, ResultBuilder, letterIndex, optionLetter } from './common.js';
import { decodeText } from '../../../lib/spreadsheet.js';
import type { ItemError, ParseResult } from './types.js';

/** "A. text", "A) text", "a/ text"; letters past F are read so that a 7th option is reported, not swallowed. */
const OPTION = /^\s*([A-Ha-h])\s*[.)/]\s*(.*)$/;
/** "ANSWER: B", "Đáp án: b", "Đáp án đúng: A, C" (organizers paste from Word). */
const ANSWER = /^\s*(?:ANSWER|đáp\s*án(?:\s*đúng)?)\s*[:：]\s*(.*)$/iu;
/** "Câu 1:", "Câu 12.", "Câu hỏi 3)" numbering from Word, removed from the text. */
const NUMBERING = /^\s*câu(?:\s*hỏi)?\s*\d+\s*[:.)-]\s*/iu;

interface Pending {
  line: number;
  text: string[];
  options: { letter: string; text: string }[];
  errors: ItemError[];
  /** A blank line was seen since the last option, so a plain line now starts a new question. */
  gap: boolean;
}

/**
 * Aiken, read leniently: question lines, lettered options, then the answer line. A question that ends
 * without an answer line, or whose answer names a letter with no option, gets an error with its line.
 */
export function parseAiken(bytes: Uint8Array): ParseResult {
  const builder = new ResultBuilder('aiken');
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    builder.fileError(decoded.message, decoded.line);
    return builder.result();
  }
  const lines = decoded.text.replace(/^\ufeff/, '').normalize('NFC').split(/\r\n|\r|\n/);
  let pending: Pending | null = null;

  const finish = (answer: string | null): boolean => {
    const q = pending;
    pending = null;
    if (!q) return true;
    const errors = [...q.errors];
    let correct: number[] = [];
    if (answer === null) errors.push({ path: 'answer', message: `Câu hỏi ở dòng ${q.line} thiếu dòng 'ANSWER:' (hoặc 'Đáp án:')` });
    else {
      const parsed = parseAnswerLetters(answer, q.options.length);
      errors.push(...parsed.errors);
      correct = parsed.indexes;
    }
    return builder.add({
      line: q.line,
      text: q.text.join('\n').replace(NUMBERING, ''),
      options: q.options.map((o, i) => ({ text: o.text, correct: correct.includes(i) })),
      errors,
    });
  };

  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] as string;
    const number = i + 1;
    if (raw.trim() === '') {
      if (pending) pending.gap = true;
      continue;
    }
    const answer = ANSWER.exec(raw);
    if (answer) {
      if (!pending) builder.fileError(`Dòng ${number}: dòng đáp án không thuộc câu hỏi nào`, number);
      else if (!finish(answer[1] as string)) break;
      continue;
    }
    const p: Pending | null = pending;
    // The first line of a question is always its text, even if it happens to start like an option.
    const option = p ? OPTION.exec(raw) : null;
    if (p && option) {
      const letter = (option[1] as string).toUpperCase();
      const expected = optionLetter(p.options.length);
      if (letterIndex(letter) !== p.options.length)
        p.errors.push({ path: `options.${p.options.length}`, message: `Dòng ${number}: phương án '${letter}' không theo thứ tự (cần '${expected}')` });
      p.options.push({ letter, text: option[2] as string });
      p.gap = false;
      continue;
    }
    const startsNew = !p || NUMBERING.test(raw) || (p.options.length > 0 && p.gap);
    if (startsNew) {
      if (p && !finish(null)) break;
      pending = { line: number, text: [raw.trim()], options: [], errors: [], gap: false };
      continue;
    }
    // A line after the options without a blank line before it continues the last option (wrapped in Word).
    const lastOption = p.options.at(-1);
    if (lastOption) lastOption.text += `\n${raw.trim()}`;
    else p.text.push(raw.trim());
  }
  if (pending) finish(null);
  return builder.result();
}
