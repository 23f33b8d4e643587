/**
 * renderMarkdown (web/src/lib/markdown.ts) is the only path from organizer text to {@html}: contest
 * rules on the public page, and the rules and question previews in the studio. Question text, options
 * and explanations are shown as plain text (Svelte escapes them). Hostile markdown must come out with
 * no script, no event handler, no javascript:/data: URL and no tag outside a small allowlist.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { renderMarkdown } from '../web/src/lib/markdown.js';

const ALLOWED_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'em', 'strong', 'del', 'ul', 'ol', 'li', 'a', 'code', 'pre', 'blockquote', 'hr', 'br', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'input']);
const ALLOWED_ATTRS = new Set(['href', 'rel', 'align', 'start', 'class', 'checked', 'disabled', 'type']);

/** Every real tag of the output (text is escaped, so "<" in text is "&lt;" and not seen here). */
function problems(html: string): string[] {
  const found: string[] = [];
  for (const [, closing, name, attrs] of html.matchAll(/<(\/?)([a-zA-Z][\w:-]*)([^>]*)>/g)) {
    const tag = name!.toLowerCase();
    if (!ALLOWED_TAGS.has(tag)) found.push(`tag <${closing}${tag}>`);
    if (tag === 'input' && !/type="checkbox"/.test(attrs!)) found.push(`input without type=checkbox: ${attrs}`);
    for (const [, attr, value] of attrs!.matchAll(/([^\s=/]+)(?:="([^"]*)")?/g)) {
      if (!ALLOWED_ATTRS.has(attr!.toLowerCase())) found.push(`attribute ${attr} on <${tag}>`);
      if (attr === 'href' && !/^(https?:|mailto:)/i.test(decode(value ?? ''))) found.push(`href ${value}`);
      // The code block's language is the organizer's text, escaped inside the quotes: it cannot break out.
      if (attr === 'class' && !/^language-[^"<>]*$/.test(value ?? '')) found.push(`class ${value}`);
    }
  }
  return found;
}

const decode = (s: string) => s.replace(/&#(\d+);/g, (_, d: string) => String.fromCharCode(Number(d))).replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

const HOSTILE = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=//evil.example/x.js></SCRIPT>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '<iframe src="https://evil.example"></iframe>',
  '<a href="javascript:alert(1)">bấm vào đây</a>',
  '<div onclick="alert(1)">Thể lệ</div>',
  '<<script>script>alert(1)<</script>/script>',
  '<style>body{display:none}</style>',
  '<form action="https://evil.example"><input name=p></form>',
  '[bấm](javascript:alert(1))',
  '[bấm](JaVaScRiPt:alert(1))',
  '[bấm](  javascript:alert(1))',
  '[bấm](java\tscript:alert(1))',
  '[bấm](&#106;avascript:alert(1))',
  '[bấm](javascript&#58;alert(1))',
  '[bấm](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[bấm](vbscript:msgbox(1))',
  '[bấm](https://x.vn" onmouseover="alert(1))',
  '[bấm](https://x.vn "onmouseover=alert(1)")',
  '[bấm][ref]\n\n[ref]: javascript:alert(1)',
  '<javascript:alert(1)>',
  '![ảnh](javascript:alert(1))',
  '![<img src=x onerror=alert(1)>](https://x.vn/a.png)',
  '```js" onmouseover="alert(1)\ncode\n```',
  '`<script>alert(1)</script>`',
  '| a | b |\n|---|---|\n| <img src=x onerror=alert(1)> | [x](javascript:alert(1)) |',
  '- [x] <script>alert(1)</script>',
  '> <iframe srcdoc="<script>alert(1)</script>">',
  '# Tiêu đề <span style="x:expression(alert(1))">x</span>',
  '<!-- <script>alert(1)</script> -->',
  '<details open ontoggle=alert(1)>',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
];

describe('renderMarkdown with hostile input', () => {
  it.each(HOSTILE)('neutralizes %s', (source) => {
    const html = renderMarkdown(source);
    expect(problems(html), html).toEqual([]);
    expect(html).not.toMatch(/<(script|img|iframe|svg|style|form|details|div|span)/i);
  });

  it('keeps the visible text of what it refuses, so organizers see their mistake', () => {
    expect(renderMarkdown('<script>alert(1)</script>')).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(renderMarkdown('[bấm](javascript:alert(1))')).toBe('<p>bấm</p>\n');
  });

  it('survives random mixtures of hostile fragments and ordinary markdown', () => {
    const fragment = fc.oneof(
      fc.constantFrom(...HOSTILE),
      fc.constantFrom('**đậm**', '_nghiêng_', '\n\n', '\n- ', '\n1. ', '# ', '[', ']', '(', ')', '<', '>', '"', "'", '`', '![', 'https://', 'javascript:', ' on', '=', '&#', ';'),
      fc.string({ maxLength: 20 }),
    );
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 12 }), (parts) => {
        const html = renderMarkdown(parts.join(''));
        expect(problems(html), html).toEqual([]);
      }),
      { numRuns: 400, seed: 20_261_124 },
    );
  });
});
