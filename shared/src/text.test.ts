import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareVietnamese, foldVietnamese, normalizeText } from './text.js';

/** Letters of the Vietnamese alphabet with every tone, both cases, plus spaces. */
const VI_LOWER = 'aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ';
const viChars = [...VI_LOWER, ...VI_LOWER.toUpperCase(), ' ', ' ', '\t', '\n'];
const viText = fc.string({ unit: fc.constantFrom(...viChars), maxLength: 30 });

describe('foldVietnamese', () => {
  it.each([
    ['Pháp luật', 'phap luat'],
    ['Đất đai', 'dat dai'],
    ['hôn nhân', 'hon nhan'],
    ['Hòa giải ở cơ sở', 'hoa giai o co so'],
    ['Phường Ninh Kiều', 'phuong ninh kieu'],
    ['ĐẶNG THỊ ÁNH', 'dang thi anh'],
    ['Ưu tiên', 'uu tien'],
    ['quyền, nghĩa vụ', 'quyen, nghia vu'],
  ])('folds %j to %j', (input, expected) => {
    expect(foldVietnamese(input)).toBe(expected);
  });

  it('folds NFD input the same as NFC input', () => {
    expect(foldVietnamese('Nguyễn Đức Thắng'.normalize('NFD'))).toBe('nguyen duc thang');
    fc.assert(
      fc.property(viText, (s) => {
        expect(foldVietnamese(s.normalize('NFD'))).toBe(foldVietnamese(s.normalize('NFC')));
      }),
    );
  });

  it('collapses and trims whitespace', () => {
    expect(foldVietnamese('  Luật \t Đất\n\nđai  ')).toBe('luat dat dai');
    expect(foldVietnamese('\u00a0Căn\u00a0cước ')).toBe('can cuoc');
  });

  it('leaves only lower-case ASCII letters and single inner spaces for Vietnamese text', () => {
    fc.assert(
      fc.property(viText, (s) => {
        const folded = foldVietnamese(s);
        expect(folded).toMatch(/^(?:[a-z]+(?: [a-z]+)*)?$/);
        expect(foldVietnamese(folded)).toBe(folded);
      }),
    );
  });

  it('keeps digits and punctuation', () => {
    expect(foldVietnamese('Điều 27, khoản 1.')).toBe('dieu 27, khoan 1.');
  });
});

describe('normalizeText', () => {
  it('composes NFD input to NFC', () => {
    const nfd = 'Nguyễn Văn An'.normalize('NFD');
    expect(nfd).not.toBe('Nguyễn Văn An');
    expect(normalizeText(nfd)).toBe('Nguyễn Văn An');
  });

  it('collapses and trims whitespace but keeps case and diacritics', () => {
    expect(normalizeText('  Sở   Tư\tpháp\n Cần Thơ ')).toBe('Sở Tư pháp Cần Thơ');
  });

  it('gives the same result for NFC and NFD input, and is idempotent', () => {
    fc.assert(
      fc.property(viText, (s) => {
        const n = normalizeText(s);
        expect(normalizeText(s.normalize('NFD'))).toBe(n);
        expect(normalizeText(n)).toBe(n);
        expect(n).toBe(n.normalize('NFC'));
        expect(n).not.toMatch(/^\s|\s$|\s\s|[\t\n]/);
      }),
    );
  });
});

describe('compareVietnamese', () => {
  // Checked against Node 20's full-ICU Intl.Collator('vi'): Đ is its own letter after D, Ă and Â follow A,
  // and with sensitivity 'base' tone marks and case do not count.
  const sort = (words: string[]) => [...words].sort(compareVietnamese);

  it('sorts words starting with Đ after all words starting with D', () => {
    expect(sort(['Đức', 'Em', 'Duy', 'Đan', 'Dung', 'Cường'])).toEqual(['Cường', 'Dung', 'Duy', 'Đan', 'Đức', 'Em']);
    expect(compareVietnamese('Đa', 'Dzzz')).toBeGreaterThan(0);
    expect(compareVietnamese('Dzzz', 'Đa')).toBeLessThan(0);
  });

  it('sorts Ă and Â as letters after A', () => {
    expect(sort(['Ân', 'Bình', 'Ăn', 'An'])).toEqual(['An', 'Ăn', 'Ân', 'Bình']);
    expect(sort(['Ơn', 'Ôn', 'On'])).toEqual(['On', 'Ôn', 'Ơn']);
    expect(sort(['Ưng', 'Uy'])).toEqual(['Uy', 'Ưng']);
  });

  it('ignores tone marks and case', () => {
    expect(compareVietnamese('Dũng', 'Dung')).toBe(0);
    expect(compareVietnamese('pháp', 'PHAP')).toBe(0);
    expect(compareVietnamese('đ', 'Đ')).toBe(0);
  });

  it('sorts unit names as a Vietnamese reader expects', () => {
    expect(sort(['Phường Tân An', 'Phường An Khánh', 'Phường Bình Thủy', 'Phường Ninh Kiều', 'Phường Cái Răng'])).toEqual([
      'Phường An Khánh',
      'Phường Bình Thủy',
      'Phường Cái Răng',
      'Phường Ninh Kiều',
      'Phường Tân An',
    ]);
  });

  it('is a consistent comparator (antisymmetric)', () => {
    fc.assert(
      fc.property(viText, viText, (a, b) => {
        expect(Math.sign(compareVietnamese(a, b)) || 0).toBe(-Math.sign(compareVietnamese(b, a)) || 0);
      }),
    );
  });
});
