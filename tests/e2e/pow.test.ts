import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { eq } from 'drizzle-orm';
import { participants } from '@thiphapluat/db';
import { POW_CHALLENGE_PATH } from '@thiphapluat/shared';
import { createStaffUser } from '../../server/src/modules/staff/staff.service.js';
import { nextPhone, SLUG, type TestApp } from '../helpers/app.js';
import { createWebApp, launchChromium, phoneContext, seriousA11yViolations, studioContext } from '../helpers/browser.js';
import { STAFF_PASSWORD } from '../helpers/studio.js';

/**
 * The proof of work as residents and staff meet it: the altcha widget in Chromium fetches the
 * self-hosted challenge, solves it in a web worker and the form carries the solution; the server
 * requires it here (POW_REQUIRED), so nothing gets through without the real widget.
 */
const WIDGET_LABEL = /^(Tôi không phải là robot|Đang xác minh\.\.\.|Đã xác minh)$/;

describe('anti-bot check in the browser', () => {
  let t: TestApp & { base: string };
  let browser: Browser;
  beforeAll(async () => {
    t = await createWebApp({ config: { POW_REQUIRED: true, POW_MIN_NUMBER: 1000, POW_MAX_NUMBER: 5000 } });
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function fillRegistration(page: Page, phone: string) {
    await page.getByLabel('Họ và tên').fill('Phạm Văn Đức');
    await page.getByLabel('Ngày sinh').fill('1988-02-14');
    await page.getByLabel('Số điện thoại').fill(phone);
    await page.getByLabel('Mật khẩu (ít nhất 8 ký tự)').fill('mat-khau-cua-duc-2026');
    await page.getByLabel('Đơn vị', { exact: true }).selectOption({ index: 1 });
    await page.getByLabel('Đối tượng dự thi').selectOption('worker');
    await page.getByLabel('Tôi đồng ý với việc xử lý dữ liệu cá nhân như trên.').check();
  }

  it('registers through the real widget, in Vietnamese, announcing its state, with no serious axe finding', async () => {
    const context = await phoneContext(browser, t.base);
    const page = await context.newPage();
    const challenges: string[] = [];
    page.on('request', (r) => r.url().endsWith(POW_CHALLENGE_PATH) && challenges.push(r.url()));
    await page.goto(`${t.base}/cuoc-thi/${SLUG}/dang-ky`);
    // The widget's own control, a real checkbox named in Vietnamese (its label follows the state).
    const check = page.getByRole('checkbox', { name: WIDGET_LABEL });
    await check.waitFor();
    await page.getByRole('status').filter({ hasText: 'Đã xác minh xong' }).waitFor({ state: 'attached', timeout: 30_000 });
    expect(challenges.length).toBeGreaterThanOrEqual(1);
    expect(await seriousA11yViolations(page)).toEqual([]);

    const phone = nextPhone();
    await fillRegistration(page, phone);
    await page.getByRole('button', { name: 'Đăng ký' }).click();
    await page.getByText('Bạn đang đăng nhập: Phạm Văn Đức').waitFor();
    expect(t.app.ctx.db.select().from(participants).where(eq(participants.phone, `+84${phone.slice(1)}`)).get()?.fullName).toBe('Phạm Văn Đức');
    await context.close();
  }, 90_000);

  it('holds a submit made before the check is done and sends it once solved', async () => {
    const context = await phoneContext(browser, t.base);
    const page = await context.newPage();
    // Slow the challenge down so the resident is faster than the widget.
    await page.route(`**${POW_CHALLENGE_PATH}`, async (route) => {
      await new Promise((r) => setTimeout(r, 1500));
      await route.continue();
    });
    await page.goto(`${t.base}/cuoc-thi/${SLUG}/dang-ky`);
    await page.getByRole('checkbox', { name: WIDGET_LABEL }).waitFor();
    await fillRegistration(page, nextPhone());
    await page.getByRole('button', { name: 'Đăng ký' }).click();
    await page.getByText('Bạn đang đăng nhập: Phạm Văn Đức').waitFor({ timeout: 30_000 });
    await context.close();
  }, 90_000);

  it('signs a resident in, and staff into the studio, through the widget', async () => {
    // A resident registered a moment ago signs in on another phone.
    const context = await phoneContext(browser, t.base);
    const page = await context.newPage();
    await page.goto(`${t.base}/cuoc-thi/${SLUG}/dang-ky`);
    const phone = nextPhone();
    await page.getByRole('status').filter({ hasText: 'Đã xác minh xong' }).waitFor({ state: 'attached', timeout: 30_000 });
    await fillRegistration(page, phone);
    await page.getByRole('button', { name: 'Đăng ký' }).click();
    await page.getByText('Bạn đang đăng nhập').waitFor();
    await context.close();

    const other = await (await phoneContext(browser, t.base)).newPage();
    await other.goto(`${t.base}/cuoc-thi/${SLUG}/dang-nhap`);
    await other.getByLabel('Số điện thoại').fill(phone);
    await other.getByLabel('Mật khẩu').fill('mat-khau-cua-duc-2026');
    await other.getByRole('button', { name: 'Đăng nhập' }).click();
    await other.getByText('Bạn đang đăng nhập: Phạm Văn Đức').waitFor({ timeout: 30_000 });
    await other.context().close();

    const email = `pow-e2e-${process.pid}@example.vn`;
    await createStaffUser(t.app.ctx, { email, name: 'Cán bộ thử', password: STAFF_PASSWORD, platformAdmin: true });
    const studio = await studioContext(browser, t.base, email, STAFF_PASSWORD);
    await studio.context.close();
  }, 120_000);
});
