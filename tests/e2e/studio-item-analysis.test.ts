import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { createWebApp, launchChromium, seriousA11yViolations } from '../helpers/browser.js';
import { demoOrganizationId, signInStaff } from '../helpers/studio.js';
import type { TestApp } from '../helpers/app.js';
import { FIXTURE_FIELD_NAMES, FIXTURE_QUESTION_TEXT, writeItemAnalysisFixture, type WrittenFixture } from '../fixtures/item-analysis.js';

describe('item analysis page in the studio', () => {
  let t: TestApp & { base: string };
  let browser: Browser;
  let fx: WrittenFixture;
  let org: number;
  beforeAll(async () => {
    t = await createWebApp();
    browser = await launchChromium();
    org = demoOrganizationId(t.app);
    fx = writeItemAnalysisFixture(t.app.ctx.db, org, t.clock.now() - 86_400_000);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('reaches the page from the bank, shows the miskeyed question with its reasons, sorts, expands the options and shows accuracy per field', async () => {
    const organizer = await signInStaff(t.app, { organizationId: org, role: 'organizer' });
    // Signed in through the API (the sign-in form has its own e2e test): the same httpOnly cookie.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
    await context.addCookies([{ name: 'tpl_staff', value: organizer.cookie.slice('tpl_staff='.length), url: t.base, httpOnly: true, sameSite: 'Strict' }]);
    const page = await context.newPage();

    await page.goto(`${t.base}/studio/${org}/cau-hoi`);
    await page.getByRole('link', { name: 'Phân tích câu hỏi', exact: true }).click();
    await page.getByRole('heading', { name: 'Phân tích câu hỏi', level: 1 }).waitFor();
    // The organization over all time: only the fixture's attempts are final.
    await page.getByText('Toàn bộ thời gian').waitFor();

    // Narrow to the fixture's contest through the scope form.
    await page.getByLabel('Cuộc thi').selectOption({ label: 'Cuộc thi mẫu phân tích câu hỏi ia' });
    await page.getByRole('button', { name: 'Xem' }).click();
    await page.waitForURL(new RegExp(`contestId=${fx.contestId}`));
    expect(await page.locator('.summary').innerText()).toMatch(/Cuộc thi mẫu phân tích câu hỏi ia\. 10 lượt thi được tính/);

    // The flagged question, with its reasons in words (not colour only).
    const flagged = page.getByRole('region', { name: /Câu hỏi cần xem lại/ });
    expect(await flagged.getByRole('heading').innerText()).toBe('Câu hỏi cần xem lại (1)');
    const item = flagged.getByRole('listitem').filter({ hasText: FIXTURE_QUESTION_TEXT('Q2') }).first();
    const text = await item.innerText();
    for (const badge of ['Quá khó', 'Phân loại ngược', 'Có thể sai đáp án']) expect(text).toContain(badge);
    expect(text).toContain('Tỉ lệ trả lời đúng 10%, dưới ngưỡng 20%.');
    expect(text).toContain('Nhóm 27% điểm cao chọn phương án C (đang là sai) nhiều hơn đáp án B: 100% so với 0%.');

    // Sort by facility, ascending then descending.
    const firstRow = () => page.locator('table.items > tbody').first().locator('td.text').innerText();
    await page.getByRole('button', { name: /^Tỉ lệ đúng/ }).click();
    expect(await firstRow()).toContain(FIXTURE_QUESTION_TEXT('Q2'));
    expect(await page.locator('table.items thead th', { hasText: 'Tỉ lệ đúng' }).getAttribute('aria-sort')).toBe('ascending');
    await page.getByRole('button', { name: /^Tỉ lệ đúng/ }).click();
    expect(await firstRow()).toContain(FIXTURE_QUESTION_TEXT('Q1'));
    const q1 = page.locator(`tbody#cau-${fx.questionIds.Q1}`);
    expect(await q1.locator('td.num').allInnerTexts()).toEqual(['10', '60%', '1,00', '0,25']);

    // The distractor bars of Q2, options in bank order with the key marked.
    const q2 = page.locator(`tbody#cau-${fx.questionIds.Q2}`);
    await q2.getByRole('button', { name: 'Phương án' }).click();
    const options = q2.locator('table.options tbody tr');
    expect(await options.count()).toBe(4);
    expect(await options.nth(1).innerText()).toMatch(/B\. Phương án B của Q2 Đáp án\s+10%/);
    expect(await options.nth(2).innerText()).toMatch(/C\. Phương án C của Q2\s+40%\s+4\s+100%\s+0%/);
    expect(await q2.getByRole('button', { name: 'Phương án' }).getAttribute('aria-expanded')).toBe('true');

    // Accuracy per field: least known first, the table beneath the chart.
    const fields = page.getByRole('table', { name: /Tỉ lệ trả lời đúng theo lĩnh vực/ });
    const rows = await fields.locator('tbody tr').allInnerTexts();
    expect(rows.map((r) => r.replace(/\s+/g, ' ').trim())).toEqual([`${FIXTURE_FIELD_NAMES.F2} 2 20 4 20%`, `${FIXTURE_FIELD_NAMES.F1} 2 20 7 35%`]);

    expect(await seriousA11yViolations(page)).toEqual([]);
    const shots = join(tmpdir(), 'thiphapluat-screenshots');
    mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: join(shots, 'studio-phan-tich-cau-hoi.png'), fullPage: true });

    // Printable: the forms and navigation go, the figures stay.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('form', { name: 'Phạm vi phân tích' }).isVisible()).toBe(false);
    expect(await fields.isVisible()).toBe(true);
    await page.screenshot({ path: join(shots, 'studio-phan-tich-cau-hoi-in.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });

    // From the question's own page, the link opens the analysis at that question with its options shown.
    await page.goto(`${t.base}/studio/${org}/cau-hoi/${fx.questionIds.Q2}`);
    await page.getByRole('link', { name: /^Phân tích câu hỏi:/ }).click();
    await page.waitForURL(new RegExp(`phan-tich#cau-${fx.questionIds.Q2}$`));
    await page.locator(`#chi-tiet-${fx.questionIds.Q2}`).waitFor();

    // At 360 px the page does not scroll sideways (the wide table scrolls in its own box).
    await page.setViewportSize({ width: 360, height: 800 });
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
    await context.close();
  }, 120_000);
});
