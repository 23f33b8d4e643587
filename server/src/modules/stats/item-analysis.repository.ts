import { createHash } from 'node:crypto';
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import {
  contests,
  itemAnalysisRounds,
  itemAttemptTotals,
  itemResponseCells,
  legalFields,
  participants,
  questionVersionFields,
  questionVersions,
  rounds,
  type DbOrTx,
} from '@thiphapluat/db';
import type { AttemptTotal, ResponseCell } from './item-analysis.stats.js';

/** Which attempts count, as SQL over `at` (attempts), `c` (contests) and `p` (participants). */
export type AttemptFilter = SQL;

/**
 * Counted attempts of the organization: final (submitted or expired) and not of a disqualified
 * participant. `extra` narrows them to a round, a contest or a period.
 */
export const countedAttempts = (organizationId: number, extra: SQL): AttemptFilter =>
  sql`c.organization_id = ${organizationId} AND at.status IN ('submitted', 'expired') AND p.disqualified_at IS NULL AND ${extra}`;

type CellRow = { versionId: number; picked: string | null; correctCount: number; questionCount: number; attempts: number };
// option_ids is a JSON array; the same set in another order is a separate row, which is harmless.
const parseCells = (rows: CellRow[]): ResponseCell[] => rows.map((r) => ({ ...r, picked: r.picked ? (JSON.parse(r.picked) as string[]) : [] }));

/**
 * The response histogram in one pass over the drawn questions and their answers: one row per
 * (version, chosen options, attempt total). A draw without an answer row is a blank response.
 */
const cellsSelect = (filter: AttemptFilter) => sql`
    SELECT aq.question_version_id AS versionId, an.option_ids AS picked, COALESCE(at.correct_count, 0) AS correctCount,
           at.max_score / c.points_per_question AS questionCount, COUNT(*) AS attempts
    FROM attempts at
    JOIN contests c ON c.id = at.contest_id
    JOIN participants p ON p.id = at.participant_id
    JOIN attempt_questions aq ON aq.attempt_id = at.id
    LEFT JOIN answers an ON an.attempt_id = aq.attempt_id AND an.position = aq.position
    WHERE ${filter}
    GROUP BY 1, 2, 3, 4`;

/** How many counted attempts reached each total: what the upper and lower groups are cut from. */
const totalsSelect = (filter: AttemptFilter) => sql`
    SELECT COALESCE(at.correct_count, 0) AS correctCount, at.max_score / c.points_per_question AS questionCount, COUNT(*) AS attempts
    FROM attempts at
    JOIN contests c ON c.id = at.contest_id
    JOIN participants p ON p.id = at.participant_id
    WHERE ${filter}
    GROUP BY 1, 2`;

export const responseCells = (db: DbOrTx, filter: AttemptFilter): ResponseCell[] => parseCells(db.all<CellRow>(cellsSelect(filter)));
export const attemptTotals = (db: DbOrTx, filter: AttemptFilter): AttemptTotal[] => db.all<AttemptTotal>(totalsSelect(filter));

// ─── Stored histograms of finalized rounds ──────────────────────────────────────────────────────────

/** Which of the contest's participants are disqualified, as a short hash of their sorted ids. */
export function standingOf(db: DbOrTx, contestId: number): string {
  const ids = db
    .select({ id: participants.id })
    .from(participants)
    .where(and(eq(participants.contestId, contestId), sql`${participants.disqualifiedAt} IS NOT NULL`))
    .orderBy(participants.id)
    .all();
  return createHash('sha256').update(ids.map((r) => r.id).join(',')).digest('base64url').slice(0, 22);
}

export const storedStanding = (db: DbOrTx, roundId: number): string | undefined =>
  db.select({ standing: itemAnalysisRounds.standing }).from(itemAnalysisRounds).where(eq(itemAnalysisRounds.roundId, roundId)).get()?.standing;

/** Replaces the round's stored histogram with one computed now from its counted attempts. */
export function storeRound(db: DbOrTx, organizationId: number, roundId: number, standing: string, now: number): void {
  const filter = countedAttempts(organizationId, sql`at.round_id = ${roundId}`);
  db.delete(itemResponseCells).where(eq(itemResponseCells.roundId, roundId)).run();
  db.delete(itemAttemptTotals).where(eq(itemAttemptTotals.roundId, roundId)).run();
  db.delete(itemAnalysisRounds).where(eq(itemAnalysisRounds.roundId, roundId)).run();
  db.insert(itemAnalysisRounds).values({ roundId, standing, computedAt: now }).run();
  db.run(sql`INSERT INTO ${itemResponseCells} (question_version_id, option_ids, correct_count, question_count, attempts, round_id)
    SELECT h.*, ${roundId} FROM (${cellsSelect(filter)}) h`);
  db.run(sql`INSERT INTO ${itemAttemptTotals} (correct_count, question_count, attempts, round_id)
    SELECT h.*, ${roundId} FROM (${totalsSelect(filter)}) h`);
}

/** The stored histograms of these rounds, merged. */
export function storedCells(db: DbOrTx, roundIds: readonly number[]): ResponseCell[] {
  return chunked(roundIds, (part) =>
    parseCells(
      db.all<CellRow>(sql`
        SELECT question_version_id AS versionId, option_ids AS picked, correct_count AS correctCount, question_count AS questionCount, SUM(attempts) AS attempts
        FROM ${itemResponseCells} WHERE round_id IN ${part} GROUP BY 1, 2, 3, 4`),
    ),
  );
}

export function storedTotals(db: DbOrTx, roundIds: readonly number[]): AttemptTotal[] {
  return chunked(roundIds, (part) =>
    db.all<AttemptTotal>(sql`
      SELECT correct_count AS correctCount, question_count AS questionCount, SUM(attempts) AS attempts
      FROM ${itemAttemptTotals} WHERE round_id IN ${part} GROUP BY 1, 2`),
  );
}

/** The organization's rounds a scope may touch, with what decides whether their stored histogram serves. */
export function roundsOf(db: DbOrTx, organizationId: number, where: SQL) {
  return db
    .select({ id: rounds.id, contestId: rounds.contestId, opensAt: rounds.opensAt, closesAt: rounds.closesAt, finalizedAt: rounds.finalizedAt })
    .from(rounds)
    .innerJoin(contests, eq(contests.id, rounds.contestId))
    .where(and(eq(contests.organizationId, organizationId), where))
    .all();
}

/** SQLite binds at most 32,766 parameters per statement; an organization's whole history stays well inside in chunks. */
function chunked<T>(ids: readonly number[], load: (part: number[]) => T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += 5000) out.push(...load(ids.slice(i, i + 5000)));
  return out;
}

export function versionsByIds(db: DbOrTx, ids: readonly number[]) {
  return chunked(ids, (part) =>
    db
      .select({
        id: questionVersions.id,
        questionId: questionVersions.questionId,
        version: questionVersions.version,
        title: questionVersions.title,
        text: questionVersions.text,
        options: questionVersions.options,
        correctOptionIds: questionVersions.correctOptionIds,
      })
      .from(questionVersions)
      .where(inArray(questionVersions.id, part))
      .all(),
  );
}

export function fieldsOfVersions(db: DbOrTx, ids: readonly number[]) {
  return chunked(ids, (part) =>
    db
      .select({ versionId: questionVersionFields.questionVersionId, fieldId: legalFields.id, name: legalFields.name })
      .from(questionVersionFields)
      .innerJoin(legalFields, eq(legalFields.id, questionVersionFields.legalFieldId))
      .where(inArray(questionVersionFields.questionVersionId, part))
      .all(),
  );
}

export function roundOfOrganization(db: DbOrTx, organizationId: number, roundId: number) {
  return db
    .select({ id: rounds.id, name: rounds.name, contestId: contests.id, contestTitle: contests.title })
    .from(rounds)
    .innerJoin(contests, eq(contests.id, rounds.contestId))
    .where(and(eq(rounds.id, roundId), eq(contests.organizationId, organizationId)))
    .get();
}

export function contestOfOrganization(db: DbOrTx, organizationId: number, contestId: number) {
  return db
    .select({ id: contests.id, title: contests.title })
    .from(contests)
    .where(and(eq(contests.id, contestId), eq(contests.organizationId, organizationId)))
    .get();
}
