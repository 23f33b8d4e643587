import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { answerKey, register, save, start, submit, type Contestant, type TestApp } from '../helpers/app.js';
import { createWebApp, launchChromium, phoneContext, seriousA11yViolations } from '../helpers/browser.js';
import { demoOrganizationId, signInStaff } from '../helpers/studio.js';

describe('integrity review in the browser', () => {
  let t: TestApp & { base: string };
  let browser: Browser;
  beforeAll(async () => {
    // The waiting room is not what this tests; on a busy machine it could hold the starts back.
    t = await createWebApp({ config: { ADMISSION_MAX_EVENT_LOOP_DELAY_MS: 60_000, ADMISSION_MAX_STARTS_PER_S: 100_000 } });
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  /** Answers every question right, `gapMs` apart by the server's clock, and submits. */
  async function play(who: Contestant, gapMs: (i: number) => number): Promise<string> {
    const view = await start(t, who);
    const key = answerKey(t, view.id);
    for (const [i, q] of view.questions.entries()) {
      t.clock.advance(gapMs(i));
      expect((await save(t, who, view.id, q.position, key.get(q.position) ?? [], i + 1)).statusCode).toBe(200);
    }
    expect((await submit(t, who, view.id, 1)).statusCode).toBe(200);
    await t.app.ctx.pending.settled();
    return view.id;
  }

  it('shows the organizer the evidence, requires a reason, disqualifies, and tells the participant', async () => {
    const honest = await register(t, { fullName: 'Nguyễn Thị Chăm Chỉ' });
    await play(honest, (i) => 9000 + ((i * 7919) % 16_000));
    const bot = await register(t, { fullName: 'Trần Văn Siêu Tốc' });
    const botAttempt = await play(bot, (i) => 300 + ((i * 7919) % 1000));

    const org = demoOrganizationId(t.app);
    const organizer = await signInStaff(t.app, { organizationId: org, role: 'organizer' });
    // Signed in through the API (the sign-in form has its own tests): the staff cookie goes to the browser.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
    await context.addCookies([{ name: 'tpl_staff', value: organizer.cookie.split('=')[1]!, url: t.base, httpOnly: true, sameSite: 'Strict' }]);
    const page = await context.newPage();
    await page.goto(`${t.base}/studio/${org}/cuoc-thi/${t.contest.id}`);
    await page.getByRole('link', { name: 'Kiểm tra gian lận' }).click();
    await page.getByRole('heading', { name: 'Kiểm tra gian lận', level: 1 }).waitFor();

    const item = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Trần Văn Siêu Tốc' }) });
    await item.waitFor();
    expect(await item.getByRole('list', { name: 'Bằng chứng' }).textContent()).toMatch(/Trả lời nhanh hơn thời gian đọc \(\+60\): Trả lời 20 câu trong 1\d giây/);
    expect(await page.getByRole('heading', { name: 'Nguyễn Thị Chăm Chỉ' }).count()).toBe(0);
    expect(await seriousA11yViolations(page)).toEqual([]);

    // No reason: refused, with the error on the field.
    await item.getByRole('button', { name: 'Loại khỏi cuộc thi: Trần Văn Siêu Tốc' }).click();
    await item.getByRole('alert').filter({ hasText: 'Lý do cần ít nhất 5 ký tự.' }).waitFor();
    expect(await item.getByLabel('Lý do quyết định (bắt buộc, 5–500 ký tự)').getAttribute('aria-invalid')).toBe('true');

    await item.getByLabel('Lý do quyết định (bắt buộc, 5–500 ký tự)').fill('Trả lời 20 câu trong vài giây, không thể đọc kịp đề');
    await item.getByRole('button', { name: 'Loại khỏi cuộc thi: Trần Văn Siêu Tốc' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã loại người dự thi khỏi cuộc thi.' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Trần Văn Siêu Tốc' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Đã loại (1)' }).click();
    const gone = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Trần Văn Siêu Tốc' }) });
    await gone.getByText(/^Đã loại bởi Cán bộ .*: Trả lời 20 câu trong vài giây, không thể đọc kịp đề$/).waitFor();

    // Usable on a phone too: nothing scrolls sideways.
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
    await context.close();

    // Out of the leaderboard, and the participant is told why on the result.
    const board = (await t.app.inject({ method: 'GET', url: `/api/rounds/${t.roundId}/leaderboard` })).json() as { entries: { name: string }[] };
    expect(board.entries.map((e) => e.name)).toEqual(['Nguyễn T. C. C.']);
    const phone = await phoneContext(browser, t.base, bot);
    const resident = await phone.newPage();
    await resident.goto(`${t.base}/thi/${botAttempt}`);
    await resident.getByRole('alert').filter({ hasText: 'Ban Tổ chức đã loại bạn khỏi cuộc thi' }).filter({ hasText: 'Lý do: Trả lời 20 câu trong vài giây, không thể đọc kịp đề' }).waitFor();
    expect(await seriousA11yViolations(resident)).toEqual([]);
    await phone.close();
  }, 90_000);
});
