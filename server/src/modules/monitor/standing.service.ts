import type { ParticipantStanding } from '@thiphapluat/shared';
import type { AppContext } from '../../context.js';
import { Conflict, NotFound } from '../../errors.js';
import type { OrgGrant } from '../../plugins/studio-auth.js';
import { recordAudit } from '../audit/audit.repository.js';
import { invalidateRoundStats } from '../stats/rollup.service.js';
import * as repo from './results.repository.js';

const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());

function requireParticipant(ctx: AppContext, organizationId: number, participantId: string) {
  const found = repo.findParticipantInOrg(ctx.db, organizationId, participantId);
  if (!found) throw NotFound('Không tìm thấy người dự thi.');
  return found.participant;
}

/**
 * Disqualifies a participant from the contest (every round): they leave the leaderboards, the winners
 * proposals and the collective counts, and the frozen ranks of finalized, unpublished rounds close up
 * around them (the prediction truth stays as fixed at the close).
 * Rule on published results: a prize already published is not taken back here, so a participant
 * named in a published list is refused with 409 RESULTS_ALREADY_PUBLISHED; published rounds keep
 * their ranks and awards as published.
 */
export async function disqualifyParticipant(ctx: AppContext, grant: OrgGrant, participantId: string, reason: string): Promise<ParticipantStanding> {
  const p = requireParticipant(ctx, grant.organizationId, participantId);
  if (p.disqualifiedAt !== null) throw Conflict('INVALID_TRANSITION', 'Người dự thi này đã bị loại.');
  const awarded = repo.publishedAwardsOf(ctx.db, participantId);
  if (awarded.length > 0) {
    throw Conflict('RESULTS_ALREADY_PUBLISHED', `Người dự thi đã có tên trong kết quả đã công bố (${awarded.map((a) => `${a.label}, ${a.roundName}`).join('; ')}); không thể loại.`);
  }
  const now = ctx.clock.now();
  return applyStanding(ctx, grant, p, { at: now, reason, by: grant.user.id }, 'participant.disqualified');
}

/**
 * Undoes a disqualification: the participant's results count again where they still can. Refused with
 * 409 RESULTS_ALREADY_PUBLISHED when a round they have a result in was published while they were
 * disqualified: that list was announced without them and is not reopened.
 */
export async function reinstateParticipant(ctx: AppContext, grant: OrgGrant, participantId: string): Promise<ParticipantStanding> {
  const p = requireParticipant(ctx, grant.organizationId, participantId);
  if (p.disqualifiedAt === null) throw Conflict('INVALID_TRANSITION', 'Người dự thi này không bị loại.');
  const since = p.disqualifiedAt;
  const publishedMeanwhile = repo.roundsWithResultOf(ctx.db, participantId).filter((r) => r.resultsPublishedAt !== null && r.resultsPublishedAt >= since);
  if (publishedMeanwhile.length > 0) {
    throw Conflict('RESULTS_ALREADY_PUBLISHED', `Kết quả ${publishedMeanwhile.map((r) => r.name).join(', ')} đã công bố khi người này đang bị loại; không thể khôi phục.`);
  }
  return applyStanding(ctx, grant, p, { at: null, reason: null, by: null }, 'participant.reinstated');
}

async function applyStanding(
  ctx: AppContext,
  grant: OrgGrant,
  p: NonNullable<ReturnType<typeof repo.findParticipantInOrg>>['participant'],
  next: { at: number | null; reason: string | null; by: number | null },
  action: string,
): Promise<ParticipantStanding> {
  const now = ctx.clock.now();
  const rounds = repo.roundsWithResultOf(ctx.db, p.id);
  ctx.db.transaction((tx) => {
    repo.setDisqualification(tx, p.id, next);
    // Published rounds keep the ranks they were published with.
    for (const r of rounds) if (r.finalizedAt !== null && r.resultsPublishedAt === null) ctx.leaderboards.refreezeRound(tx, r.id);
    // Stored statistics of these rounds counted (or left out) this participant: computed again on next read.
    invalidateRoundStats(tx, rounds.map((r) => r.id));
    recordAudit(tx, {
      organizationId: grant.organizationId,
      actorId: grant.user.id,
      action,
      entity: 'participant',
      entityId: p.id,
      before: { disqualifiedAt: iso(p.disqualifiedAt), reason: p.disqualifiedReason, by: p.disqualifiedBy },
      after: { disqualifiedAt: iso(next.at), reason: next.reason, by: next.by },
      at: now,
    });
  });
  for (const r of rounds) await ctx.leaderboards.refreshParticipant(r.id, r.contestId, p.id);
  return { participantId: p.id, disqualified: next.at !== null, reason: next.reason, rounds: rounds.map((r) => r.id) };
}
