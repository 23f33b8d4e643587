import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { attempts, roundResults } from '@thiphapluat/db';
import { register, type TestApp } from '../helpers/app.js';
import { createWebApp, launchChromium, seriousA11yViolations } from '../helpers/browser.js';
import { demoOrganizationId, signInStaff } from '../helpers/studio.js';

describe('an official exports the statistics in the browser', () => {
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

  /** Three people with a submitted attempt in the demo round, written as the finalizer writes them. */
  async function seedAttempts(): Promise<void> {
    const db = t.app.ctx.db;
    for (const [i, fullName] of ['Nguyễn Thị Ánh Tuyết', 'Trần Đức Thắng', 'Lê Hoàng Yến'].entries()) {
      const who = await register(t, { fullName });
      const startedAt = t.clock.now() - 3600_000;
      const attemptId = randomUUID();
      const durationMs = 300_000 + i * 1000;
      db.insert(attempts)
        .values({ id: attemptId, participantId: who.participantId, roundId: t.roundId, contestId: t.contest.id, seq: 1, status: 'submitted', startedAt, deadlineAt: startedAt + 1200_000, submittedAt: startedAt + durationMs, durationMs, correctCount: 10 + i, score: 10 + i, maxScore: 20 })
        .run();
      db.insert(roundResults).values({ roundId: t.roundId, participantId: who.participantId, attemptId, score: 10 + i, durationMs, submittedAt: startedAt + durationMs }).run();
    }
  }

  it('starts an export from the dashboard, watches its progress bar reach done and downloads the workbook', async () => {
    await seedAttempts();
    const org = demoOrganizationId(t.app);
    const official = await signInStaff(t.app, { organizationId: org, role: 'viewer' });
    // The session cookie the sign-in API set (the sign-in form itself is covered by studio-auth).
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN', acceptDownloads: true });
    await context.addCookies([{ name: 'tpl_staff', value: official.cookie.slice('tpl_staff='.length), url: t.base, httpOnly: true, sameSite: 'Strict' }]);
    const page = await context.newPage();

    await page.goto(`${t.base}/studio/${org}/thong-ke?from=2026-01-01&to=2026-12-31`);
    await page.getByRole('heading', { name: 'Thống kê', exact: true }).waitFor();
    const exporter = page.getByRole('group', { name: 'Xuất báo cáo tổng hợp:' });

    // Hold the queue's worker so the export is seen waiting before it runs.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    t.app.ctx.jobs.register('e2e-hold', () => held);
    await t.app.ctx.jobs.enqueue('e2e-hold', {});

    await exporter.getByRole('button', { name: 'Xuất Excel' }).click();
    const progress = exporter.getByRole('progressbar', { name: /^Tiến độ xuất/ });
    await progress.waitFor();
    expect(await progress.getAttribute('value')).toBe('0');
    await exporter.getByText('Đang chờ 0%').waitFor();
    // While it runs the buttons are off: a second click cannot start a second job.
    expect(await exporter.getByRole('button', { name: 'Xuất Excel' }).isDisabled()).toBe(true);

    release();
    const link = exporter.getByRole('link', { name: /^Tải tệp / });
    await link.waitFor({ timeout: 15_000 });
    expect(await progress.getAttribute('value')).toBe('100');

    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toMatch(/^Tổng hợp theo kỳ từ 01 01 2026 đến 31 12 2026 .*\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync((await download.path())!) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Tổng hợp')!;
    expect(sheet.getRow(1).getCell(4).value).toBe('Người dự thi');
    // The 2026 row and the total: the three people seeded above.
    expect(sheet.getRow(2).getCell(4).value).toBe(3);
    expect(book.worksheets.map((w) => w.name)).toContain('Đối tượng');

    // The organization's exports page lists it as done, with its download, and reads well on a phone.
    await page.goto(`${t.base}/studio/${org}/xuat-du-lieu`);
    await page.getByRole('heading', { name: 'Xuất dữ liệu', level: 1 }).waitFor();
    const row = page.locator('tbody tr').first();
    expect(await row.textContent()).toContain('Hoàn thành');
    expect(await row.getByRole('link', { name: 'Tải về' }).getAttribute('href')).toMatch(new RegExp(`^/api/studio/orgs/${org}/exports/[0-9a-f-]+/download$`));
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 360, height: 740 });
    // Nothing sticks out sideways (the offenders are named if something does).
    const wide = await page.evaluate(
      `[...document.querySelectorAll('body *')].filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1).map((el) => el.tagName.toLowerCase() + '.' + el.className).slice(0, 5)`,
    );
    expect(wide).toEqual([]);
    await context.close();
  }, 60_000);
});
