/**
 * Exports as background jobs (issue 6), run against both JobQueue implementations: in-process and
 * BullMQ on the real Redis under a key prefix of this run's own.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { Redis } from 'ioredis';
import { eq } from 'drizzle-orm';
import { attempts, auditLog, exportJobs, participants, roundResults, units } from '@thiphapluat/db';
import { ErrorBodySchema, ExportJobSchema, ExportListSchema, maskPhone, type CreateExportInput, type ExportJob } from '@thiphapluat/shared';
import { BullMqJobQueue, MemoryJobQueue, type JobQueue } from '../server/src/adapters/queue/index.js';
import { exportFilePath } from '../server/src/modules/exports/files.js';
import { createTestApp, register, type TestApp } from './helpers/app.js';
import { createOrganization, demoOrganizationId, signInStaff, type StaffClient } from './helpers/studio.js';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const prefix = `tpl-test-exports-${process.pid}-${Date.now()}`;

interface Backend {
  label: string;
  create(name: string): JobQueue;
}
const backends: Backend[] = [
  { label: 'in-process queue', create: () => new MemoryJobQueue() },
  { label: 'BullMQ on the real Redis', create: (name) => new BullMqJobQueue({ redisUrl: REDIS_URL, prefix, queueName: name }) },
];

afterAll(async () => {
  const redis = new Redis(REDIS_URL);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    await redis.quit();
  }
});

/** Names with every kind of Vietnamese mark, so a lost diacritic shows. */
const PEOPLE = ['Nguyễn Thị Ánh Tuyết', 'Trần Đức Thắng', 'Lê Hoàng Yến', 'Phạm Quốc Việt'];
/** What a printed report must escape: the unit name comes from an organizer's import. */
const TRICKY_UNIT = 'Phường <b>Bến Nghé</b> & "Đa Kao"';

interface Seeded {
  phones: string[];
  /** Correct answers given by each person, in PEOPLE order. */
  correct: number[];
}

/**
 * Four registered people with a submitted attempt each and different scores, the first of them in a unit
 * with markup in its name. Attempts and best results are written as the finalizer writes them, so the
 * test does not depend on the quiz flow (covered elsewhere).
 */
async function seedResults(t: TestApp): Promise<Seeded> {
  const phones: string[] = [];
  const correct = [3, 5, 1, 4];
  const db = t.app.ctx.db;
  for (const [i, fullName] of PEOPLE.entries()) {
    const phone = `09${String(81_000_000 + process.pid * 10 + i).slice(-8)}`;
    phones.push(phone);
    const who = await register(t, { fullName, phone });
    const startedAt = t.clock.now() - 3600_000;
    const attemptId = randomUUID();
    const submittedAt = startedAt + 60_000 * (i + 1);
    db.insert(attempts)
      .values({ id: attemptId, participantId: who.participantId, roundId: t.roundId, contestId: t.contest.id, seq: 1, status: 'submitted', startedAt, deadlineAt: startedAt + 1200_000, submittedAt, durationMs: submittedAt - startedAt, correctCount: correct[i]!, score: correct[i]!, maxScore: 20, prediction: 10 + i })
      .run();
    db.insert(roundResults).values({ roundId: t.roundId, participantId: who.participantId, attemptId, score: correct[i]!, durationMs: submittedAt - startedAt, submittedAt, prediction: 10 + i }).run();
  }
  const first = db.select().from(participants).where(eq(participants.fullName, PEOPLE[0]!)).get()!;
  db.update(units).set({ name: TRICKY_UNIT }).where(eq(units.id, first.unitId!)).run();
  return { phones, correct };
}

/** Holds the queue's only worker until released, so an export stays queued as long as a test needs. */
function holdQueue(t: TestApp, name: string): { release(): void; started: Promise<void> } {
  let release!: () => void;
  let started!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const startedP = new Promise<void>((r) => (started = r));
  t.app.ctx.jobs.register(name, async () => {
    started();
    await gate;
  });
  void t.app.ctx.jobs.enqueue(name, {});
  return { release, started: startedP };
}

async function waitForExport(client: StaffClient, orgId: number, id: string, statuses: ExportJob['status'][] = ['done', 'failed'], timeoutMs = 15_000): Promise<ExportJob> {
  const deadline = Date.now() + timeoutMs;
  let last: ExportJob | null = null;
  while (Date.now() < deadline) {
    const res = await client.get(`/api/studio/orgs/${orgId}/exports/${id}`);
    expect(res.statusCode, res.body).toBe(200);
    last = ExportJobSchema.parse(res.json());
    if (statuses.includes(last.status)) return last;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`export ${id} never reached ${statuses.join('/')}: ${JSON.stringify(last)}`);
}

describe.each(backends)('exports on the $label', (backend) => {
  let t: TestApp;
  let orgId: number;
  let admin: StaffClient;
  let viewer: StaffClient;
  let seeded: Seeded;
  let queueSeq = 0;
  const url = (path = '') => `/api/studio/orgs/${orgId}/exports${path}`;

  async function runExport(client: StaffClient, body: CreateExportInput): Promise<{ job: ExportJob; file: Buffer; headers: Record<string, unknown> }> {
    const created = await client.post(url(), body);
    expect([200, 201], created.body).toContain(created.statusCode);
    const job = await waitForExport(client, orgId, ExportJobSchema.parse(created.json()).id);
    expect(job, JSON.stringify(job)).toMatchObject({ status: 'done', progress: 100, error: null });
    const res = await client.get(job.downloadUrl!);
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    return { job, file: res.rawPayload, headers: res.headers };
  }

  beforeAll(async () => {
    t = await createTestApp({ jobQueue: backend.create(`exports-${queueSeq++}`) });
    orgId = demoOrganizationId(t.app);
    admin = await signInStaff(t.app, { organizationId: orgId, role: 'admin' });
    viewer = await signInStaff(t.app, { organizationId: orgId, role: 'viewer' });
    seeded = await seedResults(t);
  });
  afterAll(() => t.close());

  it('writes the round results to xlsx that reads back with the same rows, Vietnamese text, formats and a frozen header', async () => {
    const { job, file, headers } = await runExport(viewer, { kind: 'results', format: 'xlsx', contestId: t.contest.id, roundId: t.roundId });
    expect(job).toMatchObject({ kind: 'results', format: 'xlsx', rowCount: 4, requestedBy: { id: viewer.userId }, unmaskedPhone: false });
    expect(headers['content-type']).toContain('spreadsheetml');
    expect(String(headers['content-disposition'])).toContain("filename*=UTF-8''");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file as unknown as ArrayBuffer);
    expect(book.worksheets).toHaveLength(1);
    const sheet = book.worksheets[0]!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(['Hạng', 'Họ và tên', 'Số điện thoại', 'Đơn vị', 'Đối tượng dự thi', 'Điểm', 'Điểm tối đa', 'Thời gian làm bài (phút:giây)', 'Nộp bài lúc', 'Dự đoán', 'Giải']);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    const rows = [2, 3, 4, 5].map((n) => sheet.getRow(n));
    // Ranked by score: 5, 4, 3, 1 correct answers.
    const order = [1, 3, 0, 2];
    expect(rows.map((r) => r.getCell(2).value)).toEqual(order.map((i) => PEOPLE[i]));
    expect(rows.map((r) => r.getCell(1).value)).toEqual([1, 2, 3, 4]);
    expect(rows.map((r) => r.getCell(3).value)).toEqual(order.map((i) => maskPhone(`+84${seeded.phones[i]!.slice(1)}`)));
    expect(rows.map((r) => r.getCell(6).value)).toEqual(order.map((i) => seeded.correct[i]));
    expect(rows.map((r) => r.getCell(10).value)).toEqual(order.map((i) => 10 + i));
    expect(rows[2]!.getCell(4).value).toBe(TRICKY_UNIT);
    expect(rows[0]!.getCell(5).value).toBe('Cán bộ, công chức, viên chức');
    expect(rows[0]!.getCell(6).numFmt).toBe('#,##0');
    expect(rows[0]!.getCell(9).numFmt).toBe('dd/mm/yyyy hh:mm');
    expect(rows[0]!.getCell(9).value).toBeInstanceOf(Date);
    expect(rows[0]!.getCell(8).numFmt).toBe('[m]:ss');
    expect(sheet.getColumn(2).width).toBe(28);
  });

  it('writes CSV in UTF-8 with a BOM, one line per result', async () => {
    const { file, headers } = await runExport(viewer, { kind: 'results', format: 'csv', contestId: t.contest.id, roundId: t.roundId });
    expect(headers['content-type']).toBe('text/csv; charset=utf-8');
    expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = file.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toBe('Hạng,Họ và tên,Số điện thoại,Đơn vị,Đối tượng dự thi,Điểm,Điểm tối đa,Thời gian làm bài (phút:giây),Nộp bài lúc,Dự đoán,Giải');
    expect(lines[1]).toMatch(/^1,Trần Đức Thắng,\d{3}\*{4}\d{3},/);
    expect(lines[3]).toContain(`"${TRICKY_UNIT.replace(/"/g, '""')}"`);
  });

  it('writes a printable A4 report with the organization and the date, every text escaped', async () => {
    const { file } = await runExport(viewer, { kind: 'results', format: 'html', contestId: t.contest.id });
    const html = file.toString('utf8');
    expect(html).toContain('@page { size: A4;');
    expect(html).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(html).toMatch(/ngày 23 tháng 11 năm 2026/);
    expect(html).toContain('Phường &lt;b&gt;Bến Nghé&lt;/b&gt; &amp; &quot;Đa Kao&quot;');
    expect(html).not.toContain('<b>Bến Nghé');
    expect(html).toContain('Nguyễn Thị Ánh Tuyết');
  });

  it('exports the period summary, the unit ranking and the item analysis with one sheet per section and the dashboards\' figures', async () => {
    const load = async (file: Buffer) => {
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(file as unknown as ArrayBuffer);
      return book;
    };
    const overview = (await viewer.get(`/api/studio/orgs/${orgId}/stats/overview?from=2026-01-01&to=2026-12-31`)).json() as { totals: { participants: number; attempts: number } };
    const summary = await load((await runExport(viewer, { kind: 'summary', format: 'xlsx', from: '2026-01-01', to: '2026-12-31' })).file);
    expect(summary.worksheets.map((w) => w.name)).toEqual(['Tổng hợp', 'Theo tháng', 'Đơn vị', 'Tỷ lệ tham gia', 'Đối tượng', 'Độ tuổi', 'Giới tính', 'Cuộc thi']);
    const totals = summary.getWorksheet('Tổng hợp')!;
    expect((totals.getRow(1).values as unknown[]).slice(1, 6)).toEqual(['Năm', 'Số cuộc thi', 'Tên cuộc thi', 'Người dự thi', 'Lượt thi']);
    const totalRow = totals.getRow(3);
    expect(overview.totals.participants).toBe(4);
    expect([totalRow.getCell(4).value, totalRow.getCell(5).value]).toEqual([overview.totals.participants, overview.totals.attempts]);

    const ranking = (await viewer.get(`/api/studio/orgs/${orgId}/stats/contests/${t.contest.id}/unit-ranking`)).json() as { overall: { unit: string; participants: number }[] };
    const units = await load((await runExport(viewer, { kind: 'unit_ranking', format: 'xlsx', contestId: t.contest.id })).file);
    expect(units.worksheets[0]!.name).toBe('Toàn cuộc thi');
    const overall = units.worksheets[0]!;
    expect(ranking.overall.length).toBeGreaterThan(0);
    expect(ranking.overall.map((_, i) => [overall.getRow(i + 2).getCell(2).value, overall.getRow(i + 2).getCell(3).value])).toEqual(ranking.overall.map((u) => [u.unit, u.participants]));

    const items = await load((await runExport(viewer, { kind: 'items', format: 'xlsx', contestId: t.contest.id })).file);
    expect(items.worksheets.map((w) => w.name)).toEqual(['Câu hỏi', 'Phương án', 'Lĩnh vực']);
    expect(items.getWorksheet('Câu hỏi')!.getRow(1).getCell(6).value).toBe('Độ dễ (% đúng)');
  });

  it('answers the same request while it runs with that job, and a new one once it is done', async () => {
    const hold = holdQueue(t, `hold-${backend.label.length}-1`);
    await hold.started;
    const body = { kind: 'participants', format: 'csv', contestId: t.contest.id } as const;
    const first = await viewer.post(url(), body);
    const again = await admin.post(url(), body);
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(200);
    const job = ExportJobSchema.parse(first.json());
    expect(ExportJobSchema.parse(again.json()).id).toBe(job.id);
    expect(job).toMatchObject({ status: 'queued', progress: 0, downloadUrl: null, requestedBy: { id: viewer.userId } });
    expect((await viewer.get(url(`/${job.id}/download`))).json()).toMatchObject({ error: { code: 'EXPORT_NOT_READY' } });
    hold.release();
    await waitForExport(viewer, orgId, job.id);
    const later = await viewer.post(url(), body);
    expect(later.statusCode).toBe(201);
    expect(ExportJobSchema.parse(later.json()).id).not.toBe(job.id);
    await waitForExport(viewer, orgId, ExportJobSchema.parse(later.json()).id);
  });

  it('retries a run that crashed, and shows the error of one that keeps failing', async () => {
    const hold = holdQueue(t, `hold-${backend.label.length}-2`);
    await hold.started;
    const created = ExportJobSchema.parse((await admin.post(url(), { kind: 'participants', format: 'xlsx', contestId: t.contest.id })).json());
    const doomed = ExportJobSchema.parse((await admin.post(url(), { kind: 'participants', format: 'html', contestId: t.contest.id })).json());
    // A directory where the file is written makes the write fail, as a full or broken disk would.
    const blocker = `${exportFilePath(t.app.ctx.db, created.id, 'xlsx')}.part`;
    const doomedBlocker = `${exportFilePath(t.app.ctx.db, doomed.id, 'html')}.part`;
    mkdirSync(blocker, { recursive: true });
    mkdirSync(doomedBlocker, { recursive: true });
    hold.release();
    // The first run fails: the export is queued again for its retry, with the error shown meanwhile.
    let retrying: ExportJob | null = null;
    const deadline = Date.now() + 10_000;
    while (!retrying && Date.now() < deadline) {
      const j = ExportJobSchema.parse((await admin.get(url(`/${created.id}`))).json());
      if (j.runs >= 1 && j.error) retrying = j;
      else await new Promise((r) => setTimeout(r, 20));
    }
    if (!retrying) throw new Error('the first run never failed');
    expect(retrying).toMatchObject({ status: 'queued', runs: 1 });
    expect(retrying.error).toMatch(/EISDIR|directory/i);
    rmSync(blocker, { recursive: true });
    const done = await waitForExport(admin, orgId, created.id);
    expect(done).toMatchObject({ status: 'done', runs: 2, error: null });

    const failed = await waitForExport(admin, orgId, doomed.id, ['failed', 'done'], 15_000);
    expect(failed).toMatchObject({ status: 'failed', runs: 3, downloadUrl: null });
    expect(failed.error).toMatch(/EISDIR|directory/i);
    rmSync(doomedBlocker, { recursive: true });
  }, 30_000);

  it('masks phone numbers for a viewer and shows them in full to an admin, with the access audited', async () => {
    const refused = await viewer.post(url(), { kind: 'participants', format: 'csv', contestId: t.contest.id, unmaskedPhone: true });
    expect(refused.statusCode).toBe(403);
    expect(ErrorBodySchema.parse(refused.json()).error.code).toBe('FORBIDDEN');

    const masked = (await runExport(viewer, { kind: 'participants', format: 'csv', contestId: t.contest.id })).file.toString('utf8');
    for (const phone of seeded.phones) {
      expect(masked).not.toContain(phone);
      expect(masked).toContain(maskPhone(`+84${phone.slice(1)}`));
    }
    expect(masked).not.toContain('Email');

    const full = await runExport(admin, { kind: 'participants', format: 'csv', contestId: t.contest.id, unmaskedPhone: true });
    for (const phone of seeded.phones) expect(full.file.toString('utf8')).toContain(phone);
    expect(full.job.unmaskedPhone).toBe(true);
    const audit = t.app.ctx.db.select().from(auditLog).where(eq(auditLog.entityId, full.job.id)).all();
    expect(audit.map((a) => [a.action, a.actor])).toEqual([
      ['export.pii_requested', `staff:${admin.userId}`],
      ['export.pii_downloaded', `staff:${admin.userId}`],
    ]);

    // The viewer sees the job in the list but cannot download it.
    const listed = ExportListSchema.parse((await viewer.get(url())).json()).exports.find((e) => e.id === full.job.id)!;
    expect(listed).toMatchObject({ status: 'done', downloadUrl: null, requestedBy: { id: admin.userId } });
    expect((await viewer.get(url(`/${full.job.id}/download`))).statusCode).toBe(403);
  });

  it("keeps an organization's exports from another's staff: not listed, not found, not downloadable", async () => {
    const otherOrg = createOrganization(t.app, `stp-xuat-${backend.label.length}`);
    const otherViewer = await signInStaff(t.app, { organizationId: otherOrg, role: 'viewer' });
    const mine = ExportListSchema.parse((await viewer.get(url())).json()).exports;
    expect(mine.length).toBeGreaterThan(0);
    const id = mine[0]!.id;
    const theirs = ExportListSchema.parse((await otherViewer.get(`/api/studio/orgs/${otherOrg}/exports`)).json()).exports;
    expect(theirs).toEqual([]);
    for (const path of [`/${id}`, `/${id}/download`]) {
      const res = await otherViewer.get(`/api/studio/orgs/${otherOrg}/exports${path}`);
      expect(res.statusCode).toBe(404);
      expect(ErrorBodySchema.parse(res.json()).error.code).toBe('NOT_FOUND');
      expect((await otherViewer.get(url(path))).statusCode).toBe(403);
    }
    // Nor can they export A's contest through their own organization.
    const res = await otherViewer.post(`/api/studio/orgs/${otherOrg}/exports`, { kind: 'results', format: 'csv', contestId: t.contest.id });
    expect(res.statusCode).toBe(404);
  });

  it('refuses a round of another contest, a reversed period and unknown fields with 4xx', async () => {
    expect((await viewer.post(url(), { kind: 'results', format: 'csv', contestId: t.contest.id, roundId: 999_999 })).statusCode).toBe(404);
    const bad = await viewer.post(url(), { kind: 'results', format: 'pdf', contestId: t.contest.id });
    expect(bad.statusCode).toBe(400);
    expect(ErrorBodySchema.parse(bad.json()).error.code).toBe('VALIDATION_FAILED');
    expect((await viewer.post(url(), { kind: 'results', format: 'csv', contestId: t.contest.id, extra: 1 })).statusCode).toBe(400);
  });

  it('deletes the file after 24 hours; the download then answers 410', async () => {
    const { job } = await runExport(viewer, { kind: 'results', format: 'csv', contestId: t.contest.id, roundId: t.roundId });
    const path = exportFilePath(t.app.ctx.db, job.id, 'csv');
    expect(existsSync(path)).toBe(true);
    expect(Date.parse(job.expiresAt!) - Date.parse(job.finishedAt!)).toBe(24 * 3600_000);
    t.clock.advance(24 * 3600_000 + 1000);
    await t.app.sweep();
    // A day later the staff session has expired too: a fresh sign-in (this test runs last).
    viewer = await signInStaff(t.app, { organizationId: orgId, role: 'viewer' });
    expect(existsSync(path)).toBe(false);
    expect(ExportJobSchema.parse((await viewer.get(url(`/${job.id}`))).json())).toMatchObject({ status: 'expired', downloadUrl: null });
    const gone = await viewer.get(url(`/${job.id}/download`));
    expect(gone.statusCode).toBe(410);
    expect(ErrorBodySchema.parse(gone.json()).error.code).toBe('EXPORT_EXPIRED');
  });
});

describe('an export left unfinished by a stopped process', () => {
  it('is picked up again at the next start and finishes', async () => {
    let dbPath = '';
    const first = await createTestApp({}, (app) => {
      dbPath = app.dbHandle.sqlite.name;
      return Promise.resolve();
    });
    const orgId = demoOrganizationId(first.app);
    const admin = await signInStaff(first.app, { organizationId: orgId, role: 'admin' });
    // What a process killed mid-export leaves: the row running, a partial file.
    const id = '6f1c2a8e-4b1d-4c1e-9a7b-2d3e4f5a6b7c';
    first.app.ctx.db
      .insert(exportJobs)
      .values({
        id,
        organizationId: orgId,
        kind: 'results',
        format: 'csv',
        params: { contestId: first.contest.id },
        requestKey: 'crashed',
        status: 'running',
        runs: 1,
        progress: 40,
        title: 'Kết quả thi',
        fileName: 'ket-qua.csv',
        requestedBy: admin.userId,
        createdAt: first.clock.now(),
      })
      .run();
    // Close without removing the temp dir: the next process opens the same database.
    await first.app.close();
    const second = await createTestApp({ dbPath });
    try {
      const client = await signInStaff(second.app, { organizationId: orgId, role: 'admin' });
      const job = await waitForExport(client, orgId, id);
      expect(job).toMatchObject({ status: 'done', runs: 2, error: null });
      const file = await client.get(job.downloadUrl!);
      expect(file.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    } finally {
      await second.close();
      rmSync(dbPath.replace(/\/[^/]+$/, ''), { recursive: true, force: true });
    }
  });
});
