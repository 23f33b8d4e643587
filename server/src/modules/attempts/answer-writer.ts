import type Database from 'better-sqlite3';
import type { AnswerRow } from './attempts.repository.js';
import { AnswerStatements } from './answer-statements.js';

export interface AnswerWrite {
  attemptId: string;
  position: number;
  optionIds: string[];
  clientSeq: number | null;
  at: number;
  /** Server-side integrity evidence about this write, stored in the same commit if the write lands. */
  evidence?: { participantId: string; kind: string; details: Record<string, unknown> };
}

export type AnswerWriteOutcome =
  | { ok: true; answer: AnswerRow }
  | { ok: false; reason: 'finalized' }
  | { ok: false; reason: 'stale'; current: AnswerRow };

export interface IntegrityEventWrite {
  attemptId: string;
  participantId: string;
  kind: string;
  source: 'client' | 'server';
  details: Record<string, unknown>;
  at: number;
}

type Pending =
  | { write: AnswerWrite; event?: undefined; resolve: (o: AnswerWriteOutcome) => void; reject: (e: unknown) => void }
  | { write?: undefined; event: IntegrityEventWrite; resolve: () => void; reject: (e: unknown) => void };

/**
 * Group commit for answers. Saves that arrive in the same turn of the event loop are written in one
 * transaction, so thousands of contestants share an fsync instead of paying one each. A promise
 * resolves only after its transaction has committed: an ack always means "durably stored".
 */
export class AnswerWriter {
  private queue: Pending[] = [];
  private scheduled = false;
  private drained: (() => void)[] = [];
  private readonly stmts: AnswerStatements;
  private readonly writeBatch: (batch: Pending[]) => (AnswerWriteOutcome | undefined)[];
  /** Commits and rows per commit, for the benchmark. */
  readonly stats = { commits: 0, writes: 0 };

  constructor(sqlite: Database.Database) {
    this.stmts = new AnswerStatements(sqlite);
    this.writeBatch = sqlite.transaction((batch: Pending[]) => {
      const open = new Map<string, boolean>();
      return batch.map(({ write, event }): AnswerWriteOutcome | undefined => {
        if (event) {
          this.stmts.insertEvent(event);
          return undefined;
        }
        let isOpen = open.get(write.attemptId);
        if (isOpen === undefined) {
          isOpen = this.stmts.isInProgress(write.attemptId);
          open.set(write.attemptId, isOpen);
        }
        if (!isOpen) return { ok: false, reason: 'finalized' };
        const answer = this.stmts.upsert(write);
        if (!answer) return { ok: false, reason: 'stale', current: this.stmts.find(write.attemptId, write.position) as AnswerRow };
        if (write.evidence) this.stmts.insertEvent({ attemptId: write.attemptId, source: 'server', at: write.at, ...write.evidence });
        return { ok: true, answer };
      });
    });
  }

  save(write: AnswerWrite): Promise<AnswerWriteOutcome> {
    return new Promise((resolve, reject) => this.enqueue({ write, resolve, reject }));
  }

  /** Integrity evidence rides the same group commit; resolves once stored. */
  recordEvent(event: IntegrityEventWrite): Promise<void> {
    return new Promise((resolve, reject) => this.enqueue({ event, resolve, reject }));
  }

  private enqueue(p: Pending): void {
    this.queue.push(p);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.flush());
    }
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
    try {
      if (batch.length > 0) {
        const outcomes = this.writeBatch(batch);
        this.stats.commits++;
        this.stats.writes += batch.length;
        batch.forEach((p, i) => (p.event ? p.resolve() : p.resolve(outcomes[i] as AnswerWriteOutcome)));
      }
    } catch (err) {
      // The transaction rolled back: nothing in it was stored, so nothing is acknowledged.
      for (const p of batch) p.reject(err);
    } finally {
      for (const w of waiters) w();
    }
  }
}
