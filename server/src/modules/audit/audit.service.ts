import type { AuditPage, AuditQuery } from '@thiphapluat/shared';
import type { AppContext } from '../../context.js';
import { auditCount, auditFacets, auditPage, type AuditFilter } from './audit-read.repository.js';

/** Vietnam has been UTC+7 all year since 1975: a calendar day there starts at 17:00 UTC the day before. */
const VN_OFFSET_MS = 7 * 3600_000;
const DAY_MS = 24 * 3600_000;
const vnMidnight = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`) - VN_OFFSET_MS;

/**
 * One page of an organization's audit log, newest first, each entry with its actor resolved to a
 * name and email. Only entries of `organizationId` are ever read; `from`/`to` are whole days in
 * Vietnam time, both included.
 */
export function readAuditLog(ctx: AppContext, organizationId: number, q: AuditQuery): AuditPage {
  const filter: AuditFilter = {
    organizationId,
    entity: q.entity,
    action: q.action,
    actorId: q.actorId,
    fromMs: q.from === undefined ? undefined : vnMidnight(q.from),
    toMs: q.to === undefined ? undefined : vnMidnight(q.to) + DAY_MS,
  };
  const rows = auditPage(ctx.db, filter, q.pageSize, (q.page - 1) * q.pageSize);
  return {
    entries: rows.map((r) => ({
      id: r.id,
      actor: { id: r.actorId, email: r.actorEmail, name: r.actorName },
      action: r.action,
      entity: r.entity,
      entityId: r.entityId,
      before: r.before,
      after: r.after,
      at: new Date(r.at).toISOString(),
    })),
    total: auditCount(ctx.db, filter),
    page: q.page,
    pageSize: q.pageSize,
    facets: auditFacets(ctx.db, organizationId),
  };
}
