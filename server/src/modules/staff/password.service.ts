import { hash, verify } from '@node-rs/argon2';
import type { ChangePasswordBody, ChangePasswordResult } from '@thiphapluat/shared';
import type { AppContext } from '../../context.js';
import { Validation } from '../../errors.js';
import { recordAudit } from '../audit/audit.repository.js';
import { hashToken } from '../participants/participants.service.js';
import type { StaffUserRow } from './staff.repository.js';
import { checkStaffPassword, normalizeEmail } from './staff.service.js';
import * as repo from './staff-admin.repository.js';

/**
 * Changes the signed-in user's password. The current password must be right; the new one must be
 * long enough, differ from the email and from the current one. Every other session of the user ends
 * (a stolen session dies with the old password); `currentToken`'s session stays. The audit entry
 * says that it happened, never what the password is.
 */
export async function changeOwnPassword(ctx: AppContext, user: StaffUserRow, currentToken: string, body: ChangePasswordBody): Promise<ChangePasswordResult> {
  if (!(await verify(user.passwordHash, body.currentPassword))) {
    throw Validation([{ path: 'currentPassword', message: 'Mật khẩu hiện tại không đúng.' }], 'Mật khẩu hiện tại không đúng.');
  }
  if (normalizeEmail(body.newPassword) === user.email) {
    throw Validation([{ path: 'newPassword', message: 'Mật khẩu mới không được trùng với email.' }]);
  }
  checkStaffPassword(body.newPassword, user.email, 'newPassword');
  if (body.newPassword === body.currentPassword) {
    throw Validation([{ path: 'newPassword', message: 'Mật khẩu mới phải khác mật khẩu hiện tại.' }]);
  }
  const passwordHash = await hash(body.newPassword, ctx.passwordHashing);
  const now = ctx.clock.now();
  return ctx.db.transaction((tx) => {
    repo.setPasswordHash(tx, user.id, passwordHash);
    const otherSessionsEnded = repo.deleteOtherSessions(tx, user.id, hashToken(currentToken));
    // Each organization's admins see it in their own log; an account without one is logged platform-wide.
    const orgIds = repo.organizationIdsOf(tx, user.id);
    for (const organizationId of orgIds.length ? orgIds : [null]) {
      recordAudit(tx, {
        organizationId,
        actorId: user.id,
        action: 'staff.password_changed',
        entity: 'staff',
        entityId: user.id,
        after: { email: user.email, otherSessionsEnded },
        at: now,
      });
    }
    return { otherSessionsEnded };
  });
}
