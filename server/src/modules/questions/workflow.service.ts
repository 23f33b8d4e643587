import { can, type BulkAction, type BulkResult, type ErrorField, type QuestionStatus, type TransitionResult } from '@thiphapluat/shared';
import type { DbOrTx } from '@thiphapluat/db';
import type { AppContext } from '../../context.js';
import { AppError, Forbidden, NotFound } from '../../errors.js';
import { recordAudit } from '../audit/audit.repository.js';
import * as repo from './questions.repository.js';
import type { Actor } from './questions.service.js';

export type WorkflowAction = 'submit' | 'publish' | 'reject' | 'retire' | 'restore';

/** Which status each action moves from, and to. Retire acts on the version residents draw now. */
const RULES: Record<WorkflowAction, { from: QuestionStatus[]; to: QuestionStatus; label: string }> = {
  submit: { from: ['draft'], to: 'in_review', label: 'gửi duyệt' },
  publish: { from: ['draft', 'in_review'], to: 'published', label: 'xuất bản' },
  reject: { from: ['in_review'], to: 'draft', label: 'trả lại' },
  retire: { from: ['published'], to: 'retired', label: 'ngừng sử dụng' },
  restore: { from: ['retired'], to: 'draft', label: 'khôi phục' },
};

const statusVi: Record<QuestionStatus, string> = { draft: 'bản nháp', in_review: 'chờ duyệt', published: 'đã xuất bản', retired: 'ngừng sử dụng' };

interface Planned {
  question: repo.QuestionRow;
  target: repo.VersionRow;
}

/** Finds the version an action applies to, or says why it cannot apply (a message for INVALID_TRANSITION). */
function plan(db: DbOrTx, organizationId: number, questionId: number, action: WorkflowAction): Planned | { notFound: true } | { invalid: string } {
  const question = repo.findQuestion(db, organizationId, questionId);
  if (!question) return { notFound: true };
  const latest = repo.findVersion(db, question.id, question.latestVersion)!;
  // A draft v2 may sit on top of the published v1: retiring the question means retiring what is served.
  const target = action === 'retire' ? (repo.publishedVersions(db, question.id)[0] ?? latest) : latest;
  const rule = RULES[action];
  if (!rule.from.includes(target.status)) {
    return { invalid: `Không thể ${rule.label} câu hỏi #${question.id}: phiên bản ${target.version} đang ở trạng thái “${statusVi[target.status]}”.` };
  }
  return { question, target };
}

/** Applies a planned transition inside `tx`, with its audit row. Publishing retires older published versions. */
function apply(tx: DbOrTx, actor: Actor, action: WorkflowAction, p: Planned, now: number, reason?: string): TransitionResult {
  const rule = RULES[action];
  const retiredVersions: number[] = [];
  if (action === 'publish') {
    for (const old of repo.publishedVersions(tx, p.question.id)) {
      repo.setVersionStatus(tx, old.id, 'retired');
      retiredVersions.push(old.version);
    }
  }
  repo.setVersionStatus(tx, p.target.id, rule.to);
  repo.touchQuestion(tx, p.question.id, { updatedAt: now });
  recordAudit(tx, {
    organizationId: actor.organizationId,
    actorId: actor.userId,
    action: `question.${action === 'publish' ? 'published' : action === 'submit' ? 'submitted' : action === 'reject' ? 'rejected' : action === 'retire' ? 'retired' : 'restored'}`,
    entity: 'question',
    entityId: p.question.id,
    before: { version: p.target.version, status: p.target.status },
    after: { version: p.target.version, status: rule.to, ...(retiredVersions.length ? { retiredVersions } : {}), ...(reason ? { reason } : {}) },
    at: now,
  });
  const published = action === 'publish' ? p.target.version : (repo.publishedVersions(tx, p.question.id)[0]?.version ?? null);
  return { id: p.question.id, version: p.target.version, status: rule.to, publishedVersion: published };
}

function assertMayPublish(actor: Actor): void {
  if (!can(actor.role, 'bank.review')) throw Forbidden('Chỉ người duyệt câu hỏi hoặc quản trị viên được xuất bản câu hỏi.');
}

/**
 * Moves one question through the review workflow: draft → in_review → published → retired → draft
 * (and in_review → draft on reject). Anything else is 409 INVALID_TRANSITION and changes nothing.
 * Publishing makes the version the one draws use and retires the previously published one, atomically.
 */
export function transition(ctx: AppContext, actor: Actor, questionId: number, action: WorkflowAction, reason?: string): TransitionResult {
  if (action === 'publish') assertMayPublish(actor);
  const result = ctx.db.transaction((tx) => {
    const p = plan(tx, actor.organizationId, questionId, action);
    if ('notFound' in p) throw NotFound('Không tìm thấy câu hỏi.');
    if ('invalid' in p) throw new AppError('INVALID_TRANSITION', 409, p.invalid);
    return apply(tx, actor, action, p, ctx.clock.now(), reason);
  });
  ctx.invalidatePool(actor.organizationId);
  return result;
}

/**
 * The same transition for many questions, all or nothing: if any id is unknown or in the wrong state,
 * nothing changes and the answer lists every id at fault (fields `questionIds.<index>`).
 */
export function bulkTransition(ctx: AppContext, actor: Actor, questionIds: number[], action: BulkAction): BulkResult {
  if (action === 'publish') assertMayPublish(actor);
  const result = ctx.db.transaction((tx) => {
    const now = ctx.clock.now();
    const planned: Planned[] = [];
    const faults: ErrorField[] = [];
    let missing = 0;
    questionIds.forEach((id, i) => {
      const p = plan(tx, actor.organizationId, id, action);
      if ('notFound' in p) {
        missing++;
        faults.push({ path: `questionIds.${i}`, message: `Không tìm thấy câu hỏi #${id}.` });
      } else if ('invalid' in p) faults.push({ path: `questionIds.${i}`, message: p.invalid });
      else planned.push(p);
    });
    if (faults.length > 0) {
      const code = missing === faults.length ? 'NOT_FOUND' : 'INVALID_TRANSITION';
      throw new AppError(code, code === 'NOT_FOUND' ? 404 : 409, `Không câu hỏi nào được cập nhật: ${faults.length} câu hỏi không thể ${RULES[action].label}.`, faults);
    }
    return { updated: planned.map((p) => apply(tx, actor, action, p, now)).map(({ id, version, status }) => ({ id, version, status })) };
  });
  ctx.invalidatePool(actor.organizationId);
  return result;
}
