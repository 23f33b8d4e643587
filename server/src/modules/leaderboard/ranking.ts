/** What ranking needs of a participant's best attempt in a scope. */
export interface RankedResult {
  participantId: string;
  score: number;
  durationMs: number;
  submittedAt: number;
  prediction: number | null;
}

/**
 * The usual rules (thể lệ): score descending, then prediction error ascending (only once the true
 * figure is known; a missing prediction ranks after every guess), then duration ascending, then the
 * earlier submission. The participant id breaks exact ties so the order is total and stable.
 */
export function compareResults(a: RankedResult, b: RankedResult, truth: number | null): number {
  if (a.score !== b.score) return b.score - a.score;
  if (truth !== null) {
    const ea = predictionError(a.prediction, truth);
    const eb = predictionError(b.prediction, truth);
    if (ea !== eb) return ea - eb;
  }
  if (a.durationMs !== b.durationMs) return a.durationMs - b.durationMs;
  if (a.submittedAt !== b.submittedAt) return a.submittedAt - b.submittedAt;
  return a.participantId < b.participantId ? -1 : a.participantId > b.participantId ? 1 : 0;
}

export function predictionError(prediction: number | null, truth: number): number {
  return prediction === null ? Number.MAX_SAFE_INTEGER : Math.abs(prediction - truth);
}

/**
 * Which of two attempts by the same participant counts as their best. The prediction is not used:
 * it is fixed per attempt and judged only at the round's close.
 */
export function isBetterAttempt(candidate: Omit<RankedResult, 'prediction'>, current: Omit<RankedResult, 'prediction'>): boolean {
  return compareResults({ ...candidate, prediction: null }, { ...current, prediction: null }, null) < 0;
}
