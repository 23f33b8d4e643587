import { and, asc, count, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import { auditLog, staffUsers, type DbOrTx } from '@thiphapluat/db';

export interface AuditFilter {
  organizationId: number;
  entity?: string;
  action?: string;
  actorId?: number;
  /** Inclusive lower bound, epoch ms. */
  fromMs?: number;
  /** Exclusive upper bound, epoch ms. */
  toMs?: number;
}

// recordAudit stores the actor as "staff:<id>"; the join resolves it to the account (if it still exists).
const actorJoin = sql`${auditLog.actor} = 'staff:' || ${staffUsers.id}`;

function where(f: AuditFilter): SQL | undefined {
  return and(
    eq(auditLog.organizationId, f.organizationId),
    f.entity === undefined ? undefined : eq(auditLog.entity, f.entity),
    f.action === undefined ? undefined : eq(auditLog.action, f.action),
    f.actorId === undefined ? undefined : eq(auditLog.actor, `staff:${f.actorId}`),
    f.fromMs === undefined ? undefined : gte(auditLog.at, f.fromMs),
    f.toMs === undefined ? undefined : lt(auditLog.at, f.toMs),
  );
}

/** One page of the organization's log, newest first (ties by id, so paging is stable). */
export function auditPage(db: DbOrTx, f: AuditFilter, limit: number, offset: number) {
  return db
    .select({
      id: auditLog.id,
      actor: auditLog.actor,
      actorId: staffUsers.id,
      actorEmail: staffUsers.email,
      actorName: staffUsers.name,
      action: auditLog.action,
      entity: auditLog.entity,
      entityId: auditLog.entityId,
      before: auditLog.before,
      after: auditLog.after,
      at: auditLog.at,
    })
    .from(auditLog)
    .leftJoin(staffUsers, actorJoin)
    .where(where(f))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(limit)
    .offset(offset)
    .all();
}

export const auditCount = (db: DbOrTx, f: AuditFilter): number => db.select({ n: count() }).from(auditLog).where(where(f)).get()?.n ?? 0;

/** The entities, actions and actors that occur in the organization's log, for the filter controls. */
export function auditFacets(db: DbOrTx, organizationId: number) {
  const inOrg = eq(auditLog.organizationId, organizationId);
  return {
    entities: db.selectDistinct({ v: auditLog.entity }).from(auditLog).where(inOrg).orderBy(asc(auditLog.entity)).all().map((r) => r.v),
    actions: db.selectDistinct({ v: auditLog.action }).from(auditLog).where(inOrg).orderBy(asc(auditLog.action)).all().map((r) => r.v),
    actors: db
      .selectDistinct({ id: staffUsers.id, email: staffUsers.email, name: staffUsers.name })
      .from(auditLog)
      .innerJoin(staffUsers, actorJoin)
      .where(inOrg)
      .orderBy(asc(staffUsers.name))
      .all(),
  };
}
