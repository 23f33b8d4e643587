import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { mountWeb } from '../../server/src/plugins/web.js';
import type { BuildAppOptions } from '@thiphapluat/server';
import { createTestApp, type Contestant, type TestApp } from './app.js';

/** Debian's Chromium, headless, with the flags this sandboxed, offline machine needs. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

export const webBuild = fileURLToPath(new URL(`../../web/${process.env.WEB_BUILD_DIR ?? 'build'}`, import.meta.url));

/** The app with the web build mounted, listening on a free port: what `pnpm start` serves. */
export async function createWebApp(opts: Partial<BuildAppOptions> = {}): Promise<TestApp & { base: string }> {
  let mounted = false;
  const t = await createTestApp(opts, async (app) => (mounted = await mountWeb(app, webBuild)));
  if (!mounted) throw new Error('web build missing: the global setup should have built it');
  const base = await t.app.listen({ port: 0, host: '127.0.0.1' });
  return { ...t, base };
}

/** A phone-sized browser context signed in as `who` (the httpOnly session cookie the API sets). */
export async function phoneContext(browser: Browser, base: string, who?: Contestant): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 360, height: 640 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'vi-VN' });
  if (who) await context.addCookies([{ name: 'tpl_session', value: who.token, url: base, httpOnly: true }]);
  return context;
}

/** axe-core's serious and critical findings on the page as it is now; [] is the bar. */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  const { source } = (await import('axe-core')).default as unknown as { source: string };
  // Evaluated through the DevTools protocol, not as an inline <script>: the pages' CSP refuses those.
  await page.evaluate(source);
  const violations = (await page.evaluate(`axe.run(document, { resultTypes: ['violations'] }).then(r => r.violations.map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help })))`)) as {
    id: string;
    impact: string | null;
    nodes: number;
    help: string;
  }[];
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}, ${v.nodes} nodes): ${v.help}`);
}

/**
 * Opens `who`'s quiz page on a phone and waits until the live link has joined: the page is server
 * rendered first, so its text alone does not mean the socket is there yet.
 */
export async function openQuiz(browser: Browser, base: string, who: Contestant, attemptId: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await phoneContext(browser, base, who);
  const page = await context.newPage();
  await page.goto(`${base}/thi/${attemptId}`);
  await page.getByRole('heading', { name: /^Câu \d+\/\d+$/ }).waitFor();
  await page.getByText('Đang kết nối tới máy chủ…').waitFor({ state: 'detached' });
  return { context, page };
}

/**
 * A desktop browser context signed in to the studio through the sign-in form, as staff would.
 * Studio pages are built for a 1280 px screen; they still work on a phone.
 */
export async function studioContext(browser: Browser, base: string, email: string, password: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
  const page = await context.newPage();
  await page.goto(`${base}/studio/dang-nhap`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  // Signed in (the top bar's sign-out) or refused (the form's alert): a refusal fails with its message.
  const signOut = page.getByRole('button', { name: 'Đăng xuất' });
  try {
    await signOut.or(page.getByRole('alert')).first().waitFor();
  } catch (err) {
    const text = await page.locator('body').innerText({ timeout: 2000 }).catch(() => '(no body)');
    throw new Error(`studio sign-in did not finish at ${page.url()}: ${text.slice(0, 300)}`, { cause: err });
  }
  if (!(await signOut.isVisible())) throw new Error(`studio sign-in failed at ${page.url()}: ${await page.getByRole('alert').first().textContent()}`);
  return { context, page };
}
