import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, createApiClient } from '../web/src/lib/api/client.js';
import { createTestApp, nextPhone, registrationBody, SLUG, type TestApp } from './helpers/app.js';

/** The web app's API client against the real server: parsed with the shared schemas, refusals typed. */
describe('web API client', () => {
  let t: TestApp;
  let base: string;
  beforeAll(async () => {
    t = await createTestApp();
    base = await t.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => t.close());

  it('walks the journey with parsed responses', async () => {
    const anon = createApiClient({ baseUrl: base });
    expect((await anon.contests()).contests[0]?.slug).toBe(SLUG);
    const { units } = await anon.units(SLUG, 'thoi lai');
    expect(units.map((u) => u.name)).toEqual(['Xã Thới Lai']);
    const session = await anon.register(SLUG, registrationBody(t, { unitId: units[0]!.id }));
    const api = createApiClient({ baseUrl: base, token: session.token });
    expect((await api.me()).id).toBe(session.participant.id);
    const started = await api.startAttempt(t.roundId);
    if ('ticketId' in started) throw new Error('an idle server started the attempt at once');
    const attempt = started;
    const ack = await api.saveAnswer(attempt.id, 1, [attempt.questions[0]!.options[0]!.id], 1);
    expect(ack.clientSeq).toBe(1);
    const result = await api.submit(attempt.id, 3);
    expect(result.prediction).toBe(3);
    expect((await api.myRank({ kind: 'round', id: t.roundId }, SLUG)).entry?.rank).toBe(1);
    expect((await api.leaderboard({ kind: 'contest', id: t.contest.id }, SLUG)).total).toBe(1);
  });

  it('turns a refusal into an ApiError with the code, the Vietnamese message and the field at fault', async () => {
    const anon = createApiClient({ baseUrl: base });
    const phone = nextPhone();
    await anon.register(SLUG, registrationBody(t, { phone }));
    const dup = await anon.register(SLUG, registrationBody(t, { phone })).catch((e: unknown) => e);
    expect(dup).toBeInstanceOf(ApiError);
    expect(dup).toMatchObject({ status: 409, code: 'ALREADY_REGISTERED' });
    const bad = (await anon.register(SLUG, registrationBody(t, { phone: '0123456789' })).catch((e: unknown) => e)) as ApiError;
    expect(bad.code).toBe('VALIDATION_FAILED');
    expect(bad.field('phone')).toMatch(/không hợp lệ/);
    const offline = (await createApiClient({ baseUrl: 'http://127.0.0.1:9' }).contests().catch((e: unknown) => e)) as ApiError;
    expect(offline.message).toMatch(/Không kết nối được/);
  });
});
