import type { RankedResult } from '../../modules/leaderboard/ranking.js';

export interface RankedEntry {
  rank: number;
  result: RankedResult;
}

/**
 * Ordered results per scope ("round:12", "contest:3"). One entry per participant: their best.
 * Async so that a Redis sorted-set implementation can stand in for the in-process one.
 */
export interface LeaderboardStore {
  has(scope: string): Promise<boolean>;
  /** Replaces a scope wholesale: first load, or a re-sort once the prediction truth is known. */
  load(scope: string, results: readonly RankedResult[], truth: number | null): Promise<void>;
  /** Inserts or replaces the participant's entry. */
  upsert(scope: string, result: RankedResult): Promise<void>;
  remove(scope: string, participantId: string): Promise<void>;
  top(scope: string, limit: number): Promise<RankedEntry[]>;
  rankOf(scope: string, participantId: string): Promise<RankedEntry | null>;
  size(scope: string): Promise<number>;
  truth(scope: string): Promise<number | null>;
  drop(scope: string): Promise<void>;
}
