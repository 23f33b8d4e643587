import type { ExportFormat } from '@thiphapluat/shared';
import type { Report, RowTick } from '../report.js';
import { writeCsv } from './csv.js';
import { writeHtml } from './html.js';
import { writeXlsx } from './xlsx.js';

export const WRITERS: Record<ExportFormat, (report: Report, path: string, tick: RowTick) => Promise<void>> = {
  xlsx: writeXlsx,
  csv: writeCsv,
  html: writeHtml,
};

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  html: 'text/html; charset=utf-8',
};

export const EXTENSIONS: Record<ExportFormat, string> = { xlsx: 'xlsx', csv: 'csv', html: 'html' };
