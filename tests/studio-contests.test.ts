import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog, contests, legalFields, questions, questionVersions, units } from '@thiphapluat/db';
import { BuilderContestListSchema, BuilderContestSchema, ContestListSchema, ErrorBodySchema, SessionResponseSchema, type BuilderContest, type BlueprintCell } from '@thiphapluat/shared';
import { createTestApp, registrationBody, save, start, submit, answerKey, type TestApp } from './helpers/app.js';
import { createOrganization, demoOrganizationId, signInStaff, type StaffClient } from './helpers/studio.js';

const err = (res: { json(): unknown }) => ErrorBodySchema.parse(res.json()).error;
const contestOf = (res: { json(): unknown }) => BuilderContestSchema.parse(res.json());

let t: TestApp;
let org: number;
let organizer: StaffClient;
let base: string;

beforeAll(async () => {
  t = await createTestApp();
  org = demoOrganizationId(t.app);
  organizer = await signInStaff(t.app, { organizationId: org, role: 'organizer' });
  base = `/api/studio/orgs/${org}/contests`;
});
afterAll(() => t.close());

async function createDraft(client: StaffClient, url: string, slug: string, title = 'Cuộc thi thử'): Promise<BuilderContest> {
  const res = await client.post(url, { title, slug, summary: 'Giới thiệu ngắn.' });
  expect(res.statusCode, res.body).toBe(201);
  return contestOf(res);
}

const round = (name: string, opensAt: string, closesAt: string, extra: Record<string, unknown> = {}) => ({ name, opensAt, closesAt, timeLimitSec: 1200, maxAttempts: 3, ...extra });

describe('creating and editing a contest', () => {
  it('creates a draft with defaults and refuses bad input with the fields at fault', async () => {
    const bad = await organizer.post(base, { title: '', slug: 'Có Dấu Cách' });
    expect(bad.statusCode).toBe(400);
    expect(err(bad).code).toBe('VALIDATION_FAILED');
    expect(err(bad).fields?.map((f) => f.path).sort()).toEqual(['slug', 'title']);

    const c = await createDraft(organizer, base, 'thi-thu-2027');
    expect(c).toMatchObject({ status: 'draft', slug: 'thi-thu-2027', rulesMd: '', rounds: [], prizes: [], predictionEnabled: false });
    expect(c.consentText).toMatch(/đồng ý/);
    // Every unit of the organization is offered until the organizer chooses.
    expect(c.units).toMatchObject({ all: true, orgUnitCount: 17 });
    expect(c.units.selected).toHaveLength(17);

    const list = BuilderContestListSchema.parse((await organizer.get(base)).json());
    expect(list.contests.map((x) => x.slug)).toEqual(expect.arrayContaining(['thi-thu-2027', 'tim-hieu-phap-luat-2026']));
    expect(list.contests.find((x) => x.slug === 'tim-hieu-phap-luat-2026')).toMatchObject({ status: 'published', roundCount: 2 });
  });

  it('refuses a slug already used anywhere on the platform with 409 SLUG_TAKEN', async () => {
    const res = await organizer.post(base, { title: 'Trùng', slug: 'tim-hieu-phap-luat-2026' });
    expect(res.statusCode).toBe(409);
    expect(err(res)).toMatchObject({ code: 'SLUG_TAKEN', fields: [{ path: 'slug' }] });
  });

  it('saves each section on its own, checks the values and audits the change', async () => {
    const c = await createDraft(organizer, base, 'sua-tung-phan');
    const bad = await organizer.put(`${base}/${c.id}`, {
      bannerUrl: 'http://khong-an-toan.vn/a.png',
      minAge: -1,
      prizes: [
        { tier: 'first', count: 1, label: 'Giải Nhất' },
        { tier: 'first', count: 2, label: 'Lại giải Nhất' },
      ],
      rankingTiebreakers: ['duration', 'duration'],
    });
    expect(bad.statusCode).toBe(400);
    expect(err(bad).fields?.map((f) => f.path).sort()).toEqual(['bannerUrl', 'minAge', 'prizes.1.tier', 'rankingTiebreakers']);

    const ok = await organizer.put(`${base}/${c.id}`, {
      rulesMd: '## Thể lệ\n\nMỗi người thi tối đa 3 lượt.',
      bannerUrl: '/banners/2027.png',
      minAge: 15,
      registrationFields: { cccd: 'off', email: 'optional', unit: 'required', entrantType: 'optional' },
      predictionEnabled: true,
      rankingTiebreakers: ['duration', 'prediction'],
      prizes: [
        { tier: 'second', count: 2, label: 'Giải Nhì', value: '2.000.000 đồng' },
        { tier: 'first', count: 1, label: 'Giải Nhất' },
      ],
      collectivePrize: { count: 3, basis: 'rate', label: 'Giải tập thể', value: 'Bằng khen' },
      onePrizePerPerson: false,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const saved = contestOf(ok);
    expect(saved).toMatchObject({ minAge: 15, bannerUrl: '/banners/2027.png', rankingTiebreakers: ['duration', 'prediction'], onePrizePerPerson: false });
    expect(saved.prizes.map((p) => p.tier)).toEqual(['first', 'second', 'collective']);
    expect(saved.prizes[2]).toEqual({ tier: 'collective', count: 3, label: 'Giải tập thể', value: 'Bằng khen' });
    expect(saved.collectivePrize).toEqual({ count: 3, basis: 'rate', label: 'Giải tập thể' });

    const audit = t.app.ctx.db.select().from(auditLog).where(and(eq(auditLog.action, 'contest.updated'), eq(auditLog.entityId, String(c.id)))).all();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actor).toBe(`staff:${organizer.userId}`);
    expect(audit[0]!.before).toMatchObject({ minAge: null, onePrizePerPerson: true });
    expect(audit[0]!.after).toMatchObject({ minAge: 15, onePrizePerPerson: false });
  });

  it('deletes a draft, but not a published contest', async () => {
    const c = await createDraft(organizer, base, 'xoa-ban-nhap');
    expect((await organizer.delete(`${base}/${c.id}`)).statusCode).toBe(204);
    expect((await organizer.get(`${base}/${c.id}`)).statusCode).toBe(404);
    const demo = t.contest.id;
    const refused = await organizer.delete(`${base}/${demo}`);
    expect(refused.statusCode).toBe(409);
    expect(err(refused).code).toBe('INVALID_TRANSITION');
  });
});

describe('rounds', () => {
  it('takes Vietnamese local times, refuses overlaps naming the other round, allows touching windows and orders by opening', async () => {
    const c = await createDraft(organizer, base, 'dot-thi-2027');
    const first = await organizer.post(`${base}/${c.id}/rounds`, round('Tuần 2', '2027-03-08T10:00', '2027-03-15T09:00'));
    expect(first.statusCode, first.body).toBe(201);
    // 10:00 in Vietnam is 03:00 UTC.
    expect(contestOf(first).rounds[0]).toMatchObject({ name: 'Tuần 2', opensAt: '2027-03-08T03:00:00.000Z', closesAt: '2027-03-15T02:00:00.000Z', seq: 1 });

    const inverted = await organizer.post(`${base}/${c.id}/rounds`, round('Ngược', '2027-04-02T10:00', '2027-04-01T10:00'));
    expect(inverted.statusCode).toBe(400);
    expect(err(inverted).fields?.map((f) => f.path)).toEqual(['closesAt']);
    const badDate = await organizer.post(`${base}/${c.id}/rounds`, round('Ngày sai', '2027-02-30T10:00', '2027-03-01T10:00'));
    expect(err(badDate).fields?.map((f) => f.path)).toEqual(['opensAt']);

    const overlap = await organizer.post(`${base}/${c.id}/rounds`, round('Chồng', '2027-03-14T00:00', '2027-03-20T00:00'));
    expect(overlap.statusCode).toBe(409);
    expect(err(overlap)).toMatchObject({ code: 'ROUNDS_OVERLAP', details: { name: 'Tuần 2' } });
    expect(err(overlap).message).toContain('Tuần 2 (08/03/2027 10:00 – 15/03/2027 09:00)');

    // Touching boundaries are fine: one closes at 09:00, the next opens at 09:00; the earlier one becomes seq 1.
    const touching = await organizer.post(`${base}/${c.id}/rounds`, round('Tuần 1', '2027-03-01T09:00', '2027-03-08T10:00'));
    expect(touching.statusCode, touching.body).toBe(201);
    const after = await organizer.post(`${base}/${c.id}/rounds`, round('Tuần 3', '2027-03-15T09:00+07:00', '2027-03-22T09:00+07:00'));
    expect(after.statusCode, after.body).toBe(201);
    expect(contestOf(after).rounds.map((r) => [r.seq, r.name])).toEqual([
      [1, 'Tuần 1'],
      [2, 'Tuần 2'],
      [3, 'Tuần 3'],
    ]);

    const week1 = contestOf(after).rounds[0]!;
    const moved = await organizer.put(`${base}/${c.id}/rounds/${week1.id}`, round('Tuần 4', '2027-03-22T09:00', '2027-03-29T09:00', { maxAttempts: null, showAnswers: 'never' }));
    expect(moved.statusCode, moved.body).toBe(200);
    expect(contestOf(moved).rounds.map((r) => r.name)).toEqual(['Tuần 2', 'Tuần 3', 'Tuần 4']);
    expect(contestOf(moved).rounds[2]).toMatchObject({ maxAttempts: null, showAnswers: 'never' });
    const gone = await organizer.delete(`${base}/${c.id}/rounds/${week1.id}`);
    expect(contestOf(gone).rounds.map((r) => [r.seq, r.name])).toEqual([
      [1, 'Tuần 2'],
      [2, 'Tuần 3'],
    ]);
    const actions = t.app.ctx.db.select({ a: auditLog.action }).from(auditLog).where(eq(auditLog.entity, 'round')).all().map((r) => r.a);
    expect(actions).toEqual(expect.arrayContaining(['round.created', 'round.updated', 'round.deleted']));
  });

  it('refuses a time limit outside 1 minute – 3 hours and zero attempts', async () => {
    const c = await createDraft(organizer, base, 'gioi-han-thoi-gian');
    const res = await organizer.post(`${base}/${c.id}/rounds`, round('Đợt 1', '2027-05-01T08:00', '2027-05-02T08:00', { timeLimitSec: 30, maxAttempts: 0 }));
    expect(res.statusCode).toBe(400);
    expect(err(res).fields?.map((f) => f.path).sort()).toEqual(['maxAttempts', 'timeLimitSec']);
    const long = await organizer.post(`${base}/${c.id}/rounds`, round('Đợt 1', '2027-05-01T08:00', '2027-05-02T08:00', { timeLimitSec: 3 * 3600 + 1 }));
    expect(err(long).fields?.map((f) => f.path)).toEqual(['timeLimitSec']);
  });
});

describe('the blueprint check, in an organization whose bank is known', () => {
  // Bank: field A has 3 easy and 1 medium question, field B has 2 easy ones. Six in all.
  let small: StaffClient;
  let smallBase: string;
  let A: number;
  let B: number;
  let c: BuilderContest;

  beforeAll(async () => {
    const other = createOrganization(t.app, 'so-tu-phap-thu-nghiem');
    small = await signInStaff(t.app, { organizationId: other, role: 'organizer' });
    smallBase = `/api/studio/orgs/${other}/contests`;
    const fields = t.app.ctx.db.select().from(legalFields).all();
    A = fields.find((f) => f.code === 'hien-phap')!.id;
    B = fields.find((f) => f.code === 'dat-dai')!.id;
    const now = t.clock.now();
    const add = (fieldId: number, difficulty: 1 | 2 | 3, status: 'published' | 'draft' = 'published') => {
      const q = t.app.ctx.db.insert(questions).values({ organizationId: other, createdAt: now, updatedAt: now }).returning().get();
      t.app.ctx.db
        .insert(questionVersions)
        .values({ questionId: q.id, version: 1, status, text: `Câu ${q.id}`, options: [{ id: 'a', text: 'Có' }, { id: 'b', text: 'Không' }], correctOptionIds: ['a'], explanation: '', citationDocument: '', citationArticle: '', difficulty, primaryFieldId: fieldId, createdAt: now })
        .run();
    };
    [1, 1, 1, 2].forEach((d) => add(A, d as 1 | 2));
    [1, 1].forEach((d) => add(B, d as 1));
    // Drafts are not in the bank a draw picks from.
    add(A, 2, 'draft');
    add(B, 3, 'draft');
    c = await createDraft(small, smallBase, 'ngan-hang-nho');
    for (const [i, day] of ['10', '11', '12', '13'].entries()) {
      expect((await small.post(`${smallBase}/${c.id}/rounds`, round(`Đợt ${i + 1}`, `2027-06-${day}T08:00`, `2027-06-${day}T20:00`))).statusCode).toBe(201);
    }
    c = contestOf(await small.get(`${smallBase}/${c.id}`));
  });

  const setCells = async (roundIndex: number, cells: BlueprintCell[]) => {
    const res = await small.put(`${smallBase}/${c.id}/rounds/${c.rounds[roundIndex]!.id}/blueprint`, { cells });
    expect(res.statusCode, res.body).toBe(200);
    return contestOf(res);
  };

  it('reports the bank by field and difficulty, published versions only', async () => {
    expect(c.check.bank).toEqual([
      { legalFieldId: A, difficulty: 1, available: 3 },
      { legalFieldId: A, difficulty: 2, available: 1 },
      { legalFieldId: B, difficulty: 1, available: 2 },
    ]);
  });

  it('finds a shortage that each cell on its own would pass: 3 easy of A plus 2 of A, from 4 questions of A', async () => {
    const after = await setCells(0, [
      { legalFieldId: A, difficulty: 1, count: 3 },
      { legalFieldId: A, difficulty: null, count: 2 },
    ]);
    const r = after.check.rounds[0]!;
    expect(r).toMatchObject({ needed: 5, shortfall: 1 });
    expect(r.cells).toEqual([
      { legalFieldId: A, difficulty: 1, needed: 3, available: 3, assigned: 3, shortfall: 0 },
      { legalFieldId: A, difficulty: null, needed: 2, available: 4, assigned: 1, shortfall: 1 },
    ]);
  });

  it('accepts overlapping cells that a greedy, cell-by-cell fill could get wrong', async () => {
    // 3 of A (any difficulty) and 3 easy ones (any field): A takes its medium + 2 easy, the easy cell takes B's 2 + A's last.
    const crossing = await setCells(1, [
      { legalFieldId: A, difficulty: null, count: 3 },
      { legalFieldId: null, difficulty: 1, count: 3 },
    ]);
    expect(crossing.check.rounds[1]).toMatchObject({ needed: 6, shortfall: 0 });
    // Listed broad cell first: a fill in listed order would give the "any field" cell A's easy questions and starve A.
    const listedBroadFirst = await setCells(2, [
      { legalFieldId: null, difficulty: 1, count: 2 },
      { legalFieldId: A, difficulty: 1, count: 3 },
    ]);
    expect(listedBroadFirst.check.rounds[2]).toMatchObject({ needed: 5, shortfall: 0 });
    const everything = await setCells(3, [{ legalFieldId: null, difficulty: null, count: 7 }]);
    expect(everything.check.rounds[3]!.cells).toEqual([{ legalFieldId: null, difficulty: null, needed: 7, available: 6, assigned: 6, shortfall: 1 }]);
    expect(everything.check.feasible).toBe(false);
    const get = await small.get(`${smallBase}/${c.id}/blueprint-check`);
    expect(get.json()).toEqual(everything.check);
  });

  it('refuses a blueprint cell of a legal field that does not exist, and duplicate cells', async () => {
    const res = await small.put(`${smallBase}/${c.id}/rounds/${c.rounds[0]!.id}/blueprint`, { cells: [{ legalFieldId: 999_999, difficulty: 1, count: 1 }] });
    expect(res.statusCode).toBe(400);
    expect(err(res).fields?.map((f) => f.path)).toEqual(['cells.0.legalFieldId']);
    const dup = await small.put(`${smallBase}/${c.id}/rounds/${c.rounds[0]!.id}/blueprint`, {
      cells: [
        { legalFieldId: A, difficulty: 1, count: 1 },
        { legalFieldId: A, difficulty: 1, count: 2 },
      ],
    });
    expect(err(dup).fields?.map((f) => f.path)).toEqual(['cells.1']);
  });

  it('refuses to publish with what is missing, then with the exact shortfalls, then publishes once fixed', async () => {
    const empty = await createDraft(small, smallBase, 'chua-du-thong-tin');
    await small.put(`${smallBase}/${empty.id}`, { prizes: [{ tier: 'first', count: 0, label: 'Giải Nhất' }], consentText: '' });
    const missing = await small.post(`${smallBase}/${empty.id}/publish`);
    expect(missing.statusCode).toBe(400);
    // The new organization has no units, and the contest asks for one by default.
    expect(err(missing).fields?.map((f) => f.path)).toEqual(['rulesMd', 'consentText', 'prizes.0.count', 'rounds', 'units']);

    await small.put(`${smallBase}/${c.id}`, { rulesMd: 'Thể lệ.', registrationFields: { cccd: 'off', email: 'off', unit: 'off', entrantType: 'optional' } });
    const short = await small.post(`${smallBase}/${c.id}/publish`);
    expect(short.statusCode).toBe(409);
    expect(err(short)).toMatchObject({ code: 'BLUEPRINT_SHORTFALL' });
    expect(err(short).details).toEqual({
      shortfalls: [
        { roundId: c.rounds[0]!.id, round: 'Đợt 1', legalFieldId: A, field: 'Hiến pháp', difficulty: null, needed: 2, available: 1, shortfall: 1 },
        { roundId: c.rounds[3]!.id, round: 'Đợt 4', legalFieldId: null, field: null, difficulty: null, needed: 7, available: 6, shortfall: 1 },
      ],
    });
    expect(contestOf(await small.get(`${smallBase}/${c.id}`)).status).toBe('draft');

    await setCells(0, [{ legalFieldId: A, difficulty: 1, count: 3 }]);
    await setCells(3, [{ legalFieldId: null, difficulty: null, count: 6 }]);
    const published = await small.post(`${smallBase}/${c.id}/publish`);
    expect(published.statusCode, published.body).toBe(200);
    expect(contestOf(published).status).toBe('published');
    const pub = ContestListSchema.parse((await t.app.inject({ method: 'GET', url: '/api/contests' })).json());
    expect(pub.contests.find((x) => x.slug === 'ngan-hang-nho')).toMatchObject({ status: 'published', rounds: [{ questionCount: 3 }, { questionCount: 6 }, { questionCount: 5 }, { questionCount: 6 }] });

    // Running now: a blueprint the bank cannot fill is refused and nothing changes.
    const tooMuch = await small.put(`${smallBase}/${c.id}/rounds/${c.rounds[1]!.id}/blueprint`, { cells: [{ legalFieldId: B, difficulty: 1, count: 3 }] });
    expect(tooMuch.statusCode).toBe(409);
    expect(err(tooMuch).code).toBe('BLUEPRINT_SHORTFALL');
    expect(contestOf(await small.get(`${smallBase}/${c.id}`)).rounds[1]!.questionCount).toBe(6);

    const again = await small.post(`${smallBase}/${c.id}/publish`);
    expect(err(again)).toMatchObject({ code: 'INVALID_TRANSITION' });
    const closed = await small.post(`${smallBase}/${c.id}/close`);
    expect(contestOf(closed).status).toBe('closed');
    expect(err(await small.post(`${smallBase}/${c.id}/close`)).code).toBe('INVALID_TRANSITION');
    expect(err(await small.post(`${smallBase}/${c.id}/publish`)).code).toBe('INVALID_TRANSITION');
    // Closed: no registrations any more.
    const reg = await t.app.inject({ method: 'POST', url: '/api/contests/ngan-hang-nho/participants', payload: { ...registrationBody(t), unitId: undefined } });
    expect(reg.statusCode).toBe(409);
    const actions = t.app.ctx.db.select({ a: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, String(c.id))).all().map((r) => r.a);
    expect(actions).toEqual(expect.arrayContaining(['contest.created', 'contest.published', 'contest.closed', 'blueprint.updated']));
  });

  it("answers 404 for another organization's contest, round and units, and 403 to a viewer who writes", async () => {
    const mine = (path: string) => `${smallBase}/${c.id}${path}`;
    const theirs = `${base}/${c.id}`;
    for (const res of [
      await organizer.get(theirs),
      await organizer.put(theirs, { title: 'Chiếm' }),
      await organizer.get(`${theirs}/blueprint-check`),
      await organizer.put(`${theirs}/rounds/${c.rounds[0]!.id}`, round('X', '2030-01-01T00:00', '2030-01-02T00:00')),
      await organizer.put(`${theirs}/rounds/${c.rounds[0]!.id}/blueprint`, { cells: [] }),
      await organizer.put(`${theirs}/units`, { mode: 'all' }),
      await organizer.post(`${theirs}/clone`, { title: 'Sao', slug: 'sao-chep-trai-phep' }),
      await organizer.post(`${theirs}/close`),
    ]) {
      expect(res.statusCode, res.body).toBe(404);
    }
    // Another organization's round under one's own contest is not found either.
    expect((await small.put(mine(`/rounds/${t.roundId}/blueprint`), { cells: [] })).statusCode).toBe(404);
    expect((await small.delete(mine(`/rounds/${t.roundId}`))).statusCode).toBe(404);
    const viewer = await signInStaff(t.app, { organizationId: org, role: 'viewer' });
    expect((await viewer.get(`${base}/${t.contest.id}`)).statusCode).toBe(200);
    expect((await viewer.put(`${base}/${t.contest.id}`, { title: 'Không được' })).statusCode).toBe(403);
    expect((await viewer.post(base, { title: 'Không được', slug: 'khong-duoc' })).statusCode).toBe(403);
  });
});

describe('fairness guard on the demo contest after a real attempt', () => {
  it('locks blueprint, time limit, opening, points and deletion, but lets the close move later and texts change', async () => {
    const reg = await t.app.inject({ method: 'POST', url: `/api/contests/${t.contest.slug}/participants`, payload: registrationBody(t) });
    const me = SessionResponseSchema.parse(reg.json());
    const who = { token: me.token, participantId: me.participant.id, headers: { authorization: `Bearer ${me.token}` } };
    const first = await start(t, who);
    const key = answerKey(t, first.id);
    await save(t, who, first.id, 1, key.get(1)!);
    await submit(t, who, first.id, 5);
    await start(t, who);

    const demo = contestOf(await organizer.get(`${base}/${t.contest.id}`));
    const r = demo.rounds.find((x) => x.id === t.roundId)!;
    expect(r).toMatchObject({ locked: true, attemptCount: 2, maxAttemptsUsed: 2 });
    const url = `${base}/${t.contest.id}/rounds/${r.id}`;
    const same = { name: r.name, opensAt: r.opensAt, closesAt: r.closesAt, timeLimitSec: r.timeLimitSec, maxAttempts: r.maxAttempts, showAnswers: r.showAnswers };

    const bp = await organizer.put(`${url}/blueprint`, { cells: [{ legalFieldId: null, difficulty: null, count: 20 }] });
    expect(bp.statusCode).toBe(409);
    expect(err(bp)).toMatchObject({ code: 'ROUND_LOCKED', details: { fields: ['blueprint'] } });

    const shifted = new Date(Date.parse(r.opensAt) + 3600_000).toISOString();
    const changed = await organizer.put(url, { ...same, opensAt: shifted, timeLimitSec: 600, maxAttempts: 1 });
    expect(changed.statusCode).toBe(409);
    expect(err(changed)).toMatchObject({ code: 'ROUND_LOCKED', details: { fields: ['opensAt', 'timeLimitSec', 'maxAttempts'] } });
    const earlier = await organizer.put(url, { ...same, closesAt: new Date(Date.parse(r.closesAt) - 3600_000).toISOString() });
    expect(err(earlier).details).toMatchObject({ fields: ['closesAt'] });

    // Round 2 opens an hour after round 1 closes: 30 more minutes fit, and two attempts stay allowed.
    const later = await organizer.put(url, { ...same, name: 'Đợt 1 (gia hạn)', closesAt: new Date(Date.parse(r.closesAt) + 1800_000).toISOString(), maxAttempts: 2 });
    expect(later.statusCode, later.body).toBe(200);
    expect(contestOf(later).rounds[0]).toMatchObject({ name: 'Đợt 1 (gia hạn)', maxAttempts: 2 });

    const del = await organizer.delete(url);
    expect(err(del)).toMatchObject({ code: 'ROUND_LOCKED', details: { fields: ['round'] } });
    const points = await organizer.put(`${base}/${t.contest.id}`, { pointsPerQuestion: 5 });
    expect(err(points)).toMatchObject({ code: 'ROUND_LOCKED', details: { fields: ['pointsPerQuestion'] } });
    const texts = await organizer.put(`${base}/${t.contest.id}`, { rulesMd: 'Thể lệ mới.', prizes: [{ tier: 'first', count: 2, label: 'Giải Nhất' }] });
    expect(texts.statusCode, texts.body).toBe(200);

    // Round 2 has no attempts yet: still free to change.
    const r2 = demo.rounds[1]!;
    const free = await organizer.put(`${base}/${t.contest.id}/rounds/${r2.id}`, { name: r2.name, opensAt: r2.opensAt, closesAt: r2.closesAt, timeLimitSec: 900, maxAttempts: 1, showAnswers: null });
    expect(free.statusCode, free.body).toBe(200);
  });
});

describe('cloning and unit selection', () => {
  it('clones into a draft a year later with rounds, blueprints, prizes and units', async () => {
    const res = await organizer.post(`${base}/${t.contest.id}/clone`, { title: 'Tìm hiểu pháp luật 2027', slug: 'tim-hieu-phap-luat-2027' });
    expect(res.statusCode, res.body).toBe(201);
    const copy = contestOf(res);
    const src = contestOf(await organizer.get(`${base}/${t.contest.id}`));
    expect(copy).toMatchObject({ status: 'draft', title: 'Tìm hiểu pháp luật 2027', clonedFrom: { id: src.id }, participantCount: 0, prizes: src.prizes, rulesMd: src.rulesMd });
    expect(copy.rounds).toHaveLength(2);
    copy.rounds.forEach((r, i) => {
      const s = src.rounds[i]!;
      // 22/11/2026 → 22/11/2027: 365 days.
      expect(Date.parse(r.opensAt) - Date.parse(s.opensAt)).toBe(365 * 86_400_000);
      expect(Date.parse(r.closesAt) - Date.parse(s.closesAt)).toBe(365 * 86_400_000);
      expect(r.cells).toEqual(s.cells);
      expect(r).toMatchObject({ locked: false, attemptCount: 0, timeLimitSec: s.timeLimitSec });
    });
    expect(copy.units.selected).toEqual(src.units.selected);
    const shifted = contestOf(await organizer.post(`${base}/${t.contest.id}/clone`, { title: 'Tuần sau', slug: 'tuan-sau', shiftDays: 7 }));
    expect(Date.parse(shifted.rounds[0]!.opensAt) - Date.parse(src.rounds[0]!.opensAt)).toBe(7 * 86_400_000);
    expect(err(await organizer.post(`${base}/${t.contest.id}/clone`, { title: 'Trùng', slug: 'tuan-sau' })).code).toBe('SLUG_TAKEN');
    expect(t.app.ctx.db.select().from(contests).where(eq(contests.slug, 'tuan-sau')).get()!.clonedFromId).toBe(src.id);
  });

  it('snapshots the chosen units: only valid units of the organization, unaffected by later changes', async () => {
    const c = await createDraft(organizer, base, 'chon-don-vi');
    const ours = t.app.ctx.db.select().from(units).where(eq(units.organizationId, org)).all();
    const two = [ours[3]!.id, ours[1]!.id];
    const chosen = contestOf(await organizer.put(`${base}/${c.id}/units`, { unitIds: two }));
    expect(chosen.units).toMatchObject({ selected: [...two].sort((a, b) => a - b), all: false });

    const other = createOrganization(t.app, 'so-tu-phap-khac');
    const foreign = t.app.ctx.db.insert(units).values({ organizationId: other, code: 'X', name: 'Xã Ngoài', nameFolded: 'xa ngoai', kind: 'commune', createdAt: 0 }).returning().get();
    const bad = await organizer.put(`${base}/${c.id}/units`, { unitIds: [two[0], foreign.id] });
    expect(bad.statusCode).toBe(400);
    expect(err(bad).fields?.map((f) => f.path)).toEqual(['unitIds.1']);
    expect(err(await organizer.put(`${base}/${c.id}/units`, { mode: 'all', unitIds: [1] })).code).toBe('VALIDATION_FAILED');

    // A unit that has ended is no longer offered by "all", and the earlier snapshot does not move.
    await organizer.put(`/api/studio/orgs/${org}/units/${ours[5]!.id}`, { validTo: '2026-01-01T00:00' });
    const all = contestOf(await organizer.put(`${base}/${c.id}/units`, { mode: 'all' }));
    expect(all.units.selected).not.toContain(ours[5]!.id);
    expect(all.units).toMatchObject({ all: true, orgUnitCount: 16 });
    const demo = contestOf(await organizer.get(`${base}/${t.contest.id}`));
    expect(demo.units.selected).toContain(ours[5]!.id);
    const audit = t.app.ctx.db.select().from(auditLog).where(and(eq(auditLog.action, 'contest.units_updated'), eq(auditLog.entityId, String(c.id)))).all();
    expect(audit).toHaveLength(2);
  });
});
