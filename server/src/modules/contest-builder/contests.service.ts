import type { BuilderContest, BuilderContestList, CreateContestBody, Prize, UpdateContestBody } from '@thiphapluat/shared';
import type { DbOrTx } from '@thiphapluat/db';
import type { AppContext } from '../../context.js';
import { AppError, Conflict, NotFound, Validation } from '../../errors.js';
import type { OrgGrant } from '../../plugins/studio-auth.js';
import { recordAudit } from '../audit/audit.repository.js';
import * as repo from './builder.repository.js';
import type { ContestRow } from './builder.repository.js';
import { contestView } from './view.js';

const iso = (t: number) => new Date(t).toISOString();

const DEFAULT_CONSENT =
  'Tôi đồng ý để Ban Tổ chức xử lý họ tên, ngày sinh, số điện thoại, đơn vị và (nếu có) số CCCD, email của tôi nhằm tổ chức cuộc thi, xác minh và trao giải. Dữ liệu được xóa khi hết thời hạn lưu trữ hoặc khi tôi yêu cầu.';
const DEFAULT_PREDICTION = 'Theo bạn, có bao nhiêu người trả lời đúng tất cả các câu hỏi trong đợt thi này?';
const TIER_ORDER: Prize['tier'][] = ['first', 'second', 'third', 'consolation', 'collective'];

/** A contest of the caller's organization, or 404: ids of other organizations are indistinguishable from unknown ones. */
export function requireContest(db: DbOrTx, grant: OrgGrant, contestId: number): ContestRow {
  const c = repo.findOrgContest(db, grant.organizationId, contestId);
  if (!c) throw NotFound('Không tìm thấy cuộc thi.');
  return c;
}

/** Texts, prizes and rules may change while a contest runs; nothing changes once results are out. */
export function requireEditable(c: ContestRow): void {
  if (c.status === 'results_published' || c.status === 'archived') {
    throw Conflict('INVALID_TRANSITION', 'Cuộc thi đã công bố kết quả hoặc đã lưu trữ nên không sửa được nữa.', { status: c.status });
  }
}

export const slugTakenError = () =>
  new AppError('SLUG_TAKEN', 409, undefined, [{ path: 'slug', message: 'Đường dẫn này đã được dùng cho một cuộc thi khác.' }]);

/** Every contest of the organization, drafts included, newest change first. */
export function listBuilderContests(ctx: AppContext, grant: OrgGrant): BuilderContestList {
  const rows = repo.listOrgContests(ctx.db, grant.organizationId);
  const rounds = repo.roundsOf(ctx.db, rows.map((c) => c.id));
  const participants = repo.participantCounts(ctx.db, rows.map((c) => c.id));
  return {
    contests: rows.map((c) => {
      const own = rounds.filter((r) => r.contestId === c.id);
      return {
        id: c.id,
        slug: c.slug,
        title: c.title,
        status: c.status,
        roundCount: own.length,
        participantCount: participants.get(c.id) ?? 0,
        opensAt: own.length ? iso(Math.min(...own.map((r) => r.opensAt))) : null,
        closesAt: own.length ? iso(Math.max(...own.map((r) => r.closesAt))) : null,
        updatedAt: iso(c.updatedAt),
      };
    }),
  };
}

export function getBuilderContest(ctx: AppContext, grant: OrgGrant, contestId: number): BuilderContest {
  return contestView(ctx.db, requireContest(ctx.db, grant, contestId), ctx.clock.now());
}

/**
 * Creates a draft with safe defaults (consent text, every valid unit of the organization offered,
 * answers shown after submit). Invariant: the slug is unique across the platform (409 SLUG_TAKEN).
 */
export function createContest(ctx: AppContext, grant: OrgGrant, body: CreateContestBody): BuilderContest {
  const now = ctx.clock.now();
  const row = ctx.db.transaction((tx) => {
    if (repo.slugTaken(tx, body.slug)) throw slugTakenError();
    const c = repo.insertContest(tx, {
      organizationId: grant.organizationId,
      slug: body.slug,
      title: body.title,
      summary: body.summary,
      rulesMd: '',
      status: 'draft',
      minAge: null,
      registrationFields: { cccd: 'optional', email: 'optional', unit: 'required', entrantType: 'required' },
      consentText: DEFAULT_CONSENT,
      predictionEnabled: false,
      predictionPrompt: DEFAULT_PREDICTION,
      showAnswers: 'after_submit',
      pointsPerQuestion: 1,
      prizes: [],
      createdAt: now,
      updatedAt: now,
    });
    repo.replaceContestUnits(tx, c.id, repo.validUnitIds(tx, grant.organizationId, now));
    recordAudit(tx, { organizationId: grant.organizationId, actorId: grant.user.id, action: 'contest.created', entity: 'contest', entityId: c.id, after: c, at: now });
    return c;
  });
  return contestView(ctx.db, row, now);
}

/** The contest's prize list: individual tiers in their usual order, then the collective prize if any. */
function mergePrizes(current: Prize[], body: UpdateContestBody): Prize[] {
  const individual = body.prizes ?? current.filter((p) => p.tier !== 'collective');
  const collective =
    body.collectivePrize === undefined
      ? current.filter((p) => p.tier === 'collective')
      : body.collectivePrize === null
        ? []
        : [{ tier: 'collective' as const, count: body.collectivePrize.count, label: body.collectivePrize.label, ...(body.collectivePrize.value ? { value: body.collectivePrize.value } : {}) }];
  return [...individual.map((p) => ({ tier: p.tier, count: p.count, label: p.label, ...(p.value ? { value: p.value } : {}) })), ...collective].sort(
    (a, b) => TIER_ORDER.indexOf(a.tier) - TIER_ORDER.indexOf(b.tier),
  );
}

/**
 * Changes the given settings. Invariants: the slug changes only while a draft (links are out once
 * published); points per question cannot change once anyone has an attempt (409 ROUND_LOCKED); a
 * contest with published results is frozen. The audit entry keeps the changed keys before and after.
 */
export function updateContest(ctx: AppContext, grant: OrgGrant, contestId: number, body: UpdateContestBody): BuilderContest {
  const now = ctx.clock.now();
  const row = ctx.db.transaction((tx) => {
    const c = requireContest(tx, grant, contestId);
    requireEditable(c);
    if (body.slug !== undefined && body.slug !== c.slug) {
      if (c.status !== 'draft') throw Validation([{ path: 'slug', message: 'Chỉ đổi được đường dẫn khi cuộc thi còn là bản nháp.' }]);
      if (repo.slugTaken(tx, body.slug, c.id)) throw slugTakenError();
    }
    if (body.pointsPerQuestion !== undefined && body.pointsPerQuestion !== c.pointsPerQuestion && repo.contestHasAttempts(tx, c.id)) {
      throw Conflict('ROUND_LOCKED', 'Đã có người thi nên không đổi được số điểm mỗi câu.', { fields: ['pointsPerQuestion'] });
    }
    const { prizes: _p, collectivePrize, ...plain } = body;
    const patch: Partial<ContestRow> = { ...plain };
    if (body.prizes !== undefined || collectivePrize !== undefined) {
      patch.prizes = mergePrizes(c.prizes, body);
      if (collectivePrize !== undefined) patch.collectivePrize = collectivePrize === null ? null : { count: collectivePrize.count, basis: collectivePrize.basis, label: collectivePrize.label };
    }
    const changed = (Object.keys(patch) as (keyof ContestRow)[]).filter((k) => JSON.stringify(patch[k]) !== JSON.stringify(c[k]));
    if (changed.length === 0) return c;
    const updated = repo.updateContest(tx, c.id, { ...patch, updatedAt: now });
    recordAudit(tx, {
      organizationId: grant.organizationId,
      actorId: grant.user.id,
      action: 'contest.updated',
      entity: 'contest',
      entityId: c.id,
      before: Object.fromEntries(changed.map((k) => [k, c[k]])),
      after: Object.fromEntries(changed.map((k) => [k, updated[k]])),
      at: now,
    });
    return updated;
  });
  return contestView(ctx.db, row, now);
}

/** Deletes a draft nobody has registered for; anything else is history and stays (409 INVALID_TRANSITION). */
export function deleteContest(ctx: AppContext, grant: OrgGrant, contestId: number): void {
  const now = ctx.clock.now();
  ctx.db.transaction((tx) => {
    const c = requireContest(tx, grant, contestId);
    if (c.status !== 'draft') throw Conflict('INVALID_TRANSITION', 'Chỉ xóa được cuộc thi còn là bản nháp.', { status: c.status });
    if ((repo.participantCounts(tx, [c.id]).get(c.id) ?? 0) > 0) throw Conflict('INVALID_TRANSITION', 'Cuộc thi đã có người đăng ký nên không xóa được.');
    repo.deleteContestCascade(tx, c.id);
    recordAudit(tx, { organizationId: grant.organizationId, actorId: grant.user.id, action: 'contest.deleted', entity: 'contest', entityId: c.id, before: c, at: now });
  });
}
