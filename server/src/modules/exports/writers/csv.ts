import { fileSink } from './sink.js';
import { cellText, type Report, type RowTick } from '../report.js';

/** RFC 4180 quoting; a leading = + - @ is prefixed with ' so a spreadsheet never runs it as a formula. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value;
  return /[",\r\n;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * UTF-8 with a BOM (without it Excel reads the file as the machine's code page and the diacritics
 * break), CRLF line ends. Several sections follow one another, each under its title line.
 */
export async function writeCsv(report: Report, path: string, tick: RowTick): Promise<void> {
  const out = fileSink(path);
  try {
    await out.write('\uFEFF');
    const many = report.sections.length > 1;
    for (const [index, section] of report.sections.entries()) {
      if (many) await out.write(`${index > 0 ? '\r\n' : ''}${csvField(section.title)}\r\n`);
      await out.write(`${section.columns.map((c) => csvField(c.header)).join(',')}\r\n`);
      const types = section.columns.map((c) => c.type);
      for (const row of section.rows) {
        await out.write(`${row.map((v, i) => csvField(cellText(v, types[i]!, 'plain'))).join(',')}\r\n`);
        await tick();
      }
      if (section.note) await out.write(`\r\n${csvField(section.note)}\r\n`);
    }
  } finally {
    await out.close();
  }
}
