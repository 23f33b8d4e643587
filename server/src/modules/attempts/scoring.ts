/** A question is right only when the chosen set equals the key exactly: no partial credit. */
export function isCorrect(selected: readonly string[], key: readonly string[]): boolean {
  if (selected.length !== key.length) return false;
  const want = new Set(key);
  return new Set(selected).size === selected.length && selected.every((id) => want.has(id));
}

export interface ScoredQuestion {
  selected: readonly string[];
  key: readonly string[];
}

export interface Score {
  correctCount: number;
  score: number;
  maxScore: number;
}

export function scoreAttempt(items: readonly ScoredQuestion[], pointsPerQuestion: number): Score {
  const correctCount = items.filter((i) => isCorrect(i.selected, i.key)).length;
  return { correctCount, score: correctCount * pointsPerQuestion, maxScore: items.length * pointsPerQuestion };
}
