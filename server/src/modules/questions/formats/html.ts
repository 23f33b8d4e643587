const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…',
  laquo: '«', raquo: '»', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', bull: '•', middot: '·',
  copy: '©', reg: '®', deg: '°', plusmn: '±', times: '×', divide: '÷', sect: '§', para: '¶',
  agrave: 'à', aacute: 'á', acirc: 'â', atilde: 'ã', egrave: 'è', eacute: 'é', ecirc: 'ê',
  igrave: 'ì', iacute: 'í', ograve: 'ò', oacute: 'ó', ocirc: 'ô', otilde: 'õ', ugrave: 'ù', uacute: 'ú', yacute: 'ý',
  Agrave: 'À', Aacute: 'Á', Acirc: 'Â', Atilde: 'Ã', Egrave: 'È', Eacute: 'É', Ecirc: 'Ê',
  Igrave: 'Ì', Iacute: 'Í', Ograve: 'Ò', Oacute: 'Ó', Ocirc: 'Ô', Otilde: 'Õ', Ugrave: 'Ù', Uacute: 'Ú', Yacute: 'Ý',
};

/** HTML character references to text; unknown names stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '';
    }
    return NAMED_ENTITIES[ref] ?? whole;
  });
}

/** Wraps the non-blank core of each line in a markdown marker, so "** text**" (not bold in markdown) never appears. */
export function wrapLines(text: string, marker: string): string {
  if (!marker) return text;
  return text
    .split('\n')
    .map((line) => {
      const match = /^(\s*)(.*?)(\s*)$/s.exec(line);
      if (!match || match[2] === '') return line;
      return `${match[1]}${marker}${match[2]}${marker}${match[3]}`;
    })
    .join('\n');
}

const BLOCKS = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'table', 'pre', 'section', 'article', 'header', 'footer']);
const LINES = new Set(['tr', 'dt', 'dd', 'figcaption']);
const INLINE_MARKERS: Record<string, string> = { strong: '**', b: '**', em: '*', i: '*' };
/** Elements whose content is never text a contestant should see. */
const DROPPED = ['script', 'style', 'head', 'title', 'object', 'iframe', 'svg', 'math', 'template'];

/**
 * Cuts comments and DROPPED elements with their content. A scan with indexOf rather than a lazy regex, so
 * that many unclosed "<script" or "<!--" cost linear time, not quadratic; an unclosed one cuts to the end.
 */
function dropInvisible(html: string): string {
  // ASCII only: full Unicode lower-casing can change the length (İ → i̇) and shift every index below.
  const lower = html.replace(/[A-Z]+/g, (s) => s.toLowerCase());
  const opener = new RegExp(`<!--|<(?:${DROPPED.join('|')})\\b`, 'g');
  let out = '';
  let from = 0;
  for (let m = opener.exec(lower); m; m = opener.exec(lower)) {
    if (m.index < from) continue;
    out += html.slice(from, m.index);
    const closer = m[0] === '<!--' ? '-->' : `</${m[0].slice(1)}`;
    const end = lower.indexOf(closer, m.index + m[0].length);
    if (end < 0) return out;
    const gt = lower.indexOf('>', end);
    from = closer === '-->' ? end + 3 : gt < 0 ? lower.length : gt + 1;
    opener.lastIndex = from;
  }
  return out + html.slice(from);
}

const TAG = /^<(\/?)([a-zA-Z][\w:-]*)((?:\s(?:[^>"']|"[^"]*"|'[^']*')*)?)\/?>/;

/**
 * Moodle's HTML to our limited markdown (bold, italic, lists, line breaks). Every tag is dropped or
 * translated, never copied, so nothing of the HTML reaches a page; text is entity-decoded and its
 * whitespace collapsed as a browser would.
 */
export function htmlToMarkdown(html: string): string {
  const source = dropInvisible(html);
  let out = '';
  const inline: { marker: string; start: number }[] = [];
  const lists: { ordered: boolean; n: number }[] = [];
  const atLineStart = () => out === '' || out.endsWith('\n');
  const newline = () => {
    out = out.replace(/[ \t]+$/, '');
    if (!atLineStart()) out += '\n';
  };
  const paragraph = () => {
    newline();
    if (out !== '' && !out.endsWith('\n\n')) out += '\n';
  };

  let i = 0;
  while (i < source.length) {
    const lt = source.indexOf('<', i);
    const textEnd = lt < 0 ? source.length : lt;
    if (textEnd > i) {
      let text = decodeEntities(source.slice(i, textEnd).replace(/\s+/g, ' ')).replace(/\u00a0/g, ' ');
      if (atLineStart() || out.endsWith(' ')) text = text.replace(/^ +/, '');
      out += text;
      i = textEnd;
      continue;
    }
    const tag = TAG.exec(source.slice(i, i + 2000));
    if (!tag) {
      out += '<';
      i++;
      continue;
    }
    i += tag[0].length;
    const closing = tag[1] === '/';
    const name = (tag[2] as string).toLowerCase();
    const marker = INLINE_MARKERS[name];
    if (name === 'br') out = `${out.replace(/[ \t]+$/, '')}\n`;
    else if (BLOCKS.has(name)) paragraph();
    else if (LINES.has(name)) newline();
    else if (name === 'td' || name === 'th') {
      if (!closing && !atLineStart() && !out.endsWith(' ')) out += ' ';
    } else if (name === 'ul' || name === 'ol') {
      if (closing) lists.pop();
      else lists.push({ ordered: name === 'ol', n: 0 });
      if (lists.length === 0) paragraph();
      else newline();
    } else if (name === 'li' && !closing) {
      newline();
      const list = lists.at(-1) ?? { ordered: false, n: 0 };
      list.n++;
      out += '  '.repeat(Math.max(0, lists.length - 1)) + (list.ordered ? `${list.n}. ` : '- ');
    } else if (marker && !closing) inline.push({ marker, start: out.length });
    else if (marker && closing) {
      const k = inline.map((m) => m.marker).lastIndexOf(marker);
      if (k >= 0) {
        const { start } = inline[k] as { start: number };
        inline.splice(k);
        out = out.slice(0, start) + wrapLines(out.slice(start), marker);
      }
    }
    // Every other element (span, font, a, u, img…) contributes its text only.
  }
  return out
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Whether text written in a "Moodle auto-format" field actually contains markup. */
export const looksLikeHtml = (text: string): boolean => /<\/?(?:p|br|div|span|b|strong|i|em|u|ul|ol|li|table|tr|td|font|h[1-6]|img|a|sub|sup)\b[^>]*>/i.test(text);
