import type { AttemptResult } from '@thiphapluat/shared';
import type { AppContext } from '../../context.js';
import { isBetterAttempt } from '../leaderboard/ranking.js';
import type { ParticipantRow } from '../participants/participants.repository.js';
import * as repo from './attempts.repository.js';
import type { AttemptRow } from './attempts.repository.js';
import { buildResult, loadAttemptContext, requireOwnAttempt } from './attempts.service.js';
import { scoreAttempt } from './scoring.js';

/**
 * Scores an in-progress attempt and closes it, exactly once: a second caller (the sweeper racing a
 * submit) gets null. The participant's best result in the round is kept in round_results in the same
 * transaction, so the leaderboard never ranks a score that was not stored.
 */
export function finalizeAttempt(ctx: AppContext, a: AttemptRow, status: 'submitted' | 'expired', prediction: number | null): AttemptRow | null {
  const { contest } = loadAttemptContext(ctx.db, a);
  const now = ctx.clock.now();
  const submittedAt = status === 'expired' ? a.deadlineAt : Math.min(now, a.deadlineAt);
  const outcome = ctx.db.transaction((tx) => {
    const chosen = new Map(repo.answersOf(tx, a.id).map((x) => [x.position, x.optionIds]));
    const items = repo.attemptQuestionsOf(tx, a.id).map((q) => ({ selected: chosen.get(q.position) ?? [], key: q.correctOptionIds }));
    const s = scoreAttempt(items, contest.pointsPerQuestion);
    const updated = repo.finalizeAttemptRow(tx, a.id, {
      status,
      submittedAt,
      durationMs: submittedAt - a.startedAt,
      correctCount: s.correctCount,
      score: s.score,
      prediction: contest.predictionEnabled && status === 'submitted' ? prediction : null,
    });
    if (!updated) return null;
    const candidate = { participantId: a.participantId, score: s.score, durationMs: submittedAt - a.startedAt, submittedAt };
    const best = repo.findRoundResult(tx, a.roundId, a.participantId);
    if (!best || isBetterAttempt(candidate, best, contest.rankingTiebreakers)) {
      repo.upsertRoundResult(tx, { roundId: a.roundId, attemptId: a.id, prediction: updated.prediction, ...candidate });
    }
    return updated;
  });
  if (!outcome) return null;
  ctx.attempts.forget(a.id);
  ctx.pending.track(announce(ctx, outcome));
  return outcome;
}

/** After commit: update the leaderboards, then announce it (the live hub tells a connected client). */
async function announce(ctx: AppContext, a: AttemptRow): Promise<void> {
  await ctx.leaderboards.refreshParticipant(a.roundId, a.contestId, a.participantId);
  ctx.events.emit('attempt.finalized', { attemptId: a.id, participantId: a.participantId, roundId: a.roundId, contestId: a.contestId });
}

/** Finalizes an attempt whose deadline plus grace has passed. Returns true if it did. */
export function finalizeIfOverdue(ctx: AppContext, a: AttemptRow): boolean {
  if (a.status !== 'in_progress') return false;
  const { contest } = loadAttemptContext(ctx.db, a);
  if (ctx.clock.now() <= a.deadlineAt + contest.answerGraceMs) return false;
  return finalizeAttempt(ctx, a, 'expired', null) !== null;
}

/**
 * Explicit submit. Answers already sent on this connection are committed first, so nothing the
 * participant saw acknowledged (or had in flight) is lost. Submitting a final attempt again returns
 * its result unchanged. A submit after deadline plus grace finalizes the attempt as expired.
 */
export async function submitAttempt(ctx: AppContext, participant: ParticipantRow, attemptId: string, prediction: number | null): Promise<AttemptResult> {
  await ctx.answerWriter.drain();
  let a = requireOwnAttempt(ctx, participant, attemptId);
  if (a.status === 'in_progress') {
    if (!finalizeIfOverdue(ctx, a)) finalizeAttempt(ctx, a, 'submitted', prediction);
    a = repo.findAttempt(ctx.db, attemptId) as AttemptRow;
  }
  // Leaderboard updates are serialized, so this rank already counts the attempt just finalized.
  const { contest, round } = loadAttemptContext(ctx.db, a);
  return buildResult(ctx, a, contest, round, await ctx.leaderboards.roundRank(a.roundId, a.participantId));
}

/** Finalizes every overdue attempt, oldest deadline first, in batches. Returns how many it closed. */
export function sweepOverdue(ctx: AppContext, batch = 500): number {
  let closed = 0;
  for (;;) {
    const ids = repo.overdueAttemptIds(ctx.db, ctx.clock.now(), batch);
    let progressed = 0;
    for (const id of ids) {
      const a = repo.findAttempt(ctx.db, id);
      if (a && finalizeIfOverdue(ctx, a)) progressed++;
    }
    closed += progressed;
    // Every id was overdue by the query's own test; stop when a batch comes back short or made no progress.
    if (progressed === 0 || ids.length < batch) return closed;
  }
}
