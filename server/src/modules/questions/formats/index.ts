import { parseAiken } from './aiken.js';
import { parseCsv } from './csv.js';
import { parseGift } from './gift.js';
import { parseMoodleXml } from './moodle-xml.js';
import type { ImportFormat, ParseResult } from './types.js';
import { parseXlsx } from './xlsx.js';

export * from './types.js';
export { detectFormat } from './detect.js';
export { exportGift } from './gift-export.js';
export { exportXlsx, xlsxTemplate } from './xlsx-export.js';

/**
 * Reads a question file. Never throws on bad input: everything wrong is reported in fileErrors,
 * items[].errors or skipped, so the preview can show all of it at once.
 */
export async function parseQuestionFile(bytes: Buffer, format: ImportFormat): Promise<ParseResult> {
  try {
    switch (format) {
      case 'xlsx':
        return await parseXlsx(bytes);
      case 'csv':
        return parseCsv(bytes);
      case 'gift':
        return parseGift(bytes);
      case 'moodle-xml':
        return parseMoodleXml(bytes);
      case 'aiken':
        return parseAiken(bytes);
    }
  } catch (error) {
    // A parser bug must still not turn one bad upload into a 500; the message is kept for the report.
    return { format, items: [], skipped: [], fileErrors: [{ message: `Không đọc được tệp: ${(error as Error).message}` }] };
  }
}
