/**
 * Security hardening on the real app: response headers, the cross-origin guard on every state change,
 * password rules (NIST 800-63B), per-account sign-in throttling, session rotation, production secrets.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count } from 'drizzle-orm';
import { participants, participantSessions, signInThrottle, staffSessions, staffUsers } from '@thiphapluat/db';
import { loadConfig } from '@thiphapluat/server';
import { ErrorBodySchema } from '@thiphapluat/shared';
import { isDevelopmentSecret } from '../server/src/config.js';
import type { AppError } from '../server/src/errors.js';
import { checkPassword, isGuessable } from '../server/src/lib/passwords.js';
import { formatWaitVi, lockDurationMs } from '../server/src/lib/sign-in-throttle.js';
import { createTestApp, nextPhone, register, registrationBody, SLUG, type TestApp } from './helpers/app.js';
import { demoOrganizationId, signInStaff, STAFF_PASSWORD } from './helpers/studio.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const codeOf = (body: string) => ErrorBodySchema.parse(JSON.parse(body)).error.code;

describe('response headers', () => {
  it('gives API answers a deny-all policy and the usual hardening headers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/contests' });
    expect(res.headers['content-security-policy']).toBe("default-src 'none';base-uri 'none';form-action 'none';frame-ancestors 'none'");
    expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(res.headers['cross-origin-resource-policy']).toBe('same-origin');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('keeps the same headers on errors', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-security-policy']).toContain("default-src 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('scopes a relaxed, script-safe policy to /docs (Swagger UI)', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(csp).toContain("frame-ancestors 'none'");
  });
});

describe('cross-origin state changes', () => {
  it('refuses every state-changing route from another origin, even with valid session cookies', async () => {
    const staff = await signInStaff(t.app, { organizationId: demoOrganizationId(t.app), role: 'admin' });
    const resident = await register(t);
    const cookie = `${staff.cookie}; tpl_session=${resident.token}`;
    const unsafe = t.app.routeTable.filter((r) => ['POST', 'PUT', 'PATCH', 'DELETE'].includes(r.method));
    // Registration, sign-in, answers, submit, integrity reports, every studio write: the table must be complete.
    expect(unsafe.length).toBeGreaterThan(40);
    const before = snapshot();
    for (const route of unsafe) {
      const url = route.url.replace(/:(\w+)/g, '1');
      for (const contentType of ['application/json', 'multipart/form-data; boundary=x', 'text/plain']) {
        const res = await t.app.inject({ method: route.method as 'POST', url, headers: { cookie, origin: 'https://evil.example', 'content-type': contentType }, payload: '{}' });
        expect({ route: `${route.method} ${route.url}`, contentType, status: res.statusCode }).toEqual({ route: `${route.method} ${route.url}`, contentType, status: 403 });
        expect(codeOf(res.body)).toBe('FORBIDDEN');
      }
    }
    expect(snapshot()).toEqual(before);
    // The same cookies from our own origin still work (here: signing the resident out).
    const same = await t.app.inject({ method: 'DELETE', url: '/api/session', headers: { cookie, origin: 'http://localhost:80', host: 'localhost:80' } });
    expect(same.statusCode).toBe(204);
  });

  function snapshot() {
    const db = t.app.ctx.db;
    return {
      participants: db.select({ n: count() }).from(participants).get()!.n,
      sessions: db.select({ n: count() }).from(participantSessions).get()!.n,
      staffSessions: db.select({ n: count() }).from(staffSessions).get()!.n,
      staff: db.select({ n: count() }).from(staffUsers).get()!.n,
    };
  }
});

describe('password rules (NIST 800-63B)', () => {
  it('refuses common and context passwords, not long unusual ones', () => {
    for (const p of ['password', 'Password123', 'matkhau123', 'Mật khẩu 2026', 'iloveyou', '123456789', 'aaaaaaaaaaaa', 'qwertyuiop', 'thiphapluat2026', '!!!!!!!!!!']) {
      expect(isGuessable(p, []), p).toBe(true);
    }
    expect(isGuessable('0912345678', ['+84912345678'])).toBe(true);
    expect(isGuessable('cuoc-thi-2026!', ['cuoc-thi-2026'])).toBe(true);
    expect(isGuessable('nguyenvana@', ['nguyenvana@example.vn'])).toBe(true);
    for (const p of ['mat-khau-an-toan', 'con mèo ngồi trên mái nhà', 'Tr4ng-xanh-mây-trắng', 'correct horse battery staple']) {
      expect(isGuessable(p, ['+84912345678', 'nguyenvana@example.vn']), p).toBe(false);
    }
  });

  it('counts characters as people see them and caps the length at 256', () => {
    const problem = (password: string) => {
      try {
        checkPassword(password, { minLength: 8 });
        return null;
      } catch (err) {
        return (err as AppError).fields?.[0]?.message;
      }
    };
    expect(problem('😀🐱🌵🎈🚲🍜🎻')).toBe('Mật khẩu cần ít nhất 8 ký tự.');
    expect(problem('😀🐱🌵🎈🚲🍜🌧️🎻')).toBeNull();
    expect(problem('x'.repeat(255) + 'y')).toBeNull();
    expect(problem('xy'.repeat(129))).toBe('Mật khẩu tối đa 256 ký tự.');
  });

  it('refuses a common password at registration with PASSWORD_TOO_COMMON on the password field', async () => {
    for (const password of ['matkhau123', '12345678', 'password1', SLUG]) {
      const res = await t.app.inject({ method: 'POST', url: `/api/contests/${SLUG}/participants`, payload: registrationBody(t, { password }) });
      expect(res.statusCode, password).toBe(400);
      const body = ErrorBodySchema.parse(res.json());
      expect(body.error.code).toBe('PASSWORD_TOO_COMMON');
      expect(body.error.fields?.map((f) => f.path)).toEqual(['password']);
    }
    const phone = nextPhone();
    const own = await t.app.inject({ method: 'POST', url: `/api/contests/${SLUG}/participants`, payload: registrationBody(t, { phone, password: phone }) });
    expect(codeOf(own.body)).toBe('PASSWORD_TOO_COMMON');
    const long = await t.app.inject({ method: 'POST', url: `/api/contests/${SLUG}/participants`, payload: registrationBody(t, { password: 'một câu dài '.repeat(21) }) });
    expect(long.statusCode).toBe(201);
  });

  it('applies the staff rules to a password change', async () => {
    const staff = await signInStaff(t.app, { organizationId: null });
    for (const [newPassword, code] of [['Password1234', 'PASSWORD_TOO_COMMON'], ['ngan-qua', 'VALIDATION_FAILED'], ['thiphapluat-2026', 'PASSWORD_TOO_COMMON']] as const) {
      const res = await staff.put('/api/studio/me/password', { currentPassword: STAFF_PASSWORD, newPassword });
      expect(res.statusCode, newPassword).toBe(400);
      const body = ErrorBodySchema.parse(res.json());
      expect(body.error.code, newPassword).toBe(code);
      expect(body.error.fields?.map((f) => f.path)).toEqual(['newPassword']);
    }
  });
});

describe('per-account sign-in throttling', () => {
  it('grows the lock exponentially after five free failures, capped at 15 minutes', () => {
    expect([5, 6, 7, 8, 14, 15, 40].map(lockDurationMs)).toEqual([0, 2000, 4000, 8000, 512_000, 900_000, 900_000]);
    expect(formatWaitVi(8)).toBe('8 giây');
    expect(formatWaitVi(120)).toBe('2 phút');
    expect(formatWaitVi(874)).toBe('14 phút 34 giây');
  });

  it('locks a resident account with a Vietnamese wait time and resets on success', async () => {
    const phone = nextPhone();
    await register(t, { phone });
    const signIn = (password: string) => t.app.inject({ method: 'POST', url: `/api/contests/${SLUG}/sessions`, payload: { phone, password } });
    for (let i = 0; i < 5; i++) expect((await signIn('sai-mat-khau-roi')).statusCode).toBe(401);
    // The sixth failure is still an ordinary refusal, and it starts a 2-second lock.
    expect((await signIn('sai-mat-khau-roi')).statusCode).toBe(401);
    const locked = await signIn('mat-khau-an-toan');
    expect(locked.statusCode).toBe(429);
    expect(locked.headers['retry-after']).toBe('2');
    const body = ErrorBodySchema.parse(locked.json());
    expect(body.error.code).toBe('SIGN_IN_LOCKED');
    expect(body.error.message).toBe('Bạn đã nhập sai quá nhiều lần. Vui lòng thử lại sau 2 giây.');
    // Even the right password waits out the lock; then it works and the count starts over.
    t.clock.advance(2000);
    expect((await signIn('mat-khau-an-toan')).statusCode).toBe(200);
    for (let i = 0; i < 5; i++) expect((await signIn('sai-mat-khau-roi')).statusCode).toBe(401);
    expect((await signIn('mat-khau-an-toan')).statusCode).toBe(200);
  });

  it('answers an unknown phone exactly like a known one, lock included', async () => {
    const unknown = nextPhone();
    const known = nextPhone();
    await register(t, { phone: known });
    const answers = async (phone: string) => {
      const out: string[] = [];
      for (let i = 0; i < 8; i++) {
        const res = await t.app.inject({ method: 'POST', url: `/api/contests/${SLUG}/sessions`, payload: { phone, password: 'khong-dung-dau-nhe' } });
        out.push(`${res.statusCode} ${res.headers['retry-after'] ?? '-'} ${ErrorBodySchema.parse(res.json()).error.message}`);
      }
      return out;
    };
    const a = await answers(unknown);
    const b = await answers(known);
    expect(a).toEqual(b);
    expect(a.at(-1)).toMatch(/^429 2 /);
  });

  it('locks a staff account the same way, keyed by the normalized email, with no personal data stored', async () => {
    const staff = await signInStaff(t.app, { organizationId: null });
    const signIn = (email: string, password: string) => t.app.inject({ method: 'POST', url: '/api/studio/session', payload: { email, password } });
    for (let i = 0; i < 6; i++) expect((await signIn(staff.email, 'sai-mat-khau-roi')).statusCode).toBe(401);
    const locked = await signIn(staff.email.toUpperCase(), STAFF_PASSWORD);
    expect(locked.statusCode).toBe(429);
    expect(codeOf(locked.body)).toBe('SIGN_IN_LOCKED');
    const keys = t.app.ctx.db.select().from(signInThrottle).all().map((r) => r.key);
    expect(keys.join(' ')).not.toContain(staff.email.split('@')[0]);
    t.clock.advance(2000);
    expect((await signIn(staff.email, STAFF_PASSWORD)).statusCode).toBe(200);
  });
});

describe('sessions', () => {
  it('rotates the resident session on sign-in: the cookie presented before is dead afterwards', async () => {
    const phone = nextPhone();
    const first = await register(t, { phone });
    const res = await t.app.inject({ method: 'POST', url: `/api/contests/${SLUG}/sessions`, headers: { cookie: `tpl_session=${first.token}` }, payload: { phone, password: 'mat-khau-an-toan' } });
    expect(res.statusCode).toBe(200);
    const fresh = res.cookies.find((c) => c.name === 'tpl_session')!;
    expect(fresh.value).not.toBe(first.token);
    expect(fresh).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax' });
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: `tpl_session=${first.token}` } })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: `tpl_session=${fresh.value}` } })).statusCode).toBe(200);
  });

  it('rotates the staff session on sign-in, with a Secure, Strict, httpOnly cookie', async () => {
    const staff = await signInStaff(t.app, { organizationId: null });
    const res = await t.app.inject({ method: 'POST', url: '/api/studio/session', headers: { cookie: staff.cookie }, payload: { email: staff.email, password: STAFF_PASSWORD } });
    expect(res.statusCode).toBe(200);
    const fresh = res.cookies.find((c) => c.name === 'tpl_staff')!;
    expect(fresh).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict' });
    expect(`tpl_staff=${fresh.value}`).not.toBe(staff.cookie);
    expect((await staff.get('/api/studio/me')).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/studio/me', headers: { cookie: `tpl_staff=${fresh.value}` } })).statusCode).toBe(200);
  });
});

describe('secrets', () => {
  const strong = 'q7J2xVb9LmT4pW8zR1nK6sD3fH5gY0aC';

  it('keeps development convenient: no secret needed outside production', () => {
    expect(loadConfig({}).APP_SECRET).toBeUndefined();
    expect(loadConfig({ NODE_ENV: 'test' }).APP_SECRET).toBeUndefined();
  });

  it('refuses to start in production without a strong APP_SECRET or with insecure cookies', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/Refusing to start in production:\n {2}APP_SECRET: required/);
    for (const secret of ['change-me-change-me-change-me-change-me', 'thiphapluat-development-secret-0001', 'a'.repeat(64), '0123456789012345678901234567890123']) {
      expect(() => loadConfig({ NODE_ENV: 'production', APP_SECRET: secret }), secret).toThrow(/APP_SECRET: looks like a development or example value/);
    }
    expect(() => loadConfig({ NODE_ENV: 'production', APP_SECRET: 'short' })).toThrow(/APP_SECRET must be at least 32 characters/);
    expect(() => loadConfig({ NODE_ENV: 'production', APP_SECRET: strong, COOKIE_SECURE: 'false' })).toThrow(/COOKIE_SECURE: must be true/);
    expect(() => loadConfig({ NODE_ENV: 'production', APP_SECRET: strong, POW_HMAC_KEY: 'placeholder-key-placeholder-key-0000' })).toThrow(/POW_HMAC_KEY: looks like a development/);
    expect(loadConfig({ NODE_ENV: 'production', APP_SECRET: strong }).APP_SECRET).toBe(strong);
  });

  it('never mistakes random secrets for development ones', () => {
    for (let i = 0; i < 2000; i++) {
      const secret = Buffer.from(crypto.getRandomValues(new Uint8Array(36))).toString('base64');
      expect(isDevelopmentSecret(secret), secret).toBe(false);
    }
  });

  it('does not store a resident under their phone in clear in the throttle table', () => {
    const rows = t.app.ctx.db.select().from(signInThrottle).all();
    expect(rows.length).toBeGreaterThan(0);
    const phones = t.app.ctx.db.select({ phone: participants.phone }).from(participants).all().map((p) => p.phone.slice(-9));
    for (const r of rows) for (const p of phones) expect(r.key).not.toContain(p);
  });
});
