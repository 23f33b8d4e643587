import { maskName, type MonitorRound, type MonitorSnapshot } from '@thiphapluat/shared';
import type { AppContext } from '../../context.js';
import { NotFound } from '../../errors.js';
import { roundState } from '../contests/contests.service.js';
import * as repo from './monitor.repository.js';
import type { RoundInOrg } from './monitor.repository.js';

const MINUTE = 60_000;
export const SERIES_MINUTES = 30;
const TOP = 10;
const LATEST_EVENTS = 20;

const iso = (t: number) => new Date(t).toISOString();
const isoOrNull = (t: number | null) => (t === null ? null : iso(t));

/** The round, if its contest belongs to the organization; another organization's round is 404. */
export function requireRound(ctx: AppContext, organizationId: number, roundId: number): RoundInOrg {
  const found = repo.findRoundInOrg(ctx.db, organizationId, roundId);
  if (!found) throw NotFound('Không tìm thấy đợt thi.');
  return found;
}

export function toMonitorRound(ctx: AppContext, { round, contest }: RoundInOrg): MonitorRound {
  return {
    id: round.id,
    seq: round.seq,
    name: round.name,
    contest: { id: contest.id, slug: contest.slug, title: contest.title, status: contest.status },
    state: roundState(round, ctx.clock.now()),
    opensAt: iso(round.opensAt),
    closesAt: iso(round.closesAt),
    timeLimitSec: round.timeLimitSec,
    finalizedAt: isoOrNull(round.finalizedAt),
    predictionTruth: contest.predictionEnabled ? round.predictionTruth : null,
    resultsPublishedAt: isoOrNull(round.resultsPublishedAt),
  };
}

/**
 * What changes the snapshot, read cheaply: attempts per status from the round's index, the newest
 * integrity event id, and the minute (the series slides with it). Equal fingerprints, equal figures,
 * except for a disqualification, which the monitor hub learns from the leaderboard's change event.
 */
export function monitorFingerprint(ctx: AppContext, roundId: number): string {
  const byStatus = repo.attemptStatusCounts(ctx.db, roundId);
  const minute = Math.floor(ctx.clock.now() / MINUTE);
  return `${byStatus.in_progress ?? 0}/${byStatus.submitted ?? 0}/${byStatus.expired ?? 0}/${repo.latestIntegrityEventId(ctx.db)}/${minute}`;
}

/**
 * The live figures of a round. Every query is bounded by the round (its attempts, through the
 * attempts_round index) or reads the leaderboard store; nothing scans other rounds.
 */
export async function monitorSnapshot(ctx: AppContext, organizationId: number, roundId: number): Promise<MonitorSnapshot> {
  const found = requireRound(ctx, organizationId, roundId);
  // The board first: it waits its turn behind pending leaderboard work, and the counts read after it
  // then include every attempt that board already ranks.
  const board = await ctx.leaderboards.board({ kind: 'round', id: roundId }, TOP);
  const now = ctx.clock.now();
  const byStatus = repo.attemptStatusCounts(ctx.db, roundId);
  const totals = repo.roundAttemptTotals(ctx.db, roundId);
  const inProgress = byStatus.in_progress ?? 0;
  const submitted = (byStatus.submitted ?? 0) + (byStatus.expired ?? 0);

  const thisMinute = Math.floor(now / MINUTE) * MINUTE;
  const from = thisMinute - (SERIES_MINUTES - 1) * MINUTE;
  const starts = repo.startsPerMinute(ctx.db, roundId, from);
  const submissions = repo.submissionsPerMinute(ctx.db, roundId, from);
  const perMinute = Array.from({ length: SERIES_MINUTES }, (_, i) => ({
    minute: iso(from + i * MINUTE),
    starts: starts.get(i) ?? 0,
    submissions: submissions.get(i) ?? 0,
  }));

  const histogram = repo.scoreHistogram(ctx.db, roundId);
  const maxScore = Math.max(totals.maxScore, repo.blueprintQuestionCount(ctx.db, roundId) * found.contest.pointsPerQuestion, ...histogram.keys());
  const buckets = Array.from({ length: maxScore + 1 }, (_, score) => ({ score, count: histogram.get(score) ?? 0 }));

  return {
    round: toMonitorRound(ctx, found),
    at: iso(now),
    totals: {
      registered: repo.registeredCount(ctx.db, found.contest.id),
      entrants: totals.entrants,
      attempts: inProgress + submitted,
      inProgress,
      submitted,
      averageDurationMs: totals.averageDurationMs === null ? null : Math.round(totals.averageDurationMs),
    },
    perMinute,
    distribution: { maxScore, buckets },
    top: board.entries.map((e) => ({ rank: e.rank, name: e.name, unit: e.unit, score: e.score, durationMs: e.durationMs })),
    integrity: repo.latestIntegrityEvents(ctx.db, roundId, LATEST_EVENTS).map((e) => ({
      id: e.id,
      at: iso(e.at),
      kind: e.kind,
      source: e.source,
      participant: maskName(e.fullName),
      attemptId: e.attemptId,
    })),
  };
}
