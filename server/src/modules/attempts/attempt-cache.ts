import type { DbOrTx } from '@thiphapluat/db';
import { answersOf, attemptQuestionsOf, countIntegrityEvents, findAttempt, type AttemptRow } from './attempts.repository.js';

/** What saving an answer needs to know about an attempt; immutable once drawn, so safe to cache. */
export interface AttemptMeta {
  attempt: AttemptRow;
  questions: { optionIds: ReadonlySet<string>; multiple: boolean; readChars: number }[];
  /** When the previous answer was saved (or the attempt started): evidence for too-fast answers. */
  lastSaveAt: number;
  /** Positions answered at least once. */
  answered: Set<number>;
  /** Integrity events stored for this attempt, to cap what one client can make us write. */
  eventsStored: number;
}

/**
 * A bounded cache of attempt metadata so the hot path (answer.save) does not re-read the drawn
 * questions on every write. Status is not trusted from here: the write transaction re-checks it.
 */
export class AttemptCache {
  private map = new Map<string, AttemptMeta>();
  constructor(private readonly max = 50_000) {}

  get(db: DbOrTx, attemptId: string): AttemptMeta | undefined {
    const hit = this.map.get(attemptId);
    if (hit) {
      // Least recently used goes first: move a hit to the back.
      this.map.delete(attemptId);
      this.map.set(attemptId, hit);
      return hit;
    }
    const attempt = findAttempt(db, attemptId);
    if (!attempt) return undefined;
    // A final attempt only needs its row: callers refuse writes to it. Not cached.
    if (attempt.status !== 'in_progress') return { attempt, questions: [], lastSaveAt: 0, answered: new Set(), eventsStored: 0 };
    const questions = attemptQuestionsOf(db, attemptId).map((q) => ({
      optionIds: new Set(q.optionOrder),
      multiple: q.correctOptionIds.length > 1,
      readChars: q.text.length + q.options.reduce((n, o) => n + o.text.length, 0),
    }));
    const saved = answersOf(db, attemptId);
    const lastSaveAt = Math.max(attempt.startedAt, ...saved.map((a) => a.savedAt));
    const meta = { attempt, questions, lastSaveAt, answered: new Set(saved.map((a) => a.position)), eventsStored: countIntegrityEvents(db, attemptId) };
    if (this.map.size >= this.max) this.map.delete(this.map.keys().next().value as string);
    this.map.set(attemptId, meta);
    return meta;
  }

  forget(attemptId: string): void {
    this.map.delete(attemptId);
  }
}
