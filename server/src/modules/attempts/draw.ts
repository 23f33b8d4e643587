import { randomInt } from 'node:crypto';

/** A published question version that may be drawn. */
export interface PoolQuestion {
  versionId: number;
  questionId: number;
  primaryFieldId: number;
  difficulty: 1 | 2 | 3;
  optionIds: readonly string[];
}

/** One line of a round's blueprint: `count` questions of this field and difficulty (null = any). */
export interface BlueprintLine {
  legalFieldId: number | null;
  difficulty: 1 | 2 | 3 | null;
  count: number;
}

export interface DrawnQuestion {
  versionId: number;
  /** Option ids in the order this attempt shows them. */
  optionOrder: string[];
}

/** Returns an integer in [0, max). Injected so tests can draw deterministically. */
export type Rng = (max: number) => number;
export const cryptoRng: Rng = (max) => randomInt(max);

export class BlueprintUnsatisfiableError extends Error {
  constructor(
    readonly line: BlueprintLine,
    readonly available: number,
  ) {
    super(`blueprint needs ${line.count} of field=${line.legalFieldId ?? 'any'} difficulty=${line.difficulty ?? 'any'}, ${available} left`);
  }
}

export function shuffle<T>(items: readonly T[], rng: Rng): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng(i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/**
 * Draws questions for one attempt. Invariants: every line's quota is met exactly, no question appears
 * twice (versions of the same question count as the same question), the most specific lines are filled
 * first so that an "any" line cannot starve them, and the result runs easy to hard as the usual rules say,
 * random within a difficulty. Options are shuffled per attempt.
 *
 * Questions in `avoid` (those the participant was already given) are used only to top up a line that
 * the others cannot fill, so a later attempt repeats as few questions as the bank allows.
 *
 * Lines that overlap without nesting (a field-only line beside a difficulty-only line) can make a random
 * pick starve a later line even though some draw would satisfy all of them; a few fresh passes find one.
 */
export function drawQuestions(
  blueprint: readonly BlueprintLine[],
  pool: readonly PoolQuestion[],
  rng: Rng = cryptoRng,
  avoid: ReadonlySet<number> = new Set(),
  passes = 8,
): DrawnQuestion[] {
  let lastError: BlueprintUnsatisfiableError | undefined;
  for (let pass = 0; pass < passes; pass++) {
    try {
      return drawOnce(blueprint, pool, rng, avoid);
    } catch (err) {
      if (!(err instanceof BlueprintUnsatisfiableError)) throw err;
      lastError = err;
    }
  }
  throw lastError as BlueprintUnsatisfiableError;
}

/** The first `n` of `items` after a partial Fisher-Yates shuffle in place. */
function pickRandom<T>(items: T[], n: number, rng: Rng): T[] {
  for (let i = 0; i < n; i++) {
    const j = i + rng(items.length - i);
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items.slice(0, n);
}

function drawOnce(blueprint: readonly BlueprintLine[], pool: readonly PoolQuestion[], rng: Rng, avoid: ReadonlySet<number>): DrawnQuestion[] {
  const specificity = (l: BlueprintLine) => (l.legalFieldId === null ? 0 : 2) + (l.difficulty === null ? 0 : 1);
  const lines = [...blueprint].sort((a, b) => specificity(b) - specificity(a));
  const used = new Set<number>();
  const picked: PoolQuestion[] = [];
  for (const line of lines) {
    if (line.count <= 0) continue;
    const seen = new Set<number>();
    const candidates = pool.filter((q) => {
      if (used.has(q.questionId) || seen.has(q.questionId)) return false;
      if (line.legalFieldId !== null && q.primaryFieldId !== line.legalFieldId) return false;
      if (line.difficulty !== null && q.difficulty !== line.difficulty) return false;
      seen.add(q.questionId);
      return true;
    });
    if (candidates.length < line.count) throw new BlueprintUnsatisfiableError(line, candidates.length);
    const fresh = candidates.filter((q) => !avoid.has(q.questionId));
    const stale = candidates.filter((q) => avoid.has(q.questionId));
    const fromFresh = pickRandom(fresh, Math.min(line.count, fresh.length), rng);
    for (const q of [...fromFresh, ...pickRandom(stale, line.count - fromFresh.length, rng)]) {
      used.add(q.questionId);
      picked.push(q);
    }
  }
  const byDifficulty = shuffle(picked, rng).sort((a, b) => a.difficulty - b.difficulty);
  return byDifficulty.map((q) => ({ versionId: q.versionId, optionOrder: shuffle(q.optionIds, rng) }));
}
