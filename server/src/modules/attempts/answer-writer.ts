import type { Db } from '@thiphapluat/db';
import { attemptStatus, findAnswer, upsertAnswer, type AnswerRow } from './attempts.repository.js';

export interface AnswerWrite {
  attemptId: string;
  position: number;
  optionIds: string[];
  clientSeq: number | null;
  at: number;
}

export type AnswerWriteOutcome =
  | { ok: true; answer: AnswerRow }
  | { ok: false; reason: 'finalized' }
  | { ok: false; reason: 'stale'; current: AnswerRow };

interface Pending {
  write: AnswerWrite;
  resolve: (o: AnswerWriteOutcome) => void;
  reject: (e: unknown) => void;
}

/**
 * Group commit for answers. Saves that arrive in the same turn of the event loop are written in one
 * transaction, so thousands of contestants share an fsync instead of paying one each. A promise
 * resolves only after its transaction has committed: an ack always means "durably stored".
 */
export class AnswerWriter {
  private queue: Pending[] = [];
  private scheduled = false;
  private drained: (() => void)[] = [];
  /** Commits and rows per commit, for the benchmark. */
  readonly stats = { commits: 0, writes: 0 };

  constructor(private readonly db: Db) {}

  save(write: AnswerWrite): Promise<AnswerWriteOutcome> {
    return new Promise((resolve, reject) => {
      this.queue.push({ write, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  /** Resolves once everything queued before the call is committed; submit waits on it. */
  drain(): Promise<void> {
    if (this.queue.length === 0 && !this.scheduled) return Promise.resolve();
    return new Promise((resolve) => this.drained.push(resolve));
  }

  private flush(): void {
    this.scheduled = false;
    const batch = this.queue;
    this.queue = [];
    const waiters = this.drained;
    this.drained = [];
    if (batch.length > 0) {
      let outcomes: AnswerWriteOutcome[];
      try {
        outcomes = this.db.transaction((tx) => {
          const open = new Map<string, boolean>();
          return batch.map(({ write }) => {
            let isOpen = open.get(write.attemptId);
            if (isOpen === undefined) {
              isOpen = attemptStatus(tx, write.attemptId) === 'in_progress';
              open.set(write.attemptId, isOpen);
            }
            if (!isOpen) return { ok: false, reason: 'finalized' } as const;
            const answer = upsertAnswer(tx, write);
            if (answer) return { ok: true, answer } as const;
            return { ok: false, reason: 'stale', current: findAnswer(tx, write.attemptId, write.position) as AnswerRow } as const;
          });
        });
        this.stats.commits++;
        this.stats.writes += batch.length;
      } catch (err) {
        for (const p of batch) p.reject(err);
        for (const w of waiters) w();
        return;
      }
      batch.forEach((p, i) => p.resolve(outcomes[i] as AnswerWriteOutcome));
    }
    for (const w of waiters) w();
  }
}
