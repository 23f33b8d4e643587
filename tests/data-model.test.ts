import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { attemptQuestions, attempts, contests, questionVersions } from '@thiphapluat/db';
import { createTestApp, register, start, type TestApp } from './helpers/app.js';

describe('data model guarantees', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(async () => t.close());

  it('runs SQLite in WAL mode with foreign keys on, a busy timeout and synchronous=FULL', () => {
    const { sqlite } = t.app.dbHandle;
    expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(sqlite.pragma('synchronous', { simple: true })).toBe(2);
  });

  it('refuses to change or delete a question version once an attempt has drawn it', async () => {
    const a = await start(t, await register(t));
    const used = t.app.ctx.db.select().from(attemptQuestions).where(eq(attemptQuestions.attemptId, a.id)).get()!;
    const db = t.app.ctx.db;
    expect(() => db.update(questionVersions).set({ text: 'sửa trộm' }).where(eq(questionVersions.id, used.questionVersionId)).run()).toThrow(/QUESTION_VERSION_FROZEN/);
    expect(() => db.update(questionVersions).set({ correctOptionIds: [] }).where(eq(questionVersions.id, used.questionVersionId)).run()).toThrow(/QUESTION_VERSION_FROZEN/);
    expect(() => db.delete(questionVersions).where(eq(questionVersions.id, used.questionVersionId)).run()).toThrow(/QUESTION_VERSION_FROZEN/);
    // Retiring it is allowed: status is not content.
    db.update(questionVersions).set({ status: 'retired' }).where(eq(questionVersions.id, used.questionVersionId)).run();
    // A version nobody drew can still be edited.
    const unused = db.select({ id: questionVersions.id }).from(questionVersions).where(sql`${questionVersions.id} not in (select question_version_id from attempt_questions)`).get()!;
    db.update(questionVersions).set({ text: 'Bản nháp đã sửa?' }).where(eq(questionVersions.id, unused.id)).run();
  });

  it('allows at most one attempt in progress per participant, in the database itself', async () => {
    const me = await register(t);
    const a = await start(t, me);
    const row = t.app.ctx.db.select().from(attempts).where(eq(attempts.id, a.id)).get()!;
    expect(() => t.app.ctx.db.insert(attempts).values({ ...row, id: '00000000-0000-4000-8000-000000000001', seq: 2 }).run()).toThrow(/UNIQUE/);
  });

  it('hides draft contests and their rounds from residents', async () => {
    t.app.ctx.db.update(contests).set({ status: 'draft' }).where(eq(contests.id, t.contest.id)).run();
    expect((await t.app.inject({ method: 'GET', url: '/api/contests' })).json().contests).toHaveLength(0);
    expect((await t.app.inject({ method: 'GET', url: `/api/contests/${t.contest.slug}` })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/rounds/${t.roundId}/leaderboard` })).statusCode).toBe(404);
  });
});
