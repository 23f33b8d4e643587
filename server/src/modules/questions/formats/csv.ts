import { csvRecords, decodeText } from '../../../lib/spreadsheet.js';
import { ResultBuilder } from './common.js';
import { parseTable, type TableRow } from './tabular.js';
import type { ParseResult } from './types.js';

/** CSV (UTF-8 with or without BOM, UTF-16 with BOM) with the template's Vietnamese headers. */
export function parseCsv(bytes: Uint8Array): ParseResult {
  const builder = new ResultBuilder('csv');
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    builder.fileError(decoded.message, decoded.line);
    return builder.result();
  }
  const { records, error } = csvRecords(decoded.text);

  function* rows(): Generator<TableRow> {
    let number = 0;
    for (const fields of records) {
      number++;
      yield { number, width: fields.length, cell: (column) => fields[column] ?? '' };
    }
    // Reported where the parser meets it: after the rows before it, and not at all once the item limit stops reading.
    if (error) builder.fileError(error.message, error.line);
  }
  parseTable(rows(), builder);
  return builder.result();
}
