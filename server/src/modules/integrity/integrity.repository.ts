import { and, desc, eq, gte, inArray, isNotNull, isNull, ne, sql } from 'drizzle-orm';
import {
  answers,
  attemptQuestions,
  attempts,
  integrityAttemptScores,
  integrityEvents,
  integrityReviews,
  integritySettings,
  integritySignals,
  participants,
  questionVersions,
  rounds,
  staffUsers,
  units,
  type DbOrTx,
  type IntegrityEvidenceRow,
  type IntegritySignalKind,
} from '@thiphapluat/db';
import type { AnswerFact } from './detectors.js';

export function insertSignal(
  db: DbOrTx,
  row: { contestId: number; participantId: string; attemptId: string | null; kind: IntegritySignalKind; ipHash: string; deviceHash: string | null; uaHash: string; at: number },
): void {
  db.insert(integritySignals).values(row).run();
}

export function findSettings(db: DbOrTx, contestId: number) {
  return db.select().from(integritySettings).where(eq(integritySettings.contestId, contestId)).get();
}

export function upsertSettings(db: DbOrTx, row: typeof integritySettings.$inferInsert): void {
  db.insert(integritySettings)
    .values(row)
    .onConflictDoUpdate({ target: integritySettings.contestId, set: { weights: row.weights, threshold: row.threshold, updatedBy: row.updatedBy, updatedAt: row.updatedAt } })
    .run();
}

/** Final attempts of a contest (or of one attempt), the facts the attempt-level detectors read. */
export function finalAttempts(db: DbOrTx, where: { contestId: number } | { attemptId: string }) {
  return db
    .select({ id: attempts.id, participantId: attempts.participantId, roundId: attempts.roundId, contestId: attempts.contestId, startedAt: attempts.startedAt })
    .from(attempts)
    .where(and(ne(attempts.status, 'in_progress'), 'contestId' in where ? eq(attempts.contestId, where.contestId) : eq(attempts.id, where.attemptId)))
    .all();
}

/** Every stored answer of the given attempts, with the question's version and its reading length. */
export function answerFacts(db: DbOrTx, attemptIds: string[]): Map<string, AnswerFact[]> {
  const out = new Map<string, AnswerFact[]>();
  // Reading length per question version, computed once: many answers share a version.
  const readChars = new Map<number, number>();
  for (let i = 0; i < attemptIds.length; i += 500) {
    const rows = db
      .select({
        attemptId: answers.attemptId,
        position: answers.position,
        optionIds: answers.optionIds,
        firstSavedAt: answers.firstSavedAt,
        questionVersionId: attemptQuestions.questionVersionId,
      })
      .from(answers)
      .innerJoin(attemptQuestions, and(eq(attemptQuestions.attemptId, answers.attemptId), eq(attemptQuestions.position, answers.position)))
      .where(inArray(answers.attemptId, attemptIds.slice(i, i + 500)))
      .all();
    const missing = [...new Set(rows.map((r) => r.questionVersionId).filter((v) => !readChars.has(v)))];
    for (let j = 0; j < missing.length; j += 500) {
      const versions = db.select({ id: questionVersions.id, text: questionVersions.text, options: questionVersions.options }).from(questionVersions).where(inArray(questionVersions.id, missing.slice(j, j + 500))).all();
      for (const v of versions) readChars.set(v.id, v.text.length + v.options.reduce((n, o) => n + o.text.length, 0));
    }
    for (const r of rows) {
      const fact: AnswerFact = { position: r.position, questionVersionId: r.questionVersionId, readChars: readChars.get(r.questionVersionId) ?? 0, optionIds: r.optionIds, firstSavedAt: r.firstSavedAt };
      const list = out.get(r.attemptId);
      if (list) list.push(fact);
      else out.set(r.attemptId, [fact]);
    }
  }
  return out;
}

/** How often each kind of integrity event occurred, per attempt. */
export function eventCounts(db: DbOrTx, where: { contestId: number } | { attemptId: string }): Map<string, Record<string, number>> {
  const rows = db
    .select({ attemptId: integrityEvents.attemptId, kind: integrityEvents.kind, n: sql<number>`count(*)` })
    .from(integrityEvents)
    .innerJoin(attempts, eq(attempts.id, integrityEvents.attemptId))
    .where('contestId' in where ? eq(attempts.contestId, where.contestId) : eq(integrityEvents.attemptId, where.attemptId))
    .groupBy(integrityEvents.attemptId, integrityEvents.kind)
    .all();
  const out = new Map<string, Record<string, number>>();
  for (const r of rows) {
    const m = out.get(r.attemptId) ?? {};
    m[r.kind] = r.n;
    out.set(r.attemptId, m);
  }
  return out;
}

export function signalsOf(db: DbOrTx, where: { contestId: number } | { attemptId: string }) {
  return db
    .select({
      participantId: integritySignals.participantId,
      attemptId: integritySignals.attemptId,
      kind: integritySignals.kind,
      ipHash: integritySignals.ipHash,
      deviceHash: integritySignals.deviceHash,
      uaHash: integritySignals.uaHash,
      at: integritySignals.at,
    })
    .from(integritySignals)
    .where('contestId' in where ? eq(integritySignals.contestId, where.contestId) : eq(integritySignals.attemptId, where.attemptId))
    .all();
}

export function contestParticipants(db: DbOrTx, contestId: number) {
  return db.select({ id: participants.id, cccdHash: participants.cccdHash }).from(participants).where(eq(participants.contestId, contestId)).all();
}

export function roundNames(db: DbOrTx, contestId: number): Map<number, string> {
  return new Map(db.select({ id: rounds.id, name: rounds.name }).from(rounds).where(eq(rounds.contestId, contestId)).all().map((r) => [r.id, r.name]));
}

export function upsertAttemptScore(db: DbOrTx, row: typeof integrityAttemptScores.$inferInsert): void {
  db.insert(integrityAttemptScores)
    .values(row)
    .onConflictDoUpdate({ target: integrityAttemptScores.attemptId, set: { score: row.score, evidence: row.evidence, computedAt: row.computedAt } })
    .run();
}

export function attemptScoresOf(db: DbOrTx, participantId: string) {
  return db.select().from(integrityAttemptScores).where(eq(integrityAttemptScores.participantId, participantId)).all();
}

export function findReview(db: DbOrTx, contestId: number, participantId: string) {
  return db.select().from(integrityReviews).where(and(eq(integrityReviews.contestId, contestId), eq(integrityReviews.participantId, participantId))).get();
}

/** Stores a score; an existing decision is kept. */
export function upsertReviewScore(db: DbOrTx, row: { contestId: number; participantId: string; score: number; evidence: IntegrityEvidenceRow[]; computedAt: number }): void {
  db.insert(integrityReviews)
    .values(row)
    .onConflictDoUpdate({ target: [integrityReviews.contestId, integrityReviews.participantId], set: { score: row.score, evidence: row.evidence, computedAt: row.computedAt } })
    .run();
}

export function setDecision(
  db: DbOrTx,
  contestId: number,
  participantId: string,
  d: { decision: 'cleared' | 'disqualified'; reason: string; by: number; at: number },
): void {
  const found = findReview(db, contestId, participantId);
  if (!found) {
    db.insert(integrityReviews)
      .values({ contestId, participantId, score: 0, evidence: [], computedAt: d.at, decision: d.decision, decisionReason: d.reason, decidedBy: d.by, decidedAt: d.at })
      .run();
    return;
  }
  db.update(integrityReviews)
    .set({ decision: d.decision, decisionReason: d.reason, decidedBy: d.by, decidedAt: d.at })
    .where(and(eq(integrityReviews.contestId, contestId), eq(integrityReviews.participantId, participantId)))
    .run();
}

export function lastComputedAt(db: DbOrTx, contestId: number): number | null {
  return db.select({ at: sql<number | null>`max(${integrityReviews.computedAt})` }).from(integrityReviews).where(eq(integrityReviews.contestId, contestId)).get()?.at ?? null;
}

const reviewColumns = {
  participantId: participants.id,
  fullName: participants.fullName,
  phone: participants.phone,
  unit: units.name,
  disqualifiedAt: participants.disqualifiedAt,
  disqualifiedReason: participants.disqualifiedReason,
  score: integrityReviews.score,
  evidence: integrityReviews.evidence,
  decision: integrityReviews.decision,
  decisionReason: integrityReviews.decisionReason,
  decidedAt: integrityReviews.decidedAt,
  decidedBy: staffUsers.name,
};

/** The review list of a contest: suspicious and undecided, cleared, or disqualified (by any route). */
export function reviewRows(db: DbOrTx, contestId: number, filter: 'pending' | 'cleared' | 'disqualified', threshold: number, limit = 500) {
  const base = db
    .select(reviewColumns)
    .from(participants)
    .leftJoin(integrityReviews, and(eq(integrityReviews.participantId, participants.id), eq(integrityReviews.contestId, contestId)))
    .leftJoin(units, eq(units.id, participants.unitId))
    .leftJoin(staffUsers, eq(staffUsers.id, integrityReviews.decidedBy));
  const where =
    filter === 'pending'
      ? and(eq(participants.contestId, contestId), gte(integrityReviews.score, threshold), isNull(integrityReviews.decision), isNull(participants.disqualifiedAt))
      : filter === 'cleared'
        ? and(eq(participants.contestId, contestId), eq(integrityReviews.decision, 'cleared'), isNull(participants.disqualifiedAt))
        : and(eq(participants.contestId, contestId), isNotNull(participants.disqualifiedAt));
  return base.where(where).orderBy(desc(sql`coalesce(${integrityReviews.score}, 0)`), participants.id).limit(limit).all();
}

export function reviewCounts(db: DbOrTx, contestId: number, threshold: number) {
  const row = db
    .select({
      scored: sql<number>`count(${integrityReviews.participantId})`,
      pending: sql<number>`sum(case when ${integrityReviews.score} >= ${threshold} and ${integrityReviews.decision} is null and ${participants.disqualifiedAt} is null then 1 else 0 end)`,
      cleared: sql<number>`sum(case when ${integrityReviews.decision} = 'cleared' and ${participants.disqualifiedAt} is null then 1 else 0 end)`,
      disqualified: sql<number>`sum(case when ${participants.disqualifiedAt} is not null then 1 else 0 end)`,
    })
    .from(participants)
    .leftJoin(integrityReviews, and(eq(integrityReviews.participantId, participants.id), eq(integrityReviews.contestId, contestId)))
    .where(eq(participants.contestId, contestId))
    .get();
  return { scored: row?.scored ?? 0, pending: row?.pending ?? 0, cleared: row?.cleared ?? 0, disqualified: row?.disqualified ?? 0 };
}

/** Attempts and the best final score of each participant listed. */
export function attemptSummary(db: DbOrTx, participantIds: string[]): Map<string, { attempts: number; bestScore: number | null }> {
  if (participantIds.length === 0) return new Map();
  const rows = db
    .select({ participantId: attempts.participantId, n: sql<number>`count(*)`, best: sql<number | null>`max(${attempts.score})` })
    .from(attempts)
    .where(inArray(attempts.participantId, participantIds))
    .groupBy(attempts.participantId)
    .all();
  return new Map(rows.map((r) => [r.participantId, { attempts: r.n, bestScore: r.best }]));
}

export function findContestParticipant(db: DbOrTx, contestId: number, participantId: string) {
  return db.select().from(participants).where(and(eq(participants.id, participantId), eq(participants.contestId, contestId))).get();
}
