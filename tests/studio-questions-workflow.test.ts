import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { attemptQuestions, auditLog, contests, drawBlueprints, questionVersions, rounds } from '@thiphapluat/db';
import {
  AttemptViewSchema,
  BulkResultSchema,
  ErrorBodySchema,
  LegalFieldListSchema,
  QuestionDetailSchema,
  QuestionSavedSchema,
  QuestionStatsSchema,
  SessionResponseSchema,
  TransitionResultSchema,
  type QuestionInput,
} from '@thiphapluat/shared';
import { publishedPool } from '../server/src/modules/attempts/attempts.repository.js';
import { createTestApp, nextPhone, register, start, submit, type Contestant, type TestApp } from './helpers/app.js';
import { createOrganization, demoOrganizationId, signInStaff, type StaffClient } from './helpers/studio.js';

let t: TestApp;
let org: number;
let organizer: StaffClient;
let reviewer: StaffClient;
let admin: StaffClient;
let fieldId: number;
const url = (path: string, o = org) => `/api/studio/orgs/${o}/${path}`;

const body = (text: string, overrides: Partial<QuestionInput> = {}): QuestionInput => ({
  text,
  options: [
    { text: 'Phương án đúng', correct: true },
    { text: 'Phương án sai một', correct: false },
    { text: 'Phương án sai hai', correct: false },
    { text: 'Phương án sai ba', correct: false },
  ],
  explanation: 'Giải thích.',
  citationDocument: 'Hiến pháp 2013',
  citationArticle: 'Điều 2',
  fieldIds: [fieldId],
  difficulty: 2,
  ...overrides,
});

async function create(client: StaffClient, text: string, o = org, overrides: Partial<QuestionInput> = {}) {
  const res = await client.post(url('questions', o), body(text, overrides));
  expect(res.statusCode, res.body).toBe(201);
  return QuestionSavedSchema.parse(res.json());
}
const act = async (client: StaffClient, id: number, action: string, payload?: unknown, o = org) => client.post(url(`questions/${id}/${action}`, o), payload);
const detail = async (id: number, o = org, client = organizer) => QuestionDetailSchema.parse((await client.get(url(`questions/${id}`, o))).json());
const audits = (entityId: number) =>
  t.app.ctx.db.select({ action: auditLog.action, before: auditLog.before, after: auditLog.after, actor: auditLog.actor }).from(auditLog).where(and(eq(auditLog.entity, 'question'), eq(auditLog.entityId, String(entityId)))).orderBy(auditLog.id).all();

beforeAll(async () => {
  t = await createTestApp();
  org = demoOrganizationId(t.app);
  organizer = await signInStaff(t.app, { organizationId: org, role: 'organizer' });
  reviewer = await signInStaff(t.app, { organizationId: org, role: 'reviewer' });
  admin = await signInStaff(t.app, { organizationId: org, role: 'admin' });
  fieldId = LegalFieldListSchema.parse((await organizer.get(url('legal-fields'))).json()).fields[0]!.id;
});
afterAll(() => t.close());

describe('review workflow', () => {
  it('moves draft → in review → published → retired → draft, each step audited, and refuses the rest with 409', async () => {
    const q = await create(organizer, 'Câu hỏi về quy trình duyệt xyzflow?');
    expect((await act(organizer, q.id, 'publish')).statusCode).toBe(403);
    expect(TransitionResultSchema.parse((await act(organizer, q.id, 'submit')).json())).toMatchObject({ status: 'in_review', version: 1 });
    const again = await act(organizer, q.id, 'submit');
    expect(again.statusCode).toBe(409);
    expect(ErrorBodySchema.parse(again.json()).error.code).toBe('INVALID_TRANSITION');
    expect((await act(organizer, q.id, 'restore')).statusCode).toBe(409);

    const published = TransitionResultSchema.parse((await act(reviewer, q.id, 'publish')).json());
    expect(published).toMatchObject({ status: 'published', publishedVersion: 1 });
    expect((await act(reviewer, q.id, 'reject', { reason: 'Đã xuất bản rồi' })).statusCode).toBe(409);
    expect(TransitionResultSchema.parse((await act(organizer, q.id, 'retire')).json())).toMatchObject({ status: 'retired', publishedVersion: null });
    expect((await act(organizer, q.id, 'retire')).statusCode).toBe(409);
    expect(TransitionResultSchema.parse((await act(organizer, q.id, 'restore')).json()).status).toBe('draft');
    expect((await detail(q.id)).current.status).toBe('draft');

    expect(audits(q.id).map((a) => a.action)).toEqual(['question.created', 'question.submitted', 'question.published', 'question.retired', 'question.restored']);
    expect(audits(q.id)[2]).toMatchObject({ before: { status: 'in_review' }, after: { status: 'published' }, actor: `staff:${reviewer.userId}` });
  });

  it('lets a reviewer send a question back with a reason, kept in the audit log', async () => {
    const q = await create(organizer, 'Câu hỏi bị trả lại xyzreject?');
    expect((await act(reviewer, q.id, 'reject', { reason: 'Sai' })).statusCode).toBe(409);
    await act(organizer, q.id, 'submit');
    const noReason = await act(reviewer, q.id, 'reject', { reason: ' ' });
    expect(noReason.statusCode).toBe(400);
    expect(ErrorBodySchema.parse(noReason.json()).error.fields?.[0]?.path).toBe('reason');
    expect((await act(organizer, q.id, 'reject', { reason: 'Căn cứ pháp lý sai' })).statusCode).toBe(403);
    expect(TransitionResultSchema.parse((await act(reviewer, q.id, 'reject', { reason: 'Căn cứ pháp lý sai' })).json()).status).toBe('draft');
    expect(audits(q.id).at(-1)).toMatchObject({ action: 'question.rejected', after: { reason: 'Căn cứ pháp lý sai' } });
  });

  it('applies a bulk action to all or none, naming each question at fault', async () => {
    const a = await create(organizer, 'Câu bulk thứ nhất xyzbulk về hiến pháp?');
    const b = await create(organizer, 'Câu bulk thứ hai xyzbulk về quyền con người?');
    const c = await create(organizer, 'Câu bulk thứ ba xyzbulk về nghĩa vụ công dân?');
    await act(organizer, b.id, 'submit');

    const mixed = await organizer.post(url('questions/bulk'), { questionIds: [a.id, b.id, c.id], action: 'submit' });
    expect(mixed.statusCode).toBe(409);
    const err = ErrorBodySchema.parse(mixed.json()).error;
    expect(err.code).toBe('INVALID_TRANSITION');
    expect(err.fields?.map((f) => f.path)).toEqual(['questionIds.1']);
    expect((await detail(a.id)).current.status).toBe('draft');

    const unknown = await organizer.post(url('questions/bulk'), { questionIds: [a.id, 99_999_999], action: 'submit' });
    expect(unknown.statusCode).toBe(404);
    expect(ErrorBodySchema.parse(unknown.json()).error.fields?.map((f) => f.path)).toEqual(['questionIds.1']);

    const ok = BulkResultSchema.parse((await organizer.post(url('questions/bulk'), { questionIds: [a.id, c.id], action: 'submit' })).json());
    expect(ok.updated.map((u) => u.status)).toEqual(['in_review', 'in_review']);

    // Publishing needs bank.review on top of the route's bank.write: an organizer is refused, an admin may.
    expect((await organizer.post(url('questions/bulk'), { questionIds: [a.id, b.id, c.id], action: 'publish' })).statusCode).toBe(403);
    expect((await reviewer.post(url('questions/bulk'), { questionIds: [a.id], action: 'publish' })).statusCode).toBe(403);
    const pub = BulkResultSchema.parse((await admin.post(url('questions/bulk'), { questionIds: [a.id, b.id, c.id], action: 'publish' })).json());
    expect(pub.updated.every((u) => u.status === 'published')).toBe(true);
    const dupes = await admin.post(url('questions/bulk'), { questionIds: [a.id, a.id], action: 'retire' });
    expect(dupes.statusCode).toBe(400);
  });
});

describe('versioning', () => {
  it('rewrites an undrawn draft in place, keeping its status', async () => {
    const q = await create(organizer, 'Bản nháp sửa tại chỗ xyzinplace?');
    await act(organizer, q.id, 'submit');
    const edited = QuestionSavedSchema.parse((await organizer.put(url(`questions/${q.id}`), body('Bản nháp đã sửa tại chỗ xyzinplace?'))).json());
    expect(edited).toMatchObject({ newVersion: false, latestVersion: 1, current: { status: 'in_review', text: 'Bản nháp đã sửa tại chỗ xyzinplace?' } });
    expect(audits(q.id).at(-1)).toMatchObject({ action: 'question.updated', before: { text: 'Bản nháp sửa tại chỗ xyzinplace?' }, after: { text: 'Bản nháp đã sửa tại chỗ xyzinplace?' } });
  });

  it('edits a published, drawn question as a new draft v2; v1 serves draws until v2 is published, and the attempt keeps v1', async () => {
    const who = await register(t);
    const attempt = await start(t, who);
    const drawn = t.app.ctx.db
      .select({ versionId: attemptQuestions.questionVersionId, questionId: questionVersions.questionId, text: questionVersions.text, position: attemptQuestions.position })
      .from(attemptQuestions)
      .innerJoin(questionVersions, eq(questionVersions.id, attemptQuestions.questionVersionId))
      .where(eq(attemptQuestions.attemptId, attempt.id))
      .orderBy(attemptQuestions.position)
      .get()!;
    const v1 = await detail(drawn.questionId);
    expect(v1.current).toMatchObject({ version: 1, status: 'published', frozen: true });
    expect(v1.timesDrawn).toBeGreaterThanOrEqual(1);

    const newText = `${drawn.text} (đã cập nhật theo luật mới)`;
    const res = await organizer.put(url(`questions/${drawn.questionId}`), { ...body(newText), fieldIds: v1.current.fields.map((f) => f.id), difficulty: v1.current.difficulty });
    const v2 = QuestionSavedSchema.parse(res.json());
    expect(v2).toMatchObject({ newVersion: true, latestVersion: 2, publishedVersion: 1, current: { version: 2, status: 'draft', text: newText, frozen: false } });
    expect(v2.versions.map((v) => [v.version, v.status])).toEqual([[1, 'published'], [2, 'draft']]);
    expect(audits(drawn.questionId).at(-1)?.action).toBe('question.version_created');

    const served = () => publishedPool(t.app.ctx.db, org).find((p) => p.questionId === drawn.questionId)?.versionId;
    expect(served()).toBe(drawn.versionId);

    // The question is still "published" to draws while its latest version is a draft: retire targets v1.
    expect((await act(organizer, drawn.questionId, 'submit')).statusCode).toBe(200);
    const published = TransitionResultSchema.parse((await act(reviewer, drawn.questionId, 'publish')).json());
    expect(published).toMatchObject({ version: 2, status: 'published', publishedVersion: 2 });
    const after = await detail(drawn.questionId);
    expect(after.versions.map((v) => [v.version, v.status])).toEqual([[1, 'retired'], [2, 'published']]);
    expect(served()).not.toBe(drawn.versionId);
    expect(served()).toBe(t.app.ctx.db.select().from(questionVersions).where(and(eq(questionVersions.questionId, drawn.questionId), eq(questionVersions.version, 2))).get()!.id);

    // The attempt still shows, and is scored on, what it drew: v1.
    const view = AttemptViewSchema.parse((await t.app.inject({ method: 'GET', url: `/api/attempts/${attempt.id}`, headers: who.headers })).json());
    expect(view.questions.find((q) => q.position === drawn.position)?.text).toBe(drawn.text);
    expect((await submit(t, who, attempt.id)).statusCode).toBe(200);
    const review = AttemptViewSchema.parse((await t.app.inject({ method: 'GET', url: `/api/attempts/${attempt.id}`, headers: who.headers })).json()).result?.review;
    expect(review?.find((r) => r.position === drawn.position)?.text).toBe(drawn.text);

    // And the database itself refuses to rewrite a drawn version, whatever the code path.
    expect(() => t.app.ctx.db.update(questionVersions).set({ text: 'đổi lén' }).where(eq(questionVersions.id, drawn.versionId)).run()).toThrow(/QUESTION_VERSION_FROZEN/);
  });
});

describe('statistics per question', () => {
  let o2: number;
  let staff: StaffClient;
  let slug: string;
  let x: number;
  let y: number;

  /** An organization with exactly two published questions and a round drawing both: every attempt gets X and Y. */
  beforeAll(async () => {
    o2 = createOrganization(t.app, 'stp-thong-ke');
    staff = await signInStaff(t.app, { organizationId: o2, role: 'admin' });
    x = (await create(staff, 'Câu X: người từ đủ bao nhiêu tuổi có quyền bầu cử?', o2, {
      options: [
        { text: '18 tuổi', correct: true },
        { text: '16 tuổi', correct: false },
        { text: '20 tuổi', correct: false },
        { text: '21 tuổi', correct: false },
      ],
    })).id;
    y = (await create(staff, 'Câu Y: chọn các quyền của công dân theo Hiến pháp', o2, {
      options: [
        { text: 'Quyền bầu cử', correct: true },
        { text: 'Quyền tự do kinh doanh', correct: true },
        { text: 'Quyền miễn thuế', correct: false },
      ],
    })).id;
    await staff.post(url('questions/bulk', o2), { questionIds: [x, y], action: 'publish' });
    slug = 'thong-ke-cau-hoi-2026';
    const now = t.clock.now();
    const contest = t.app.ctx.db
      .insert(contests)
      .values({
        organizationId: o2, slug, title: 'Cuộc thi thống kê', summary: 'Thử', rulesMd: 'Thể lệ', status: 'published', minAge: null,
        registrationFields: { cccd: 'off', email: 'off', unit: 'off', entrantType: 'off' }, consentText: 'Đồng ý', predictionEnabled: false,
        predictionPrompt: '', showAnswers: 'never', prizes: [], createdAt: now, updatedAt: now,
      })
      .returning()
      .get();
    const round = t.app.ctx.db.insert(rounds).values({ contestId: contest.id, seq: 1, name: 'Đợt 1', opensAt: now - 3600_000, closesAt: now + 86_400_000, timeLimitSec: 600, maxAttempts: null, createdAt: now }).returning().get();
    t.app.ctx.db.insert(drawBlueprints).values({ roundId: round.id, legalFieldId: null, difficulty: null, count: 2 }).run();
  });

  async function contestant(): Promise<{ who: Contestant; attemptId: string; answer: (questionText: string, optionTexts: string[]) => Promise<void> }> {
    const res = await t.app.inject({ method: 'POST', url: `/api/contests/${slug}/participants`, payload: { fullName: 'Lê Văn Thống', birthDate: '1990-01-01', phone: nextPhone(), password: 'mat-khau-an-toan', consent: true } });
    expect(res.statusCode, res.body).toBe(201);
    const s = SessionResponseSchema.parse(res.json());
    const who = { token: s.token, participantId: s.participant.id, headers: { authorization: `Bearer ${s.token}` } };
    const roundId = t.app.ctx.db.select({ id: rounds.id }).from(rounds).innerJoin(contests, eq(contests.id, rounds.contestId)).where(eq(contests.slug, slug)).get()!.id;
    const view = await start(t, who, roundId);
    expect(view.questions).toHaveLength(2);
    return {
      who,
      attemptId: view.id,
      answer: async (prefix, optionTexts) => {
        const q = view.questions.find((qq) => qq.text.startsWith(prefix))!;
        const ids = optionTexts.map((txt) => q.options.find((o) => o.text === txt)!.id);
        const saved = await t.app.inject({ method: 'PUT', url: `/api/attempts/${view.id}/answers/${q.position}`, headers: who.headers, payload: { optionIds: ids } });
        expect(saved.statusCode, saved.body).toBe(200);
      },
    };
  }

  it('counts draws, answers, % correct and the option distribution over finalized attempts, per version and overall', async () => {
    const plan: [string[] | null, string[] | null, boolean][] = [
      [['18 tuổi'], ['Quyền bầu cử', 'Quyền tự do kinh doanh'], true],
      [['16 tuổi'], ['Quyền bầu cử'], true],
      [['18 tuổi'], ['Quyền bầu cử', 'Quyền tự do kinh doanh', 'Quyền miễn thuế'], true],
      [null, ['Quyền miễn thuế'], true],
      // Still answering: not counted.
      [['16 tuổi'], null, false],
    ];
    for (const [ax, ay, finish] of plan) {
      const c = await contestant();
      if (ax) await c.answer('Câu X', ax);
      if (ay) await c.answer('Câu Y', ay);
      if (finish) expect((await submit(t, c.who, c.attemptId)).statusCode).toBe(200);
    }
    const sx = QuestionStatsSchema.parse((await staff.get(url(`questions/${x}/stats`, o2))).json());
    expect(sx.overall).toEqual({ timesDrawn: 4, timesAnswered: 3, timesCorrect: 2, percentCorrect: 66.7 });
    expect(sx.versions[0]!.options.map((o) => [o.text, o.correct, o.count, o.percent])).toEqual([
      ['18 tuổi', true, 2, 66.7],
      ['16 tuổi', false, 1, 33.3],
      ['20 tuổi', false, 0, 0],
      ['21 tuổi', false, 0, 0],
    ]);
    const sy = QuestionStatsSchema.parse((await staff.get(url(`questions/${y}/stats`, o2))).json());
    // Correct only when the chosen set equals the key: a superset is wrong.
    expect(sy.overall).toEqual({ timesDrawn: 4, timesAnswered: 4, timesCorrect: 1, percentCorrect: 25 });
    expect(sy.versions[0]!.options.map((o) => o.count)).toEqual([3, 2, 2]);

    // A new version of X, published, then answered right once: per version and overall figures.
    const current = await detail(x, o2, staff);
    await staff.put(url(`questions/${x}`, o2), { ...body(current.current.text), options: current.current.options.map((o) => ({ text: o.text, correct: o.correct })), citationArticle: 'Điều 27' });
    await act(staff, x, 'publish', undefined, o2);
    // No wait: publishing clears the organization's cached draw pool, so the very next draw has v2.
    const c = await contestant();
    await c.answer('Câu X', ['18 tuổi']);
    await submit(t, c.who, c.attemptId);
    const sx2 = QuestionStatsSchema.parse((await staff.get(url(`questions/${x}/stats`, o2))).json());
    expect(sx2.versions.map((v) => [v.version, v.timesDrawn, v.timesCorrect, v.percentCorrect])).toEqual([[1, 4, 2, 66.7], [2, 1, 1, 100]]);
    expect(sx2.overall).toEqual({ timesDrawn: 5, timesAnswered: 4, timesCorrect: 3, percentCorrect: 75 });
    const list = (await staff.get(url('questions?usage=used', o2))).json() as { total: number };
    expect(list.total).toBe(2);
    expect(t.app.ctx.db.get<{ n: number }>(sql`SELECT count(*) AS n FROM attempt_questions`).n).toBeGreaterThan(0);
  });
});
