/** Characters GIFT lets a writer escape with a backslash; `\n` is a line break. */
const ESCAPABLE = new Set(['~', '=', '#', '{', '}', ':', '\\']);

/** Index of `needle` in `text` from `from`, ignoring backslash-escaped occurrences; -1 if none. */
export function indexOfUnescaped(text: string, needle: string, from = 0): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\') {
      i++;
      continue;
    }
    if (text.startsWith(needle, i)) return i;
  }
  return -1;
}

/** Resolves GIFT escapes in one left-to-right pass, so `\\n` is a backslash then "n", not a line break. */
export function unescapeGift(text: string): string {
  return text.replace(/\\(.)/gs, (whole, ch: string) => (ch === 'n' ? '\n' : ESCAPABLE.has(ch) ? ch : whole));
}

/** Escapes text so a GIFT reader gives it back unchanged; line breaks become `\n` so a question stays one block. */
export function escapeGift(text: string): string {
  return text.replace(/[\\~=#{}:]/g, '\\$&').replace(/\r\n?|\n/g, '\\n');
}

/** `$course$/top/Hôn nhân và gia đình` → 'Hôn nhân và gia đình'; '//' is Moodle's escaped '/' inside a name. */
export function categoryField(path: string): string | null {
  const segments = path
    .trim()
    .replace(/\/\//g, '\ue000')
    .split('/')
    .map((s) => s.replace(/\ue000/g, '/').trim())
    .filter((s) => s !== '');
  const last = segments.at(-1);
  if (!last || last.startsWith('$') || last.toLowerCase() === 'top') return null;
  return last;
}

export const categoryPath = (field: string): string => `$course$/top${field ? `/${field.replace(/\//g, '//')}` : ''}`;
