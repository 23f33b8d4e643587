import type { Db } from '@thiphapluat/db';
import type { FastifyBaseLogger } from 'fastify';
import type { Clock } from './clock.js';
import type { AnswerWriter } from './modules/attempts/answer-writer.js';
import type { AttemptCache } from './modules/attempts/attempt-cache.js';
import type { PoolQuestion, Rng } from './modules/attempts/draw.js';
import type { LeaderboardService } from './modules/leaderboard/leaderboard.service.js';
import type { DomainEvents } from './events.js';
import type { JobQueue } from './adapters/queue/index.js';

/** What every service verb receives: its dependencies, never the HTTP request. */
export interface AppContext {
  db: Db;
  clock: Clock;
  log: FastifyBaseLogger;
  /** Keys the CCCD hash. */
  secret: Buffer;
  rng: Rng;
  answerWriter: AnswerWriter;
  attempts: AttemptCache;
  leaderboards: LeaderboardService;
  events: DomainEvents;
  /** Background work (leaderboard updates after a finalize), awaited at shutdown and by tests. */
  pending: PendingWork;
  /** Published questions an organization's draws pick from; cached briefly. */
  pool(organizationId: number): PoolQuestion[];
  /** Forgets the cached pool, after the bank publishes or retires something: the next draw sees it. */
  invalidatePool(organizationId: number): void;
  /** The contest's grace after a deadline for answers already in flight. */
  contestGraceMs(contestId: number): number;
  passwordHashing: { memoryCost: number; timeCost: number; parallelism: number };
  sessionTtlMs: number;
  /** Background jobs (exports): in-process, or BullMQ when REDIS_URL is set. */
  jobs: JobQueue;
}

export class PendingWork {
  private inflight = new Set<Promise<unknown>>();
  constructor(private readonly onError: (err: unknown) => void) {}

  track(p: Promise<unknown>): void {
    const tracked = p.catch(this.onError).finally(() => this.inflight.delete(tracked));
    this.inflight.add(tracked);
  }

  async settled(): Promise<void> {
    while (this.inflight.size > 0) await Promise.all([...this.inflight]);
  }
}

/** A small time-bounded memo; the values it holds change rarely (question pools, contest settings). */
export function memoize<K, V>(ttlMs: number, clock: () => number, load: (key: K) => V): ((key: K) => V) & { invalidate(key: K): void } {
  const cache = new Map<K, { at: number; value: V }>();
  const get = (key: K): V => {
    const hit = cache.get(key);
    const now = clock();
    if (hit && now - hit.at < ttlMs) return hit.value;
    const value = load(key);
    cache.set(key, { at: now, value });
    return value;
  };
  return Object.assign(get, { invalidate: (key: K) => void cache.delete(key) });
}
