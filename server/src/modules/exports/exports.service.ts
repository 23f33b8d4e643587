import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, existsSync, rmSync, type ReadStream } from 'node:fs';
import { and, eq } from 'drizzle-orm';
import { contests, rounds } from '@thiphapluat/db';
import { can, exportKindLabelsVi, StatsPeriodQuerySchema, type CreateExportBody, type ExportFormat, type ExportJob, type StaffRole } from '@thiphapluat/shared';
import type { AppContext } from '../../context.js';
import { AppError, Forbidden, NotFound, Validation } from '../../errors.js';
import { recordAudit } from '../audit/audit.repository.js';
import type { OrgGrant } from '../../plugins/studio-auth.js';
import { EXPORT_BACKOFF_MS, EXPORT_JOB, EXPORT_MAX_RUNS, type ExportJobData } from './export-job.js';
import { exportFilePath } from './files.js';
import { vnIsoDate } from './report.js';
import * as repo from './exports.repository.js';
import { CONTENT_TYPES, EXTENSIONS } from './writers/index.js';

const dayVi = (iso: string) => iso.split('-').reverse().join('/');

/** Checks the scope belongs to the organization and names the export; another organization's ids are 404. */
function describeScope(ctx: AppContext, organizationId: number, body: CreateExportBody): string {
  const contestIn = (contestId: number) => {
    const c = ctx.db.select({ title: contests.title }).from(contests).where(and(eq(contests.id, contestId), eq(contests.organizationId, organizationId))).get();
    if (!c) throw NotFound('Không tìm thấy cuộc thi.');
    return c.title;
  };
  const roundIn = (roundId: number, contestId?: number) => {
    const r = ctx.db
      .select({ name: rounds.name, contestId: rounds.contestId, contestTitle: contests.title })
      .from(rounds)
      .innerJoin(contests, eq(contests.id, rounds.contestId))
      .where(and(eq(rounds.id, roundId), eq(contests.organizationId, organizationId)))
      .get();
    if (!r || (contestId !== undefined && r.contestId !== contestId)) throw NotFound('Không tìm thấy đợt thi.');
    return r;
  };
  const label = exportKindLabelsVi[body.kind];
  switch (body.kind) {
    case 'results':
    case 'unit_ranking':
    case 'participants': {
      const title = contestIn(body.contestId);
      const round = 'roundId' in body && body.roundId !== undefined ? roundIn(body.roundId, body.contestId) : null;
      return `${label} – ${title}${round ? ` – ${round.name}` : ''}`;
    }
    case 'summary': {
      // The statistics' own period rules (order, at most 10 years).
      const period = StatsPeriodQuerySchema.safeParse({ from: body.from, to: body.to });
      if (!period.success) throw Validation(period.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
      return `${label} từ ${dayVi(body.from)} đến ${dayVi(body.to)}`;
    }
    case 'items': {
      if (body.roundId !== undefined) {
        const r = roundIn(body.roundId, body.contestId);
        return `${label} – ${r.contestTitle} – ${r.name}`;
      }
      if (body.contestId === undefined) throw Validation([{ path: 'contestId', message: 'Chọn cuộc thi hoặc đợt thi cần phân tích.' }]);
      return `${label} – ${contestIn(body.contestId)}`;
    }
  }
}

const requestKeyOf = (organizationId: number, body: CreateExportBody): string =>
  createHash('sha256')
    .update(JSON.stringify([organizationId, ...Object.entries(body).sort(([a], [b]) => a.localeCompare(b))]))
    .digest('base64url');

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
const isUnmasked = (row: repo.ExportRow) => row.params.unmaskedPhone === true;

function toExportJob(ctx: AppContext, row: repo.ExportRowWithRequester, role: StaffRole): ExportJob {
  const downloadable = row.status === 'done' && (row.expiresAt ?? 0) > ctx.clock.now() && (!isUnmasked(row) || can(role, 'pii.read'));
  return {
    id: row.id,
    kind: row.kind as ExportJob['kind'],
    format: row.format as ExportFormat,
    title: row.title,
    status: row.status,
    progress: row.progress,
    error: row.error,
    runs: row.runs,
    unmaskedPhone: isUnmasked(row),
    fileName: row.fileName,
    sizeBytes: row.sizeBytes,
    rowCount: row.rowCount,
    requestedBy: { id: row.requestedBy, name: row.requesterName ?? '' },
    createdAt: new Date(row.createdAt).toISOString(),
    finishedAt: iso(row.finishedAt),
    expiresAt: iso(row.expiresAt),
    downloadUrl: downloadable ? `/api/studio/orgs/${row.organizationId}/exports/${row.id}/download` : null,
  };
}

/**
 * Starts an export, or answers the unfinished one that asked for the same thing (idempotent: a double
 * click or a retrying client never starts a second job). Full phone numbers need `pii.read`; asking
 * for them is written to the audit log with the request. The row records who asked.
 */
export async function createExport(ctx: AppContext, grant: OrgGrant, body: CreateExportBody): Promise<{ job: ExportJob; created: boolean }> {
  const unmasked = body.kind === 'participants' && body.unmaskedPhone;
  if (unmasked && !can(grant.role, 'pii.read')) throw Forbidden('Vai trò của bạn không được xem số điện thoại đầy đủ.');
  const title = describeScope(ctx, grant.organizationId, body);
  const requestKey = requestKeyOf(grant.organizationId, body);
  const now = ctx.clock.now();
  const { id, created } = ctx.db.transaction((tx) => {
    const active = repo.findActiveByKey(tx, requestKey);
    if (active) return { id: active.id, created: false };
    const { kind, format, ...params } = body;
    const id = randomUUID();
    const fileName = `${title.replace(/[\\/:*?"<>|]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 120)} ${vnIsoDate(now)}.${EXTENSIONS[format]}`;
    repo.insertExport(tx, { id, organizationId: grant.organizationId, kind, format, params, requestKey, status: 'queued', title, fileName, requestedBy: grant.user.id, createdAt: now });
    recordAudit(tx, {
      organizationId: grant.organizationId,
      actorId: grant.user.id,
      action: unmasked ? 'export.pii_requested' : 'export.requested',
      entity: 'export',
      entityId: id,
      after: { kind, format, ...params },
      at: now,
    });
    return { id, created: true };
  });
  if (created) await enqueueExport(ctx, id);
  return { job: getExport(ctx, grant, id), created };
}

/** Hands the export to the queue; if the queue cannot take it (Redis down), the export shows the error. */
async function enqueueExport(ctx: AppContext, id: string): Promise<void> {
  try {
    await ctx.jobs.enqueue<ExportJobData>(EXPORT_JOB, { exportId: id }, { jobId: id, attempts: EXPORT_MAX_RUNS, backoffMs: EXPORT_BACKOFF_MS });
  } catch (err) {
    repo.updateExport(ctx.db, id, { status: 'failed', error: `Không đưa được vào hàng đợi: ${err instanceof Error ? err.message : String(err)}`, finishedAt: ctx.clock.now() });
  }
}

export function getExport(ctx: AppContext, grant: OrgGrant, id: string): ExportJob {
  const row = repo.findExportInOrg(ctx.db, grant.organizationId, id);
  if (!row) throw NotFound('Không tìm thấy yêu cầu xuất dữ liệu.');
  return toExportJob(ctx, row, grant.role);
}

/** The organization's latest exports, newest first. */
export function listExports(ctx: AppContext, grant: OrgGrant): ExportJob[] {
  return repo.listExports(ctx.db, grant.organizationId, 100).map((r) => toExportJob(ctx, r, grant.role));
}

export interface ExportDownload {
  stream: ReadStream;
  fileName: string;
  contentType: string;
  size: number;
}

/**
 * The finished file, for 24 hours. 409 EXPORT_NOT_READY before it is done, 410 EXPORT_EXPIRED after.
 * A file with full phone numbers needs `pii.read`, and each download of it is audited.
 */
export function openDownload(ctx: AppContext, grant: OrgGrant, id: string): ExportDownload {
  const row = repo.findExportInOrg(ctx.db, grant.organizationId, id);
  if (!row) throw NotFound('Không tìm thấy yêu cầu xuất dữ liệu.');
  if (isUnmasked(row) && !can(grant.role, 'pii.read')) throw Forbidden('Tệp có số điện thoại đầy đủ; vai trò của bạn không được tải.');
  const format = row.format as ExportFormat;
  const path = exportFilePath(ctx.db, row.id, format);
  if (row.status === 'expired' || (row.status === 'done' && ((row.expiresAt ?? 0) <= ctx.clock.now() || !existsSync(path)))) {
    throw new AppError('EXPORT_EXPIRED', 410);
  }
  if (row.status !== 'done') throw new AppError('EXPORT_NOT_READY', 409, undefined, undefined, { status: row.status });
  if (isUnmasked(row)) {
    recordAudit(ctx.db, { organizationId: grant.organizationId, actorId: grant.user.id, action: 'export.pii_downloaded', entity: 'export', entityId: row.id, at: ctx.clock.now() });
  }
  return {
    stream: createReadStream(path),
    fileName: row.fileName ?? `${row.id}.${EXTENSIONS[format]}`,
    contentType: CONTENT_TYPES[format],
    size: row.sizeBytes ?? 0,
  };
}

/** Enqueues again the exports a stopped process left unfinished; the queue ignores ids it already holds. */
export async function resumeUnfinishedExports(ctx: AppContext): Promise<number> {
  const rows = repo.unfinishedExports(ctx.db);
  for (const r of rows) await enqueueExport(ctx, r.id);
  return rows.length;
}

/** Deletes files past their 24 hours and marks their exports expired. */
export function sweepExpiredExports(ctx: AppContext): number {
  const rows = repo.expiredExports(ctx.db, ctx.clock.now());
  for (const r of rows) {
    rmSync(exportFilePath(ctx.db, r.id, r.format as ExportFormat), { force: true });
    repo.updateExport(ctx.db, r.id, { status: 'expired' });
  }
  return rows.length;
}
