/**
 * Statistics against a hand-computed fixture (tests/fixtures/statistics.ts), the stored rollups of
 * finalized rounds and their recomputation when a participant is disqualified or reinstated.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { ContestStatsSchema, OrgOverviewSchema, UnitRankingSchema, type OrgOverview } from '@thiphapluat/shared';
import { statPeriodAggregates, statRoundPeople, statRoundSummaries } from '@thiphapluat/db';
import { organizationOverview } from '../server/src/modules/stats/overview.service.js';
import { contestStatistics, unitRanking } from '../server/src/modules/stats/contest-stats.service.js';
import { createTestApp, register, registrationBody, SLUG, start, type TestApp } from './helpers/app.js';
import { demoOrganizationId, signInStaff, type StaffClient } from './helpers/studio.js';
import { seedStatsFixture, type StatsFixture } from './fixtures/statistics.js';

const slice = (rows: OrgOverview['byGender'], key: string | null) => rows.find((r) => r.key === key)?.participants;

describe('studio statistics', () => {
  let t: TestApp;
  let f: StatsFixture;
  let viewer: StaffClient;
  let organizer: StaffClient;
  let base: string;

  beforeAll(async () => {
    t = await createTestApp();
    f = seedStatsFixture(t.app);
    base = `/api/studio/orgs/${f.organizationId}/stats`;
    viewer = await signInStaff(t.app, { organizationId: f.organizationId, role: 'viewer' });
    organizer = await signInStaff(t.app, { organizationId: f.organizationId, role: 'organizer' });
  });
  afterAll(() => t?.close());

  async function overview(query = ''): Promise<OrgOverview> {
    const res = await viewer.get(`${base}/overview${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return OrgOverviewSchema.parse(res.json());
  }

  it('GET /stats/overview: the year 2026 by default, matching the hand count', async () => {
    const o = await overview();
    expect(o.period).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    // Contests A and B (C is a draft, D ran in 2025); people P1, P2, P3, P5 (P4 disqualified, P6 in 2025, P7 never attempted).
    expect(o.totals).toEqual({ contests: 2, participants: 4, attempts: 9, completionRate: 6 / 8 });
    const month = (m: string) => o.perMonth.find((r) => r.month === m);
    expect(o.perMonth).toHaveLength(12);
    expect(month('2026-03')).toEqual({ month: '2026-03', participants: 3, attempts: 4 });
    expect(month('2026-04')).toEqual({ month: '2026-04', participants: 1, attempts: 1 });
    // P2's attempt at 00:30 on 1 May in Vietnam is still 30 April in UTC: it counts in May.
    expect(month('2026-05')).toEqual({ month: '2026-05', participants: 1, attempts: 1 });
    expect(month('2026-11')).toEqual({ month: '2026-11', participants: 2, attempts: 3 });
    expect(month('2026-06')).toEqual({ month: '2026-06', participants: 0, attempts: 0 });
  });

  it('counts a person in each unit they entered for, and ranks units by rate where a population is known', async () => {
    const o = await overview();
    // P1 entered for U1 in A and U2 in B: both units count them; the sum (5) exceeds the people (4).
    expect(o.topUnitsByParticipants.map((u) => [u.unit, u.participants, u.ratePer1000])).toEqual([
      ['Phường Tân Lập', 2, 1],
      ['Xã An Bình', 2, 2],
      ['Trường THPT Lê Lợi', 1, null],
    ]);
    expect(o.topUnitsByRate.map((u) => [u.unit, u.ratePer1000])).toEqual([
      ['Xã An Bình', 2],
      ['Phường Tân Lập', 1],
    ]);
  });

  it('splits each person once by their latest registration in the period, unknowns as "Không rõ"', async () => {
    const o = await overview();
    // P1's latest is contest B (worker, male, 26); P2 civil servant, female, 46; P3 nothing given, 13; P5 student, female, 31.
    expect(o.byEntrantType.map((s) => [s.key, s.participants])).toEqual([
      ['student', 1],
      ['civil_servant', 1],
      ['armed_forces', 0],
      ['worker', 1],
      ['other', 0],
      [null, 1],
    ]);
    expect(o.byGender.map((s) => [s.label, s.participants])).toEqual([
      ['Nam', 1],
      ['Nữ', 2],
      ['Khác', 0],
      ['Không rõ', 1],
    ]);
    expect(o.byAgeBand.map((s) => [s.key, s.participants])).toEqual([
      ['under_16', 1],
      ['16_30', 1],
      ['31_45', 1],
      ['46_60', 1],
      ['over_60', 0],
      [null, 0],
    ]);
    expect(o.byGender.reduce((s, r) => s + r.share, 0)).toBeCloseTo(1);
  });

  it('generates the Mẫu I summary table per year, and lists the contests held', async () => {
    const o = await overview('?from=2025-01-01&to=2026-12-31');
    expect(o.summary.title).toContain('từ ngày 01/01/2025 đến ngày 31/12/2026');
    expect(o.summary.rows.map((r) => [r.label, r.contests, r.participants, r.attempts, r.completionRate, r.units])).toEqual([
      ['Năm 2025', 1, 1, 1, 1, 1],
      ['Năm 2026', 2, 4, 9, 0.75, 3],
    ]);
    expect(o.summary.rows[1]!.contestTitles).toEqual(['Tìm hiểu Hiến pháp 2026', 'Tìm hiểu Luật Căn cước']);
    // P6 (2025) and the four of 2026 are five people; units U1 (P6, P1, P2), U2, U3.
    expect(o.summary.total).toMatchObject({ label: 'Tổng cộng', contests: 3, participants: 5, attempts: 10, units: 3 });
    expect(o.contests.map((c) => [c.title, c.participants, c.attempts])).toEqual([
      ['Tìm hiểu pháp luật 2025', 1, 1],
      ['Tìm hiểu Hiến pháp 2026', 3, 6],
      ['Tìm hiểu Luật Căn cước', 2, 3],
    ]);
  });

  it('filters by any period of days', async () => {
    const may = await overview('?from=2026-05-01&to=2026-05-31');
    expect(may.totals).toEqual({ contests: 1, participants: 1, attempts: 1, completionRate: 1 });
    const bad = await viewer.get(`${base}/overview?from=2026-06-01&to=2026-05-01`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('VALIDATION_FAILED');
  });

  it('GET /stats/contests/:contestId: per round figures, score distribution, predictions and unit ranking', async () => {
    const res = await viewer.get(`${base}/contests/${f.contests.a}`);
    expect(res.statusCode, res.body).toBe(200);
    const s = ContestStatsSchema.parse(res.json());
    // Registered and not disqualified: P1, P2, P3, P7.
    expect(s.totals).toMatchObject({ registered: 4, participants: 3, attempts: 6 });
    const [a1, a2] = s.rounds;
    expect(a1).toMatchObject({ name: 'Đợt 1', stored: true, participants: 3, attempts: 4, completionRate: 0.5, averageDurationMs: 475_000, maxScore: 10, fullMarkParticipants: 1 });
    expect(a1!.perDay).toEqual([
      { day: '2026-03-05', participants: 2, attempts: 2 },
      { day: '2026-03-06', participants: 0, attempts: 1 },
      { day: '2026-03-20', participants: 1, attempts: 1 },
    ]);
    expect(a1!.scoreDistribution.filter((b) => b.participants > 0)).toEqual([
      { score: 5, participants: 1 },
      { score: 7, participants: 1 },
      { score: 10, participants: 1 },
    ]);
    expect(a1!.scoreDistribution).toHaveLength(11);
    // The truth fixed at the close (2) stays; both guesses are 1 away, the higher score first.
    expect(a1!.prediction).toMatchObject({ truth: 2, truthIsFinal: true, predictions: 2, exact: 0 });
    expect(a1!.prediction!.closest.map((g) => [g.name, g.maskedPhone, g.prediction, g.error])).toEqual([
      ['Nguyễn V. A.', '090****001', 1, 1],
      ['Trần T. B.', '090****002', 3, 1],
    ]);
    expect(a2).toMatchObject({ participants: 2, attempts: 2, fullMarkParticipants: 1, prediction: { truth: 1, exact: 1, predictions: 2 } });
    expect(s.unitRanking.prize).toEqual({ label: 'Giải tập thể', count: 1, basis: 'rate' });
    expect(s.unitRanking.formula).toContain('dân số');
    expect(s.unitRanking.overall.map((u) => [u.rank, u.unit, u.participants, u.ratePer1000, u.awarded])).toEqual([
      [1, 'Xã An Bình', 2, 2, true],
      [2, 'Phường Tân Lập', 1, 0.5, false],
    ]);
  });

  it('computes an open round live and never stores it', async () => {
    const res = await viewer.get(`${base}/contests/${f.contests.b}`);
    const s = ContestStatsSchema.parse(res.json());
    expect(s.rounds[0]).toMatchObject({ stored: false, state: 'open', participants: 2, attempts: 3, completionRate: 1, averageDurationMs: 600_000 });
    // Not final: the truth is today's full-mark count (none).
    expect(s.rounds[0]!.prediction).toMatchObject({ truth: 0, truthIsFinal: false, predictions: 2 });
    const stored = t.app.ctx.db.select().from(statRoundSummaries).where(eq(statRoundSummaries.roundId, f.rounds.b1)).all();
    expect(stored).toEqual([]);
    const ranking = UnitRankingSchema.parse((await viewer.get(`${base}/contests/${f.contests.b}/unit-ranking`)).json());
    expect(ranking.prize).toBeNull();
    expect(ranking.overall.map((u) => [u.unit, u.participants, u.awarded])).toEqual([
      ['Phường Tân Lập', 1, false],
      ['Trường THPT Lê Lợi', 1, false],
    ]);
  });

  it('stores a finalized round once and computes it again after a disqualification and a reinstatement', async () => {
    const db = t.app.ctx.db;
    const summaryAt = () => db.select().from(statRoundSummaries).where(eq(statRoundSummaries.roundId, f.rounds.a1)).get()?.computedAt;
    const first = summaryAt();
    expect(first).toBeTypeOf('number');
    t.clock.advance(60_000);
    await overview();
    expect(summaryAt()).toBe(first);

    const aggregates = () => db.select().from(statPeriodAggregates).where(eq(statPeriodAggregates.organizationId, f.organizationId)).all().length;
    expect(aggregates()).toBeGreaterThan(0);
    const dq = await organizer.post(`/api/studio/orgs/${f.organizationId}/participants/${f.people.p2}/disqualify`, { reason: 'Khai man thông tin' });
    expect(dq.statusCode, dq.body).toBe(200);
    // The stored rows of P2's rounds are gone with the change, in the same transaction.
    expect(db.select().from(statRoundPeople).where(eq(statRoundPeople.participantId, f.people.p2)).all()).toEqual([]);
    expect(aggregates()).toBe(0);
    const after = await overview();
    expect(after.totals).toEqual({ contests: 2, participants: 3, attempts: 7, completionRate: 4 / 6 });
    expect(after.perMonth.find((m) => m.month === '2026-05')).toMatchObject({ participants: 0, attempts: 0 });
    expect(after.topUnitsByParticipants.find((u) => u.unit === 'Xã An Bình')?.participants).toBe(1);
    expect(slice(after.byGender, 'female')).toBe(1);
    expect(summaryAt()).toBe(first! + 60_000);
    const a = ContestStatsSchema.parse((await viewer.get(`${base}/contests/${f.contests.a}`)).json());
    expect(a.rounds[0]).toMatchObject({ participants: 2, attempts: 3 });

    const back = await organizer.post(`/api/studio/orgs/${f.organizationId}/participants/${f.people.p2}/reinstate`);
    expect(back.statusCode, back.body).toBe(200);
    expect((await overview()).totals).toEqual({ contests: 2, participants: 4, attempts: 9, completionRate: 0.75 });
  });

  it('exports the service functions the exports area calls, with the same figures', () => {
    const now = t.clock.now();
    const o = organizationOverview(t.app.ctx.db, f.organizationId, {}, now);
    expect(o.totals.participants).toBe(4);
    expect(contestStatistics(t.app.ctx.db, f.organizationId, f.contests.a, now).totals.participants).toBe(3);
    expect(unitRanking(t.app.ctx.db, f.organizationId, f.contests.a, now).overall[0]?.unit).toBe('Xã An Bình');
  });

  it('asks for gender at registration when the contest turns the field on, and counts it in the split', async () => {
    const demoOrg = demoOrganizationId(t.app);
    const admin = await signInStaff(t.app, { organizationId: demoOrg, role: 'organizer' });
    const fields = { ...t.contest.registrationFields, gender: 'required' };
    const put = await admin.put(`/api/studio/orgs/${demoOrg}/contests/${t.contest.id}`, { registrationFields: fields });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json().registrationFields.gender).toBe('required');

    const missing = await t.app.inject({ method: 'POST', url: `/api/contests/${SLUG}/participants`, payload: registrationBody(t) });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.fields).toEqual([{ path: 'gender', message: 'Vui lòng chọn giới tính.' }]);
    const ok = await t.app.inject({ method: 'POST', url: `/api/contests/${SLUG}/participants`, payload: registrationBody(t, { gender: 'female' }) });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().participant.gender).toBe('female');

    const who = await register(t, { gender: 'male' });
    await start(t, who);
    const o = OrgOverviewSchema.parse((await admin.get(`/api/studio/orgs/${demoOrg}/stats/overview`)).json());
    expect(slice(o.byGender, 'male')).toBe(1);
    expect(slice(o.byGender, 'female')).toBe(0);
  });

  it("answers 404 for another organization's contest and 403 to staff of another organization", async () => {
    const demoOrg = demoOrganizationId(t.app);
    const other = await signInStaff(t.app, { organizationId: demoOrg, role: 'viewer' });
    expect((await other.get(`/api/studio/orgs/${demoOrg}/stats/contests/${f.contests.a}`)).statusCode).toBe(404);
    expect((await other.get(`${base}/overview`)).statusCode).toBe(403);
    // Staff of the demo organization see only its figures.
    const demo = OrgOverviewSchema.parse((await other.get(`/api/studio/orgs/${demoOrg}/stats/overview`)).json());
    expect(demo.contests.map((c) => c.title)).not.toContain('Tìm hiểu Hiến pháp 2026');
  });
});
