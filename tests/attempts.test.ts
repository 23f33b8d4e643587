import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { answers, attempts, contests, drawBlueprints, integrityEvents, rounds } from '@thiphapluat/db';
import { AttemptViewSchema, ErrorBodySchema } from '@thiphapluat/shared';
import { answerKey, createTestApp, register, save, start, submit, type TestApp } from './helpers/app.js';

const errorCode = (body: unknown) => ErrorBodySchema.parse(body).error.code;

describe('attempts', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(async () => t.close());

  describe('PUT /api/attempts/:id/answers/:position', () => {
    it('accepts an answer 1 s before the deadline and rejects one 3 s after it with 409 DEADLINE_PASSED', async () => {
      const me = await register(t);
      const a = await start(t, me);
      const deadline = new Date(a.deadlineAt).getTime();
      const q = a.questions[0]!;
      t.clock.set(deadline - 1000);
      expect((await save(t, me, a.id, 1, [q.options[0]!.id])).statusCode).toBe(200);
      t.clock.set(deadline + 3000);
      const late = await save(t, me, a.id, 2, [a.questions[1]!.options[0]!.id]);
      expect(late.statusCode).toBe(409);
      expect(errorCode(late.json())).toBe('DEADLINE_PASSED');
      // Retrying keeps getting DEADLINE_PASSED; the first ten refusals are evidence, the rest write nothing.
      for (let i = 0; i < 15; i++) expect(errorCode((await save(t, me, a.id, 2, [a.questions[1]!.options[0]!.id])).json())).toBe('DEADLINE_PASSED');
      const events = t.app.ctx.db.select().from(integrityEvents).where(eq(integrityEvents.attemptId, a.id)).all();
      expect(events.filter((e) => e.kind === 'late_write_rejected')).toHaveLength(10);
      expect(t.app.ctx.db.select().from(answers).where(eq(answers.attemptId, a.id)).all()).toHaveLength(1);
    });

    it('accepts an answer inside the 2 s grace after the deadline', async () => {
      const me = await register(t);
      const a = await start(t, me);
      t.clock.set(new Date(a.deadlineAt).getTime() + 1500);
      expect((await save(t, me, a.id, 1, [a.questions[0]!.options[1]!.id])).statusCode).toBe(200);
    });

    it('lets the last write win, treats a repeat as a no-op and rejects an older clientSeq with 409 STALE_WRITE', async () => {
      const me = await register(t);
      const a = await start(t, me);
      const [o1, o2] = a.questions[0]!.options;
      const first = await save(t, me, a.id, 1, [o1!.id], 5);
      t.clock.advance(1000);
      const again = await save(t, me, a.id, 1, [o1!.id], 5);
      expect(again.json()).toEqual(first.json());
      t.clock.advance(1000);
      const changed = await save(t, me, a.id, 1, [o2!.id], 6);
      expect(changed.json()).toMatchObject({ optionIds: [o2!.id], clientSeq: 6 });
      const stale = await save(t, me, a.id, 1, [o1!.id], 4);
      expect(stale.statusCode).toBe(409);
      expect(errorCode(stale.json())).toBe('STALE_WRITE');
      const stored = t.app.ctx.db.select().from(answers).where(eq(answers.attemptId, a.id)).all();
      expect(stored).toHaveLength(1);
      expect(stored[0]).toMatchObject({ optionIds: [o2!.id], clientSeq: 6, revisions: 2 });
    });

    it('rejects options of another question, two options on a single-answer question, and a position out of range', async () => {
      const me = await register(t);
      const a = await start(t, me);
      const single = a.questions.find((q) => !q.multiple)!;
      const other = a.questions.find((q) => q.position !== single.position)!;
      for (const [position, optionIds] of [
        [single.position, [other.options[0]!.id]],
        [single.position, [single.options[0]!.id, single.options[1]!.id]],
        [21, [single.options[0]!.id]],
      ] as const) {
        const res = await save(t, me, a.id, position, [...optionIds]);
        expect(res.statusCode).toBe(400);
        expect(errorCode(res.json())).toBe('VALIDATION_FAILED');
      }
    });

    it('refuses writes to a submitted attempt with 409 ATTEMPT_FINALIZED and stores nothing', async () => {
      const me = await register(t);
      const a = await start(t, me);
      await submit(t, me, a.id);
      const res = await save(t, me, a.id, 1, [a.questions[0]!.options[0]!.id]);
      expect(res.statusCode).toBe(409);
      expect(errorCode(res.json())).toBe('ATTEMPT_FINALIZED');
      expect(t.app.ctx.db.select().from(answers).where(eq(answers.attemptId, a.id)).all()).toHaveLength(0);
    });

    it("hides another participant's attempt behind 404", async () => {
      const me = await register(t);
      const other = await register(t);
      const a = await start(t, me);
      const res = await save(t, other, a.id, 1, [a.questions[0]!.options[0]!.id]);
      expect(res.statusCode).toBe(404);
      expect((await t.app.inject({ method: 'GET', url: `/api/attempts/${a.id}`, headers: other.headers })).statusCode).toBe(404);
    });

    it('rejects answers without a session with 401 UNAUTHENTICATED', async () => {
      const me = await register(t);
      const a = await start(t, me);
      const res = await t.app.inject({ method: 'PUT', url: `/api/attempts/${a.id}/answers/1`, payload: { optionIds: [] } });
      expect(res.statusCode).toBe(401);
      expect(errorCode(res.json())).toBe('UNAUTHENTICATED');
    });
  });

  describe('POST /api/rounds/:roundId/attempts', () => {
    it('refuses to start a round whose blueprint draws no questions with 409 BLUEPRINT_UNSATISFIABLE', async () => {
      t.app.ctx.db.delete(drawBlueprints).where(eq(drawBlueprints.roundId, t.roundId)).run();
      const me = await register(t);
      const res = await t.app.inject({ method: 'POST', url: `/api/rounds/${t.roundId}/attempts`, headers: me.headers });
      expect(res.statusCode).toBe(409);
      expect(errorCode(res.json())).toBe('BLUEPRINT_UNSATISFIABLE');
      expect(t.app.ctx.db.select().from(attempts).where(eq(attempts.participantId, me.participantId)).all()).toEqual([]);
    });

    it('never sends the answer key or explanations with an attempt in progress', async () => {
      const me = await register(t);
      const res = await t.app.inject({ method: 'POST', url: `/api/rounds/${t.roundId}/attempts`, headers: me.headers });
      const a = AttemptViewSchema.parse(res.json());
      const key = answerKey(t, a.id);
      expect(res.body).not.toMatch(/correct|explanation|citation/i);
      // The key's option ids are present (they are the options), but nothing marks which is right.
      expect([...key.values()].flat().every((id) => res.body.includes(id))).toBe(true);
      const view = await t.app.inject({ method: 'GET', url: `/api/attempts/${a.id}`, headers: me.headers });
      expect(view.body).not.toMatch(/correct|explanation|citation/i);
    });

    it('returns the attempt in progress (200) instead of starting a second one', async () => {
      const me = await register(t);
      const first = await t.app.inject({ method: 'POST', url: `/api/rounds/${t.roundId}/attempts`, headers: me.headers });
      expect(first.statusCode).toBe(201);
      t.clock.advance(30_000);
      const again = await t.app.inject({ method: 'POST', url: `/api/rounds/${t.roundId}/attempts`, headers: me.headers });
      expect(again.statusCode).toBe(200);
      expect(again.json().id).toBe(first.json().id);
      expect(again.json().questions).toEqual(first.json().questions);
    });

    it('enforces the attempt limit of 3 with 409 ATTEMPT_LIMIT_REACHED', async () => {
      const me = await register(t);
      for (let i = 1; i <= 3; i++) {
        const a = await start(t, me);
        expect(a.seq).toBe(i);
        expect((await submit(t, me, a.id)).statusCode).toBe(200);
      }
      const res = await t.app.inject({ method: 'POST', url: `/api/rounds/${t.roundId}/attempts`, headers: me.headers });
      expect(res.statusCode).toBe(409);
      expect(errorCode(res.json())).toBe('ATTEMPT_LIMIT_REACHED');
    });

    it('draws different questions or orders for different attempts', async () => {
      const a = await start(t, await register(t));
      const b = await start(t, await register(t));
      const sig = (v: typeof a) => v.questions.map((q) => q.options.map((o) => o.id).join(',')).join('|');
      expect(sig(a)).not.toBe(sig(b));
    });

    it('refuses a round that has not opened with 409 ROUND_NOT_OPEN', async () => {
      const me = await register(t);
      const upcoming = t.contest.rounds.find((r) => r.state === 'upcoming')!;
      const res = await t.app.inject({ method: 'POST', url: `/api/rounds/${upcoming.id}/attempts`, headers: me.headers });
      expect(res.statusCode).toBe(409);
      expect(errorCode(res.json())).toBe('ROUND_NOT_OPEN');
    });

    it('caps the deadline at the round close for an attempt started just before it', async () => {
      const me = await register(t);
      const round = t.contest.rounds.find((r) => r.id === t.roundId)!;
      t.clock.set(new Date(round.closesAt).getTime() - 5 * 60_000);
      const a = await start(t, me);
      expect(a.deadlineAt).toBe(round.closesAt);
    });
  });

  describe('client integrity reports', () => {
    it('caps what one client can store per attempt, notes the cap once, and refuses reports after the end', async () => {
      const me = await register(t);
      const a = await start(t, me);
      const report = () => t.app.inject({ method: 'POST', url: `/api/attempts/${a.id}/integrity-events`, headers: me.headers, payload: { kind: 'focus_lost' } });
      for (let i = 0; i < 205; i++) expect((await report()).statusCode).toBe(202);
      const rows = t.app.ctx.db.select().from(integrityEvents).where(eq(integrityEvents.attemptId, a.id)).all();
      expect(rows.filter((e) => e.kind === 'focus_lost')).toHaveLength(200);
      expect(rows.filter((e) => e.kind === 'client_events_capped')).toHaveLength(1);
      await submit(t, me, a.id);
      const after = await report();
      expect(after.statusCode).toBe(409);
      expect(errorCode(after.json())).toBe('ATTEMPT_FINALIZED');
    });
  });

  describe('showing answers', () => {
    it('gives a later attempt questions the participant has not been shown in the round', async () => {
      const me = await register(t);
      const seen = new Set<string>();
      for (let i = 0; i < 3; i++) {
        const a = await start(t, me);
        const texts = a.questions.map((q) => q.text);
        expect(texts.filter((x) => seen.has(x))).toEqual([]);
        for (const x of texts) seen.add(x);
        await submit(t, me, a.id);
      }
      expect(seen.size).toBe(60);
    });

    it('with "after_round", keeps the key back until the round\'s last attempt is final', async () => {
      t.app.ctx.db.update(contests).set({ showAnswers: 'after_round', answerGraceMs: 10_000 }).where(eq(contests.id, t.contest.id)).run();
      const early = await register(t);
      const late = await register(t);
      const round = t.contest.rounds.find((r) => r.id === t.roundId)!;
      const closesAt = new Date(round.closesAt).getTime();
      const first = await start(t, early);
      const submitted = await submit(t, early, first.id);
      expect(submitted.json().review).toBeNull();
      t.clock.set(closesAt - 60_000);
      await start(t, late);
      // Closed, but the late attempt may still save answers during its grace: no key yet.
      t.clock.set(closesAt + 1000);
      await t.app.sweep();
      const during = await t.app.inject({ method: 'GET', url: `/api/attempts/${first.id}`, headers: early.headers });
      expect(during.json().result.review).toBeNull();
      t.clock.set(closesAt + 10_001);
      await t.app.sweep();
      const after = await t.app.inject({ method: 'GET', url: `/api/attempts/${first.id}`, headers: early.headers });
      expect(after.json().result.review).toHaveLength(20);
    });

    it('with "never", never sends the key', async () => {
      t.app.ctx.db.update(contests).set({ showAnswers: 'never' }).where(eq(contests.id, t.contest.id)).run();
      const me = await register(t);
      const a = await start(t, me);
      const res = await submit(t, me, a.id);
      expect(res.json().review).toBeNull();
      expect(res.body).not.toMatch(/correctOptionIds|explanation/);
    });

    it("follows the round's own setting over the contest's", async () => {
      t.app.ctx.db.update(rounds).set({ showAnswers: 'never' }).where(eq(rounds.id, t.roundId)).run();
      const me = await register(t);
      const res = await submit(t, me, (await start(t, me)).id);
      expect(res.json().review).toBeNull();
      t.app.ctx.db.update(rounds).set({ showAnswers: 'after_submit' }).where(eq(rounds.id, t.roundId)).run();
      t.app.ctx.db.update(contests).set({ showAnswers: 'never' }).where(eq(contests.id, t.contest.id)).run();
      const other = await register(t);
      expect((await submit(t, other, (await start(t, other)).id)).json().review).toHaveLength(20);
    });
  });

  describe('expiry', () => {
    it('finalizes an expired attempt on next access, scoring the answers saved in time', async () => {
      const me = await register(t);
      const a = await start(t, me);
      const key = answerKey(t, a.id);
      await save(t, me, a.id, 1, key.get(1)!);
      await save(t, me, a.id, 2, key.get(2)!);
      t.clock.set(new Date(a.deadlineAt).getTime() + 2001);
      const res = await t.app.inject({ method: 'GET', url: `/api/attempts/${a.id}`, headers: me.headers });
      const view = AttemptViewSchema.parse(res.json());
      expect(view.status).toBe('expired');
      expect(view.result).toMatchObject({ status: 'expired', score: 2, durationMs: 20 * 60_000, roundRank: 1 });
    });

    it('is finalized by the sweeper without anyone asking', async () => {
      const me = await register(t);
      const a = await start(t, me);
      t.clock.set(new Date(a.deadlineAt).getTime() + 1000);
      await t.app.sweep();
      expect(t.app.ctx.db.select().from(attempts).where(eq(attempts.id, a.id)).get()?.status).toBe('in_progress');
      t.clock.advance(1500);
      await t.app.sweep();
      expect(t.app.ctx.db.select().from(attempts).where(eq(attempts.id, a.id)).get()?.status).toBe('expired');
      // A late submit returns the same final result instead of failing.
      const res = await submit(t, me, a.id, 5);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ status: 'expired', prediction: null });
    });
  });

  describe('integrity events', () => {
    it('records client reports and a server-side too-fast answer against the attempt', async () => {
      const me = await register(t);
      const a = await start(t, me);
      const rep = await t.app.inject({ method: 'POST', url: `/api/attempts/${a.id}/integrity-events`, headers: me.headers, payload: { kind: 'page_hidden', durationMs: 4000 } });
      expect(rep.statusCode).toBe(202);
      // No time passes between start and the first answer: nobody reads that fast.
      await save(t, me, a.id, 1, [a.questions[0]!.options[0]!.id]);
      const forged = await t.app.inject({ method: 'POST', url: `/api/attempts/${a.id}/integrity-events`, headers: me.headers, payload: { kind: 'session_takeover' } });
      expect(forged.statusCode).toBe(400);
      const kinds = t.app.ctx.db.select().from(integrityEvents).where(eq(integrityEvents.attemptId, a.id)).all().map((e) => `${e.source}:${e.kind}`);
      expect(kinds).toEqual(['client:page_hidden', 'server:answer_too_fast']);
    });
  });
});
