import { and, asc, desc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import {
  attemptQuestions,
  legalFields,
  questions,
  questionVersionFields,
  questionVersions,
  staffUsers,
  type DbOrTx,
  type QuestionStatus,
} from '@thiphapluat/db';
import type { QuestionFilter } from '@thiphapluat/shared';

export type QuestionRow = typeof questions.$inferSelect;
export type VersionRow = typeof questionVersions.$inferSelect;
export type FieldRow = typeof legalFields.$inferSelect;

// ---- Legal fields ---------------------------------------------------------------------------------

/** The shared national list plus the organization's own fields. */
export function fieldsVisibleTo(db: DbOrTx, organizationId: number): FieldRow[] {
  return db
    .select()
    .from(legalFields)
    .where(or(isNull(legalFields.organizationId), eq(legalFields.organizationId, organizationId)))
    .orderBy(asc(legalFields.id))
    .all();
}

export const codeTaken = (db: DbOrTx, code: string) => db.select({ id: legalFields.id }).from(legalFields).where(eq(legalFields.code, code)).get() !== undefined;

export const insertField = (db: DbOrTx, values: typeof legalFields.$inferInsert) => db.insert(legalFields).values(values).returning().get();

// ---- Questions and versions -----------------------------------------------------------------------

/** A question of the organization; another organization's id is simply not found. */
export function findQuestion(db: DbOrTx, organizationId: number, id: number): QuestionRow | undefined {
  return db.select().from(questions).where(and(eq(questions.id, id), eq(questions.organizationId, organizationId))).get();
}

export function findQuestions(db: DbOrTx, organizationId: number, ids: number[]): QuestionRow[] {
  if (ids.length === 0) return [];
  return db.select().from(questions).where(and(inArray(questions.id, ids), eq(questions.organizationId, organizationId))).all();
}

export function findVersion(db: DbOrTx, questionId: number, version: number): VersionRow | undefined {
  return db.select().from(questionVersions).where(and(eq(questionVersions.questionId, questionId), eq(questionVersions.version, version))).get();
}

/** Every version of a question, oldest first, with who wrote it and how often each was drawn. */
export function versionsOf(db: DbOrTx, questionId: number) {
  return db
    .select({
      id: questionVersions.id,
      version: questionVersions.version,
      status: questionVersions.status,
      createdAt: questionVersions.createdAt,
      source: questionVersions.source,
      createdById: staffUsers.id,
      createdByName: staffUsers.name,
      timesDrawn: sql<number>`(SELECT count(*) FROM attempt_questions aq WHERE aq.question_version_id = ${questionVersions.id})`,
    })
    .from(questionVersions)
    .leftJoin(staffUsers, eq(staffUsers.id, questionVersions.createdBy))
    .where(eq(questionVersions.questionId, questionId))
    .orderBy(asc(questionVersions.version))
    .all();
}

/** The published versions of a question (normally one; the one residents draw is the highest). */
export function publishedVersions(db: DbOrTx, questionId: number): VersionRow[] {
  return db
    .select()
    .from(questionVersions)
    .where(and(eq(questionVersions.questionId, questionId), eq(questionVersions.status, 'published')))
    .orderBy(desc(questionVersions.version))
    .all();
}

export const isDrawn = (db: DbOrTx, versionId: number) =>
  db.select({ n: sql<number>`1` }).from(attemptQuestions).where(eq(attemptQuestions.questionVersionId, versionId)).limit(1).get() !== undefined;

/** Legal fields of each version, primary field first, then by name. */
export function fieldsOfVersions(db: DbOrTx, versionIds: number[]): Map<number, { id: number; name: string }[]> {
  const out = new Map<number, { id: number; name: string }[]>();
  if (versionIds.length === 0) return out;
  const rows = db
    .select({ versionId: questionVersionFields.questionVersionId, id: legalFields.id, name: legalFields.name, primary: questionVersions.primaryFieldId })
    .from(questionVersionFields)
    .innerJoin(legalFields, eq(legalFields.id, questionVersionFields.legalFieldId))
    .innerJoin(questionVersions, eq(questionVersions.id, questionVersionFields.questionVersionId))
    .where(inArray(questionVersionFields.questionVersionId, versionIds))
    .all();
  for (const r of rows) {
    const list = out.get(r.versionId) ?? [];
    list.push({ id: r.id, name: r.name });
    out.set(r.versionId, list);
  }
  const primaryOf = new Map(rows.map((r) => [r.versionId, r.primary]));
  for (const [vid, list] of out) list.sort((a, b) => Number(b.id === primaryOf.get(vid)) - Number(a.id === primaryOf.get(vid)) || a.name.localeCompare(b.name, 'vi'));
  return out;
}

export const insertQuestion = (db: DbOrTx, values: typeof questions.$inferInsert) => db.insert(questions).values(values).returning().get();

export const insertVersion = (db: DbOrTx, values: typeof questionVersions.$inferInsert) => db.insert(questionVersions).values(values).returning().get();

export function setVersionFields(db: DbOrTx, versionId: number, fieldIds: number[]): void {
  db.delete(questionVersionFields).where(eq(questionVersionFields.questionVersionId, versionId)).run();
  db.insert(questionVersionFields).values(fieldIds.map((legalFieldId) => ({ questionVersionId: versionId, legalFieldId }))).run();
}

/** Rewrites a version's content. The database refuses it (trigger) for a version already drawn. */
export function updateVersionContent(db: DbOrTx, versionId: number, values: Partial<typeof questionVersions.$inferInsert>): VersionRow {
  return db.update(questionVersions).set(values).where(eq(questionVersions.id, versionId)).returning().get();
}

export function setVersionStatus(db: DbOrTx, versionId: number, status: QuestionStatus): void {
  db.update(questionVersions).set({ status }).where(eq(questionVersions.id, versionId)).run();
}

export function touchQuestion(db: DbOrTx, questionId: number, values: { latestVersion?: number; likelyDuplicateOf?: number | null; updatedAt: number }): void {
  db.update(questions).set(values).where(eq(questions.id, questionId)).run();
}

// ---- Listing ----------------------------------------------------------------------------------------

const drawnCount = sql`(SELECT count(*) FROM attempt_questions aq JOIN question_versions dv ON dv.id = aq.question_version_id WHERE dv.question_id = q.id)`;

/** WHERE clause of the list and the export: the organization, then each filter given. */
function filterWhere(organizationId: number, f: QuestionFilter, match: string | null): SQL {
  const conds: SQL[] = [sql`q.organization_id = ${organizationId}`];
  if (match) conds.push(sql`q.id IN (SELECT rowid FROM question_search WHERE question_search MATCH ${match})`);
  if (f.status) conds.push(sql`v.status = ${f.status}`);
  if (f.difficulty) conds.push(sql`v.difficulty = ${f.difficulty}`);
  if (f.fieldId) conds.push(sql`EXISTS (SELECT 1 FROM question_version_fields vf WHERE vf.question_version_id = v.id AND vf.legal_field_id = ${f.fieldId})`);
  if (f.usage === 'used') conds.push(sql`${drawnCount} > 0`);
  if (f.usage === 'unused') conds.push(sql`${drawnCount} = 0`);
  if (f.ids) conds.push(sql`q.id IN (${sql.join(f.ids.map((id) => sql`${id}`), sql`, `)})`);
  return sql.join(conds, sql` AND `);
}

export interface ListedRow {
  id: number;
  updated_at: number;
  likely_duplicate_of: number | null;
  version_id: number;
  version: number;
  status: QuestionStatus;
  title: string | null;
  text: string;
  options: string;
  correct_option_ids: string;
  explanation: string;
  citation_document: string;
  citation_article: string;
  difficulty: 1 | 2 | 3;
  drawn: number;
  published_version: number | null;
}

/** The latest version of each matching question, newest question first. */
export function listLatest(db: DbOrTx, organizationId: number, f: QuestionFilter, match: string | null, page: { limit: number; offset: number } | null): ListedRow[] {
  return db.all<ListedRow>(sql`
    SELECT q.id, q.updated_at, q.likely_duplicate_of, v.id AS version_id, v.version, v.status, v.title, v.text, v.options, v.correct_option_ids,
      v.explanation, v.citation_document, v.citation_article, v.difficulty, ${drawnCount} AS drawn,
      (SELECT max(pv.version) FROM question_versions pv WHERE pv.question_id = q.id AND pv.status = 'published') AS published_version
    FROM questions q JOIN question_versions v ON v.question_id = q.id AND v.version = q.latest_version
    WHERE ${filterWhere(organizationId, f, match)}
    ORDER BY q.id DESC
    ${page ? sql`LIMIT ${page.limit} OFFSET ${page.offset}` : sql``}`);
}

export function countLatest(db: DbOrTx, organizationId: number, f: QuestionFilter, match: string | null): number {
  return db.get<{ n: number }>(sql`
    SELECT count(*) AS n FROM questions q JOIN question_versions v ON v.question_id = q.id AND v.version = q.latest_version
    WHERE ${filterWhere(organizationId, f, match)}`).n;
}

export const timesDrawn = (db: DbOrTx, questionId: number): number =>
  db.get<{ n: number }>(sql`SELECT count(*) AS n FROM attempt_questions aq JOIN question_versions v ON v.id = aq.question_version_id WHERE v.question_id = ${questionId}`).n;

// ---- Duplicates -------------------------------------------------------------------------------------

export interface Signature {
  id: number;
  text: string;
  options: string;
}

/** Questions of the organization whose indexed words overlap `match` most (FTS5 rank), latest versions. */
export function searchCandidates(db: DbOrTx, organizationId: number, match: string, excludeId: number | null, limit = 30): Signature[] {
  return db.all<Signature>(sql`
    SELECT q.id, v.text, v.options FROM question_search s
    JOIN questions q ON q.id = s.rowid
    JOIN question_versions v ON v.question_id = q.id AND v.version = q.latest_version
    WHERE question_search MATCH ${match} AND q.organization_id = ${organizationId} ${excludeId === null ? sql`` : sql`AND q.id <> ${excludeId}`}
    ORDER BY s.rank LIMIT ${limit}`);
}

/** The latest content of every question of the organization: the corpus an import is checked against. */
export function allSignatures(db: DbOrTx, organizationId: number): Signature[] {
  return db.all<Signature>(sql`
    SELECT q.id, v.text, v.options FROM questions q
    JOIN question_versions v ON v.question_id = q.id AND v.version = q.latest_version
    WHERE q.organization_id = ${organizationId}`);
}

// ---- Statistics --------------------------------------------------------------------------------------

/** Each finalized attempt's draw of a version of the question, with the answer given (if any). */
export function drawsWithAnswers(db: DbOrTx, questionId: number) {
  return db.all<{ version_id: number; option_ids: string | null }>(sql`
    SELECT aq.question_version_id AS version_id, an.option_ids
    FROM attempt_questions aq
    JOIN question_versions v ON v.id = aq.question_version_id
    JOIN attempts a ON a.id = aq.attempt_id
    LEFT JOIN answers an ON an.attempt_id = aq.attempt_id AND an.position = aq.position
    WHERE v.question_id = ${questionId} AND a.status IN ('submitted', 'expired')`);
}
