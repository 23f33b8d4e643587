/**
 * Folds Vietnamese text for search: lower case, no diacritics, đ → d.
 * NFD splits "ệ" into "e" plus combining marks, which we drop; đ/Đ is its own letter in Unicode
 * (not d plus a mark), so it must be mapped explicitly.
 */
export function foldVietnamese(input: string): string {
  return input
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Names and free text are stored in NFC with collapsed whitespace. */
export function normalizeText(input: string): string {
  return input.normalize('NFC').replace(/\s+/g, ' ').trim();
}

const viCollator = new Intl.Collator('vi', { sensitivity: 'base' });
/** Vietnamese collation for sorting names and units. */
export const compareVietnamese = (a: string, b: string): number => viCollator.compare(a, b);
