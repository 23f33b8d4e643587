import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { register, SLUG, start, submit, type TestApp } from '../helpers/app.js';
import { createWebApp, launchChromium, openQuiz, phoneContext, seriousA11yViolations } from '../helpers/browser.js';

/**
 * axe-core on every page built so far, at 360×640, with no serious or critical violations. Screenshots of
 * each page go to a folder printed below, so a person can look at them.
 */
describe('accessibility and layout at 360 px', () => {
  let t: TestApp & { base: string };
  let browser: Browser;
  const shots = join(tmpdir(), 'thiphapluat-screenshots');
  beforeAll(async () => {
    t = await createWebApp();
    browser = await launchChromium();
    mkdirSync(shots, { recursive: true });
    console.log(`screenshots: ${shots}`);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function check(page: Page, name: string) {
    await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
    expect(await seriousA11yViolations(page), name).toEqual([]);
    // Mobile first: nothing wider than the phone.
    expect(await page.evaluate('document.documentElement.scrollWidth'), name).toBeLessThanOrEqual(360);
  }

  it('the checker itself reports an unlabelled input and an image without alt text', async () => {
    const page = await browser.newPage();
    await page.setContent('<html lang="vi"><body><main><img src="data:,"><input type="text"></main></body></html>');
    const found = await seriousA11yViolations(page);
    expect(found.map((f) => f.split(' ')[0])).toEqual(expect.arrayContaining(['image-alt', 'label']));
    await page.close();
  });

  it('home, contest, registration (with errors), sign-in, quiz, confirm dialog and result pass axe', async () => {
    const me = await register(t);
    const context = await phoneContext(browser, t.base, me);
    const page = await context.newPage();
    await page.goto(t.base);
    await check(page, 'home');
    await page.goto(`${t.base}/cuoc-thi/${SLUG}`);
    await check(page, 'contest');

    await page.goto(`${t.base}/cuoc-thi/${SLUG}/xep-hang`);
    await check(page, 'leaderboard');
    await page.goto(`${t.base}/cuoc-thi/${SLUG}/luot-thi`);
    await check(page, 'my-attempts');

    const anon = await (await phoneContext(browser, t.base)).newPage();
    await anon.goto(`${t.base}/cuoc-thi/${SLUG}/dang-ky`);
    await check(anon, 'register');
    await anon.getByRole('button', { name: 'Đăng ký' }).click();
    await anon.getByRole('alert').waitFor();
    await check(anon, 'register-errors');
    await anon.goto(`${t.base}/cuoc-thi/${SLUG}/dang-nhap`);
    await check(anon, 'sign-in');

    const attempt = await start(t, me);
    await page.goto(`${t.base}/thi/${attempt.id}`);
    await page.getByText('Chưa trả lời', { exact: true }).waitFor();
    await check(page, 'quiz');
    await page.getByRole('button', { name: 'Câu 20: Chưa trả lời' }).click();
    await page.getByRole('button', { name: 'Nộp bài' }).click();
    await page.getByRole('dialog').waitFor();
    await check(page, 'quiz-confirm');
    await page.getByRole('dialog').getByRole('button', { name: 'Làm tiếp' }).click();
    await submit(t, me, attempt.id);
    await page.reload();
    await page.getByRole('heading', { name: 'Kết quả' }).waitFor();
    await check(page, 'result');
    await context.close();
  });

  it('can take the whole quiz with the keyboard alone', async () => {
    const me = await register(t);
    const attempt = await start(t, me);
    const { context, page } = await openQuiz(browser, t.base, me, attempt.id);
    for (let pos = 1; pos <= 20; pos++) {
      // Focus the first option of the question, choose it with Space, then move on with the Next button.
      await page.locator('fieldset input').first().focus();
      await page.keyboard.press('Space');
      await page.getByText('Đã lưu', { exact: true }).waitFor();
      if (pos < 20) {
        await page.getByRole('button', { name: 'Câu sau' }).focus();
        await page.keyboard.press('Enter');
        await page.getByRole('heading', { name: `Câu ${pos + 1}/20` }).waitFor();
      }
    }
    await page.getByRole('button', { name: 'Nộp bài' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').getByRole('button', { name: 'Nộp bài' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Kết quả' }).waitFor();
    expect(await page.textContent('main')).toMatch(/Số câu đúng: \d+\/20/);
    await context.close();
  });
});
