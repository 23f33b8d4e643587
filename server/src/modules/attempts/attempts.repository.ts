import { and, asc, count, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import {
  answers,
  attemptQuestions,
  attempts,
  contests,
  integrityEvents,
  questions,
  questionVersions,
  roundResults,
  type DbOrTx,
} from '@thiphapluat/db';
import type { PoolQuestion } from './draw.js';

export type AttemptRow = typeof attempts.$inferSelect;
export type AnswerRow = typeof answers.$inferSelect;

export function findAttempt(db: DbOrTx, id: string) {
  return db.select().from(attempts).where(eq(attempts.id, id)).get();
}

export function findInProgress(db: DbOrTx, participantId: string) {
  return db
    .select()
    .from(attempts)
    .where(and(eq(attempts.participantId, participantId), eq(attempts.status, 'in_progress')))
    .get();
}

export function countAttempts(db: DbOrTx, participantId: string, roundId: number): number {
  return (
    db
      .select({ n: count() })
      .from(attempts)
      .where(and(eq(attempts.participantId, participantId), eq(attempts.roundId, roundId)))
      .get()?.n ?? 0
  );
}

export function listByParticipant(db: DbOrTx, participantId: string) {
  return db.select().from(attempts).where(eq(attempts.participantId, participantId)).orderBy(asc(attempts.roundId), asc(attempts.seq)).all();
}

export function insertAttempt(db: DbOrTx, row: typeof attempts.$inferInsert, drawn: { versionId: number; optionOrder: string[] }[]) {
  db.insert(attempts).values(row).run();
  db.insert(attemptQuestions)
    .values(drawn.map((d, i) => ({ attemptId: row.id, position: i + 1, questionVersionId: d.versionId, optionOrder: d.optionOrder })))
    .run();
}

/** The latest published version of every question of the organization: what a draw picks from. */
export function publishedPool(db: DbOrTx, organizationId: number): PoolQuestion[] {
  const rows = db
    .select({
      versionId: questionVersions.id,
      questionId: questionVersions.questionId,
      version: questionVersions.version,
      primaryFieldId: questionVersions.primaryFieldId,
      difficulty: questionVersions.difficulty,
      options: questionVersions.options,
    })
    .from(questionVersions)
    .innerJoin(questions, eq(questions.id, questionVersions.questionId))
    .where(and(eq(questions.organizationId, organizationId), eq(questionVersions.status, 'published')))
    .orderBy(asc(questionVersions.questionId), desc(questionVersions.version))
    .all();
  const seen = new Set<number>();
  const pool: PoolQuestion[] = [];
  for (const r of rows) {
    if (seen.has(r.questionId)) continue;
    seen.add(r.questionId);
    pool.push({ versionId: r.versionId, questionId: r.questionId, primaryFieldId: r.primaryFieldId, difficulty: r.difficulty, optionIds: r.options.map((o) => o.id) });
  }
  return pool;
}

/** Questions (not versions) this participant has been given in earlier attempts of the round. */
export function seenQuestionIds(db: DbOrTx, participantId: string, roundId: number): Set<number> {
  const rows = db
    .selectDistinct({ questionId: questionVersions.questionId })
    .from(attemptQuestions)
    .innerJoin(attempts, eq(attempts.id, attemptQuestions.attemptId))
    .innerJoin(questionVersions, eq(questionVersions.id, attemptQuestions.questionVersionId))
    .where(and(eq(attempts.participantId, participantId), eq(attempts.roundId, roundId)))
    .all();
  return new Set(rows.map((r) => r.questionId));
}

/** The drawn questions of an attempt with their content and key, in the attempt's order. */
export function attemptQuestionsOf(db: DbOrTx, attemptId: string) {
  return db
    .select({
      position: attemptQuestions.position,
      optionOrder: attemptQuestions.optionOrder,
      text: questionVersions.text,
      options: questionVersions.options,
      correctOptionIds: questionVersions.correctOptionIds,
      explanation: questionVersions.explanation,
      citationDocument: questionVersions.citationDocument,
      citationArticle: questionVersions.citationArticle,
    })
    .from(attemptQuestions)
    .innerJoin(questionVersions, eq(questionVersions.id, attemptQuestions.questionVersionId))
    .where(eq(attemptQuestions.attemptId, attemptId))
    .orderBy(asc(attemptQuestions.position))
    .all();
}

export function answersOf(db: DbOrTx, attemptId: string) {
  return db.select().from(answers).where(eq(answers.attemptId, attemptId)).orderBy(asc(answers.position)).all();
}

export function findAnswer(db: DbOrTx, attemptId: string, position: number) {
  return db.select().from(answers).where(and(eq(answers.attemptId, attemptId), eq(answers.position, position))).get();
}

export function countIntegrityEvents(db: DbOrTx, attemptId: string): number {
  return db.select({ n: count() }).from(integrityEvents).where(eq(integrityEvents.attemptId, attemptId)).get()?.n ?? 0;
}

export function countIntegrityEventsOf(db: DbOrTx, attemptId: string, kinds: string[]): number {
  return db.select({ n: count() }).from(integrityEvents).where(and(eq(integrityEvents.attemptId, attemptId), inArray(integrityEvents.kind, kinds))).get()?.n ?? 0;
}

/** Moves an attempt out of in_progress exactly once; returns undefined if something else finalized it first. */
export function finalizeAttemptRow(
  db: DbOrTx,
  id: string,
  f: Pick<AttemptRow, 'status' | 'submittedAt' | 'durationMs' | 'correctCount' | 'score' | 'prediction'>,
) {
  return db
    .update(attempts)
    .set(f)
    .where(and(eq(attempts.id, id), eq(attempts.status, 'in_progress')))
    .returning()
    .get();
}

/** In-progress attempts whose deadline plus their contest's grace has passed: the sweeper's work list. */
export function overdueAttemptIds(db: DbOrTx, now: number, limit: number): string[] {
  return db
    .select({ id: attempts.id })
    .from(attempts)
    .innerJoin(contests, eq(contests.id, attempts.contestId))
    .where(and(eq(attempts.status, 'in_progress'), lt(attempts.deadlineAt, now), sql`${attempts.deadlineAt} + ${contests.answerGraceMs} < ${now}`))
    .orderBy(asc(attempts.deadlineAt))
    .limit(limit)
    .all()
    .map((r) => r.id);
}

export function findRoundResult(db: DbOrTx, roundId: number, participantId: string) {
  return db.select().from(roundResults).where(and(eq(roundResults.roundId, roundId), eq(roundResults.participantId, participantId))).get();
}

export function upsertRoundResult(db: DbOrTx, row: typeof roundResults.$inferInsert) {
  db.insert(roundResults)
    .values(row)
    .onConflictDoUpdate({
      target: [roundResults.roundId, roundResults.participantId],
      set: { attemptId: row.attemptId, score: row.score, durationMs: row.durationMs, submittedAt: row.submittedAt, prediction: row.prediction },
    })
    .run();
}


