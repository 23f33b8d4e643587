import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { AddStaffResultSchema } from '@thiphapluat/shared';
import type { TestApp } from '../helpers/app.js';
import { createWebApp, launchChromium, seriousA11yViolations, studioContext } from '../helpers/browser.js';
import { createOrganization, demoOrganizationId, signInStaff, STAFF_PASSWORD, type StaffClient } from '../helpers/studio.js';

const navLinks = (page: Page) => page.getByRole('navigation', { name: 'Khu vực quản trị' }).getByRole('link').allTextContents();

describe('staff management in the browser', () => {
  let t: TestApp & { base: string };
  let browser: Browser;
  let org: number;
  let admin: StaffClient;
  beforeAll(async () => {
    t = await createWebApp();
    browser = await launchChromium();
    // A missing element fails fast with the locator named, well inside the test's own timeout.
    const newContext = browser.newContext.bind(browser);
    browser.newContext = async (...args) => {
      const c = await newContext(...args);
      c.setDefaultTimeout(15_000);
      return c;
    };
    org = demoOrganizationId(t.app);
    admin = await signInStaff(t.app, { organizationId: org, role: 'admin' });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('an admin adds a member who signs in with the one-time password, sees only their areas, follows a role change, and the change is in the audit log', async () => {
    const { context, page } = await studioContext(browser, t.base, admin.email, STAFF_PASSWORD);
    await page.goto(`${t.base}/studio/${org}/nhan-su`);
    await page.getByRole('heading', { name: 'Nhân sự của tổ chức' }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    // A bad email is refused inline, tied to its field.
    await page.getByLabel('Email').fill('lan@');
    await page.getByLabel('Họ tên').fill('Võ Thị Lan');
    // Past the browser's own email check, to see the server's answer in the page.
    await page.evaluate("document.getElementById('add-email').type = 'text'");
    await page.getByRole('button', { name: 'Thêm thành viên' }).click();
    await page.locator('#add-email-error').getByText('Email không hợp lệ.').waitFor();
    expect(await page.getByLabel('Email').getAttribute('aria-describedby')).toBe('add-email-error');

    await page.getByLabel('Email').fill('vo.thi.lan@example.vn');
    await page.getByLabel('Vai trò', { exact: true }).selectOption('viewer');
    await page.getByRole('button', { name: 'Thêm thành viên' }).click();
    await page.getByRole('heading', { name: 'Mật khẩu tạm thời — chỉ hiển thị một lần' }).waitFor();
    const password = (await page.locator('#otp-value').textContent())!.trim();
    expect(password).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: t.base });
    await page.getByRole('button', { name: 'Sao chép mật khẩu' }).click();
    await page.getByRole('status').getByText('Đã sao chép.').waitFor();
    expect(await page.evaluate('navigator.clipboard.readText()')).toBe(password);
    expect(await page.getByRole('row', { name: /Võ Thị Lan/ }).getByRole('cell').first().textContent()).toBe('vo.thi.lan@example.vn');
    expect(await seriousA11yViolations(page)).toEqual([]);
    // Shown once: a reload no longer has it.
    await page.reload();
    await page.getByRole('heading', { name: 'Nhân sự của tổ chức' }).waitFor();
    expect(await page.getByText(password).count()).toBe(0);

    const member = await studioContext(browser, t.base, 'vo.thi.lan@example.vn', password);
    await member.page.getByRole('heading', { name: 'Sở Tư pháp thành phố Cần Thơ' }).waitFor();
    expect(await navLinks(member.page)).toEqual(['Cuộc thi', 'Thống kê', 'Xuất dữ liệu']);
    const refused = await member.page.goto(`${t.base}/studio/${org}/nhan-su`);
    expect(refused?.status()).toBe(403);

    await page.getByLabel('Vai trò của Võ Thị Lan', { exact: true }).selectOption('organizer');
    await page.getByRole('button', { name: 'Lưu vai trò của Võ Thị Lan' }).click();
    await page.getByRole('status').getByText('Đã đổi vai trò của Võ Thị Lan.').waitFor();

    await member.page.goto(`${t.base}/studio/${org}`);
    expect(await navLinks(member.page)).toEqual(['Ngân hàng câu hỏi', 'Cuộc thi', 'Thống kê', 'Xuất dữ liệu', 'Đơn vị']);

    await page.getByRole('link', { name: 'Nhật ký thao tác' }).click();
    await page.getByRole('heading', { name: 'Nhật ký thao tác' }).waitFor();
    await page.getByLabel('Thao tác').selectOption({ label: 'Đổi vai trò' });
    await page.getByRole('button', { name: 'Lọc' }).click();
    await page.waitForURL(/action=staff\.role_changed/);
    await page.getByRole('status').getByText(/^1 mục/).waitFor();
    const changed = page.locator('tr.changed');
    expect(await changed.count()).toBe(1);
    expect((await changed.textContent())?.replace(/\s+/g, '')).toBe('role(đãđổi)viewerorganizer');
    expect(await page.getByRole('row', { name: /Đổi vai trò/ }).first().textContent()).toContain(admin.email);
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Removing asks for confirmation, then signs the member out (no other organization).
    await page.goto(`${t.base}/studio/${org}/nhan-su`);
    await page.getByRole('button', { name: 'Gỡ Võ Thị Lan khỏi tổ chức' }).click();
    const confirm = page.getByRole('button', { name: 'Xác nhận gỡ' });
    expect(await page.evaluate('document.activeElement?.textContent')).toBe('Xác nhận gỡ');
    await confirm.click();
    await page.getByRole('status').getByText('Đã xóa Võ Thị Lan khỏi tổ chức.').waitFor();
    await member.page.goto(`${t.base}/studio/${org}`);
    expect(new URL(member.page.url()).pathname).toBe('/studio/dang-nhap');

    await member.context.close();
    await context.close();
  }, 60_000);

  it('shows LAST_ADMIN inline when the only admin tries to step down, and the pages fit a 360 px screen', async () => {
    const lone = createOrganization(t.app, 'stp-mot-quan-tri');
    const only = await signInStaff(t.app, { organizationId: lone, role: 'admin' });
    const { context, page } = await studioContext(browser, t.base, only.email, STAFF_PASSWORD);
    await page.goto(`${t.base}/studio/${lone}/nhan-su`);
    const me = (await page.getByRole('row', { name: /\(bạn\)/ }).getByRole('rowheader').textContent())!.replace(/\s*\(bạn\)/, '').trim();
    await page.getByLabel(`Vai trò của ${me}`, { exact: true }).selectOption('viewer');
    await page.getByRole('button', { name: `Lưu vai trò của ${me}` }).click();
    await page.getByRole('alert').getByText('Tổ chức phải còn ít nhất một quản trị viên.').waitFor();
    expect(await page.getByLabel(`Vai trò của ${me}`, { exact: true }).getAttribute('aria-invalid')).toBe('true');

    // Something in the log to lay out: an addition and a role change, each with its before/after.
    const added = AddStaffResultSchema.parse((await only.post(`/api/studio/orgs/${lone}/staff`, { email: 'hep@example.vn', name: 'Nguyễn Thị Một Cái Tên Rất Dài Để Thử Màn Hình Hẹp', role: 'viewer' })).json());
    await only.put(`/api/studio/orgs/${lone}/staff/${added.member.userId}`, { role: 'organizer' });
    await page.setViewportSize({ width: 360, height: 740 });
    for (const path of ['nhan-su', 'nhat-ky']) {
      await page.goto(`${t.base}/studio/${lone}/${path}`);
      await page.getByText('hep@example.vn').first().waitFor();
      expect(await page.evaluate('document.documentElement.scrollWidth'), path).toBeLessThanOrEqual(360);
      expect(await seriousA11yViolations(page)).toEqual([]);
    }
    await context.close();
  });

  it('lets a platform admin create an organization, and refuses the page to everyone else', async () => {
    const platform = await signInStaff(t.app, { organizationId: null, platformAdmin: true });
    const { context, page } = await studioContext(browser, t.base, platform.email, STAFF_PASSWORD);
    await page.goto(`${t.base}/studio/nen-tang`);
    await page.getByLabel('Tên tổ chức').fill('Sở Tư pháp thành phố Huế');
    await page.getByLabel('Đường dẫn (slug)').fill('Sở Huế');
    await page.getByLabel('Email quản trị viên đầu tiên').fill('quantri@hue.example.vn');
    await page.getByLabel('Họ tên quản trị viên').fill('Trần Văn Bình');
    await page.getByRole('button', { name: 'Tạo tổ chức' }).click();
    await page.locator('#slug-error').waitFor();
    await page.getByLabel('Đường dẫn (slug)').fill('stp-hue');
    await page.getByRole('button', { name: 'Tạo tổ chức' }).click();
    await page.getByRole('heading', { name: 'Mật khẩu tạm thời — chỉ hiển thị một lần' }).waitFor();
    await page.getByRole('rowheader', { name: 'Sở Tư pháp thành phố Huế' }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await context.close();

    const other = await studioContext(browser, t.base, admin.email, STAFF_PASSWORD);
    expect((await other.page.goto(`${t.base}/studio/nen-tang`))?.status()).toBe(403);
    await other.context.close();
  });

  it('changes my own password and signs my other browser out', async () => {
    const me = await signInStaff(t.app, { organizationId: org, role: 'reviewer' });
    const first = await studioContext(browser, t.base, me.email, STAFF_PASSWORD);
    const second = await studioContext(browser, t.base, me.email, STAFF_PASSWORD);
    const page = first.page;
    await page.goto(`${t.base}/studio/tai-khoan`);
    await page.getByLabel('Mật khẩu hiện tại').fill('khong-dung-dau-ban-oi');
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill('cau-mat-khau-moi-rat-dai');
    await page.getByLabel('Nhập lại mật khẩu mới').fill('cau-mat-khau-moi-rat-dai');
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await page.locator('#currentPassword-error').getByText('Mật khẩu hiện tại không đúng.').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByLabel('Mật khẩu hiện tại').fill(STAFF_PASSWORD);
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill('cau-mat-khau-moi-rat-dai');
    await page.getByLabel('Nhập lại mật khẩu mới').fill('cau-mat-khau-moi-rat-dai');
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    // The other browser's session and the one signInStaff opened through the API.
    await page.getByRole('status').getByText('Đã đổi mật khẩu. 2 phiên đăng nhập khác đã bị đăng xuất.').waitFor();
    await page.goto(`${t.base}/studio/tai-khoan`);
    expect(new URL(page.url()).pathname).toBe('/studio/tai-khoan');
    await second.page.goto(`${t.base}/studio/tai-khoan`);
    expect(new URL(second.page.url()).pathname).toBe('/studio/dang-nhap');
    await first.context.close();
    await second.context.close();
  });
});
