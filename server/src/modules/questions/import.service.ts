import { indexQuestion, type DbOrTx } from '@thiphapluat/db';
import {
  can,
  fieldNameKey,
  importItemErrors,
  QuestionInputSchema,
  type ErrorField,
  type ImportBody,
  type ImportItem,
  type ImportPreview,
  type ImportResult,
  type PreviewItem,
  type QuestionInputParsed,
} from '@thiphapluat/shared';
import type { z } from 'zod';
import type { ImportBodySchema } from '@thiphapluat/shared';
import type { AppContext } from '../../context.js';
import { AppError, Forbidden, Validation } from '../../errors.js';
import { recordAudit } from '../audit/audit.repository.js';
import { DuplicateIndex, shingles } from './duplicates.js';
import { insertOwnField, toField } from './fields.service.js';
import { detectFormat, parseQuestionFile, type ImportFormat } from './formats/index.js';
import * as repo from './questions.repository.js';
import { contentValues, type Actor } from './questions.service.js';

/** Folded name and code of every field the organization may use → its id. Files name fields either way. */
function fieldLookup(db: DbOrTx, organizationId: number): Map<string, number> {
  const map = new Map<string, number>();
  for (const f of repo.fieldsVisibleTo(db, organizationId)) {
    map.set(fieldNameKey(f.name), f.id);
    if (!map.has(fieldNameKey(f.code))) map.set(fieldNameKey(f.code), f.id);
  }
  return map;
}

/** Merges two error lists, one message per path (the parser's first: it knows the file). */
function mergeErrors(a: { path: string; message: string }[], b: { path: string; message: string }[]) {
  const out = [...a];
  for (const e of b) if (!out.some((x) => x.path === e.path)) out.push(e);
  return out;
}

/**
 * Reads a file and shows what an import would do, writing nothing: every item with its errors (the
 * parser's and the bank's own rules), likely duplicates against the bank and within the file, items
 * skipped with their line, file-level errors, and field names that match no existing field.
 * An unrecognizable file is 415 UNSUPPORTED_FILE.
 */
export async function previewImport(
  ctx: AppContext,
  organizationId: number,
  file: { bytes: Buffer; fileName: string | null; contentType: string | undefined; format?: ImportFormat },
): Promise<ImportPreview> {
  if (file.bytes.length === 0) throw new AppError('UNSUPPORTED_FILE', 415, 'Tệp trống.');
  const format = file.format ?? detectFormat(file.bytes, file.fileName ?? undefined, file.contentType);
  if (!format) throw new AppError('UNSUPPORTED_FILE', 415);
  const parsed = await parseQuestionFile(file.bytes, format);

  const known = fieldLookup(ctx.db, organizationId);
  const unknown = new Map<string, string>();
  for (const it of parsed.items) for (const f of it.fields) if (!known.has(fieldNameKey(f)) && !unknown.has(fieldNameKey(f))) unknown.set(fieldNameKey(f), f.trim());
  // In the preview, unknown and missing fields are choices still to make (create, default), not errors.
  const check = { knownFields: new Set([...known.keys(), ...unknown.keys()]), hasDefaultField: true };

  const sets = parsed.items.map((it) => shingles(it.text, it.options));
  const bank = DuplicateIndex.ofBank(repo.allSignatures(ctx.db, organizationId), sets);
  const inFile = new DuplicateIndex<number>(bank.order);
  let duplicates = 0;
  const items: PreviewItem[] = parsed.items.map((it, i) => {
    const set = sets[i]!;
    const inBank = bank.best(set);
    const earlier = inBank ? null : inFile.best(set);
    inFile.add(i, set);
    const duplicateOf = inBank
      ? { questionId: inBank.key, itemIndex: null, similarity: inBank.similarity }
      : earlier
        ? { questionId: null, itemIndex: earlier.key, similarity: earlier.similarity }
        : null;
    if (duplicateOf) duplicates++;
    return {
      line: it.line,
      title: it.title,
      text: it.text,
      options: it.options,
      explanation: it.explanation,
      citationDocument: it.citationDocument,
      citationArticle: it.citationArticle,
      fields: it.fields,
      difficulty: it.difficulty,
      errors: mergeErrors(it.errors, importItemErrors(it, check)),
      duplicateOf,
    };
  });
  return {
    format,
    fileName: file.fileName,
    items,
    skipped: parsed.skipped,
    fileErrors: parsed.fileErrors,
    unknownFields: [...unknown.values()],
    counts: { items: items.length, withErrors: items.filter((x) => x.errors.length > 0).length, skipped: parsed.skipped.length, duplicates },
  };
}

type ImportInput = z.output<typeof ImportBodySchema>;

/**
 * Imports edited preview items, all or nothing. Every item is re-checked with the bank's rules; any
 * error is 400 IMPORT_INVALID naming `items.<i>.<field>` and nothing at all is written (not even the
 * fields asked for). Otherwise one transaction creates the fields, questions, versions, field links,
 * search entries and a single `question.imported` audit row. Publishing on import needs bank.review.
 */
export function runImport(ctx: AppContext, actor: Actor, body: ImportInput): ImportResult {
  if (body.status === 'published' && !can(actor.role, 'bank.review')) throw Forbidden('Chỉ người duyệt câu hỏi hoặc quản trị viên được xuất bản khi nhập.');
  const now = ctx.clock.now();
  const result = ctx.db.transaction((tx) => {
    const known = fieldLookup(tx, actor.organizationId);
    if (body.defaultFieldId != null && ![...known.values()].includes(body.defaultFieldId)) {
      throw Validation([{ path: 'defaultFieldId', message: 'Lĩnh vực mặc định không tồn tại.' }]);
    }
    const createdFields = [];
    for (const name of body.createFields) {
      if (known.has(fieldNameKey(name))) continue;
      const row = insertOwnField(tx, actor, name, now);
      known.set(fieldNameKey(row.name), row.id);
      createdFields.push(toField(row));
    }

    const check = { knownFields: new Set(known.keys()), hasDefaultField: body.defaultFieldId != null };
    const faults: ErrorField[] = [];
    const inputs: QuestionInputParsed[] = [];
    body.items.forEach((item, i) => {
      const errors = importItemErrors(item, check);
      for (const e of errors) faults.push({ path: `items.${i}.${e.path}`, message: e.message });
      if (errors.length > 0) return;
      // The editor's schema on what will really be stored (field names resolved to ids, defaults
      // applied): whatever the item check could not see is still a 400 on the item, never a 500.
      const parsed = QuestionInputSchema.safeParse(toInput(item, known, body.defaultFieldId ?? null, body.defaultDifficulty));
      if (parsed.success) inputs.push(parsed.data);
      else for (const issue of parsed.error.issues) faults.push({ path: `items.${i}.${issue.path.map(String).join('.').replace(/^fieldIds/, 'fields')}`, message: issue.message });
    });
    if (faults.length > 0) throw new AppError('IMPORT_INVALID', 400, undefined, faults, { itemsWithErrors: new Set(faults.map((f) => f.path.split('.')[1])).size });

    const sets = inputs.map((input) => shingles(input.text, input.options));
    const bank = DuplicateIndex.ofBank(repo.allSignatures(tx, actor.organizationId), sets);
    let duplicates = 0;
    const questionIds: number[] = [];
    for (const [i, input] of inputs.entries()) {
      const item = body.items[i]!;
      const set = sets[i]!;
      const duplicateOf = bank.best(set)?.key ?? null;
      if (duplicateOf !== null) duplicates++;
      const q = repo.insertQuestion(tx, { organizationId: actor.organizationId, latestVersion: 1, likelyDuplicateOf: duplicateOf, createdAt: now, updatedAt: now });
      const source = item.line ? `${body.source}:${item.line}` : body.source;
      const v = repo.insertVersion(tx, { questionId: q.id, version: 1, status: body.status, ...contentValues(input), source, createdBy: actor.userId, createdAt: now });
      repo.setVersionFields(tx, v.id, input.fieldIds);
      indexQuestion(tx, q.id, v);
      bank.add(q.id, set);
      questionIds.push(q.id);
    }
    recordAudit(tx, {
      organizationId: actor.organizationId,
      actorId: actor.userId,
      action: 'question.imported',
      entity: 'question',
      entityId: `${questionIds[0]}-${questionIds.at(-1)}`,
      after: { count: questionIds.length, source: body.source, status: body.status, questionIds, createdFields: createdFields.map((f) => f.name), duplicates },
      at: now,
    });
    return { questionIds, createdFields, duplicates };
  });
  if (body.status === 'published') ctx.invalidatePool(actor.organizationId);
  return result;
}

/** An import item as the editor's input: field names resolved to ids (in order, once each), defaults applied. */
function toInput(item: ImportItem, known: Map<string, number>, defaultFieldId: number | null, defaultDifficulty: 1 | 2 | 3) {
  const ids = [...new Set((item.fields ?? []).map((f) => known.get(fieldNameKey(f))!))];
  return {
    title: item.title ?? null,
    text: item.text,
    options: item.options,
    explanation: item.explanation ?? '',
    citationDocument: item.citationDocument ?? '',
    citationArticle: item.citationArticle ?? '',
    fieldIds: ids.length > 0 ? ids : [defaultFieldId!],
    difficulty: item.difficulty ?? defaultDifficulty,
  };
}

export type { ImportBody };
