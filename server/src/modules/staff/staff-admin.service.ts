import { hash } from '@node-rs/argon2';
import type { DbOrTx, Tx } from '@thiphapluat/db';
import type { AddStaffBody, AddStaffResult, StaffList, StaffMember, StaffRole } from '@thiphapluat/shared';
import type { AppContext } from '../../context.js';
import { AppError, Conflict, NotFound } from '../../errors.js';
import { recordAudit } from '../audit/audit.repository.js';
import * as staffRepo from './staff.repository.js';
import { generatePassword, normalizeEmail } from './staff.service.js';
import * as repo from './staff-admin.repository.js';
import type { MemberRow } from './staff-admin.repository.js';

const iso = (ms: number) => new Date(ms).toISOString();

export function toMember(row: MemberRow): StaffMember {
  return {
    userId: row.userId,
    email: row.email,
    name: row.name,
    role: row.role,
    disabled: row.disabledAt !== null,
    lastSignInAt: row.lastSessionAt === null ? null : iso(row.lastSessionAt),
    joinedAt: iso(row.joinedAt),
  };
}

/** What the audit log keeps of a member: identity and role, never a password or its hash. */
const auditView = (m: { userId: number; email: string; name: string; role: StaffRole }) => ({ userId: m.userId, email: m.email, name: m.name, role: m.role });

/** The organization's staff, by name. */
export function listStaff(ctx: AppContext, organizationId: number): StaffList {
  return { members: repo.membersOf(ctx.db, organizationId).map(toMember) };
}

/** The account to add to an organization: an existing one (matched by email), or a new one with a generated password. */
export interface AccountToGrant {
  email: string;
  name: string;
  /** Present when a new account is to be created: the hash to store and the clear password to show once. */
  fresh?: { password: string; passwordHash: string };
}

/**
 * Looks the email up and, when it has no account yet, generates and hashes a password. Hashing is
 * slow and async, so it happens before the write transaction, which then only inserts.
 */
export async function prepareAccount(ctx: AppContext, input: { email: string; name: string }): Promise<AccountToGrant> {
  const email = normalizeEmail(input.email);
  if (staffRepo.findUserByEmail(ctx.db, email)) return { email, name: input.name };
  const password = generatePassword();
  return { email, name: input.name, fresh: { password, passwordHash: await hash(password, ctx.passwordHashing) } };
}

/**
 * Inside the caller's transaction: the account (created if `prepared.fresh`) becomes a member with
 * `role`. An existing account keeps its own name. Refuses 409 when it already is a member.
 */
export function grantMembership(
  tx: Tx,
  ctx: AppContext,
  args: { organizationId: number; actorId: number; role: StaffRole; prepared: AccountToGrant; now: number },
): { member: MemberRow; accountCreated: boolean } {
  const { organizationId, role, prepared, now } = args;
  let user = staffRepo.findUserByEmail(tx, prepared.email);
  // Someone may have created the account between prepareAccount and now; then it is simply existing.
  const accountCreated = !user && prepared.fresh !== undefined;
  if (!user) {
    if (!prepared.fresh) throw new Error('account vanished between lookup and insert');
    user = staffRepo.insertUser(tx, { email: prepared.email, name: prepared.name, passwordHash: prepared.fresh.passwordHash, createdAt: now });
  }
  if (staffRepo.roleIn(tx, user.id, organizationId)) {
    throw new AppError('CONFLICT', 409, 'Người này đã là thành viên của tổ chức.', [{ path: 'email', message: 'Email này đã là thành viên của tổ chức.' }]);
  }
  repo.insertMembership(tx, user.id, organizationId, role, now);
  const member = repo.findMember(tx, organizationId, user.id)!;
  recordAudit(tx, {
    organizationId,
    actorId: args.actorId,
    action: 'staff.added',
    entity: 'staff',
    entityId: user.id,
    after: { ...auditView(member), accountCreated },
    at: now,
  });
  ctx.log.info({ organizationId, userId: user.id, accountCreated }, 'staff member added');
  return { member, accountCreated };
}

/**
 * Adds a member. A new email gets an account with a generated password, returned here once and never
 * stored in clear or logged; an email that already has an account only gains the membership, and no
 * password is returned.
 */
export async function addStaff(ctx: AppContext, organizationId: number, actorId: number, body: AddStaffBody): Promise<AddStaffResult> {
  const prepared = await prepareAccount(ctx, body);
  const now = ctx.clock.now();
  const { member, accountCreated } = ctx.db.transaction((tx) => grantMembership(tx, ctx, { organizationId, actorId, role: body.role, prepared, now }));
  return { member: toMember(member), accountCreated, password: accountCreated ? prepared.fresh!.password : null };
}

/** Refuses when the change would leave the organization without an admin. */
function guardLastAdmin(tx: DbOrTx, organizationId: number, member: MemberRow, nextRole: StaffRole | null): void {
  if (member.role === 'admin' && nextRole !== 'admin' && repo.countAdmins(tx, organizationId) <= 1) {
    throw Conflict('LAST_ADMIN', undefined, { userId: member.userId });
  }
}

/**
 * Changes a member's role. A user who is not a member of this organization is 404; demoting the
 * organization's last admin is 409 LAST_ADMIN. Setting the same role is a no-op and is not audited.
 */
export function changeRole(ctx: AppContext, organizationId: number, actorId: number, userId: number, role: StaffRole): StaffMember {
  return ctx.db.transaction((tx) => {
    const member = repo.findMember(tx, organizationId, userId);
    if (!member) throw NotFound('Không tìm thấy thành viên này trong tổ chức.');
    if (member.role === role) return toMember(member);
    guardLastAdmin(tx, organizationId, member, role);
    repo.updateRole(tx, organizationId, userId, role);
    recordAudit(tx, {
      organizationId,
      actorId,
      action: 'staff.role_changed',
      entity: 'staff',
      entityId: userId,
      before: auditView(member),
      after: auditView({ ...member, role }),
      at: ctx.clock.now(),
    });
    return toMember({ ...member, role });
  });
}

/**
 * Removes a member from the organization (the account itself stays). Removing the last admin is
 * 409 LAST_ADMIN. A user left without any organization is signed out everywhere at once, so a
 * removed person cannot keep working in an open tab.
 */
export function removeStaff(ctx: AppContext, organizationId: number, actorId: number, userId: number): { signedOut: number } {
  return ctx.db.transaction((tx) => {
    const member = repo.findMember(tx, organizationId, userId);
    if (!member) throw NotFound('Không tìm thấy thành viên này trong tổ chức.');
    guardLastAdmin(tx, organizationId, member, null);
    repo.deleteMembership(tx, organizationId, userId);
    const signedOut = repo.membershipCount(tx, userId) === 0 ? repo.deleteAllSessions(tx, userId) : 0;
    recordAudit(tx, {
      organizationId,
      actorId,
      action: 'staff.removed',
      entity: 'staff',
      entityId: userId,
      before: auditView(member),
      after: { sessionsEnded: signedOut },
      at: ctx.clock.now(),
    });
    return { signedOut };
  });
}
