import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { participants } from '@thiphapluat/db';
import { ErrorBodySchema, SessionResponseSchema } from '@thiphapluat/shared';
import { createTestApp, registrationBody, SLUG, type TestApp } from './helpers/app.js';

describe('POST /api/contests/:slug/participants', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(async () => t.close());

  const post = (payload: unknown) => t.app.inject({ method: 'POST', url: `/api/contests/${SLUG}/participants`, payload: payload as object });

  it('registers with a normalized phone, masks it, keeps only a keyed CCCD hash and sets an httpOnly cookie', async () => {
    const res = await post(registrationBody(t, { phone: '0912 345 678', cccd: '079 095 001 234', fullName: '  Lê   Văn  Tám ' }));
    expect(res.statusCode).toBe(201);
    const s = SessionResponseSchema.parse(res.json());
    expect(s.participant).toMatchObject({ maskedPhone: '091****678', cccdLast3: '234', fullName: 'Lê Văn Tám' });
    expect(res.headers['set-cookie']).toMatch(/tpl_session=.*HttpOnly.*SameSite=Lax/i);
    const row = t.app.ctx.db.select().from(participants).where(eq(participants.id, s.participant.id)).get();
    expect(row?.phone).toBe('+84912345678');
    expect(row?.cccdHash).toBeTruthy();
    expect(JSON.stringify(row)).not.toContain('079095001234');
    expect(row?.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it('rejects a second registration of the same phone, however it is written, with 409 ALREADY_REGISTERED', async () => {
    expect((await post(registrationBody(t, { phone: '0987654321' }))).statusCode).toBe(201);
    const dup = await post(registrationBody(t, { phone: '+84 987 654 321', fullName: 'Người Khác' }));
    expect(dup.statusCode).toBe(409);
    const body = ErrorBodySchema.parse(dup.json());
    expect(body.error.code).toBe('ALREADY_REGISTERED');
    expect(body.error.message).toMatch(/đã đăng ký/);
  });

  it('applies the minimum age of 15 on the Vietnamese calendar day', async () => {
    // The test clock is 2026-11-23 10:00 in Vietnam.
    const young = await post(registrationBody(t, { birthDate: '2011-11-24' }));
    expect(young.statusCode).toBe(422);
    expect(ErrorBodySchema.parse(young.json()).error).toMatchObject({ code: 'NOT_ELIGIBLE', fields: [{ path: 'birthDate' }] });
    expect((await post(registrationBody(t, { birthDate: '2011-11-23' }))).statusCode).toBe(201);
  });

  it('requires the fields the contest requires and names each one at fault', async () => {
    const body = registrationBody(t, { phone: '0123456789', cccd: '123' });
    delete (body as Partial<typeof body>).unitId;
    delete (body as Partial<typeof body>).entrantType;
    const res = await post(body);
    expect(res.statusCode).toBe(400);
    const paths = ErrorBodySchema.parse(res.json()).error.fields?.map((f) => f.path).sort();
    expect(paths).toEqual(['cccd', 'entrantType', 'phone', 'unitId']);
  });

  it('refuses a unit that is not on the contest list', async () => {
    const res = await post(registrationBody(t, { unitId: 99_999 }));
    expect(res.statusCode).toBe(400);
    expect(ErrorBodySchema.parse(res.json()).error.fields).toEqual([{ path: 'unitId', message: expect.any(String) }]);
  });

  it('explains a wrongly typed field in Vietnamese', async () => {
    const res = await post({ ...registrationBody(t), unitId: 'Phường Ninh Kiều' });
    expect(res.statusCode).toBe(400);
    expect(ErrorBodySchema.parse(res.json()).error.fields).toEqual([{ path: 'unitId', message: expect.stringMatching(/không hợp lệ.*mong đợi số/) }]);
  });

  it('requires consent', async () => {
    const res = await post({ ...registrationBody(t), consent: false });
    expect(res.statusCode).toBe(400);
    expect(ErrorBodySchema.parse(res.json()).error.fields?.[0]?.path).toBe('consent');
  });

  it('signs in with phone and password, and refuses a wrong password with 401 without saying which part was wrong', async () => {
    await post(registrationBody(t, { phone: '0933111222', password: 'dung-mat-khau' }));
    const ok = await t.app.inject({ method: 'POST', url: `/api/contests/${SLUG}/sessions`, payload: { phone: '+84933111222', password: 'dung-mat-khau' } });
    expect(ok.statusCode).toBe(200);
    const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: { authorization: `Bearer ${ok.json().token}` } });
    expect(me.json().maskedPhone).toBe('093****222');
    const wrong = await t.app.inject({ method: 'POST', url: `/api/contests/${SLUG}/sessions`, payload: { phone: '0933111222', password: 'sai-mat-khau' } });
    const unknown = await t.app.inject({ method: 'POST', url: `/api/contests/${SLUG}/sessions`, payload: { phone: '0933999888', password: 'sai-mat-khau' } });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
  });

  it('signs out: the token stops working', async () => {
    const s = SessionResponseSchema.parse((await post(registrationBody(t))).json());
    const headers = { authorization: `Bearer ${s.token}` };
    expect((await t.app.inject({ method: 'DELETE', url: '/api/session', headers })).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers })).statusCode).toBe(401);
  });

  it('finds units without diacritics', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/contests/${SLUG}/units?q=co do` });
    expect(res.json().units.map((u: { name: string }) => u.name)).toEqual(['Xã Cờ Đỏ']);
  });
});
