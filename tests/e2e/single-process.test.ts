import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { mountWeb } from '../../server/src/plugins/web.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { launchChromium } from '../helpers/browser.js';

const webBuild = fileURLToPath(new URL('../../web/build', import.meta.url));

/** `pnpm start` serves the web app and the API from one process and port; checked in real Chromium. */
describe('one process serves the web app, the API and the docs', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    let mounted = false;
    t = await createTestApp({}, async (app) => (mounted = await mountWeb(app, webBuild)));
    expect(mounted).toBe(true);
    base = await t.app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('renders the Vietnamese home page server-side and answers the API on the same port', async () => {
    const page = await browser.newPage();
    const res = await page.goto(base);
    expect(res?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    expect(await page.textContent('h1')).toContain('Thi tìm hiểu pháp luật trực tuyến');
    // The demo contest is in the server-rendered HTML, not fetched later by the browser.
    expect(await res?.text()).toContain('Cuộc thi trực tuyến “Tìm hiểu pháp luật” năm 2026');
    expect((await page.textContent('main'))?.replace(/\s+/g, ' ')).toMatch(/Đợt 1: .*· 20 câu, 20 phút · Đang mở/);
    const api = (await page.evaluate(async () => (await fetch('/api/contests')).json())) as { contests: { slug: string }[] };
    expect(api.contests[0]?.slug).toBe('tim-hieu-phap-luat-2026');
    const missing = (await page.evaluate(async () => (await fetch('/api/khong-co')).json())) as { error: { code: string } };
    expect(missing.error.code).toBe('NOT_FOUND');
    await page.close();
  });

  it('speaks English to a visitor who chose it, Vietnamese to everyone else', async () => {
    const context = await browser.newContext();
    await context.addCookies([{ name: 'PARAGLIDE_LOCALE', value: 'en', url: base }]);
    const page = await context.newPage();
    await page.goto(base);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.textContent('h1')).toBe('Online legal knowledge contests');
    await context.close();
  });

  it('serves the OpenAPI document at /docs/json', async () => {
    const res = await fetch(`${base}/docs/json`);
    const doc = (await res.json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/contests', '/api/rounds/{roundId}/attempts', '/api/attempts/{id}/answers/{position}']));
  });
});
