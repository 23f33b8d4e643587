/** The file formats a question bank can be imported from. */
export type ImportFormat = 'xlsx' | 'csv' | 'gift' | 'moodle-xml' | 'aiken';

/** What is wrong with one item. `path` is zod-style: 'text', 'options', 'options.2' (0-based), 'answer', 'difficulty'. */
export interface ItemError {
  path: string;
  message: string;
}

export interface ParsedOption {
  text: string;
  correct: boolean;
}

export interface ParsedQuestion {
  /** 1-based line (text formats) or spreadsheet row where the item starts. */
  line: number;
  title: string | null;
  /** Limited markdown (bold, italic, lists, line breaks). HTML from Moodle is converted to it, never passed through. */
  text: string;
  options: ParsedOption[];
  /** '' when none. */
  explanation: string;
  /** e.g. 'Luật Hôn nhân và gia đình 2014'; '' when none. */
  citationDocument: string;
  /** e.g. 'Điều 8' or 'Khoản 1 Điều 8'; '' when none. */
  citationArticle: string;
  /** Legal field names (or codes) as written in the file: 'Lĩnh vực' column, GIFT/XML $CATEGORY last segment. */
  fields: string[];
  /** null = not given. */
  difficulty: 1 | 2 | 3 | null;
  /** Empty when the item is importable. */
  errors: ItemError[];
}

/** A question of a type a timed multiple-choice contest cannot run (essay, matching, …), reported rather than dropped. */
export interface SkippedItem {
  line: number;
  kind: string;
  reason: string;
}

/** A problem with the file as a whole (encoding, header, syntax), with its line when known. */
export interface FileError {
  line?: number;
  message: string;
}

export interface ParseResult {
  format: ImportFormat;
  items: ParsedQuestion[];
  skipped: SkippedItem[];
  fileErrors: FileError[];
}

/** A bank question as written by the exporters: always complete, difficulty always known. */
export interface ExportQuestion {
  title: string | null;
  text: string;
  options: ParsedOption[];
  explanation: string;
  citationDocument: string;
  citationArticle: string;
  fields: string[];
  difficulty: 1 | 2 | 3;
}

/** More items than this in one file is a file error and parsing stops, so memory stays bounded. */
export const MAX_IMPORT_ITEMS = 5000;
export const MIN_OPTIONS = 2;
export const MAX_OPTIONS = 6;
export const MAX_TEXT_LENGTH = 2000;
export const MAX_OPTION_LENGTH = 500;
