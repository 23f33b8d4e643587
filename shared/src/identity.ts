/**
 * Vietnamese phone numbers and CCCD numbers. Pure functions, shared by server and web so that the
 * form can say "số điện thoại không hợp lệ" before the round trip.
 */

/** Mobile prefixes after the 2018 renumbering (03x, 05x, 07x, 08x, 09x). */
const MOBILE = /^(3[2-9]|5[25689]|7[06-9]|8[1-9]|9\d)\d{7}$/;

/**
 * Normalizes a Vietnamese mobile number to E.164 (+84…). Accepts 0912345678, 84912345678,
 * +84 912 345 678, 0912.345.678. Returns null when it is not a valid mobile number.
 */
export function normalizePhone(input: string): string | null {
  let digits = input.replace(/[\s.\-()]/g, '');
  if (digits.startsWith('+84')) digits = digits.slice(3);
  else if (digits.startsWith('0084')) digits = digits.slice(4);
  else if (digits.startsWith('84') && digits.length === 11) digits = digits.slice(2);
  else if (digits.startsWith('0')) digits = digits.slice(1);
  else return null;
  return MOBILE.test(digits) ? `+84${digits}` : null;
}

/** "+84912345678" → "091****678": enough for a person to recognise their own number. */
export function maskPhone(e164: string): string {
  const local = e164.startsWith('+84') ? `0${e164.slice(3)}` : e164;
  if (local.length < 7) return '***';
  return `${local.slice(0, 3)}****${local.slice(-3)}`;
}

/**
 * CCCD (căn cước) numbers have 12 digits: 3 for the province of birth, 1 for century and sex,
 * 2 for the year of birth, 6 random. Returns the digits, or null when malformed.
 */
export function normalizeCccd(input: string): string | null {
  const digits = input.replace(/[\s.-]/g, '');
  // Every century/sex digit (0-9) is a valid code under Circular 59/2021, so 12 digits is the whole check.
  return /^\d{12}$/.test(digits) ? digits : null;
}

/** "Nguyễn Văn An" → "Nguyễn V. A.": the family name in full, the rest as initials. */
export function maskName(fullName: string): string {
  const parts = fullName.normalize('NFC').trim().split(/\s+/);
  if (parts.length <= 1) return parts[0] ?? '';
  const [family, ...rest] = parts;
  return `${family} ${rest.map((p) => `${p.charAt(0).toUpperCase()}.`).join(' ')}`;
}
