import ExcelJS from 'exceljs';

// Reading uploaded spreadsheets (CSV and xlsx) into plain text cells. Knows nothing about what the rows mean:
// the question and unit importers each read their own columns out of these cells.

// ---- Text ----------------------------------------------------------------------------------------------

/** Result of turning uploaded bytes into text: the text, or why it cannot be read. */
export type Decoded = { ok: true; text: string } | { ok: false; line: number; message: string };

/**
 * Offset of the first byte that does not belong to a well-formed UTF-8 sequence, or -1.
 * Overlong forms, surrogates and code points past U+10FFFF are rejected as TextDecoder's fatal mode does,
 * but we also learn where, so the error can name a line.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    let need: number;
    let min: number;
    let cp: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min, cp] = [1, 0x80, b & 0x1f];
    else if (b >= 0xe0 && b <= 0xef) [need, min, cp] = [2, 0x800, b & 0x0f];
    else if (b >= 0xf0 && b <= 0xf4) [need, min, cp] = [3, 0x10000, b & 0x07];
    else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

const lineAt = (bytes: Uint8Array, offset: number): number => {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
};

/** UTF-16 without a BOM still shows itself: in Vietnamese or ASCII text most high bytes are 0. */
function looksUtf16le(bytes: Uint8Array): boolean {
  const sample = Math.min(bytes.length, 4096) & ~1;
  if (sample < 4) return false;
  let zeroOdd = 0;
  let zeroEven = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i + 1] === 0) zeroOdd++;
    if (bytes[i] === 0) zeroEven++;
  }
  return zeroOdd > sample / 2 / 2 && zeroEven < sample / 2 / 20;
}

export const NOT_UTF8_MESSAGE =
  "Tệp không phải mã UTF-8 (có thể là Windows-1258, TCVN3 hoặc VNI), nên chữ tiếng Việt sẽ bị lỗi phông. " +
  "Trong Excel, chọn Tệp → Lưu thành → kiểu 'CSV UTF-8 (Comma delimited) (*.csv)' rồi tải tệp đó lên; " +
  "với Notepad, chọn Lưu thành với Encoding 'UTF-8'.";

/**
 * Reads text the way organizers' tools write it: UTF-8 with or without BOM, UTF-16LE/BE with BOM
 * (Excel's "Unicode text"), UTF-16LE without BOM. Anything else is refused rather than imported as mojibake.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeUtf8(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  if (looksUtf16le(bytes)) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes) };
  return decodeUtf8(bytes);
}

function decodeUtf8(bytes: Uint8Array): Decoded {
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    const line = lineAt(bytes, bad);
    return { ok: false, line, message: `${NOT_UTF8_MESSAGE} (Ký tự lỗi đầu tiên ở dòng ${line}.)` };
  }
  return { ok: true, text: new TextDecoder('utf-8').decode(bytes) };
}

// ---- CSV -----------------------------------------------------------------------------------------------

const DELIMITERS = [',', ';', '\t'] as const;

/**
 * Excel writes ';' where the decimal separator is ',' (Vietnamese Windows), ',' elsewhere, and a tab in
 * "Unicode text"; the header line shows which one: the candidate that splits it most outside quotes.
 */
function sniffDelimiter(firstLine: string): string {
  let best: string = ',';
  let bestCount = 0;
  for (const d of DELIMITERS) {
    let count = 0;
    let quoted = false;
    for (const ch of firstLine) {
      if (ch === '"') quoted = !quoted;
      else if (!quoted && ch === d) count++;
    }
    if (count > bestCount) [best, bestCount] = [d, count];
  }
  return best;
}

/** A CSV file's records; `error` when a quote is never closed, after the records read before it. */
export interface CsvRecords {
  records: string[][];
  error?: { line: number; message: string };
}

/**
 * RFC 4180 records of decoded CSV text: quoted fields may hold delimiters, doubled quotes and line breaks
 * (CRLF, LF or CR). The delimiter is Excel's "sep=" hint line when there is one, else sniffed from the first line.
 */
export function csvRecords(input: string): CsvRecords {
  let text = input.replace(/^\ufeff/, '');
  // Excel's own hint line, "sep=;", names the delimiter and is not a row.
  const hint = /^sep=(.)\r?\n/i.exec(text);
  if (hint) text = text.slice(hint[0].length);
  const delimiter = hint?.[1] ?? sniffDelimiter(text.slice(0, text.search(/\r|\n|$/)));

  const records: string[][] = [];
  const n = text.length;
  let i = 0;
  let line = 1;
  while (i < n) {
    const fields: string[] = [];
    for (;;) {
      let field = '';
      if (text[i] === '"') {
        const quoteLine = line;
        i++;
        for (;;) {
          if (i >= n) {
            const message = `Dấu ngoặc kép mở ở dòng ${quoteLine} không được đóng; tệp CSV bị cắt hoặc sai định dạng.`;
            return { records, error: { line: quoteLine, message } };
          }
          const ch = text[i] as string;
          if (ch === '"') {
            if (text[i + 1] === '"') {
              field += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) line++;
          field += ch;
          i++;
        }
      }
      // Unquoted text, or stray text after a closing quote, which Excel keeps as is.
      while (i < n && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r') field += text[i++];
      fields.push(field);
      if (i < n && text[i] === delimiter) {
        i++;
        continue;
      }
      if (text[i] === '\r') i++;
      if (text[i] === '\n') i++;
      line++;
      break;
    }
    records.push(fields);
  }
  return { records };
}

// ---- xlsx ----------------------------------------------------------------------------------------------

/** What the central directory of a zip (xlsx) says about it, read without inflating anything. */
export interface ZipSummary {
  names: string[];
  uncompressedBytes: number;
}

const EOCD = 0x06054b50;
const CENTRAL_ENTRY = 0x02014b50;

/**
 * Reads a zip's central directory. null when the bytes are not a complete zip (not a zip, truncated):
 * a truncated upload loses the directory at the end, so this catches it before any parser runs.
 * Knowing the uncompressed size up front lets a zip bomb be refused instead of inflated.
 */
export function readZipDirectory(bytes: Uint8Array): ZipSummary | null {
  if (bytes.length < 22) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= lowest; i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const entries = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  if (offset + size > eocd) return null;
  const names: string[] = [];
  let uncompressedBytes = 0;
  let p = offset;
  const decoder = new TextDecoder();
  for (let k = 0; k < entries; k++) {
    if (p + 46 > eocd || view.getUint32(p, true) !== CENTRAL_ENTRY) return null;
    const uncompressed = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    // 0xFFFFFFFF means a ZIP64 size: more than any spreadsheet we import can honestly need.
    uncompressedBytes += uncompressed === 0xffffffff ? Number.MAX_SAFE_INTEGER / 2 : uncompressed;
    names.push(decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength)));
    p += 46 + nameLength + extraLength + commentLength;
  }
  return { names, uncompressedBytes };
}

/** Far above a 5000-row sheet, far below what would exhaust memory once exceljs inflates it. */
export const MAX_XLSX_UNCOMPRESSED_BYTES = 64 * 1024 * 1024;

export const XLSX_CORRUPT_MESSAGE =
  'Tệp Excel bị hỏng hoặc không phải định dạng .xlsx (có thể tệp bị cắt khi tải lên). Hãy mở tệp bằng Excel, lưu lại dạng "Excel Workbook (*.xlsx)" rồi tải lên lại.';

export type LoadedXlsx = { ok: true; sheets: [ExcelJS.Worksheet, ...ExcelJS.Worksheet[]] } | { ok: false; message: string };

/**
 * Opens an xlsx upload. A 2 MiB upload can inflate to gigabytes (a zip bomb), so the zip's directory is read
 * first and a workbook that would inflate past MAX_XLSX_UNCOMPRESSED_BYTES is refused before exceljs sees it.
 */
export async function loadXlsx(bytes: Uint8Array): Promise<LoadedXlsx> {
  const zip = readZipDirectory(bytes);
  if (!zip) return { ok: false, message: XLSX_CORRUPT_MESSAGE };
  if (zip.uncompressedBytes > MAX_XLSX_UNCOMPRESSED_BYTES) return { ok: false, message: 'Tệp Excel quá lớn khi giải nén; hãy chia thành nhiều tệp nhỏ hơn.' };
  // A zip that is not a workbook, like a .docx renamed to .xlsx.
  if (!zip.names.includes('xl/workbook.xml')) return { ok: false, message: XLSX_CORRUPT_MESSAGE };
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as its own Buffer (an ArrayBuffer); at run time it takes a Node Buffer.
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    return { ok: false, message: XLSX_CORRUPT_MESSAGE };
  }
  const [first, ...rest] = workbook.worksheets;
  if (!first) return { ok: false, message: 'Tệp Excel không có trang tính nào.' };
  return { ok: true, sheets: [first, ...rest] };
}

/**
 * Any exceljs cell value as the text a person sees in the cell (formula results, hyperlinks, rich text).
 * `richText` formats rich text runs (e.g. as markdown); without it their plain text is joined.
 */
export function cellText(value: ExcelJS.CellValue | undefined, richText?: (runs: ExcelJS.RichText[]) => string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  // Excel turns a typed "01/7/2024" into a date; give it back the way a Vietnamese reader writes dates.
  if (value instanceof Date) return `${String(value.getUTCDate()).padStart(2, '0')}/${String(value.getUTCMonth() + 1).padStart(2, '0')}/${value.getUTCFullYear()}`;
  if ('richText' in value) return richText ? richText(value.richText) : value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellText((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue, richText);
  if ('hyperlink' in value) return cellText(value.text as ExcelJS.CellValue, richText);
  return ''; // error values such as #N/A carry no text
}

/** A sheet row as text cells, numbered as the spreadsheet shows it (first row = 1). */
export interface SheetRow {
  row: number;
  cells: string[];
}

/** The first sheet of an xlsx upload as text rows; rows the file does not have at all are left out. */
export async function xlsxRows(bytes: Uint8Array, opts: { maxColumns?: number } = {}): Promise<{ ok: true; rows: SheetRow[] } | { ok: false; message: string }> {
  const loaded = await loadXlsx(bytes);
  if (!loaded.ok) return loaded;
  const sheet = loaded.sheets[0];
  const rows: SheetRow[] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.findRow(r);
    if (!row) continue;
    const width = Math.min(row.cellCount, opts.maxColumns ?? Infinity);
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellText(row.findCell(c)?.value));
    rows.push({ row: r, cells });
  }
  return { ok: true, rows };
}
