import { and, asc, count, eq, inArray, isNotNull, isNull, ne } from 'drizzle-orm';
import { attempts, contests, integrityEvents, participants, roundAwards, roundResults, rounds, staffUsers, units, type DbOrTx } from '@thiphapluat/db';

/** The frozen ranking of a round from the top, disqualified participants left out (they have no rank). */
export function rankedResults(db: DbOrTx, roundId: number, limit: number) {
  return db
    .select({
      rank: roundResults.finalRank,
      participantId: roundResults.participantId,
      score: roundResults.score,
      durationMs: roundResults.durationMs,
      submittedAt: roundResults.submittedAt,
      prediction: roundResults.prediction,
      fullName: participants.fullName,
      phone: participants.phone,
      unit: units.name,
    })
    .from(roundResults)
    .innerJoin(participants, eq(participants.id, roundResults.participantId))
    .leftJoin(units, eq(units.id, participants.unitId))
    .where(and(eq(roundResults.roundId, roundId), isNotNull(roundResults.finalRank), isNull(participants.disqualifiedAt)))
    .orderBy(asc(roundResults.finalRank))
    .limit(limit)
    .all()
    .map((r) => ({ ...r, rank: r.rank ?? 0 }));
}

export function rankedCount(db: DbOrTx, roundId: number): number {
  return (
    db
      .select({ n: count() })
      .from(roundResults)
      .innerJoin(participants, eq(participants.id, roundResults.participantId))
      .where(and(eq(roundResults.roundId, roundId), isNull(participants.disqualifiedAt)))
      .get()?.n ?? 0
  );
}

/** Disqualified participants who have a result in the round, with who decided it. */
export function disqualifiedInRound(db: DbOrTx, roundId: number) {
  return db
    .select({
      participantId: participants.id,
      fullName: participants.fullName,
      phone: participants.phone,
      unit: units.name,
      score: roundResults.score,
      durationMs: roundResults.durationMs,
      reason: participants.disqualifiedReason,
      at: participants.disqualifiedAt,
      by: staffUsers.name,
    })
    .from(roundResults)
    .innerJoin(participants, eq(participants.id, roundResults.participantId))
    .leftJoin(units, eq(units.id, participants.unitId))
    .leftJoin(staffUsers, eq(staffUsers.id, participants.disqualifiedBy))
    .where(and(eq(roundResults.roundId, roundId), isNotNull(participants.disqualifiedAt)))
    .orderBy(asc(participants.disqualifiedAt))
    .all();
}

/** Integrity events of each listed participant's attempts in the round. */
export function integrityCounts(db: DbOrTx, roundId: number, participantIds: string[]): Map<string, number> {
  if (participantIds.length === 0) return new Map();
  const rows = db
    .select({ participantId: integrityEvents.participantId, n: count() })
    .from(integrityEvents)
    .innerJoin(attempts, eq(attempts.id, integrityEvents.attemptId))
    .where(and(inArray(integrityEvents.participantId, participantIds), eq(attempts.roundId, roundId)))
    .groupBy(integrityEvents.participantId)
    .all();
  return new Map(rows.map((r) => [r.participantId, r.n]));
}

/** Prizes already published in the contest's other rounds, per participant. */
export function publishedAwardsElsewhere(db: DbOrTx, contestId: number, exceptRoundId: number) {
  return db
    .select({ participantId: roundAwards.participantId, roundName: rounds.name, label: roundAwards.label })
    .from(roundAwards)
    .innerJoin(rounds, eq(rounds.id, roundAwards.roundId))
    .where(and(eq(rounds.contestId, contestId), ne(rounds.id, exceptRoundId), isNotNull(rounds.resultsPublishedAt)))
    .all();
}

export function awardsOfRound(db: DbOrTx, roundId: number) {
  return db.select().from(roundAwards).where(eq(roundAwards.roundId, roundId)).orderBy(asc(roundAwards.rank)).all();
}

export function insertAwards(db: DbOrTx, rows: (typeof roundAwards.$inferInsert)[]): void {
  if (rows.length > 0) db.insert(roundAwards).values(rows).run();
}

/** Participants per unit among the round's results, disqualified left out. */
export function participationByUnit(db: DbOrTx, roundId: number) {
  return db
    .select({ unitId: units.id, unit: units.name, population: units.population, participants: count() })
    .from(roundResults)
    .innerJoin(participants, eq(participants.id, roundResults.participantId))
    .innerJoin(units, eq(units.id, participants.unitId))
    .where(and(eq(roundResults.roundId, roundId), isNull(participants.disqualifiedAt)))
    .groupBy(units.id)
    .all();
}

export function markResultsPublished(db: DbOrTx, roundId: number, at: number): void {
  db.update(rounds).set({ resultsPublishedAt: at }).where(eq(rounds.id, roundId)).run();
}

export function setContestStatus(db: DbOrTx, contestId: number, status: typeof contests.$inferSelect.status, at: number): void {
  db.update(contests).set({ status, updatedAt: at }).where(eq(contests.id, contestId)).run();
}

/** A participant of one of the organization's contests; anyone else's is "not found". */
export function findParticipantInOrg(db: DbOrTx, organizationId: number, participantId: string) {
  return db
    .select({ participant: participants, contest: { id: contests.id, organizationId: contests.organizationId } })
    .from(participants)
    .innerJoin(contests, eq(contests.id, participants.contestId))
    .where(and(eq(participants.id, participantId), eq(contests.organizationId, organizationId)))
    .get();
}

export function setDisqualification(db: DbOrTx, participantId: string, v: { at: number | null; reason: string | null; by: number | null }): void {
  db.update(participants).set({ disqualifiedAt: v.at, disqualifiedReason: v.reason, disqualifiedBy: v.by }).where(eq(participants.id, participantId)).run();
}

/** The rounds in which the participant has a result, with their state. */
export function roundsWithResultOf(db: DbOrTx, participantId: string) {
  return db
    .select({ id: rounds.id, name: rounds.name, contestId: rounds.contestId, finalizedAt: rounds.finalizedAt, resultsPublishedAt: rounds.resultsPublishedAt })
    .from(roundResults)
    .innerJoin(rounds, eq(rounds.id, roundResults.roundId))
    .where(eq(roundResults.participantId, participantId))
    .all();
}

/** Published prizes of the participant (any round). */
export function publishedAwardsOf(db: DbOrTx, participantId: string) {
  return db
    .select({ roundName: rounds.name, label: roundAwards.label })
    .from(roundAwards)
    .innerJoin(rounds, eq(rounds.id, roundAwards.roundId))
    .where(and(eq(roundAwards.participantId, participantId), isNotNull(rounds.resultsPublishedAt)))
    .all();
}

/** The published awards of a round with what the public list shows. */
export function publicAwardsOf(db: DbOrTx, roundId: number) {
  return db
    .select({
      rank: roundAwards.rank,
      tier: roundAwards.tier,
      label: roundAwards.label,
      fullName: participants.fullName,
      phone: participants.phone,
      unit: units.name,
      score: roundResults.score,
      durationMs: roundResults.durationMs,
    })
    .from(roundAwards)
    .innerJoin(participants, eq(participants.id, roundAwards.participantId))
    .leftJoin(units, eq(units.id, participants.unitId))
    .innerJoin(roundResults, and(eq(roundResults.roundId, roundAwards.roundId), eq(roundResults.participantId, roundAwards.participantId)))
    .where(eq(roundAwards.roundId, roundId))
    .orderBy(asc(roundAwards.rank))
    .all();
}
