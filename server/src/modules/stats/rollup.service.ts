import { eq } from 'drizzle-orm';
import { contests, rounds, type Db, type DbOrTx } from '@thiphapluat/db';
import { computeRoundFigures } from './round-stats.js';
import * as repo from './stats.repository.js';

/**
 * Stores the figures of the organization's finalized rounds that have none yet: computed once from the
 * attempts, then read from stat_round_* until a change of standing deletes them. Idempotent; each
 * round is written in its own transaction so a reader never sees half a round.
 */
export function storeFinalizedRounds(db: Db, organizationId: number, now: number): void {
  for (const roundId of repo.finalizedRoundsWithoutSummary(db, organizationId)) {
    const found = db
      .select({ round: rounds, contestId: contests.id, predictionEnabled: contests.predictionEnabled })
      .from(rounds)
      .innerJoin(contests, eq(contests.id, rounds.contestId))
      .where(eq(rounds.id, roundId))
      .get();
    if (!found) continue;
    db.transaction((tx) => {
      repo.deleteRoundRollup(tx, [roundId]);
      repo.insertRoundRollup(tx, roundId);
      const summary = computeRoundFigures(tx, found.round, found.predictionEnabled, true);
      repo.insertSummary(tx, { roundId, organizationId, contestId: found.contestId, summary, computedAt: now });
    });
  }
}

/**
 * Forgets the stored figures of these rounds; the next read computes them again. Called in the same
 * transaction as a disqualification or reinstatement, so stale figures never outlive the change.
 */
export function invalidateRoundStats(db: DbOrTx, roundIds: readonly number[]): void {
  repo.deleteRoundRollup(db, roundIds);
}
