import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { fileSink } from './sink.js';
import { excelDate, formatVnDateTime, type CellType, type Report, type RowTick } from '../report.js';

/**
 * Number formats. Excel shows the separators of the reader's locale, so `#,##0` reads 1.234 on a
 * Vietnamese machine; dates are day first as in Vietnam.
 */
const NUM_FMT: Partial<Record<CellType, string>> = {
  int: '#,##0',
  decimal: '#,##0.00',
  percent: '0.0%',
  datetime: 'dd/mm/yyyy hh:mm',
  duration: '[m]:ss',
};

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } };
const HEADER_FONT: Partial<ExcelJS.Font> = { bold: true, color: { argb: 'FFFFFFFF' }, name: 'Times New Roman', size: 12 };
const BODY_FONT: Partial<ExcelJS.Font> = { name: 'Times New Roman', size: 12 };
const MS_PER_DAY = 86_400_000;
/** Rows between two waits for the zip to catch up. */
const ROWS_PER_CHECK = 1000;

/**
 * exceljs's sheet stream hands its data to the zip (deflate) without waiting for it, so on a busy
 * machine the XML piles up in memory faster than it is compressed. This waits until the zip has taken
 * what it was given (or, for a sheet whose turn in the zip has not come, until it is piped).
 */
async function zipCaughtUp(sheet: ExcelJS.Worksheet, failed: Promise<never>): Promise<void> {
  const stream = (sheet as unknown as { stream: { pipes: LegacyWritable[] } }).stream;
  for (;;) {
    // The zip's streams come from readable-stream 2, which has no writableNeedDrain; its state says it.
    const full = stream.pipes.find((p) => p.writableNeedDrain ?? p._writableState?.needDrain);
    if (stream.pipes.length > 0 && !full) return;
    await Promise.race([full ? once(full, 'drain') : sleep(5), failed]);
  }
}

type LegacyWritable = Writable & { _writableState?: { needDrain: boolean } };

/** Sheet names: at most 31 characters, none of []:*?/\, unique in the workbook. */
function sheetName(name: string, taken: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, ' ').trim().slice(0, 31) || 'Trang';
  let candidate = base;
  for (let i = 2; taken.has(candidate.toLowerCase()); i++) candidate = `${base.slice(0, 27)} (${i})`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

/**
 * Writes the report with exceljs's streaming writer: each row is committed (serialized into the zip
 * stream) as soon as it is added, so memory stays flat however many rows there are. One sheet per
 * section, a styled and frozen header row, column widths, Vietnamese number and date formats.
 */
export async function writeXlsx(report: Report, path: string, tick: RowTick): Promise<void> {
  // Our own file stream, watched from the start: exceljs listens for errors only once it finalizes, so a
  // write error before that (a full disk) would otherwise be an unhandled 'error' event.
  const out = fileSink(path);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out.stream, useStyles: true, useSharedStrings: false });
  workbook.creator = report.organization;
  workbook.created = new Date(report.generatedAt);
  workbook.title = report.title;
  const taken = new Set<string>();
  for (const section of report.sections) {
    const sheet = workbook.addWorksheet(sheetName(section.name, taken), {
      views: [{ state: 'frozen', ySplit: 1 }],
      properties: { defaultRowHeight: 18 },
      pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    });
    sheet.columns = section.columns.map((c) => ({
      header: c.header,
      width: c.width,
      style: { font: BODY_FONT, ...(NUM_FMT[c.type] ? { numFmt: NUM_FMT[c.type] } : {}) },
    }));
    const header = sheet.getRow(1);
    header.eachCell((cell) => {
      cell.fill = HEADER_FILL;
      cell.font = HEADER_FONT;
      cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
      cell.border = { bottom: { style: 'thin', color: { argb: 'FF000000' } } };
    });
    header.height = 32;
    header.commit();
    const types = section.columns.map((c) => c.type);
    let written = 0;
    for (const row of section.rows) {
      sheet
        .addRow(
          row.map((v, i) => {
            if (v === null || typeof v === 'string') return v;
            if (types[i] === 'datetime') return excelDate(v);
            if (types[i] === 'duration') return v / MS_PER_DAY;
            return v;
          }),
        )
        .commit();
      if (out.failure) throw out.failure;
      if (++written % ROWS_PER_CHECK === 0) await zipCaughtUp(sheet, out.failed);
      await tick();
    }
    if (section.note) {
      sheet.addRow([]).commit();
      sheet.addRow([section.note]).commit();
    }
    sheet.addRow([`${report.organization} — xuất lúc ${formatVnDateTime(report.generatedAt)}`]).commit();
    sheet.commit();
  }
  await Promise.race([workbook.commit(), out.failed]);
  await out.close();
}
