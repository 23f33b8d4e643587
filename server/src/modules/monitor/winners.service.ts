import { createHash } from 'node:crypto';
import { maskPhone, type CollectiveProposal, type WinnerEntry, type Winners } from '@thiphapluat/shared';
import type { DbOrTx } from '@thiphapluat/db';
import type { AppContext } from '../../context.js';
import { Conflict } from '../../errors.js';
import { tiebreakersOr } from '../leaderboard/final-ranking.js';
import { predictionError } from '../leaderboard/ranking.js';
import { requireRound, toMonitorRound } from './monitor.service.js';
import type { RoundInOrg } from './monitor.repository.js';
import * as repo from './results.repository.js';

type Tier = 'first' | 'second' | 'third' | 'consolation';
const INDIVIDUAL = new Set<string>(['first', 'second', 'third', 'consolation']);
/** Rows shown past the last prize: the next in line when a winner is disqualified. */
const RESERVE = 10;
const collator = new Intl.Collator('vi');

/**
 * The winners review of a finalized round: its frozen ranking with the contest's prize tiers handed
 * out in order, skipping people who already won in another published round when the contest gives one
 * prize per person; disqualified entries apart; the collective prize proposal. Once published, the
 * awards shown are the published ones. 409 ROUND_NOT_CLOSED before the round is finalized.
 */
export function getWinners(ctx: AppContext, organizationId: number, roundId: number): Winners {
  return buildWinners(ctx, ctx.db, requireRound(ctx, organizationId, roundId));
}

export function buildWinners(ctx: AppContext, db: DbOrTx, found: RoundInOrg): Winners {
  const { round, contest } = found;
  if (round.finalizedAt === null) throw Conflict('ROUND_NOT_CLOSED', 'Đợt thi chưa kết thúc hoặc còn lượt thi đang làm; danh sách đoạt giải có sau khi xếp hạng chung cuộc.');
  const published = round.resultsPublishedAt !== null;
  const tiers = contest.prizes.filter((p) => INDIVIDUAL.has(p.tier) && p.count > 0).map((p) => ({ tier: p.tier as Tier, label: p.label, count: p.count, awarded: 0 }));
  const totalPrizes = tiers.reduce((n, t) => n + t.count, 0);
  const elsewhere = contest.onePrizePerPerson ? new Map(repo.publishedAwardsElsewhere(db, contest.id, round.id).map((a) => [a.participantId, a])) : new Map<string, never>();
  const rows = repo.rankedResults(db, round.id, totalPrizes + elsewhere.size + RESERVE);
  const truth = contest.predictionEnabled ? round.predictionTruth : null;
  const integrity = repo.integrityCounts(db, round.id, rows.map((r) => r.participantId));
  const awardsPublished = published ? new Map(repo.awardsOfRound(db, round.id).map((a) => [a.participantId, a])) : null;

  // Hands out the tiers in order, one prize per ranked entry, until every count is used up.
  let tierIndex = 0;
  const nextTier = () => {
    while (tierIndex < tiers.length && tiers[tierIndex]!.awarded >= tiers[tierIndex]!.count) tierIndex++;
    return tiers[tierIndex];
  };
  let lastAwarded = -1;
  const entries: WinnerEntry[] = rows.map((r, i) => {
    let award: WinnerEntry['award'] = null;
    let skipped: WinnerEntry['skipped'] = null;
    if (awardsPublished) {
      const a = awardsPublished.get(r.participantId);
      const t = a && tiers.find((x) => x.tier === a.tier);
      if (a && t) {
        award = { tier: t.tier, label: a.label };
        t.awarded++;
      }
    } else {
      const t = nextTier();
      const prev = elsewhere.get(r.participantId);
      if (t && prev) skipped = { reason: 'already_awarded', round: prev.roundName, label: prev.label };
      else if (t) {
        award = { tier: t.tier, label: t.label };
        t.awarded++;
      }
    }
    if (award) lastAwarded = i;
    return {
      rank: r.rank,
      participantId: r.participantId,
      fullName: r.fullName,
      phone: maskPhone(r.phone),
      unit: r.unit,
      score: r.score,
      durationMs: r.durationMs,
      submittedAt: new Date(r.submittedAt).toISOString(),
      prediction: r.prediction,
      predictionError: truth === null || r.prediction === null ? null : predictionError(r.prediction, truth),
      integrityEvents: integrity.get(r.participantId) ?? 0,
      award,
      skipped,
    };
  });
  const shown = entries.slice(0, Math.max(lastAwarded + 1 + RESERVE, Math.min(entries.length, 20)));

  const disqualifiedRows = repo.disqualifiedInRound(db, round.id);
  const dqIntegrity = repo.integrityCounts(db, round.id, disqualifiedRows.map((d) => d.participantId));
  const collective = collectiveProposal(db, found);
  const winners: Omit<Winners, 'proposalKey'> = {
    round: toMonitorRound(ctx, found),
    onePrizePerPerson: contest.onePrizePerPerson,
    tiebreakers: [...tiebreakersOr(contest.rankingTiebreakers)],
    tiers,
    entries: shown,
    ranked: repo.rankedCount(db, round.id),
    disqualified: disqualifiedRows.map((d) => ({
      participantId: d.participantId,
      fullName: d.fullName,
      phone: maskPhone(d.phone),
      unit: d.unit,
      score: d.score,
      durationMs: d.durationMs,
      reason: d.reason ?? '',
      at: new Date(d.at ?? 0).toISOString(),
      by: d.by,
      integrityEvents: dqIntegrity.get(d.participantId) ?? 0,
    })),
    collective,
  };
  return { ...winners, proposalKey: proposalKey(round.id, winners) };
}

/**
 * Fingerprint of what publishing would write: who gets which prize, in which order, and the collective
 * ranking. Publishing compares it, so a list that changed since it was reviewed is not published blind.
 */
function proposalKey(roundId: number, w: Omit<Winners, 'proposalKey'>): string {
  const individual = w.entries.filter((e) => e.award).map((e) => [e.participantId, e.rank, e.award?.tier]);
  const units = w.collective?.rows.filter((r) => r.awarded).map((r) => [r.unitId, r.participants]) ?? [];
  return createHash('sha256').update(JSON.stringify([roundId, individual, units])).digest('base64url').slice(0, 22);
}

/**
 * Giải tập thể: the contest's collective prize, or a "collective" prize tier counted by participants.
 * Units are ranked by their participants in the round (each person once, disqualified left out), or by
 * participants per 1,000 inhabitants when the basis is the rate; units without a known population
 * cannot be ranked by rate and are listed apart.
 */
function collectiveProposal(db: DbOrTx, { round, contest }: RoundInOrg): CollectiveProposal | null {
  const tier = contest.prizes.find((p) => p.tier === 'collective' && p.count > 0);
  const config = contest.collectivePrize ?? (tier ? { count: tier.count, basis: 'participants' as const, label: tier.label } : null);
  if (!config || config.count <= 0) return null;
  const units = repo.participationByUnit(db, round.id);
  const byRate = config.basis === 'rate';
  const rankable = byRate ? units.filter((u) => u.population !== null && u.population > 0) : units;
  const rateOf = (u: (typeof units)[number]) => (u.population ? Math.round((u.participants / u.population) * 1000 * 100) / 100 : null);
  const sorted = [...rankable].sort((a, b) => {
    const d = byRate ? (rateOf(b) ?? 0) - (rateOf(a) ?? 0) : b.participants - a.participants;
    return d !== 0 ? d : collator.compare(a.unit, b.unit);
  });
  return {
    label: config.label,
    count: config.count,
    basis: config.basis,
    formula: byRate
      ? 'Tỷ lệ tham gia = số người dự thi của đơn vị ÷ dân số của đơn vị × 1.000 (số người dự thi trên 1.000 dân). Mỗi người tính một lần, không tính người bị loại; đơn vị chưa có dân số không được xếp hạng.'
      : 'Xếp hạng theo số người dự thi của đơn vị trong đợt thi. Mỗi người tính một lần dù thi nhiều lượt, không tính người bị loại; bằng nhau thì xếp theo tên đơn vị.',
    rows: sorted.map((u, i) => ({ rank: i + 1, unitId: u.unitId, unit: u.unit, participants: u.participants, population: u.population, rate: byRate ? rateOf(u) : null, awarded: i < config.count })),
    withoutPopulation: byRate ? units.filter((u) => !(u.population !== null && u.population > 0)).map((u) => ({ unitId: u.unitId, unit: u.unit, participants: u.participants })) : [],
  };
}
