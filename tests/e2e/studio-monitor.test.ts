import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { answerKey, register, save, start, submit, type Contestant, type TestApp } from '../helpers/app.js';
import { createWebApp, launchChromium, phoneContext, seriousA11yViolations, studioContext } from '../helpers/browser.js';
import { demoOrganizationId, signInStaff, STAFF_PASSWORD } from '../helpers/studio.js';

/** Waits until the element's text is exactly `text`: the page changes it without a reload. */
const waitText = (page: Page, selector: string, text: string) => page.locator(selector).filter({ hasText: new RegExp(`^${text}$`) }).waitFor({ timeout: 10_000 });

describe('live monitor, closing a round, winners review and published results in the browser', () => {
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

  /** A scripted contestant: answers the first `correct` questions right, 5 s each, then submits. */
  async function answerAndSubmit(who: Contestant, attemptId: string, questions: number[], correct: number) {
    const key = answerKey(t, attemptId);
    for (const position of questions.slice(0, correct)) {
      t.clock.advance(5000);
      expect((await save(t, who, attemptId, position, key.get(position) ?? [])).statusCode).toBe(200);
    }
    expect((await submit(t, who, attemptId, 1)).statusCode).toBe(200);
  }

  it('updates while a contestant plays, then closes the round, disqualifies with a reason and publishes', async () => {
    const org = demoOrganizationId(t.app);
    const organizer = await signInStaff(t.app, { organizationId: org, role: 'organizer' });
    const { context, page } = await studioContext(browser, t.base, organizer.email, STAFF_PASSWORD);
    await page.goto(`${t.base}/studio/${org}/cuoc-thi/${t.contest.id}/vong/${t.roundId}`);
    await page.getByRole('heading', { name: 'Theo dõi trực tiếp: Đợt 1' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Đang cập nhật trực tiếp' }).waitFor();
    await waitText(page, '#c-attempts', '0');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // A contestant starts: the counters move without a reload.
    const an = await register(t, { fullName: 'Nguyễn Văn An' });
    const anAttempt = await start(t, an);
    await waitText(page, '#c-in-progress', '1');
    await answerAndSubmit(an, anAttempt.id, anAttempt.questions.map((q) => q.position), 20);
    await waitText(page, '#c-submitted', '1');
    await waitText(page, '#c-in-progress', '0');
    await page.getByRole('table', { name: 'Dẫn đầu bảng xếp hạng' }).getByRole('cell', { name: 'Nguyễn V. A.' }).waitFor();

    const binh = await register(t, { fullName: 'Trần Thị Bình' });
    const binhAttempt = await start(t, binh);
    await answerAndSubmit(binh, binhAttempt.id, binhAttempt.questions.map((q) => q.position), 15);
    await waitText(page, '#c-submitted', '2');
    const topNames = page.getByRole('table', { name: 'Dẫn đầu bảng xếp hạng' }).locator('tbody tr td:nth-child(2)');
    await page.getByRole('table', { name: 'Dẫn đầu bảng xếp hạng' }).getByRole('cell', { name: 'Trần T. B.' }).waitFor();
    expect(await topNames.allTextContents()).toEqual(['Nguyễn V. A.', 'Trần T. B.']);

    // Close the round, after a confirmation.
    await page.getByRole('button', { name: 'Kết thúc đợt thi' }).click();
    const confirmClose = page.getByRole('dialog', { name: 'Kết thúc Đợt 1 ngay?' });
    await confirmClose.getByRole('button', { name: 'Kết thúc đợt thi ngay' }).click();
    await page.getByText('Bảng xếp hạng chung cuộc đã được chốt.').waitFor();
    const late = await t.app.inject({ method: 'POST', url: `/api/rounds/${t.roundId}/attempts`, headers: (await register(t, { fullName: 'Lê Văn Muộn' })).headers });
    expect(late.statusCode).toBe(409);

    // Winners review: disqualify the leader; a reason is required.
    await page.getByRole('link', { name: 'Xét duyệt danh sách đoạt giải' }).click();
    await page.getByRole('heading', { name: /^Kết quả Đợt 1/ }).waitFor();
    const list = page.getByRole('table', { name: 'Danh sách đề xuất' });
    expect(await list.locator('tbody tr').first().textContent()).toContain('Giải Nhất');
    expect(await list.locator('tbody tr').first().textContent()).toContain('Nguyễn Văn An');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Loại Nguyễn Văn An' }).click();
    const dialog = page.getByRole('dialog', { name: 'Loại Nguyễn Văn An khỏi kết quả' });
    await dialog.getByRole('button', { name: 'Loại khỏi kết quả' }).click();
    await dialog.getByRole('alert').filter({ hasText: 'Lý do cần ít nhất 5 ký tự.' }).waitFor();
    const reason = dialog.getByLabel('Lý do loại (bắt buộc, 5–500 ký tự)');
    expect(await reason.getAttribute('aria-invalid')).toBe('true');
    expect(await reason.getAttribute('aria-describedby')).toBe('dq-reason-error');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await reason.fill('Dùng hai tài khoản để dự thi');
    await dialog.getByRole('button', { name: 'Loại khỏi kết quả' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã loại người dự thi khỏi kết quả.' }).waitFor();
    expect(await dialog.isVisible()).toBe(false);
    expect(await list.locator('tbody tr').first().textContent()).toContain('Trần Thị Bình');
    expect(await list.locator('tbody tr').first().textContent()).toContain('Giải Nhất');
    await page.getByRole('table', { name: 'Đã bị loại' }).getByRole('cell', { name: 'Dùng hai tài khoản để dự thi' }).waitFor();

    // Publish, after a confirmation; the page turns read-only and links to the public results.
    await page.getByRole('button', { name: 'Công bố kết quả' }).click();
    await page.getByRole('dialog', { name: 'Công bố kết quả Đợt 1?' }).getByRole('button', { name: 'Công bố', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Đã công bố kết quả.' }).waitFor();
    await page.getByRole('table', { name: 'Danh sách đoạt giải đã công bố' }).waitFor();
    expect(await page.getByRole('button', { name: /^Loại / }).count()).toBe(0);
    const publicHref = await page.getByRole('link', { name: 'Xem trang kết quả công khai' }).getAttribute('href');
    expect(publicHref).toBe(`/cuoc-thi/${t.contest.slug}/ket-qua`);
    await context.close();

    // A resident on a phone sees the published list, linked from the contest page.
    const phone = await phoneContext(browser, t.base);
    const pub = await phone.newPage();
    await pub.goto(`${t.base}/cuoc-thi/${t.contest.slug}`);
    await pub.getByRole('link', { name: 'Xem danh sách đoạt giải đã công bố' }).click();
    await pub.getByRole('heading', { name: 'Kết quả cuộc thi' }).waitFor();
    await pub.getByRole('heading', { name: 'Đợt 1' }).waitFor();
    const items = await pub.locator('ol.awards li').allTextContents();
    expect(items).toHaveLength(1);
    expect(items[0]).toContain('Giải Nhất');
    expect(items[0]).toContain('Trần Thị Bình');
    expect(items[0]).toMatch(/ĐT 0\d{2}\*{4}\d{3}/);
    expect(await pub.getByText('Nguyễn Văn An').count()).toBe(0);
    expect(await pub.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
    expect(await seriousA11yViolations(pub)).toEqual([]);
    await phone.close();
  }, 90_000);
});
