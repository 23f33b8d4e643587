import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { answerKey, nextPhone, register, save, SLUG, start, submit, type TestApp } from '../helpers/app.js';
import { createWebApp, launchChromium, phoneContext } from '../helpers/browser.js';

/** A resident on a phone: home → contest → register → quiz → submit → result → leaderboard, in Chromium. */
describe('contestant journey in the browser', () => {
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

  async function fillRegistration(page: Page, phone: string, opts: { consent?: boolean } = {}) {
    await page.getByLabel('Họ và tên').fill('Lê Thị Hồng Nhung');
    await page.getByLabel('Ngày sinh').fill('1996-04-30');
    await page.getByLabel('Số điện thoại').fill(phone);
    await page.getByLabel('Mật khẩu (ít nhất 8 ký tự)').fill('mat-khau-cua-nhung');
    await page.getByLabel('Tìm đơn vị').fill('thoi lai');
    await page.getByLabel('Đơn vị', { exact: true }).selectOption({ label: 'Xã Thới Lai, Thành phố Cần Thơ' });
    await page.getByLabel('Đối tượng dự thi').selectOption('worker');
    if (opts.consent ?? true) await page.getByLabel('Tôi đồng ý với việc xử lý dữ liệu cá nhân như trên.').check();
  }

  it('goes from the home page to a result and onto the leaderboard', async () => {
    const context = await phoneContext(browser, t.base);
    const page = await context.newPage();
    await page.goto(t.base);
    await page.getByRole('link', { name: /Tìm hiểu pháp luật/ }).click();
    await page.getByRole('heading', { name: 'Thể lệ', exact: true }).waitFor();
    await page.getByRole('link', { name: 'Đăng ký dự thi' }).click();
    await fillRegistration(page, nextPhone());
    await page.getByRole('button', { name: 'Đăng ký' }).click();
    await page.getByText('Bạn đang đăng nhập: Lê Thị Hồng Nhung').waitFor();
    await page.getByRole('button', { name: 'Vào thi' }).click();
    await page.getByRole('heading', { name: 'Câu 1/20' }).waitFor();
    const attemptId = new URL(page.url()).pathname.split('/').pop()!;
    const key = answerKey(t, attemptId);
    for (let pos = 1; pos <= 20; pos++) {
      for (const id of key.get(pos)!) await page.locator(`input[value="${id}"]`).check();
      await page.getByText('Đã lưu', { exact: true }).waitFor();
      if (pos < 20) await page.getByRole('button', { name: 'Câu sau' }).click();
    }
    await page.getByLabel(/Câu hỏi dự đoán/).fill('3');
    await page.getByRole('button', { name: 'Nộp bài' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Nộp bài' }).click();
    await page.getByText('Điểm: 20/20').waitFor();
    await page.goto(`${t.base}/cuoc-thi/${SLUG}`);
    const row = page.getByRole('row', { name: /Lê T\. H\. N\./ });
    await row.waitFor();
    expect(await row.textContent()).toContain('Xã Thới Lai');
    await context.close();
  });

  it('explains an invalid phone, a missing consent and a duplicate registration in Vietnamese, keeping the input', async () => {
    const context = await phoneContext(browser, t.base);
    const page = await context.newPage();
    await page.goto(`${t.base}/cuoc-thi/${SLUG}/dang-ky`);
    await fillRegistration(page, '0123456789', { consent: false });
    await page.getByRole('button', { name: 'Đăng ký' }).click();
    await page.getByText('Số điện thoại di động không hợp lệ', { exact: false }).or(page.getByText('đồng ý với việc xử lý dữ liệu', { exact: false }).first()).first().waitFor();
    const alertText = await page.getByRole('alert').textContent();
    expect(alertText).toMatch(/chưa hợp lệ|đồng ý/);
    expect(await page.getByLabel('Họ và tên').inputValue()).toBe('Lê Thị Hồng Nhung');
    expect(await page.getByText('Bạn cần đồng ý với việc xử lý dữ liệu cá nhân để dự thi').count()).toBe(1);

    const phone = nextPhone();
    await fillRegistration(page, phone);
    await page.getByRole('button', { name: 'Đăng ký' }).click();
    await page.getByText('Bạn đang đăng nhập').waitFor();
    const again = await (await phoneContext(browser, t.base)).newPage();
    await again.goto(`${t.base}/cuoc-thi/${SLUG}/dang-ky`);
    await fillRegistration(again, phone);
    await again.getByRole('button', { name: 'Đăng ký' }).click();
    await again.getByRole('alert').getByText(/đã đăng ký tham gia cuộc thi/).waitFor();
    await context.close();
  });

  it('shows my attempts with the counted one, and a live leaderboard with my row highlighted', async () => {
    const me = await register(t, { fullName: 'Đinh Công Minh' });
    const first = await start(t, me);
    for (const [pos, ids] of answerKey(t, first.id)) if (pos <= 10) await save(t, me, first.id, pos, ids);
    await submit(t, me, first.id);
    const second = await start(t, me);
    await submit(t, me, second.id);

    const context = await phoneContext(browser, t.base, me);
    const page = await context.newPage();
    await page.goto(`${t.base}/cuoc-thi/${SLUG}/luot-thi`);
    const items = page.locator('.attempts li');
    await items.first().waitFor();
    expect(await items.count()).toBe(2);
    expect(await items.nth(0).textContent()).toMatch(/lượt 1: 10\/20 điểm.*Lượt được tính/s);
    expect(await items.nth(1).textContent()).not.toContain('Lượt được tính');

    await page.goto(`${t.base}/cuoc-thi/${SLUG}/xep-hang?dot=${t.roundId}`);
    const mine = page.locator('tr[aria-current="true"]');
    await mine.waitFor();
    expect(await mine.textContent()).toContain('Đinh C. M. (bạn)');
    // Someone else finishes: the board updates without a reload.
    const other = await register(t, { fullName: 'Vũ Thị Lan' });
    const a = await start(t, other);
    for (const [pos, ids] of answerKey(t, a.id)) await save(t, other, a.id, pos, ids);
    await submit(t, other, a.id);
    await page.getByRole('row', { name: /Vũ T\. L\./ }).waitFor({ timeout: 10_000 });
    await context.close();
  });
});
