import { and, desc, eq, inArray, lte } from 'drizzle-orm';
import { exportJobs, staffUsers, type DbOrTx } from '@thiphapluat/db';

export type ExportRow = typeof exportJobs.$inferSelect;
export type ExportRowWithRequester = ExportRow & { requesterName: string | null };

const withRequester = { job: exportJobs, requesterName: staffUsers.name };

export function findExport(db: DbOrTx, id: string): ExportRow | undefined {
  return db.select().from(exportJobs).where(eq(exportJobs.id, id)).get();
}

/** The export, only if it belongs to the organization. */
export function findExportInOrg(db: DbOrTx, organizationId: number, id: string): ExportRowWithRequester | undefined {
  const row = db
    .select(withRequester)
    .from(exportJobs)
    .leftJoin(staffUsers, eq(staffUsers.id, exportJobs.requestedBy))
    .where(and(eq(exportJobs.id, id), eq(exportJobs.organizationId, organizationId)))
    .get();
  return row && { ...row.job, requesterName: row.requesterName };
}

export function listExports(db: DbOrTx, organizationId: number, limit: number): ExportRowWithRequester[] {
  return db
    .select(withRequester)
    .from(exportJobs)
    .leftJoin(staffUsers, eq(staffUsers.id, exportJobs.requestedBy))
    .where(eq(exportJobs.organizationId, organizationId))
    .orderBy(desc(exportJobs.createdAt), desc(exportJobs.id))
    .limit(limit)
    .all()
    .map((r) => ({ ...r.job, requesterName: r.requesterName }));
}

/** The unfinished export with the same request key, if any (at most one: a partial unique index). */
export function findActiveByKey(db: DbOrTx, requestKey: string): ExportRow | undefined {
  return db
    .select()
    .from(exportJobs)
    .where(and(eq(exportJobs.requestKey, requestKey), inArray(exportJobs.status, ['queued', 'running'])))
    .get();
}

export function insertExport(db: DbOrTx, row: typeof exportJobs.$inferInsert): void {
  db.insert(exportJobs).values(row).run();
}

export function updateExport(db: DbOrTx, id: string, set: Partial<typeof exportJobs.$inferInsert>): void {
  db.update(exportJobs).set(set).where(eq(exportJobs.id, id)).run();
}

export function unfinishedExports(db: DbOrTx): Pick<ExportRow, 'id'>[] {
  return db.select({ id: exportJobs.id }).from(exportJobs).where(inArray(exportJobs.status, ['queued', 'running'])).orderBy(exportJobs.createdAt).all();
}

export function expiredExports(db: DbOrTx, now: number): Pick<ExportRow, 'id' | 'format'>[] {
  return db
    .select({ id: exportJobs.id, format: exportJobs.format })
    .from(exportJobs)
    .where(and(eq(exportJobs.status, 'done'), lte(exportJobs.expiresAt, now)))
    .all();
}
