/**
 * Bad input never becomes a 5xx and never loses or half-writes anything, on every studio route.
 *
 * Routes are read from the router at run time (every /api/studio/ route), so a route added later is
 * fuzzed without editing this file; a route whose path parameter this file cannot fill fails. Each
 * route gets fast-check-generated hostile requests: junk JSON, near-valid bodies with one part made
 * hostile, huge strings, deep nesting, prototype-pollution keys, FTS5 and SQL syntax, markup, lone
 * surrogates and invalid UTF-8, odd content types, junk query strings, raw junk files for the upload
 * routes. Path parameters are real ids of the demo organization (an open round with attempts, a closed
 * round with winners, a draft contest, questions in several states, a participant, a unit, a staff
 * member) or hostile segments. Callers: mostly an admin of the demo organization, sometimes a viewer,
 * a platform admin outside it, or nobody.
 *
 * Every answer is < 500, every 4xx is our error body, and after a 4xx every table the studio writes
 * holds exactly what it held before.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { FastifyInstance, HTTPMethods, LightMyRequestResponse } from 'fastify';
import { and, eq } from 'drizzle-orm';
import { contestUnits, contests, drawBlueprints, legalFields, questions, rounds, staffMemberships, type StaffRole } from '@thiphapluat/db';
import { ErrorBodySchema, WinnersSchema } from '@thiphapluat/shared';
import { answerKey, createTestApp, register, registrationBody, save, start, submit, type Contestant, type TestApp } from './helpers/app.js';
import { demoOrganizationId, servedRoutes, signInStaff, STAFF_PASSWORD, type ServedRoute } from './helpers/studio.js';

const ORG = '/api/studio/orgs/:orgId';
/** Fixed so a run is repeatable; FC_SEED=… explores other inputs. fast-check prints seed and path on failure. */
const SEED = Number(process.env.FC_SEED ?? 20_261_123);
/** Each route its own stream of inputs (the same seed everywhere would send every route the same callers). */
const seedOf = (key: string) => (SEED + [...key].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, 0)) | 0;
const RUNS = Number(process.env.FC_RUNS ?? 60);

type StudioRoute = ServedRoute;

// ---- The demo organization's real resources --------------------------------------------------------

/** Path parameter → value, one consistent set (a round belongs to its contest). */
type Ids = Record<string, string>;

interface Caller {
  who: 'admin' | 'viewer' | 'platform';
  email: string;
  cookie: string;
  userId: number;
  role: StaffRole | null;
}

async function signIn(app: FastifyInstance, email: string): Promise<string> {
  const res = await app.inject({ method: 'POST', url: '/api/studio/session', payload: { email, password: STAFF_PASSWORD } });
  const set = res.cookies.find((c) => c.name === 'tpl_staff');
  if (res.statusCode !== 200 || !set) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
  return `tpl_staff=${set.value}`;
}

/** Starts an attempt, answers the first `correct` questions right and submits. */
async function play(t: TestApp, who: Contestant, roundId: number, correct: number): Promise<void> {
  const view = await start(t, who, roundId);
  const key = answerKey(t, view.id);
  for (const q of view.questions.slice(0, correct)) {
    t.clock.advance(3000);
    await save(t, who, view.id, q.position, key.get(q.position) ?? []);
  }
  const res = await submit(t, who, view.id, 1);
  if (res.statusCode !== 200) throw new Error(`submit failed: ${res.body}`);
  await t.app.ctx.pending.settled();
}

const QUESTION = (fieldId: number) => ({
  title: 'Quyền sử dụng đất',
  text: 'Người sử dụng đất có quyền nào sau đây?',
  options: [
    { text: 'Chuyển nhượng quyền sử dụng đất', correct: true },
    { text: 'Tự ý đổi mục đích sử dụng', correct: false },
    { text: 'Lấn chiếm đất công', correct: false },
  ],
  explanation: 'Theo **Luật Đất đai 2024**.',
  citationDocument: 'Luật Đất đai 2024',
  citationArticle: 'Điều 27',
  fieldIds: [fieldId],
  difficulty: 2,
});
const ROUND = { name: 'Đợt thử', opensAt: '2027-01-04T10:00', closesAt: '2027-01-11T09:00', timeLimitSec: 900, maxAttempts: 2, showAnswers: null };

/**
 * The fuzz's world: the demo organization with one of everything, in the states that reach the
 * deeper code paths. Participants and attempts go through the public API, like real use.
 */
async function setUp() {
  const t = await createTestApp();
  const app = t.app;
  const db = app.ctx.db;
  const org = demoOrganizationId(app);
  const admin = await signInStaff(app, { organizationId: org, role: 'admin' });
  const viewer = await signInStaff(app, { organizationId: org, role: 'viewer' });
  const platform = await signInStaff(app, { organizationId: null, platformAdmin: true });
  const callers: Record<Caller['who'], Caller> = {
    admin: { who: 'admin', email: admin.email, cookie: admin.cookie, userId: admin.userId, role: 'admin' },
    viewer: { who: 'viewer', email: viewer.email, cookie: viewer.cookie, userId: viewer.userId, role: 'viewer' },
    platform: { who: 'platform', email: platform.email, cookie: platform.cookie, userId: platform.userId, role: null },
  };
  const base = `/api/studio/orgs/${org}`;
  const call = async (method: HTTPMethods, url: string, payload?: object) => {
    const res = await app.inject({ method, url: `${base}${url}`, headers: { cookie: callers.admin.cookie }, ...(payload ? { payload } : {}) });
    if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
    return res.json() as Record<string, unknown>;
  };

  const fields = (await call('GET', '/legal-fields')).fields as { id: number; name: string; code: string }[];
  const field = fields[0]!;
  const member = ((await call('POST', '/staff', { email: 'can-bo-thu@example.vn', name: 'Cán bộ thử', role: 'organizer' })).member as { userId: number }).userId;
  const published = db.select({ id: questions.id }).from(questions).where(eq(questions.organizationId, org)).get()!.id;
  const draft = (await call('POST', '/questions', QUESTION(field.id))).id as number;
  const inReview = (await call('POST', '/questions', { ...QUESTION(field.id), text: 'Câu hỏi đang chờ duyệt về hộ tịch?' })).id as number;
  await call('POST', `/questions/${inReview}/submit`);

  // The demo's open round: one finished attempt, one still running.
  const open: Contestant[] = [await register(t), await register(t)];
  await play(t, open[0]!, t.roundId, 3);
  await start(t, open[1]!, t.roundId);

  // A round that is closed and finalized, with winners to review and publish.
  const now = t.clock.now();
  const closed = db
    .insert(contests)
    .values({
      organizationId: org,
      slug: 'cuoc-thi-da-dong',
      title: 'Cuộc thi đã đóng',
      summary: 'Tóm tắt',
      rulesMd: 'Thể lệ',
      status: 'published',
      minAge: null,
      registrationFields: { cccd: 'off', email: 'off', unit: 'required', entrantType: 'optional' },
      consentText: 'Đồng ý',
      predictionEnabled: true,
      predictionPrompt: 'Bao nhiêu người trả lời đúng hết?',
      showAnswers: 'after_submit',
      prizes: [
        { tier: 'first', count: 1, label: 'Giải Nhất' },
        { tier: 'consolation', count: 1, label: 'Giải Khuyến khích' },
        { tier: 'collective', count: 1, label: 'Giải tập thể' },
      ],
      createdAt: now,
      updatedAt: now,
    })
    .returning()
    .get();
  db.insert(contestUnits).values({ contestId: closed.id, unitId: t.unitId }).run();
  const closedRound = db
    .insert(rounds)
    .values({ contestId: closed.id, seq: 1, name: 'Đợt 1', opensAt: now - 3600_000, closesAt: now + 86_400_000, timeLimitSec: 600, maxAttempts: 1, createdAt: now })
    .returning()
    .get();
  db.insert(drawBlueprints).values({ roundId: closedRound.id, legalFieldId: null, difficulty: null, count: 3 }).run();
  const players: Contestant[] = [];
  for (const [i, correct] of [3, 2, 1].entries()) {
    const reg = await app.inject({ method: 'POST', url: `/api/contests/${closed.slug}/participants`, payload: registrationBody(t, { fullName: `Người thi ${i + 1}` }) });
    if (reg.statusCode !== 201) throw new Error(`registration failed: ${reg.body}`);
    const s = reg.json() as { token: string; participant: { id: string } };
    const who = { token: s.token, participantId: s.participant.id, headers: { authorization: `Bearer ${s.token}` } };
    players.push(who);
    await play(t, who, closedRound.id, correct);
  }
  await call('POST', `/rounds/${closedRound.id}/close`);
  await app.ctx.pending.settled();
  const winners = WinnersSchema.parse(await call('GET', `/rounds/${closedRound.id}/winners`));

  /** A draft clone of the demo contest: unlocked rounds, no participants. Made again if the fuzz deletes it. */
  let cloneSeq = 0;
  const makeDraft = async (): Promise<Ids> => {
    const c = (await call('POST', `/contests/${t.contest.id}/clone`, { title: 'Bản nháp thử', slug: `ban-nhap-thu-${++cloneSeq}` })) as { id: number; slug: string; rounds: { id: number }[] };
    const roundId = c.rounds[0]?.id ?? ((await call('POST', `/contests/${c.id}/rounds`, ROUND)).rounds as { id: number }[])[0]!.id;
    return { contestId: String(c.id), roundId: String(roundId), slug: c.slug };
  };

  const exported = (await call('POST', '/exports', { kind: 'results', format: 'csv', contestId: t.contest.id })) as { id: string };
  const common = { orgId: String(org), unitId: String(t.unitId), userId: String(member), exportId: exported.id };
  const sets: Record<'open' | 'closed' | 'draft', Ids> = {
    open: { ...common, contestId: String(t.contest.id), slug: t.contest.slug, roundId: String(t.roundId), questionId: String(published), participantId: open[0]!.participantId },
    closed: { ...common, contestId: String(closed.id), slug: closed.slug, roundId: String(closedRound.id), questionId: String(inReview), participantId: players[0]!.participantId },
    draft: { ...common, ...(await makeDraft()), questionId: String(draft), participantId: open[1]!.participantId },
  };
  const unitIds = ((await call('GET', '/units')).units as { id: number }[]).map((u) => u.id);
  const questionIds = db.select({ id: questions.id }).from(questions).where(eq(questions.organizationId, org)).all().map((q) => q.id);
  /** Real values in bulk: well-formed bodies that stress the services' own limits (11 fields on one item, every unit…). */
  const bulk = [fields.map((f) => f.name), fields.map((f) => f.code), [...fields.map((f) => f.name), 'Lĩnh vực nhập thử'], fields.map((f) => f.id), unitIds, questionIds, questionIds.slice(0, 3), [t.unitId, t.unitId]];
  return { t, org, callers, sets, field, member, winners, makeDraft, bulk };
}

const world = await setUp();
const { t } = world;
/** Every studio route, and the public results page the monitor module serves to residents. */
const routes = servedRoutes(t.app).filter((r) => r.url.startsWith('/api/studio/') || r.url === '/api/contests/:slug/results');
const openapi = t.app.swagger() as { paths: Record<string, Record<string, { parameters?: { in: string; name: string }[]; requestBody?: unknown }>> };
const operation = (r: StudioRoute) => openapi.paths[r.url.replace(/:(\w+)/g, '{$1}')]?.[r.method.toLowerCase()];

/**
 * After a request that changed something, put back what the rest of the fuzz relies on: the callers'
 * memberships and sessions (a junk body on DELETE /session is still a sign-out), the staff member
 * whose id the staff routes take, and the draft contest with its round.
 */
async function heal(): Promise<void> {
  const { app } = t;
  const db = app.ctx.db;
  const org = world.org;
  for (const c of Object.values(world.callers)) {
    if (c.role) {
      const m = db.select().from(staffMemberships).where(and(eq(staffMemberships.userId, c.userId), eq(staffMemberships.organizationId, org))).get();
      if (!m) db.insert(staffMemberships).values({ userId: c.userId, organizationId: org, role: c.role, createdAt: t.clock.now() }).run();
      else if (m.role !== c.role) db.update(staffMemberships).set({ role: c.role }).where(and(eq(staffMemberships.userId, c.userId), eq(staffMemberships.organizationId, org))).run();
    }
    const me = await app.inject({ method: 'GET', url: '/api/studio/me', headers: { cookie: c.cookie } });
    if (me.statusCode !== 200) c.cookie = await signIn(app, c.email);
  }
  const m = db.select().from(staffMemberships).where(and(eq(staffMemberships.userId, world.member), eq(staffMemberships.organizationId, org))).get();
  if (!m) db.insert(staffMemberships).values({ userId: world.member, organizationId: org, role: 'organizer', createdAt: t.clock.now() }).run();
  const draft = world.sets.draft;
  const contest = db.select({ id: contests.id, status: contests.status }).from(contests).where(eq(contests.id, Number(draft.contestId))).get();
  const round = db.select({ id: rounds.id }).from(rounds).where(eq(rounds.id, Number(draft.roundId))).get();
  if (!contest || contest.status !== 'draft' || !round) Object.assign(draft, await world.makeDraft());
}

// ---- The database, as a refused request must leave it ---------------------------------------------

const TABLES = [
  'organizations',
  'questions',
  'question_versions',
  'question_version_fields',
  'legal_fields',
  'contests',
  'rounds',
  'draw_blueprints',
  'contest_units',
  'units',
  'participants',
  'attempts',
  'answers',
  'round_results',
  'round_awards',
  'staff_users',
  'staff_memberships',
  'audit_log',
] as const;

const sqlite = t.app.dbHandle.sqlite;
/** Every row of each table, in SQLite's own quoting, concatenated in rowid order. */
const tableDumps = TABLES.map((table) => {
  const cols = sqlite.prepare(`select name from pragma_table_info('${table}')`).pluck().all() as string[];
  if (cols.length === 0) throw new Error(`no table ${table}`);
  const row = cols.map((c) => `quote("${c}")`).join(` || ',' || `);
  return { table, stmt: sqlite.prepare(`select count(*) as n, group_concat(r, char(10)) as rows from (select ${row} as r from "${table}" order by rowid)`) };
});
const changesStmt = sqlite.prepare('select total_changes() as n');

/**
 * A content hash per table. Hashing is skipped while the connection's write counter has not moved
 * (nothing can have changed then); the app has this one connection.
 */
let cached: { changes: number; hashes: Record<string, string> } | null = null;
function snapshot(): Record<string, string> {
  const changes = (changesStmt.get() as { n: number }).n;
  if (cached?.changes === changes) return cached.hashes;
  const hashes: Record<string, string> = {};
  for (const { table, stmt } of tableDumps) {
    const { n, rows } = stmt.get() as { n: number; rows: string | null };
    hashes[table] = `${n}:${createHash('sha1').update(rows ?? '').digest('hex')}`;
  }
  cached = { changes, hashes };
  return hashes;
}

afterAll(() => t.close());

// ---- Hostile input ----------------------------------------------------------------------------------

const FTS = ['"', '""', '"unbalanced', 'đất "đai', '*', 'đất*', '*đất', 'NEAR(', 'NEAR(đất đai', 'đất NEAR/2 đai', '-', '-đất', 'đất -đai', 'OR', 'AND', 'NOT', 'đất OR', 'OR đai', 'AND NOT OR', '(', ')', '(đất', 'text:đất', 'question_search:', '^đất', '+', '{a b}: c', "'", '\\', '%', '_', ':', 'đ', ' '];
const SQL = ["' or 1=1 --", "'; drop table questions; --", '1) union select password_hash from staff_users --', "\\' --", '1; select 1'];
const MARKUP = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '[bấm](javascript:alert(1))', '![ảnh](https://evil.example/a.png)', '</textarea><svg onload=alert(1)>', '# Tiêu đề\n\n- một\n- hai\n\n```\nmã\n```', '{{7*7}}', '${7*7}', '<!--', ']]>', '&amp;&#0;&#x110000;'];
const ODD = ['\uD800', '\uDFFF', 'a\uD83Dz', '\uDC00\uD800', '\u0000', 'a\u0000b', '\u202Egnp.exe', '\uFEFF', '\u200B', 'a\u0301', 'Luật Đất đai', 'LUẬT ĐẤT ĐAI', '🙂🙂', '\r\n', '\t', '', '   ', 'null', 'undefined', 'NaN', 'true', '-0', '1e309', '__proto__', 'constructor', 'prototype'];
const STRINGS = [...FTS, ...SQL, ...MARKUP, ...ODD];
/** Marks where a body gets raw invalid UTF-8 bytes instead of this text. */
const INVALID_UTF8 = '\u0001INVALID-UTF8\u0001';

const loneSurrogates = fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)), minLength: 1, maxLength: 4 });
/** Huge strings are described by their size, so a failure prints a line and not 100 KB. */
type Huge = { huge: number; ch: string };
const huge = fc.record({ huge: fc.integer({ min: 100_000, max: 300_000 }), ch: fc.constantFrom('a', 'ă', '🙂', '"', '\\', '<') });
const hostileString = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: loneSurrogates },
  { weight: 1, arbitrary: fc.constant(INVALID_UTF8) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...STRINGS), fc.integer({ min: 100, max: 6000 })).map(([s, n]) => (s || 'x').repeat(Math.ceil(n / Math.max(1, s.length)))) },
);
type Value = unknown;
const hostileValue: fc.Arbitrary<Value> = fc.oneof(
  { weight: 5, arbitrary: hostileString },
  { weight: 2, arbitrary: fc.constantFrom(-1, 0, 1, 2 ** 31, 2 ** 53 + 2, 1e308, -1e308, 0.5, -0, 4, 99_999) },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, [], {}, [null], [[]], { a: 1 }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  { weight: 1, arbitrary: fc.array(hostileString, { maxLength: 4 }) },
  { weight: 1, arbitrary: huge },
  { weight: 1, arbitrary: fc.integer({ min: 50, max: 5000 }).map((deep) => ({ deep })) },
  { weight: 2, arbitrary: fc.nat().map((i) => ({ bulk: i })) },
);

/** What goes in a request body, described (materialize() turns it into bytes). */
type BodySpec =
  | { kind: 'mutate'; at: number; op: 'replace' | 'delete' | 'proto' | 'constructor' | 'extra'; value: Value }
  | { kind: 'strings'; strings: (string | null)[] }
  | { kind: 'bulk'; at: number; pick: number }
  | { kind: 'json'; value: Value }
  | { kind: 'raw'; text: string }
  | { kind: 'deep'; depth: number }
  | { kind: 'huge'; size: Huge }
  | { kind: 'empty' };

const bodySpec: fc.Arbitrary<BodySpec> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('mutate' as const), at: fc.nat(), op: fc.constantFrom('replace' as const, 'replace' as const, 'delete' as const, 'proto' as const, 'constructor' as const, 'extra' as const), value: hostileValue }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('strings' as const), strings: fc.array(fc.option(hostileString, { freq: 2 }), { minLength: 1, maxLength: 8 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('bulk' as const), at: fc.nat(), pick: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('json' as const), value: fc.jsonValue({ maxDepth: 3 }) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('raw' as const),
      text: fc.oneof(fc.string({ maxLength: 80 }), fc.constantFrom('{', '{"a":', '[1,2', '{"a":1}}', "{'a':1}", '{"__proto__":{"polluted":1}}', '{"constructor":{"prototype":{"polluted":1}}}', 'null', 'true', '1', '""', '\u0000', '<?xml version="1.0"?><a/>', '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--', 'a=1&a=2&__proto__[x]=1')),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('deep' as const), depth: fc.integer({ min: 100, max: 20_000 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('huge' as const), size: huge }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'empty' as const }) },
);

const materializeValue = (v: Value): Value => {
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    if ('huge' in v && 'ch' in v) return (v as Huge).ch.repeat((v as Huge).huge);
    if ('bulk' in v && Object.keys(v).length === 1) return world.bulk[(v as { bulk: number }).bulk % world.bulk.length];
    // Spliced into the JSON text at the end: building it as a value would overflow the test's own stack.
    if ('deep' in v && Object.keys(v).length === 1) return `\u0001DEEP:${(v as { deep: number }).deep}\u0001`;
  }
  return v;
};

/** Paths to every node of a JSON value: where a mutation may land. */
function pathsOf(v: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => pathsOf(x, [...at, i], out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) pathsOf(x, [...at, k], out);
  return out;
}

const ownKey = (o: Record<string, unknown>, key: string, value: unknown) => Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });

/** The body bytes for a spec, starting from the route's valid template (if it has one). */
function materialize(spec: BodySpec, template: unknown): string | Buffer {
  let text: string;
  switch (spec.kind) {
    case 'mutate': {
      const body = structuredClone(template ?? {}) as unknown;
      const paths = pathsOf(body);
      const path = paths[spec.at % paths.length]!;
      const value = materializeValue(spec.value);
      if (path.length === 0) {
        if (spec.op === 'replace') text = JSON.stringify(value) ?? 'null';
        else {
          if (body && typeof body === 'object' && !Array.isArray(body)) ownKey(body as Record<string, unknown>, spec.op === 'constructor' ? 'constructor' : spec.op === 'extra' ? 'extra' : '__proto__', spec.op === 'constructor' ? { prototype: { polluted: value } } : value);
          text = JSON.stringify(body);
        }
        break;
      }
      const parent = path.slice(0, -1).reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], body) as Record<string | number, unknown>;
      const key = path[path.length - 1]!;
      if (spec.op === 'replace') parent[key] = value;
      else if (spec.op === 'delete') {
        if (Array.isArray(parent)) parent.splice(Number(key), 1);
        else delete parent[key];
      } else {
        const target = parent[key] && typeof parent[key] === 'object' && !Array.isArray(parent[key]) ? (parent[key] as Record<string, unknown>) : Array.isArray(parent) ? null : parent;
        if (target) ownKey(target, spec.op === 'constructor' ? 'constructor' : spec.op === 'extra' ? '__extra' : '__proto__', spec.op === 'constructor' ? { prototype: { polluted: value } } : value);
        else parent[key] = JSON.parse(`{"__proto__": ${JSON.stringify(value) ?? 'null'}}`);
      }
      text = JSON.stringify(body) ?? 'null';
      break;
    }
    case 'strings': {
      // The valid shape with strings swapped for hostile ones: what reaches the services.
      // null keeps the template's string, so enums and slugs often stay valid and the rest goes deeper.
      let i = 0;
      const swap = (v: unknown): unknown =>
        typeof v === 'string'
          ? (spec.strings[i++ % spec.strings.length] ?? v)
          : Array.isArray(v)
            ? v.map(swap)
            : v && typeof v === 'object'
              ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, swap(x)]))
              : v;
      text = JSON.stringify(swap(template ?? { q: '' }));
      break;
    }
    case 'bulk': {
      // One list of the valid body swapped for a list of real values of the same kind: every field
      // name, every unit, a unit twice… Well-formed, so it tests the services' limits, not the schema's.
      const body = structuredClone(template ?? {}) as unknown;
      const lists = pathsOf(body).filter((p) => p.length > 0 && Array.isArray(p.reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], body)));
      const path = lists[spec.at % Math.max(1, lists.length)];
      if (path) {
        const parent = path.slice(0, -1).reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], body) as Record<string | number, unknown>;
        const key = path[path.length - 1]!;
        const kind = typeof (parent[key] as unknown[])[0];
        const same = world.bulk.filter((b) => typeof b[0] === kind);
        parent[key] = same.length > 0 ? same[spec.pick % same.length] : world.bulk[spec.pick % world.bulk.length];
      }
      text = JSON.stringify(body) ?? 'null';
      break;
    }
    case 'json':
      text = JSON.stringify(spec.value) ?? 'null';
      break;
    case 'raw':
      text = spec.text;
      break;
    case 'deep':
      text = `${'['.repeat(spec.depth)}${']'.repeat(spec.depth)}`;
      break;
    case 'huge':
      text = JSON.stringify({ text: spec.size.ch.repeat(spec.size.huge) });
      break;
    case 'empty':
      text = '';
      break;
  }
  text = text.replace(/"\\u0001DEEP:(\d+)\\u0001"/g, (_, n: string) => `${'['.repeat(Number(n))}"đáy"${']'.repeat(Number(n))}`);
  const marker = JSON.stringify(INVALID_UTF8).slice(1, -1);
  if (!text.includes(marker)) return text;
  return Buffer.concat(text.split(marker).flatMap((part, i) => (i === 0 ? [Buffer.from(part)] : [Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0xed, 0xa0, 0x80]), Buffer.from(part)])));
}

/** Replaces a path parameter: junk, or a lookalike of a real id. */
const segment = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('-1', '0', '00', '1e9', '1.5', '0x10', ' 1', '9007199254740993', '99999999999999999999', 'NaN', 'Infinity', '%00', '..', 'null', "' or 1=1 --", 'đất-đai', '00000000-0000-0000-0000-000000000000', 'AAAAAAAA-AAAA-4AAA-8AAA-AAAAAAAAAAAA', 'x'.repeat(120), '__proto__', 'constructor'),
  loneSurrogates,
);

const QUERY_VALUES = ['-5', '0', '1', '2', '3', '4', '1e9', '99999999999999999999', '1.5', 'NaN', '', 'xlsx', 'gift', 'csv', 'aiken', 'moodle-xml', 'draft', 'in_review', 'published', 'retired', 'used', 'unused', '1,2,3', '1,,2', ',', '2026-11-23', '2026-02-30T00:00', 'question', 'contest', '__proto__'];
const queryValue = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...QUERY_VALUES) }, { weight: 3, arbitrary: hostileString.filter((s) => s.length < 20_000) }, { weight: 1, arbitrary: fc.array(fc.constantFrom(...QUERY_VALUES, ...FTS), { minLength: 2, maxLength: 3 }) });
const JUNK_KEYS = ['__proto__', 'constructor', 'prototype', 'x', '__proto__[polluted]', 'q[]', 'page[0]'];
/** A valid query per route, so that junk in one parameter meets valid others (export needs its format). */
const QUERY_TEMPLATES: Record<string, Record<string, string>> = {
  'GET /questions': { q: 'đất đai', status: 'published', page: '1', pageSize: '5' },
  'GET /questions/export': { format: 'gift', q: 'hôn nhân' },
  'GET /units': { q: 'ninh', limit: '5' },
  'GET /audit': { entity: 'question', page: '1' },
  'POST /questions/import/preview': { format: 'csv' },
};
const querySpec = (known: string[], template: Record<string, string> = {}) =>
  fc.record({
    base: fc.boolean(),
    params: fc.dictionary(fc.constantFrom(...known, ...JUNK_KEYS), queryValue, { maxKeys: 4 }),
    raw: fc.constantFrom('', '', '', '&', '&&=&', '&%zz', '&q=%E0%A4%A', '&=x', '&a=1&a=2&a=3'),
  }).map(({ base, params, raw }) => ({ params: base ? { ...template, ...params } : params, raw }));
/**
 * encodeURIComponent, except that a lone surrogate (which has no UTF-8) becomes the bytes a careless
 * encoder would send for it, %ED%A0%80: invalid UTF-8 in the URL.
 */
const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const enc = (s: string): string =>
  s
    .split(INVALID_UTF8)
    .map((part) => part.replace(LONE, '\u0000LONE\u0000').split('\u0000LONE\u0000').map(encodeURIComponent).join('%ED%A0%80'))
    .join('%C3%28%FF%FE');
/**
 * For path segments, lone surrogates become U+FFFD: invalid UTF-8 in the path is refused by the
 * router itself before any route runs, in Fastify's own error shape (see the known-gap tests below).
 */
function encSegment(s: string): string {
  // Over 100 characters the router answers 414 in its own shape, like invalid UTF-8 (known gap).
  let chars = [...s.replace(LONE, '\uFFFD')];
  while (encodeURIComponent(chars.join('')).length > 100) chars = chars.slice(0, -1);
  return encodeURIComponent(chars.join(''));
}
const toQuery = ({ params, raw }: { params: Record<string, unknown>; raw: string }) => {
  const parts: string[] = [];
  for (const [k, v] of Object.entries(params)) for (const x of Array.isArray(v) ? v : [v]) parts.push(`${enc(k)}=${enc(String(x))}`);
  const s = parts.join('&') + raw;
  return s ? `?${s}` : '';
};

const contentType = fc.oneof(
  { weight: 8, arbitrary: fc.constant('application/json') },
  { weight: 1, arbitrary: fc.constantFrom('text/plain', 'application/xml', 'multipart/form-data; boundary=x', 'multipart/form-data', 'application/x-www-form-urlencoded', 'application/json; charset=utf-16le', 'application/json; charset=latin1', 'application/octet-stream', 'application/vnd.api+json', 'JSON', '*/*', undefined) },
);

// Files for the upload routes: random bytes, and junk dressed as each format the parsers sniff.
const XML_BOMB = `<?xml version="1.0"?><!DOCTYPE q [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">]><quiz><question type="multichoice"><questiontext><text>&f;</text></questiontext><answer fraction="100"><text>&f;</text></answer></question></quiz>`;
/** Real files of every format the two importers read: the fuzz corrupts them byte by byte. */
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'questions');
const unitsCsv = '\uFEFFMã đơn vị,Tên đơn vị,Loại,Mã đơn vị cấp trên,Dân số\r\nCT,Thành phố Cần Thơ,Tỉnh,,1200000\r\nCT-NK,Phường Ninh Kiều,Phường,CT,"120.000"\r\n';
const unitsXlsx = await (async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Đơn vị');
  ws.addRow(['Mã đơn vị', 'Tên đơn vị', 'Loại', 'Mã đơn vị cấp trên', 'Dân số']);
  ws.addRow(['CT', 'Thành phố Cần Thơ', 'Tỉnh', '', 1_200_000]);
  ws.addRow(['CT-NK', { richText: [{ text: 'Phường ' }, { font: { bold: true }, text: 'Ninh Kiều' }] }, 'Phường', 'CT', { formula: '1+1', result: 2 }]);
  ws.addRow(['CT-X', new Date(Date.UTC(2026, 0, 2)), { error: '#REF!' }, { hyperlink: 'https://x.vn', text: 'CT' }, -5]);
  return Buffer.from(await wb.xlsx.writeBuffer());
})();
const SEED_FILES = [
  ...['good.xlsx', 'answer-out-of-range.xlsx', 'questions.csv', 'semicolon-bom.csv', 'windows-1258.csv', 'questions.gift', 'syntax-error.gift', 'questions.xml', 'aiken-vi.txt'].map((f) => readFileSync(join(FIXTURES, f))),
  Buffer.from(unitsCsv),
  unitsXlsx,
];
const UNIT_FILES = [SEED_FILES.length - 2, SEED_FILES.length - 1];
/** A real file with a few bytes changed, cut short, or with junk spliced in; the units importer mostly gets unit lists. */
const corrupted = (units: boolean) => fc
  .record({
    file: units ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...UNIT_FILES) }, { weight: 1, arbitrary: fc.nat({ max: SEED_FILES.length - 1 }) }) : fc.nat({ max: SEED_FILES.length - 3 }),
    op: fc.constantFrom('flip' as const, 'truncate' as const, 'splice' as const, 'none' as const),
    at: fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
    junk: fc.uint8Array({ minLength: 1, maxLength: 64 }),
  })
  .map(({ file, op, at, junk }) => {
    const base = Buffer.from(SEED_FILES[file]!);
    if (op === 'flip') for (const [i, p] of at.entries()) base[p % base.length] = junk[i % junk.length]!;
    if (op === 'truncate') return base.subarray(0, at[0]! % base.length);
    if (op === 'splice') return Buffer.concat([base.subarray(0, at[0]! % base.length), Buffer.from(junk), base.subarray(at[0]! % base.length)]);
    return base;
  });
const fileBytes = (units: boolean) => fc.oneof(
  { weight: 4, arbitrary: corrupted(units) },
  fc.uint8Array({ maxLength: 3000 }).map((b) => Buffer.from(b)),
  fc.uint8Array({ maxLength: 3000 }).map((b) => Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from(b)])),
  fc.array(fc.array(fc.oneof(hostileString.filter((s) => s.length < 500), fc.constantFrom('"', '""', ',', ';', '\n', '=cmd|"/c calc"!A1', 'Mã đơn vị', 'Câu hỏi', 'Đáp án')), { maxLength: 6 }), { maxLength: 12 }).map((rows) => Buffer.from(rows.map((r) => r.join(',')).join('\r\n'))),
  fc.array(hostileString.filter((s) => s.length < 500), { maxLength: 8 }).map((parts) => Buffer.from(`::${parts[0] ?? ''}:: ${parts[1] ?? ''} {\n=${parts[2] ?? ''}\n~${parts[3] ?? ''}\n~%50%${parts[4] ?? ''}\n} ${parts.slice(5).join(' ')} {#1..} {T} {=a->b} // ${parts.join('')}`)),
  fc.array(hostileString.filter((s) => s.length < 500), { maxLength: 6 }).map((parts) => Buffer.from(`${parts.join('\n')}\nA. ${parts[0] ?? ''}\nB) x\nANSWER: ${parts[1] ?? 'Z'}\n`)),
  fc.constantFrom(
    Buffer.from(XML_BOMB),
    Buffer.from(`<?xml version="1.0"?>${'<a>'.repeat(5000)}${'</a>'.repeat(5000)}`),
    Buffer.from('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><quiz><question type="multichoice"><questiontext><text>&e;</text></questiontext></question></quiz>'),
    Buffer.from('<quiz><question type="multichoice"><questiontext format="html"><text><![CDATA[<b>Đúng</b>]]></text></questiontext><answer fraction="abc"><text></text></answer></question>'),
    Buffer.from('\uFEFFMã đơn vị,Tên đơn vị,Loại,Mã đơn vị cấp trên,Dân số\r\nA,B,ward,A,-5\r\nA,C,,Z,1e99\r\n'),
    Buffer.from([0xff, 0xfe, 0x00, 0x00, 0x41, 0x00]),
    Buffer.alloc(0),
    Buffer.alloc(5 * 1024 * 1024, 0x61),
  ),
);
const fileName = fc.constantFrom(undefined, 'cau-hoi.xlsx', 'cau-hoi.csv', 'cau-hoi.gift', 'cau-hoi.txt', 'cau-hoi.xml', 'don-vi.xlsx', 'don-vi.csv', '%E0%A4%A', '..%2F..%2Fetc%2Fpasswd', encodeURIComponent('tệp câu hỏi.xlsx'), 'x'.repeat(600), '');
const uploadType = fc.constantFrom(undefined, 'application/octet-stream', 'text/csv', 'text/plain', 'application/json', 'application/xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded');

// ---- Valid bodies, from which the near-valid ones are made -----------------------------------------

/** A valid body per route (by method and path under the organization prefix); ids are the run's. */
const TEMPLATES: Record<string, (ids: Ids) => unknown> = {
  'POST /api/studio/session': () => ({ email: world.callers.viewer.email, password: STAFF_PASSWORD }),
  'PUT /api/studio/me/password': () => ({ currentPassword: 'khong-phai-mat-khau', newPassword: 'mat-khau-moi-du-dai-2026' }),
  'POST /api/studio/platform/organizations': () => ({ slug: 'stp-thu-nghiem', name: 'Sở Tư pháp thử nghiệm', adminEmail: 'quan-tri-moi@example.vn', adminName: 'Quản trị mới' }),
  'POST /staff': () => ({ email: 'thanh-vien-moi@example.vn', name: 'Thành viên mới', role: 'reviewer' }),
  'PUT /staff/:userId': () => ({ role: 'reviewer' }),
  'POST /legal-fields': () => ({ name: 'Lĩnh vực riêng thử' }),
  'POST /questions': () => QUESTION(world.field.id),
  'PUT /questions/:questionId': () => QUESTION(world.field.id),
  'POST /questions/:questionId/reject': () => ({ reason: 'Đáp án chưa chính xác' }),
  'POST /questions/bulk': (ids) => ({ questionIds: [Number(ids.questionId)], action: 'submit' }),
  'POST /questions/import': () => ({
    items: [{ line: 2, title: null, text: 'Công dân có quyền khiếu nại không?', options: [{ text: 'Có', correct: true }, { text: 'Không', correct: false }], explanation: '', citationDocument: 'Luật Khiếu nại', citationArticle: 'Điều 2', fields: [world.field.name], difficulty: 1 }],
    createFields: ['Lĩnh vực nhập thử'],
    defaultFieldId: world.field.id,
    defaultDifficulty: 2,
    status: 'draft',
    source: 'nhập thử',
  }),
  'POST /contests': () => ({ title: 'Cuộc thi thử', slug: 'cuoc-thi-thu-nghiem', summary: 'Tóm tắt' }),
  'PUT /contests/:contestId': () => ({
    title: 'Tên mới',
    summary: 'Giới thiệu',
    rulesMd: '# Thể lệ\n\n1. Một',
    bannerUrl: 'https://example.vn/banner.png',
    minAge: 16,
    registrationFields: { cccd: 'optional', email: 'off', unit: 'required', entrantType: 'optional' },
    consentText: 'Tôi đồng ý',
    predictionEnabled: true,
    predictionPrompt: 'Dự đoán số người trả lời đúng hết',
    showAnswers: 'after_round',
    pointsPerQuestion: 5,
    rankingTiebreakers: ['prediction', 'duration'],
    prizes: [{ tier: 'first', count: 1, label: 'Giải Nhất', value: '5.000.000 đ' }],
    collectivePrize: { count: 1, basis: 'rate', label: 'Giải tập thể' },
    onePrizePerPerson: true,
  }),
  'POST /contests/:contestId/clone': () => ({ title: 'Bản sao', slug: 'ban-sao-thu', shiftDays: 7 }),
  'POST /exports': (ids) => ({ kind: 'results', format: 'xlsx', contestId: Number(ids.contestId), roundId: Number(ids.roundId) }),
  'POST /contests/:contestId/rounds': () => ROUND,
  'PUT /contests/:contestId/rounds/:roundId': () => ROUND,
  'PUT /contests/:contestId/rounds/:roundId/blueprint': () => ({ cells: [{ legalFieldId: world.field.id, difficulty: 2, count: 1 }, { legalFieldId: null, difficulty: null, count: 2 }] }),
  'PUT /contests/:contestId/units': (ids) => ({ unitIds: [Number(ids.unitId)] }),
  'PUT /units/:unitId': () => ({ name: 'Phường thử', population: 12000, validTo: null }),
  'POST /units/import': () => ({ rows: [{ row: 2, code: 'THU-1', name: 'Phường thử nhập', kind: 'ward', parentCode: null, population: 100 }] }),
  'POST /participants/:participantId/disqualify': () => ({ reason: 'Khai man thông tin' }),
  'PUT /contests/:contestId/integrity/settings': () => ({ weights: { reading_speed: 30 }, threshold: 50 }),
  'POST /contests/:contestId/integrity/participants/:participantId/decision': () => ({ decision: 'clear', reason: 'Đã kiểm tra, không vi phạm' }),
  'POST /rounds/:roundId/results/publish': () => ({ proposalKey: world.winners.proposalKey }),
};
const templateKey = (r: StudioRoute) => `${r.method} ${r.url.startsWith(ORG) ? r.url.slice(ORG.length) : r.url}`;
const isUpload = (r: StudioRoute) => r.url.endsWith('/import/preview');
const isSocket = (r: StudioRoute) => r.url.endsWith('/ws');

// ---- One request, and what must hold of its answer --------------------------------------------------

/** Mostly the caller who may use the route (a platform admin for platform routes), sometimes another. */
const callerArb = (route: StudioRoute) => {
  const main = route.url.startsWith('/api/studio/platform/') ? ('platform' as const) : ('admin' as const);
  return fc.oneof({ weight: 7, arbitrary: fc.constant(main) }, { weight: 1, arbitrary: fc.constantFrom('admin' as const, 'viewer' as const, 'platform' as const, 'nobody' as const, 'foreign-origin' as const) });
};
const paramsArb = fc.record({
  set: fc.constantFrom('open' as const, 'closed' as const, 'draft' as const),
  // One in four requests has a junk path parameter.
  replace: fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.tuple(fc.nat(), segment) }),
});

function urlOf(route: StudioRoute, p: { set: keyof typeof world.sets; replace: [number, string] | null }): { url: string; ids: Ids } {
  const ids = world.sets[p.set];
  const names = [...route.url.matchAll(/:(\w+)/g)].map((m) => m[1]!);
  // A junk orgId is refused by studio-auth before anything else runs; aim mostly at the resource ids.
  const resources = names.filter((n) => n !== 'orgId');
  const junkOrg = p.replace !== null && p.replace[0] % 5 === 0;
  const hostile = p.replace === null ? undefined : junkOrg || resources.length === 0 ? (junkOrg ? 'orgId' : undefined) : resources[p.replace[0] % resources.length];
  const url = route.url.replace(/:(\w+)/g, (_, name: string) => {
    if (name === hostile) {
      const junk = p.replace![1];
      // A junk that names one of the fuzz's own callers would let it demote or remove them.
      const own = Object.values(world.callers).some((c) => Number(junk) === c.userId);
      return encSegment(own ? `${junk}x` : junk);
    }
    const v = ids[name];
    if (v === undefined) throw new Error(`no way to fill :${name}`);
    return encodeURIComponent(v);
  });
  return { url, ids };
}

let requests = 0;
/** Answers by route and status, printed at the end: shows how deep the fuzz got on each route. */
const statuses = new Map<string, Map<number, number>>();
async function check(route: StudioRoute, opts: { url: string; caller: 'admin' | 'viewer' | 'platform' | 'nobody' | 'foreign-origin'; payload?: string | Buffer; headers?: Record<string, string | undefined> }): Promise<LightMyRequestResponse> {
  await t.app.ctx.pending.settled();
  const before = snapshot();
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(opts.headers ?? {})) if (v !== undefined) headers[k] = v;
  if (opts.caller === 'foreign-origin') {
    headers.cookie = world.callers.admin.cookie;
    headers.origin = 'https://evil.example';
  } else if (opts.caller !== 'nobody') headers.cookie = world.callers[opts.caller].cookie;
  const res = await t.app.inject({ method: route.method, url: opts.url, headers, ...(opts.payload !== undefined && route.method !== 'GET' ? { payload: opts.payload } : {}) });
  requests++;
  if (process.env.FUZZ_DEBUG && res.statusCode === 403) console.log("403", opts.caller, opts.url.slice(0, 120), res.body.slice(0, 200));
  const byStatus = statuses.get(`${route.method} ${route.url}`) ?? new Map<number, number>();
  byStatus.set(res.statusCode, (byStatus.get(res.statusCode) ?? 0) + 1);
  statuses.set(`${route.method} ${route.url}`, byStatus);
  const what = () => `${route.method} ${opts.url.slice(0, 300)} as ${opts.caller} (${headers['content-type'] ?? 'no content type'}) body ${String(opts.payload ?? '').slice(0, 300)}\n-> ${res.statusCode} ${res.body.slice(0, 500)}`;
  expect(res.statusCode, what()).toBeLessThan(500);
  if (res.statusCode >= 400) {
    let parsed: unknown = null;
    try {
      parsed = JSON.parse(res.body);
    } catch {
      parsed = null;
    }
    expect(ErrorBodySchema.safeParse(parsed).success, `not our error body: ${what()}`).toBe(true);
    await t.app.ctx.pending.settled();
    expect(snapshot(), `a refused request changed the database: ${what()}`).toEqual(before);
  } else if (route.method !== 'GET') {
    await heal();
  }
  return res;
}

// ---- The tests --------------------------------------------------------------------------------------

describe('studio: malformed input on every route', () => {
  it('finds every studio route, including each area’s, and can fill every path parameter with a real id', () => {
    const seen = routes.map(templateKey);
    expect(seen).toEqual(
      expect.arrayContaining([
        'POST /api/studio/session',
        'GET /staff',
        'POST /questions/import/preview',
        'PUT /questions/:questionId',
        'PUT /contests/:contestId/rounds/:roundId/blueprint',
        'POST /units/import/preview',
        'GET /rounds/:roundId/monitor/ws',
        'POST /participants/:participantId/disqualify',
        'POST /api/studio/platform/organizations',
        'GET /api/contests/:slug/results',
      ]),
    );
    for (const set of Object.values(world.sets)) {
      const missing = routes.flatMap((r) => [...r.url.matchAll(/:(\w+)/g)].map((m) => m[1]!)).filter((p) => !(p in set));
      expect(missing, 'path parameters with no real id to fill them').toEqual([]);
    }
    // Every route that takes a JSON body has a valid template, so near-valid bodies reach its service.
    const withBody = routes.filter((r) => operation(r)?.requestBody && !isUpload(r)).map(templateKey);
    expect(withBody.filter((k) => !TEMPLATES[k])).toEqual([]);
    expect([...Object.keys(TEMPLATES), ...Object.keys(QUERY_TEMPLATES)].filter((k) => !seen.includes(k)), 'templates of routes that are gone').toEqual([]);
  });

  const fuzzed = routes.filter((r) => !isSocket(r));
  it.each(fuzzed.map((r) => ({ name: `${r.method} ${r.url}`, route: r })))('$name: hostile input gets a 4xx error body and changes nothing', async ({ route }) => {
    const known = (operation(route)?.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
    const template = TEMPLATES[templateKey(route)];
    if (isUpload(route)) {
      await fc.assert(
        fc.asyncProperty(callerArb(route), paramsArb, fileBytes(route.url.includes('/units/')), fileName, uploadType, querySpec(['format'], QUERY_TEMPLATES[templateKey(route)]), async (caller, p, bytes, name, ct, q) => {
          const { url } = urlOf(route, p);
          await check(route, { url: url + toQuery(q), caller, payload: bytes, headers: { 'content-type': ct, 'x-file-name': name } });
        }),
        { numRuns: RUNS * 2, seed: seedOf(`${route.method} ${route.url}`) },
      );
      return;
    }
    await fc.assert(
      fc.asyncProperty(callerArb(route), paramsArb, bodySpec, querySpec(known, QUERY_TEMPLATES[templateKey(route)]), contentType, async (caller, p, spec, q, ct) => {
        const { url, ids } = urlOf(route, p);
        const payload = route.method === 'GET' ? undefined : materialize(spec, template?.(ids));
        await check(route, { url: url + toQuery(q), caller, payload, headers: { 'content-type': payload === undefined ? undefined : ct } });
      }),
      { numRuns: RUNS, seed: seedOf(`${route.method} ${route.url}`) },
    );
  });

  // The router refuses these before any hook or route runs; app.ts maps them through `frameworkErrors`.
  it.each([
    ['invalid UTF-8 in a path segment', `/api/studio/orgs/${world.org}/questions/%ED%A0%80`],
    ['a path segment over 100 characters', `/api/studio/orgs/${world.org}/questions/${'1'.repeat(101)}`],
  ])('%s is answered in our error shape', async (_, url) => {
    const res = await t.app.inject({ method: 'GET', url, headers: { cookie: world.callers.admin.cookie } });
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
    expect(ErrorBodySchema.safeParse(JSON.parse(res.body)).success, res.body).toBe(true);
  });

  it('the monitor socket answers junk frames with error frames and stays open', async () => {
    const socketRoutes = routes.filter(isSocket);
    expect(socketRoutes.length).toBeGreaterThanOrEqual(1);
    for (const route of socketRoutes) {
      const { url } = urlOf(route, { set: 'open', replace: null });
      const frames: unknown[] = [];
      let closed = false;
      const ws = await t.app.injectWS(url, { headers: { cookie: world.callers.admin.cookie } } as never, {
        onInit: (raw) => {
          raw.on('message', (data) => frames.push(JSON.parse(data.toString())));
          raw.on('close', () => (closed = true));
        },
      });
      const junk = fc.sample(fc.oneof(hostileString.filter((s) => s.length < 10_000), fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)), fc.constantFrom('{"type":"ping","x":1}', '{"type":"__proto__"}', '{"__proto__":{"type":"ping"}}', '{"type":"refresh","type":"x"}')), { numRuns: 60, seed: SEED });
      for (const f of junk) ws.send(f);
      ws.send(Buffer.from([0xff, 0x00, 0xfe]), { binary: true });
      ws.send(JSON.stringify({ type: 'ping' }));
      await expect.poll(() => frames.some((f) => (f as { type?: string }).type === 'pong'), { timeout: 10_000 }).toBe(true);
      expect(closed).toBe(false);
      expect(frames.filter((f) => (f as { type?: string }).type === 'error').every((f) => (f as { code?: string }).code === 'BAD_REQUEST')).toBe(true);
      expect(frames.some((f) => (f as { type?: string }).type === 'error')).toBe(true);
      ws.terminate();
      // A plain GET (no upgrade) with junk is refused in the error shape too.
      await check(route, { url: `${url}?x=%zz`, caller: 'admin' });
    }
  });

  it('sent a few thousand requests and the callers still work', async () => {
    const rows = [...statuses].map(([route, by]) => `${route.replace(ORG, '…').padEnd(62)} ${[...by].sort((a, b) => a[0] - b[0]).map(([s, n]) => `${s}×${n}`).join(' ')}`);
    console.log(`${requests} requests on ${routes.length} routes, answers by status:\n${rows.join('\n')}`);
    expect(requests).toBeGreaterThan(routes.length * RUNS * 0.9);
    for (const c of Object.values(world.callers)) expect((await t.app.inject({ method: 'GET', url: '/api/studio/me', headers: { cookie: c.cookie } })).statusCode).toBe(200);
    // The demo's question search still answers after all the FTS junk.
    const list = await t.app.inject({ method: 'GET', url: `/api/studio/orgs/${world.org}/questions?q=${encodeURIComponent('đất đai')}`, headers: { cookie: world.callers.admin.cookie } });
    expect(list.statusCode).toBe(200);
    expect(t.app.ctx.db.select({ id: legalFields.id }).from(legalFields).all().length).toBeGreaterThan(0);
  });
});
