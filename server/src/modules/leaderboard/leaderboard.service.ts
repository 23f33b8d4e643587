import { maskName, type Leaderboard, type LeaderboardEntry, type LeaderboardScope, type MyRank } from '@thiphapluat/shared';
import type { Db, DbOrTx } from '@thiphapluat/db';
import type { FastifyBaseLogger } from 'fastify';
import type { LeaderboardStore, RankedEntry } from '../../adapters/leaderboard/leaderboard.port.js';
import type { Clock } from '../../clock.js';
import type { DomainEvents } from '../../events.js';
import { NotFound } from '../../errors.js';
import * as repo from './leaderboard.repository.js';
import { freezeFinalRanks, repickBest, tiebreakersOr } from './final-ranking.js';
import { compareResults, predictionError, type RankedResult, type RankingTiebreaker } from './ranking.js';

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

  private async ensureRound(roundId: number): Promise<{ truth: number | null; contestId: number; tiebreakers: readonly RankingTiebreaker[] }> {
    const info = repo.roundWithContest(this.d.db, roundId);
    if (!info) throw NotFound('Không tìm thấy đợt thi.');
    const final = info.round.finalizedAt !== null;
    const scope = roundScope(roundId);
    const truth = final && info.predictionEnabled ? info.round.predictionTruth : null;
    const tiebreakers = tiebreakersOr(info.tiebreakers);
    if (!(await this.d.store.has(scope)) || (final && !this.loadedFinal.get(roundId))) {
      await this.d.store.load(scope, withRules(repo.roundResultsOf(this.d.db, roundId), tiebreakers), truth);
      this.loadedFinal.set(roundId, final);
    }
    return { truth, contestId: info.round.contestId, tiebreakers };
  }

  private async ensureContest(contestId: number): Promise<readonly RankingTiebreaker[]> {
    const scope = contestScope(contestId);
    const tiebreakers = tiebreakersOr(repo.contestTiebreakers(this.d.db, contestId));
    if (await this.d.store.has(scope)) return tiebreakers;
    await this.d.store.load(scope, bestPerParticipant(withRules(repo.contestResultsOf(this.d.db, contestId), tiebreakers)), null);
    return tiebreakers;
  }

  /** Re-reads one participant's results after a finalize or a disqualification. */
  refreshParticipant(roundId: number, contestId: number, participantId: string): Promise<void> {
    return this.serial(async () => {
      const { tiebreakers } = await this.ensureRound(roundId);
      await this.ensureContest(contestId);
      const [inRound] = withRules(repo.roundResultsOf(this.d.db, roundId, participantId), tiebreakers);
      if (inRound) await this.d.store.upsert(roundScope(roundId), inRound);
      else await this.d.store.remove(roundScope(roundId), participantId);
      const [best] = bestPerParticipant(withRules(repo.contestResultsOf(this.d.db, contestId, participantId), tiebreakers));
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
   * Finalizes rounds that have closed, once their last attempts are final: fixes the prediction truth,
   * re-picks each participant's best attempt by the contest's full rules and freezes the final ranking
   * (round_results.final_rank). Called by the sweeper after it finalizes overdue attempts, with the
   * answer grace as `graceMs`; a round closed by hand with nothing running passes 0 and `onlyRoundId`.
   */
  finalizeClosedRounds(graceMs: number, onlyRoundId?: number): Promise<number[]> {
    return this.serial(async () => {
      const now = this.d.clock.now();
      const done: number[] = [];
      for (const roundId of repo.roundsReadyToFinalize(this.d.db, now - graceMs)) {
        if (onlyRoundId !== undefined && roundId !== onlyRoundId) continue;
        const info = repo.roundWithContest(this.d.db, roundId);
        const tiebreakers = tiebreakersOr(info?.tiebreakers);
        this.d.db.transaction((tx) => {
          const truth = info?.predictionEnabled ? repo.fullMarksCount(tx, roundId) : null;
          repickBest(tx, roundId, truth, tiebreakers);
          freezeFinalRanks(tx, roundId, truth, tiebreakers);
          repo.markRoundFinalized(tx, roundId, truth, now);
          this.d.log.info({ roundId, truth }, 'round.finalized');
        });
        await this.reloadRound(roundId, info?.round.contestId);
        done.push(roundId);
      }
      return done;
    });
  }

  /**
   * Renumbers a finalized round's frozen ranks after a disqualification or reinstatement (in the
   * caller's transaction), keeping the truth fixed at the close. Not for a published round.
   */
  refreezeRound(tx: DbOrTx, roundId: number): void {
    const info = repo.roundWithContest(tx, roundId);
    if (!info || info.round.finalizedAt === null) return;
    freezeFinalRanks(tx, roundId, info.predictionEnabled ? info.round.predictionTruth : null, tiebreakersOr(info.tiebreakers));
  }

  private async reloadRound(roundId: number, contestId: number | undefined): Promise<void> {
    this.loadedFinal.delete(roundId);
    // The contest board is built from round results too, which a re-pick may have changed.
    await this.d.store.drop(roundScope(roundId));
    if (contestId !== undefined) await this.d.store.drop(contestScope(contestId));
    this.d.events.emit('leaderboard.changed', { scope: roundScope(roundId) });
    if (contestId !== undefined) this.d.events.emit('leaderboard.changed', { scope: contestScope(contestId) });
  }
}

/** Results of one contest all carry its tie-breakers, so the store sorts them by its rules. */
function withRules<T extends RankedResult>(rows: T[], tiebreakers: readonly RankingTiebreaker[]): T[] {
  for (const r of rows) r.tiebreakers = tiebreakers;
  return rows;
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
