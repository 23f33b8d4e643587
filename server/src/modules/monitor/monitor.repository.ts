import { and, count, desc, eq, gte, max, ne, sql } from 'drizzle-orm';
import { attempts, contests, drawBlueprints, integrityEvents, participants, rounds, type DbOrTx } from '@thiphapluat/db';

/** A round with its contest, only if the contest belongs to the organization: anything else is "not found". */
export function findRoundInOrg(db: DbOrTx, organizationId: number, roundId: number) {
  return db
    .select({ round: rounds, contest: contests })
    .from(rounds)
    .innerJoin(contests, eq(contests.id, rounds.contestId))
    .where(and(eq(rounds.id, roundId), eq(contests.organizationId, organizationId)))
    .get();
}

export type RoundInOrg = NonNullable<ReturnType<typeof findRoundInOrg>>;

export function roundsOfContest(db: DbOrTx, contestId: number) {
  return db.select().from(rounds).where(eq(rounds.contestId, contestId)).orderBy(rounds.seq).all();
}

/** Attempts of the round by status, read from the (round_id, status) index alone. */
export function attemptStatusCounts(db: DbOrTx, roundId: number): Record<string, number> {
  const rows = db.select({ status: attempts.status, n: count() }).from(attempts).where(eq(attempts.roundId, roundId)).groupBy(attempts.status).all();
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}

/** The newest integrity event id anywhere: a constant-time hint that something may have been reported. */
export function latestIntegrityEventId(db: DbOrTx): number {
  return db.select({ id: max(integrityEvents.id) }).from(integrityEvents).get()?.id ?? 0;
}

export function roundAttemptTotals(db: DbOrTx, roundId: number) {
  const row = db
    .select({
      entrants: sql<number>`count(distinct ${attempts.participantId})`,
      averageDurationMs: sql<number | null>`avg(case when ${attempts.status} <> 'in_progress' then ${attempts.durationMs} end)`,
      maxScore: max(attempts.maxScore),
    })
    .from(attempts)
    .where(eq(attempts.roundId, roundId))
    .get();
  return { entrants: row?.entrants ?? 0, averageDurationMs: row?.averageDurationMs ?? null, maxScore: row?.maxScore ?? 0 };
}

export function registeredCount(db: DbOrTx, contestId: number): number {
  return db.select({ n: count() }).from(participants).where(eq(participants.contestId, contestId)).get()?.n ?? 0;
}

/** Questions a round draws: the sum of its blueprint lines. */
export function blueprintQuestionCount(db: DbOrTx, roundId: number): number {
  return db.select({ n: sql<number>`coalesce(sum(${drawBlueprints.count}), 0)` }).from(drawBlueprints).where(eq(drawBlueprints.roundId, roundId)).get()?.n ?? 0;
}

/** Starts per minute since `from`, keyed by the minute's offset from `from`. */
export function startsPerMinute(db: DbOrTx, roundId: number, from: number): Map<number, number> {
  // better-sqlite3 binds numbers as REAL: cast, or the division is not by minutes.
  const bucket = sql<number>`cast((${attempts.startedAt} - ${from}) / 60000 as integer)`;
  const rows = db
    .select({ m: bucket, n: count() })
    .from(attempts)
    .where(and(eq(attempts.roundId, roundId), gte(attempts.startedAt, from)))
    .groupBy(bucket)
    .all();
  return new Map(rows.map((r) => [Number(r.m), r.n]));
}

/** Final attempts per minute of their submission since `from`. */
export function submissionsPerMinute(db: DbOrTx, roundId: number, from: number): Map<number, number> {
  const bucket = sql<number>`cast((${attempts.submittedAt} - ${from}) / 60000 as integer)`;
  const rows = db
    .select({ m: bucket, n: count() })
    .from(attempts)
    .where(and(eq(attempts.roundId, roundId), ne(attempts.status, 'in_progress'), gte(attempts.submittedAt, from)))
    .groupBy(bucket)
    .all();
  return new Map(rows.map((r) => [Number(r.m), r.n]));
}

/** How many final attempts got each score. */
export function scoreHistogram(db: DbOrTx, roundId: number): Map<number, number> {
  const rows = db
    .select({ score: attempts.score, n: count() })
    .from(attempts)
    .where(and(eq(attempts.roundId, roundId), ne(attempts.status, 'in_progress')))
    .groupBy(attempts.score)
    .all();
  return new Map(rows.map((r) => [r.score ?? 0, r.n]));
}

/** The newest integrity events of the round's attempts; walks the round's attempts, not the whole table. */
export function latestIntegrityEvents(db: DbOrTx, roundId: number, limit: number) {
  return db
    .select({
      id: integrityEvents.id,
      at: integrityEvents.at,
      kind: integrityEvents.kind,
      source: integrityEvents.source,
      attemptId: integrityEvents.attemptId,
      fullName: participants.fullName,
    })
    .from(attempts)
    .innerJoin(integrityEvents, eq(integrityEvents.attemptId, attempts.id))
    .innerJoin(participants, eq(participants.id, integrityEvents.participantId))
    .where(eq(attempts.roundId, roundId))
    .orderBy(desc(integrityEvents.at), desc(integrityEvents.id))
    .limit(limit)
    .all();
}

/** Moves the round's close to `at`: no new starts from then on. */
export function setRoundClosesAt(db: DbOrTx, roundId: number, at: number): void {
  db.update(rounds).set({ closesAt: at }).where(eq(rounds.id, roundId)).run();
}
