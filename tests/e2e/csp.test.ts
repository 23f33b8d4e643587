/**
 * The pages work under their Content-Security-Policy in Chromium: SvelteKit's nonce-based policy on
 * every HTML page, no inline script allowed. Resident pages (home, contest page with "my data",
 * quiz with its live socket, leaderboard) and the studio (sign-in form, question bank, contest
 * builder, live monitor with its charts) are visited while every CSP violation Chromium reports is
 * collected; the list must stay empty. A control injects an inline script and expects it refused,
 * so the collector is known to hear violations.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { MyDataSchema } from '@thiphapluat/shared';
import { nextPhone, register, SLUG, start, type TestApp } from '../helpers/app.js';
import { createWebApp, launchChromium, openQuiz, phoneContext, seriousA11yViolations } from '../helpers/browser.js';
import { demoOrganizationId, signInStaff, STAFF_PASSWORD } from '../helpers/studio.js';

/** Every CSP complaint Chromium prints (it logs each violation as a console error) and every page error. */
function collectViolations(context: BrowserContext): string[] {
  const found: string[] = [];
  const watch = (page: Page) => {
    page.on('console', (msg) => {
      if (/Content Security Policy|Refused to/i.test(msg.text())) found.push(`${page.url()}: ${msg.text()}`);
    });
    page.on('pageerror', (err) => found.push(`${page.url()}: ${err.message}`));
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  return found;
}

describe('pages under their Content-Security-Policy', () => {
  let t: TestApp & { base: string };
  let browser: Browser;
  beforeAll(async () => {
    t = await createWebApp();
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('sends a nonce policy with no unsafe-inline script on pages, and deny-all on the API', async () => {
    const page = await fetch(`${t.base}/cuoc-thi/${SLUG}`);
    const csp = page.headers.get('content-security-policy') ?? '';
    const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
    expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
    expect(scriptSrc).not.toContain('unsafe-inline');
    expect(scriptSrc).not.toContain('unsafe-eval');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('strict-transport-security')).toContain('max-age=');
    // Each response its own nonce.
    const again = (await fetch(`${t.base}/cuoc-thi/${SLUG}`)).headers.get('content-security-policy');
    expect(again).not.toBe(csp);
    const api = await fetch(`${t.base}/api/contests`);
    expect(api.headers.get('content-security-policy')).toContain("default-src 'none'");
  });

  it('resident pages run with no violation: contest page, my data download, quiz over the live socket, leaderboard, erasure', async () => {
    const phone = nextPhone();
    const me = await register(t, { phone });
    const context = await phoneContext(browser, t.base);
    const violations = collectViolations(context);
    const page = await context.newPage();
    await page.goto(`${t.base}/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    // Sign in through the form: the proof-of-work widget solves its puzzle in a blob: worker.
    await page.goto(`${t.base}/cuoc-thi/${SLUG}/dang-nhap`);
    await page.getByLabel('Số điện thoại').fill(phone);
    await page.getByLabel('Mật khẩu').fill('mat-khau-an-toan');
    await page.getByRole('status').filter({ hasText: 'Đã xác minh xong' }).waitFor();
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('heading', { name: 'Dữ liệu cá nhân của bạn' }).waitFor();

    // The download is the participant's own JSON.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Tải dữ liệu của tôi (JSON)' }).click()]);
    expect(download.suggestedFilename()).toBe(`du-lieu-ca-nhan-${SLUG}.json`);
    const path = await download.path();
    const data = MyDataSchema.parse(JSON.parse(await (await import('node:fs/promises')).readFile(path!, 'utf8')));
    expect(data.participant.id).toBe(me.participantId);

    await page.goto(`${t.base}/cuoc-thi/${SLUG}/xep-hang`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.goto(`${t.base}/cuoc-thi/${SLUG}/dang-ky`);
    await page.getByRole('heading', { level: 1 }).waitFor();

    const attempt = await start(t, me);
    const quiz = await openQuiz(browser, t.base, me, attempt.id);
    const quizViolations = collectViolations(quiz.context);
    await quiz.page.getByRole('button', { name: 'Câu sau' }).click();
    await quiz.page.getByRole('heading', { name: 'Câu 2/20' }).waitFor();
    await quiz.context.close();

    // Erasure through the form: wrong password first (stays, says why), then the right one.
    await page.goto(`${t.base}/cuoc-thi/${SLUG}`);
    await page.locator('summary').filter({ hasText: 'Xóa dữ liệu của tôi' }).click();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByLabel('Mật khẩu').fill('khong-phai-mat-khau');
    await page.getByLabel('Tôi hiểu việc xóa không thể hoàn tác.').check();
    await page.getByRole('button', { name: 'Xóa dữ liệu của tôi' }).click();
    await page.locator('#erase-password-error').filter({ hasText: 'Mật khẩu không đúng.' }).waitFor();
    await page.getByLabel('Mật khẩu').fill('mat-khau-an-toan');
    await page.getByLabel('Tôi hiểu việc xóa không thể hoàn tác.').check();
    await page.getByRole('button', { name: 'Xóa dữ liệu của tôi' }).click();
    await page.getByRole('status').filter({ hasText: 'Dữ liệu cá nhân của bạn đã được xóa.' }).waitFor();
    expect(await page.getByRole('link', { name: 'Đăng nhập' }).count()).toBeGreaterThan(0);

    expect([...violations, ...quizViolations]).toEqual([]);

    // Control: an injected inline script is refused, and the collector hears it.
    await page.evaluate(`document.body.append(Object.assign(document.createElement('script'), { textContent: 'window.__injected = true' }))`);
    await page.waitForTimeout(200);
    expect(await page.evaluate('window.__injected')).toBeUndefined();
    expect(violations.some((v) => /inline script/i.test(v))).toBe(true);
    await context.close();
  }, 90_000);

  it('studio pages run with no violation: sign-in form with its proof of work, question bank, contest builder, live monitor', async () => {
    const org = demoOrganizationId(t.app);
    const organizer = await signInStaff(t.app, { organizationId: org, role: 'organizer' });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
    const violations = collectViolations(context);
    const page = await context.newPage();
    await page.goto(`${t.base}/studio/dang-nhap`);
    await page.getByRole('status').filter({ hasText: 'Đã xác minh xong' }).waitFor();
    await page.getByLabel('Email').fill(organizer.email);
    await page.getByLabel('Mật khẩu').fill(STAFF_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
    await page.goto(`${t.base}/studio/${org}/cau-hoi`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.goto(`${t.base}/studio/${org}/cuoc-thi/${t.contest.id}`);
    await page.getByLabel('Thời hạn lưu dữ liệu cá nhân (ngày)').waitFor();
    expect(await page.getByLabel('Thời hạn lưu dữ liệu cá nhân (ngày)').inputValue()).toBe('365');
    await page.goto(`${t.base}/studio/${org}/cuoc-thi/${t.contest.id}/vong/${t.roundId}`);
    await page.getByRole('status').filter({ hasText: 'Đang cập nhật trực tiếp' }).waitFor();
    expect(violations).toEqual([]);
    await context.close();
  }, 90_000);
});
