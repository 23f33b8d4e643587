import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ErrorBodySchema, StaffMeSchema } from '@thiphapluat/shared';
import { buildApp } from '@thiphapluat/server';
import { createTestApp, type TestApp } from './helpers/app.js';
import { demoOrganizationId, signInStaff, STAFF_PASSWORD } from './helpers/studio.js';

describe('staff accounts and sessions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('signs in with email and password, sets an httpOnly SameSite=Strict cookie and lists the memberships', async () => {
    const org = demoOrganizationId(t.app);
    const staff = await signInStaff(t.app, { organizationId: org, role: 'organizer', email: 'To.Chuc@Example.vn' });
    const me = StaffMeSchema.parse((await staff.get('/api/studio/me')).json());
    expect(me.user.email).toBe('to.chuc@example.vn');
    expect(me.memberships).toEqual([{ organization: expect.objectContaining({ id: org }), role: 'organizer' }]);

    const res = await t.app.inject({ method: 'POST', url: '/api/studio/session', payload: { email: 'to.chuc@example.vn', password: STAFF_PASSWORD } });
    const cookie = res.cookies.find((c) => c.name === 'tpl_staff')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    // A fresh token on every sign-in: session ids are never reused across logins.
    expect(`tpl_staff=${cookie.value}`).not.toBe(staff.cookie);
  });

  it('refuses a wrong password and an unknown email alike with 401 INVALID_CREDENTIALS', async () => {
    await signInStaff(t.app, { organizationId: null, email: 'known@example.vn' });
    for (const payload of [
      { email: 'known@example.vn', password: 'sai-mat-khau-roi' },
      { email: 'unknown@example.vn', password: STAFF_PASSWORD },
    ]) {
      const res = await t.app.inject({ method: 'POST', url: '/api/studio/session', payload });
      expect(res.statusCode).toBe(401);
      expect(ErrorBodySchema.parse(res.json()).error.code).toBe('INVALID_CREDENTIALS');
      expect(res.cookies).toHaveLength(0);
    }
  });

  it('answers 401 without a session and after sign-out', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/studio/me' })).statusCode).toBe(401);
    const staff = await signInStaff(t.app, { organizationId: null });
    expect((await staff.delete('/api/studio/session')).statusCode).toBe(204);
    const after = await staff.get('/api/studio/me');
    expect(after.statusCode).toBe(401);
    expect(ErrorBodySchema.parse(after.json()).error.code).toBe('UNAUTHENTICATED');
  });

  it('expires a session after two idle hours, and slides it while in use', async () => {
    const staff = await signInStaff(t.app, { organizationId: null });
    t.clock.advance(90 * 60_000);
    expect((await staff.get('/api/studio/me')).statusCode).toBe(200);
    t.clock.advance(90 * 60_000);
    expect((await staff.get('/api/studio/me')).statusCode).toBe(200);
    t.clock.advance(2 * 3600_000 + 1);
    expect((await staff.get('/api/studio/me')).statusCode).toBe(401);
  });

  it('refuses a cookie-authenticated change from another origin with 403 (CSRF)', async () => {
    const staff = await signInStaff(t.app, { organizationId: null });
    const res = await staff.request({ method: 'DELETE', url: '/api/studio/session', headers: { origin: 'https://evil.example' } });
    expect(res.statusCode).toBe(403);
    expect((await staff.get('/api/studio/me')).statusCode).toBe(200);
    const same = await staff.request({ method: 'DELETE', url: '/api/studio/session', headers: { origin: 'http://localhost:80', host: 'localhost:80' } });
    expect(same.statusCode).toBe(204);
  });

  it('validates the sign-in body with field errors', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/studio/session', payload: { email: 'not-an-email', password: '' } });
    expect(res.statusCode).toBe(400);
    const body = ErrorBodySchema.parse(res.json());
    expect(body.error.fields?.map((f) => f.path).sort()).toEqual(['email', 'password']);
  });
});

describe('pnpm create-admin', () => {
  it('creates a platform admin of a new organization who can then sign in', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tpl-admin-'));
    const dbPath = join(dir, 'admin.db');
    try {
      const out = execFileSync('pnpm', ['-s', 'create-admin', 'admin@soTuPhap.vn', '--name', 'Nguyễn Văn An', '--org', 'stp-test', '--org-name', 'Sở Tư pháp thử'], {
        env: { ...process.env, DATABASE_PATH: dbPath, SEED_DEMO: 'false', ADMIN_PASSWORD: 'mot-mat-khau-rat-dai' },
        encoding: 'utf8',
      });
      expect(out).toContain('admin@sotuphap.vn');
      // The proof of work on staff sign-in is tested in tests/pow.test.ts; here only the account matters.
      const app = await buildApp({ dbPath, seed: false, sweeper: false, logger: false, config: { POW_REQUIRED: false } });
      try {
        const res = await app.inject({ method: 'POST', url: '/api/studio/session', payload: { email: 'admin@sotuphap.vn', password: 'mot-mat-khau-rat-dai' } });
        expect(res.statusCode).toBe(200);
        const me = StaffMeSchema.parse(res.json());
        expect(me.user.platformAdmin).toBe(true);
        expect(me.memberships).toEqual([{ organization: expect.objectContaining({ slug: 'stp-test', name: 'Sở Tư pháp thử' }), role: 'admin' }]);
      } finally {
        await app.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('organization routes declare their capability', () => {
  it('refuses to start when an organization route declares none', async () => {
    await expect(
      createTestApp({}, async (app) => {
        app.get('/api/studio/orgs/:orgId/undeclared', async () => ({}));
      }),
    ).rejects.toThrow(/must declare config.capability/);
  });

  it('checks the caller before the body: 401, 403 for another organization or role, then validation', async () => {
    const { z } = await import('zod');
    const t = await createTestApp({}, async (app) => {
      app.withTypeProvider<ZodTypeProvider>().post(
        '/api/studio/orgs/:orgId/probe',
        { config: { capability: 'bank.write' }, schema: { body: z.object({ n: z.int() }) } },
        async (req) => ({ org: req.grant().organizationId, role: req.grant().role }),
      );
    });
    try {
      const org = demoOrganizationId(t.app);
      const url = `/api/studio/orgs/${org}/probe`;
      expect((await t.app.inject({ method: 'POST', url, payload: { n: 'x' } })).statusCode).toBe(401);
      const reviewer = await signInStaff(t.app, { organizationId: org, role: 'reviewer' });
      expect((await reviewer.post(url, { n: 'x' })).statusCode).toBe(403);
      const outsider = await signInStaff(t.app, { organizationId: null });
      expect((await outsider.post(url, { n: 1 })).statusCode).toBe(403);
      expect((await outsider.post('/api/studio/orgs/abc/probe', { n: 1 })).statusCode).toBe(403);
      const organizer = await signInStaff(t.app, { organizationId: org, role: 'organizer' });
      expect((await organizer.post(url, { n: 'x' })).statusCode).toBe(400);
      const ok = await organizer.post(url, { n: 1 });
      expect(ok.json()).toEqual({ org, role: 'organizer' });
    } finally {
      await t.close();
    }
  });
});
