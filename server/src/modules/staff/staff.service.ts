import { randomBytes } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import { hash, verify } from '@node-rs/argon2';
import { STAFF_PASSWORD_MIN, type StaffMe, type StaffRole, type StaffSignInBody } from '@thiphapluat/shared';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import { checkPassword } from '../../lib/passwords.js';
import { assertNotLocked, recordFailure, recordSuccess, throttleKey } from '../../lib/sign-in-throttle.js';
import { hashToken } from '../participants/participants.service.js';
import * as repo from './staff.repository.js';
import type { StaffUserRow } from './staff.repository.js';

/** Idle timeout of a staff session; each use pushes it forward, up to the absolute cap. */
export const STAFF_IDLE_MS = 2 * 3600_000;
export const STAFF_ABSOLUTE_MS = 12 * 3600_000;

export interface StaffSession {
  token: string;
  /** When the cookie may be dropped: the absolute cap. The server enforces the idle timeout. */
  absoluteExpiresAt: number;
  user: StaffUserRow;
}

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

/** NIST 800-63B (server/src/lib/passwords.ts): at least 12 characters, not common, not the account's own email. */
export function checkStaffPassword(password: string, email: string, field = 'password'): void {
  checkPassword(password, { field, minLength: STAFF_PASSWORD_MIN, context: [email, 'thiphapluat', 'studio'] });
}

/** Creates a staff account. Emails are unique, case-insensitively. */
export async function createStaffUser(
  ctx: AppContext,
  input: { email: string; name: string; password: string; platformAdmin?: boolean },
): Promise<StaffUserRow> {
  checkStaffPassword(input.password, input.email);
  const email = normalizeEmail(input.email);
  if (repo.findUserByEmail(ctx.db, email)) throw new AppError('CONFLICT', 409, 'Email này đã có tài khoản.', [{ path: 'email', message: 'Email đã được dùng.' }]);
  const passwordHash = await hash(input.password, ctx.passwordHashing);
  return repo.insertUser(ctx.db, {
    email,
    name: input.name.trim(),
    passwordHash,
    platformAdmin: input.platformAdmin ?? false,
    createdAt: ctx.clock.now(),
  });
}

let dummyHash: Promise<string> | null = null;

/**
 * Signs a staff member in and opens a new server-side session (a fresh token on every sign-in, so a
 * session id planted before sign-in is worthless). Unknown email, wrong password and a disabled account
 * all get the same 401 INVALID_CREDENTIALS, in the same time.
 */
export async function staffSignIn(ctx: AppContext, body: StaffSignInBody): Promise<StaffSession> {
  const email = normalizeEmail(body.email);
  // Checked before the password: a locked account costs no hash, and its lock says nothing about it.
  const throttle = throttleKey(ctx, 'staff', email);
  assertNotLocked(ctx, throttle);
  const user = repo.findUserByEmail(ctx.db, email);
  dummyHash ??= hash('not-a-password', ctx.passwordHashing);
  const ok = await verify(user?.passwordHash ?? (await dummyHash), body.password);
  if (!user || !ok || user.disabledAt !== null) {
    recordFailure(ctx, throttle);
    throw new AppError('INVALID_CREDENTIALS', 401);
  }
  recordSuccess(ctx, throttle);
  const token = randomBytes(32).toString('base64url');
  const now = ctx.clock.now();
  const absoluteExpiresAt = now + STAFF_ABSOLUTE_MS;
  repo.insertSession(ctx.db, { tokenHash: hashToken(token), userId: user.id, createdAt: now, expiresAt: now + STAFF_IDLE_MS, absoluteExpiresAt });
  return { token, absoluteExpiresAt, user };
}

/** The user behind a session token, or null. Slides the idle expiry forward (at most once a minute). */
export function authenticateStaff(ctx: AppContext, token: string): StaffUserRow | null {
  const now = ctx.clock.now();
  const tokenHash = hashToken(token);
  const row = repo.findLiveSession(ctx.db, tokenHash, now);
  if (!row || row.user.disabledAt !== null) return null;
  const next = Math.min(now + STAFF_IDLE_MS, row.session.absoluteExpiresAt);
  if (next - row.session.expiresAt > 60_000) repo.touchSession(ctx.db, tokenHash, next);
  return row.user;
}

export const staffSignOut = (ctx: AppContext, token: string) => repo.deleteSession(ctx.db, hashToken(token));

export function me(ctx: AppContext, user: StaffUserRow): StaffMe {
  return {
    user: { id: user.id, email: user.email, name: user.name, platformAdmin: user.platformAdmin },
    memberships: repo.membershipsOf(ctx.db, user.id),
  };
}

export const roleIn = (ctx: AppContext, userId: number, organizationId: number): StaffRole | undefined =>
  repo.roleIn(ctx.db, userId, organizationId);

/** A strong random password an operator can read out: four groups of five letters and digits. */
export function generatePassword(): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyz23456789';
  const bytes = randomBytes(20);
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]).join('');
  return chars.match(/.{5}/g)!.join('-');
}

/** Creates a platform admin who administers `organizationId`, or adds the role to an existing account. */
export async function createAdmin(ctx: AppContext, input: { email: string; name: string; password: string; organizationId?: number }): Promise<StaffUserRow> {
  const existing = repo.findUserByEmail(ctx.db, normalizeEmail(input.email));
  const user = existing ?? (await createStaffUser(ctx, { ...input, platformAdmin: true }));
  if (existing && !existing.platformAdmin) repo.setPlatformAdmin(ctx.db, existing.id);
  if (input.organizationId !== undefined) repo.upsertMembership(ctx.db, user.id, input.organizationId, 'admin', ctx.clock.now());
  return user;
}

/**
 * The demo's studio account, so `pnpm start` can be explored end to end. Its password is random and
 * printed once in the server log; nothing guessable is ever created.
 */
export async function seedDemoStaff(ctx: AppContext, organizationId: number, log: FastifyBaseLogger): Promise<void> {
  const password = generatePassword();
  const email = 'demo@thiphapluat.local';
  await createAdmin(ctx, { email, name: 'Quản trị demo', password, organizationId });
  log.info({ email, password, url: '/studio' }, 'demo studio account (admin of the demo organization); the password is shown only now');
}
