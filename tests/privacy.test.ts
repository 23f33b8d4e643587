/**
 * Personal data (Law 91/2025/QH15) on the real app: a participant downloads everything held about
 * them, erases it (statistics stay, nothing identifying remains anywhere in the database), and each
 * contest's retention period erases everyone once it has run out (moved with the ManualClock).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq, isNull } from 'drizzle-orm';
import { auditLog, participants, rounds, roundResults } from '@thiphapluat/db';
import { ERASED_NAME, ErrorBodySchema, LeaderboardSchema, maskName, MyDataSchema, RETENTION_DAYS } from '@thiphapluat/shared';
import { answerKey, createTestApp, nextPhone, register, save, SLUG, start, submit, type TestApp } from './helpers/app.js';
import { demoOrganizationId, signInStaff } from './helpers/studio.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const GIVEN_NAMES = ['An', 'Bình', 'Chi', 'Dũng', 'Giang', 'Hà', 'Khánh', 'Linh'];
let people = 0;

/** Registers a new person (unique name, email, birth date, phone), answers three questions (two right) and submits. */
async function playedParticipant() {
  const n = people++;
  const person = { fullName: `Lê Thị Hồng ${GIVEN_NAMES[n]}`, cccd: `00109501234${n}`, email: `hong.nhung.${n}@example.vn`, birthDate: `1995-08-${10 + n}` };
  const phone = nextPhone();
  const who = await register(t, { ...person, phone });
  const view = await start(t, who);
  const key = answerKey(t, view.id);
  for (const q of view.questions.slice(0, 3)) {
    t.clock.advance(8000);
    expect((await save(t, who, view.id, q.position, q.position === 3 ? [q.options[0]!.id === key.get(3)![0] ? q.options[1]!.id : q.options[0]!.id] : key.get(q.position)!)).statusCode).toBe(200);
  }
  await t.app.inject({ method: 'POST', url: `/api/attempts/${view.id}/integrity-events`, headers: who.headers, payload: { kind: 'page_hidden', durationMs: 4000 } });
  t.clock.advance(5000);
  expect((await submit(t, who, view.id, 10)).statusCode).toBe(200);
  await t.app.ctx.pending.settled();
  return { who, phone, person, attemptId: view.id };
}

/** Every text value in every table, for "is this person still anywhere in the database?". */
function wholeDatabaseText(): string {
  const sqlite = t.app.dbHandle.sqlite;
  const tables = sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%'`).all() as { name: string }[];
  return tables.map((x) => JSON.stringify(sqlite.prepare(`SELECT * FROM "${x.name}"`).all())).join('\n');
}

describe('download my data', () => {
  it('gives the signed-in participant everything held about them, as a JSON download', async () => {
    const { who, phone, person, attemptId } = await playedParticipant();
    const res = await t.app.inject({ method: 'GET', url: '/api/me/data', headers: who.headers });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="du-lieu-ca-nhan-${SLUG}.json"`);
    expect(res.headers['cache-control']).toBe('no-store');
    const data = MyDataSchema.parse(res.json());
    expect(data.participant).toMatchObject({ fullName: person.fullName, phone: `+84${phone.slice(1)}`, birthDate: person.birthDate, cccdLast3: person.cccd.slice(-3), email: person.email });
    expect(data.participant.consent.text).toContain('Tôi đồng ý');
    expect(data.attempts).toHaveLength(1);
    expect(data.attempts[0]).toMatchObject({ id: attemptId, status: 'submitted', score: 2 });
    expect(data.attempts[0]!.answers.map((a) => a.position)).toEqual([1, 2, 3]);
    expect(data.integrityEvents.map((e) => e.kind)).toContain('page_hidden');
    expect(data.retention.days).toBe(RETENTION_DAYS.default);
    // Secrets about them are not theirs to take away: no password hash, no CCCD hash.
    expect(res.body).not.toMatch(/argon2|passwordHash|cccdHash/);
  });

  it('needs a session', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/me/data' });
    expect(res.statusCode).toBe(401);
  });
});

describe('erase my data', () => {
  it('asks for the password and an explicit yes, and changes nothing until both are right', async () => {
    const { who, person } = await playedParticipant();
    const wrong = await t.app.inject({ method: 'POST', url: '/api/me/erasure', headers: who.headers, payload: { password: 'khong-phai-mat-khau', confirm: true } });
    expect(wrong.statusCode).toBe(400);
    expect(ErrorBodySchema.parse(wrong.json()).error.fields).toEqual([{ path: 'password', message: 'Mật khẩu không đúng.' }]);
    const unconfirmed = await t.app.inject({ method: 'POST', url: '/api/me/erasure', headers: who.headers, payload: { password: 'mat-khau-an-toan' } });
    expect(unconfirmed.statusCode).toBe(400);
    expect(ErrorBodySchema.parse(unconfirmed.json()).error.fields?.map((f) => f.path)).toEqual(['confirm']);
    const row = t.app.ctx.db.select().from(participants).where(eq(participants.id, who.participantId)).get()!;
    expect(row).toMatchObject({ fullName: person.fullName, erasedAt: null });
  });

  it('erases every personal field, ends the sessions, and keeps the attempt counted anonymously', async () => {
    const { who, phone, person } = await playedParticipant();
    const contestBefore = (await t.app.inject({ method: 'GET', url: `/api/contests/${SLUG}` })).json() as { participantCount: number };
    const res = await t.app.inject({ method: 'POST', url: '/api/me/erasure', headers: who.headers, payload: { password: 'mat-khau-an-toan', confirm: true } });
    expect(res.statusCode).toBe(200);
    expect(res.cookies.find((c) => c.name === 'tpl_session')?.value).toBe('');

    const row = t.app.ctx.db.select().from(participants).where(eq(participants.id, who.participantId)).get()!;
    expect(row).toMatchObject({ fullName: ERASED_NAME, phone: `erased:${who.participantId}`, birthDate: '1995-01-01', cccdHash: null, cccdLast3: null, email: null, passwordHash: '' });
    expect(row.erasedAt).toBe(t.clock.now());
    // Nothing that identifies the person is left in any table.
    const everything = wholeDatabaseText();
    for (const needle of [phone.slice(1), person.fullName, person.email, person.birthDate]) expect(everything).not.toContain(needle);

    // The session is gone and the phone no longer signs in (as if never registered).
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: who.headers })).statusCode).toBe(401);
    const signIn = await t.app.inject({ method: 'POST', url: `/api/contests/${SLUG}/sessions`, payload: { phone, password: 'mat-khau-an-toan' } });
    expect(signIn.statusCode).toBe(401);
    // Statistics stay: the participant still counts, their result still ranks, under the placeholder name.
    const contestAfter = (await t.app.inject({ method: 'GET', url: `/api/contests/${SLUG}` })).json() as { participantCount: number };
    expect(contestAfter.participantCount).toBe(contestBefore.participantCount);
    expect(t.app.ctx.db.select({ n: count() }).from(roundResults).where(eq(roundResults.participantId, who.participantId)).get()!.n).toBe(1);
    const board = LeaderboardSchema.parse((await t.app.inject({ method: 'GET', url: `/api/rounds/${t.roundId}/leaderboard` })).json());
    expect(board.entries.filter((e) => e.name === maskName(ERASED_NAME))).toHaveLength(1);
    // Organizers see that it happened, not who it was.
    const audit = t.app.ctx.db.select().from(auditLog).where(and(eq(auditLog.action, 'participant.erased'), eq(auditLog.entityId, who.participantId))).all();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor: `participant:${who.participantId}`, after: { reason: 'request' } });
    // The same phone may register again, as a new person.
    await register(t, { phone });
  });
});

describe('retention period', () => {
  it('lets organizers set it per contest, within bounds', async () => {
    const admin = await signInStaff(t.app, { organizationId: demoOrganizationId(t.app), role: 'admin' });
    const url = `/api/studio/orgs/${demoOrganizationId(t.app)}/contests/${t.contest.id}`;
    for (const bad of [0, 3651, 1.5, '30']) {
      const res = await admin.put(url, { retentionDays: bad });
      expect(res.statusCode, String(bad)).toBe(400);
      expect(ErrorBodySchema.parse(res.json()).error.fields?.map((f) => f.path)).toEqual(['retentionDays']);
    }
    const ok = await admin.put(url, { retentionDays: 30 });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ retentionDays: 30 });
  });

  it('erases every participant of a contest once its last round closed that many days ago, and no sooner', async () => {
    const { person } = await playedParticipant();
    const contestId = t.contest.id;
    const lastClose = Math.max(...t.app.ctx.db.select({ c: rounds.closesAt }).from(rounds).where(eq(rounds.contestId, contestId)).all().map((r) => r.c));
    const remaining = () => t.app.ctx.db.select({ n: count() }).from(participants).where(and(eq(participants.contestId, contestId), isNull(participants.erasedAt))).get()!.n;
    const total = t.app.ctx.db.select({ n: count() }).from(participants).where(eq(participants.contestId, contestId)).get()!.n;
    expect(remaining()).toBeGreaterThan(1);

    // Retention is 30 days (set above): one minute before it runs out nothing happens…
    t.clock.set(lastClose + 30 * 86_400_000 - 60_000);
    await t.app.sweep();
    expect(remaining()).toBeGreaterThan(1);
    // …and once it has, the next sweep (at most ten minutes later) erases everyone, keeping the rows.
    t.clock.advance(11 * 60_000);
    await t.app.sweep();
    expect(remaining()).toBe(0);
    expect(t.app.ctx.db.select({ n: count() }).from(participants).where(eq(participants.contestId, contestId)).get()!.n).toBe(total);
    expect(wholeDatabaseText()).not.toContain(person.fullName);
    const entries = t.app.ctx.db.select().from(auditLog).where(eq(auditLog.action, 'participant.erased')).all();
    expect(entries.filter((e) => e.actor === 'system:retention').length).toBeGreaterThanOrEqual(total - 2);
  });
});
