import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Challenge } from 'altcha-lib';
import { createStaffUser } from '../server/src/modules/staff/staff.service.js';
import { ErrorBodySchema, POW_CHALLENGE_PATH, POW_HEADER, PowChallengeSchema } from '@thiphapluat/shared';
import { createTestApp, registrationBody, SLUG, type TestApp } from './helpers/app.js';
import { solvePow } from './helpers/pow.js';
import { STAFF_PASSWORD } from './helpers/studio.js';

/** The proof of work as production runs it, with a small counter range so solving takes milliseconds. */
describe('proof of work on registration and sign-in', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ config: { POW_REQUIRED: true, POW_MIN_NUMBER: 20, POW_MAX_NUMBER: 200, POW_TTL_SECONDS: 120 } });
  });
  afterAll(async () => t.close());

  const challenge = async (): Promise<Challenge> => {
    const res = await t.app.inject({ method: 'GET', url: POW_CHALLENGE_PATH });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    return PowChallengeSchema.parse(res.json());
  };
  const solved = async () => solvePow(await challenge());
  const register = (pow: string | undefined, overrides = {}) =>
    t.app.inject({ method: 'POST', url: `/api/contests/${SLUG}/participants`, payload: registrationBody(t, overrides), headers: pow === undefined ? {} : { [POW_HEADER]: pow } });
  const code = (res: { json(): unknown }) => ErrorBodySchema.parse(res.json()).error;

  it('issues signed SHA-256 challenges, each one different', async () => {
    const [a, b] = [await challenge(), await challenge()];
    expect(a.parameters.algorithm).toBe('SHA-256');
    expect(a.signature).toMatch(/^[0-9a-f]{64}$/);
    expect(a.parameters.keySignature).toBeTruthy();
    expect(a.parameters.nonce).not.toBe(b.parameters.nonce);
  });

  it('refuses a registration without a solution with 428 POW_REQUIRED and says where to get one', async () => {
    const res = await register(undefined);
    expect(res.statusCode).toBe(428);
    expect(code(res)).toMatchObject({ code: 'POW_REQUIRED', message: expect.stringMatching(/xác minh/), details: { header: POW_HEADER, challenge: POW_CHALLENGE_PATH } });
  });

  it('accepts a solved challenge once; the same payload again is refused as replayed', async () => {
    const pow = await solved();
    expect((await register(pow)).statusCode).toBe(201);
    const again = await register(pow);
    expect(again.statusCode).toBe(400);
    expect(code(again)).toMatchObject({ code: 'POW_INVALID', details: { reason: 'replayed' } });
  });

  it('refuses garbage, a wrong solution and tampered parameters with 400 POW_INVALID', async () => {
    for (const bad of ['x', Buffer.from('{"a":1}').toString('base64'), 'A'.repeat(5000)]) {
      const res = await register(bad);
      expect(res.statusCode).toBe(400);
      expect(code(res)).toMatchObject({ code: 'POW_INVALID', details: { reason: 'malformed' } });
    }
    const c = await challenge();
    const payload = JSON.parse(Buffer.from(await solvePow(c), 'base64').toString()) as { challenge: Challenge; solution: { counter: number; derivedKey: string } };
    const wrong = { ...payload, solution: { counter: payload.solution.counter + 1, derivedKey: '00'.repeat(32) } };
    const wrongRes = await register(Buffer.from(JSON.stringify(wrong)).toString('base64'));
    expect(code(wrongRes)).toMatchObject({ code: 'POW_INVALID', details: { reason: 'solution' } });
    // A bot that makes its own easy challenge: the signature no longer matches.
    const easier = { ...payload, challenge: { ...payload.challenge, parameters: { ...payload.challenge.parameters, data: { exp: 9_999_999_999 } } } };
    const easierRes = await register(Buffer.from(JSON.stringify(easier)).toString('base64'));
    expect(code(easierRes)).toMatchObject({ code: 'POW_INVALID', details: { reason: 'signature' } });
  });

  it('refuses a solution whose challenge expired with 400 POW_EXPIRED', async () => {
    const pow = await solved();
    t.clock.advance(121_000);
    const res = await register(pow);
    expect(res.statusCode).toBe(400);
    expect(code(res).code).toBe('POW_EXPIRED');
  });

  it('guards resident sign-in and staff sign-in too', async () => {
    const body = registrationBody(t);
    expect((await t.app.inject({ method: 'POST', url: `/api/contests/${SLUG}/participants`, payload: body, headers: { [POW_HEADER]: await solved() } })).statusCode).toBe(201);
    const signIn = (pow?: string) =>
      t.app.inject({ method: 'POST', url: `/api/contests/${SLUG}/sessions`, payload: { phone: body.phone, password: body.password }, headers: pow ? { [POW_HEADER]: pow } : {} });
    expect(code(await signIn()).code).toBe('POW_REQUIRED');
    expect((await signIn(await solved())).statusCode).toBe(200);

    const email = `pow-${process.pid}@example.vn`;
    await createStaffUser(t.app.ctx, { email, name: 'Cán bộ PoW', password: STAFF_PASSWORD });
    const staff = (pow?: string) => t.app.inject({ method: 'POST', url: '/api/studio/session', payload: { email, password: STAFF_PASSWORD }, headers: pow ? { [POW_HEADER]: pow } : {} });
    expect(code(await staff()).code).toBe('POW_REQUIRED');
    expect((await staff(await solved())).statusCode).toBe(200);
  });
});
