import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { AttemptViewSchema } from '@thiphapluat/shared';
import { register as registerService } from '../../server/src/modules/participants/participants.service.js';
import { registrationBody, SLUG, submit, type Contestant, type TestApp } from '../helpers/app.js';
import { createWebApp, launchChromium, phoneContext, seriousA11yViolations } from '../helpers/browser.js';

/**
 * A start while the server is full, on a phone: the resident lands in the waiting room, sees their
 * place and the estimated wait, proves the anti-bot work while waiting, and the quiz opens by itself
 * once an attempt ends and the room admits them.
 */
describe('waiting room in the browser', () => {
  let t: TestApp & { base: string };
  let browser: Browser;
  beforeAll(async () => {
    t = await createWebApp({
      config: { ADMISSION_MAX_IN_PROGRESS: 1, ADMISSION_MAX_STARTS_PER_S: 1000, POW_REQUIRED: true, POW_MIN_NUMBER: 500, POW_MAX_NUMBER: 2000 },
    });
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  // Registered through the service: the registration form and its proof of work have their own test.
  const resident = async (): Promise<Contestant> => {
    const s = await registerService(t.app.ctx, SLUG, registrationBody(t));
    return { token: s.token, participantId: s.participant.id, headers: { authorization: `Bearer ${s.token}` } };
  };

  it('queues a start, shows place and wait, then opens the quiz when room frees', async () => {
    const first = await resident();
    const started = await t.app.inject({ method: 'POST', url: `/api/rounds/${t.roundId}/attempts`, headers: first.headers });
    const attempt = AttemptViewSchema.parse(started.json());

    const who = await resident();
    const context = await phoneContext(browser, t.base, who);
    const page = await context.newPage();
    await page.goto(`${t.base}/cuoc-thi/${SLUG}`);
    await page.getByRole('button', { name: 'Vào thi' }).click();
    await page.getByRole('heading', { name: 'Phòng chờ vào thi' }).waitFor();
    expect(page.url()).toMatch(new RegExp(`/cuoc-thi/${SLUG}/phong-cho/[0-9a-f-]{36}$`));
    const place = page.getByRole('status').filter({ hasText: 'Vị trí của bạn' });
    expect(await place.textContent()).toMatch(/Vị trí của bạn: 1\s*Thời gian chờ dự kiến: khoảng \d+ giây/);
    await page.getByRole('status').filter({ hasText: 'Đã xác minh xong' }).waitFor({ state: 'attached', timeout: 30_000 });
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Still full: nobody admitted. Then the first resident submits and the room admits the next.
    expect(await t.app.admission.room.drain()).toBe(0);
    expect((await submit(t, first, attempt.id)).statusCode).toBe(200);
    // The proof reaches the server with the poll that follows the widget's "verified".
    await expect.poll(async () => t.app.admission.room.drain(), { timeout: 15_000, interval: 300 }).toBe(1);
    await page.getByRole('heading', { name: /^Câu 1\/\d+$/ }).waitFor({ timeout: 15_000 });
    expect(page.url()).toMatch(/\/thi\/[0-9a-f-]{36}$/);
    await context.close();
  });
});
