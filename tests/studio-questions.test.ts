import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { auditLog, questions } from '@thiphapluat/db';
import {
  ErrorBodySchema,
  LegalFieldListSchema,
  LegalFieldSchema,
  QuestionDetailSchema,
  QuestionListSchema,
  QuestionSavedSchema,
  type QuestionInput,
} from '@thiphapluat/shared';
import { createTestApp, type TestApp } from './helpers/app.js';
import { createOrganization, demoOrganizationId, signInStaff, type StaffClient } from './helpers/studio.js';

let t: TestApp;
let org: number;
let organizer: StaffClient;
let fieldIds: { hienPhap: number; honNhan: number; datDai: number };
const url = (path: string) => `/api/studio/orgs/${org}/${path}`;

export function questionBody(overrides: Partial<QuestionInput> = {}): QuestionInput {
  return {
    text: 'Theo Luật Hôn nhân và gia đình 2014, nam từ đủ bao nhiêu tuổi thì được kết hôn?',
    options: [
      { text: '18 tuổi', correct: false },
      { text: '20 tuổi', correct: true },
      { text: '21 tuổi', correct: false },
    ],
    explanation: 'Nam từ đủ 20 tuổi trở lên, nữ từ đủ 18 tuổi trở lên.',
    citationDocument: 'Luật Hôn nhân và gia đình 2014',
    citationArticle: 'Điểm a khoản 1 Điều 8',
    fieldIds: [fieldIds.honNhan],
    difficulty: 1,
    ...overrides,
  };
}

const auditCount = (action: string) => t.app.ctx.db.select({ n: count() }).from(auditLog).where(eq(auditLog.action, action)).get()!.n;
const questionCount = () => t.app.ctx.db.select({ n: count() }).from(questions).get()!.n;

beforeAll(async () => {
  t = await createTestApp();
  org = demoOrganizationId(t.app);
  organizer = await signInStaff(t.app, { organizationId: org, role: 'organizer' });
  const fields = LegalFieldListSchema.parse((await organizer.get(url('legal-fields'))).json()).fields;
  const id = (code: string) => fields.find((f) => f.code === code)!.id;
  fieldIds = { hienPhap: id('hien-phap'), honNhan: id('hon-nhan-gia-dinh'), datDai: id('dat-dai') };
});
afterAll(() => t.close());

describe('legal fields', () => {
  it('lists the shared national list and creates the organization’s own field, refusing a name that folds to an existing one', async () => {
    const created = await organizer.post(url('legal-fields'), { name: 'An ninh mạng' });
    expect(created.statusCode).toBe(201);
    const field = LegalFieldSchema.parse(created.json());
    expect(field).toMatchObject({ name: 'An ninh mạng', shared: false, code: `o${org}-an-ninh-mang` });

    const list = LegalFieldListSchema.parse((await organizer.get(url('legal-fields'))).json()).fields;
    expect(list.filter((f) => f.shared)).toHaveLength(10);
    expect(list.map((f) => f.id)).toContain(field.id);

    const again = await organizer.post(url('legal-fields'), { name: 'an ninh mang' });
    expect(again.statusCode).toBe(409);
    expect(ErrorBodySchema.parse(again.json()).error.fields).toEqual([{ path: 'name', message: expect.any(String) }]);

    // Another organization never sees it.
    const other = createOrganization(t.app, 'stp-fields');
    const otherAdmin = await signInStaff(t.app, { organizationId: other, role: 'admin' });
    const theirs = LegalFieldListSchema.parse((await otherAdmin.get(`/api/studio/orgs/${other}/legal-fields`)).json()).fields;
    expect(theirs.map((f) => f.id)).not.toContain(field.id);
    expect(auditCount('legal_field.created')).toBe(1);
  });
});

describe('writing questions', () => {
  it('creates a draft with its key, fields (first = primary) and an audit row', async () => {
    const before = auditCount('question.created');
    const res = await organizer.post(url('questions'), questionBody({ fieldIds: [fieldIds.honNhan, fieldIds.hienPhap], text: 'Câu **thử** tạo mới về kết hôn xyzcreate?' }));
    expect(res.statusCode).toBe(201);
    const q = QuestionSavedSchema.parse(res.json());
    expect(q.current).toMatchObject({ version: 1, status: 'draft', difficulty: 1, frozen: false, text: 'Câu **thử** tạo mới về kết hôn xyzcreate?' });
    expect(q.current.fields.map((f) => f.id)).toEqual([fieldIds.honNhan, fieldIds.hienPhap]);
    expect(q.current.options.filter((o) => o.correct).map((o) => o.text)).toEqual(['20 tuổi']);
    expect(new Set(q.current.options.map((o) => o.id)).size).toBe(3);
    expect(q.versions).toEqual([expect.objectContaining({ version: 1, status: 'draft', createdBy: { id: organizer.userId, name: expect.any(String) } })]);
    expect(auditCount('question.created')).toBe(before + 1);

    const got = QuestionDetailSchema.parse((await organizer.get(url(`questions/${q.id}`))).json());
    expect(got.current.text).toBe(q.current.text);
  });

  it('refuses bad content with 400 and the fields at fault, writing nothing', async () => {
    const n = questionCount();
    const cases: [Partial<QuestionInput>, string][] = [
      [{ text: '   ' }, 'text'],
      [{ text: 'x'.repeat(2001) }, 'text'],
      [{ options: [{ text: 'Chỉ một', correct: true }] }, 'options'],
      [{ options: Array.from({ length: 7 }, (_, i) => ({ text: `Phương án ${i}`, correct: i === 0 })) }, 'options'],
      [{ options: [{ text: 'A', correct: false }, { text: 'B', correct: false }] }, 'options'],
      [{ options: [{ text: 'y'.repeat(501), correct: true }, { text: 'B', correct: false }] }, 'options.0.text'],
      [{ fieldIds: [] }, 'fieldIds'],
      [{ fieldIds: [999_999] }, 'fieldIds.0'],
      [{ difficulty: 4 as 1 }, 'difficulty'],
    ];
    for (const [override, path] of cases) {
      const res = await organizer.post(url('questions'), questionBody(override));
      expect(res.statusCode, path).toBe(400);
      const body = ErrorBodySchema.parse(res.json());
      expect(body.error.code).toBe('VALIDATION_FAILED');
      expect(body.error.fields?.map((f) => f.path)).toContain(path);
      expect(body.error.message).toMatch(/[ăâđêôơư]/);
    }
    expect(questionCount()).toBe(n);
  });

  it('flags a likely duplicate on save without refusing it', async () => {
    const first = QuestionSavedSchema.parse((await organizer.post(url('questions'), questionBody({ text: 'Người nào có quyền yêu cầu hòa giải mâu thuẫn trong thôn xyzdup?' }))).json());
    expect(first.duplicates).toEqual([]);
    const second = await organizer.post(url('questions'), questionBody({ text: 'Người nào có quyền yêu cầu hoà giải mâu thuẫn trong thôn xyzdup ?' }));
    expect(second.statusCode).toBe(201);
    const dup = QuestionSavedSchema.parse(second.json());
    expect(dup.duplicates[0]).toMatchObject({ questionId: first.id });
    expect(dup.duplicates[0]!.similarity).toBeGreaterThanOrEqual(0.8);
    const list = QuestionListSchema.parse((await organizer.get(url('questions?q=xyzdup'))).json());
    expect(list.items.find((i) => i.id === dup.id)?.likelyDuplicateOf).toBe(first.id);
    // A different question on the same topic is not a duplicate.
    const other = QuestionSavedSchema.parse((await organizer.post(url('questions'), questionBody({ text: 'Tổ hòa giải ở cơ sở có bao nhiêu thành viên theo luật xyzdup?' }))).json());
    expect(other.duplicates).toEqual([]);
  });

  it('answers 404 for another organization’s question, to read, edit, or act on', async () => {
    const mine = QuestionSavedSchema.parse((await organizer.post(url('questions'), questionBody({ text: 'Câu riêng của tổ chức xyziso?' }))).json());
    const other = createOrganization(t.app, 'stp-iso');
    const stranger = await signInStaff(t.app, { organizationId: other, role: 'admin' });
    const base = `/api/studio/orgs/${other}/questions/${mine.id}`;
    for (const res of [
      await stranger.get(base),
      await stranger.put(base, questionBody({ fieldIds: [fieldIds.hienPhap] })),
      await stranger.post(`${base}/submit`),
      await stranger.get(`${base}/stats`),
      await stranger.post(`/api/studio/orgs/${other}/questions/bulk`, { questionIds: [mine.id], action: 'submit' }),
    ]) {
      expect(res.statusCode, res.body).toBe(404);
      expect(ErrorBodySchema.parse(res.json()).error.code).toBe('NOT_FOUND');
    }
    const list = QuestionListSchema.parse((await stranger.get(`/api/studio/orgs/${other}/questions?q=xyziso`)).json());
    expect(list.total).toBe(0);
    // And the caller's own organization route of another org is refused outright.
    expect((await stranger.get(url(`questions/${mine.id}`))).statusCode).toBe(403);
    expect(QuestionDetailSchema.parse((await organizer.get(url(`questions/${mine.id}`))).json()).current.status).toBe('draft');
  });

  it('lets viewers not read the bank and reviewers not write to it', async () => {
    const viewer = await signInStaff(t.app, { organizationId: org, role: 'viewer' });
    expect((await viewer.get(url('questions'))).statusCode).toBe(403);
    const reviewer = await signInStaff(t.app, { organizationId: org, role: 'reviewer' });
    expect((await reviewer.get(url('questions'))).statusCode).toBe(200);
    expect((await reviewer.post(url('questions'), questionBody())).statusCode).toBe(403);
  });
});

describe('search and filters', () => {
  it('ignores diacritics and đ: "hon nhan" finds “hôn nhân”, "dat dai" finds “đất đai”', async () => {
    const land = QuestionSavedSchema.parse((await organizer.post(url('questions'), questionBody({ text: 'Ai có quyền sử dụng đất đai xyzsearch?', fieldIds: [fieldIds.datDai] }))).json());
    const found = QuestionListSchema.parse((await organizer.get(url('questions?q=dat%20dai%20xyzsearch'))).json());
    expect(found.items.map((i) => i.id)).toEqual([land.id]);

    const honNhan = QuestionListSchema.parse((await organizer.get(url('questions?q=hon%20nhan&pageSize=100'))).json());
    expect(honNhan.total).toBeGreaterThan(5);
    const seededFamily = QuestionListSchema.parse((await organizer.get(url(`questions?fieldId=${fieldIds.honNhan}&pageSize=100`))).json());
    // Every hit really contains the words, folded.
    for (const item of honNhan.items.slice(0, 10)) {
      const full = QuestionDetailSchema.parse((await organizer.get(url(`questions/${item.id}`))).json()).current;
      const haystack = [full.text, ...full.options.map((o) => o.text), full.explanation, full.citationDocument].join(' ').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
      expect(haystack).toMatch(/hon/);
      expect(haystack).toMatch(/nhan/);
    }
    expect(seededFamily.total).toBeGreaterThan(0);
    const dat = QuestionListSchema.parse((await organizer.get(url('questions?q=%C4%91%E1%BA%A5t%20%C4%91ai&pageSize=1'))).json());
    const datAscii = QuestionListSchema.parse((await organizer.get(url('questions?q=dat%20dai&pageSize=1'))).json());
    expect(datAscii.total).toBe(dat.total);
    expect(datAscii.total).toBeGreaterThan(1);
  });

  it('filters by field, difficulty, status and usage, pages newest first', async () => {
    const all = QuestionListSchema.parse((await organizer.get(url('questions?pageSize=100'))).json());
    expect(all.total).toBeGreaterThanOrEqual(170);
    expect(all.items.map((i) => i.id)).toEqual([...all.items.map((i) => i.id)].sort((a, b) => b - a));
    const page2 = QuestionListSchema.parse((await organizer.get(url('questions?pageSize=100&page=2'))).json());
    expect(page2.items[0]!.id).toBeLessThan(all.items.at(-1)!.id);

    const hard = QuestionListSchema.parse((await organizer.get(url(`questions?difficulty=3&fieldId=${fieldIds.datDai}&pageSize=100`))).json());
    expect(hard.total).toBeGreaterThan(0);
    for (const i of hard.items) {
      expect(i.difficulty).toBe(3);
      expect(i.fields.map((f) => f.id)).toContain(fieldIds.datDai);
    }
    const drafts = QuestionListSchema.parse((await organizer.get(url('questions?status=draft&pageSize=100'))).json());
    expect(drafts.total).toBeGreaterThan(0);
    expect(drafts.items.every((i) => i.status === 'draft')).toBe(true);
    const published = QuestionListSchema.parse((await organizer.get(url('questions?status=published&pageSize=1'))).json());
    expect(published.total + drafts.total).toBe(all.total);

    expect(QuestionListSchema.parse((await organizer.get(url('questions?usage=used'))).json()).total).toBe(0);
    expect(QuestionListSchema.parse((await organizer.get(url('questions?usage=unused&pageSize=1'))).json()).total).toBe(all.total);

    const bad = await organizer.get(url('questions?pageSize=101&status=nope&difficulty=7'));
    expect(bad.statusCode).toBe(400);
    expect(ErrorBodySchema.parse(bad.json()).error.fields?.map((f) => f.path).sort()).toEqual(['querystring.difficulty', 'querystring.pageSize', 'querystring.status']);
  });
});
