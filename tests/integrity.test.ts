/**
 * The anti-cheat review end to end through the API: signals captured as residents play, scores with
 * evidence, the studio queue, clear and disqualify with their effects, tuning, and rejected writes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog, contests, integrityEvents, integrityReviews, integritySignals } from '@thiphapluat/db';
import { AttemptResultSchema, ErrorBodySchema, IntegrityQueueSchema, WinnersSchema, type IntegrityQueue } from '@thiphapluat/shared';
import { answerKey, createTestApp, register, save, start, submit, type Contestant, type TestApp } from './helpers/app.js';
import { demoOrganizationId, signInStaff, type StaffClient } from './helpers/studio.js';
import { TestSocket } from './helpers/ws.js';

/** These tests are about integrity, not the rush: the waiting room stays out of the way on a busy CI machine. */
const NO_WAITING_ROOM = { config: { ADMISSION_MAX_EVENT_LOOP_DELAY_MS: 60_000, ADMISSION_MAX_STARTS_PER_S: 100_000 } };

const DEVICE = { 'x-device-id': 'thiet-bi-chung-0001', 'user-agent': 'Mozilla/5.0 (Linux; Android 14) Chrome/130' };

/** Plays one attempt: answers every question right, `gapMs(i)` apart, then submits. */
async function play(t: TestApp, who: Contestant, gapMs: (i: number) => number): Promise<string> {
  const view = await start(t, who);
  const key = answerKey(t, view.id);
  for (const [i, q] of view.questions.entries()) {
    t.clock.advance(gapMs(i));
    expect((await save(t, who, view.id, q.position, key.get(q.position) ?? [], i + 1)).statusCode).toBe(200);
  }
  expect((await submit(t, who, view.id, 1)).statusCode).toBe(200);
  await t.app.ctx.pending.settled();
  return view.id;
}

/** A person who reads: 9 to 25 s per question, irregular. */
const human = (i: number) => 9000 + ((i * 7919) % 16_000);

describe('integrity review queue', () => {
  let t: TestApp;
  let org: number;
  let organizer: StaffClient;
  let viewer: StaffClient;
  let bot: Contestant;
  let bot2: Contestant;
  let bot3: Contestant;
  let honest: Contestant;
  let botAttempt: string;
  const base = () => `/api/studio/orgs/${org}/contests/${t.contest.id}/integrity`;
  const queue = async (status = 'pending'): Promise<IntegrityQueue> => {
    const res = await organizer.get(`${base()}?status=${status}`);
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    return IntegrityQueueSchema.parse(res.json());
  };

  beforeAll(async () => {
    t = await createTestApp(NO_WAITING_ROOM);
    org = demoOrganizationId(t.app);
    organizer = await signInStaff(t.app, { organizationId: org, role: 'organizer' });
    viewer = await signInStaff(t.app, { organizationId: org, role: 'viewer' });
    t.app.ctx.db.update(contests).set({ prizes: [{ tier: 'first', count: 1, label: 'Giải Nhất' }, { tier: 'second', count: 1, label: 'Giải Nhì' }, { tier: 'collective', count: 1, label: 'Giải tập thể' }] }).where(eq(contests.id, t.contest.id)).run();
    honest = await register(t, { fullName: 'Người Thật Thà' });
    bot = await register(t, { fullName: 'Máy Trả Lời Nhanh' });
    bot2 = await register(t, { fullName: 'Máy Trả Lời Thứ Hai' });
    bot3 = await register(t, { fullName: 'Máy Trả Lời Thứ Ba' });
    await play(t, honest, human);
    // The bots answer everything right in about a second each, irregularly: faster than anyone reads.
    const quick = (i: number) => 300 + ((i * 7919) % 1000);
    botAttempt = await play(t, bot, quick);
    await play(t, bot2, quick);
    await play(t, bot3, quick);
  });
  afterAll(() => t.close());

  it('scores each attempt as it is finalized: the bots are in the queue with evidence, the honest one is not', async () => {
    const q = await queue();
    expect(q.items.map((i) => i.fullName)).toEqual(expect.arrayContaining(['Máy Trả Lời Nhanh', 'Máy Trả Lời Thứ Hai', 'Máy Trả Lời Thứ Ba']));
    expect(q.items.map((i) => i.fullName)).not.toContain('Người Thật Thà');
    const item = q.items.find((i) => i.participantId === bot.participantId)!;
    expect(item.score).toBeGreaterThanOrEqual(q.settings.threshold);
    expect(item.phone).toMatch(/\*/);
    expect(item.evidence[0]).toMatchObject({ detector: 'reading_speed', points: 60, attemptId: botAttempt });
    expect(item.evidence[0]!.detail).toMatch(/^Trả lời 20 câu trong 1\d giây/);
    expect(q.counts).toMatchObject({ scored: 4, pending: 3, cleared: 0, disqualified: 0 });
  });

  it('is for admins and organizers only', async () => {
    const res = await viewer.get(base());
    expect(res.statusCode).toBe(403);
    expect(ErrorBodySchema.parse(res.json()).error.code).toBe('FORBIDDEN');
  });

  it('requires a reason for a decision', async () => {
    const res = await organizer.post(`${base()}/participants/${bot.participantId}/decision`, { decision: 'disqualify', reason: ' ' });
    expect(res.statusCode).toBe(400);
    expect(ErrorBodySchema.parse(res.json()).error.fields?.[0]?.path).toBe('reason');
  });

  it('disqualifies with a reason: out of the leaderboard, the prizes and the collective count, told on the result, audited', async () => {
    const before = (await t.app.inject({ method: 'GET', url: `/api/rounds/${t.roundId}/leaderboard` })).json() as { entries: { name: string }[] };
    expect(before.entries).toHaveLength(4);
    const res = await organizer.post(`${base()}/participants/${bot.participantId}/decision`, { decision: 'disqualify', reason: 'Trả lời 20 câu trong 14 giây, không thể đọc kịp' });
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    const after = IntegrityQueueSchema.parse(res.json());
    expect(after.items.map((i) => i.participantId)).not.toContain(bot.participantId);
    expect((await queue('disqualified')).items).toEqual([expect.objectContaining({ participantId: bot.participantId, decision: 'disqualified', decisionReason: 'Trả lời 20 câu trong 14 giây, không thể đọc kịp' })]);

    const board = (await t.app.inject({ method: 'GET', url: `/api/rounds/${t.roundId}/leaderboard` })).json() as { entries: { name: string }[] };
    expect(board.entries).toHaveLength(3);
    expect(board.entries.map((e) => e.name)).not.toContain('Máy T. L. N.');

    // The participant sees it on their result, with the reason.
    const mine = await t.app.inject({ method: 'GET', url: `/api/attempts/${botAttempt}`, headers: bot.headers });
    const result = AttemptResultSchema.parse((mine.json() as { result: unknown }).result);
    expect(result.disqualified?.reason).toBe('Trả lời 20 câu trong 14 giây, không thể đọc kịp');
    expect(result.roundRank).toBeNull();

    // Prizes and the collective count, once the round is closed.
    expect((await organizer.post(`/api/studio/orgs/${org}/rounds/${t.roundId}/close`)).statusCode).toBe(200);
    const w = WinnersSchema.parse((await organizer.get(`/api/studio/orgs/${org}/rounds/${t.roundId}/winners`)).json());
    expect(w.entries.map((e) => e.participantId)).not.toContain(bot.participantId);
    // The disqualified bot was the fastest full score: the two prizes pass to the next in line.
    expect(w.entries.filter((e) => e.award).map((e) => e.participantId)).toEqual([bot2.participantId, bot3.participantId]);
    expect(w.disqualified.map((d) => d.participantId)).toEqual([bot.participantId]);
    expect(w.collective?.rows.reduce((n, r) => n + r.participants, 0)).toBe(3);

    const audit = t.app.ctx.db.select().from(auditLog).where(eq(auditLog.entityId, bot.participantId)).all().map((a) => a.action);
    expect(audit).toEqual(['participant.disqualified', 'integrity.disqualified']);
  });

  it('clears with a reason: the participant stays ranked and leaves the pending list', async () => {
    const res = await organizer.post(`${base()}/participants/${bot2.participantId}/decision`, { decision: 'clear', reason: 'Đã gọi điện xác minh, người dự thi là luật sư' });
    expect(res.statusCode).toBe(200);
    expect(IntegrityQueueSchema.parse(res.json()).items.map((i) => i.participantId)).toEqual([bot3.participantId]);
    expect((await queue('cleared')).items).toEqual([expect.objectContaining({ participantId: bot2.participantId, decision: 'cleared', decidedBy: expect.stringMatching(/^Cán bộ/) })]);
    const w = WinnersSchema.parse((await organizer.get(`/api/studio/orgs/${org}/rounds/${t.roundId}/winners`)).json());
    expect(w.entries.map((e) => e.participantId)).toContain(bot2.participantId);
    const audit = t.app.ctx.db.select().from(auditLog).where(and(eq(auditLog.entityId, bot2.participantId), eq(auditLog.action, 'integrity.cleared'))).all();
    expect(audit[0]?.after).toMatchObject({ decision: 'cleared', detectors: ['reading_speed'] });
    // A recomputation keeps the decision.
    expect((await organizer.post(`${base()}/recompute?status=cleared`)).json()).toMatchObject({ items: [{ participantId: bot2.participantId, decision: 'cleared' }] });
  });

  it('tuning the weights changes the outcome, and is audited', async () => {
    const pending = async () => (await queue()).items.map((i) => i.participantId);
    expect(await pending()).toEqual([bot3.participantId]);
    const off = await organizer.put(`${base()}/settings`, { weights: { reading_speed: 0 }, threshold: 50 });
    expect(off.statusCode, off.body.slice(0, 300)).toBe(200);
    expect(IntegrityQueueSchema.parse(off.json()).settings.weights.reading_speed).toBe(0);
    expect(await pending()).toEqual([]);
    // Back at 60 points, but a threshold of 70: still not flagged; at 60 it is again.
    expect((await organizer.put(`${base()}/settings`, { weights: { reading_speed: 60 }, threshold: 70 })).statusCode).toBe(200);
    expect(await pending()).toEqual([]);
    expect((await organizer.put(`${base()}/settings`, { weights: {}, threshold: 60 })).statusCode).toBe(200);
    expect(await pending()).toEqual([bot3.participantId]);
    const audit = t.app.ctx.db.select().from(auditLog).where(eq(auditLog.action, 'integrity.settings_updated')).all();
    expect(audit).toHaveLength(3);
    expect(audit[0]).toMatchObject({ entity: 'contest', entityId: String(t.contest.id), before: { threshold: 50 }, after: { threshold: 50, weights: expect.objectContaining({ reading_speed: 0 }) } });
    const bad = await organizer.put(`${base()}/settings`, { weights: { reading_speed: 101, nonsense: 5 }, threshold: 0 });
    expect(bad.statusCode).toBe(400);
  });

  it('keeps the device and network only as hashes', () => {
    const rows = t.app.ctx.db.select().from(integritySignals).all();
    expect(rows.length).toBeGreaterThanOrEqual(6);
    expect(JSON.stringify(rows)).not.toMatch(/127\.0\.0\.1|Mozilla/);
  });
});

describe('rejected writes', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(NO_WAITING_ROOM);
  });
  afterAll(() => t.close());

  it('refuses replayed, tampered, undelivered and late writes, every one, and keeps them as evidence', async () => {
    const me = await register(t);
    const view = await t.app.inject({ method: 'POST', url: `/api/rounds/${t.roundId}/attempts`, headers: { ...me.headers, ...DEVICE } });
    expect(view.statusCode, view.body.slice(0, 300)).toBe(201);
    const a = view.json() as { id: string; deadlineAt: string; questions: { position: number; options: { id: string }[] }[] };
    const [o1, o2] = a.questions[0]!.options;
    t.clock.advance(10_000);
    expect((await save(t, me, a.id, 1, [o1!.id], 5)).statusCode).toBe(200);
    expect((await save(t, me, a.id, 1, [o1!.id], 5)).statusCode).toBe(200); // a retry is fine
    const refused = [
      await save(t, me, a.id, 1, [o2!.id], 4), // replayed older frame
      await save(t, me, a.id, 1, [o2!.id], 5), // same sequence, another choice: tampered
      await save(t, me, a.id, 1, [o2!.id]), // sequence stripped
      await save(t, me, a.id, 99, [o2!.id], 6), // never delivered
    ];
    expect(refused.map((r) => r.statusCode)).toEqual([409, 409, 409, 400]);
    t.clock.set(new Date(a.deadlineAt).getTime() + 5000);
    const late = [await save(t, me, a.id, 2, [a.questions[1]!.options[0]!.id], 7), await save(t, me, a.id, 2, [a.questions[1]!.options[0]!.id], 8)];
    expect(late.map((r) => ErrorBodySchema.parse(r.json()).error.code)).toEqual(['DEADLINE_PASSED', 'DEADLINE_PASSED']);
    await t.app.ctx.pending.settled();
    const kinds = t.app.ctx.db.select({ kind: integrityEvents.kind }).from(integrityEvents).where(eq(integrityEvents.attemptId, a.id)).all().map((e) => e.kind).sort();
    expect(kinds).toEqual(['late_write_rejected', 'late_write_rejected', 'stale_write_rejected', 'stale_write_rejected', 'stale_write_rejected', 'undelivered_question']);
    const org = demoOrganizationId(t.app);
    const admin = await signInStaff(t.app, { organizationId: org, role: 'admin' });
    // Refusals after the attempt ended came after its scoring at finalization; the review recomputes.
    const q = IntegrityQueueSchema.parse((await admin.post(`/api/studio/orgs/${org}/contests/${t.contest.id}/integrity/recompute`)).json());
    const item = q.items.find((i) => i.participantId === me.participantId);
    expect(item?.evidence.map((e) => e.detector)).toEqual(['rejected_writes', 'undelivered_answers']);
    expect(item?.evidence[0]?.detail).toBe('Máy chủ từ chối 2 lần ghi sau hạn hoặc sau khi nộp, 3 lần ghi lại gói tin cũ hoặc bị sửa');
  });
});

describe('session takeover across devices', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(NO_WAITING_ROOM);
  });
  afterAll(() => t.close());

  it('records each live join with hashed device and network, and scores a move to another device', async () => {
    const me = await register(t);
    const a = await start(t, me);
    const join = async (deviceId: string, ua: string) => {
      const ws = await TestSocket.open(t.app, { 'user-agent': ua });
      ws.send({ type: 'attempt.join', attemptId: a.id, token: me.token, deviceId });
      await ws.next('attempt.state');
      return ws;
    };
    const phone = await join('dien-thoai-cua-toi-01', 'Mozilla/5.0 (Linux; Android 14) Chrome/130');
    const computer = await join('may-tinh-nguoi-khac-02', 'Mozilla/5.0 (Windows NT 10.0) Chrome/130');
    await phone.next('session.replaced');
    const badDevice = await TestSocket.open(t.app);
    badDevice.send({ type: 'attempt.join', attemptId: a.id, token: me.token, deviceId: 'x' });
    expect((await badDevice.next('error')).code).toBe('VALIDATION_FAILED');
    computer.ws.close();
    badDevice.ws.close();
    expect((await submit(t, me, a.id)).statusCode).toBe(200);
    await t.app.ctx.pending.settled();

    const joins = t.app.ctx.db.select().from(integritySignals).where(and(eq(integritySignals.attemptId, a.id), eq(integritySignals.kind, 'join'))).all();
    expect(joins).toHaveLength(2);
    expect(new Set(joins.map((j) => j.deviceHash)).size).toBe(2);
    expect(JSON.stringify(joins)).not.toMatch(/dien-thoai|may-tinh|Android|Windows/);
    const takeover = t.app.ctx.db.select().from(integrityEvents).where(and(eq(integrityEvents.attemptId, a.id), eq(integrityEvents.kind, 'session_takeover'))).get();
    expect(JSON.stringify(takeover?.details)).not.toMatch(/127\.0\.0\.1|Android|Windows/);

    const org = demoOrganizationId(t.app);
    const admin = await signInStaff(t.app, { organizationId: org, role: 'admin' });
    const q = IntegrityQueueSchema.parse((await admin.get(`/api/studio/orgs/${org}/contests/${t.contest.id}/integrity?status=pending`)).json());
    // A move to another device corroborates; on its own it is not enough to be flagged.
    expect(q.items.map((i) => i.participantId)).not.toContain(me.participantId);
    const review = t.app.ctx.db.select().from(integrityReviews).where(eq(integrityReviews.participantId, me.participantId)).get();
    expect(review?.evidence).toEqual([expect.objectContaining({ detector: 'session_takeover', points: 25, detail: 'Lượt thi được làm trên 2 thiết bị khác nhau (1 lần phiên bị thay thế)' })]);
  });
});
