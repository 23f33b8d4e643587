import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AttemptResultSchema, ContestListSchema, LeaderboardSchema, MyRankSchema } from '@thiphapluat/shared';
import { answerKey, createTestApp, register, save, SLUG, start, submit, type TestApp } from './helpers/app.js';
import { TestSocket } from './helpers/ws.js';

describe('a resident takes a contest end to end', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(async () => t.close());

  it('lists the demo contest, registers, answers over HTTP, submits and sees score and rank', async () => {
    const list = ContestListSchema.parse((await t.app.inject({ method: 'GET', url: '/api/contests' })).json());
    expect(list.contests.map((c) => c.slug)).toContain(SLUG);
    expect(t.contest.rounds).toHaveLength(2);
    expect(t.contest.rounds[0]?.questionCount).toBe(20);

    const me = await register(t);
    const attempt = await start(t, me);
    expect(attempt.questions).toHaveLength(20);
    expect(new Date(attempt.deadlineAt).getTime() - new Date(attempt.startedAt).getTime()).toBe(20 * 60_000);

    // Answer 15 right and 5 wrong, so the score is known in advance.
    const key = answerKey(t, attempt.id);
    for (const q of attempt.questions) {
      const right = key.get(q.position) ?? [];
      const chosen = q.position <= 15 ? right : [q.options.find((o) => !right.includes(o.id))?.id as string];
      t.clock.advance(10_000);
      const res = await save(t, me, attempt.id, q.position, chosen, q.position);
      expect(res.statusCode).toBe(200);
    }
    t.clock.advance(5_000);
    const res = await submit(t, me, attempt.id, 7);
    expect(res.statusCode).toBe(200);
    const result = AttemptResultSchema.parse(res.json());
    expect(result).toMatchObject({ status: 'submitted', score: 15, correctCount: 15, maxScore: 20, questionCount: 20, prediction: 7, roundRank: 1, isBest: true, attemptsUsed: 1, attemptsLeft: 2 });
    expect(result.durationMs).toBe(20 * 10_000 + 5_000);
    // The demo contest shows answers after submit: the key and explanations come now, not before.
    expect(result.review).toHaveLength(20);
    expect(result.review?.[0]?.explanation.length).toBeGreaterThan(10);
    expect(result.review?.every((r) => r.correct === r.position <= 15)).toBe(true);

    const board = LeaderboardSchema.parse((await t.app.inject({ method: 'GET', url: `/api/rounds/${t.roundId}/leaderboard` })).json());
    expect(board.total).toBe(1);
    expect(board.entries[0]).toMatchObject({ rank: 1, name: 'Trần T. B. N.', score: 15 });

    const mine = MyRankSchema.parse((await t.app.inject({ method: 'GET', url: `/api/rounds/${t.roundId}/leaderboard/me`, headers: me.headers })).json());
    expect(mine.entry?.rank).toBe(1);
    const contestBoard = LeaderboardSchema.parse((await t.app.inject({ method: 'GET', url: `/api/contests/${SLUG}/leaderboard` })).json());
    expect(contestBoard.entries[0]?.score).toBe(15);

    // My attempts: a summary per attempt, best marked, without questions or the review.
    const second = await start(t, me);
    await submit(t, me, second.id);
    const mine2 = (await t.app.inject({ method: 'GET', url: '/api/me/attempts', headers: me.headers })).json() as { attempts: { id: string; questions: unknown[]; result: { isBest: boolean; score: number; review: unknown } | null }[] };
    expect(mine2.attempts.map((a) => [a.id, a.result?.score, a.result?.isBest, a.result?.review, a.questions.length])).toEqual([
      [attempt.id, 15, true, null, 0],
      [second.id, 0, false, null, 0],
    ]);
  });

  it('does the same over the WebSocket: join, time.sync, answer.save acks, submit with prediction', async () => {
    const me = await register(t);
    const attempt = await start(t, me);
    const ws = await TestSocket.open(t.app);
    ws.send({ type: 'attempt.join', attemptId: attempt.id, token: me.token });
    const state = await ws.next('attempt.state');
    expect(state.attempt.id).toBe(attempt.id);
    const sync = await ws.next('time.sync');
    expect(sync.serverTime).toBe(t.clock.now());

    ws.send({ type: 'time.sync', clientTime: 123 });
    expect(await ws.next('time.sync', (m) => m.clientTime === 123)).toMatchObject({ serverTime: t.clock.now() });
    ws.send({ type: 'heartbeat' });
    await ws.next('heartbeat.ack');

    const key = answerKey(t, attempt.id);
    for (const q of attempt.questions) {
      ws.send({ type: 'answer.save', requestId: `r${q.position}`, position: q.position, optionIds: key.get(q.position) ?? [], clientSeq: q.position });
    }
    for (const q of attempt.questions) {
      const ack = await ws.next('answer.saved', (m) => m.requestId === `r${q.position}`);
      expect(ack.answer.optionIds).toEqual(key.get(q.position));
    }
    t.clock.advance(60_000);
    ws.send({ type: 'attempt.submit', requestId: 'done', prediction: 3 });
    const fin = await ws.next('attempt.finalized', (m) => m.requestId === 'done');
    expect(fin.result).toMatchObject({ score: 20, correctCount: 20, prediction: 3, roundRank: 1 });
    // Only one attempt.finalized for our own submit.
    await new Promise((r) => setTimeout(r, 50));
    expect(ws.pending().filter((m) => m.type === 'attempt.finalized')).toHaveLength(0);
    ws.close();
  });
});
