import { afterEach, describe, expect, it } from 'vitest';
import { AdmissionTicketSchema, AttemptViewSchema, ErrorBodySchema, POW_CHALLENGE_PATH, POW_HEADER, PowChallengeSchema, SessionResponseSchema, type AdmissionTicket } from '@thiphapluat/shared';
import type { Config } from '../server/src/config.js';
import { WaitingRoom } from '../server/src/modules/admission/waiting-room.js';
import { findParticipant } from '../server/src/modules/participants/participants.repository.js';
import { register as registerService } from '../server/src/modules/participants/participants.service.js';
import { answerKey, createTestApp, register, registrationBody, save, SLUG, submit, type Contestant, type TestApp } from './helpers/app.js';
import { solvePow } from './helpers/pow.js';

/** Room for two attempts at once and two starts a second; the event loop never counts as busy here. */
const small: Partial<Config> = { ADMISSION_MAX_IN_PROGRESS: 2, ADMISSION_MAX_STARTS_PER_S: 2, ADMISSION_MAX_EVENT_LOOP_DELAY_MS: 60_000 };

describe('the waiting room in front of starts', () => {
  let t: TestApp;
  afterEach(async () => t.close());

  const start = (who: Contestant, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url: `/api/rounds/${t.roundId}/attempts`, headers: { ...who.headers, ...headers } });
  const poll = (who: Contestant, ticketId: string, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'GET', url: `/api/admission/tickets/${ticketId}`, headers: { ...who.headers, ...headers } });
  const ticketOf = (res: { statusCode: number; json(): unknown }): AdmissionTicket => {
    expect(res.statusCode).toBe(202);
    return AdmissionTicketSchema.parse(res.json());
  };
  const polled = async (who: Contestant, ticketId: string) => AdmissionTicketSchema.parse((await poll(who, ticketId)).json());
  const residents = (n: number) => Promise.all(Array.from({ length: n }, () => register(t)));

  it('queues first come, first served with position and wait estimate, and admits as capacity frees', async () => {
    t = await createTestApp({ config: small });
    const [a, b, c, d, e] = await residents(5);
    const first = AttemptViewSchema.parse((await start(a!)).json());
    expect((await start(b!)).statusCode).toBe(201);

    const tc = ticketOf(await start(c!));
    const td = ticketOf(await start(d!));
    const te = ticketOf(await start(e!));
    expect([tc, td, te].map((x) => [x.status, x.position, x.etaSeconds])).toEqual([
      ['waiting', 1, 1],
      ['waiting', 2, 1],
      ['waiting', 3, 2],
    ]);
    expect(tc.pollAfterMs).toBeGreaterThanOrEqual(1000);
    // Asking again keeps the place; it does not take a new ticket at the back.
    expect(ticketOf(await start(c!)).ticketId).toBe(tc.ticketId);

    // Full: nobody is admitted until an attempt ends and the start rate allows another.
    expect(await t.app.admission.room.drain()).toBe(0);
    expect((await submit(t, a!, first.id)).statusCode).toBe(200);
    expect(await t.app.admission.room.drain()).toBe(0); // both start tokens of this second are spent
    t.clock.advance(1000);
    expect(await t.app.admission.room.drain()).toBe(1);

    const admitted = await polled(c!, tc.ticketId);
    expect(admitted).toMatchObject({ status: 'admitted', position: 0, etaSeconds: 0 });
    const attempt = await t.app.inject({ method: 'GET', url: `/api/attempts/${admitted.attemptId}`, headers: c!.headers });
    expect(AttemptViewSchema.parse(attempt.json()).status).toBe('in_progress');
    expect(await polled(d!, td.ticketId)).toMatchObject({ status: 'waiting', position: 1 });
    expect(await polled(e!, te.ticketId)).toMatchObject({ status: 'waiting', position: 2 });
    // A newcomer goes behind those already waiting, even the moment room frees.
    const [f] = await residents(1);
    expect(ticketOf(await start(f!)).position).toBe(3);
  });

  it('never makes an attempt in progress wait: answers save and a resume answers at once', async () => {
    t = await createTestApp({ config: small });
    const [a, b, c] = await residents(3);
    const view = AttemptViewSchema.parse((await start(a!)).json());
    await start(b!);
    ticketOf(await start(c!));
    const key = answerKey(t, view.id);
    expect((await save(t, a!, view.id, 1, key.get(1)!)).statusCode).toBe(200);
    const resumed = await start(a!);
    expect(resumed.statusCode).toBe(200);
    expect(AttemptViewSchema.parse(resumed.json()).id).toBe(view.id);
  });

  it("answers 404 for another resident's ticket", async () => {
    t = await createTestApp({ config: small });
    const [a, b, c] = await residents(3);
    await start(a!);
    await start(b!);
    const tc = ticketOf(await start(c!));
    const res = await poll(a!, tc.ticketId);
    expect(res.statusCode).toBe(404);
    expect(ErrorBodySchema.parse(res.json()).error.code).toBe('NOT_FOUND');
  });

  it('queues while the event loop lags, admits more slowly meanwhile, in order, and speeds up once it recovers', async () => {
    t = await createTestApp();
    let lag = 0;
    const room = new WaitingRoom(t.app.ctx, { maxInProgress: 100, maxEventLoopDelayMs: 50, maxStartsPerS: 4, powRequired: false }, () => lag);
    const people = await residents(7);
    const rows = people.map((p) => findParticipant(t.app.ctx.db, p.participantId)!);
    expect(room.start(rows[0]!, t.roundId, false).kind).toBe('started');
    lag = 80;
    const queued = rows.slice(1).map((r) => room.start(r, t.roundId, false));
    expect(queued.map((q) => (q.kind === 'queued' ? q.ticket.position : 0))).toEqual([1, 2, 3, 4, 5, 6]);
    const status = () => queued.map((q, i) => (q.kind === 'queued' ? room.poll(people[i + 1]!.participantId, q.ticket.ticketId, false).status : null));
    // The sampler sees the lag: the allowed rate halves (4 → 2 a second), so only two starts go now.
    t.clock.advance(200);
    expect(await room.drain()).toBe(2);
    expect(status()).toEqual(['admitted', 'admitted', 'waiting', 'waiting', 'waiting', 'waiting']);
    t.clock.advance(1000);
    expect(await room.drain()).toBe(1); // still lagging: 2 → 1 a second
    lag = 5;
    t.clock.advance(1000);
    expect(await room.drain()).toBe(2); // recovering: 1 → 2 a second
    t.clock.advance(1000);
    expect(await room.drain()).toBe(1); // the last one (3 a second would be allowed)
    expect(status()).toEqual(Array(6).fill('admitted'));
  });

  it('lets no start through by load alone: 30 at once all start or wait, none is refused', async () => {
    t = await createTestApp({ config: { ADMISSION_MAX_IN_PROGRESS: 10, ADMISSION_MAX_STARTS_PER_S: 1000, ADMISSION_MAX_EVENT_LOOP_DELAY_MS: 60_000 } });
    const people = await residents(30);
    const results = await Promise.all(people.map((p) => start(p)));
    expect(results.map((r) => r.statusCode).sort()).toEqual([...Array(10).fill(201), ...Array(20).fill(202)]);
    const positions = results.filter((r) => r.statusCode === 202).map((r) => AdmissionTicketSchema.parse(r.json()).position);
    expect(positions).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('asks a queued start for a proof of work while it waits; the proven go first', async () => {
    t = await createTestApp({ config: { ...small, POW_REQUIRED: true, POW_MIN_NUMBER: 10, POW_MAX_NUMBER: 100 } });
    const pow = async () => solvePow(PowChallengeSchema.parse((await t.app.inject({ method: 'GET', url: POW_CHALLENGE_PATH })).json()));
    const signUp = async (): Promise<Contestant> => {
      const res = await t.app.inject({ method: 'POST', url: `/api/contests/${SLUG}/participants`, payload: registrationBody(t), headers: { [POW_HEADER]: await pow() } });
      const s = SessionResponseSchema.parse(res.json());
      return { token: s.token, participantId: s.participant.id, headers: { authorization: `Bearer ${s.token}` } };
    };
    const [a, b, c, d] = [await signUp(), await signUp(), await signUp(), await signUp()];
    // Room to start: no proof asked.
    expect((await start(a!)).statusCode).toBe(201);
    expect((await start(b!)).statusCode).toBe(201);
    const tc = ticketOf(await start(c!)); // no proof yet: keeps its place
    const td = ticketOf(await start(d!, { [POW_HEADER]: await pow() }));
    expect([tc.position, td.position]).toEqual([1, 2]);
    // A bad proof is refused like anywhere else.
    expect((await poll(c!, tc.ticketId, { [POW_HEADER]: 'bad' })).statusCode).toBe(400);

    t.app.dbHandle.sqlite.prepare("UPDATE attempts SET status = 'submitted'").run();
    t.clock.advance(1000);
    expect(await t.app.admission.room.drain()).toBe(1);
    expect((await polled(d!, td.ticketId)).status).toBe('admitted');
    expect((await polled(c!, tc.ticketId)).status).toBe('waiting');
    expect((await poll(c!, tc.ticketId, { [POW_HEADER]: await pow() })).statusCode).toBe(200);
    t.clock.advance(1000);
    expect(await t.app.admission.room.drain()).toBe(1);
    expect((await polled(c!, tc.ticketId)).status).toBe('admitted');
  });
});

describe('@fastify/under-pressure', () => {
  it('answers 503 OVERLOADED in our shape while the event loop is far behind, but never to answer saves', async () => {
    const t = await createTestApp({ config: { UNDER_PRESSURE_MAX_EVENT_LOOP_DELAY_MS: 20 } });
    try {
      // Registered through the service, not HTTP: a busy test machine could shed that request too.
      const s = await registerService(t.app.ctx, SLUG, registrationBody(t));
      const who: Contestant = { token: s.token, participantId: s.participant.id, headers: { authorization: `Bearer ${s.token}` } };
      const view = AttemptViewSchema.parse((await t.app.inject({ method: 'POST', url: `/api/rounds/${t.roundId}/attempts`, headers: who.headers })).json());
      const key = answerKey(t, view.id);
      // Past the start-up sample; then block the loop long enough that the next sample sees it, and ask
      // while it is fresh.
      await new Promise((r) => setTimeout(r, 500));
      const until = Date.now() + 1500;
      while (Date.now() < until) {
        /* busy */
      }
      await new Promise((r) => setTimeout(r, 20));
      const [contests, saved] = await Promise.all([t.app.inject({ method: 'GET', url: '/api/contests' }), save(t, who, view.id, 1, key.get(1)!)]);
      expect(contests.statusCode).toBe(503);
      expect(contests.headers['retry-after']).toBe('5');
      expect(ErrorBodySchema.parse(contests.json()).error).toMatchObject({ code: 'OVERLOADED', message: expect.stringMatching(/quá tải/) });
      expect(saved.statusCode).toBe(200);
    } finally {
      await t.close();
    }
  });
});
