import { auditLog, type DbOrTx } from '@thiphapluat/db';

export interface AuditEntryInput {
  organizationId: number | null;
  /** Staff user id of whoever made the change. */
  actorId: number;
  /** entity.verb, e.g. question.published, contest.created. */
  action: string;
  entity: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
  at: number;
}

/**
 * Records one staff write. Call it with the transaction that makes the change, so the log and the
 * change commit together or not at all.
 */
export function recordAudit(db: DbOrTx, e: AuditEntryInput): void {
  db.insert(auditLog)
    .values({
      organizationId: e.organizationId,
      actor: `staff:${e.actorId}`,
      action: e.action,
      entity: e.entity,
      entityId: String(e.entityId),
      before: e.before ?? null,
      after: e.after ?? null,
      at: e.at,
    })
    .run();
}
