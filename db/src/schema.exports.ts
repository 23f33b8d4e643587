import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { organizations, staffUsers } from './schema.js';

export type ExportStatusValue = 'queued' | 'running' | 'done' | 'failed' | 'expired';

/**
 * One export an official asked for: what, who asked, how far it got, and where the finished file is.
 * The row, not the queue, is the truth the studio shows, so it reads the same on either JobQueue and
 * survives a restart (unfinished rows are enqueued again at start-up).
 */
export const exportJobs = sqliteTable(
  'export_jobs',
  {
    /** Random id; also the job id in the queue, so enqueueing it twice never runs it twice. */
    id: text('id').primaryKey(),
    organizationId: integer('organization_id').notNull().references(() => organizations.id),
    kind: text('kind').notNull(),
    format: text('format').notNull(),
    /** The request as validated (contest, round, period, unmasked…). */
    params: text('params', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    /** Same organization, kind, format and params: the same request. Unique among unfinished jobs. */
    requestKey: text('request_key').notNull(),
    status: text('status').$type<ExportStatusValue>().notNull(),
    progress: integer('progress').notNull().default(0),
    /** Runs started; a crashed run is retried up to the queue's limit. */
    runs: integer('runs').notNull().default(0),
    error: text('error'),
    title: text('title').notNull(),
    fileName: text('file_name'),
    sizeBytes: integer('size_bytes'),
    rowCount: integer('row_count'),
    requestedBy: integer('requested_by').notNull().references(() => staffUsers.id),
    createdAt: integer('created_at').notNull(),
    startedAt: integer('started_at'),
    finishedAt: integer('finished_at'),
    /** When the file is deleted by the sweep; set once done. */
    expiresAt: integer('expires_at'),
  },
  (t) => [
    index('export_jobs_org_created').on(t.organizationId, t.createdAt),
    index('export_jobs_status_expires').on(t.status, t.expiresAt),
    uniqueIndex('export_jobs_active_request').on(t.requestKey).where(sql`status in ('queued', 'running')`),
  ],
);
