import type ExcelJS from 'exceljs';
import { cellText, loadXlsx } from '../../../lib/spreadsheet.js';
import { ResultBuilder } from './common.js';
import { wrapLines } from './html.js';
import { hasHeaderRow, parseTable, type TableRow } from './tabular.js';
import type { ParseResult } from './types.js';

/** Rich text runs as limited markdown: bold → **, italic → *; adjacent runs of one style are merged first. */
function richToMarkdown(runs: ExcelJS.RichText[]): string {
  const merged: { text: string; marker: string }[] = [];
  for (const run of runs) {
    const marker = (run.font?.bold ? '**' : '') + (run.font?.italic ? '*' : '');
    const last = merged.at(-1);
    if (last && last.marker === marker) last.text += run.text;
    else merged.push({ text: run.text, marker });
  }
  return merged.map((m) => wrapLines(m.text, m.marker)).join('');
}

function* sheetRows(sheet: ExcelJS.Worksheet): Generator<TableRow> {
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.findRow(r);
    if (!row) continue;
    yield { number: r, width: row.cellCount, cell: (column, markdown) => cellText(row.findCell(column + 1)?.value, markdown ? richToMarkdown : undefined) };
  }
}

/** xlsx with the template's Vietnamese headers, in any column order, on the first sheet that has them. */
export async function parseXlsx(bytes: Uint8Array): Promise<ParseResult> {
  const builder = new ResultBuilder('xlsx');
  const loaded = await loadXlsx(bytes);
  if (!loaded.ok) {
    builder.fileError(loaded.message);
    return builder.result();
  }
  const { sheets } = loaded;
  const sheet = sheets.find((s) => hasHeaderRow([...take(sheetRows(s), 10)])) ?? sheets[0];
  parseTable(sheetRows(sheet), builder);
  return builder.result();
}

function* take<T>(items: Iterable<T>, count: number): Generator<T> {
  if (count <= 0) return;
  let n = 0;
  for (const item of items) {
    yield item;
    if (++n >= count) return;
  }
}
