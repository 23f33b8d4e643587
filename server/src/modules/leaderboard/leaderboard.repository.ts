import { and, eq, inArray, isNull, lte, sql, count } from 'drizzle-orm';
import { attempts, contests, participants, roundResults, rounds, units, type DbOrTx } from '@thiphapluat/db';
import type { RankedResult } from './ranking.js';

const rankedColumns = {
  participantId: roundResults.participantId,
  score: roundResults.score,
  durationMs: roundResults.durationMs,
  submittedAt: roundResults.submittedAt,
  prediction: roundResults.prediction,
  roundId: roundResults.roundId,
};

/** Best results of a round, disqualified participants left out. One row per participant. */
export function roundResultsOf(db: DbOrTx, roundId: number, participantId?: string): (RankedResult & { roundId: number })[] {
  return db
    .select(rankedColumns)
    .from(roundResults)
    .innerJoin(participants, eq(participants.id, roundResults.participantId))
    .where(and(eq(roundResults.roundId, roundId), isNull(participants.disqualifiedAt), participantId ? eq(roundResults.participantId, participantId) : undefined))
    .all();
}

/** Best results in every round of a contest; the caller keeps each participant's best. */
export function contestResultsOf(db: DbOrTx, contestId: number, participantId?: string): (RankedResult & { roundId: number })[] {
  return db
    .select(rankedColumns)
    .from(roundResults)
    .innerJoin(rounds, eq(rounds.id, roundResults.roundId))
    .innerJoin(participants, eq(participants.id, roundResults.participantId))
    .where(and(eq(rounds.contestId, contestId), isNull(participants.disqualifiedAt), participantId ? eq(roundResults.participantId, participantId) : undefined))
    .all();
}

/** The prediction's true figure: participants whose best attempt in the round got every question right. */
export function fullMarksCount(db: DbOrTx, roundId: number): number {
  return (
    db
      .select({ n: count() })
      .from(roundResults)
      .innerJoin(attempts, eq(attempts.id, roundResults.attemptId))
      .innerJoin(participants, eq(participants.id, roundResults.participantId))
      .where(and(eq(roundResults.roundId, roundId), isNull(participants.disqualifiedAt), sql`${attempts.score} = ${attempts.maxScore}`))
      .get()?.n ?? 0
  );
}

export function roundWithContest(db: DbOrTx, roundId: number) {
  return db
    .select({ round: rounds, predictionEnabled: contests.predictionEnabled, graceMs: contests.answerGraceMs, tiebreakers: contests.rankingTiebreakers })
    .from(rounds)
    .innerJoin(contests, eq(contests.id, rounds.contestId))
    .where(eq(rounds.id, roundId))
    .get();
}

/** Rounds closed at or before `before` whose truth is not fixed yet and that have no attempt still running. */
export function roundsReadyToFinalize(db: DbOrTx, before: number) {
  return db
    .select({ id: rounds.id })
    .from(rounds)
    .where(
      and(
        isNull(rounds.finalizedAt),
        lte(rounds.closesAt, before),
        sql`not exists (select 1 from ${attempts} where ${attempts.roundId} = ${rounds.id} and ${attempts.status} = 'in_progress')`,
      ),
    )
    .all()
    .map((r) => r.id);
}

/**
 * The only attempts the prediction can promote at the close: final ones with the same score as the
 * participant's held best, other than that best itself. Usually a small fraction of the round.
 */
export function tiedAttemptsOfRound(db: DbOrTx, roundId: number) {
  return db
    .select({
      attemptId: attempts.id,
      participantId: attempts.participantId,
      score: attempts.score,
      durationMs: attempts.durationMs,
      submittedAt: attempts.submittedAt,
      prediction: attempts.prediction,
    })
    .from(attempts)
    .innerJoin(roundResults, and(eq(roundResults.roundId, attempts.roundId), eq(roundResults.participantId, attempts.participantId)))
    .where(and(eq(attempts.roundId, roundId), sql`${attempts.status} <> 'in_progress'`, eq(attempts.score, roundResults.score), sql`${attempts.id} <> ${roundResults.attemptId}`))
    .all()
    .map((r) => ({ ...r, score: r.score ?? 0, durationMs: r.durationMs ?? 0, submittedAt: r.submittedAt ?? 0 }));
}

export function contestTiebreakers(db: DbOrTx, contestId: number) {
  return db.select({ t: contests.rankingTiebreakers }).from(contests).where(eq(contests.id, contestId)).get()?.t;
}

/**
 * Freezes a round's final ranking: `orderedIds` get ranks 1..n in order; every other result of the
 * round (a disqualified participant's) gets none.
 */
export function writeFinalRanks(db: DbOrTx, roundId: number, orderedIds: readonly string[]): void {
  db.update(roundResults).set({ finalRank: null }).where(eq(roundResults.roundId, roundId)).run();
  // One prepared statement for the whole round: a big round has tens of thousands of rows.
  const stmt = db
    .update(roundResults)
    .set({ finalRank: sql.placeholder('rank') as unknown as number })
    .where(and(eq(roundResults.roundId, roundId), eq(roundResults.participantId, sql.placeholder('participantId'))))
    .prepare();
  orderedIds.forEach((participantId, i) => stmt.run({ rank: i + 1, participantId }));
}

export function markRoundFinalized(db: DbOrTx, roundId: number, truth: number | null, at: number) {
  db.update(rounds).set({ finalizedAt: at, predictionTruth: truth }).where(eq(rounds.id, roundId)).run();
}

export function displayInfo(db: DbOrTx, participantIds: string[]) {
  if (participantIds.length === 0) return new Map<string, { fullName: string; unit: string | null }>();
  const rows = db
    .select({ id: participants.id, fullName: participants.fullName, unit: units.name })
    .from(participants)
    .leftJoin(units, eq(units.id, participants.unitId))
    .where(inArray(participants.id, participantIds))
    .all();
  return new Map(rows.map((r) => [r.id, { fullName: r.fullName, unit: r.unit }]));
}
