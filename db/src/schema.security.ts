/**
 * Security: per-account sign-in throttling. The key is a keyed hash of the account identifier (staff
 * email, or contest + phone for residents), so the table holds no personal data in clear and an
 * unknown account is throttled exactly like a real one (no enumeration by lockout behaviour).
 */
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const signInThrottle = sqliteTable('sign_in_throttle', {
  /** HMAC-SHA256(APP_SECRET, "<realm>:<identifier>"), base64url. */
  key: text('key').primaryKey(),
  /** Consecutive failures since the last success (forgotten after a quiet day). */
  failures: integer('failures').notNull(),
  /** No attempt is checked before this time; null while the free failures last. */
  lockedUntil: integer('locked_until'),
  lastFailureAt: integer('last_failure_at').notNull(),
});
