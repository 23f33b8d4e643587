import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { answers, attempts, integrityEvents, rounds } from '@thiphapluat/db';
import { WsCloseCode } from '@thiphapluat/shared';
import { answerKey, createTestApp, register, start, submit, type TestApp } from './helpers/app.js';
import { TestSocket } from './helpers/ws.js';

describe('WebSocket /ws', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(async () => t.close());

  async function joined(token: string, attemptId: string, headers: Record<string, string> = {}) {
    const ws = await TestSocket.open(t.app, headers);
    ws.send({ type: 'attempt.join', attemptId, token });
    const state = await ws.next('attempt.state');
    return { ws, state };
  }

  it('resumes after a reconnect with the saved answers and the same deadline', async () => {
    const me = await register(t);
    const a = await start(t, me);
    const first = await joined(me.token, a.id);
    first.ws.send({ type: 'answer.save', requestId: 'x1', position: 3, optionIds: [a.questions[2]!.options[1]!.id], clientSeq: 1 });
    await first.ws.next('answer.saved');
    first.ws.close();

    t.clock.advance(90_000);
    const second = await joined(me.token, a.id);
    expect(second.state.attempt.deadlineAt).toBe(a.deadlineAt);
    expect(second.state.attempt.questions).toEqual(a.questions);
    expect(second.state.attempt.answers).toEqual([expect.objectContaining({ position: 3, optionIds: [a.questions[2]!.options[1]!.id], clientSeq: 1 })]);
    expect(new Date(second.state.attempt.serverNow).getTime()).toBe(t.clock.now());
    second.ws.close();
  });

  it('keeps the answers and the submit a page sent just before it closed', async () => {
    const me = await register(t);
    const a = await start(t, me);
    const { ws } = await joined(me.token, a.id);
    for (const q of a.questions.slice(0, 5)) ws.send({ type: 'answer.save', requestId: `q${q.position}`, position: q.position, optionIds: [q.options[0]!.id] });
    ws.send({ type: 'attempt.submit', requestId: 'bye', prediction: 42 });
    ws.ws.close();
    let row;
    for (let i = 0; i < 50 && row?.status !== 'submitted'; i++) {
      await new Promise((r) => setTimeout(r, 20));
      row = t.app.ctx.db.select().from(attempts).where(eq(attempts.id, a.id)).get();
    }
    expect(row).toMatchObject({ status: 'submitted', prediction: 42 });
    expect(t.app.ctx.db.select().from(answers).where(eq(answers.attemptId, a.id)).all()).toHaveLength(5);
  });

  it('authenticates with the session cookie of the upgrade request when no token is sent', async () => {
    const me = await register(t);
    const a = await start(t, me);
    const ws = await TestSocket.open(t.app, { cookie: `tpl_session=${me.token}`, host: 'thi.example.vn', origin: 'https://thi.example.vn' });
    ws.send({ type: 'attempt.join', attemptId: a.id });
    expect((await ws.next('attempt.state')).attempt.id).toBe(a.id);
    ws.close();
  });

  it('ignores the session cookie on an upgrade from another site (cross-site WebSocket hijacking)', async () => {
    const me = await register(t);
    const a = await start(t, me);
    const ws = await TestSocket.open(t.app, { cookie: `tpl_session=${me.token}`, host: 'thi.example.vn', origin: 'https://evil.example' });
    ws.send({ type: 'attempt.join', attemptId: a.id });
    expect((await ws.next('error')).code).toBe('UNAUTHENTICATED');
    ws.close();
  });

  it('ends an open socket within 30 s of signing out', async () => {
    const me = await register(t);
    const a = await start(t, me);
    const { ws } = await joined(me.token, a.id);
    await t.app.inject({ method: 'DELETE', url: '/api/session', headers: me.headers });
    const option = a.questions[0]!.options[0]!.id;
    ws.send({ type: 'answer.save', requestId: 's1', position: 1, optionIds: [option] });
    await ws.next('answer.saved');
    t.clock.advance(31_000);
    ws.send({ type: 'answer.save', requestId: 's2', position: 1, optionIds: [option] });
    expect((await ws.next('error')).code).toBe('UNAUTHENTICATED');
    expect((await ws.waitClose()).code).toBe(WsCloseCode.unauthenticated);
  });

  it('lets a second socket take over: the first is told why and closed with 4001', async () => {
    const me = await register(t);
    const a = await start(t, me);
    const first = await joined(me.token, a.id, { 'user-agent': 'phone-A' });
    const second = await joined(me.token, a.id, { 'user-agent': 'phone-B' });
    const replaced = await first.ws.next('session.replaced');
    expect(replaced.reason).toBe('opened_elsewhere');
    expect((await first.ws.waitClose()).code).toBe(WsCloseCode.replaced);
    second.ws.send({ type: 'answer.save', requestId: 'b', position: 1, optionIds: [a.questions[0]!.options[0]!.id] });
    await second.ws.next('answer.saved');
    const takeover = t.app.ctx.db.select().from(integrityEvents).where(eq(integrityEvents.attemptId, a.id)).all().find((e) => e.kind === 'session_takeover');
    expect(takeover?.details).toMatchObject({ sameDevice: false });
    second.ws.close();
  });

  it('saves 200 answers sent at once over 50 sockets, none lost and none duplicated', async () => {
    const people = await Promise.all(Array.from({ length: 50 }, () => register(t)));
    const sessions = [];
    for (const p of people) {
      const a = await start(t, p);
      sessions.push({ p, a, ...(await joined(p.token, a.id)) });
    }
    for (const s of sessions) {
      for (let pos = 1; pos <= 4; pos++) {
        s.ws.send({ type: 'answer.save', requestId: `${s.a.id}:${pos}`, position: pos, optionIds: [s.a.questions[pos - 1]!.options[pos % 2]!.id], clientSeq: pos });
      }
    }
    const acks = await Promise.all(sessions.flatMap((s) => [1, 2, 3, 4].map((pos) => s.ws.next('answer.saved', (m) => m.requestId === `${s.a.id}:${pos}`))));
    expect(acks).toHaveLength(200);
    const rows = t.app.ctx.db.select().from(answers).all();
    expect(rows).toHaveLength(200);
    for (const s of sessions) {
      const mine = rows.filter((r) => r.attemptId === s.a.id).sort((x, y) => x.position - y.position);
      expect(mine.map((r) => r.optionIds[0])).toEqual([1, 2, 3, 4].map((pos) => s.a.questions[pos - 1]!.options[pos % 2]!.id));
    }
    for (const s of sessions) s.ws.close();
  });

  it('warns at 5 and 1 minute left and pushes attempt.finalized when the sweeper closes the attempt', async () => {
    const me = await register(t);
    const a = await start(t, me);
    const { ws } = await joined(me.token, a.id);
    const deadline = new Date(a.deadlineAt).getTime();
    t.clock.set(deadline - 5 * 60_000 + 1000);
    await t.app.sweep();
    expect((await ws.next('attempt.deadline_warning')).remainingMs).toBe(5 * 60_000 - 1000);
    t.clock.set(deadline - 59_000);
    await t.app.sweep();
    expect((await ws.next('attempt.deadline_warning')).remainingMs).toBe(59_000);
    t.clock.set(deadline + 2500);
    await t.app.sweep();
    const fin = await ws.next('attempt.finalized');
    expect(fin).toMatchObject({ attemptId: a.id, requestId: null, result: { status: 'expired' } });
    ws.send({ type: 'answer.save', requestId: 'late', position: 1, optionIds: [] });
    expect(await ws.next('error', (m) => m.requestId === 'late')).toMatchObject({ code: 'DEADLINE_PASSED' });
    ws.close();
  });

  it('sends leaderboard updates to subscribers when someone finishes', async () => {
    const watcher = await TestSocket.open(t.app);
    watcher.send({ type: 'leaderboard.subscribe', scope: { kind: 'round', id: t.roundId } });
    expect((await watcher.next('leaderboard.update')).leaderboard.total).toBe(0);
    const me = await register(t);
    const a = await start(t, me);
    const key = answerKey(t, a.id);
    for (const [pos, ids] of key) await t.app.inject({ method: 'PUT', url: `/api/attempts/${a.id}/answers/${pos}`, headers: me.headers, payload: { optionIds: ids } });
    expect((await submit(t, me, a.id)).statusCode).toBe(200);
    const update = await watcher.next('leaderboard.update', (m) => m.leaderboard.total === 1, 4000);
    expect(update.leaderboard.entries[0]).toMatchObject({ rank: 1, score: 20 });
    watcher.close();
  });

  it('sends no deadline warning for an attempt that was submitted elsewhere', async () => {
    const me = await register(t);
    const a = await start(t, me);
    const { ws } = await joined(me.token, a.id);
    t.clock.advance(60_000);
    expect((await submit(t, me, a.id)).statusCode).toBe(200);
    await ws.next('attempt.finalized');
    t.clock.set(new Date(a.deadlineAt).getTime() - 30_000);
    await t.app.sweep();
    await new Promise((r) => setTimeout(r, 50));
    expect(ws.pending().filter((m) => m.type === 'attempt.deadline_warning')).toEqual([]);
    ws.close();
  });

  it('refuses to follow a board that does not exist or is not public, and caps boards per socket', async () => {
    const ws = await TestSocket.open(t.app);
    ws.send({ type: 'leaderboard.subscribe', scope: { kind: 'round', id: 987_654 } });
    expect((await ws.next('error')).code).toBe('NOT_FOUND');
    ws.send({ type: 'leaderboard.subscribe', scope: { kind: 'contest', id: 987_654 } });
    expect((await ws.next('error')).code).toBe('NOT_FOUND');
    // Two more rounds make five public boards, one more than the cap of four per socket.
    const extra = [3, 4].map((seq) =>
      t.app.ctx.db.insert(rounds).values({ contestId: t.contest.id, seq, name: `Đợt ${seq}`, opensAt: 0, closesAt: 1, timeLimitSec: 600, maxAttempts: 1, createdAt: 0 }).returning().get().id,
    );
    const scopes = [...t.contest.rounds.map((r) => ({ kind: 'round' as const, id: r.id })), { kind: 'contest' as const, id: t.contest.id }, { kind: 'round' as const, id: extra[0]! }];
    for (const scope of scopes.slice(0, 4)) {
      ws.send({ type: 'leaderboard.subscribe', scope });
      await ws.next('leaderboard.update');
    }
    // Re-subscribing to a followed board is fine; a fifth distinct board is refused.
    ws.send({ type: 'leaderboard.subscribe', scope: scopes[0]! });
    await ws.next('leaderboard.update');
    ws.send({ type: 'leaderboard.subscribe', scope: { kind: 'round', id: extra[1]! } });
    expect((await ws.next('error')).code).toBe('RATE_LIMITED');
    ws.close();
  });

  it('answers bad frames with an error frame and keeps the socket open', async () => {
    const ws = await TestSocket.open(t.app);
    ws.sendRaw('not json');
    expect((await ws.next('error')).code).toBe('BAD_REQUEST');
    ws.send({ type: 'answer.save', requestId: 'r1', position: 'one' });
    expect(await ws.next('error')).toMatchObject({ code: 'VALIDATION_FAILED', requestId: 'r1' });
    ws.send({ type: 'no.such.type' });
    expect((await ws.next('error')).code).toBe('VALIDATION_FAILED');
    ws.send({ type: 'answer.save', requestId: 'r2', position: 1, optionIds: [] });
    expect(await ws.next('error')).toMatchObject({ code: 'BAD_REQUEST', requestId: 'r2' });
    ws.send({ type: 'attempt.join', attemptId: '00000000-0000-4000-8000-000000000000', token: 'x'.repeat(40) });
    expect((await ws.next('error')).code).toBe('UNAUTHENTICATED');
    ws.send({ type: 'heartbeat' });
    await ws.next('heartbeat.ack');
    expect(ws.closed).toBeNull();
    ws.close();
  });

  it('closes a socket that sends a frame over 16 KiB with 1009 (message too big)', async () => {
    const ws = await TestSocket.open(t.app);
    ws.sendRaw(JSON.stringify({ type: 'heartbeat', pad: 'x'.repeat(17 * 1024) }));
    expect((await ws.waitClose()).code).toBe(1009);
  });

  it('closes a socket that floods far past its message budget', async () => {
    const ws = await TestSocket.open(t.app);
    for (let i = 0; i < 300; i++) ws.send({ type: 'heartbeat' });
    expect((await ws.next('error')).code).toBe('RATE_LIMITED');
    expect((await ws.waitClose()).code).toBe(WsCloseCode.budgetExceeded);
  });
});
