import type { CreateOrganizationBody, CreateOrganizationResult, OrganizationList, OrganizationSummary } from '@thiphapluat/shared';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import { recordAudit } from '../audit/audit.repository.js';
import * as repo from './staff-admin.repository.js';
import { grantMembership, prepareAccount } from './staff-admin.service.js';

const iso = (ms: number) => new Date(ms).toISOString();

/** Every organization on the platform with its member and admin counts (platform admins only). */
export function listOrganizations(ctx: AppContext): OrganizationList {
  return {
    organizations: repo.organizationsWithCounts(ctx.db).map((o) => ({
      id: o.id,
      slug: o.slug,
      name: o.name,
      memberCount: o.memberCount,
      adminCount: Number(o.adminCount),
      createdAt: iso(o.createdAt),
    })),
  };
}

/**
 * Creates an organization together with its first admin, in one transaction: an organization never
 * exists without an admin. The admin's account is created with a generated password (returned once)
 * unless the email already has one. Slugs are unique: 409 SLUG_TAKEN. Audited under the new organization.
 */
export async function createOrganization(ctx: AppContext, actorId: number, body: CreateOrganizationBody): Promise<CreateOrganizationResult> {
  const slugTaken = () => new AppError('SLUG_TAKEN', 409, undefined, [{ path: 'slug', message: 'Đường dẫn này đã có tổ chức khác dùng.' }]);
  if (repo.findOrganizationBySlug(ctx.db, body.slug)) throw slugTaken();
  const prepared = await prepareAccount(ctx, { email: body.adminEmail, name: body.adminName });
  const now = ctx.clock.now();
  return ctx.db.transaction((tx) => {
    if (repo.findOrganizationBySlug(tx, body.slug)) throw slugTaken();
    const org = repo.insertOrganization(tx, { slug: body.slug, name: body.name, createdAt: now });
    recordAudit(tx, {
      organizationId: org.id,
      actorId,
      action: 'organization.created',
      entity: 'organization',
      entityId: org.id,
      after: { slug: org.slug, name: org.name },
      at: now,
    });
    const { member, accountCreated } = grantMembership(tx, ctx, { organizationId: org.id, actorId, role: 'admin', prepared, now });
    const organization: OrganizationSummary = { id: org.id, slug: org.slug, name: org.name, memberCount: 1, adminCount: 1, createdAt: iso(org.createdAt) };
    return {
      organization,
      admin: { userId: member.userId, email: member.email, name: member.name },
      accountCreated,
      password: accountCreated ? prepared.fresh!.password : null,
    };
  });
}
