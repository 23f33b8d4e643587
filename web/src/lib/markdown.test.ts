import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown.js';

describe('renderMarkdown (organizer rules)', () => {
  it('renders headings, emphasis and lists', () => {
    const html = renderMarkdown('## Thể lệ\n\n**1. Đối tượng.** Công dân\n\n- một\n- hai');
    expect(html).toContain('<h2>Thể lệ</h2>');
    expect(html).toContain('<strong>1. Đối tượng.</strong>');
    expect(html).toMatch(/<li>một<\/li>/);
  });

  it('shows raw HTML as text instead of running it', () => {
    const html = renderMarkdown('Xin chào <script>alert(1)</script> <img src=x onerror=alert(2)>\n\n<iframe src="https://evil"></iframe>');
    expect(html).not.toMatch(/<script|<img|<iframe/i);
    expect(html).toContain('&lt;script&gt;');
  });

  it('keeps http(s) and mailto links and drops javascript: ones', () => {
    const html = renderMarkdown('[Cổng](https://moj.gov.vn) [thư](mailto:btc@example.vn) [bẫy](javascript:alert(1)) ![ảnh](https://x/y.png)');
    expect(html).toContain('<a href="https://moj.gov.vn" rel="noopener noreferrer nofollow">Cổng</a>');
    expect(html).toContain('href="mailto:btc@example.vn"');
    expect(html).not.toContain('javascript:');
    expect(html).not.toContain('<img');
  });
});
