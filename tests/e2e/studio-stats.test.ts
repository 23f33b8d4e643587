import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { TestApp } from '../helpers/app.js';
import { createWebApp, launchChromium, seriousA11yViolations } from '../helpers/browser.js';
import { signInStaff } from '../helpers/studio.js';
import { seedStatsFixture, type StatsFixture } from '../fixtures/statistics.js';

describe('statistics dashboards in the browser', () => {
  let t: TestApp & { base: string };
  let f: StatsFixture;
  let browser: Browser;
  beforeAll(async () => {
    t = await createWebApp();
    f = seedStatsFixture(t.app);
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('an official (viewer) opens the overview, sees the figures, a chart and the table under each chart', async () => {
    // Signed in through the API (the sign-in form has its own e2e test): the dashboard is what this tests.
    const official = await signInStaff(t.app, { organizationId: f.organizationId, role: 'viewer' });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
    const [name, value] = official.cookie.split('=') as [string, string];
    await context.addCookies([{ name, value, url: t.base, httpOnly: true, sameSite: 'Strict' }]);
    const page = await context.newPage();
    await page.goto(`${t.base}/studio/${f.organizationId}`);
    await page.getByRole('navigation', { name: 'Khu vực quản trị' }).getByRole('link', { name: 'Thống kê' }).click();
    await page.getByRole('heading', { level: 1, name: 'Thống kê' }).waitFor();

    expect(await page.getByTestId('total-contests').textContent()).toBe('2');
    expect(await page.getByTestId('total-participants').textContent()).toBe('4');
    expect(await page.getByTestId('total-attempts').textContent()).toBe('9');
    expect(await page.getByTestId('completion-rate').textContent()).toMatch(/^75\s?%$/);

    // Every chart is a figure with its table beneath; the month chart's table holds the hand-counted rows.
    const figures = page.locator('figure.chart');
    expect(await figures.count()).toBe(6);
    for (const fig of await figures.all()) expect(await fig.locator('table').count()).toBe(1);
    const month = page.getByRole('figure', { name: 'Người dự thi và lượt thi theo tháng' });
    const march = month.getByRole('row').filter({ hasText: '03/2026' });
    expect((await march.getByRole('cell').allTextContents()).map((s) => s.trim())).toEqual(['03/2026', '3', '4']);
    // layerchart drew one bar per month once the page was live in the browser; March's has a height.
    await month.locator('svg .lc-bar').nth(2).waitFor({ timeout: 10_000 });
    expect(await month.locator('svg .lc-bar').count()).toBe(12);

    const gender = page.getByRole('figure', { name: 'Theo giới tính' });
    expect((await gender.getByRole('row').filter({ hasText: 'Không rõ' }).getByRole('cell').allTextContents()).map((s) => s.trim())).toEqual(['Không rõ', '1', '25%']);

    // The Mẫu I summary table, generated for the period.
    const summary = page.getByRole('region', { name: /^Mẫu I/ });
    expect(await summary.getByRole('row', { name: /Năm 2026/ }).textContent()).toContain('Tìm hiểu Hiến pháp 2026; Tìm hiểu Luật Căn cước');

    // Readable at 1280 px without sideways scrolling, and accessible.
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(1280);
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Another period, chosen in the form.
    await page.getByLabel('Từ ngày', { exact: true }).fill('2025-01-01');
    await page.getByLabel('Đến ngày', { exact: true }).fill('2025-12-31');
    await page.getByRole('button', { name: 'Xem' }).click();
    await page.waitForURL(/from=2025-01-01/);
    await page.getByTestId('total-participants').filter({ hasText: /^1$/ }).waitFor();

    // A contest's page: per round figures and the collective ranking with its formula beside it.
    await page.goto(`${t.base}/studio/${f.organizationId}/cuoc-thi/${f.contests.a}/thong-ke`);
    await page.getByRole('heading', { level: 1, name: 'Thống kê cuộc thi: Tìm hiểu Hiến pháp 2026' }).waitFor();
    expect(await page.getByTestId('contest-participants').textContent()).toBe('3');
    expect(await page.getByRole('complementary', { name: 'Công thức xếp hạng' }).textContent()).toContain('số người dự thi trên 1.000 dân');
    const ranking = page.getByRole('figure', { name: 'Toàn cuộc thi' });
    expect((await ranking.getByRole('row').nth(1).getByRole('cell').allTextContents()).map((s) => s.trim())).toEqual(['1', 'Xã An Bình', '2', '1.000', '2', 'Đạt giải']);
    const closest = page.getByRole('table', { name: 'Những dự đoán gần nhất' }).first();
    expect(await closest.textContent()).toContain('090****001');
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(1280);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await context.close();
  }, 90_000);
});
