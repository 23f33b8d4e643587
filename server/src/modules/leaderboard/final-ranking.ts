import type { DbOrTx } from '@thiphapluat/db';
import { upsertRoundResult } from '../attempts/attempts.repository.js';
import * as repo from './leaderboard.repository.js';
import { compareResults, DEFAULT_TIEBREAKERS, type RankedResult, type RankingTiebreaker } from './ranking.js';

/**
 * Until the close a participant's best attempt is chosen without the prediction (its error is unknown)
 * and by the usual order. Once the truth is fixed the contest's full rules apply, so among equal scores
 * another attempt may now be the best one. The full-marks count itself cannot change: it depends on
 * scores only.
 */
export function repickBest(tx: DbOrTx, roundId: number, truth: number | null, tiebreakers: readonly RankingTiebreaker[]): void {
  const tied = repo.tiedAttemptsOfRound(tx, roundId);
  if (tied.length === 0) return;
  const held = new Map(repo.roundResultsOf(tx, roundId).map((r): [string, RankedResult] => [r.participantId, r]));
  for (const a of tied) {
    const cur = held.get(a.participantId);
    if (cur && compareResults(a, cur, truth, tiebreakers) < 0) {
      held.set(a.participantId, a);
      upsertRoundResult(tx, { roundId, participantId: a.participantId, attemptId: a.attemptId, score: a.score, durationMs: a.durationMs, submittedAt: a.submittedAt, prediction: a.prediction });
    }
  }
}

/**
 * Writes round_results.final_rank: the round's results, disqualified participants left out, sorted by
 * the contest's rules with the fixed truth. The relative order never changes after the close; only a
 * disqualification or a reinstatement before publication renumbers the ranks around it.
 */
export function freezeFinalRanks(tx: DbOrTx, roundId: number, truth: number | null, tiebreakers: readonly RankingTiebreaker[]): void {
  const ordered = repo.roundResultsOf(tx, roundId).sort((a, b) => compareResults(a, b, truth, tiebreakers));
  repo.writeFinalRanks(tx, roundId, ordered.map((r) => r.participantId));
}

/** The contest's tie-breakers, or the usual ones for a contest that never set them. */
export const tiebreakersOr = (t: readonly RankingTiebreaker[] | null | undefined): readonly RankingTiebreaker[] => t ?? DEFAULT_TIEBREAKERS;
