import { foldVietnamese } from '@thiphapluat/shared';
import type { ImportFormat } from './types.js';
import { readZipDirectory } from '../../../lib/spreadsheet.js';

const BY_EXTENSION: Record<string, ImportFormat | null> = {
  xlsx: 'xlsx', xlsm: 'xlsx', csv: 'csv', tsv: 'csv', gift: 'gift', xml: 'moodle-xml',
  // Known formats we cannot read: saying so beats guessing from their bytes.
  xls: null, doc: null, docx: null, pdf: null, odt: null, ods: null, zip: null, rtf: null,
};

const BY_CONTENT_TYPE: Record<string, ImportFormat> = {
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'text/csv': 'csv',
  'application/csv': 'csv',
  'text/tab-separated-values': 'csv',
  'application/xml': 'moodle-xml',
  'text/xml': 'moodle-xml',
};

/** Text sniffing needs only the start of the file. */
const SNIFF_BYTES = 64 * 1024;

function sniffText(bytes: Uint8Array): string | null {
  let sample = bytes.subarray(0, SNIFF_BYTES);
  let encoding = 'utf-8';
  if (sample[0] === 0xff && sample[1] === 0xfe) [encoding, sample] = ['utf-16le', sample.subarray(2)];
  else if (sample[0] === 0xfe && sample[1] === 0xff) [encoding, sample] = ['utf-16be', sample.subarray(2)];
  else if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) sample = sample.subarray(3);
  else if (sample.length >= 4 && sample[1] === 0 && sample[3] === 0 && sample[0] !== 0) encoding = 'utf-16le';
  const text = new TextDecoder(encoding).decode(sample);
  // Control characters other than tab and line breaks mean binary content, not a text format.
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f) control++;
  }
  return control > text.length / 1000 + 1 ? null : text;
}

// [ \t]* rather than \s*: \s would run across blank lines from every line start, quadratic on a file of newlines.
const GIFT_LINES = /^[ \t]*(?:::.*::|\$CATEGORY:)/m;

/** An answer block such as {T}, {=a ~b} or {~%50%a}, found in one pass so the cost stays linear. */
function hasGiftAnswerBlock(text: string): boolean {
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '{') open = i;
    else if (text[i] === '}' && open >= 0) {
      const inside = text.slice(open + 1, i);
      if (/^\s*(?:T|F|TRUE|FALSE)\s*(?:#|$)/.test(inside) || /(?:^|\s)[=~]/.test(inside)) return true;
      open = -1;
    }
  }
  return false;
}

const AIKEN_ANSWER = /^[ \t]*(?:ANSWER|đáp[ \t]*án(?:[ \t]*đúng)?)[ \t]*[:：][ \t]*[A-Ha-h]\b/imu;
const AIKEN_OPTION = /^[ \t]*[A-Ha-h][ \t]*[.)/][ \t]*\S/m;

/** Which text format these characters are, or null when they are not a question file at all. */
function sniffTextFormat(text: string): ImportFormat | null {
  const start = text.trimStart();
  if (/^<\?xml|^<quiz[\s>]/i.test(start)) return 'moodle-xml';
  // A header cell that is exactly "Câu hỏi" is a spreadsheet, even if a cell below contains GIFT-like braces.
  const firstLine = start.slice(0, start.search(/\r|\n|$/));
  const cells = firstLine.split(/[,;\t]/).map((c) => foldVietnamese(c.replace(/"/g, '')));
  if (cells.length >= 3 && cells.includes('cau hoi')) return 'csv';
  if (GIFT_LINES.test(text) || hasGiftAnswerBlock(text)) return 'gift';
  if (AIKEN_ANSWER.test(text) && AIKEN_OPTION.test(text)) return 'aiken';
  return 'csv';
}

/**
 * By extension first, then content type, then the bytes: a zip holding a workbook is xlsx, XML is Moodle
 * XML, `::`/`{…}` patterns are GIFT, answer lines are Aiken, other text is CSV. null for binary junk and
 * for formats we know we cannot read (.docx, .xls, .pdf…).
 */
export function detectFormat(bytes: Buffer, fileName?: string, contentType?: string): ImportFormat | null {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName ?? '')?.[1]?.toLowerCase();
  if (extension && extension in BY_EXTENSION) return BY_EXTENSION[extension] ?? null;
  const mime = contentType?.split(';')[0]?.trim().toLowerCase();
  if (mime && BY_CONTENT_TYPE[mime]) return BY_CONTENT_TYPE[mime];
  if (bytes.length === 0) return null;
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    const zip = readZipDirectory(bytes);
    // A damaged zip is most likely a damaged workbook: let the xlsx reader say so.
    if (!zip) return 'xlsx';
    return zip.names.some((n) => n.startsWith('xl/')) ? 'xlsx' : null;
  }
  const text = sniffText(bytes);
  return text === null ? null : sniffTextFormat(text);
}
