import { maskPhone, type PublicResults, type PublishResultsResponse } from '@thiphapluat/shared';
import type { AppContext } from '../../context.js';
import { Conflict } from '../../errors.js';
import type { OrgGrant } from '../../plugins/studio-auth.js';
import { recordAudit } from '../audit/audit.repository.js';
import { findOrganization } from '../contests/contests.repository.js';
import { requireVisibleContest } from '../contests/contests.service.js';
import * as monitorRepo from './monitor.repository.js';
import { requireRound, toMonitorRound } from './monitor.service.js';
import * as repo from './results.repository.js';
import { buildWinners } from './winners.service.js';

/**
 * Publishes a finalized round's winners exactly as reviewed: the proposal is computed again inside the
 * transaction and must match `proposalKey`, else 409 CONFLICT (something changed since the review).
 * Writes round_awards and resultsPublishedAt once (a second publish is 409 RESULTS_ALREADY_PUBLISHED);
 * when every round of the contest is then published, the contest becomes results_published.
 */
export function publishResults(ctx: AppContext, grant: OrgGrant, roundId: number, proposalKey: string): PublishResultsResponse {
  const now = ctx.clock.now();
  const outcome = ctx.db.transaction((tx) => {
    const found = requireRound(ctx, grant.organizationId, roundId);
    if (found.round.resultsPublishedAt !== null) throw Conflict('RESULTS_ALREADY_PUBLISHED', 'Kết quả đợt thi này đã được công bố.');
    const winners = buildWinners(ctx, tx, found);
    if (winners.proposalKey !== proposalKey) {
      throw Conflict('CONFLICT', 'Danh sách đề xuất đã thay đổi kể từ khi bạn xem. Vui lòng tải lại trang, kiểm tra lại rồi công bố.');
    }
    const awards = winners.entries.flatMap((e) => (e.award ? [{ roundId, participantId: e.participantId, rank: e.rank, tier: e.award.tier, label: e.award.label, createdAt: now }] : []));
    repo.insertAwards(tx, awards);
    repo.markResultsPublished(tx, roundId, now);
    recordAudit(tx, {
      organizationId: grant.organizationId,
      actorId: grant.user.id,
      action: 'round.results_published',
      entity: 'round',
      entityId: roundId,
      before: { resultsPublishedAt: null },
      after: {
        resultsPublishedAt: new Date(now).toISOString(),
        awards: awards.map((a) => ({ participantId: a.participantId, rank: a.rank, tier: a.tier, label: a.label })),
        // The collective ranking has no table of its own; the record keeps what was announced.
        collective: winners.collective ? { label: winners.collective.label, formula: winners.collective.formula, units: winners.collective.rows.filter((r) => r.awarded) } : null,
      },
      at: now,
    });

    let contestStatus = found.contest.status;
    const all = monitorRepo.roundsOfContest(tx, found.contest.id);
    const everyPublished = all.every((r) => r.id === roundId || r.resultsPublishedAt !== null);
    if (everyPublished && (contestStatus === 'published' || contestStatus === 'closed')) {
      repo.setContestStatus(tx, found.contest.id, 'results_published', now);
      recordAudit(tx, {
        organizationId: grant.organizationId,
        actorId: grant.user.id,
        action: 'contest.results_published',
        entity: 'contest',
        entityId: found.contest.id,
        before: { status: contestStatus },
        after: { status: 'results_published' },
        at: now,
      });
      contestStatus = 'results_published';
    }
    return { awards: awards.length, contestStatus };
  });
  return { round: toMonitorRound(ctx, requireRound(ctx, grant.organizationId, roundId)), ...outcome };
}

/**
 * The published results of a contest residents may see: each published round's awards in rank order,
 * with the full name and unit (as results lists are announced) and a masked phone. Unpublished rounds
 * are not listed at all.
 */
export function publicResults(ctx: AppContext, slug: string): PublicResults {
  const contest = requireVisibleContest(ctx.db, slug);
  const published = monitorRepo.roundsOfContest(ctx.db, contest.id).filter((r) => r.resultsPublishedAt !== null);
  return {
    contest: { slug: contest.slug, title: contest.title, organization: findOrganization(ctx.db, contest.organizationId)?.name ?? '' },
    rounds: published.map((r) => ({
      id: r.id,
      seq: r.seq,
      name: r.name,
      publishedAt: new Date(r.resultsPublishedAt ?? 0).toISOString(),
      participants: repo.rankedCount(ctx.db, r.id),
      predictionTruth: contest.predictionEnabled ? r.predictionTruth : null,
      awards: repo.publicAwardsOf(ctx.db, r.id).flatMap((a) => (a.tier === 'collective' ? [] : [{
        rank: a.rank,
        tier: a.tier,
        label: a.label,
        fullName: a.fullName,
        unit: a.unit,
        score: a.score,
        durationMs: a.durationMs,
        phone: maskPhone(a.phone),
      }])),
    })),
  };
}
