import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { maskName, maskPhone, normalizeCccd, normalizePhone } from './identity.js';

const E164 = /^\+84\d{9}$/;

/** A valid mobile subscriber number without the trunk 0: a 2018 prefix and 7 digits. */
const mobileLocal = fc
  .tuple(
    fc.constantFrom('32', '33', '34', '35', '36', '37', '38', '39', '52', '56', '58', '59', '70', '76', '77', '78', '79', '81', '82', '83', '84', '85', '86', '88', '89', '90', '91', '94', '96', '97', '98', '99'),
    fc.stringMatching(/^\d{7}$/),
  )
  .map(([prefix, rest]) => prefix + rest);

describe('normalizePhone', () => {
  it.each([
    ['0912345678'],
    ['84912345678'],
    ['+84912345678'],
    ['+84 912 345 678'],
    ['0912.345.678'],
    ['0912 345 678'],
    ['0912-345-678'],
    ['(091) 234 5678'],
    ['0084912345678'],
    ['0084 912 345 678'],
    [' 0912345678 '],
  ])('accepts %j as +84912345678', (input) => {
    expect(normalizePhone(input)).toBe('+84912345678');
  });

  it.each([
    ['0321234567', '+84321234567'],
    ['0561234567', '+84561234567'],
    ['0701234567', '+84701234567'],
    ['0791234567', '+84791234567'],
    ['0812345678', '+84812345678'],
    ['0888123456', '+84888123456'],
    ['0961234567', '+84961234567'],
  ])('accepts the mobile prefix of %s', (input, expected) => {
    expect(normalizePhone(input)).toBe(expected);
  });

  it.each([
    ['02923812345', 'Cần Thơ landline'],
    ['0292 3812 345', 'Cần Thơ landline with spaces'],
    ['+84 292 381 2345', 'landline in international form'],
    ['02438251234', 'Hà Nội landline'],
    ['0283823456', 'short landline'],
    ['01234567890', 'old 11-digit 012x mobile'],
    ['01689123456', 'old 11-digit 016x mobile'],
    ['+841234567890', 'old 01xx mobile in international form'],
    ['091234567', 'too short'],
    ['09123456789', 'too long'],
    ['+8491234567', 'international, too short'],
    ['+849123456789', 'international, too long'],
    ['849123456789', '84 prefix, too long'],
    ['8491234567', '84 prefix, too short'],
    ['912345678', 'no trunk prefix'],
    ['0912abc678', 'letters'],
    ['09I2345678', 'letter I for one'],
    ['O912345678', 'letter O for zero'],
    ['0912_345_678', 'underscores'],
    ['0312345678', '031 is not a mobile prefix'],
    ['0501234567', '050 is not a mobile prefix'],
    ['0711234567', '071 is not a mobile prefix'],
    ['0801234567', '080 is not a mobile prefix'],
    ['+1 912 345 6789', 'a foreign number'],
    ['', 'empty'],
    ['   ', 'blank'],
  ])('rejects %j (%s)', (input) => {
    expect(normalizePhone(input)).toBeNull();
  });

  it('normalizes every written form of a valid mobile number to the same +84 number', () => {
    fc.assert(
      fc.property(mobileLocal, (local) => {
        const spaced = `${local.slice(0, 2)} ${local.slice(2, 5)} ${local.slice(5)}`;
        const dotted = `0${local.slice(0, 3)}.${local.slice(3, 6)}.${local.slice(6)}`;
        for (const form of [`0${local}`, `84${local}`, `+84${local}`, `+84 ${spaced}`, `0084${local}`, dotted]) {
          expect(normalizePhone(form)).toBe(`+84${local}`);
        }
      }),
    );
  });

  it('is idempotent on its own output', () => {
    fc.assert(
      fc.property(mobileLocal, (local) => {
        const once = normalizePhone(`0${local}`);
        expect(once).not.toBeNull();
        expect(normalizePhone(once ?? '')).toBe(once);
      }),
    );
  });

  it('returns either null or +84 followed by 9 digits, whatever the input', () => {
    const phoneish = fc.string({ unit: fc.constantFrom(...'0123456789+84 .-()'.split('')), maxLength: 18 });
    fc.assert(
      fc.property(fc.oneof(phoneish, fc.string()), (input) => {
        const out = normalizePhone(input);
        if (out !== null) expect(out).toMatch(E164);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('maskPhone', () => {
  it('shows the first 3 and last 3 digits of the local form', () => {
    expect(maskPhone('+84912345678')).toBe('091****678');
  });

  it('never reveals more than the first 3 and last 3 digits of a normalized number', () => {
    fc.assert(
      fc.property(mobileLocal, (local) => {
        const localForm = `0${local}`;
        const masked = maskPhone(`+84${local}`);
        expect(masked).toMatch(/^\d{3}\*{4}\d{3}$/);
        expect(masked.replace(/\*/g, '')).toBe(localForm.slice(0, 3) + localForm.slice(-3));
        expect(masked).not.toContain(localForm.slice(3, 7));
      }),
    );
  });

  it('hides a too-short input entirely', () => {
    expect(maskPhone('12345')).toBe('***');
    expect(maskPhone('')).toBe('***');
  });
});

describe('normalizeCccd', () => {
  it.each([
    ['079203001234'],
    ['079 203 001 234'],
    ['079.203.001.234'],
    ['079-203-001-234'],
    [' 079203001234 '],
  ])('accepts %j as 12 digits', (input) => {
    expect(normalizeCccd(input)).toBe('079203001234');
  });

  it.each([
    ['123456789', '9-digit CMND'],
    ['123 456 789', '9-digit CMND with spaces'],
    ['12345678901', '11 digits'],
    ['0792030012345', '13 digits'],
    ['07920300123A', 'a letter'],
    ['O79203001234', 'letter O for zero'],
    ['079/203/001/234', 'slashes'],
    ['', 'empty'],
  ])('rejects %j (%s)', (input) => {
    expect(normalizeCccd(input)).toBeNull();
  });

  it('accepts any 12 digits with spaces or dots between them and returns the bare digits', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 9 }), fc.constantFrom('', ' ', '.', '-')), { minLength: 12, maxLength: 12 }), (parts) => {
        const digits = parts.map(([d]) => d).join('');
        const written = parts.map(([d, sep]) => `${d}${sep}`).join('');
        expect(normalizeCccd(written)).toBe(digits);
      }),
    );
  });

  it('rejects any other number of digits', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{0,20}$/).filter((s) => s.length !== 12), (digits) => {
        expect(normalizeCccd(digits)).toBeNull();
      }),
    );
  });
});

describe('maskName', () => {
  it('keeps the family name and turns the rest into initials', () => {
    expect(maskName('Nguyễn Văn An')).toBe('Nguyễn V. A.');
    expect(maskName('Trần Thị Ngọc Hân')).toBe('Trần T. N. H.');
  });

  it('upper-cases initials, keeping their Vietnamese diacritics', () => {
    expect(maskName('Đặng thị ánh')).toBe('Đặng T. Á.');
    expect(maskName('Lê đức ưng')).toBe('Lê Đ. Ư.');
  });

  it('gives NFC output for NFD input', () => {
    const nfd = 'Đặng thị ánh'.normalize('NFD');
    expect(nfd).not.toBe('Đặng thị ánh');
    expect(maskName(nfd)).toBe('Đặng T. Á.');
  });

  it('collapses extra whitespace', () => {
    expect(maskName('  Lê   Văn\tTám  ')).toBe('Lê V. T.');
  });

  it('returns a single-word name unchanged', () => {
    expect(maskName('Hùng')).toBe('Hùng');
    expect(maskName('  Hùng  ')).toBe('Hùng');
  });

  it('returns an empty string for a blank name', () => {
    expect(maskName('')).toBe('');
    expect(maskName('   ')).toBe('');
  });

  it('never shows more than one letter of any given name', () => {
    const word = fc.stringMatching(/^[a-zàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]{1,7}$/u);
    fc.assert(
      fc.property(word, fc.array(word, { minLength: 1, maxLength: 4 }), (family, given) => {
        const out = maskName([family, ...given].join(' '));
        const [head, ...initials] = out.split(' ');
        expect(head).toBe(family);
        expect(initials).toHaveLength(given.length);
        initials.forEach((ini, i) => expect(ini).toBe(`${[...(given[i] ?? '')][0]?.toUpperCase()}.`));
      }),
    );
  });
});
