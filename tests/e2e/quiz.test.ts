import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { answerKey, register, start, type TestApp } from '../helpers/app.js';
import { createWebApp, launchChromium, openQuiz, phoneContext } from '../helpers/browser.js';

/** The quiz page in real Chromium at 360×640, against the real server. */
describe('quiz page', () => {
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

  /** Picks the option with this id on the current question and waits until the server acknowledged it. */
  async function answer(page: Page, optionIds: string[]) {
    for (const id of optionIds) await page.locator(`input[value="${id}"]`).check();
    await page.getByText('Đã lưu', { exact: true }).waitFor();
  }

  it('answers every question with acks, submits with a prediction and shows score, rank and explanations', async () => {
    const me = await register(t);
    const attempt = await start(t, me);
    const key = answerKey(t, attempt.id);
    const { context, page } = await openQuiz(browser, t.base, me, attempt.id);
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    await page.getByRole('heading', { name: 'Câu 1/20' }).waitFor();
    for (const q of attempt.questions) {
      await answer(page, key.get(q.position)!);
      if (q.position < 20) await page.getByRole('button', { name: 'Câu sau' }).click();
    }
    await page.getByLabel(/Câu hỏi dự đoán/).fill('7');
    await page.getByRole('button', { name: 'Nộp bài' }).click();
    await page.getByRole('dialog').getByText('Bạn đã trả lời 20/20 câu.', { exact: false }).waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Nộp bài' }).click();
    await page.getByRole('heading', { name: 'Kết quả' }).waitFor();
    const text = (await page.textContent('main'))!.replace(/\s+/g, ' ');
    expect(text).toContain('Điểm: 20/20');
    expect(text).toContain('Xếp hạng trong đợt: 1');
    expect(text).toContain('Căn cứ:');
    await context.close();
  });

  it('comes back after a refresh on the same question, with the answers marked and the server time left', async () => {
    const me = await register(t);
    const attempt = await start(t, me);
    const { context, page } = await openQuiz(browser, t.base, me, attempt.id);
    for (const q of attempt.questions.slice(0, 3)) {
      await answer(page, [q.options[0]!.id]);
      await page.getByRole('button', { name: 'Câu sau' }).click();
    }
    await page.getByRole('button', { name: 'Câu trước' }).click(); // now on question 3
    await page.reload();
    await page.getByRole('heading', { name: 'Câu 3/20' }).waitFor();
    expect(await page.locator(`input[value="${attempt.questions[2]!.options[0]!.id}"]`).isChecked()).toBe(true);
    const answeredButtons = await page.locator('nav li button.done').count();
    expect(answeredButtons).toBe(3);
    // The test server's clock stands still: the page must show its time left, not the device's idea of it.
    const serverLeft = new Date(attempt.deadlineAt).getTime() - t.clock.now();
    await page.locator('[role="timer"]').filter({ hasNotText: '00:00' }).waitFor();
    const [mm, ss] = (await page.textContent('[role="timer"]'))!.split(':').map(Number) as [number, number];
    expect(Math.abs((mm * 60 + ss) * 1000 - serverLeft)).toBeLessThanOrEqual(2000);
    await context.close();
  });

  it('tells the older tab it was replaced when the attempt is opened in a second one', async () => {
    const me = await register(t);
    const attempt = await start(t, me);
    const { context, page: older } = await openQuiz(browser, t.base, me, attempt.id);
    for (let i = 0; i < 3; i++) await older.getByRole('button', { name: 'Câu sau' }).click();
    const newer = await context.newPage();
    await newer.goto(`${t.base}/thi/${attempt.id}`);
    await older.getByRole('alert').getByText(/thẻ hoặc thiết bị khác/).waitFor();
    // The second tab picks up on the question the first one was showing.
    await newer.getByRole('heading', { name: 'Câu 4/20' }).waitFor();
    await context.close();
  });

  it('answers 404 in Vietnamese for an attempt that is not yours, and 401 when signed out', async () => {
    const owner = await register(t);
    const attempt = await start(t, owner);
    const stranger = await register(t);
    const context = await phoneContext(browser, t.base, stranger);
    const page = await context.newPage();
    expect((await page.goto(`${t.base}/thi/${attempt.id}`))?.status()).toBe(404);
    expect(await page.textContent('body')).toContain('Không tìm thấy lượt thi.');
    const anon = await phoneContext(browser, t.base);
    const p2 = await anon.newPage();
    expect((await p2.goto(`${t.base}/thi/${attempt.id}`))?.status()).toBe(401);
    await context.close();
    await anon.close();
  });

  it('keeps answers made while offline and saves them in order once the connection returns', async () => {
    const me = await register(t);
    const attempt = await start(t, me);
    const { context, page } = await openQuiz(browser, t.base, me, attempt.id);
    await context.setOffline(true);
    for (const ws of t.app.websocketServer.clients) ws.terminate();
    await page.getByText(/Mất kết nối/).waitFor();
    const q = attempt.questions;
    await page.locator(`input[value="${q[0]!.options[0]!.id}"]`).check();
    await page.getByText('Đang lưu…', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Câu sau' }).click();
    await page.locator(`input[value="${q[1]!.options[1]!.id}"]`).check();
    await page.getByRole('button', { name: 'Câu trước' }).click();
    // Changed while offline. A drawn question may allow several answers (check boxes), so the first choice is undone explicitly.
    if (q[0]!.multiple) await page.locator(`input[value="${q[0]!.options[0]!.id}"]`).uncheck();
    await page.locator(`input[value="${q[0]!.options[1]!.id}"]`).check();
    await context.setOffline(false);
    await page.getByText('Đã lưu', { exact: true }).waitFor({ timeout: 15_000 });
    await page.getByText(/Mất kết nối/).waitFor({ state: 'detached' });
    const stored = await t.app.inject({ method: 'GET', url: `/api/attempts/${attempt.id}`, headers: me.headers });
    const answers = (stored.json() as { answers: { position: number; optionIds: string[] }[] }).answers;
    expect(answers.map((a) => [a.position, a.optionIds])).toEqual([
      [1, [q[0]!.options[1]!.id]],
      [2, [q[1]!.options[1]!.id]],
    ]);
    await context.close();
  });

  it('warns at 5 and 1 minute left, and reports a paste as an integrity event without blocking', async () => {
    const me = await register(t);
    const attempt = await start(t, me);
    const { context, page } = await openQuiz(browser, t.base, me, attempt.id);
    await page.locator('[role="timer"]').filter({ hasNotText: '00:00' }).waitFor();
    const deadline = new Date(attempt.deadlineAt).getTime();
    t.clock.set(deadline - 5 * 60_000 + 500);
    await t.app.sweep();
    await page.getByRole('alert').getByText('Còn 5 phút làm bài.').waitFor();
    t.clock.set(deadline - 60_000 + 500);
    await t.app.sweep();
    await page.getByRole('alert').getByText('Còn 1 phút làm bài.').waitFor();
    await page.evaluate("document.dispatchEvent(new Event('paste'))");
    await page.locator(`input[value="${attempt.questions[0]!.options[0]!.id}"]`).check();
    await page.getByText('Đã lưu', { exact: true }).waitFor();
    const events = t.app.ctx.db.all<{ kind: string }>(sql`select kind from integrity_events where attempt_id = ${attempt.id}`);
    expect(events.map((e) => e.kind)).toContain('paste');
    await context.close();
  });
  it('lands on the result without a click when time runs out', async () => {
    const me = await register(t);
    const attempt = await start(t, me);
    const { context, page } = await openQuiz(browser, t.base, me, attempt.id);
    await page.locator(`input[value="${attempt.questions[0]!.options[0]!.id}"]`).check();
    await page.getByText('Đã lưu', { exact: true }).waitFor();
    // The server's clock reaches the deadline (plus grace) and its sweeper closes the attempt.
    t.clock.set(new Date(attempt.deadlineAt).getTime() + 2500);
    await t.app.sweep();
    await page.getByRole('heading', { name: 'Kết quả' }).waitFor();
    expect(await page.textContent('main')).toContain('Hết giờ, bài đã được nộp tự động.');
    await context.close();
  });
});
