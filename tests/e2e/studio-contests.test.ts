import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { TestApp } from '../helpers/app.js';
import { createWebApp, launchChromium, seriousA11yViolations, studioContext } from '../helpers/browser.js';
import { demoOrganizationId, signInStaff, STAFF_PASSWORD } from '../helpers/studio.js';

describe('contest builder in the browser', () => {
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

  it('builds a contest with rules, a round and a blueprint, is refused on a shortfall, publishes it and sees it on the home page', async () => {
    const org = demoOrganizationId(t.app);
    const organizer = await signInStaff(t.app, { organizationId: org, role: 'organizer' });
    const { context, page } = await studioContext(browser, t.base, organizer.email, STAFF_PASSWORD);
    try {
      await page.goto(`${t.base}/studio/${org}/cuoc-thi`);
      await page.getByRole('cell', { name: /Tìm hiểu pháp luật/ }).first().waitFor();
      await page.getByRole('link', { name: 'Tạo cuộc thi' }).click();
      await page.getByLabel('Tên cuộc thi').fill('Tìm hiểu Luật Căn cước 2027');
      await page.getByLabel('Đường dẫn (slug)').fill('tim-hieu-luat-can-cuoc');
      await page.getByLabel('Giới thiệu ngắn').fill('Cuộc thi dành cho người dân từ đủ 15 tuổi.');
      await page.getByRole('button', { name: 'Tạo bản nháp' }).click();
      await page.getByRole('heading', { level: 1, name: 'Tìm hiểu Luật Căn cước 2027' }).waitFor();

      // Rules with a live preview.
      await page.getByLabel('Thể lệ (markdown)').fill('## Đối tượng dự thi\n\nCông dân **từ đủ 15 tuổi**.');
      await page.getByRole('region', { name: 'Xem trước thể lệ' }).getByRole('heading', { name: 'Đối tượng dự thi' }).waitFor();
      await page.getByRole('button', { name: 'Lưu thông tin chung' }).click();
      await page.locator('#thong-tin').getByRole('status').getByText('Đã lưu.').waitFor();

      // A round in Vietnamese time.
      await page.getByRole('button', { name: 'Thêm đợt thi' }).click();
      await page.getByLabel('Tên đợt').fill('Đợt 1');
      await page.getByLabel('Bắt đầu (giờ Việt Nam)').fill('2026-12-01T08:00');
      await page.getByLabel('Kết thúc (giờ Việt Nam)').fill('2026-12-31T20:00');
      await page.getByLabel('Thời gian làm bài (phút)').fill('15');
      await page.getByRole('button', { name: 'Thêm đợt thi' }).click();
      const row = page.getByRole('row', { name: /Đợt 1/ }).first();
      await row.getByText('01/12/2026 08:00').waitFor();
      expect(await row.textContent()).toContain('31/12/2026 20:00');

      // The live check reacts as the organizer types: far more Hiến pháp questions than the bank has.
      const hienPhapEasy = page.getByLabel('Hiến pháp, Dễ: số câu');
      await hienPhapEasy.fill('50');
      const summary = page.locator('#co-cau-de').getByRole('status').filter({ hasText: /Thiếu|Ngân hàng đủ|Chưa có/ });
      await summary.getByText(/✗ Thiếu \d+ câu/).waitFor();
      expect(await summary.textContent()).toMatch(/Hiến pháp, dễ: cần 50, chỉ lấy được \d+/);
      await page.getByRole('button', { name: 'Lưu cơ cấu đề Đợt 1' }).click();
      await page.getByRole('heading', { name: 'Đợt 1: 50 câu' }).waitFor();
      expect(await seriousA11yViolations(page)).toEqual([]);

      // Publishing is refused with the server's shortfall list.
      await page.getByRole('button', { name: 'Xuất bản' }).click();
      const refusal = page.locator('#thao-tac').getByRole('alert');
      await refusal.getByText('Ngân hàng câu hỏi đã duyệt chưa đủ câu cho cơ cấu đề thi.').waitFor();
      const shortRow = refusal.getByRole('row', { name: /Hiến pháp/ });
      expect(await shortRow.textContent()).toMatch(/^Đợt 1Hiến phápDễ50\d+\d+$/);
      expect(await seriousA11yViolations(page)).toEqual([]);

      // Fixed: two easy Hiến pháp questions and eight of anything.
      await page.getByLabel('Hiến pháp, Dễ: số câu').fill('2');
      await page.getByLabel('Bất kỳ lĩnh vực, Bất kỳ độ khó: số câu').fill('8');
      await summary.getByText('✓ Ngân hàng đủ câu cho đề 10 câu.').waitFor();
      await page.getByRole('button', { name: 'Lưu cơ cấu đề Đợt 1' }).click();
      await page.getByRole('heading', { name: 'Đợt 1: 10 câu' }).waitFor();
      await page.getByRole('button', { name: 'Xuất bản' }).click();
      await page.getByText('Đã xuất bản: cuộc thi hiện trên trang chủ.').waitFor();
      await page.getByText('Đang diễn ra', { exact: true }).waitFor();
      expect(await seriousA11yViolations(page)).toEqual([]);

      // Residents see it.
      await page.goto(`${t.base}/`);
      await page.getByRole('link', { name: 'Tìm hiểu Luật Căn cước 2027' }).click();
      await page.getByRole('heading', { level: 1, name: 'Tìm hiểu Luật Căn cước 2027' }).waitFor();
      await page.getByRole('heading', { name: 'Đối tượng dự thi' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/cuoc-thi/tim-hieu-luat-can-cuoc');
    } finally {
      await context.close();
    }
  });

  it('shows the builder read-only to a viewer, and the unit list with a search that ignores diacritics', async () => {
    const org = demoOrganizationId(t.app);
    const viewer = await signInStaff(t.app, { organizationId: org, role: 'viewer' });
    const { context, page } = await studioContext(browser, t.base, viewer.email, STAFF_PASSWORD);
    try {
      await page.goto(`${t.base}/studio/${org}/cuoc-thi/${t.contest.id}`);
      await page.getByText('Bạn đang xem ở chế độ chỉ đọc.').waitFor();
      expect(await page.getByRole('button', { name: 'Xuất bản' }).count()).toBe(0);
      expect(await page.getByLabel('Tên cuộc thi').isDisabled()).toBe(true);
      await page.getByRole('link', { name: 'Theo dõi trực tiếp Đợt 1' }).waitFor();
      expect(await seriousA11yViolations(page)).toEqual([]);
      await context.close();

      const organizer = await signInStaff(t.app, { organizationId: org, role: 'organizer' });
      const s = await studioContext(browser, t.base, organizer.email, STAFF_PASSWORD);
      await s.page.goto(`${t.base}/studio/${org}/don-vi`);
      await s.page.getByLabel('Tìm đơn vị (không cần dấu)').fill('phuong cai khe');
      await s.page.getByRole('cell', { name: 'Phường Cái Khế, Thành phố Cần Thơ' }).waitFor();
      expect(await s.page.locator('tbody tr').count()).toBe(1);
      expect(await seriousA11yViolations(s.page)).toEqual([]);
      await s.context.close();
    } finally {
      await context.close().catch(() => undefined);
    }
  });
});
