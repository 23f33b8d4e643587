import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cellText, csvRecords, decodeText, MAX_XLSX_UNCOMPRESSED_BYTES, NOT_UTF8_MESSAGE, readZipDirectory, XLSX_CORRUPT_MESSAGE, xlsxRows } from './spreadsheet.js';

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

/** A one-entry stored zip whose central directory declares `declared` uncompressed bytes. */
function zipDeclaring(name: string, data: Buffer, declared: number): Buffer {
  const n = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(declared, 22);
  local.writeUInt16LE(n.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(declared, 24);
  central.writeUInt16LE(n.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + n.length, 12);
  end.writeUInt32LE(local.length + n.length + data.length, 16);
  return Buffer.concat([local, n, data, central, n, end]);
}

describe('decodeText', () => {
  it('drops a UTF-8 BOM', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Mã đơn vị')]))).toEqual({ ok: true, text: 'Mã đơn vị' });
  });

  it('reads UTF-16LE with a BOM and without one', () => {
    const le = Buffer.from('Phường Ninh Kiều;12000\n', 'utf16le');
    expect(decodeText(new Uint8Array([0xff, 0xfe, ...le]))).toEqual({ ok: true, text: 'Phường Ninh Kiều;12000\n' });
    expect(decodeText(new Uint8Array(le))).toEqual({ ok: true, text: 'Phường Ninh Kiều;12000\n' });
  });

  it('refuses bytes that are not UTF-8 and names the line of the first bad one', () => {
    // "Phường" written by a Windows-1258 tool on line 3.
    const bytes = new Uint8Array([...utf8('Mã;Tên\nA;Xã\nB;Ph'), 0xf0, 0xf5, 0xe0, ...utf8('ng\n')]);
    const decoded = decodeText(bytes);
    expect(decoded).toEqual({ ok: false, line: 3, message: `${NOT_UTF8_MESSAGE} (Ký tự lỗi đầu tiên ở dòng 3.)` });
  });

  it('refuses an overlong encoding and a lone surrogate', () => {
    expect(decodeText(new Uint8Array([0x41, 0xc0, 0xaf])).ok).toBe(false);
    expect(decodeText(new Uint8Array([0xed, 0xa0, 0x80])).ok).toBe(false);
  });
});

describe('csvRecords', () => {
  it('keeps delimiters, line breaks and doubled quotes inside quoted fields', () => {
    const text = 'a,b,c\r\n"x, y","dòng 1\r\ndòng 2","nói ""có"""\nlast,,\n';
    expect(csvRecords(text)).toEqual({
      records: [
        ['a', 'b', 'c'],
        ['x, y', 'dòng 1\r\ndòng 2', 'nói "có"'],
        ['last', '', ''],
      ],
    });
  });

  it('sniffs ";" or tab from the first line, ignoring delimiters inside its quotes', () => {
    expect(csvRecords('Mã;"Tên, đầy đủ";Loại\nA;B, C;xa').records).toEqual([['Mã', 'Tên, đầy đủ', 'Loại'], ['A', 'B, C', 'xa']]);
    expect(csvRecords('Mã\tTên\nA\tB;C,D').records).toEqual([['Mã', 'Tên'], ['A', 'B;C,D']]);
    expect(csvRecords('one column\nx;y').records).toEqual([['one column'], ['x;y']]);
  });

  it('follows an Excel "sep=" hint line and drops a BOM left in the text', () => {
    expect(csvRecords('\ufeffsep=;\r\na,b;c\r\n').records).toEqual([['a,b', 'c']]);
  });

  it('reports an unclosed quote with the line it opened on, after the records before it', () => {
    const result = csvRecords('a,b\n1,2\n3,"mở\nmãi\n');
    expect(result.records).toEqual([['a', 'b'], ['1', '2']]);
    expect(result.error).toEqual({ line: 3, message: 'Dấu ngoặc kép mở ở dòng 3 không được đóng; tệp CSV bị cắt hoặc sai định dạng.' });
  });
});

describe('xlsxRows', () => {
  it('reads the first sheet as text rows numbered as Excel shows them', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Đơn vị');
    ws.getCell('A1').value = 'Mã';
    ws.getCell('B1').value = 'Dân số';
    ws.getCell('D1').value = 'bỏ qua';
    ws.getCell('A3').value = 'CT';
    ws.getCell('B3').value = 1200000;
    ws.getCell('C3').value = { richText: [{ text: 'Cần ', font: { bold: true } }, { text: 'Thơ' }] };
    wb.addWorksheet('Khác').getCell('A1').value = 'không đọc';
    const read = await xlsxRows(new Uint8Array(await wb.xlsx.writeBuffer()), { maxColumns: 3 });
    expect(read).toEqual({
      ok: true,
      rows: [
        { row: 1, cells: ['Mã', 'Dân số', ''] },
        { row: 3, cells: ['CT', '1200000', 'Cần Thơ'] },
      ],
    });
  });

  it('refuses a truncated xlsx and random bytes as corrupt', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('A').getCell('A1').value = 'x';
    const whole = Buffer.from(await wb.xlsx.writeBuffer());
    expect(await xlsxRows(whole.subarray(0, whole.length - 40))).toEqual({ ok: false, message: XLSX_CORRUPT_MESSAGE });
    expect(await xlsxRows(Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]))).toEqual({ ok: false, message: XLSX_CORRUPT_MESSAGE });
  });

  it('refuses a zip whose directory promises more than 64 MiB, before inflating it', async () => {
    // The entry really holds a few bytes: only the directory's claim can trigger this message, not exceljs.
    const bomb = zipDeclaring('xl/workbook.xml', Buffer.from('<workbook/>'), MAX_XLSX_UNCOMPRESSED_BYTES + 1);
    expect(readZipDirectory(bomb)).toEqual({ names: ['xl/workbook.xml'], uncompressedBytes: MAX_XLSX_UNCOMPRESSED_BYTES + 1 });
    expect(await xlsxRows(bomb)).toEqual({ ok: false, message: 'Tệp Excel quá lớn khi giải nén; hãy chia thành nhiều tệp nhỏ hơn.' });
  });

  it('refuses a zip that is not a workbook, like a renamed .docx', async () => {
    expect(await xlsxRows(zipDeclaring('word/document.xml', Buffer.from('<w/>'), 4))).toEqual({ ok: false, message: XLSX_CORRUPT_MESSAGE });
  });
});

describe('cellText', () => {
  it('shows formula results, hyperlinks, dates the Vietnamese way, and rich text through the given formatter', () => {
    expect(cellText({ formula: 'A1*2', result: 42 } as ExcelJS.CellValue)).toBe('42');
    expect(cellText({ text: 'Luật', hyperlink: 'https://example.vn' })).toBe('Luật');
    expect(cellText(new Date(Date.UTC(2024, 6, 1)))).toBe('01/07/2024');
    const rich = { richText: [{ text: 'đậm', font: { bold: true } }, { text: ' thường' }] };
    expect(cellText(rich)).toBe('đậm thường');
    expect(cellText(rich, (runs) => runs.map((r) => (r.font?.bold ? `**${r.text}**` : r.text)).join(''))).toBe('**đậm** thường');
  });
});
