import type { BuilderContest, CloneContestBody, ErrorField } from '@thiphapluat/shared';
import type { DbOrTx } from '@thiphapluat/db';
import type { AppContext } from '../../context.js';
import { Conflict, Validation } from '../../errors.js';
import type { OrgGrant } from '../../plugins/studio-auth.js';
import { recordAudit } from '../audit/audit.repository.js';
import * as repo from './builder.repository.js';
import type { ContestRow } from './builder.repository.js';
import { checkContest, shortfallsOf } from './check.service.js';
import { requireContest, slugTakenError } from './contests.service.js';
import { contestView } from './view.js';

const DAY = 86_400_000;
const VN = 7 * 3600_000;

/** Everything a contest needs before residents can see it, as form fields the builder can point at. */
function publishProblems(db: DbOrTx, now: number, c: ContestRow): ErrorField[] {
  const problems: ErrorField[] = [];
  const need = (ok: boolean, path: string, message: string) => ok || problems.push({ path, message });
  need(c.summary.trim() !== '', 'summary', 'Cần có phần giới thiệu ngắn.');
  need(c.rulesMd.trim() !== '', 'rulesMd', 'Cần có thể lệ cuộc thi.');
  need(c.consentText.trim() !== '', 'consentText', 'Cần có nội dung đồng ý xử lý dữ liệu cá nhân.');
  need(!c.predictionEnabled || c.predictionPrompt.trim() !== '', 'predictionPrompt', 'Cần nội dung câu hỏi dự đoán.');
  c.prizes.forEach((p, i) => need(p.count > 0, `prizes.${i}.count`, `${p.label}: số giải phải lớn hơn 0 (hoặc bỏ hạng giải này).`));
  const rounds = repo.roundsOf(db, [c.id]);
  need(rounds.length > 0, 'rounds', 'Cần ít nhất một đợt thi.');
  need(rounds.length === 0 || rounds.some((r) => r.closesAt > now), 'rounds', 'Mọi đợt thi đã kết thúc; hãy thêm hoặc dời đợt thi.');
  const lines = repo.blueprintsOf(db, rounds.map((r) => r.id));
  rounds.forEach((r, i) => need(lines.some((l) => l.roundId === r.id && l.count > 0), `rounds.${i}.cells`, `${r.name} chưa có cơ cấu đề (số câu theo lĩnh vực, độ khó).`));
  need(c.registrationFields.unit === 'off' || repo.contestUnitIds(db, c.id).length > 0, 'units', 'Cuộc thi yêu cầu chọn đơn vị nhưng chưa có đơn vị nào.');
  return problems;
}

/**
 * draft → published: residents can then see it and register. Refused with 400 and every missing part
 * (rounds, blueprints, rules, consent, empty prize tiers…), then with 409 BLUEPRINT_SHORTFALL and the
 * list of cells the published bank cannot fill; the check and the change share one transaction.
 */
export function publishContest(ctx: AppContext, grant: OrgGrant, contestId: number): BuilderContest {
  const now = ctx.clock.now();
  const row = ctx.db.transaction((tx) => {
    const c = requireContest(tx, grant, contestId);
    if (c.status !== 'draft') throw Conflict('INVALID_TRANSITION', 'Chỉ xuất bản được cuộc thi đang là bản nháp.', { from: c.status, to: 'published' });
    const problems = publishProblems(tx, now, c);
    if (problems.length > 0) throw Validation(problems, 'Cuộc thi chưa đủ thông tin để xuất bản.');
    const check = checkContest(tx, c.organizationId, repo.roundsOf(tx, [c.id]));
    if (!check.feasible) {
      const names = new Map(repo.usableLegalFields(tx, c.organizationId).map((f) => [f.id, f.name]));
      throw Conflict('BLUEPRINT_SHORTFALL', undefined, { shortfalls: shortfallsOf(check, names) });
    }
    const updated = repo.updateContest(tx, c.id, { status: 'published', updatedAt: now });
    recordAudit(tx, { organizationId: grant.organizationId, actorId: grant.user.id, action: 'contest.published', entity: 'contest', entityId: c.id, before: { status: c.status }, after: { status: 'published' }, at: now });
    return updated;
  });
  return contestView(ctx.db, row, now);
}

/** published → closed: no more registrations or starts; attempts in progress run to their deadline. */
export function closeContest(ctx: AppContext, grant: OrgGrant, contestId: number): BuilderContest {
  const now = ctx.clock.now();
  const row = ctx.db.transaction((tx) => {
    const c = requireContest(tx, grant, contestId);
    if (c.status !== 'published') throw Conflict('INVALID_TRANSITION', 'Chỉ kết thúc được cuộc thi đang diễn ra.', { from: c.status, to: 'closed' });
    const updated = repo.updateContest(tx, c.id, { status: 'closed', updatedAt: now });
    recordAudit(tx, { organizationId: grant.organizationId, actorId: grant.user.id, action: 'contest.closed', entity: 'contest', entityId: c.id, before: { status: c.status }, after: { status: 'closed' }, at: now });
    return updated;
  });
  return contestView(ctx.db, row, now);
}

/** Days from `t` to the same date and time one calendar year later, in Vietnamese time (365 or 366). */
export function daysToNextYear(t: number): number {
  const local = new Date(t + VN);
  const next = new Date(local);
  next.setUTCFullYear(local.getUTCFullYear() + 1);
  return Math.round((next.getTime() - local.getTime()) / DAY);
}

/**
 * A new draft with the source's settings, rounds moved by `shiftDays` (default: a year later),
 * blueprints, prizes and the units still valid. Nothing of the source's results comes along.
 */
export function cloneContest(ctx: AppContext, grant: OrgGrant, contestId: number, body: CloneContestBody): BuilderContest {
  const now = ctx.clock.now();
  const row = ctx.db.transaction((tx) => {
    const src = requireContest(tx, grant, contestId);
    if (repo.slugTaken(tx, body.slug)) throw slugTakenError();
    const rounds = repo.roundsOf(tx, [src.id]);
    const shiftDays = body.shiftDays ?? (rounds[0] ? daysToNextYear(rounds[0].opensAt) : 365);
    const shift = shiftDays * DAY;
    const { id: _id, slug: _slug, title: _title, status: _status, createdAt: _c, updatedAt: _u, clonedFromId: _f, ...settings } = src;
    const copy = repo.insertContest(tx, { ...settings, slug: body.slug, title: body.title, status: 'draft', clonedFromId: src.id, createdAt: now, updatedAt: now });
    const lines = repo.blueprintsOf(tx, rounds.map((r) => r.id));
    for (const r of rounds) {
      const nr = repo.insertRound(tx, {
        contestId: copy.id,
        seq: r.seq,
        name: r.name,
        opensAt: r.opensAt + shift,
        closesAt: r.closesAt + shift,
        timeLimitSec: r.timeLimitSec,
        maxAttempts: r.maxAttempts,
        showAnswers: r.showAnswers,
        createdAt: now,
      });
      repo.replaceBlueprint(tx, nr.id, lines.filter((l) => l.roundId === r.id));
    }
    const stillValid = new Set(repo.validUnitIds(tx, grant.organizationId, now));
    repo.replaceContestUnits(tx, copy.id, repo.contestUnitIds(tx, src.id).filter((id) => stillValid.has(id)));
    recordAudit(tx, {
      organizationId: grant.organizationId,
      actorId: grant.user.id,
      action: 'contest.cloned',
      entity: 'contest',
      entityId: copy.id,
      after: { clonedFromId: src.id, slug: copy.slug, title: copy.title, shiftDays, rounds: rounds.length },
      at: now,
    });
    return copy;
  });
  return contestView(ctx.db, row, now);
}
