import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditLog, staffMemberships, staffSessions, staffUsers } from '@thiphapluat/db';
import {
  AddStaffResultSchema,
  AuditPageSchema,
  ChangePasswordResultSchema,
  CreateOrganizationResultSchema,
  ErrorBodySchema,
  OrganizationListSchema,
  StaffListSchema,
  StaffMeSchema,
  StaffMemberSchema,
} from '@thiphapluat/shared';
import { createTestApp, type TestApp } from './helpers/app.js';
import { createOrganization, demoOrganizationId, signInStaff, STAFF_PASSWORD, type StaffClient } from './helpers/studio.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const errorOf = (res: { json(): unknown }) => ErrorBodySchema.parse(res.json()).error;

async function signInWith(email: string, password: string) {
  const res = await t.app.inject({ method: 'POST', url: '/api/studio/session', payload: { email, password } });
  const set = res.cookies.find((c) => c.name === 'tpl_staff');
  return { status: res.statusCode, cookie: set ? `tpl_staff=${set.value}` : null };
}

const asCookie = (cookie: string) => ({
  get: (url: string) => t.app.inject({ method: 'GET', url, headers: { cookie } }),
  put: (url: string, payload: object) => t.app.inject({ method: 'PUT', url, headers: { cookie }, payload }),
});

/** Everything the audit log holds, as text: what must never contain a password or a hash. */
const wholeAuditLog = () => JSON.stringify(t.app.ctx.db.select().from(auditLog).all());

/** A fresh organization with one admin, so tests don't depend on each other's staff changes. */
async function freshOrg(slug: string): Promise<{ org: number; admin: StaffClient; base: string }> {
  const org = createOrganization(t.app, slug);
  const admin = await signInStaff(t.app, { organizationId: org, role: 'admin' });
  return { org, admin, base: `/api/studio/orgs/${org}/staff` };
}

describe('organization staff (staff.manage)', () => {
  it('adds a new member with a generated password, shown once, that signs in with the chosen role', async () => {
    const { org, admin, base } = await freshOrg('stp-them');
    const res = await admin.post(base, { email: '  Le.Thi.Hoa@Example.VN ', name: 'Lê Thị Hoa', role: 'organizer' });
    expect(res.statusCode).toBe(201);
    expect(res.headers['cache-control']).toBe('no-store');
    const added = AddStaffResultSchema.parse(res.json());
    expect(added).toMatchObject({ accountCreated: true, member: { email: 'le.thi.hoa@example.vn', name: 'Lê Thị Hoa', role: 'organizer', disabled: false, lastSignInAt: null } });
    expect(added.password).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);

    const signIn = await signInWith('le.thi.hoa@example.vn', added.password!);
    expect(signIn.status).toBe(200);
    const me = StaffMeSchema.parse((await asCookie(signIn.cookie!).get('/api/studio/me')).json());
    expect(me.memberships).toEqual([{ organization: expect.objectContaining({ id: org }), role: 'organizer' }]);

    // The list shows them, now with a sign-in on record; the password is nowhere to be read again.
    const list = StaffListSchema.parse((await admin.get(base)).json());
    const row = list.members.find((m) => m.email === 'le.thi.hoa@example.vn');
    expect(row?.lastSignInAt).toBe(new Date(t.clock.now()).toISOString());
    expect(JSON.stringify(list)).not.toContain(added.password!);
  });

  it('adds an existing account as a member without a new password and without renaming it', async () => {
    const { org: other } = await freshOrg('stp-khac');
    const existing = await signInStaff(t.app, { organizationId: other, role: 'reviewer' });
    const { org, admin, base } = await freshOrg('stp-co-san');
    const res = await admin.post(base, { email: existing.email.toUpperCase(), name: 'Tên Khác', role: 'viewer' });
    expect(res.statusCode).toBe(201);
    const added = AddStaffResultSchema.parse(res.json());
    expect(added).toMatchObject({ accountCreated: false, password: null, member: { userId: existing.userId, role: 'viewer' } });
    expect(added.member.name).not.toBe('Tên Khác');
    // Their old password still works, and they now belong to both organizations with separate roles.
    const me = StaffMeSchema.parse((await existing.get('/api/studio/me')).json());
    expect(me.memberships.map((m) => [m.organization.id, m.role]).sort()).toEqual([[org, 'viewer'], [other, 'reviewer']].sort());

    const again = await admin.post(base, { email: existing.email, name: 'X', role: 'admin' });
    expect(again.statusCode).toBe(409);
    expect(errorOf(again)).toMatchObject({ code: 'CONFLICT', fields: [{ path: 'email' }] });
  });

  it('validates the new member with Vietnamese field errors and writes nothing', async () => {
    const { admin, base } = await freshOrg('stp-sai');
    const before = t.app.ctx.db.select().from(staffUsers).all().length;
    const res = await admin.post(base, { email: 'khong-phai-email', name: '   ', role: 'boss' });
    expect(res.statusCode).toBe(400);
    const error = errorOf(res);
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.fields?.map((f) => f.path).sort()).toEqual(['email', 'name', 'role']);
    expect(error.fields?.find((f) => f.path === 'email')?.message).toBe('Email không hợp lệ.');
    expect(t.app.ctx.db.select().from(staffUsers).all().length).toBe(before);
  });

  it('changes a role and records who changed what, before and after', async () => {
    const { org, admin, base } = await freshOrg('stp-vai-tro');
    const member = await signInStaff(t.app, { organizationId: org, role: 'viewer' });
    const res = await admin.put(`${base}/${member.userId}`, { role: 'reviewer' });
    expect(res.statusCode).toBe(200);
    expect(StaffMemberSchema.parse(res.json()).role).toBe('reviewer');
    // The new role applies at once: a reviewer may read the bank capability-wise, a viewer may not.
    const me = StaffMeSchema.parse((await member.get('/api/studio/me')).json());
    expect(me.memberships[0]?.role).toBe('reviewer');

    const audit = AuditPageSchema.parse((await admin.get(`/api/studio/orgs/${org}/audit?action=staff.role_changed`)).json());
    expect(audit.entries).toHaveLength(1);
    expect(audit.entries[0]).toMatchObject({
      actor: { id: admin.userId, email: admin.email },
      entity: 'staff',
      entityId: String(member.userId),
      before: { role: 'viewer', email: member.email },
      after: { role: 'reviewer', email: member.email },
    });
  });

  it('refuses to demote or remove the last admin with 409 LAST_ADMIN, and allows it once there is another', async () => {
    const { org, admin, base } = await freshOrg('stp-admin-cuoi');
    for (const res of [await admin.put(`${base}/${admin.userId}`, { role: 'organizer' }), await admin.delete(`${base}/${admin.userId}`)]) {
      expect(res.statusCode).toBe(409);
      expect(errorOf(res)).toMatchObject({ code: 'LAST_ADMIN', message: 'Tổ chức phải còn ít nhất một quản trị viên.' });
    }
    expect(t.app.ctx.db.select().from(staffMemberships).where(eq(staffMemberships.organizationId, org)).all()).toEqual([
      expect.objectContaining({ userId: admin.userId, role: 'admin' }),
    ]);
    const second = await signInStaff(t.app, { organizationId: org, role: 'admin' });
    expect((await admin.put(`${base}/${admin.userId}`, { role: 'organizer' })).statusCode).toBe(200);
    // Now `second` is the last admin.
    const last = await second.delete(`${base}/${second.userId}`);
    expect(errorOf(last).code).toBe('LAST_ADMIN');
  });

  it('removes a member and signs them out everywhere when they have no other organization', async () => {
    const { org, admin, base } = await freshOrg('stp-xoa');
    const leaving = await signInStaff(t.app, { organizationId: org, role: 'organizer' });
    const secondTab = await signInWith(leaving.email, STAFF_PASSWORD);
    expect((await leaving.get('/api/studio/me')).statusCode).toBe(200);

    expect((await admin.delete(`${base}/${leaving.userId}`)).statusCode).toBe(204);
    expect((await leaving.get('/api/studio/me')).statusCode).toBe(401);
    expect((await asCookie(secondTab.cookie!).get('/api/studio/me')).statusCode).toBe(401);
    expect(t.app.ctx.db.select().from(staffSessions).where(eq(staffSessions.userId, leaving.userId)).all()).toEqual([]);
    expect((await admin.delete(`${base}/${leaving.userId}`)).statusCode).toBe(404);

    // Someone who still belongs elsewhere keeps their session.
    const { org: elsewhere } = await freshOrg('stp-xoa-2');
    const both = await signInStaff(t.app, { organizationId: org, role: 'viewer' });
    t.app.ctx.db.insert(staffMemberships).values({ userId: both.userId, organizationId: elsewhere, role: 'viewer', createdAt: t.clock.now() }).run();
    expect((await admin.delete(`${base}/${both.userId}`)).statusCode).toBe(204);
    const me = StaffMeSchema.parse((await both.get('/api/studio/me')).json());
    expect(me.memberships.map((m) => m.organization.id)).toEqual([elsewhere]);
  });

  it("answers 404 for another organization's member and leaves them untouched", async () => {
    const a = await freshOrg('stp-a');
    const b = await freshOrg('stp-b');
    const theirs = await signInStaff(t.app, { organizationId: b.org, role: 'organizer' });
    for (const res of [await a.admin.put(`${a.base}/${theirs.userId}`, { role: 'viewer' }), await a.admin.delete(`${a.base}/${theirs.userId}`), await a.admin.delete(`${a.base}/${b.admin.userId}`)]) {
      expect(res.statusCode).toBe(404);
      expect(errorOf(res).code).toBe('NOT_FOUND');
    }
    expect((await theirs.get('/api/studio/me')).statusCode).toBe(200);
    const list = StaffListSchema.parse((await b.admin.get(b.base)).json());
    expect(list.members.find((m) => m.userId === theirs.userId)?.role).toBe('organizer');
    expect(StaffListSchema.parse((await a.admin.get(a.base)).json()).members.map((m) => m.userId)).toEqual([a.admin.userId]);
  });

  it('audits additions, role changes and removals without any password or hash', async () => {
    const { org, admin, base } = await freshOrg('stp-nhat-ky');
    const added = AddStaffResultSchema.parse((await admin.post(base, { email: 'bi.mat@example.vn', name: 'Bí Mật', role: 'viewer' })).json());
    await admin.put(`${base}/${added.member.userId}`, { role: 'organizer' });
    await admin.delete(`${base}/${added.member.userId}`);
    const rows = t.app.ctx.db.select().from(auditLog).where(eq(auditLog.organizationId, org)).all();
    expect(rows.map((r) => [r.action, r.actor, r.entityId])).toEqual([
      ['staff.added', `staff:${admin.userId}`, String(added.member.userId)],
      ['staff.role_changed', `staff:${admin.userId}`, String(added.member.userId)],
      ['staff.removed', `staff:${admin.userId}`, String(added.member.userId)],
    ]);
    expect(rows[0]?.after).toMatchObject({ email: 'bi.mat@example.vn', role: 'viewer', accountCreated: true });
    const hashOf = t.app.ctx.db.select().from(staffUsers).where(eq(staffUsers.id, added.member.userId)).get()!.passwordHash;
    const log = wholeAuditLog();
    expect(log).not.toContain(added.password!);
    expect(log).not.toContain(hashOf);
    expect(log).not.toMatch(/argon2|password_hash|passwordHash/i);
  });
});

describe('GET /api/studio/orgs/:orgId/audit', () => {
  it('lists newest first with filters on entity, action, actor and Vietnam-time days, and pages', async () => {
    // Late afternoon UTC on 23 Nov: 23:50 in Vietnam, ten minutes before the next local day.
    t.clock.set(Date.UTC(2026, 10, 23, 16, 50));
    const { org, admin, base } = await freshOrg('stp-loc');
    const other = await signInStaff(t.app, { organizationId: org, role: 'admin' });
    const ids: number[] = [];
    for (let i = 0; i < 5; i++) {
      ids.push(AddStaffResultSchema.parse((await admin.post(base, { email: `loc${i}@example.vn`, name: `Người ${i}`, role: 'viewer' })).json()).member.userId);
      t.clock.advance(60_000);
    }
    // The next day in Vietnam starts at 17:00 UTC; move past it.
    t.clock.set(Date.UTC(2026, 10, 23, 17, 30));
    await other.put(`${base}/${ids[0]}`, { role: 'organizer' });
    const url = `/api/studio/orgs/${org}/audit`;
    const page = async (q: string) => {
      const res = await admin.get(`${url}?${q}`);
      expect(res.statusCode, res.body).toBe(200);
      return AuditPageSchema.parse(res.json());
    };

    const all = await page('');
    expect(all.total).toBe(6);
    expect(all.entries.map((e) => e.action)).toEqual(['staff.role_changed', ...Array(5).fill('staff.added')]);
    expect(all.entries.map((e) => e.entityId).slice(1)).toEqual(ids.map(String).reverse());
    expect(all.facets.actions).toEqual(['staff.added', 'staff.role_changed']);
    expect(all.facets.actors.map((a) => a.id).sort()).toEqual([admin.userId, other.userId].sort());

    expect((await page(`actorId=${other.userId}`)).entries.map((e) => e.actor.name)).toEqual([expect.stringMatching(/^Cán bộ/)]);
    expect((await page('action=staff.added')).total).toBe(5);
    expect((await page('entity=contest')).total).toBe(0);
    expect((await page('from=2026-11-24&to=2026-11-24')).entries.map((e) => e.action)).toEqual(['staff.role_changed']);
    expect((await page('to=2026-11-23')).total).toBe(5);

    const p1 = await page('pageSize=2&page=1');
    const p3 = await page('pageSize=2&page=3');
    expect(p1.entries).toHaveLength(2);
    expect(p3.entries.map((e) => e.entityId)).toEqual([String(ids[1]), String(ids[0])]);
    expect((await page('pageSize=2&page=4')).entries).toEqual([]);
  });

  it('rejects bad filters with 400 and the fields at fault', async () => {
    const { org, admin } = await freshOrg('stp-loc-sai');
    const res = await admin.get(`/api/studio/orgs/${org}/audit?from=2026-13-01&pageSize=1000&actorId=abc`);
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).fields?.map((f) => f.path).sort()).toEqual(['querystring.actorId', 'querystring.from', 'querystring.pageSize']);
    const reversed = await admin.get(`/api/studio/orgs/${org}/audit?from=2026-11-24&to=2026-11-01`);
    expect(errorOf(reversed).fields).toEqual([{ path: 'querystring.to', message: 'Ngày kết thúc phải sau ngày bắt đầu.' }]);
  });

  it("never shows another organization's entries", async () => {
    const a = await freshOrg('stp-rieng-a');
    const b = await freshOrg('stp-rieng-b');
    await b.admin.post(b.base, { email: 'cua-b@example.vn', name: 'Của B', role: 'viewer' });
    const seen = AuditPageSchema.parse((await a.admin.get(`/api/studio/orgs/${a.org}/audit`)).json());
    expect(seen.total).toBe(0);
    expect(JSON.stringify(seen)).not.toContain('cua-b@example.vn');
  });
});

describe('platform organizations', () => {
  it('lets a platform admin create an organization with its first admin, who can sign in and manage it', async () => {
    const platform = await signInStaff(t.app, { organizationId: null, platformAdmin: true });
    const res = await platform.post('/api/studio/platform/organizations', {
      slug: 'stp-hung-yen',
      name: 'Sở Tư pháp tỉnh Hưng Yên',
      adminEmail: 'quantri@hungyen.example.vn',
      adminName: 'Phạm Văn Minh',
    });
    expect(res.statusCode, res.body).toBe(201);
    const created = CreateOrganizationResultSchema.parse(res.json());
    expect(created).toMatchObject({ organization: { slug: 'stp-hung-yen', memberCount: 1, adminCount: 1 }, accountCreated: true });
    const signIn = await signInWith('quantri@hungyen.example.vn', created.password!);
    expect(signIn.status).toBe(200);
    const staff = StaffListSchema.parse((await asCookie(signIn.cookie!).get(`/api/studio/orgs/${created.organization.id}/staff`)).json());
    expect(staff.members).toEqual([expect.objectContaining({ email: 'quantri@hungyen.example.vn', role: 'admin' })]);

    const audit = t.app.ctx.db.select().from(auditLog).where(eq(auditLog.organizationId, created.organization.id)).all();
    expect(audit.map((a) => [a.action, a.actor])).toEqual([
      ['organization.created', `staff:${platform.userId}`],
      ['staff.added', `staff:${platform.userId}`],
    ]);
    expect(wholeAuditLog()).not.toContain(created.password!);

    const list = OrganizationListSchema.parse((await platform.get('/api/studio/platform/organizations')).json());
    expect(list.organizations.find((o) => o.slug === 'stp-hung-yen')).toMatchObject({ memberCount: 1, adminCount: 1 });
    const demo = list.organizations.find((o) => o.id === demoOrganizationId(t.app));
    expect(demo?.memberCount).toBeGreaterThanOrEqual(1);
  });

  it('adds an existing account as first admin without a password, and refuses a taken slug with 409 SLUG_TAKEN', async () => {
    const platform = await signInStaff(t.app, { organizationId: null, platformAdmin: true });
    const existing = await signInStaff(t.app, { organizationId: null });
    const res = await platform.post('/api/studio/platform/organizations', { slug: 'stp-hue', name: 'Sở Tư pháp thành phố Huế', adminEmail: existing.email, adminName: 'X' });
    expect(CreateOrganizationResultSchema.parse(res.json())).toMatchObject({ accountCreated: false, password: null, admin: { userId: existing.userId } });
    const orgCount = async () => OrganizationListSchema.parse((await platform.get('/api/studio/platform/organizations')).json()).organizations.length;
    const count = await orgCount();
    const taken = await platform.post('/api/studio/platform/organizations', { slug: 'stp-hue', name: 'Trùng', adminEmail: 'moi@example.vn', adminName: 'Mới' });
    expect(taken.statusCode).toBe(409);
    expect(errorOf(taken)).toMatchObject({ code: 'SLUG_TAKEN', fields: [{ path: 'slug' }] });
    expect(await orgCount()).toBe(count);
    // Nothing half-written: the refused admin account does not exist.
    expect(t.app.ctx.db.select().from(staffUsers).where(eq(staffUsers.email, 'moi@example.vn')).get()).toBeUndefined();
  });

  it('validates the organization with field errors', async () => {
    const platform = await signInStaff(t.app, { organizationId: null, platformAdmin: true });
    const res = await platform.post('/api/studio/platform/organizations', { slug: 'Sở Tư Pháp', name: '', adminEmail: 'x', adminName: '' });
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).fields?.map((f) => f.path).sort()).toEqual(['adminEmail', 'adminName', 'name', 'slug']);
  });

  it('refuses platform routes with 401 without a session and 403 for anyone but a platform admin, before reading the body', async () => {
    const orgAdmin = await signInStaff(t.app, { organizationId: demoOrganizationId(t.app), role: 'admin' });
    const url = '/api/studio/platform/organizations';
    expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'POST', url, payload: {} })).statusCode).toBe(401);
    expect((await orgAdmin.get(url)).statusCode).toBe(403);
    const post = await orgAdmin.post(url, { slug: 'x' });
    expect(post.statusCode).toBe(403);
    expect(errorOf(post).fields).toBeUndefined();
  });
});

describe('PUT /api/studio/me/password', () => {
  it('changes the password, keeps this session, ends the others, and audits without secrets', async () => {
    const { org } = await freshOrg('stp-mat-khau');
    const me = await signInStaff(t.app, { organizationId: org, role: 'organizer' });
    const otherDevice = await signInWith(me.email, STAFF_PASSWORD);
    const newPassword = 'mot-cau-mat-khau-moi-dai';
    const res = await me.put('/api/studio/me/password', { currentPassword: STAFF_PASSWORD, newPassword });
    expect(res.statusCode, res.body).toBe(200);
    expect(ChangePasswordResultSchema.parse(res.json())).toEqual({ otherSessionsEnded: 1 });
    expect((await me.get('/api/studio/me')).statusCode).toBe(200);
    expect((await asCookie(otherDevice.cookie!).get('/api/studio/me')).statusCode).toBe(401);
    expect((await signInWith(me.email, STAFF_PASSWORD)).status).toBe(401);
    expect((await signInWith(me.email, newPassword)).status).toBe(200);

    const entry = t.app.ctx.db.select().from(auditLog).where(eq(auditLog.action, 'staff.password_changed')).all().find((a) => a.entityId === String(me.userId));
    expect(entry).toMatchObject({ organizationId: org, actor: `staff:${me.userId}`, after: { otherSessionsEnded: 1 } });
    expect(wholeAuditLog()).not.toContain(newPassword);
    expect(wholeAuditLog()).not.toContain(STAFF_PASSWORD);
  });

  it('rejects a wrong current password, a short one, the email and the same password, changing nothing', async () => {
    const me = await signInStaff(t.app, { organizationId: null });
    const cases: [object, string][] = [
      [{ currentPassword: 'khong-dung-dau-nhe', newPassword: 'mot-mat-khau-moi-dai' }, 'currentPassword'],
      [{ currentPassword: STAFF_PASSWORD, newPassword: 'ngan-qua' }, 'newPassword'],
      [{ currentPassword: STAFF_PASSWORD, newPassword: me.email.toUpperCase() }, 'newPassword'],
      [{ currentPassword: STAFF_PASSWORD, newPassword: STAFF_PASSWORD }, 'newPassword'],
    ];
    for (const [payload, field] of cases) {
      const res = await me.put('/api/studio/me/password', payload);
      expect(res.statusCode).toBe(400);
      const error = errorOf(res);
      expect(error.code).toBe('VALIDATION_FAILED');
      expect(error.fields?.map((f) => f.path)).toEqual([field]);
    }
    expect((await signInWith(me.email, STAFF_PASSWORD)).status).toBe(200);
    expect((await t.app.inject({ method: 'PUT', url: '/api/studio/me/password', payload: {} })).statusCode).toBe(401);
  });
});
