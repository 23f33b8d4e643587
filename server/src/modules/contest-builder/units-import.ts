import { foldVietnamese, normalizeText, UNIT_IMPORT_LIMITS, unitImportHeadersVi, type UnitImportPreviewRow, type UnitImportRow } from '@thiphapluat/shared';
import { AppError } from '../../errors.js';
import { csvRecords, decodeText, xlsxRows, type SheetRow } from '../../lib/spreadsheet.js';

type Column = keyof typeof unitImportHeadersVi;
const REQUIRED: Column[] = ['code', 'name', 'kind', 'parentCode'];

export interface RawUnitRow {
  row: number;
  cells: Partial<Record<Column, string>>;
}

const unsupported = (message: string) => new AppError('UNSUPPORTED_FILE', 400, message);

/** Text records of a CSV upload; text that is not UTF-8/UTF-16, or is binary, is refused rather than guessed. */
function readCsv(buf: Buffer): SheetRow[] {
  const decoded = decodeText(buf);
  if (!decoded.ok) throw unsupported(decoded.message);
  if (decoded.text.includes('\0')) throw unsupported('Tệp không phải văn bản CSV. Hãy dùng tệp .xlsx hoặc .csv (UTF-8).');
  const { records, error } = csvRecords(decoded.text);
  if (error) throw unsupported(error.message);
  return records.map((cells, i) => ({ row: i + 1, cells }));
}

async function readXlsx(buf: Buffer): Promise<SheetRow[]> {
  const read = await xlsxRows(buf, { maxColumns: 30 });
  if (!read.ok) throw unsupported(read.message);
  return read.rows;
}

/**
 * Reads an uploaded unit list (xlsx, or csv with `,` `;` or tab) into rows keyed by column, numbered
 * as a spreadsheet shows them (header = 1). The header is the first non-empty row and must have the
 * Vietnamese column names (matched without diacritics or case); a missing column is 400 IMPORT_INVALID.
 */
export async function readUnitFile(buf: Buffer, fileName: string): Promise<{ format: 'xlsx' | 'csv'; rows: RawUnitRow[] }> {
  const zip = buf.length >= 4 && buf.readUInt32LE(0) === 0x04034b50;
  if (buf.length >= 4 && buf.readUInt32BE(0) === 0xd0cf11e0) throw unsupported('Tệp .xls (Excel 97-2003) không được hỗ trợ. Hãy lưu lại dưới dạng .xlsx.');
  if (!zip && /\.xlsx$/i.test(fileName)) throw unsupported('Tệp có đuôi .xlsx nhưng không phải tệp Excel hợp lệ.');
  const format = zip ? 'xlsx' : 'csv';
  const records = zip ? await readXlsx(buf) : readCsv(buf);
  const headerAt = records.findIndex((r) => r.cells.some((c) => c.trim() !== ''));
  if (headerAt < 0) throw new AppError('IMPORT_INVALID', 400, 'Tệp trống: không có dòng tiêu đề nào.', [{ path: 'header', message: 'Tệp trống.' }]);
  const header = (records[headerAt]?.cells ?? []).map((h) => foldVietnamese(h));
  const index = new Map<Column, number>();
  for (const [key, label] of Object.entries(unitImportHeadersVi) as [Column, string][]) {
    const at = header.indexOf(foldVietnamese(label));
    if (at >= 0) index.set(key, at);
  }
  const missing = REQUIRED.filter((k) => !index.has(k));
  if (missing.length > 0) {
    throw new AppError(
      'IMPORT_INVALID',
      400,
      `Dòng tiêu đề thiếu cột: ${missing.map((k) => `"${unitImportHeadersVi[k]}"`).join(', ')}. Các cột cần có: ${REQUIRED.map((k) => unitImportHeadersVi[k]).join(', ')} và (không bắt buộc) ${unitImportHeadersVi.population}.`,
      missing.map((k) => ({ path: `header.${k}`, message: `Thiếu cột "${unitImportHeadersVi[k]}".` })),
    );
  }
  const rows: RawUnitRow[] = [];
  for (const r of records.slice(headerAt + 1)) {
    if (!r.cells.some((c) => c.trim() !== '')) continue;
    const cells: RawUnitRow['cells'] = {};
    for (const [key, at] of index) cells[key] = (r.cells[at] ?? '').trim();
    rows.push({ row: r.row, cells });
  }
  if (rows.length > UNIT_IMPORT_LIMITS.rows) {
    throw new AppError('IMPORT_INVALID', 400, `Tệp có ${rows.length} dòng; mỗi lần nhập tối đa ${UNIT_IMPORT_LIMITS.rows} dòng.`, [{ path: 'rows', message: 'Quá nhiều dòng.' }]);
  }
  return { format, rows };
}

const KIND_WORDS: [string[], string][] = [
  [['tinh', 'thanh pho', 'tinh, thanh pho', 'province'], 'province'],
  [['phuong', 'ward'], 'ward'],
  [['xa', 'commune'], 'commune'],
  [['dac khu', 'special_zone'], 'special_zone'],
  [['co quan', 'agency'], 'agency'],
  [['phong', 'ban', 'so', 'phong, ban', 'department'], 'department'],
  [['truong', 'truong hoc', 'school'], 'school'],
  [['khac', 'other'], 'other'],
];
const NAME_PREFIXES: [string, string][] = [
  ['phuong ', 'ward'],
  ['xa ', 'commune'],
  ['dac khu ', 'special_zone'],
  ['tinh ', 'province'],
  ['thanh pho ', 'province'],
  ['truong ', 'school'],
  ['so ', 'department'],
  ['phong ', 'department'],
];

/** "Phường", "xa", "ward" → ward; empty → guessed from the name ("Xã Long Phú" → commune); other text kept as written. */
export function normalizeKind(kind: string, name: string): string {
  const k = foldVietnamese(kind);
  if (k === '') return NAME_PREFIXES.find(([p]) => foldVietnamese(name).startsWith(p))?.[1] ?? 'other';
  return KIND_WORDS.find(([words]) => words.includes(k))?.[1] ?? normalizeText(kind);
}

/** Raw cells to a row, keeping what could not be read as an error on its field. */
export function rowFromCells(raw: RawUnitRow): { row: UnitImportRow; errors: { field: string; message: string }[] } {
  const errors: { field: string; message: string }[] = [];
  const name = normalizeText(raw.cells.name ?? '');
  const popText = (raw.cells.population ?? '').replace(/[\s.,]/g, '');
  let population: number | null = null;
  if (popText !== '') {
    if (/^\d{1,9}$/.test(popText)) population = Number(popText);
    else errors.push({ field: 'population', message: `Dân số "${raw.cells.population}" không phải số nguyên không âm.` });
  }
  return {
    row: {
      row: raw.row,
      code: (raw.cells.code ?? '').slice(0, UNIT_IMPORT_LIMITS.code),
      name: name.slice(0, UNIT_IMPORT_LIMITS.name),
      kind: (raw.cells.kind ?? '').slice(0, UNIT_IMPORT_LIMITS.kind),
      parentCode: raw.cells.parentCode ? raw.cells.parentCode : null,
      population,
    },
    errors,
  };
}

export interface ExistingUnit {
  id: number;
  code: string;
  name: string;
  kind: string;
  parentId: number | null;
  population: number | null;
}

/**
 * Checks rows against each other and the organization's units: code and name present, no code twice,
 * the parent known (in the file or already in the organization), no cycle through parents, and says
 * whether each row creates, updates or leaves a unit as it is. Pure: the preview and the import use it.
 */
export function checkUnitRows(rows: UnitImportRow[], existing: ExistingUnit[], extraErrors: { field: string; message: string }[][] = []): UnitImportPreviewRow[] {
  const byCode = new Map(existing.map((u) => [u.code, u]));
  const codeOfId = new Map(existing.map((u) => [u.id, u.code]));
  const firstRowOf = new Map<string, number>();
  const out: UnitImportPreviewRow[] = rows.map((r, i) => {
    const code = r.code.trim();
    const name = normalizeText(r.name);
    const errors = [...(extraErrors[i] ?? [])];
    const rowNo = r.row ?? i + 2;
    if (code === '') errors.push({ field: 'code', message: 'Thiếu mã đơn vị.' });
    if (name === '') errors.push({ field: 'name', message: 'Thiếu tên đơn vị.' });
    if (code !== '') {
      const first = firstRowOf.get(code);
      if (first !== undefined) errors.push({ field: 'code', message: `Mã "${code}" trùng với dòng ${first}.` });
      else firstRowOf.set(code, rowNo);
    }
    const parentCode = r.parentCode?.trim() || null;
    return { row: rowNo, code, name, kind: normalizeKind(r.kind, name), parentCode, population: r.population, action: 'create', errors };
  });

  const inFile = new Map<string, UnitImportPreviewRow>();
  for (const r of out) if (r.code !== '' && !inFile.has(r.code)) inFile.set(r.code, r);
  const parentOf = (code: string): string | null => {
    const f = inFile.get(code);
    if (f) return f.parentCode;
    const e = byCode.get(code);
    return e?.parentId == null ? null : (codeOfId.get(e.parentId) ?? null);
  };
  for (const r of out) {
    if (r.parentCode === null) continue;
    if (r.parentCode === r.code) {
      r.errors.push({ field: 'parentCode', message: 'Đơn vị không thể là cấp trên của chính nó.' });
      continue;
    }
    if (!inFile.has(r.parentCode) && !byCode.has(r.parentCode)) {
      r.errors.push({ field: 'parentCode', message: `Không có đơn vị mã "${r.parentCode}" trong tệp hay trong danh sách hiện có.` });
      continue;
    }
    const chain = [r.code];
    for (let cur: string | null = r.parentCode; cur !== null; cur = parentOf(cur)) {
      if (cur === r.code) {
        r.errors.push({ field: 'parentCode', message: `Vòng lặp cấp trên: ${[...chain, cur].join(' → ')}.` });
        break;
      }
      if (chain.includes(cur) || chain.length > 50) break;
      chain.push(cur);
    }
  }
  for (const r of out) {
    const e = byCode.get(r.code);
    if (!e) continue;
    const parentCode = e.parentId === null ? null : (codeOfId.get(e.parentId) ?? null);
    const same = e.name === r.name && e.kind === r.kind && parentCode === r.parentCode && (r.population === null || r.population === e.population);
    r.action = same ? 'unchanged' : 'update';
  }
  return out;
}
