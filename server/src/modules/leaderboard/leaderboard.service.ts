import { maskName, type Leaderboard, type LeaderboardEntry, type LeaderboardScope, type MyRank } from '@thiphapluat/shared';
import type { Db, DbOrTx } from '@thiphapluat/db';
import { upsertRoundResult } from '../attempts/attempts.repository.js';
import type { FastifyBaseLogger } from 'fastify';
import type { LeaderboardStore, RankedEntry } from '../../adapters/leaderboard/leaderboard.port.js';
import type { Clock } from '../../clock.js';
import type { DomainEvents } from '../../events.js';
import { NotFound } from '../../errors.js';
import * as repo from './leaderboard.repository.js';
import { compareResults, predictionError, type RankedResult } from './ranking.js';

const roundScope = (id: number) => `round:${id}`;
const contestScope = (id: number) => `contest:${id}`;

interface Deps {
  db: Db;
  clock: Clock;
  store: LeaderboardStore;
  events: DomainEvents;
  log: FastifyBaseLogger;
}

/**
 * Keeps the LeaderboardStore in step with round_results (the source of truth) and reads ranked pages
 * from it, so the top 100 never scans attempts. Scopes load lazily from round_results, one row per
 * participant. All store operations run one after another, so a rank read after a finalize sees it.
 */
export class LeaderboardService {
  private chain: Promise<unknown> = Promise.resolve();
  /** Rounds whose scope was loaded after their truth was fixed; others reload when they close. */
  private loadedFinal = new Map<number, boolean>();

  constructor(private readonly d: Deps) {}

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.chain.then(fn);
    this.chain = run.catch(() => undefined);
    return run;
  }

  private async ensureRound(roundId: number): Promise<{ truth: number | null; contestId: number }> {
    const info = repo.roundWithContest(this.d.db, roundId);
    if (!info) throw NotFound('Không tìm thấy đợt thi.');
    const final = info.round.finalizedAt !== null;
    const scope = roundScope(roundId);
    const truth = final && info.predictionEnabled ? info.round.predictionTruth : null;
    if (!(await this.d.store.has(scope)) || (final && !this.loadedFinal.get(roundId))) {
      await this.d.store.load(scope, repo.roundResultsOf(this.d.db, roundId), truth);
      this.loadedFinal.set(roundId, final);
    }
    return { truth, contestId: info.round.contestId };
  }

  private async ensureContest(contestId: number): Promise<void> {
    const scope = contestScope(contestId);
    if (await this.d.store.has(scope)) return;
    await this.d.store.load(scope, bestPerParticipant(repo.contestResultsOf(this.d.db, contestId)), null);
  }

  /** Re-reads one participant's results after a finalize or a disqualification. */
  refreshParticipant(roundId: number, contestId: number, participantId: string): Promise<void> {
    return this.serial(async () => {
      await this.ensureRound(roundId);
      await this.ensureContest(contestId);
      const [inRound] = repo.roundResultsOf(this.d.db, roundId, participantId);
      if (inRound) await this.d.store.upsert(roundScope(roundId), inRound);
      else await this.d.store.remove(roundScope(roundId), participantId);
      const [best] = bestPerParticipant(repo.contestResultsOf(this.d.db, contestId, participantId));
      if (best) await this.d.store.upsert(contestScope(contestId), best);
      else await this.d.store.remove(contestScope(contestId), participantId);
      this.d.events.emit('leaderboard.changed', { scope: roundScope(roundId) });
      this.d.events.emit('leaderboard.changed', { scope: contestScope(contestId) });
    });
  }

  roundRank(roundId: number, participantId: string): Promise<number | null> {
    return this.serial(async () => {
      await this.ensureRound(roundId);
      return (await this.d.store.rankOf(roundScope(roundId), participantId))?.rank ?? null;
    });
  }

  board(scope: LeaderboardScope, limit: number): Promise<Leaderboard> {
    return this.serial(async () => {
      const { key, truth } = await this.prepare(scope);
      const [total, top] = [await this.d.store.size(key), await this.d.store.top(key, limit)];
      return { scope, total, truth, entries: this.entries(top, truth) };
    });
  }

  myRank(scope: LeaderboardScope, participantId: string): Promise<MyRank> {
    return this.serial(async () => {
      const { key, truth } = await this.prepare(scope);
      const mine = await this.d.store.rankOf(key, participantId);
      return { scope, total: await this.d.store.size(key), entry: mine ? (this.entries([mine], truth)[0] ?? null) : null };
    });
  }

  private async prepare(scope: LeaderboardScope): Promise<{ key: string; truth: number | null }> {
    if (scope.kind === 'round') return { key: roundScope(scope.id), truth: (await this.ensureRound(scope.id)).truth };
    await this.ensureContest(scope.id);
    return { key: contestScope(scope.id), truth: null };
  }

  private entries(ranked: RankedEntry[], truth: number | null): LeaderboardEntry[] {
    const info = repo.displayInfo(this.d.db, ranked.map((r) => r.result.participantId));
    return ranked.map(({ rank, result }) => {
      const who = info.get(result.participantId);
      return {
        rank,
        name: maskName(who?.fullName ?? ''),
        unit: who?.unit ?? null,
        score: result.score,
        durationMs: result.durationMs,
        submittedAt: new Date(result.submittedAt).toISOString(),
        prediction: result.prediction,
        predictionError: truth === null || result.prediction === null ? null : predictionError(result.prediction, truth),
      };
    });
  }

  /**
   * Fixes the prediction truth of rounds that have closed, once their last attempts are final, and
   * re-sorts them with the prediction tiebreak. Called by the sweeper after it finalizes overdue attempts.
   */
  finalizeClosedRounds(graceMs: number): Promise<number[]> {
    return this.serial(async () => {
      const now = this.d.clock.now();
      const done: number[] = [];
      for (const roundId of repo.roundsReadyToFinalize(this.d.db, now - graceMs)) {
        const info = repo.roundWithContest(this.d.db, roundId);
        const truth = info?.predictionEnabled ? repo.fullMarksCount(this.d.db, roundId) : null;
        this.d.db.transaction((tx) => {
          if (truth !== null) repickBestWithTruth(tx, roundId, truth);
          repo.markRoundFinalized(tx, roundId, truth, now);
        });
        this.loadedFinal.delete(roundId);
        // The contest board is built from round results too, which the re-pick may have changed.
        await this.d.store.drop(roundScope(roundId));
        if (info) await this.d.store.drop(contestScope(info.round.contestId));
        this.d.log.info({ roundId, truth }, 'round.finalized');
        this.d.events.emit('leaderboard.changed', { scope: roundScope(roundId) });
        if (info) this.d.events.emit('leaderboard.changed', { scope: contestScope(info.round.contestId) });
        done.push(roundId);
      }
      return done;
    });
  }
}

/**
 * Until the close a participant's best attempt is chosen without the prediction (its error is unknown).
 * Once the truth is fixed the full rules apply, so among equal scores the attempt whose guess was
 * closer may now be the best one. The full-marks count itself cannot change: it depends on scores only.
 */
function repickBestWithTruth(tx: DbOrTx, roundId: number, truth: number): void {
  const tied = repo.tiedAttemptsOfRound(tx, roundId);
  if (tied.length === 0) return;
  const held = new Map(repo.roundResultsOf(tx, roundId).map((r): [string, RankedResult] => [r.participantId, r]));
  for (const a of tied) {
    const cur = held.get(a.participantId);
    if (cur && compareResults(a, cur, truth) < 0) {
      held.set(a.participantId, a);
      upsertRoundResult(tx, { roundId, participantId: a.participantId, attemptId: a.attemptId, score: a.score, durationMs: a.durationMs, submittedAt: a.submittedAt, prediction: a.prediction });
    }
  }
}

/** A participant's best result across rounds; predictions are per round, so they don't count here. */
export function bestPerParticipant(rows: readonly RankedResult[]): RankedResult[] {
  const best = new Map<string, RankedResult>();
  for (const r of rows) {
    const cur = best.get(r.participantId);
    if (!cur || compareResults(r, cur, null) < 0) best.set(r.participantId, r);
  }
  return [...best.values()];
}
