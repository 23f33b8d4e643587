import { and, asc, count, desc, eq, inArray, isNull, max, or, sql } from 'drizzle-orm';
import { attempts, contests, contestUnits, drawBlueprints, legalFields, participants, rounds, units, type DbOrTx } from '@thiphapluat/db';

export type ContestRow = typeof contests.$inferSelect;
export type RoundRow = typeof rounds.$inferSelect;
export type BlueprintRow = typeof drawBlueprints.$inferSelect;

/** A contest of this organization; another organization's id reads as not found. */
export function findOrgContest(db: DbOrTx, organizationId: number, contestId: number): ContestRow | undefined {
  return db.select().from(contests).where(and(eq(contests.id, contestId), eq(contests.organizationId, organizationId))).get();
}

export function listOrgContests(db: DbOrTx, organizationId: number): ContestRow[] {
  return db.select().from(contests).where(eq(contests.organizationId, organizationId)).orderBy(desc(contests.updatedAt), desc(contests.id)).all();
}

export function slugTaken(db: DbOrTx, slug: string, exceptId?: number): boolean {
  const row = db.select({ id: contests.id }).from(contests).where(eq(contests.slug, slug)).get();
  return row !== undefined && row.id !== exceptId;
}

export function insertContest(db: DbOrTx, row: typeof contests.$inferInsert): ContestRow {
  return db.insert(contests).values(row).returning().get();
}

export function updateContest(db: DbOrTx, id: number, patch: Partial<typeof contests.$inferInsert>): ContestRow {
  return db.update(contests).set(patch).where(eq(contests.id, id)).returning().get();
}

export function roundsOf(db: DbOrTx, contestIds: number[]): RoundRow[] {
  if (contestIds.length === 0) return [];
  return db.select().from(rounds).where(inArray(rounds.contestId, contestIds)).orderBy(asc(rounds.contestId), asc(rounds.opensAt), asc(rounds.id)).all();
}

export function findContestRound(db: DbOrTx, contestId: number, roundId: number): RoundRow | undefined {
  return db.select().from(rounds).where(and(eq(rounds.id, roundId), eq(rounds.contestId, contestId))).get();
}

export function insertRound(db: DbOrTx, row: typeof rounds.$inferInsert): RoundRow {
  return db.insert(rounds).values(row).returning().get();
}

export function updateRound(db: DbOrTx, id: number, patch: Partial<typeof rounds.$inferInsert>): RoundRow {
  return db.update(rounds).set(patch).where(eq(rounds.id, id)).returning().get();
}

export function deleteRound(db: DbOrTx, id: number): void {
  db.delete(drawBlueprints).where(eq(drawBlueprints.roundId, id)).run();
  db.delete(rounds).where(eq(rounds.id, id)).run();
}

/**
 * seq follows opening order. Renumbered through negative values first because (contest, seq) is
 * unique and SQLite checks it row by row.
 */
export function renumberRounds(db: DbOrTx, contestId: number): void {
  const ordered = db.select({ id: rounds.id }).from(rounds).where(eq(rounds.contestId, contestId)).orderBy(asc(rounds.opensAt), asc(rounds.id)).all();
  db.update(rounds).set({ seq: sql`-${rounds.id}` }).where(eq(rounds.contestId, contestId)).run();
  ordered.forEach((r, i) => db.update(rounds).set({ seq: i + 1 }).where(eq(rounds.id, r.id)).run());
}

export function blueprintsOf(db: DbOrTx, roundIds: number[]): BlueprintRow[] {
  if (roundIds.length === 0) return [];
  return db.select().from(drawBlueprints).where(inArray(drawBlueprints.roundId, roundIds)).orderBy(asc(drawBlueprints.id)).all();
}

export function replaceBlueprint(db: DbOrTx, roundId: number, cells: { legalFieldId: number | null; difficulty: 1 | 2 | 3 | null; count: number }[]): void {
  db.delete(drawBlueprints).where(eq(drawBlueprints.roundId, roundId)).run();
  const rows = cells.filter((c) => c.count > 0).map((c) => ({ roundId, legalFieldId: c.legalFieldId, difficulty: c.difficulty, count: c.count }));
  if (rows.length > 0) db.insert(drawBlueprints).values(rows).run();
}

/** Per round: attempts started and the most any one participant has used. */
export function attemptUsage(db: DbOrTx, roundIds: number[]): Map<number, { attempts: number; maxUsed: number }> {
  if (roundIds.length === 0) return new Map();
  const perParticipant = db
    .select({ roundId: attempts.roundId, n: count() })
    .from(attempts)
    .where(inArray(attempts.roundId, roundIds))
    .groupBy(attempts.roundId, attempts.participantId)
    .all();
  const out = new Map<number, { attempts: number; maxUsed: number }>();
  for (const r of perParticipant) {
    const cur = out.get(r.roundId) ?? { attempts: 0, maxUsed: 0 };
    out.set(r.roundId, { attempts: cur.attempts + r.n, maxUsed: Math.max(cur.maxUsed, r.n) });
  }
  return out;
}

export function contestHasAttempts(db: DbOrTx, contestId: number): boolean {
  return db.select({ id: attempts.id }).from(attempts).where(eq(attempts.contestId, contestId)).limit(1).get() !== undefined;
}

export function participantCounts(db: DbOrTx, contestIds: number[]): Map<number, number> {
  if (contestIds.length === 0) return new Map();
  const rows = db.select({ contestId: participants.contestId, n: count() }).from(participants).where(inArray(participants.contestId, contestIds)).groupBy(participants.contestId).all();
  return new Map(rows.map((r) => [r.contestId, r.n]));
}

/** Legal fields a blueprint may use: the shared national list and the organization's own. */
export function usableLegalFields(db: DbOrTx, organizationId: number): { id: number; name: string }[] {
  return db
    .select({ id: legalFields.id, name: legalFields.name })
    .from(legalFields)
    .where(or(isNull(legalFields.organizationId), eq(legalFields.organizationId, organizationId)))
    .orderBy(asc(legalFields.id))
    .all();
}

export function contestUnitIds(db: DbOrTx, contestId: number): number[] {
  return db.select({ id: contestUnits.unitId }).from(contestUnits).where(eq(contestUnits.contestId, contestId)).orderBy(asc(contestUnits.unitId)).all().map((r) => r.id);
}

export function replaceContestUnits(db: DbOrTx, contestId: number, unitIds: number[]): void {
  db.delete(contestUnits).where(eq(contestUnits.contestId, contestId)).run();
  // Chunked: SQLite limits the number of bound parameters per statement.
  for (let i = 0; i < unitIds.length; i += 400) {
    db.insert(contestUnits).values(unitIds.slice(i, i + 400).map((unitId) => ({ contestId, unitId }))).run();
  }
}

/** The organization's units that are still valid at `now`: what a contest may offer. */
export function validUnitIds(db: DbOrTx, organizationId: number, now: number): number[] {
  return db
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.organizationId, organizationId), or(isNull(units.validTo), sql`${units.validTo} > ${now}`)))
    .orderBy(asc(units.id))
    .all()
    .map((r) => r.id);
}

/** Removes a draft contest and everything hanging off it (it has no participants, so no attempts). */
export function deleteContestCascade(db: DbOrTx, contestId: number): void {
  const roundIds = db.select({ id: rounds.id }).from(rounds).where(eq(rounds.contestId, contestId)).all().map((r) => r.id);
  if (roundIds.length > 0) db.delete(drawBlueprints).where(inArray(drawBlueprints.roundId, roundIds)).run();
  db.delete(rounds).where(eq(rounds.contestId, contestId)).run();
  db.delete(contestUnits).where(eq(contestUnits.contestId, contestId)).run();
  // A clone keeps its settings; it only loses the link to a draft that no longer exists.
  db.update(contests).set({ clonedFromId: null }).where(eq(contests.clonedFromId, contestId)).run();
  db.delete(contests).where(eq(contests.id, contestId)).run();
}

export function contestTitle(db: DbOrTx, id: number): string | undefined {
  return db.select({ title: contests.title }).from(contests).where(eq(contests.id, id)).get()?.title;
}

export function latestRoundEdge(db: DbOrTx, contestId: number): number | null {
  return db.select({ t: max(rounds.closesAt) }).from(rounds).where(eq(rounds.contestId, contestId)).get()?.t ?? null;
}
