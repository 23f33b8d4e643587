import { describe, expect, it } from 'vitest';
import { htmlToMarkdown } from './html.js';

describe('htmlToMarkdown', () => {
  it('keeps bold, italic, paragraphs and line breaks as limited markdown', () => {
    expect(htmlToMarkdown('<p>Theo <strong>Luật</strong> và <em>Nghị định</em>:</p><p>dòng một<br>dòng hai</p>')).toBe('Theo **Luật** và *Nghị định*:\n\ndòng một\ndòng hai');
  });

  it('turns lists into markdown lists, nested ones indented', () => {
    expect(htmlToMarkdown('<ul><li>Một</li><li>Hai<ol><li>a</li><li>b</li></ol></li></ul>')).toBe('- Một\n- Hai\n  1. a\n  2. b');
  });

  it('moves spaces outside emphasis markers so markdown still reads them', () => {
    expect(htmlToMarkdown('Chọn<b> đáp án </b>đúng')).toBe('Chọn **đáp án** đúng');
  });

  it('drops scripts, styles, comments and every tag, and decodes entities', () => {
    const md = htmlToMarkdown('<style>p{}</style><!-- x --><p onclick="alert(1)">A &amp; B &lt;i&gt; &#7871; &#x1EC7; &nbsp;<img src=x onerror=alert(1)><script>alert(1)</script></p>');
    expect(md).toBe('A & B <i> ế ệ');
    expect(md).not.toMatch(/onerror|alert|img/);
  });

  it('leaves a stray "<" that is not a tag as text', () => {
    expect(htmlToMarkdown('2 < 3 và 5 > 4')).toBe('2 < 3 và 5 > 4');
  });

  it('cuts an unclosed script or comment to the end, in linear time even when repeated', () => {
    expect(htmlToMarkdown('Trước<script>alert(1)')).toBe('Trước');
    expect(htmlToMarkdown('Trước<!-- chưa đóng')).toBe('Trước');
    expect(htmlToMarkdown('<script'.repeat(100_000))).toBe('');
    expect(htmlToMarkdown('x<!--'.repeat(100_000))).toBe('x');
  });
});
