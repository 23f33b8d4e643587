import { dictionary } from '@zxcvbn-ts/language-common';
import { foldVietnamese } from '@thiphapluat/shared';
import { AppError, Validation } from '../errors.js';

/**
 * Password rules per NIST SP 800-63B §3.1.1.2: a minimum length, a generous maximum, no composition
 * rules ("one digit, one symbol"), and a refusal of values that are known to be common or that come
 * from the context (the service's name, the user's own identifier).
 */
export const PASSWORD_MAX = 256;
/** Staff accounts have more power and use STAFF_PASSWORD_MIN (12) from the shared contracts. */
export const RESIDENT_PASSWORD_MIN = 8;

/**
 * Common Vietnamese choices the English-centred list misses: "mật khẩu" itself, love phrases, lucky
 * numbers, place names, and this service's own vocabulary. Stored folded (no diacritics, lower case,
 * letters and digits only), the form candidates are compared in.
 */
const VIETNAMESE_COMMON = [
  'matkhau', 'matkhaumoi', 'matkhaucuatoi', 'doimatkhau', 'nhapmatkhau', 'dangnhap', 'taikhoan',
  'anhyeuem', 'emyeuanh', 'yeuem', 'yeuanh', 'anhyeuemnhieu', 'iloveyou', 'loveyou', 'yeuemmaimai',
  'vietnam', 'vietnamvodich', 'hanoi', 'saigon', 'hochiminh', 'danang', 'haiphong', 'cantho',
  'thiphapluat', 'phapluat', 'tuphap', 'sotuphap', 'botuphap', 'cuocthi', 'cuocthiphapluat', 'timhieuphapluat',
  'hoilamgi', 'khongbiet', 'khongnho', 'quenroi', 'xinchao', 'hello', 'admin', 'quantri', 'quantrivien',
  '123456789', '12345678', '1234567890', '0123456789', '11111111', '88888888', '66666666', '68686868',
  '66668888', '88886666', '99999999', '00000000', '12341234', '11223344', '123123123', 'abc12345', 'abcd1234',
  'qwertyuiop', 'asdfghjkl', 'zxcvbnm',
];

/** The shipped list (49k entries) plus ours, as written (lower case) and folded, built once at start-up. */
const COMMON = new Set<string>([...dictionary['passwords-common'].flatMap((p) => [p.toLowerCase(), fold(p)]), ...VIETNAMESE_COMMON]);
COMMON.delete('');

/** Lower case, no diacritics, letters and digits only: "Mật-Khẩu 123" and "matkhau123" are one value. */
function fold(value: string): string {
  return foldVietnamese(value).replace(/[^a-z0-9]/g, '');
}

export interface PasswordContext {
  /** The field the error names ('password', 'newPassword'). */
  field?: string;
  minLength: number;
  /** Context words the password must not be: the account's email or phone, the contest's slug… */
  context?: readonly (string | null | undefined)[];
}

/**
 * Refuses a password that is too short, too long, common, or one of the context words (also with
 * digits or symbols tacked on: "matkhau2026", "Password!", "0912345678@"). Length errors are
 * VALIDATION_FAILED; a guessable value is PASSWORD_TOO_COMMON. Both name the field.
 */
export function checkPassword(password: string, opts: PasswordContext): void {
  const path = opts.field ?? 'password';
  // Code points, not UTF-16 units: an emoji counts as one character, as the user sees it.
  const length = [...password].length;
  if (length < opts.minLength) throw Validation([{ path, message: `Mật khẩu cần ít nhất ${opts.minLength} ký tự.` }]);
  if (length > PASSWORD_MAX) throw Validation([{ path, message: `Mật khẩu tối đa ${PASSWORD_MAX} ký tự.` }]);
  if (isGuessable(password, opts.context ?? [])) {
    throw new AppError('PASSWORD_TOO_COMMON', 400, undefined, [
      { path, message: 'Mật khẩu này quá phổ biến hoặc dễ đoán (ví dụ "matkhau123", số điện thoại, tên cuộc thi). Hãy dùng một cụm từ dài mà chỉ bạn biết.' },
    ]);
  }
}

export function isGuessable(password: string, context: readonly (string | null | undefined)[]): boolean {
  const folded = fold(password);
  // "password2026", "2026password", "matkhau!!!" count as their core word.
  const core = folded.replace(/^\d+|\d+$/g, '');
  const words = new Set(context.flatMap((c) => (c ? [fold(c), fold(c.split('@')[0] ?? '')] : [])).filter((w) => w.length >= 4));
  for (const candidate of new Set([password.toLowerCase(), folded, core])) {
    if (COMMON.has(candidate) || words.has(candidate)) return true;
    // One character repeated ("aaaaaaaa", "!!!!!!!!"), whatever its length.
    if (/^(.)\1*$/u.test(candidate)) return true;
  }
  // Phone numbers: the same digits with or without +84 / leading 0.
  const digits = folded.replace(/\D/g, '');
  if (digits.length >= 9 && digits.length === folded.length) {
    const tail = digits.slice(-9);
    if (context.some((c) => c && c.replace(/\D/g, '').endsWith(tail))) return true;
  }
  return false;
}
