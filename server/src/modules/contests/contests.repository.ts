import { and, asc, count, eq, inArray, like, sql } from 'drizzle-orm';
import { contests, contestUnits, drawBlueprints, organizations, participants, rounds, units, type DbOrTx } from '@thiphapluat/db';

export type ContestRow = typeof contests.$inferSelect;
export type RoundRow = typeof rounds.$inferSelect;

export function findContestBySlug(db: DbOrTx, slug: string) {
  return db.select().from(contests).where(eq(contests.slug, slug)).get();
}

export function findContestById(db: DbOrTx, id: number) {
  return db.select().from(contests).where(eq(contests.id, id)).get();
}

export function listVisibleContests(db: DbOrTx) {
  return db
    .select()
    .from(contests)
    .where(inArray(contests.status, ['published', 'closed', 'results_published']))
    .orderBy(asc(contests.id))
    .all();
}

export function findOrganization(db: DbOrTx, id: number) {
  return db.select({ id: organizations.id, name: organizations.name }).from(organizations).where(eq(organizations.id, id)).get();
}

export function listRounds(db: DbOrTx, contestIds: number[]) {
  if (contestIds.length === 0) return [];
  return db.select().from(rounds).where(inArray(rounds.contestId, contestIds)).orderBy(asc(rounds.contestId), asc(rounds.seq)).all();
}

export function findRound(db: DbOrTx, roundId: number) {
  return db.select().from(rounds).where(eq(rounds.id, roundId)).get();
}

export function questionCounts(db: DbOrTx, roundIds: number[]): Map<number, number> {
  if (roundIds.length === 0) return new Map();
  const rows = db
    .select({ roundId: drawBlueprints.roundId, n: sql<number>`sum(${drawBlueprints.count})` })
    .from(drawBlueprints)
    .where(inArray(drawBlueprints.roundId, roundIds))
    .groupBy(drawBlueprints.roundId)
    .all();
  return new Map(rows.map((r) => [r.roundId, Number(r.n)]));
}

export function blueprintOf(db: DbOrTx, roundId: number) {
  return db.select().from(drawBlueprints).where(eq(drawBlueprints.roundId, roundId)).all();
}

export function participantCounts(db: DbOrTx, contestIds: number[]): Map<number, number> {
  if (contestIds.length === 0) return new Map();
  const rows = db
    .select({ contestId: participants.contestId, n: count() })
    .from(participants)
    .where(inArray(participants.contestId, contestIds))
    .groupBy(participants.contestId)
    .all();
  return new Map(rows.map((r) => [r.contestId, r.n]));
}

export function organizationNames(db: DbOrTx, ids: number[]): Map<number, string> {
  if (ids.length === 0) return new Map();
  const rows = db.select({ id: organizations.id, name: organizations.name }).from(organizations).where(inArray(organizations.id, ids)).all();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The units a contest offers, searched on the folded name. */
export function searchContestUnits(db: DbOrTx, contestId: number, folded: string | null, limit: number) {
  return db
    .select({ id: units.id, code: units.code, name: units.name, kind: units.kind, parentId: units.parentId })
    .from(contestUnits)
    .innerJoin(units, eq(units.id, contestUnits.unitId))
    .where(and(eq(contestUnits.contestId, contestId), folded ? like(units.nameFolded, `%${folded.replace(/[%_\\]/g, '')}%`) : undefined))
    .limit(limit)
    .all();
}

export function contestHasUnit(db: DbOrTx, contestId: number, unitId: number): boolean {
  return (
    db
      .select({ unitId: contestUnits.unitId })
      .from(contestUnits)
      .where(and(eq(contestUnits.contestId, contestId), eq(contestUnits.unitId, unitId)))
      .get() !== undefined
  );
}

export function unitsByIds(db: DbOrTx, ids: number[]) {
  if (ids.length === 0) return [];
  return db.select({ id: units.id, name: units.name, parentId: units.parentId }).from(units).where(inArray(units.id, ids)).all();
}
