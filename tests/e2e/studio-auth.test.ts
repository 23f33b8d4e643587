import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { TestApp } from '../helpers/app.js';
import { createWebApp, launchChromium, seriousA11yViolations, studioContext } from '../helpers/browser.js';
import { demoOrganizationId, signInStaff, STAFF_PASSWORD } from '../helpers/studio.js';

describe('studio sign-in in the browser', () => {
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

  it('sends an anonymous visitor to sign-in, then back to the page they asked for', async () => {
    const staff = await signInStaff(t.app, { organizationId: demoOrganizationId(t.app), role: 'organizer' });
    const context = await browser.newContext({ locale: 'vi-VN' });
    const page = await context.newPage();
    await page.goto(`${t.base}/studio/${demoOrganizationId(t.app)}`);
    expect(new URL(page.url()).pathname).toBe('/studio/dang-nhap');
    await page.getByLabel('Mật khẩu').fill('sai-mat-khau-nhe');
    await page.getByLabel('Email').fill(staff.email);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('alert').getByText('Email hoặc mật khẩu không đúng.').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByLabel('Mật khẩu').fill(STAFF_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('heading', { name: 'Sở Tư pháp thành phố Cần Thơ' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/studio/${demoOrganizationId(t.app)}`);
    const cookie = (await context.cookies()).find((c) => c.name === 'tpl_staff');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    // An organizer sees banks and contests, not staff management or the audit log.
    const nav = page.getByRole('navigation', { name: 'Khu vực quản trị' });
    expect(await nav.getByRole('link').allTextContents()).toEqual(['Ngân hàng câu hỏi', 'Cuộc thi', 'Thống kê', 'Xuất dữ liệu', 'Đơn vị']);
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.getByRole('heading', { name: 'Đăng nhập trang quản trị' }).waitFor();
    await page.goto(`${t.base}/studio`);
    expect(new URL(page.url()).pathname).toBe('/studio/dang-nhap');
    await context.close();
  });

  it('keeps what was typed before the page script arrived (slow network), and signs in', async () => {
    const staff = await signInStaff(t.app, { organizationId: demoOrganizationId(t.app), role: 'viewer' });
    const context = await browser.newContext({ locale: 'vi-VN' });
    const page = await context.newPage();
    // Hold the app's scripts back until the form is filled: hydration then runs over typed input.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await page.route(/\/_app\/immutable\/.*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${t.base}/studio/dang-nhap`, { waitUntil: 'domcontentloaded' });
    await page.getByLabel('Email').fill(staff.email);
    await page.getByLabel('Mật khẩu').fill(STAFF_PASSWORD);
    release();
    await page.waitForLoadState('networkidle');
    expect(await page.getByLabel('Email').inputValue()).toBe(staff.email);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
    await context.close();
  });

  it('lets an admin see every area', async () => {
    const admin = await signInStaff(t.app, { organizationId: demoOrganizationId(t.app), role: 'admin' });
    const { context, page } = await studioContext(browser, t.base, admin.email, STAFF_PASSWORD);
    const nav = page.getByRole('navigation', { name: 'Khu vực quản trị' });
    expect(await nav.getByRole('link').allTextContents()).toEqual(['Ngân hàng câu hỏi', 'Cuộc thi', 'Thống kê', 'Xuất dữ liệu', 'Đơn vị', 'Nhân sự', 'Nhật ký thao tác']);
    // Not a platform admin: no platform link; the name leads to the account page.
    expect(await page.getByRole('link', { name: 'Nền tảng' }).count()).toBe(0);
    await page.getByRole('link', { name: /^Tài khoản: / }).click();
    await page.getByRole('heading', { level: 1 }).filter({ hasText: 'Tài khoản' }).waitFor();
    await context.close();
  });
});
