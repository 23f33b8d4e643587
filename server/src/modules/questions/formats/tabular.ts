import { foldVietnamese } from '@thiphapluat/shared';
import { parseAnswerLetters, parseDifficulty, splitCitation, splitFields, type QuestionDraft, type ResultBuilder } from './common.js';
import type { ItemError } from './types.js';

/** One spreadsheet row (xlsx) or CSV record, numbered as the spreadsheet shows it (header = row 1). */
export interface TableRow {
  number: number;
  width: number;
  /** The cell as text; `markdown` asks for rich text (bold, italic) to be kept as markdown. */
  cell(column: number, markdown: boolean): string;
}

type Role = 'text' | 'answer' | 'fields' | 'difficulty' | 'explanation' | 'citation' | 'title';

const ROLE_ALIASES: Record<Role, string[]> = {
  text: ['cau hoi', 'noi dung', 'noi dung cau hoi', 'cau hoi trac nghiem', 'question'],
  answer: ['dap an', 'dap an dung', 'answer', 'correct'],
  fields: ['linh vuc', 'linh vuc phap luat', 'chu de'],
  difficulty: ['do kho', 'muc do', 'muc do kho'],
  explanation: ['giai thich', 'giai thich dap an', 'explanation'],
  citation: ['can cu phap ly', 'can cu', 'can cu phap luat', 'trich dan'],
  title: ['tieu de', 'ten cau hoi', 'title'],
};
/** The names used in messages, as written in the template. */
const ROLE_NAMES: Record<Role, string> = {
  text: 'Câu hỏi', answer: 'Đáp án', fields: 'Lĩnh vực', difficulty: 'Độ khó', explanation: 'Giải thích',
  citation: 'Căn cứ pháp lý', title: 'Tiêu đề',
};
/** G and H are recognized only to report "at most 6 options" instead of silently dropping them. */
const OPTION_HEADERS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];

type Key = Role | `option:${number}`;

/** "Đáp án (A–F)*:" → "dap an": case, diacritics, notes in brackets and decorations do not matter. */
const canonicalHeader = (raw: string): string =>
  foldVietnamese(raw.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')).replace(/[*:.]+/g, ' ').replace(/\s+/g, ' ').trim();

function headerKey(raw: string): Key | null {
  const name = canonicalHeader(raw);
  if (name === '') return null;
  for (const [role, aliases] of Object.entries(ROLE_ALIASES) as [Role, string[]][]) if (aliases.includes(name)) return role;
  const option = /^(?:phuong an |dap an |lua chon |pa )?([a-h])$/.exec(name);
  return option?.[1] ? `option:${OPTION_HEADERS.indexOf(option[1])}` : null;
}

const keyName = (key: Key): string => (key.startsWith('option:') ? String.fromCharCode(65 + Number(key.slice(7))) : ROLE_NAMES[key as Role]);

interface Header {
  row: number;
  columns: Map<Key, number>;
}

const HEADER_SEARCH_ROWS = 10;

/**
 * The header is the first row (of the first ten) naming at least two known columns; organizers often put a
 * title row above it. Missing required columns and repeated columns are file errors.
 */
function findHeader(rows: TableRow[], builder: ResultBuilder): Header | null {
  const candidate = rows.find((row) => countKnown(row) >= 2) ?? rows.find((row) => countKnown(row) >= 1) ?? rows[0];
  if (!candidate) {
    builder.fileError('Tệp trống: không có dòng tiêu đề cột nào.');
    return null;
  }
  const columns = new Map<Key, number>();
  let ok = true;
  for (let c = 0; c < candidate.width; c++) {
    const key = headerKey(candidate.cell(c, false));
    if (!key) continue;
    const first = columns.get(key);
    if (first !== undefined) {
      builder.fileError(`Cột '${keyName(key)}' xuất hiện hai lần (cột thứ ${first + 1} và ${c + 1})`, candidate.number);
      ok = false;
    } else columns.set(key, c);
  }
  for (const required of ['text', 'option:0', 'option:1', 'answer'] as Key[])
    if (!columns.has(required)) {
      builder.fileError(`Thiếu cột '${keyName(required)}'`, candidate.number);
      ok = false;
    }
  return ok ? { row: candidate.number, columns } : null;
}

/** Whether one of these rows looks like the template's header (two or more known column names). */
export const hasHeaderRow = (rows: TableRow[]): boolean => rows.some((row) => countKnown(row) >= 2);

function countKnown(row: TableRow): number {
  let n = 0;
  for (let c = 0; c < row.width; c++) if (headerKey(row.cell(c, false))) n++;
  return n;
}

/** Turns one data row into a draft; null for a row with nothing in any known column. */
function rowToDraft(row: TableRow, header: Header): QuestionDraft | null {
  const get = (key: Key, markdown = false): string => {
    const column = header.columns.get(key);
    return column === undefined ? '' : row.cell(column, markdown);
  };
  const raw = [...header.columns.keys()].map((key) => get(key).trim());
  if (raw.every((v) => v === '')) return null;

  const errors: ItemError[] = [];
  const optionCells = OPTION_HEADERS.map((_, i) => get(`option:${i}`).trim());
  let last = -1;
  optionCells.forEach((v, i) => (last = v !== '' ? i : last));
  // Gaps stay as empty options so letters keep pointing at their columns; the empty one is reported.
  const texts = optionCells.slice(0, last + 1);
  const answer = parseAnswerLetters(get('answer'), texts.length);
  errors.push(...answer.errors);
  const difficulty = parseDifficulty(get('difficulty'));
  if (difficulty.error) errors.push(difficulty.error);
  const citation = splitCitation(get('citation'));
  return {
    line: row.number,
    title: get('title') || null,
    text: get('text', true),
    options: texts.map((text, i) => ({ text, correct: answer.indexes.includes(i) })),
    explanation: get('explanation', true),
    citationArticle: citation.article,
    citationDocument: citation.document,
    fields: splitFields(get('fields')),
    difficulty: difficulty.value,
    errors,
  };
}

/** Reads a sheet of questions (xlsx or csv) into the builder; stops at MAX_IMPORT_ITEMS. */
export function parseTable(rows: Iterable<TableRow>, builder: ResultBuilder): void {
  const head: TableRow[] = [];
  const iterator = rows[Symbol.iterator]();
  while (head.length < HEADER_SEARCH_ROWS) {
    const next = iterator.next();
    if (next.done) break;
    head.push(next.value);
  }
  const header = findHeader(head, builder);
  if (!header) return;
  const consume = (row: TableRow): boolean => {
    if (row.number <= header.row) return true;
    const draft = rowToDraft(row, header);
    return draft === null || builder.add(draft);
  };
  for (const row of head) if (!consume(row)) return;
  for (let next = iterator.next(); !next.done; next = iterator.next()) if (!consume(next.value)) return;
}
