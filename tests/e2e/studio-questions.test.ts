import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inArray } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { questionVersions } from '@thiphapluat/db';
import { createWebApp, launchChromium, seriousA11yViolations, studioContext } from '../helpers/browser.js';
import { demoOrganizationId, signInStaff, STAFF_PASSWORD } from '../helpers/studio.js';
import type { TestApp } from '../helpers/app.js';

async function bankFile(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Câu hỏi');
  ws.addRow(['Câu hỏi', 'A', 'B', 'C', 'D', 'Đáp án', 'Lĩnh vực', 'Độ khó', 'Giải thích', 'Căn cứ pháp lý']);
  ws.addRow(['Người đủ bao nhiêu tuổi được cấp thẻ căn cước lần đầu (e2e)?', 'Từ 0 tuổi', '6 tuổi', '14 tuổi', '16 tuổi', 'A', 'Căn cước', 'Dễ', 'Luật Căn cước 2023 cho phép cấp từ 0 tuổi.', 'Luật Căn cước 2023, Điều 19']);
  ws.addRow(['Hòa giải viên ở cơ sở do ai bầu ra (e2e)?', 'Nhân dân ở thôn, tổ dân phố', 'UBND cấp xã', 'Tòa án', 'Công an', 'E', 'Hòa giải ở cơ sở', 'Trung bình', '', 'Luật Hòa giải ở cơ sở 2013, Điều 8']);
  ws.addRow(['Đất đai thuộc sở hữu của ai theo Hiến pháp 2013 (e2e)?', 'Toàn dân', 'Nhà nước', 'Tập thể', 'Cá nhân', 'A', 'Đất đai', 'Khó', '', 'Hiến pháp 2013, Điều 53']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('question bank in the studio', () => {
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

  it('imports an xlsx, fixes the row with an out-of-range answer in the preview, then publishes the imported questions from the list', async () => {
    const org = demoOrganizationId(t.app);
    const admin = await signInStaff(t.app, { organizationId: org, role: 'admin' });
    const { context, page } = await studioContext(browser, t.base, admin.email, STAFF_PASSWORD);

    await page.goto(`${t.base}/studio/${org}/cau-hoi/nhap`);
    await page.getByRole('heading', { name: 'Nhập câu hỏi từ tệp' }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByLabel('Tệp câu hỏi').setInputFiles({ name: 'ngan-hang-e2e.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await bankFile() });
    await page.getByRole('button', { name: 'Xem trước' }).click();
    await page.getByRole('heading', { name: /Xem trước: ngan-hang-e2e\.xlsx/ }).waitFor();

    const broken = page.locator('tr[data-line="3"]');
    await expect.poll(() => broken.getAttribute('class')).toContain('has-errors');
    expect(await broken.locator('.errors').innerText()).toMatch(/E/);
    for (const line of ['2', '4']) expect(await page.locator(`tr[data-line="${line}"]`).getByText('Hợp lệ').count()).toBe(1);
    const importButton = page.getByRole('button', { name: /^Nhập \d+ câu hỏi$/ });
    expect(await importButton.isDisabled()).toBe(true);
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Fix the row: A is the right answer.
    await page.getByRole('button', { name: 'Sửa dòng 3' }).click();
    const editor = page.getByRole('group', { name: 'Sửa dòng 3' });
    await editor.getByRole('checkbox', { name: 'đúng (phương án A)' }).check();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await editor.getByRole('button', { name: 'Xong sửa dòng 3' }).click();
    await broken.getByText('Hợp lệ').waitFor();
    expect(await editor.count()).toBe(0);
    expect(await importButton.innerText()).toBe('Nhập 3 câu hỏi');
    expect(await importButton.isEnabled()).toBe(true);

    await importButton.click();
    await page.waitForURL(/\/cau-hoi\?ids=/);
    const ids = new URL(page.url()).searchParams.get('ids')!.split(',').map(Number);
    expect(ids).toHaveLength(3);
    await page.getByText('Đang xem 3 câu hỏi vừa nhập.').waitFor();
    const rows = page.locator('tbody tr');
    expect(await rows.count()).toBe(3);
    expect(await rows.getByText('Bản nháp').count()).toBe(3);
    expect(await page.getByRole('row', { name: /Hòa giải viên ở cơ sở do ai bầu ra/ }).count()).toBe(1);
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByRole('checkbox', { name: 'Chọn tất cả trên trang' }).check();
    await page.getByText('3 câu hỏi đã chọn').waitFor();
    await page.getByRole('button', { name: 'Duyệt & xuất bản' }).click();
    await page.getByText('Đã xuất bản 3 câu hỏi.').waitFor();
    await expect.poll(() => rows.getByText('Đã xuất bản').count()).toBe(3);

    const statuses = t.app.ctx.db.select({ status: questionVersions.status }).from(questionVersions).where(inArray(questionVersions.questionId, ids)).all();
    expect(statuses.map((s) => s.status)).toEqual(['published', 'published', 'published']);
    await context.close();
  });

  it('searches without diacritics, and edits a published question into a new draft version', async () => {
    const org = demoOrganizationId(t.app);
    const organizer = await signInStaff(t.app, { organizationId: org, role: 'organizer' });
    const reviewer = await signInStaff(t.app, { organizationId: org, role: 'reviewer' });
    const fieldId = ((await organizer.get(`/api/studio/orgs/${org}/legal-fields`)).json() as { fields: { id: number }[] }).fields[2]!.id;
    const created = (await organizer.post(`/api/studio/orgs/${org}/questions`, {
      text: 'Tổ trưởng tổ hòa giải do ai bầu ra (e2e)?',
      options: [{ text: 'Các hòa giải viên', correct: true }, { text: 'Chủ tịch UBND xã', correct: false }],
      fieldIds: [fieldId],
      difficulty: 2,
    })).json() as { id: number };
    expect((await reviewer.post(`/api/studio/orgs/${org}/questions/${created.id}/publish`)).statusCode).toBe(200);

    const { context, page } = await studioContext(browser, t.base, organizer.email, STAFF_PASSWORD);
    await page.goto(`${t.base}/studio/${org}/cau-hoi`);
    await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill('to truong to hoa giai bau');
    await page.getByRole('button', { name: 'Lọc' }).click();
    await page.waitForURL(/q=to/);
    const link = page.getByRole('link', { name: /Tổ trưởng tổ hòa giải do ai bầu ra/ });
    await link.waitFor();
    expect(await link.count()).toBe(1);
    // No bulk publish for an organizer.
    expect(await page.getByRole('button', { name: 'Duyệt & xuất bản' }).count()).toBe(0);
    // Desktop first, but a phone gets the same page without a sideways-scrolling layout (the table scrolls itself).
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
    await page.setViewportSize({ width: 1280, height: 900 });
    await link.click();
    await page.getByRole('heading', { name: new RegExp(`Câu hỏi #${created.id}`) }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByLabel('Câu hỏi', { exact: true }).fill('Tổ trưởng tổ hòa giải do ai **bầu** ra (e2e, sửa)?');
    expect(await page.locator('.preview strong').innerText()).toBe('bầu');
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await page.getByText(/Đã tạo phiên bản 2 \(bản nháp\)/).waitFor();
    const history = page.getByRole('table').last();
    await history.locator('tbody tr').nth(1).waitFor();
    expect(await history.locator('tbody tr').count()).toBe(2);
    expect(await history.locator('tbody tr').nth(1).innerText()).toContain('Bản nháp');
    await context.close();
  });
});
