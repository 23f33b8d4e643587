/**
 * Phone numbers and CCCD never leave the server in full, on any GET route or on the monitor socket,
 * for any caller: public visitors, the signed-in resident, studio staff of every role. Routes are read
 * from the router, so one added later is audited without editing this file. The exceptions are the
 * participant's own data download and the audited contact reveal for roles with `pii.read`.
 *
 * The check runs twice: while the round is open (leaderboards, monitor top 10 and integrity events,
 * the anti-cheat queue) and after it is closed and its winners published (winners review, results).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog, participants } from '@thiphapluat/db';
import { ParticipantContactSchema, WinnersSchema } from '@thiphapluat/shared';
import { answerKey, createTestApp, nextPhone, register, save, SLUG, start, submit, type Contestant, type TestApp } from './helpers/app.js';
import { demoOrganizationId, signInStaff, type StaffClient } from './helpers/studio.js';

let t: TestApp;
let org: number;
let admin: StaffClient;
let viewer: StaffClient;
const people: { who: Contestant; phone: string; cccd: string; attemptId: string }[] = [];

/** The part of a number that identifies it, whatever its format (0912…, +84912…, 84912…). */
const significant = (phone: string) => phone.slice(-9);

beforeAll(async () => {
  t = await createTestApp();
  org = demoOrganizationId(t.app);
  admin = await signInStaff(t.app, { organizationId: org, role: 'admin' });
  viewer = await signInStaff(t.app, { organizationId: org, role: 'viewer' });
  for (let i = 0; i < 4; i++) {
    const phone = nextPhone();
    const cccd = `07909${String(1_000_000 + i * 7919).slice(-7)}`;
    const who = await register(t, { phone, cccd, email: `nguoi.${i}@example.vn`, fullName: `Phạm Văn Số ${['Một', 'Hai', 'Ba', 'Bốn'][i]}` });
    const view = await start(t, who);
    const key = answerKey(t, view.id);
    // Fast answers and a hidden page: integrity events and anti-cheat evidence to show.
    for (const q of view.questions.slice(0, 5 + i)) {
      t.clock.advance(400);
      await save(t, who, view.id, q.position, key.get(q.position)!);
    }
    await t.app.inject({ method: 'POST', url: `/api/attempts/${view.id}/integrity-events`, headers: who.headers, payload: { kind: 'page_hidden', durationMs: 9000 } });
    if (i < 3) expect((await submit(t, who, view.id, 2)).statusCode).toBe(200);
    people.push({ who, phone, cccd, attemptId: view.id });
  }
  await t.app.ctx.pending.settled();
});
afterAll(async () => {
  await t?.close();
});

/** Every GET route with its parameters filled from the demo; the ones it cannot fill are listed. */
function getRoutes(): { urls: string[]; unfilled: string[] } {
  const ids: Record<string, string> = {
    orgId: String(org),
    slug: SLUG,
    contestId: String(t.contest.id),
    roundId: String(t.roundId),
    id: people[0]!.attemptId,
    participantId: people[0]!.who.participantId,
    questionId: '1',
  };
  const urls: string[] = [];
  const unfilled: string[] = [];
  for (const r of t.app.routeTable) {
    if (r.method !== 'GET' || r.url.startsWith('/docs') || r.url.endsWith('/ws') || r.url.includes('*')) continue;
    const names = [...r.url.matchAll(/:(\w+)/g)].map((m) => m[1]!);
    if (names.some((n) => !(n in ids))) unfilled.push(r.url);
    else urls.push(r.url.replace(/:(\w+)/g, (_, n: string) => ids[n]!));
  }
  return { urls, unfilled };
}

/** Requests every GET route as every kind of caller; returns each leak found as "caller url: what". */
async function leaks(): Promise<string[]> {
  const { urls, unfilled } = getRoutes();
  // Ids this test cannot make up (an export job, an admission ticket) are other areas' tests to cover.
  expect(unfilled.every((u) => /:(exportId|ticketId)\b/.test(u)), unfilled.join(', ')).toBe(true);
  expect(urls.length).toBeGreaterThan(30);
  const callers: [string, Record<string, string>][] = [
    ['public', {}],
    ['resident', people[1]!.who.headers],
    ['admin', { cookie: admin.cookie }],
    ['viewer', { cookie: viewer.cookie }],
  ];
  const found: string[] = [];
  for (const url of urls) {
    for (const [caller, headers] of callers) {
      const res = await t.app.inject({ method: 'GET', url, headers });
      expect(res.statusCode, `${caller} ${url}`).toBeLessThan(500);
      const type = String(res.headers['content-type'] ?? '');
      if (!/json|text|csv/.test(type)) continue;
      for (const p of people) {
        // The resident's own download is theirs; nobody else's number may appear in it.
        const own = url === '/api/me/data' && caller === 'resident' && p === people[1];
        if (!own && res.body.includes(significant(p.phone))) found.push(`${caller} ${url}: phone ${p.phone}`);
        if (res.body.includes(p.cccd)) found.push(`${caller} ${url}: CCCD ${p.cccd}`);
      }
    }
  }
  return found;
}

async function monitorFrames(): Promise<string> {
  const url = `/api/studio/orgs/${org}/rounds/${t.roundId}/monitor/ws`;
  const frames: string[] = [];
  const ws = await t.app.injectWS(url, { headers: { cookie: admin.cookie } } as never, {
    onInit: (raw) => raw.on('message', (d) => frames.push(d.toString())),
  });
  const deadline = Date.now() + 3000;
  while (!frames.some((f) => f.includes('monitor.snapshot')) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  ws.terminate();
  expect(frames.some((f) => f.includes('monitor.snapshot'))).toBe(true);
  return frames.join('\n');
}

describe('phone numbers and CCCD in every view', () => {
  it('are never in full while the round runs: leaderboards, monitor top 10 and integrity events, the review queue', async () => {
    expect(await leaks()).toEqual([]);
    const monitor = await monitorFrames();
    expect(monitor).toContain('Phạm V. S. M.');
    for (const p of people) expect(monitor).not.toContain(significant(p.phone));
  });

  it('are never in full after the round closes: winners review and published results show masked numbers', async () => {
    expect((await admin.post(`/api/studio/orgs/${org}/rounds/${t.roundId}/close`)).statusCode).toBe(200);
    t.clock.advance(3600_000);
    await t.app.sweep();
    const winners = WinnersSchema.parse((await admin.get(`/api/studio/orgs/${org}/rounds/${t.roundId}/winners`)).json());
    expect(JSON.stringify(winners)).toMatch(/0\d{2}\*{4}\d{3}/);
    const published = await admin.post(`/api/studio/orgs/${org}/rounds/${t.roundId}/results/publish`, { proposalKey: winners.proposalKey });
    expect(published.statusCode).toBe(200);
    expect(await leaks()).toEqual([]);
  });

  it('are shown in full only through the audited contact reveal, to roles with pii.read', async () => {
    const target = people[0]!;
    const url = `/api/studio/orgs/${org}/participants/${target.who.participantId}/contact`;
    expect((await viewer.post(url)).statusCode).toBe(403);
    const res = await admin.post(url);
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(ParticipantContactSchema.parse(res.json())).toMatchObject({ phone: target.phone, email: 'nguoi.0@example.vn', erased: false });
    const audit = t.app.ctx.db.select().from(auditLog).where(and(eq(auditLog.action, 'participant.contact_viewed'), eq(auditLog.entityId, target.who.participantId))).all();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor: `staff:${admin.userId}`, organizationId: org });
    expect(JSON.stringify(audit[0])).not.toContain(significant(target.phone));
  });

  it('keep CCCD only as a keyed hash and its last 3 digits', () => {
    for (const p of people) {
      const row = t.app.ctx.db.select().from(participants).where(eq(participants.id, p.who.participantId)).get()!;
      expect(row.cccdLast3).toBe(p.cccd.slice(-3));
      expect(row.cccdHash).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(JSON.stringify(row)).not.toContain(p.cccd);
    }
    const sqlite = t.app.dbHandle.sqlite;
    const tables = sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).all() as { name: string }[];
    const everything = tables.map((x) => JSON.stringify(sqlite.prepare(`SELECT * FROM "${x.name}"`).all())).join('\n');
    for (const p of people) expect(everything).not.toContain(p.cccd);
  });
});
