import { compareResults, type RankedResult } from '../../modules/leaderboard/ranking.js';
import type { LeaderboardStore, RankedEntry } from './leaderboard.port.js';

class SortedScope {
  readonly sorted: RankedResult[] = [];
  readonly byParticipant = new Map<string, RankedResult>();
  constructor(readonly truth: number | null) {}

  private cmp = (a: RankedResult, b: RankedResult) => compareResults(a, b, this.truth);

  /** Index of the first element not before `r`. */
  private lowerBound(r: RankedResult): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cmp(this.sorted[mid] as RankedResult, r) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  indexOf(participantId: string): number {
    const r = this.byParticipant.get(participantId);
    return r ? this.lowerBound(r) : -1;
  }

  remove(participantId: string): void {
    const i = this.indexOf(participantId);
    if (i < 0) return;
    this.sorted.splice(i, 1);
    this.byParticipant.delete(participantId);
  }

  upsert(r: RankedResult): void {
    this.remove(r.participantId);
    this.sorted.splice(this.lowerBound(r), 0, r);
    this.byParticipant.set(r.participantId, r);
  }
}

/**
 * In-process leaderboard: a sorted array per scope with binary search, so the top N is a slice and a
 * participant's rank is O(log n). Inserts move memory (O(n)), which stays well under a millisecond at
 * the sizes one process serves.
 */
export class MemoryLeaderboardStore implements LeaderboardStore {
  private scopes = new Map<string, SortedScope>();

  async has(scope: string) {
    return this.scopes.has(scope);
  }

  async load(scope: string, results: readonly RankedResult[], truth: number | null) {
    const s = new SortedScope(truth);
    const sorted = [...results].sort((a, b) => compareResults(a, b, truth));
    s.sorted.push(...sorted);
    for (const r of sorted) s.byParticipant.set(r.participantId, r);
    this.scopes.set(scope, s);
  }

  private get(scope: string): SortedScope {
    let s = this.scopes.get(scope);
    if (!s) {
      s = new SortedScope(null);
      this.scopes.set(scope, s);
    }
    return s;
  }

  async upsert(scope: string, result: RankedResult) {
    this.get(scope).upsert(result);
  }

  async remove(scope: string, participantId: string) {
    this.scopes.get(scope)?.remove(participantId);
  }

  async top(scope: string, limit: number): Promise<RankedEntry[]> {
    const s = this.scopes.get(scope);
    if (!s) return [];
    return s.sorted.slice(0, limit).map((result, i) => ({ rank: i + 1, result }));
  }

  async rankOf(scope: string, participantId: string): Promise<RankedEntry | null> {
    const s = this.scopes.get(scope);
    const result = s?.byParticipant.get(participantId);
    if (!s || !result) return null;
    return { rank: s.indexOf(participantId) + 1, result };
  }

  async size(scope: string) {
    return this.scopes.get(scope)?.sorted.length ?? 0;
  }

  async truth(scope: string) {
    return this.scopes.get(scope)?.truth ?? null;
  }

  async drop(scope: string) {
    this.scopes.delete(scope);
  }
}
