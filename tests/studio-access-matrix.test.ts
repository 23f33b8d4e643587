/**
 * The proof of isolation (issue 4): every studio route × every role × own and other organization,
 * then every route that takes a resource id × another organization's resources.
 *
 * Routes are discovered at run time, so routes added later are covered without editing this file:
 * part 1 needs nothing, part 2 fails until the new route has its line in ISOLATION.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HTTPMethods } from 'fastify';
import { eq } from 'drizzle-orm';
import { CAPABILITIES, can, ErrorBodySchema, type Capability, type StaffRole } from '@thiphapluat/shared';
import {
  contests,
  contestUnits,
  drawBlueprints,
  legalFields,
  questions,
  questionVersionFields,
  questionVersions,
  rounds,
  units,
} from '@thiphapluat/db';
import { createTestApp, registrationBody, save, start, submit, answerKey, type TestApp } from './helpers/app.js';
import { createOrganization, demoOrganizationId, servedRoutes, signInStaff, type ServedRoute, type StaffClient } from './helpers/studio.js';

const PREFIX = '/api/studio/orgs/:orgId';
const ROLES: StaffRole[] = ['admin', 'organizer', 'reviewer', 'viewer'];

type StudioRoute = ServedRoute;

const fill = (url: string, orgId: number, params: Record<string, string | number> = {}) =>
  url.replace(/:(\w+)/g, (_, name: string) => (name === 'orgId' ? String(orgId) : String(params[name] ?? 1)));

describe('access matrix: every studio route × role × own and other organization', () => {
  let t: TestApp;
  let routes: StudioRoute[];
  beforeAll(async () => {
    t = await createTestApp();
    routes = servedRoutes(t.app).filter((r) => r.url.startsWith(PREFIX));
  });
  afterAll(() => t.close());

  it('finds the organization routes, including the staff ones, and every one declares a known capability', async () => {
    const seen = routes.map((r) => `${r.method} ${r.url}`);
    expect(seen).toEqual(expect.arrayContaining([`GET ${PREFIX}/staff`, `POST ${PREFIX}/staff`, `PUT ${PREFIX}/staff/:userId`, `DELETE ${PREFIX}/staff/:userId`, `GET ${PREFIX}/audit`]));
    // Every route in the OpenAPI document under the prefix is in the matrix too.
    const openapi = t.app.swagger() as { paths: Record<string, Record<string, unknown>> };
    for (const [path, ops] of Object.entries(openapi.paths)) {
      const url = path.replace(/\{(\w+)\}/g, ':$1');
      if (!url.startsWith(PREFIX)) continue;
      for (const method of Object.keys(ops)) expect(seen, `${method} ${url}`).toContain(`${method.toUpperCase()} ${url}`);
    }
  });

  it('answers each cell as CAPABILITIES says: 401 without a session, 403 outside the organization or the role, never 5xx', async () => {
    const own = demoOrganizationId(t.app);
    const other = createOrganization(t.app, 'stp-ma-tran-khac');
    const foreign = createOrganization(t.app, 'stp-ma-tran-ngoai');
    const members = Object.fromEntries(await Promise.all(ROLES.map(async (role) => [role, await signInStaff(t.app, { organizationId: own, role })] as const))) as Record<StaffRole, StaffClient>;
    // A member of a third organization only: a stranger to both organizations under test.
    const outsider = await signInStaff(t.app, { organizationId: foreign, role: 'admin' });
    const callers: [string, StaffClient | null][] = [['no session', null], ...ROLES.map((r) => [r, members[r]] as [string, StaffClient]), ['other org member', outsider]];

    const rows: string[] = [];
    const failures: string[] = [];
    // Admin last: with placeholder ids its allowed requests may really change the demo data.
    const order = [...callers].sort((a, b) => (a[0] === 'admin' ? 1 : 0) - (b[0] === 'admin' ? 1 : 0));
    for (const route of routes) {
      const cells = new Map<string, string>();
      let capability: Capability | undefined;
      for (const [who, client] of order) {
        for (const [where, orgId] of [['own', own], ['other', other]] as const) {
          const opts = { method: route.method, url: fill(route.url, orgId), ...(['POST', 'PUT', 'PATCH'].includes(route.method) ? { payload: {} } : {}) };
          const res = client ? await client.request(opts) : await t.app.inject(opts);
          // Declared in the route's config (studio-auth refuses to start without it); the cells below
          // prove it is enforced: a role without it must get 403.
          capability = route.capability;
          if (!capability || !(capability in CAPABILITIES)) {
            failures.push(`${route.method} ${route.url}: no known capability declared (${String(capability)})`);
            continue;
          }
          const role = ROLES.find((r) => r === who);
          const expected = client === null ? 401 : !role || where === 'other' || !can(role, capability) ? 403 : 'allowed';
          const got = res.statusCode;
          const ok = expected === 'allowed' ? got !== 401 && got !== 403 && got < 500 : got === expected;
          if (expected !== 'allowed' && ok) {
            // A refusal is our error body with its stable code, never a framework page.
            const code = ErrorBodySchema.safeParse(res.json()).data?.error.code;
            if (code !== (expected === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN')) failures.push(`${route.method} ${route.url} ${who}/${where}: ${got} with code ${code}`);
          }
          if (!ok) failures.push(`${route.method} ${route.url} ${who}/${where}: expected ${expected}, got ${got} ${res.body.slice(0, 160)}`);
          cells.set(`${who}/${where}`, `${got}${ok ? '' : '✗'}`);
        }
      }
      const row = callers.map(([who]) => `${cells.get(`${who}/own`)}/${cells.get(`${who}/other`)}`.padEnd(9)).join(' ');
      rows.push(`${`${route.method} ${route.url.slice(PREFIX.length) || '/'}`.padEnd(58)} ${String(capability).padEnd(15)} ${row}`);
    }
    const header = `${'route (under /api/studio/orgs/:orgId)'.padEnd(58)} ${'capability'.padEnd(15)} ${callers.map(([w]) => w.slice(0, 9).padEnd(9)).join(' ')}`;
    console.log(`access matrix, cells own/other organization (${routes.length} routes):\n${header}\n${rows.join('\n')}`);
    expect(failures).toEqual([]);
    expect(routes.length).toBeGreaterThanOrEqual(5);
  });

  it('refuses platform routes with 401 without a session and 403 to anyone but a platform admin', async () => {
    const platform = servedRoutes(t.app).filter((r) => r.url.startsWith('/api/studio/platform/'));
    expect(platform.length).toBeGreaterThanOrEqual(2);
    const orgAdmin = await signInStaff(t.app, { organizationId: demoOrganizationId(t.app), role: 'admin' });
    for (const route of platform) {
      const opts = { method: route.method, url: fill(route.url, 1), ...(['POST', 'PUT', 'PATCH'].includes(route.method) ? { payload: {} } : {}) };
      expect((await t.app.inject(opts)).statusCode, `${route.method} ${route.url}`).toBe(401);
      expect((await orgAdmin.request(opts)).statusCode, `${route.method} ${route.url}`).toBe(403);
    }
  });
});

// ---- Part 2: another organization's resources -----------------------------------------------------

/** Every marker of organization B's data contains this, so a leak into A's responses is easy to spot. */
const MARK = 'ZQX';

interface OtherOrg {
  organizationId: number;
  admin: StaffClient;
  /** Resource ids by the route parameter that takes them. */
  ids: Ids;
}

/**
 * Organization B with one of everything: units, its own legal field, a published question, a
 * published contest with an open round, a participant with a submitted attempt, staff, audit entries.
 * Rows go in the way db/src/seed/seed.ts writes them; the participant and attempt go through the
 * public API, so they are what real use produces.
 */
async function seedOtherOrganization(t: TestApp): Promise<OtherOrg> {
  const db = t.app.ctx.db;
  const now = t.clock.now();
  const organizationId = createOrganization(t.app, 'stp-zqx', `Sở Tư pháp ${MARK}`);
  const root = db.insert(units).values({ organizationId, code: `${MARK}-0`, name: `Tỉnh ${MARK}`, nameFolded: `tinh ${MARK.toLowerCase()}`, kind: 'province', createdAt: now }).returning().get();
  const unit = db
    .insert(units)
    .values({ organizationId, parentId: root.id, code: `${MARK}-1`, name: `Phường ${MARK}`, nameFolded: `phuong ${MARK.toLowerCase()}`, kind: 'ward', createdAt: now })
    .returning()
    .get();
  const field = db.insert(legalFields).values({ code: `${MARK.toLowerCase()}-rieng`, name: `Lĩnh vực ${MARK}`, organizationId, createdAt: now }).returning().get();
  const question = db.insert(questions).values({ organizationId, latestVersion: 1, createdAt: now, updatedAt: now }).returning().get();
  const options = ['a', 'b', 'c', 'd'].map((id) => ({ id: `${id}${MARK}`, text: `Phương án ${id} ${MARK}` }));
  const version = db
    .insert(questionVersions)
    .values({
      questionId: question.id,
      version: 1,
      status: 'published',
      text: `Câu hỏi riêng của tổ chức ${MARK}?`,
      options,
      correctOptionIds: [options[0]!.id],
      explanation: `Giải thích ${MARK}`,
      citationDocument: `Luật ${MARK}`,
      citationArticle: 'Điều 1',
      difficulty: 1,
      primaryFieldId: field.id,
      createdAt: now,
    })
    .returning()
    .get();
  db.insert(questionVersionFields).values({ questionVersionId: version.id, legalFieldId: field.id }).run();
  const contest = db
    .insert(contests)
    .values({
      organizationId,
      slug: `cuoc-thi-${MARK.toLowerCase()}`,
      title: `Cuộc thi ${MARK}`,
      summary: `Tóm tắt ${MARK}`,
      rulesMd: `Thể lệ ${MARK}`,
      status: 'published',
      minAge: null,
      registrationFields: { cccd: 'off', email: 'off', unit: 'required', entrantType: 'optional' },
      consentText: `Đồng ý ${MARK}`,
      predictionEnabled: false,
      predictionPrompt: '',
      showAnswers: 'after_submit',
      prizes: [],
      createdAt: now,
      updatedAt: now,
    })
    .returning()
    .get();
  db.insert(contestUnits).values([root.id, unit.id].map((unitId) => ({ contestId: contest.id, unitId }))).run();
  const round = db
    .insert(rounds)
    .values({ contestId: contest.id, seq: 1, name: `Đợt ${MARK}`, opensAt: now - 3600_000, closesAt: now + 10 * 86_400_000, timeLimitSec: 600, maxAttempts: 3, createdAt: now })
    .returning()
    .get();
  db.insert(drawBlueprints).values({ roundId: round.id, legalFieldId: null, difficulty: null, count: 1 }).run();

  const reg = await t.app.inject({ method: 'POST', url: `/api/contests/${contest.slug}/participants`, payload: registrationBody(t, { unitId: unit.id, fullName: `Người dự thi ${MARK}` }) });
  if (reg.statusCode !== 201) throw new Error(`registration in B failed: ${reg.body}`);
  const session = reg.json() as { token: string; participant: { id: string } };
  const who = { token: session.token, participantId: session.participant.id, headers: { authorization: `Bearer ${session.token}` } };
  const attempt = await start(t, who, round.id);
  await save(t, who, attempt.id, 1, answerKey(t, attempt.id).get(1)!);
  await submit(t, who, attempt.id);

  const admin = await signInStaff(t.app, { organizationId, role: 'admin', email: `quan-tri-${MARK.toLowerCase()}@example.vn` });
  // Through the API, so B's audit log has an entry and B has a member who is not its admin.
  const added = await admin.post(`/api/studio/orgs/${organizationId}/staff`, { email: `thanh-vien-${MARK.toLowerCase()}@example.vn`, name: `Thành viên ${MARK}`, role: 'organizer' });
  if (added.statusCode !== 201) throw new Error(`adding B's member failed: ${added.body}`);
  const member = (added.json() as { member: { userId: number } }).member;
  // An export of B's results, for the export routes' lines.
  const exported = await admin.post(`/api/studio/orgs/${organizationId}/exports`, { kind: 'results', format: 'csv', contestId: contest.id });
  if (exported.statusCode !== 201) throw new Error(`B's export failed: ${exported.body}`);

  return {
    organizationId,
    admin,
    ids: {
      userId: member.userId,
      questionId: question.id,
      version: 1,
      contestId: contest.id,
      roundId: round.id,
      participantId: who.participantId,
      attemptId: attempt.id,
      unitId: unit.id,
      fieldId: field.id,
      exportId: (exported.json() as { id: string }).id,
    },
  };
}

/** Every row that belongs to organization `org`, as JSON: what a refused request must leave as it was. */
function snapshotOf(t: TestApp, org: number): string {
  const sqlite = t.app.dbHandle.sqlite;
  const contestIds = `(select id from contests where organization_id = ${org})`;
  const roundIds = `(select id from rounds where contest_id in ${contestIds})`;
  const questionIds = `(select id from questions where organization_id = ${org})`;
  const queries = [
    `select * from organizations where id = ${org}`,
    `select * from units where organization_id = ${org}`,
    `select * from legal_fields where organization_id = ${org}`,
    `select * from questions where organization_id = ${org}`,
    `select * from question_versions where question_id in ${questionIds}`,
    `select * from question_version_fields where question_version_id in (select id from question_versions where question_id in ${questionIds})`,
    `select * from contests where organization_id = ${org}`,
    `select * from contest_units where contest_id in ${contestIds}`,
    `select * from rounds where contest_id in ${contestIds}`,
    `select * from draw_blueprints where round_id in ${roundIds}`,
    `select * from participants where contest_id in ${contestIds}`,
    `select * from attempts where contest_id in ${contestIds}`,
    `select * from answers where attempt_id in (select id from attempts where contest_id in ${contestIds})`,
    `select * from round_results where round_id in ${roundIds}`,
    `select * from round_awards where round_id in ${roundIds}`,
    `select * from staff_memberships where organization_id = ${org}`,
    `select id, email, name, password_hash, platform_admin, disabled_at from staff_users where id in (select user_id from staff_memberships where organization_id = ${org})`,
    `select * from audit_log where organization_id = ${org}`,
  ];
  return JSON.stringify(queries.map((q) => sqlite.prepare(`${q} order by 1`).all()));
}

type Ids = Record<string, string | number>;
type Body = object | ((ids: Ids) => object);

const QUESTION = { text: 'Câu hỏi đã sửa?', options: [{ text: 'Có', correct: true }, { text: 'Không', correct: false }], fieldIds: [1], difficulty: 1 };
const ROUND = { name: 'Đợt mới', opensAt: '2027-01-04T10:00', closesAt: '2027-01-11T09:00', timeLimitSec: 900, maxAttempts: 1 };

/**
 * One line per route that takes a resource id: method, path under the organization prefix, and a
 * body that passes validation (so the answer proves the lookup, not the schema). Ids come from
 * organization B by parameter name (see seedOtherOrganization); a body can take them too. Admin of A,
 * through A's prefix, with B's ids: every line must be 404 NOT_FOUND and leave B's rows as they were.
 */
const ISOLATION: [method: HTTPMethods, path: string, body?: Body][] = [
  ['PUT', '/staff/:userId', { role: 'viewer' }],
  ['DELETE', '/staff/:userId'],
  ['GET', '/questions/:questionId'],
  ['PUT', '/questions/:questionId', QUESTION],
  ['GET', '/questions/:questionId/stats'],
  ['POST', '/questions/:questionId/submit'],
  ['POST', '/questions/:questionId/publish'],
  ['POST', '/questions/:questionId/retire'],
  ['POST', '/questions/:questionId/restore'],
  ['POST', '/questions/:questionId/reject', { reason: 'Không phù hợp' }],
  ['POST', '/questions/bulk', (ids) => ({ questionIds: [ids.questionId], action: 'retire' })],
  ['GET', '/contests/:contestId'],
  ['PUT', '/contests/:contestId', { title: 'Tên mới' }],
  ['DELETE', '/contests/:contestId'],
  ['GET', '/contests/:contestId/blueprint-check'],
  ['POST', '/contests/:contestId/publish'],
  ['POST', '/contests/:contestId/close'],
  ['POST', '/contests/:contestId/clone', { title: 'Bản sao', slug: 'ban-sao-cuoc-thi' }],
  ['POST', '/contests/:contestId/rounds', ROUND],
  ['PUT', '/contests/:contestId/rounds/:roundId', ROUND],
  ['DELETE', '/contests/:contestId/rounds/:roundId'],
  ['PUT', '/contests/:contestId/rounds/:roundId/blueprint', { cells: [{ legalFieldId: null, difficulty: null, count: 1 }] }],
  ['PUT', '/contests/:contestId/units', { mode: 'all' }],
  ['PUT', '/units/:unitId', { name: 'Tên đơn vị mới' }],
  ['GET', '/rounds/:roundId/monitor'],
  ['GET', '/rounds/:roundId/monitor/ws'],
  ['POST', '/rounds/:roundId/close'],
  ['GET', '/rounds/:roundId/winners'],
  ['POST', '/rounds/:roundId/results/publish', { proposalKey: 'khoa-de-xuat' }],
  ['POST', '/participants/:participantId/disqualify', { reason: 'Khai man thông tin' }],
  ['POST', '/participants/:participantId/reinstate'],
  ['POST', '/participants/:participantId/contact'],
  ['GET', '/exports/:exportId'],
  ['GET', '/exports/:exportId/download'],
  ['GET', '/contests/:contestId/integrity'],
  ['POST', '/contests/:contestId/integrity/recompute'],
  ['PUT', '/contests/:contestId/integrity/settings', { weights: { reading_speed: 10 }, threshold: 50 }],
  ['POST', '/contests/:contestId/integrity/participants/:participantId/decision', { decision: 'disqualify', reason: 'Trả lời nhanh hơn thời gian đọc' }],
  ['GET', '/stats/contests/:contestId'],
  ['GET', '/stats/contests/:contestId/unit-ranking'],
];

/**
 * A's own resource in the path, B's in the body: A must not pull B's units, legal fields or questions
 * into its contests and bank. Any refusal (4xx) will do, as long as neither organization changes.
 * `a` are A's ids, `b` B's.
 */
const MIXED: [method: HTTPMethods, path: string, body: (a: Ids, b: Ids) => object][] = [
  ['PUT', '/contests/:contestId/units', (_a, b) => ({ unitIds: [b.unitId] })],
  ['PUT', '/contests/:contestId/rounds/:roundId/blueprint', (_a, b) => ({ cells: [{ legalFieldId: b.fieldId, difficulty: null, count: 1 }] })],
  ['POST', '/questions', (_a, b) => ({ ...QUESTION, fieldIds: [b.fieldId] })],
  ['PUT', '/questions/:questionId', (_a, b) => ({ ...QUESTION, fieldIds: [b.fieldId] })],
  ['POST', '/exports', (_a, b) => ({ kind: 'participants', format: 'csv', contestId: b.contestId, unmaskedPhone: true })],
];

describe("isolation: another organization's resources are not found", () => {
  let t: TestApp;
  let b: OtherOrg;
  let adminA: StaffClient;
  let orgA: number;
  /** A's own resources, for the MIXED lines. */
  let a: Ids;
  let routes: StudioRoute[];
  beforeAll(async () => {
    t = await createTestApp();
    orgA = demoOrganizationId(t.app);
    b = await seedOtherOrganization(t);
    adminA = await signInStaff(t.app, { organizationId: orgA, role: 'admin' });
    const questionA = t.app.ctx.db.select({ id: questions.id }).from(questions).where(eq(questions.organizationId, orgA)).get()!;
    a = { contestId: t.contest.id, roundId: t.roundId, questionId: questionA.id, unitId: t.unitId };
    routes = servedRoutes(t.app).filter((r) => r.url.startsWith(PREFIX));
  });
  afterAll(() => t.close());

  it("B's resources are really there for B's own admin", async () => {
    const list = await b.admin.get(`/api/studio/orgs/${b.organizationId}/staff`);
    expect(list.body).toContain(`thanh-vien-${MARK.toLowerCase()}@example.vn`);
    expect(snapshotOf(t, b.organizationId)).toContain(`Câu hỏi riêng của tổ chức ${MARK}`);
    expect(t.app.dbHandle.sqlite.prepare('select count(*) as n from round_results where round_id = ?').get(b.ids.roundId)).toEqual({ n: 1 });
  });

  it.each(ISOLATION.map(([method, path, body]) => ({ name: `${method} ${path}`, method, path, body })))(
    "$name with B's ids through A's prefix is 404 and changes nothing of B",
    async ({ method, path, body }) => {
      const before = snapshotOf(t, b.organizationId);
      const missing = [...path.matchAll(/:(\w+)/g)].map((m) => m[1]!).filter((p) => !(p in b.ids));
      expect(missing, 'B has no resource for these parameters').toEqual([]);
      const url = fill(`${PREFIX}${path}`, orgA, b.ids);
      const ownUrl = fill(`${PREFIX}${path}`, b.organizationId, b.ids);
      if (path.endsWith('/ws')) {
        // A WebSocket route: the refusal must come before the upgrade, as a plain 404.
        await expect(t.app.injectWS(url, { headers: { cookie: adminA.cookie } } as never)).rejects.toThrow('Unexpected server response: 404');
        const control = await t.app.injectWS(ownUrl, { headers: { cookie: b.admin.cookie } } as never);
        control.terminate();
      } else {
        const payload = typeof body === 'function' ? body(b.ids) : body;
        const res = await adminA.request({ method, url, ...(payload ? { payload } : {}) });
        expect(res.statusCode, res.body.slice(0, 300)).toBe(404);
        const error = ErrorBodySchema.parse(res.json()).error;
        expect(error.code).toBe('NOT_FOUND');
        // The route answered, not the router's "no such URL" (which names the URL in details).
        expect(error.details?.url).toBeUndefined();
        expect(res.body).not.toMatch(new RegExp(MARK, 'i'));
        if (method === 'GET') {
          // Control: the same ids through B's own prefix are found by B's admin.
          const own = await b.admin.get(ownUrl);
          expect(own.statusCode, own.body.slice(0, 200)).not.toBe(404);
        }
      }
      expect(snapshotOf(t, b.organizationId)).toBe(before);
    },
  );

  it.each(MIXED.map(([method, path, body]) => ({ name: `${method} ${path}`, method, path, body })))(
    "$name on A's own resource with B's ids in the body is refused and changes neither organization",
    async ({ method, path, body }) => {
      const beforeA = snapshotOf(t, orgA);
      const beforeB = snapshotOf(t, b.organizationId);
      const res = await adminA.request({ method, url: fill(`${PREFIX}${path}`, orgA, a), payload: body(a, b.ids) });
      expect(res.statusCode, res.body.slice(0, 300)).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, res.body.slice(0, 300)).toBeLessThan(500);
      expect(snapshotOf(t, orgA)).toBe(beforeA);
      expect(snapshotOf(t, b.organizationId)).toBe(beforeB);
    },
  );

  it("lists of A never contain B's data", async () => {
    const lists = routes.filter((r) => r.method === 'GET' && !/:(?!orgId)\w+/.test(r.url));
    expect(lists.length).toBeGreaterThanOrEqual(2);
    for (const route of lists) {
      const res = await adminA.get(fill(route.url, orgA));
      expect(res.statusCode, `${route.url}: ${res.body.slice(0, 200)}`).toBeLessThan(500);
      expect(res.body, route.url).not.toMatch(new RegExp(MARK, 'i'));
    }
  });

  it('has a line for every route that takes a resource id, and no line for a route that is gone', () => {
    const table = new Set(ISOLATION.map(([m, p]) => `${m} ${PREFIX}${p}`));
    const withIds = routes.filter((r) => /:(?!orgId)\w+/.test(r.url)).map((r) => `${r.method} ${r.url}`);
    const notCovered = withIds.filter((r) => !table.has(r));
    if (notCovered.length) console.log(`not yet covered by the isolation table:\n${notCovered.join('\n')}`);
    expect(notCovered).toEqual([]);
    const all = new Set(routes.map((r) => `${r.method} ${r.url}`));
    expect([...table, ...MIXED.map(([m, p]) => `${m} ${PREFIX}${p}`)].filter((r) => !all.has(r))).toEqual([]);
  });
});
