import { and, asc, count, eq, ne, sql } from 'drizzle-orm';
import { organizations, staffMemberships, staffSessions, staffUsers, type DbOrTx, type StaffRole } from '@thiphapluat/db';

/** One membership with its account, as the staff list shows it. */
export interface MemberRow {
  userId: number;
  email: string;
  name: string;
  role: StaffRole;
  disabledAt: number | null;
  joinedAt: number;
  lastSessionAt: number | null;
}

const memberColumns = {
  userId: staffUsers.id,
  email: staffUsers.email,
  name: staffUsers.name,
  role: staffMemberships.role,
  disabledAt: staffUsers.disabledAt,
  joinedAt: staffMemberships.createdAt,
  lastSessionAt: sql<number | null>`(select max(${staffSessions.createdAt}) from ${staffSessions} where ${staffSessions.userId} = ${staffUsers.id})`,
};

export function membersOf(db: DbOrTx, organizationId: number): MemberRow[] {
  return db
    .select(memberColumns)
    .from(staffMemberships)
    .innerJoin(staffUsers, eq(staffUsers.id, staffMemberships.userId))
    .where(eq(staffMemberships.organizationId, organizationId))
    .orderBy(asc(staffUsers.name), asc(staffUsers.id))
    .all();
}

/** A member of this organization; a user who is not one (even of another organization) is not found. */
export function findMember(db: DbOrTx, organizationId: number, userId: number): MemberRow | undefined {
  return db
    .select(memberColumns)
    .from(staffMemberships)
    .innerJoin(staffUsers, eq(staffUsers.id, staffMemberships.userId))
    .where(and(eq(staffMemberships.organizationId, organizationId), eq(staffMemberships.userId, userId)))
    .get();
}

export function countAdmins(db: DbOrTx, organizationId: number): number {
  return (
    db
      .select({ n: count() })
      .from(staffMemberships)
      .where(and(eq(staffMemberships.organizationId, organizationId), eq(staffMemberships.role, 'admin')))
      .get()?.n ?? 0
  );
}

export function insertMembership(db: DbOrTx, userId: number, organizationId: number, role: StaffRole, now: number): void {
  db.insert(staffMemberships).values({ userId, organizationId, role, createdAt: now }).run();
}

export function updateRole(db: DbOrTx, organizationId: number, userId: number, role: StaffRole): void {
  db.update(staffMemberships)
    .set({ role })
    .where(and(eq(staffMemberships.organizationId, organizationId), eq(staffMemberships.userId, userId)))
    .run();
}

export function deleteMembership(db: DbOrTx, organizationId: number, userId: number): void {
  db.delete(staffMemberships).where(and(eq(staffMemberships.organizationId, organizationId), eq(staffMemberships.userId, userId))).run();
}

export function membershipCount(db: DbOrTx, userId: number): number {
  return db.select({ n: count() }).from(staffMemberships).where(eq(staffMemberships.userId, userId)).get()?.n ?? 0;
}

export const organizationIdsOf = (db: DbOrTx, userId: number): number[] =>
  db.select({ id: staffMemberships.organizationId }).from(staffMemberships).where(eq(staffMemberships.userId, userId)).all().map((r) => r.id);

/** Ends every session of the user; returns how many there were. */
export function deleteAllSessions(db: DbOrTx, userId: number): number {
  return db.delete(staffSessions).where(eq(staffSessions.userId, userId)).run().changes;
}

/** Ends every session of the user except the one with `keepTokenHash`. */
export function deleteOtherSessions(db: DbOrTx, userId: number, keepTokenHash: string): number {
  return db
    .delete(staffSessions)
    .where(and(eq(staffSessions.userId, userId), ne(staffSessions.tokenHash, keepTokenHash)))
    .run().changes;
}

export function setPasswordHash(db: DbOrTx, userId: number, passwordHash: string): void {
  db.update(staffUsers).set({ passwordHash }).where(eq(staffUsers.id, userId)).run();
}

// ---- Organizations (platform) ---------------------------------------------------------------------

export type OrganizationRow = typeof organizations.$inferSelect;

export function organizationsWithCounts(db: DbOrTx) {
  return db
    .select({
      id: organizations.id,
      slug: organizations.slug,
      name: organizations.name,
      createdAt: organizations.createdAt,
      memberCount: count(staffMemberships.userId),
      adminCount: sql<number>`coalesce(sum(case when ${staffMemberships.role} = 'admin' then 1 else 0 end), 0)`,
    })
    .from(organizations)
    .leftJoin(staffMemberships, eq(staffMemberships.organizationId, organizations.id))
    .groupBy(organizations.id)
    .orderBy(asc(organizations.name), asc(organizations.id))
    .all();
}

export const findOrganizationBySlug = (db: DbOrTx, slug: string) => db.select().from(organizations).where(eq(organizations.slug, slug)).get();

export function insertOrganization(db: DbOrTx, values: typeof organizations.$inferInsert): OrganizationRow {
  return db.insert(organizations).values(values).returning().get();
}

