import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog, contests, roundAwards } from '@thiphapluat/db';
import { ErrorBodySchema, ParticipantStandingSchema, PublicResultsSchema, PublishResultsResponseSchema, WinnersSchema, type Winners } from '@thiphapluat/shared';
import { answerKey, createTestApp, register, save, start, submit, type Contestant, type TestApp } from './helpers/app.js';
import { createOrganization, demoOrganizationId, signInStaff, type StaffClient } from './helpers/studio.js';

/** Starts an attempt in `roundId`, answers the first `correct` questions right (5 s each) and submits. */
async function play(t: TestApp, who: Contestant, roundId: number, correct: number): Promise<void> {
  const view = await start(t, who, roundId);
  const key = answerKey(t, view.id);
  for (const q of view.questions.slice(0, correct)) {
    t.clock.advance(5000);
    expect((await save(t, who, view.id, q.position, key.get(q.position) ?? [])).statusCode).toBe(200);
  }
  expect((await submit(t, who, view.id, 1)).statusCode).toBe(200);
  await t.app.ctx.pending.settled();
}

describe('winners review, disqualification and publication', () => {
  let t: TestApp;
  let org: number;
  let organizer: StaffClient;
  let round1: number;
  let round2: number;
  let units: { id: number; name: string }[];
  const people: Contestant[] = [];
  const base = () => `/api/studio/orgs/${org}`;
  const winners = async (roundId: number): Promise<Winners> => {
    const res = await organizer.get(`${base()}/rounds/${roundId}/winners`);
    expect(res.statusCode).toBe(200);
    return WinnersSchema.parse(res.json());
  };
  const awarded = (w: Winners) => w.entries.filter((e) => e.award).map((e) => [e.rank, e.participantId, e.award?.label]);

  beforeAll(async () => {
    t = await createTestApp();
    org = demoOrganizationId(t.app);
    organizer = await signInStaff(t.app, { organizationId: org, role: 'organizer' });
    t.app.ctx.db
      .update(contests)
      .set({
        prizes: [
          { tier: 'first', count: 1, label: 'Giải Nhất' },
          { tier: 'second', count: 1, label: 'Giải Nhì' },
          { tier: 'third', count: 1, label: 'Giải Ba' },
          { tier: 'consolation', count: 1, label: 'Giải Khuyến khích' },
          { tier: 'collective', count: 2, label: 'Giải tập thể' },
        ],
        onePrizePerPerson: true,
      })
      .where(eq(contests.slug, t.contest.slug))
      .run();
    round1 = t.roundId;
    round2 = t.contest.rounds.find((r) => r.id !== round1)?.id ?? 0;
    units = ((await t.app.inject({ method: 'GET', url: `/api/contests/${t.contest.slug}/units?limit=3` })).json() as { units: { id: number; name: string }[] }).units;
    const names = ['Nguyễn Văn Một', 'Trần Thị Hai', 'Lê Văn Ba', 'Phạm Thị Bốn', 'Hoàng Văn Năm', 'Vũ Thị Sáu', 'Đỗ Văn Bảy', 'Bùi Thị Tám'];
    const unitOf = [0, 0, 0, 1, 1, 2, 2, 2];
    for (const [i, fullName] of names.entries()) people.push(await register(t, { fullName, unitId: units[unitOf[i] ?? 0]?.id }));
    // Round 1: six contestants, scores 20 down to 15.
    for (let i = 0; i < 6; i++) await play(t, people[i] as Contestant, round1, 20 - i);
  });
  afterAll(() => t.close());

  it('answers 409 ROUND_NOT_CLOSED before the round is finalized', async () => {
    const res = await organizer.get(`${base()}/rounds/${round1}/winners`);
    expect(res.statusCode).toBe(409);
    expect(ErrorBodySchema.parse(res.json()).error.code).toBe('ROUND_NOT_CLOSED');
  });

  it('proposes the contest’s tiers in rank order with full names, masked phones and the collective prize', async () => {
    expect((await organizer.post(`${base()}/rounds/${round1}/close`)).json()).toMatchObject({ finalized: true });
    const w = await winners(round1);
    expect(w.tiers.map((x) => [x.label, x.count, x.awarded])).toEqual([
      ['Giải Nhất', 1, 1],
      ['Giải Nhì', 1, 1],
      ['Giải Ba', 1, 1],
      ['Giải Khuyến khích', 1, 1],
    ]);
    expect(w.ranked).toBe(6);
    expect(awarded(w)).toEqual([
      [1, people[0]?.participantId, 'Giải Nhất'],
      [2, people[1]?.participantId, 'Giải Nhì'],
      [3, people[2]?.participantId, 'Giải Ba'],
      [4, people[3]?.participantId, 'Giải Khuyến khích'],
    ]);
    expect(w.entries.map((e) => e.rank)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(w.entries[0]).toMatchObject({ fullName: 'Nguyễn Văn Một', score: 20, durationMs: 100_000, unit: units[0]?.name, integrityEvents: 0, skipped: null });
    expect(w.entries[0]?.phone).toMatch(/^0\d{2}\*{4}\d{3}$/);
    expect(w.collective).toMatchObject({ label: 'Giải tập thể', count: 2, basis: 'participants' });
    expect(w.collective?.formula).toContain('số người dự thi');
    expect(w.collective?.rows.map((r) => [r.unitId, r.participants, r.awarded])).toEqual([
      [units[0]?.id, 3, true],
      [units[1]?.id, 2, true],
      [units[2]?.id, 1, false],
    ]);
  });

  it('requires a reason of 5 to 500 characters to disqualify, and refuses viewers (403) and other organizations (404)', async () => {
    const url = `${base()}/participants/${people[0]?.participantId}/disqualify`;
    for (const payload of [{}, { reason: 'gian' }, { reason: 'x'.repeat(501) }]) {
      const res = await organizer.post(url, payload);
      expect(res.statusCode).toBe(400);
      const body = ErrorBodySchema.parse(res.json());
      expect(body.error.code).toBe('VALIDATION_FAILED');
      expect(body.error.fields?.map((f) => f.path)).toEqual(['reason']);
    }
    const viewer = await signInStaff(t.app, { organizationId: org, role: 'viewer' });
    expect((await viewer.post(url, { reason: 'Dùng hai tài khoản' })).statusCode).toBe(403);
    const other = createOrganization(t.app, 'so-khac-ket-qua');
    const outsider = await signInStaff(t.app, { organizationId: other, role: 'admin' });
    expect((await outsider.post(`/api/studio/orgs/${other}/participants/${people[0]?.participantId}/disqualify`, { reason: 'Dùng hai tài khoản' })).statusCode).toBe(404);
    expect((await outsider.get(`/api/studio/orgs/${other}/rounds/${round1}/winners`)).statusCode).toBe(404);
    expect((await winners(round1)).disqualified).toEqual([]);
  });

  it('takes a disqualified participant out of the ranking, the prizes, the collective count and the public board, with an audit record', async () => {
    const first = people[0]?.participantId ?? '';
    const res = await organizer.post(`${base()}/participants/${first}/disqualify`, { reason: 'Khai sai thông tin, dùng hai tài khoản' });
    expect(res.statusCode).toBe(200);
    expect(ParticipantStandingSchema.parse(res.json())).toEqual({ participantId: first, disqualified: true, reason: 'Khai sai thông tin, dùng hai tài khoản', rounds: [round1] });

    const w = await winners(round1);
    expect(awarded(w)).toEqual([
      [1, people[1]?.participantId, 'Giải Nhất'],
      [2, people[2]?.participantId, 'Giải Nhì'],
      [3, people[3]?.participantId, 'Giải Ba'],
      [4, people[4]?.participantId, 'Giải Khuyến khích'],
    ]);
    expect(w.ranked).toBe(5);
    expect(w.disqualified).toEqual([expect.objectContaining({ participantId: first, fullName: 'Nguyễn Văn Một', reason: 'Khai sai thông tin, dùng hai tài khoản', by: expect.stringMatching(/^Cán bộ/) })]);
    expect(w.collective?.rows.find((r) => r.unitId === units[0]?.id)?.participants).toBe(2);
    const board = (await t.app.inject({ method: 'GET', url: `/api/rounds/${round1}/leaderboard` })).json() as { entries: { name: string }[] };
    expect(board.entries.map((e) => e.name)).toEqual(['Trần T. H.', 'Lê V. B.', 'Phạm T. B.', 'Hoàng V. N.', 'Vũ T. S.']);

    const audit = t.app.ctx.db.select().from(auditLog).where(and(eq(auditLog.action, 'participant.disqualified'), eq(auditLog.entityId, first))).all();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ organizationId: org, actor: `staff:${organizer.userId}`, before: { disqualifiedAt: null, reason: null }, after: { reason: 'Khai sai thông tin, dùng hai tài khoản', by: organizer.userId } });
    const twice = await organizer.post(`${base()}/participants/${first}/disqualify`, { reason: 'Lần thứ hai' });
    expect(twice.statusCode).toBe(409);
  });

  it('reinstates a participant, who takes their place back', async () => {
    const sixth = people[5]?.participantId ?? '';
    expect((await organizer.post(`${base()}/participants/${sixth}/disqualify`, { reason: 'Nghi vấn thi hộ' })).statusCode).toBe(200);
    expect((await winners(round1)).ranked).toBe(4);
    const res = await organizer.post(`${base()}/participants/${sixth}/reinstate`);
    expect(res.statusCode).toBe(200);
    expect(ParticipantStandingSchema.parse(res.json())).toMatchObject({ disqualified: false, reason: null });
    const w = await winners(round1);
    expect(w.entries.at(-1)).toMatchObject({ rank: 5, participantId: sixth });
    expect(w.disqualified.map((d) => d.participantId)).toEqual([people[0]?.participantId]);
    expect(t.app.ctx.db.select().from(auditLog).where(and(eq(auditLog.action, 'participant.reinstated'), eq(auditLog.entityId, sixth))).all()).toHaveLength(1);
  });

  it('publishes exactly the reviewed proposal once, and shows it on the public results', async () => {
    const before = (await t.app.inject({ method: 'GET', url: `/api/contests/${t.contest.slug}/results` })).json();
    expect(PublicResultsSchema.parse(before).rounds).toEqual([]);
    const w = await winners(round1);
    const viewer = await signInStaff(t.app, { organizationId: org, role: 'viewer' });
    expect((await viewer.post(`${base()}/rounds/${round1}/results/publish`, { proposalKey: w.proposalKey })).statusCode).toBe(403);
    const stale = await organizer.post(`${base()}/rounds/${round1}/results/publish`, { proposalKey: 'not-the-reviewed-list' });
    expect(stale.statusCode).toBe(409);
    expect(ErrorBodySchema.parse(stale.json()).error.code).toBe('CONFLICT');

    const res = await organizer.post(`${base()}/rounds/${round1}/results/publish`, { proposalKey: w.proposalKey });
    expect(res.statusCode).toBe(200);
    expect(PublishResultsResponseSchema.parse(res.json())).toMatchObject({ awards: 4, contestStatus: 'published', round: { resultsPublishedAt: expect.any(String) } });
    expect(t.app.ctx.db.select().from(roundAwards).where(eq(roundAwards.roundId, round1)).orderBy(roundAwards.rank).all().map((a) => [a.rank, a.participantId, a.tier])).toEqual([
      [1, people[1]?.participantId, 'first'],
      [2, people[2]?.participantId, 'second'],
      [3, people[3]?.participantId, 'third'],
      [4, people[4]?.participantId, 'consolation'],
    ]);
    const audit = t.app.ctx.db.select().from(auditLog).where(eq(auditLog.action, 'round.results_published')).all();
    expect(audit).toHaveLength(1);
    expect((audit[0]?.after as { awards: unknown[] }).awards).toHaveLength(4);

    const again = await organizer.post(`${base()}/rounds/${round1}/results/publish`, { proposalKey: w.proposalKey });
    expect(again.statusCode).toBe(409);
    expect(ErrorBodySchema.parse(again.json()).error.code).toBe('RESULTS_ALREADY_PUBLISHED');

    const pub = PublicResultsSchema.parse((await t.app.inject({ method: 'GET', url: `/api/contests/${t.contest.slug}/results` })).json());
    expect(pub.rounds.map((r) => r.id)).toEqual([round1]);
    expect(pub.rounds[0]?.participants).toBe(5);
    expect(pub.rounds[0]?.awards.map((a) => [a.rank, a.label, a.fullName])).toEqual([
      [1, 'Giải Nhất', 'Trần Thị Hai'],
      [2, 'Giải Nhì', 'Lê Văn Ba'],
      [3, 'Giải Ba', 'Phạm Thị Bốn'],
      [4, 'Giải Khuyến khích', 'Hoàng Văn Năm'],
    ]);
    expect(pub.rounds[0]?.awards[0]).toMatchObject({ unit: units[0]?.name, score: 19 });
    expect(pub.rounds[0]?.awards.every((a) => /^0\d{2}\*{4}\d{3}$/.test(a.phone))).toBe(true);
  });

  it('refuses to disqualify a published winner, or to reinstate someone left out of a published list', async () => {
    const winner = await organizer.post(`${base()}/participants/${people[1]?.participantId}/disqualify`, { reason: 'Phát hiện muộn' });
    expect(winner.statusCode).toBe(409);
    expect(ErrorBodySchema.parse(winner.json()).error.code).toBe('RESULTS_ALREADY_PUBLISHED');
    const leftOut = await organizer.post(`${base()}/participants/${people[0]?.participantId}/reinstate`);
    expect(leftOut.statusCode).toBe(409);
    expect(ErrorBodySchema.parse(leftOut.json()).error.code).toBe('RESULTS_ALREADY_PUBLISHED');
    // The published view shows the published awards.
    const w = await winners(round1);
    expect(w.round.resultsPublishedAt).not.toBeNull();
    expect(awarded(w).map((a) => a[1])).toEqual([people[1]?.participantId, people[2]?.participantId, people[3]?.participantId, people[4]?.participantId]);
  });

  it('gives one prize per person across rounds: earlier winners are skipped in the next round', async () => {
    t.clock.set(Date.parse(t.contest.rounds.find((r) => r.id === round2)?.opensAt ?? '') + 60_000);
    organizer = await signInStaff(t.app, { organizationId: org, role: 'organizer' }); // two weeks later: a fresh session
    // Round 1's first and second prize winners play again and do best; two newcomers follow.
    await play(t, people[1] as Contestant, round2, 20);
    await play(t, people[6] as Contestant, round2, 19);
    await play(t, people[2] as Contestant, round2, 18);
    await play(t, people[7] as Contestant, round2, 17);
    expect((await organizer.post(`${base()}/rounds/${round2}/close`)).json()).toMatchObject({ finalized: true });

    const w = await winners(round2);
    expect(w.onePrizePerPerson).toBe(true);
    expect(w.entries.map((e) => [e.rank, e.participantId, e.award?.label ?? null, e.skipped?.label ?? null])).toEqual([
      [1, people[1]?.participantId, null, 'Giải Nhất'],
      [2, people[6]?.participantId, 'Giải Nhất', null],
      [3, people[2]?.participantId, null, 'Giải Nhì'],
      [4, people[7]?.participantId, 'Giải Nhì', null],
    ]);
    expect(w.entries[0]?.skipped).toEqual({ reason: 'already_awarded', round: 'Đợt 1', label: 'Giải Nhất' });
    expect(w.tiers.map((x) => x.awarded)).toEqual([1, 1, 0, 0]);

    const res = await organizer.post(`${base()}/rounds/${round2}/results/publish`, { proposalKey: w.proposalKey });
    expect(PublishResultsResponseSchema.parse(res.json())).toMatchObject({ awards: 2, contestStatus: 'results_published' });
    expect(t.app.ctx.db.select().from(contests).where(eq(contests.slug, t.contest.slug)).get()?.status).toBe('results_published');
    expect(t.app.ctx.db.select().from(auditLog).where(eq(auditLog.action, 'contest.results_published')).all()).toHaveLength(1);
    const pub = PublicResultsSchema.parse((await t.app.inject({ method: 'GET', url: `/api/contests/${t.contest.slug}/results` })).json());
    expect(pub.rounds.map((r) => [r.name, r.awards.length])).toEqual([
      ['Đợt 1', 4],
      ['Đợt 2', 2],
    ]);
  });

  it('answers 404 for the results of an unknown contest', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/contests/khong-co/results' });
    expect(res.statusCode).toBe(404);
    expect(ErrorBodySchema.parse(res.json()).error.code).toBe('NOT_FOUND');
  });
});
