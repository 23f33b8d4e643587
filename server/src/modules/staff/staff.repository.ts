import { and, eq, gt } from 'drizzle-orm';
import { organizations, staffMemberships, staffSessions, staffUsers, type DbOrTx, type StaffRole } from '@thiphapluat/db';

export type StaffUserRow = typeof staffUsers.$inferSelect;

export const findUserByEmail = (db: DbOrTx, email: string) =>
  db.select().from(staffUsers).where(eq(staffUsers.email, email)).get();

export const findUserById = (db: DbOrTx, id: number) => db.select().from(staffUsers).where(eq(staffUsers.id, id)).get();

export function insertUser(db: DbOrTx, values: typeof staffUsers.$inferInsert): StaffUserRow {
  return db.insert(staffUsers).values(values).returning().get();
}

export function membershipsOf(db: DbOrTx, userId: number) {
  return db
    .select({ role: staffMemberships.role, organization: { id: organizations.id, slug: organizations.slug, name: organizations.name } })
    .from(staffMemberships)
    .innerJoin(organizations, eq(organizations.id, staffMemberships.organizationId))
    .where(eq(staffMemberships.userId, userId))
    .orderBy(organizations.name)
    .all();
}

export function roleIn(db: DbOrTx, userId: number, organizationId: number): StaffRole | undefined {
  return db
    .select({ role: staffMemberships.role })
    .from(staffMemberships)
    .where(and(eq(staffMemberships.userId, userId), eq(staffMemberships.organizationId, organizationId)))
    .get()?.role;
}

export function upsertMembership(db: DbOrTx, userId: number, organizationId: number, role: StaffRole, now: number): void {
  db.insert(staffMemberships)
    .values({ userId, organizationId, role, createdAt: now })
    .onConflictDoUpdate({ target: [staffMemberships.userId, staffMemberships.organizationId], set: { role } })
    .run();
}

export function insertSession(db: DbOrTx, values: typeof staffSessions.$inferInsert): void {
  db.insert(staffSessions).values(values).run();
}

/** The session and its user, when the session is live and the user is not disabled. */
export function findLiveSession(db: DbOrTx, tokenHash: string, now: number) {
  return db
    .select({ session: staffSessions, user: staffUsers })
    .from(staffSessions)
    .innerJoin(staffUsers, eq(staffUsers.id, staffSessions.userId))
    .where(and(eq(staffSessions.tokenHash, tokenHash), gt(staffSessions.expiresAt, now)))
    .get();
}

export function touchSession(db: DbOrTx, tokenHash: string, expiresAt: number): void {
  db.update(staffSessions).set({ expiresAt }).where(eq(staffSessions.tokenHash, tokenHash)).run();
}

export const deleteSession = (db: DbOrTx, tokenHash: string) => db.delete(staffSessions).where(eq(staffSessions.tokenHash, tokenHash)).run();
export const deleteSessionsOf = (db: DbOrTx, userId: number) => db.delete(staffSessions).where(eq(staffSessions.userId, userId)).run();

export const setPlatformAdmin = (db: DbOrTx, userId: number) => db.update(staffUsers).set({ platformAdmin: true }).where(eq(staffUsers.id, userId)).run();
