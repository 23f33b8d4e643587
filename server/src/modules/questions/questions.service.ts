import { randomUUID } from 'node:crypto';
import { indexQuestion, searchMatchExpression, type DbOrTx } from '@thiphapluat/db';
import {
  normalizeText,
  QUESTION_LIMITS,
  type QuestionDetail,
  type QuestionFilter,
  type QuestionInputParsed,
  type QuestionList,
  type QuestionSaved,
  type StaffRole,
} from '@thiphapluat/shared';
import type { AppContext } from '../../context.js';
import { NotFound } from '../../errors.js';
import { recordAudit } from '../audit/audit.repository.js';
import { excerpt, findDuplicates } from './duplicates.js';
import { assertUsableFields } from './fields.service.js';
import * as repo from './questions.repository.js';

/** Who is acting, in which organization: every verb is scoped by it. */
export interface Actor {
  organizationId: number;
  userId: number;
  role: StaffRole;
}

const iso = (t: number) => new Date(t).toISOString();

/** Stored form of a question's content: NFC text, fresh random option ids, the key as ids. */
export function contentValues(input: QuestionInputParsed) {
  const options = input.options.map((o) => ({ id: randomUUID().slice(0, 8), text: normalizeText(o.text) }));
  return {
    title: input.title ? normalizeText(input.title) : null,
    // The stem keeps its line breaks (limited markdown); other text is one line.
    text: input.text.normalize('NFC').replace(/\r\n?/g, '\n').trim(),
    options,
    correctOptionIds: options.filter((_, i) => input.options[i]!.correct).map((o) => o.id),
    explanation: input.explanation.normalize('NFC').replace(/\r\n?/g, '\n').trim(),
    citationDocument: normalizeText(input.citationDocument),
    citationArticle: normalizeText(input.citationArticle),
    difficulty: input.difficulty,
    primaryFieldId: input.fieldIds[0]!,
  };
}

/** What the audit log keeps of a version: enough to see exactly what changed. */
export function snapshot(v: repo.VersionRow, fieldIds: number[]) {
  return {
    version: v.version,
    status: v.status,
    title: v.title,
    text: v.text,
    options: v.options,
    correctOptionIds: v.correctOptionIds,
    explanation: v.explanation,
    citationDocument: v.citationDocument,
    citationArticle: v.citationArticle,
    difficulty: v.difficulty,
    fieldIds,
  };
}

/** Flagged when saved (the rule), so listing a page of the bank runs no similarity search. */
const likelyDuplicate = (db: DbOrTx, organizationId: number, content: { text: string; options: { text: string }[] }, questionId: number) =>
  findDuplicates(db, organizationId, content, questionId)[0]?.questionId ?? null;

const fieldIdsOf = (db: DbOrTx, versionId: number) => (repo.fieldsOfVersions(db, [versionId]).get(versionId) ?? []).map((f) => f.id);

/**
 * Creates a question with one draft version, its field links and its search entry, in one
 * transaction with its audit row. Likely duplicates are reported, never refused.
 */
export function createQuestion(ctx: AppContext, actor: Actor, input: QuestionInputParsed): QuestionSaved {
  const now = ctx.clock.now();
  const id = ctx.db.transaction((tx) => {
    assertUsableFields(tx, actor.organizationId, input.fieldIds);
    const q = repo.insertQuestion(tx, { organizationId: actor.organizationId, latestVersion: 1, createdAt: now, updatedAt: now });
    const v = repo.insertVersion(tx, { questionId: q.id, version: 1, status: 'draft', ...contentValues(input), createdBy: actor.userId, createdAt: now });
    repo.setVersionFields(tx, v.id, input.fieldIds);
    indexQuestion(tx, q.id, v);
    repo.touchQuestion(tx, q.id, { likelyDuplicateOf: likelyDuplicate(tx, actor.organizationId, input, q.id), updatedAt: now });
    recordAudit(tx, { organizationId: actor.organizationId, actorId: actor.userId, action: 'question.created', entity: 'question', entityId: q.id, after: snapshot(v, input.fieldIds), at: now });
    return q.id;
  });
  return { ...getQuestion(ctx, actor.organizationId, id), newVersion: false };
}

/**
 * Edits a question. A draft or in-review latest version that no attempt has drawn is rewritten in
 * place; otherwise (published, retired, or drawn) the edit becomes a new draft version and the
 * published one keeps serving draws until the new one is published.
 */
export function updateQuestion(ctx: AppContext, actor: Actor, questionId: number, input: QuestionInputParsed): QuestionSaved {
  const now = ctx.clock.now();
  const newVersion = ctx.db.transaction((tx) => {
    const q = repo.findQuestion(tx, actor.organizationId, questionId);
    if (!q) throw NotFound('Không tìm thấy câu hỏi.');
    assertUsableFields(tx, actor.organizationId, input.fieldIds);
    const latest = repo.findVersion(tx, q.id, q.latestVersion)!;
    const before = snapshot(latest, fieldIdsOf(tx, latest.id));
    const inPlace = (latest.status === 'draft' || latest.status === 'in_review') && !repo.isDrawn(tx, latest.id);
    const saved = inPlace
      ? repo.updateVersionContent(tx, latest.id, { ...contentValues(input), createdBy: actor.userId })
      : repo.insertVersion(tx, { questionId: q.id, version: latest.version + 1, status: 'draft', ...contentValues(input), createdBy: actor.userId, createdAt: now });
    repo.setVersionFields(tx, saved.id, input.fieldIds);
    indexQuestion(tx, q.id, saved);
    repo.touchQuestion(tx, q.id, { latestVersion: saved.version, likelyDuplicateOf: likelyDuplicate(tx, actor.organizationId, input, q.id), updatedAt: now });
    recordAudit(tx, {
      organizationId: actor.organizationId,
      actorId: actor.userId,
      action: inPlace ? 'question.updated' : 'question.version_created',
      entity: 'question',
      entityId: q.id,
      before,
      after: snapshot(saved, input.fieldIds),
      at: now,
    });
    return !inPlace;
  });
  return { ...getQuestion(ctx, actor.organizationId, questionId), newVersion };
}

/** The latest version in full (with the key: staff may see it), the version history and duplicate hints. */
export function getQuestion(ctx: AppContext, organizationId: number, questionId: number): QuestionDetail {
  const db = ctx.db;
  const q = repo.findQuestion(db, organizationId, questionId);
  if (!q) throw NotFound('Không tìm thấy câu hỏi.');
  const v = repo.findVersion(db, q.id, q.latestVersion)!;
  const versions = repo.versionsOf(db, q.id);
  const fields = repo.fieldsOfVersions(db, [v.id]).get(v.id) ?? [];
  const correct = new Set(v.correctOptionIds);
  const published = versions.filter((x) => x.status === 'published').map((x) => x.version);
  return {
    id: q.id,
    latestVersion: q.latestVersion,
    publishedVersion: published.length > 0 ? Math.max(...published) : null,
    current: {
      version: v.version,
      status: v.status,
      title: v.title,
      text: v.text,
      options: v.options.map((o) => ({ id: o.id, text: o.text, correct: correct.has(o.id) })),
      explanation: v.explanation,
      citationDocument: v.citationDocument,
      citationArticle: v.citationArticle,
      difficulty: v.difficulty,
      fields,
      source: v.source,
      frozen: (versions.find((x) => x.id === v.id)?.timesDrawn ?? 0) > 0,
    },
    versions: versions.map((x) => ({
      version: x.version,
      status: x.status,
      createdAt: iso(x.createdAt),
      createdBy: x.createdById === null || x.createdByName === null ? null : { id: x.createdById, name: x.createdByName },
      source: x.source,
      timesDrawn: x.timesDrawn,
    })),
    timesDrawn: versions.reduce((n, x) => n + x.timesDrawn, 0),
    duplicates: findDuplicates(db, organizationId, v, q.id),
  };
}

/**
 * One page of the organization's bank, newest first. `q` ignores diacritics and đ/d (FTS5 over folded
 * text); filters apply to each question's latest version; usage counts any version ever drawn.
 */
export function listQuestions(ctx: AppContext, organizationId: number, filter: QuestionFilter, page: number, pageSize: number): QuestionList {
  const match = filter.q ? searchMatchExpression(filter.q) : null;
  const size = Math.min(pageSize, QUESTION_LIMITS.pageSize);
  const rows = repo.listLatest(ctx.db, organizationId, filter, match, { limit: size, offset: (page - 1) * size });
  const fields = repo.fieldsOfVersions(ctx.db, rows.map((r) => r.version_id));
  return {
    items: rows.map((r) => ({
      id: r.id,
      version: r.version,
      status: r.status,
      publishedVersion: r.published_version,
      title: r.title,
      excerpt: excerpt(r.text, 220),
      difficulty: r.difficulty,
      fields: fields.get(r.version_id) ?? [],
      timesDrawn: r.drawn,
      likelyDuplicateOf: r.likely_duplicate_of,
      updatedAt: iso(r.updated_at),
    })),
    total: repo.countLatest(ctx.db, organizationId, filter, match),
    page,
    pageSize: size,
  };
}
