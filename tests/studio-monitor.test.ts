import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { WebSocket } from 'ws';
import { auditLog, contests, roundResults, rounds } from '@thiphapluat/db';
import {
  CloseRoundResultSchema,
  ErrorBodySchema,
  MonitorServerMessageSchema,
  MonitorSnapshotSchema,
  type MonitorServerMessage,
  type MonitorSnapshot,
} from '@thiphapluat/shared';
import { answerKey, createTestApp, register, save, start, submit, type Contestant, type TestApp } from './helpers/app.js';
import { createOrganization, demoOrganizationId, signInStaff, type StaffClient } from './helpers/studio.js';

const T0 = Date.UTC(2026, 10, 23, 3, 0, 0);
const STEP = 5000; // slower than anyone could read a question: no "answer too fast" evidence

/** Starts an attempt and answers: the first `correct` questions right, then `wrong` questions wrong. */
async function play(t: TestApp, who: Contestant, o: { correct: number; wrong?: number; prediction?: number; submit?: boolean }): Promise<string> {
  const view = await start(t, who);
  const key = answerKey(t, view.id);
  for (const q of view.questions.slice(0, o.correct + (o.wrong ?? 0))) {
    t.clock.advance(STEP);
    const right = key.get(q.position) ?? [];
    const ids = q.position <= o.correct ? right : [q.options.find((x) => !right.includes(x.id))?.id ?? ''];
    expect((await save(t, who, view.id, q.position, ids)).statusCode).toBe(200);
  }
  if (o.submit !== false) expect((await submit(t, who, view.id, o.prediction)).statusCode).toBe(200);
  await t.app.ctx.pending.settled();
  return view.id;
}

/** A monitor socket whose every frame must parse as a MonitorServerMessage. */
async function openMonitor(t: TestApp, url: string, headers: Record<string, string>) {
  const frames: MonitorServerMessage[] = [];
  const waiters: (() => void)[] = [];
  const ws: WebSocket = await t.app.injectWS(url, { headers } as never, {
    onInit: (raw) =>
      raw.on('message', (data) => {
        frames.push(MonitorServerMessageSchema.parse(JSON.parse(data.toString())));
        for (const w of waiters.splice(0)) w();
      }),
  });
  /** The first frame after `from` that matches, waiting up to `ms`. */
  const next = async (match: (m: MonitorServerMessage) => boolean, from = 0, ms = 6000): Promise<MonitorServerMessage> => {
    const deadline = Date.now() + ms;
    for (;;) {
      const hit = frames.slice(from).find(match);
      if (hit) return hit;
      if (Date.now() > deadline) throw new Error(`no matching frame; got ${JSON.stringify(frames.map((f) => f.type))}`);
      await new Promise<void>((r) => {
        waiters.push(r);
        setTimeout(r, 200);
      });
    }
  };
  return { ws, frames, next };
}

const snapshotOf = (m: MonitorServerMessage): MonitorSnapshot | null => (m.type === 'monitor.snapshot' ? m.snapshot : null);

describe('GET /api/studio/orgs/:orgId/rounds/:roundId/monitor', () => {
  let t: TestApp;
  let org: number;
  let organizer: StaffClient;
  beforeAll(async () => {
    t = await createTestApp();
    org = demoOrganizationId(t.app);
    organizer = await signInStaff(t.app, { organizationId: org, role: 'organizer' });
  });
  afterAll(() => t.close());

  it('reports attempts in progress, the per-minute series, the score distribution, the top and integrity events', async () => {
    const [an, binh, chau, dung, em] = [
      await register(t, { fullName: 'Nguyễn Văn An' }),
      await register(t, { fullName: 'Trần Thị Bình' }),
      await register(t, { fullName: 'Lê Minh Châu' }),
      await register(t, { fullName: 'Phạm Quốc Dũng' }),
      await register(t, { fullName: 'Võ Thị Em' }),
    ];
    expect(t.clock.now()).toBe(T0);
    await play(t, an, { correct: 20 }); // 03:00:00 → 03:01:40, 20 points in 100 s
    await play(t, binh, { correct: 12, wrong: 8 }); // 03:01:40 → 03:03:20, 12 points in 100 s
    await play(t, chau, { correct: 12 }); // 03:03:20 → 03:04:20, 12 points in 60 s
    const dungAttempt = await play(t, dung, { correct: 0, submit: false }); // starts 03:04:20
    t.clock.advance(5000);
    expect((await t.app.inject({ method: 'POST', url: `/api/attempts/${dungAttempt}/integrity-events`, headers: dung.headers, payload: { kind: 'focus_lost', durationMs: 4000 } })).statusCode).toBe(202);
    await play(t, em, { correct: 0, submit: false }); // starts 03:04:25
    await t.app.ctx.answerWriter.drain();

    const res = await organizer.get(`/api/studio/orgs/${org}/rounds/${t.roundId}/monitor`);
    expect(res.statusCode).toBe(200);
    const s = MonitorSnapshotSchema.parse(res.json());
    expect(s.round).toMatchObject({ id: t.roundId, state: 'open', finalizedAt: null, resultsPublishedAt: null });
    expect(s.totals).toEqual({ registered: 5, entrants: 5, attempts: 5, inProgress: 2, submitted: 3, averageDurationMs: Math.round((100_000 + 100_000 + 60_000) / 3) });

    expect(s.perMinute).toHaveLength(30);
    expect(s.perMinute.at(-1)?.minute).toBe('2026-11-23T03:04:00.000Z');
    expect(s.perMinute[0]?.minute).toBe('2026-11-23T02:35:00.000Z');
    expect(s.perMinute.slice(-5).map((m) => [m.minute.slice(11, 16), m.starts, m.submissions])).toEqual([
      ['03:00', 1, 0],
      ['03:01', 1, 1],
      ['03:02', 0, 0],
      ['03:03', 1, 1],
      ['03:04', 2, 1],
    ]);
    expect(s.perMinute.slice(0, -5).every((m) => m.starts === 0 && m.submissions === 0)).toBe(true);

    expect(s.distribution.maxScore).toBe(20);
    expect(s.distribution.buckets).toHaveLength(21);
    expect(s.distribution.buckets.filter((b) => b.count > 0)).toEqual([
      { score: 12, count: 2 },
      { score: 20, count: 1 },
    ]);

    // Equal scores: the shorter time first (the prediction counts only once the round is closed).
    expect(s.top.map((e) => [e.rank, e.name, e.score, e.durationMs])).toEqual([
      [1, 'Nguyễn V. A.', 20, 100_000],
      [2, 'Lê M. C.', 12, 60_000],
      [3, 'Trần T. B.', 12, 100_000],
    ]);
    expect(s.integrity).toEqual([
      { id: expect.any(Number), at: '2026-11-23T03:04:25.000Z', kind: 'focus_lost', source: 'client', participant: 'Phạm Q. D.', attemptId: dungAttempt },
    ]);
  });

  it('lets a viewer watch, and answers 404 for another organization’s round and 401 without a session', async () => {
    const viewer = await signInStaff(t.app, { organizationId: org, role: 'viewer' });
    expect((await viewer.get(`/api/studio/orgs/${org}/rounds/${t.roundId}/monitor`)).statusCode).toBe(200);

    const other = createOrganization(t.app, 'so-tu-phap-khac');
    const outsider = await signInStaff(t.app, { organizationId: other, role: 'admin' });
    const res = await outsider.get(`/api/studio/orgs/${other}/rounds/${t.roundId}/monitor`);
    expect(res.statusCode).toBe(404);
    expect(ErrorBodySchema.parse(res.json()).error.code).toBe('NOT_FOUND');
    expect((await outsider.get(`/api/studio/orgs/${org}/rounds/${t.roundId}/monitor`)).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: `/api/studio/orgs/${org}/rounds/${t.roundId}/monitor` })).statusCode).toBe(401);
  });
});

describe('the monitor WebSocket', () => {
  let t: TestApp;
  let org: number;
  let organizer: StaffClient;
  let url: string;
  beforeAll(async () => {
    t = await createTestApp();
    org = demoOrganizationId(t.app);
    organizer = await signInStaff(t.app, { organizationId: org, role: 'organizer' });
    url = `/api/studio/orgs/${org}/rounds/${t.roundId}/monitor/ws`;
  });
  afterAll(() => t.close());

  it('sends a snapshot on connect and pushes a new one after a contestant starts and after they submit', async () => {
    const m = await openMonitor(t, url, { cookie: organizer.cookie });
    const first = snapshotOf(await m.next((f) => f.type === 'monitor.snapshot'));
    expect(first?.totals).toMatchObject({ attempts: 0, submitted: 0 });
    const second = await openMonitor(t, url, { cookie: organizer.cookie });
    await second.next((f) => f.type === 'monitor.snapshot');
    expect(t.app.monitorHub.watchedRounds).toEqual([t.roundId]);

    const who = await register(t, { fullName: 'Đặng Thu Hà' });
    const view = await start(t, who);
    const afterStart = snapshotOf(await m.next((f) => (snapshotOf(f)?.totals.inProgress ?? 0) === 1, 1));
    expect(afterStart?.totals).toMatchObject({ attempts: 1, inProgress: 1, submitted: 0 });

    const key = answerKey(t, view.id);
    for (const q of view.questions) {
      t.clock.advance(STEP);
      await save(t, who, view.id, q.position, key.get(q.position) ?? []);
    }
    expect((await submit(t, who, view.id, 3)).statusCode).toBe(200);
    const afterSubmit = snapshotOf(await m.next((f) => (snapshotOf(f)?.totals.submitted ?? 0) === 1, 1));
    expect(afterSubmit?.top).toEqual([{ rank: 1, name: 'Đặng T. H.', unit: expect.any(String), score: 20, durationMs: 100_000 }]);
    // Every watcher of the round gets the same push.
    expect(snapshotOf(await second.next((f) => (snapshotOf(f)?.totals.submitted ?? 0) === 1, 1))?.top).toHaveLength(1);

    m.ws.terminate();
    second.ws.terminate();
    // Nobody watches: the round's timer is gone.
    await expect.poll(() => t.app.monitorHub.watchedRounds).toEqual([]);
  });

  it('answers a bad frame with an error frame and keeps the socket open', async () => {
    const m = await openMonitor(t, url, { cookie: organizer.cookie });
    await m.next((f) => f.type === 'monitor.snapshot');
    m.ws.send('not json');
    const err = await m.next((f) => f.type === 'error');
    expect(err).toMatchObject({ type: 'error', code: 'BAD_REQUEST' });
    m.ws.send(JSON.stringify({ type: 'subscribe', roundId: 1 }));
    m.ws.send(JSON.stringify({ type: 'ping' }));
    expect(await m.next((f) => f.type === 'pong')).toMatchObject({ type: 'pong', serverTime: t.clock.now() });
    expect(m.frames.filter((f) => f.type === 'error')).toHaveLength(2);
    const before = m.frames.length;
    m.ws.send(JSON.stringify({ type: 'refresh' }));
    expect(await m.next((f) => f.type === 'monitor.snapshot', before)).toBeTruthy();
    m.ws.terminate();
    await expect.poll(() => t.app.monitorHub.watchedRounds).toEqual([]);
  });

  it('refuses the upgrade before any socket exists: 401 without a session, 403 from another site or organization, 404 for another organization’s round', async () => {
    await expect(t.app.injectWS(url, {} as never)).rejects.toThrow('Unexpected server response: 401');
    await expect(t.app.injectWS(url, { headers: { cookie: organizer.cookie, origin: 'https://evil.example' } } as never)).rejects.toThrow('Unexpected server response: 403');
    const other = createOrganization(t.app, 'so-khac-ws');
    const outsider = await signInStaff(t.app, { organizationId: other, role: 'admin' });
    await expect(t.app.injectWS(url, { headers: { cookie: outsider.cookie } } as never)).rejects.toThrow('Unexpected server response: 403');
    await expect(t.app.injectWS(`/api/studio/orgs/${other}/rounds/${t.roundId}/monitor/ws`, { headers: { cookie: outsider.cookie } } as never)).rejects.toThrow(
      'Unexpected server response: 404',
    );
    expect(t.app.monitorHub.watchedRounds).toEqual([]);
  });

  it('answers a plain GET (no upgrade) with 426 in the error shape, after the same checks (was an empty 404)', async () => {
    const res = await organizer.get(url);
    expect(res.statusCode).toBe(426);
    expect(res.headers.upgrade).toBe('websocket');
    expect(ErrorBodySchema.parse(res.json()).error).toMatchObject({ code: 'BAD_REQUEST', message: 'Địa chỉ này chỉ nhận kết nối WebSocket.' });
    expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(401);
    const other = createOrganization(t.app, 'so-khac-ws');
    const outsider = await signInStaff(t.app, { organizationId: other, role: 'admin' });
    const foreign = await outsider.get(`/api/studio/orgs/${other}/rounds/${t.roundId}/monitor/ws`);
    expect(ErrorBodySchema.parse(foreign.json()).error.code).toBe('NOT_FOUND');
    expect(t.app.monitorHub.watchedRounds).toEqual([]);
  });
});

describe('POST /api/studio/orgs/:orgId/rounds/:roundId/close', () => {
  let t: TestApp;
  let org: number;
  let organizer: StaffClient;
  beforeAll(async () => {
    t = await createTestApp();
    org = demoOrganizationId(t.app);
    organizer = await signInStaff(t.app, { organizationId: org, role: 'organizer' });
  });
  afterAll(() => t.close());

  const finalRanks = (roundId: number) =>
    t.app.ctx.db
      .select({ participantId: roundResults.participantId, rank: roundResults.finalRank })
      .from(roundResults)
      .where(eq(roundResults.roundId, roundId))
      .all()
      .sort((a, b) => (a.rank ?? 99) - (b.rank ?? 99));

  it('refuses a viewer (403) and another organization’s round (404) without closing anything', async () => {
    const viewer = await signInStaff(t.app, { organizationId: org, role: 'viewer' });
    expect((await viewer.post(`/api/studio/orgs/${org}/rounds/${t.roundId}/close`)).statusCode).toBe(403);
    const other = createOrganization(t.app, 'so-khac-close');
    const outsider = await signInStaff(t.app, { organizationId: other, role: 'admin' });
    expect((await outsider.post(`/api/studio/orgs/${other}/rounds/${t.roundId}/close`)).statusCode).toBe(404);
    expect(t.app.ctx.db.select().from(rounds).where(eq(rounds.id, t.roundId)).get()?.closesAt).toBeGreaterThan(t.clock.now());
  });

  it('closes now, lets running attempts finish, then freezes the ranking with the prediction tie-breaker', async () => {
    // Three full marks: the truth will be 3. Predictions 10, 3 and 5; the farthest guess is the fastest.
    const far = await register(t, { fullName: 'Hồ Văn Xa' });
    const exact = await register(t, { fullName: 'Lý Thị Đúng' });
    const near = await register(t, { fullName: 'Mai Văn Gần' });
    const lower = await register(t, { fullName: 'Tô Thị Thấp' });
    const running = await register(t, { fullName: 'Chu Văn Chạy' });
    await play(t, far, { correct: 20, prediction: 10 });
    await play(t, exact, { correct: 20, prediction: 3 });
    t.clock.advance(10_000);
    await play(t, near, { correct: 20, prediction: 5 });
    await play(t, lower, { correct: 15, prediction: 3 });
    const runningAttempt = await play(t, running, { correct: 5, submit: false });

    const res = await organizer.post(`/api/studio/orgs/${org}/rounds/${t.roundId}/close`);
    expect(res.statusCode).toBe(200);
    const closed = CloseRoundResultSchema.parse(res.json());
    expect(closed).toMatchObject({ inProgress: 1, finalized: false, round: { state: 'closed', closesAt: new Date(t.clock.now()).toISOString(), finalizedAt: null } });

    // No new start once closed.
    const late = await register(t, { fullName: 'Đến Muộn' });
    const refused = await t.app.inject({ method: 'POST', url: `/api/rounds/${t.roundId}/attempts`, headers: late.headers });
    expect(refused.statusCode).toBe(409);
    expect(ErrorBodySchema.parse(refused.json()).error.code).toBe('ROUND_NOT_OPEN');

    // The running attempt keeps its own deadline: it can still answer, and the sweeper waits for it.
    t.clock.advance(STEP);
    const key = answerKey(t, runningAttempt);
    expect((await save(t, running, runningAttempt, 6, key.get(6) ?? [])).statusCode).toBe(200);
    await t.app.sweep();
    expect(t.app.ctx.db.select().from(rounds).where(eq(rounds.id, t.roundId)).get()?.finalizedAt).toBeNull();
    expect(finalRanks(t.roundId).every((r) => r.rank === null)).toBe(true);
    expect((await submit(t, running, runningAttempt, 0)).statusCode).toBe(200);
    t.clock.advance(3000);
    await t.app.sweep();

    const round = t.app.ctx.db.select().from(rounds).where(eq(rounds.id, t.roundId)).get();
    expect(round?.finalizedAt).not.toBeNull();
    expect(round?.predictionTruth).toBe(3);
    expect(finalRanks(t.roundId)).toEqual([
      { participantId: exact.participantId, rank: 1 },
      { participantId: near.participantId, rank: 2 },
      { participantId: far.participantId, rank: 3 },
      { participantId: lower.participantId, rank: 4 },
      { participantId: running.participantId, rank: 5 },
    ]);
    // The live board agrees with the frozen ranking.
    const board = (await t.app.inject({ method: 'GET', url: `/api/rounds/${t.roundId}/leaderboard` })).json() as { entries: { name: string; rank: number }[]; truth: number };
    expect(board.truth).toBe(3);
    expect(board.entries.map((e) => e.name)).toEqual(['Lý T. Đ.', 'Mai V. G.', 'Hồ V. X.', 'Tô T. T.', 'Chu V. C.']);

    const audit = t.app.ctx.db.select().from(auditLog).where(and(eq(auditLog.action, 'round.closed'), eq(auditLog.entityId, String(t.roundId)))).all();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ organizationId: org, actor: `staff:${organizer.userId}`, entity: 'round' });
    expect((audit[0]?.after as { closesAt: string }).closesAt).toBe(closed.round.closesAt);
    expect((audit[0]?.before as { closesAt: string }).closesAt).not.toBe(closed.round.closesAt);
  });

  it('refuses to close a round twice, or a round that has not opened, with 409 ROUND_NOT_OPEN', async () => {
    const again = await organizer.post(`/api/studio/orgs/${org}/rounds/${t.roundId}/close`);
    expect(again.statusCode).toBe(409);
    expect(ErrorBodySchema.parse(again.json()).error).toMatchObject({ code: 'ROUND_NOT_OPEN', message: 'Đợt thi đã kết thúc.' });
    const upcoming = t.contest.rounds.find((r) => r.state === 'upcoming');
    const res = await organizer.post(`/api/studio/orgs/${org}/rounds/${upcoming?.id}/close`);
    expect(res.statusCode).toBe(409);
    expect(ErrorBodySchema.parse(res.json()).error).toMatchObject({ code: 'ROUND_NOT_OPEN', message: 'Đợt thi chưa mở nên chưa thể kết thúc.' });
  });
});

describe('closing a round with the contest’s own tie-breakers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('finalizes at once when nothing runs, ranking by duration only when the contest leaves the prediction out', async () => {
    t.app.ctx.db.update(contests).set({ rankingTiebreakers: ['duration', 'submittedAt'] }).where(eq(contests.slug, t.contest.slug)).run();
    const org = demoOrganizationId(t.app);
    const admin = await signInStaff(t.app, { organizationId: org, role: 'admin' });
    const exactButSlow = await register(t, { fullName: 'Đoàn Văn Chậm' });
    const farButQuick = await register(t, { fullName: 'Kiều Thị Nhanh' });
    await play(t, exactButSlow, { correct: 20, prediction: 2 }); // 100 s
    const quick = await start(t, farButQuick);
    const key = answerKey(t, quick.id);
    for (const q of quick.questions) {
      t.clock.advance(4000);
      await save(t, farButQuick, quick.id, q.position, key.get(q.position) ?? []);
    }
    expect((await submit(t, farButQuick, quick.id, 500)).statusCode).toBe(200); // 80 s
    await t.app.ctx.pending.settled();

    const res = CloseRoundResultSchema.parse((await admin.post(`/api/studio/orgs/${org}/rounds/${t.roundId}/close`)).json());
    expect(res).toMatchObject({ inProgress: 0, finalized: true, round: { predictionTruth: 2 } });
    const ranks = t.app.ctx.db.select({ p: roundResults.participantId, rank: roundResults.finalRank }).from(roundResults).where(eq(roundResults.roundId, t.roundId)).all();
    expect(ranks.sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))).toEqual([
      { p: farButQuick.participantId, rank: 1 },
      { p: exactButSlow.participantId, rank: 2 },
    ]);
  });
});
