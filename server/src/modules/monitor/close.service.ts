import type { CloseRoundResult } from '@thiphapluat/shared';
import type { AppContext } from '../../context.js';
import { Conflict } from '../../errors.js';
import { recordAudit } from '../audit/audit.repository.js';
import { roundState } from '../contests/contests.service.js';
import type { OrgGrant } from '../../plugins/studio-auth.js';
import * as repo from './monitor.repository.js';
import { requireRound, toMonitorRound } from './monitor.service.js';

const iso = (t: number) => new Date(t).toISOString();

/**
 * Ends an open round now: closesAt becomes now, so no attempt can start from this moment, while attempts
 * already running keep their own deadline. When none is running the round is finalized at once (truth
 * fixed, best attempts re-picked, ranking frozen); otherwise the sweeper does it after the last one
 * ends. Only an open round of a published contest can be closed: 409 otherwise.
 */
export async function closeRound(ctx: AppContext, grant: OrgGrant, roundId: number): Promise<CloseRoundResult> {
  const found = requireRound(ctx, grant.organizationId, roundId);
  const now = ctx.clock.now();
  const state = roundState(found.round, now);
  if (state === 'upcoming') throw Conflict('ROUND_NOT_OPEN', 'Đợt thi chưa mở nên chưa thể kết thúc.');
  if (state === 'closed') throw Conflict('ROUND_NOT_OPEN', 'Đợt thi đã kết thúc.');
  if (found.contest.status !== 'published') throw Conflict('INVALID_TRANSITION', 'Chỉ kết thúc được đợt thi của cuộc thi đang diễn ra.');

  ctx.db.transaction((tx) => {
    repo.setRoundClosesAt(tx, roundId, now);
    recordAudit(tx, {
      organizationId: grant.organizationId,
      actorId: grant.user.id,
      action: 'round.closed',
      entity: 'round',
      entityId: roundId,
      before: { closesAt: iso(found.round.closesAt) },
      after: { closesAt: iso(now) },
      at: now,
    });
  });

  const inProgress = repo.attemptStatusCounts(ctx.db, roundId).in_progress ?? 0;
  // Nothing can write to the round any more: no attempt runs and none can start.
  const finalized = inProgress === 0 && (await ctx.leaderboards.finalizeClosedRounds(0, roundId)).includes(roundId);
  const fresh = requireRound(ctx, grant.organizationId, roundId);
  return { round: toMonitorRound(ctx, fresh), inProgress, finalized };
}
