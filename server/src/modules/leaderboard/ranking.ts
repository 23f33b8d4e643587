import type { RankingTiebreaker } from '@thiphapluat/db';

export type { RankingTiebreaker };

/** The usual thể lệ: after the score, the closer prediction, then the shorter time, then the earlier submission. */
export const DEFAULT_TIEBREAKERS: readonly RankingTiebreaker[] = ['prediction', 'duration', 'submittedAt'];

/** What ranking needs of a participant's best attempt in a scope. */
export interface RankedResult {
  participantId: string;
  score: number;
  durationMs: number;
  submittedAt: number;
  prediction: number | null;
  /**
   * The contest's tie-breakers after the score, in order. Carried by the result so that a leaderboard
   * store, which only knows results and the truth, sorts a scope by its own contest's rules. Every
   * result of one scope carries the same list; absent means the usual order.
   */
  tiebreakers?: readonly RankingTiebreaker[];
}

/**
 * Score descending, then the contest's tie-breakers in its order: prediction error ascending (only once
 * the true figure is known; a missing prediction ranks after every guess), duration ascending, earlier
 * submission. A tie-breaker the contest leaves out is not used. The participant id breaks exact ties so
 * the order is total and stable.
 */
export function compareResults(
  a: RankedResult,
  b: RankedResult,
  truth: number | null,
  tiebreakers: readonly RankingTiebreaker[] = a.tiebreakers ?? b.tiebreakers ?? DEFAULT_TIEBREAKERS,
): number {
  if (a.score !== b.score) return b.score - a.score;
  for (const key of tiebreakers) {
    const d = compareOn(key, a, b, truth);
    if (d !== 0) return d;
  }
  return a.participantId < b.participantId ? -1 : a.participantId > b.participantId ? 1 : 0;
}

function compareOn(key: RankingTiebreaker, a: RankedResult, b: RankedResult, truth: number | null): number {
  switch (key) {
    case 'prediction':
      return truth === null ? 0 : predictionError(a.prediction, truth) - predictionError(b.prediction, truth);
    case 'duration':
      return a.durationMs - b.durationMs;
    case 'submittedAt':
      return a.submittedAt - b.submittedAt;
  }
}

export function predictionError(prediction: number | null, truth: number): number {
  return prediction === null ? Number.MAX_SAFE_INTEGER : Math.abs(prediction - truth);
}

/**
 * Which of two attempts by the same participant counts as their best. The prediction is not used:
 * it is fixed per attempt and judged only at the round's close, when the best is picked again by the
 * contest's full rules.
 */
export function isBetterAttempt(
  candidate: Omit<RankedResult, 'prediction'>,
  current: Omit<RankedResult, 'prediction'>,
  tiebreakers: readonly RankingTiebreaker[] = DEFAULT_TIEBREAKERS,
): boolean {
  return compareResults({ ...candidate, prediction: null }, { ...current, prediction: null }, null, tiebreakers) < 0;
}
