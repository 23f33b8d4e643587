/**
 * Item analysis through the API on a real database: the hand-computed fixture
 * (tests/fixtures/item-analysis.ts) gives exactly its figures, the miskeyed question is flagged,
 * disqualified participants and unfinished attempts do not count, scopes are checked, and another
 * organization's round or contest is not found.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorBodySchema, ItemAnalysisReportSchema, type ItemAnalysisReport } from '@thiphapluat/shared';
import { EXPECTED, FIXTURE_FIELD_NAMES, FIXTURE_QUESTION_TEXT, LABELS, writeItemAnalysisFixture, type WrittenFixture } from './fixtures/item-analysis.js';
import { createTestApp, type TestApp } from './helpers/app.js';
import { createOrganization, demoOrganizationId, signInStaff, type StaffClient } from './helpers/studio.js';
import { itemAnalysis } from '../server/src/modules/stats/item-analysis.service.js';

describe('item analysis (studio API)', () => {
  let t: TestApp;
  let org: number;
  let fx: WrittenFixture;
  let viewer: StaffClient;
  let organizer: StaffClient;
  const base = () => `/api/studio/orgs/${org}/item-analysis`;

  beforeAll(async () => {
    t = await createTestApp();
    org = demoOrganizationId(t.app);
    // 2026-03-10 09:00 in Vietnam.
    fx = writeItemAnalysisFixture(t.app.ctx.db, org, Date.UTC(2026, 2, 10, 2, 0));
    viewer = await signInStaff(t.app, { organizationId: org, role: 'viewer' });
    organizer = await signInStaff(t.app, { organizationId: org, role: 'organizer' });
  });
  afterAll(() => t.close());

  const report = async (query: string, who: StaffClient = viewer): Promise<ItemAnalysisReport> => {
    const res = await who.get(`${base()}?${query}`);
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    return ItemAnalysisReportSchema.parse(res.json());
  };
  const byName = (r: ItemAnalysisReport) =>
    Object.fromEntries((['Q1', 'Q2', 'Q3'] as const).map((name) => [name, r.questions.find((q) => q.questionId === fx.questionIds[name])!]));

  it('gives the hand-computed figures for the round, to a viewer (stats.read)', async () => {
    const r = await report(`roundId=${fx.roundId}`);
    expect(r.scope).toMatchObject({ kind: 'round', roundId: fx.roundId, label: expect.stringContaining('Đợt mẫu') });
    expect(r.attempts).toBe(EXPECTED.attempts);
    expect(r.groupSize).toBe(EXPECTED.groupSize);
    const qs = byName(r);
    for (const name of ['Q1', 'Q2', 'Q3'] as const) {
      const want = EXPECTED.questions[name];
      const q = qs[name]!;
      expect(q.text).toBe(FIXTURE_QUESTION_TEXT(name));
      expect([q.responses, q.facility, q.discrimination, q.pointBiserial], name).toEqual([10, want.facility, want.discrimination, want.pointBiserial]);
      expect(q.flags.map((f) => f.code), name).toEqual(want.flags);
      const v = q.versions[0]!;
      expect(v.options.map((o) => o.label)).toEqual([...LABELS]);
      expect(v.options.map((o) => o.share), name).toEqual(want.shares);
      expect(v.omittedShare, name).toBe(want.omitted);
    }
    expect(qs.Q3!.versions[0]!.multiAnswer).toBe(true);
    expect(qs.Q3!.versions[0]!.options.filter((o) => o.correct).map((o) => o.label)).toEqual(['A', 'C']);
    // The miskey reason names the option the strongest residents chose and the key.
    expect(qs.Q2!.flags.find((f) => f.code === 'likely_miskeyed')?.reason).toContain('phương án C');
    expect(qs.Q2!.versions[0]!.options.map((o) => o.upperShare)).toEqual([0, 0, 1, 0]);
    // Flagged questions come first.
    expect(r.questions[0]!.questionId).toBe(fx.questionIds.Q2);
    expect(r.fields).toEqual(EXPECTED.fields.map((f) => ({ ...f, fieldId: expect.any(Number), name: FIXTURE_FIELD_NAMES[f.name as 'F1' | 'F2'] })));
  });

  it('gives the same for the contest, for the period that holds the attempts, and nothing for a period without them', async () => {
    const contest = await report(`contestId=${fx.contestId}`, organizer);
    expect(contest.attempts).toBe(10);
    expect(byName(contest).Q2!.flags.map((f) => f.code)).toEqual(EXPECTED.questions.Q2.flags);
    // The whole organization on the attempts' Vietnamese day (the demo has no final attempts).
    const day = await report('from=2026-03-10&to=2026-03-10');
    expect(day.attempts).toBe(10);
    expect(day.scope.label).toBe('Từ 10/03/2026 đến 10/03/2026');
    const before = await report('to=2026-03-09');
    expect(before.attempts).toBe(0);
    expect(before.questions).toEqual([]);
    const all = await report('');
    expect(all.scope.kind).toBe('period');
    expect(all.attempts).toBe(10);
  });

  it('leaves out a participant once disqualified, and counts them again when reinstated', async () => {
    const admin = await signInStaff(t.app, { organizationId: org, role: 'admin' });
    // P1 (upper group, Q1 right): without them 9 attempts, Q1 5/9 right.
    const p1 = fx.participantIds[0]!;
    expect((await admin.post(`/api/studio/orgs/${org}/participants/${p1}/disqualify`, { reason: 'Gian lận khi làm bài' })).statusCode).toBe(200);
    const without = await report(`roundId=${fx.roundId}`);
    expect(without.attempts).toBe(9);
    expect(byName(without).Q1!.facility).toBe(round4(5 / 9));
    expect((await admin.post(`/api/studio/orgs/${org}/participants/${p1}/reinstate`)).statusCode).toBe(200);
    expect((await report(`roundId=${fx.roundId}`)).attempts).toBe(10);
  });

  it('is the same function the exports call: itemAnalysis(db, orgId, scope)', () => {
    const r = itemAnalysis(t.app.ctx.db, org, { kind: 'round', roundId: fx.roundId });
    expect(r.attempts).toBe(10);
    expect(r.questions).toHaveLength(3);
  });

  it('reads a finalized round from its stored histogram and an open round live from its answers', async () => {
    const sqlite = t.app.dbHandle.sqlite;
    await report(`roundId=${fx.roundId}`);
    expect(sqlite.prepare('select count(*) as n from item_analysis_rounds where round_id = ?').get(fx.roundId)).toEqual({ n: 1 });
    expect((sqlite.prepare('select sum(attempts) as n from item_attempt_totals where round_id = ?').get(fx.roundId) as { n: number }).n).toBe(10);
    // Change P9's Q1 answer (C) to the key (A) behind the service's back: the stored figures stand…
    const p9 = sqlite.prepare('select id from attempts where participant_id = ?').get(fx.participantIds[8]) as { id: string };
    const pick = (label: string) => JSON.stringify([`ia${fx.questionIds.Q1}${label}`]);
    sqlite.prepare('update answers set option_ids = ? where attempt_id = ? and position = 1').run(pick('a'), p9.id);
    try {
      expect(byName(await report(`roundId=${fx.roundId}`)).Q1!.facility).toBe(0.6);
      // …while the same round, open again, is read live: 7 of 10 right.
      sqlite.prepare('update rounds set finalized_at = null where id = ?').run(fx.roundId);
      expect(byName(await report(`roundId=${fx.roundId}`)).Q1!.facility).toBe(0.7);
    } finally {
      sqlite.prepare('update answers set option_ids = ? where attempt_id = ? and position = 1').run(pick('c'), p9.id);
      sqlite.prepare('update rounds set finalized_at = ? where id = ?').run(t.clock.now(), fx.roundId);
    }
  });

  it('counts by the day an attempt started when a round straddles the edge of the period', async () => {
    const sqlite = t.app.dbHandle.sqlite;
    const { opens_at: opensAt } = sqlite.prepare('select opens_at from rounds where id = ?').get(fx.roundId) as { opens_at: number };
    // The round now opens the day before its attempts started, so no period from either day holds it whole.
    sqlite.prepare('update rounds set opens_at = ? where id = ?').run(opensAt - 86_400_000, fx.roundId);
    try {
      expect((await report('from=2026-03-10&to=2026-03-10')).attempts).toBe(10);
      expect((await report('from=2026-03-09&to=2026-03-09')).attempts).toBe(0);
      expect((await report('from=2026-03-11')).attempts).toBe(0);
    } finally {
      sqlite.prepare('update rounds set opens_at = ? where id = ?').run(opensAt, fx.roundId);
    }
  });

  it("answers 404 for another organization's round or contest, and 400 for a bad scope", async () => {
    const other = createOrganization(t.app, 'stp-phan-tich-khac');
    const theirs = writeItemAnalysisFixture(t.app.ctx.db, other, Date.UTC(2026, 2, 11, 2, 0), 'ib');
    for (const query of [`roundId=${theirs.roundId}`, `contestId=${theirs.contestId}`, 'roundId=999999']) {
      const res = await viewer.get(`${base()}?${query}`);
      expect(res.statusCode, query).toBe(404);
      expect(ErrorBodySchema.parse(res.json()).error.code).toBe('NOT_FOUND');
      expect(res.body).not.toContain('ib-phan-tich');
    }
    // The other organization's own admin sees its figures; ours never include them.
    const theirAdmin = await signInStaff(t.app, { organizationId: other, role: 'admin' });
    expect((await theirAdmin.get(`/api/studio/orgs/${other}/item-analysis?roundId=${theirs.roundId}`)).statusCode).toBe(200);
    expect((await report('')).attempts).toBe(10);
    for (const [query, field] of [
      [`roundId=${fx.roundId}&contestId=${fx.contestId}`, 'roundId'],
      ['from=2026-03-10&to=2026-03-01', 'to'],
      ['from=2026-02-30', 'from'],
      ['roundId=abc', 'roundId'],
    ] as const) {
      const res = await viewer.get(`${base()}?${query}`);
      expect(res.statusCode, query).toBe(400);
      const body = ErrorBodySchema.parse(res.json());
      expect(body.error.code).toBe('VALIDATION_FAILED');
      expect(body.error.fields?.map((f) => f.path).join(' '), query).toContain(field);
    }
  });
});

const round4 = (v: number) => Math.round(v * 10_000) / 10_000;
