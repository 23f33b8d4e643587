import { describe, expect, it } from 'vitest';
import { detectFormat, exportGift, exportXlsx } from './index.js';
import { fixture } from './test-fixtures.js';

describe('detectFormat', () => {
  it('goes by the extension first', () => {
    expect(detectFormat(Buffer.from('anything'), 'bank.XLSX')).toBe('xlsx');
    expect(detectFormat(Buffer.from('anything'), 'bank.csv')).toBe('csv');
    expect(detectFormat(Buffer.from('anything'), 'bank.gift')).toBe('gift');
    expect(detectFormat(Buffer.from('anything'), 'moodle.xml')).toBe('moodle-xml');
  });

  it('refuses formats it knows it cannot read, whatever their bytes', () => {
    expect(detectFormat(fixture('good.xlsx'), 'cau-hoi.docx')).toBeNull();
    expect(detectFormat(Buffer.from('Câu hỏi,A,B,Đáp án'), 'cau-hoi.xls')).toBeNull();
  });

  it('then the content type', () => {
    expect(detectFormat(Buffer.from('x'), undefined, 'text/csv; charset=utf-8')).toBe('csv');
    expect(detectFormat(Buffer.from('x'), 'upload', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')).toBe('xlsx');
    expect(detectFormat(Buffer.from('x'), undefined, 'text/xml')).toBe('moodle-xml');
  });

  it('then sniffs the bytes of every fixture to its format (a .txt could be GIFT, Aiken or CSV)', async () => {
    const cases: [string, string][] = [
      ['good.xlsx', 'xlsx'],
      ['corrupt.xlsx', 'xlsx'],
      ['questions.xml', 'moodle-xml'],
      ['questions.gift', 'gift'],
      ['syntax-error.gift', 'gift'],
      ['aiken-vi.txt', 'aiken'],
      ['questions.csv', 'csv'],
      ['semicolon-bom.csv', 'csv'],
      ['windows-1258.csv', 'csv'],
      ['unicode-text.txt', 'csv'],
    ];
    for (const [name, format] of cases) {
      expect([name, detectFormat(fixture(name), 'upload.txt', 'text/plain')]).toEqual([name, format]);
      expect([name, detectFormat(fixture(name))]).toEqual([name, format]);
    }
    expect(detectFormat(await exportXlsx([]))).toBe('xlsx');
    const question = { title: null, text: 'Câu?', options: [{ text: 'Có', correct: true }, { text: 'Không', correct: false }], explanation: '', citationArticle: '', citationDocument: '', fields: [], difficulty: 1 as const };
    expect(detectFormat(Buffer.from(exportGift([question])))).toBe('gift');
  });

  it('returns null for binary junk, an empty file and a zip that is not a workbook', () => {
    const junk = Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 37 + 11) % 256));
    expect(detectFormat(junk)).toBeNull();
    expect(detectFormat(Buffer.alloc(0))).toBeNull();
    const docx = Buffer.from(fixture('good.xlsx').toString('latin1').replaceAll('xl/', 'wd/'), 'latin1');
    expect(detectFormat(docx)).toBeNull();
  });

  it('sniffs pathological text (64 KB of braces, blank lines or "::") to csv without hanging', () => {
    for (const text of ['{'.repeat(65_536) + '}', '\n'.repeat(65_536) + 'x', '::' + 'x'.repeat(65_536), '{ ='.repeat(20_000)])
      expect(detectFormat(Buffer.from(text))).toBe('csv');
  });
});
