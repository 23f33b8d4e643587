import { createHmac } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { signInThrottle } from '@thiphapluat/db';
import type { AppContext } from '../context.js';
import { AppError } from '../errors.js';

/**
 * Per-account sign-in throttling (OWASP ASVS 6.3, NIST 800-63B §5.2.2). Five free failures, then each
 * further failure locks the account for 2^n seconds (2 s, 4 s, 8 s… up to 15 minutes). A success
 * resets it; a quiet day forgets it. This is per account, whatever the IP: the per-IP limits elsewhere
 * stop one client spraying many accounts, this stops many clients hammering one.
 *
 * Keys are keyed hashes of the identifier, and an unknown identifier is throttled exactly like a real
 * account, so neither the table nor the answers reveal who has an account.
 */
export const FREE_FAILURES = 5;
export const MAX_LOCK_MS = 15 * 60_000;
export const FORGET_AFTER_MS = 24 * 3600_000;

export type ThrottleRealm = 'staff' | 'participant';

export function throttleKey(ctx: AppContext, realm: ThrottleRealm, identifier: string): string {
  return createHmac('sha256', ctx.secret).update(`sign-in:${realm}:${identifier}`).digest('base64url');
}

/** How long a lock lasts after `failures` consecutive failures; 0 while they are still free. */
export function lockDurationMs(failures: number): number {
  if (failures <= FREE_FAILURES) return 0;
  return Math.min(2 ** (failures - FREE_FAILURES) * 1000, MAX_LOCK_MS);
}

/** 429 SIGN_IN_LOCKED with the wait in Vietnamese (and details.retryAfterSeconds) while `key` is locked. */
export function assertNotLocked(ctx: AppContext, key: string): void {
  const row = ctx.db.select().from(signInThrottle).where(eq(signInThrottle.key, key)).get();
  const now = ctx.clock.now();
  if (!row?.lockedUntil || row.lockedUntil <= now) return;
  const seconds = Math.ceil((row.lockedUntil - now) / 1000);
  throw new AppError(
    'SIGN_IN_LOCKED',
    429,
    `Bạn đã nhập sai quá nhiều lần. Vui lòng thử lại sau ${formatWaitVi(seconds)}.`,
    undefined,
    { retryAfterSeconds: seconds },
  );
}

export function recordFailure(ctx: AppContext, key: string): void {
  const now = ctx.clock.now();
  ctx.db.transaction((tx) => {
    const row = tx.select().from(signInThrottle).where(eq(signInThrottle.key, key)).get();
    const failures = row && now - row.lastFailureAt < FORGET_AFTER_MS ? row.failures + 1 : 1;
    const lock = lockDurationMs(failures);
    const values = { failures, lockedUntil: lock > 0 ? now + lock : null, lastFailureAt: now };
    tx.insert(signInThrottle).values({ key, ...values }).onConflictDoUpdate({ target: signInThrottle.key, set: values }).run();
  });
}

export function recordSuccess(ctx: AppContext, key: string): void {
  ctx.db.delete(signInThrottle).where(eq(signInThrottle.key, key)).run();
}

/** "45 giây", "2 phút", "14 phút 30 giây". */
export function formatWaitVi(seconds: number): string {
  if (seconds < 60) return `${seconds} giây`;
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return s === 0 ? `${m} phút` : `${m} phút ${s} giây`;
}
