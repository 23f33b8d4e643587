import { vnDateTime, type BlueprintBody, type BuilderContest, type ContestUnitsBody, type RoundBody } from '@thiphapluat/shared';
import type { DbOrTx } from '@thiphapluat/db';
import type { AppContext } from '../../context.js';
import { Conflict, NotFound, Validation } from '../../errors.js';
import type { OrgGrant } from '../../plugins/studio-auth.js';
import { recordAudit } from '../audit/audit.repository.js';
import * as repo from './builder.repository.js';
import type { ContestRow, RoundRow } from './builder.repository.js';
import { checkContest, shortfallsOf } from './check.service.js';
import { requireContest, requireEditable } from './contests.service.js';
import { contestView, roundAudit } from './view.js';

/** Rounds and blueprints change while a contest is a draft or running, never after it closed. */
function requireRoundsEditable(c: ContestRow): void {
  if (c.status !== 'draft' && c.status !== 'published') {
    throw Conflict('INVALID_TRANSITION', 'Cuộc thi đã kết thúc nên không sửa được đợt thi.', { status: c.status });
  }
}

function requireRound(db: DbOrTx, contestId: number, roundId: number): RoundRow {
  const r = repo.findContestRound(db, contestId, roundId);
  if (!r) throw NotFound('Không tìm thấy đợt thi.');
  return r;
}

/** Windows are half-open [opensAt, closesAt): one round may open the minute the previous one closes. */
function assertNoOverlap(db: DbOrTx, contestId: number, opensAt: number, closesAt: number, exceptId?: number): void {
  const other = repo.roundsOf(db, [contestId]).find((r) => r.id !== exceptId && opensAt < r.closesAt && r.opensAt < closesAt);
  if (other) {
    throw Conflict('ROUNDS_OVERLAP', `Thời gian trùng với ${other.name} (${vnDateTime.format(other.opensAt)} – ${vnDateTime.format(other.closesAt)}).`, {
      roundId: other.id,
      name: other.name,
      opensAt: new Date(other.opensAt).toISOString(),
      closesAt: new Date(other.closesAt).toISOString(),
    });
  }
}

const parseTimes = (body: RoundBody) => ({ opensAt: vnDateTime.parse(body.opensAt) as number, closesAt: vnDateTime.parse(body.closesAt) as number });

/**
 * Adds a round. Invariants: its window does not overlap another round of the contest (409
 * ROUNDS_OVERLAP names it); seq follows opening order; a running contest only gets rounds that open
 * later, so nobody can start one before its blueprint is set.
 */
export function createRound(ctx: AppContext, grant: OrgGrant, contestId: number, body: RoundBody): BuilderContest {
  const now = ctx.clock.now();
  const contest = ctx.db.transaction((tx) => {
    const c = requireContest(tx, grant, contestId);
    requireRoundsEditable(c);
    const { opensAt, closesAt } = parseTimes(body);
    if (c.status === 'published' && opensAt <= now) throw Validation([{ path: 'opensAt', message: 'Cuộc thi đang diễn ra: đợt mới phải bắt đầu sau thời điểm hiện tại.' }]);
    assertNoOverlap(tx, c.id, opensAt, closesAt);
    const seq = repo.roundsOf(tx, [c.id]).reduce((m, r) => Math.max(m, r.seq), 0) + 1;
    const r = repo.insertRound(tx, {
      contestId: c.id,
      seq,
      name: body.name,
      opensAt,
      closesAt,
      timeLimitSec: body.timeLimitSec,
      maxAttempts: body.maxAttempts,
      showAnswers: body.showAnswers ?? null,
      createdAt: now,
    });
    repo.renumberRounds(tx, c.id);
    recordAudit(tx, { organizationId: grant.organizationId, actorId: grant.user.id, action: 'round.created', entity: 'round', entityId: r.id, after: roundAudit(r), at: now });
    return repo.updateContest(tx, c.id, { updatedAt: now });
  });
  return contestView(ctx.db, contest, now);
}

/**
 * Changes a round. Fairness guard: once it has an attempt, its opening, time limit, an earlier close
 * or fewer attempts than someone already used are refused (409 ROUND_LOCKED with the fields);
 * extending the close, renaming and the answers setting stay allowed. A finalized round keeps its window.
 */
export function updateRound(ctx: AppContext, grant: OrgGrant, contestId: number, roundId: number, body: RoundBody): BuilderContest {
  const now = ctx.clock.now();
  const contest = ctx.db.transaction((tx) => {
    const c = requireContest(tx, grant, contestId);
    const r = requireRound(tx, c.id, roundId);
    requireRoundsEditable(c);
    const { opensAt, closesAt } = parseTimes(body);
    const usage = repo.attemptUsage(tx, [r.id]).get(r.id);
    const locked: string[] = [];
    if (usage) {
      if (opensAt !== r.opensAt) locked.push('opensAt');
      if (closesAt < r.closesAt) locked.push('closesAt');
      if (body.timeLimitSec !== r.timeLimitSec) locked.push('timeLimitSec');
      if (body.maxAttempts !== null && body.maxAttempts < usage.maxUsed) locked.push('maxAttempts');
    }
    if (r.finalizedAt !== null && closesAt !== r.closesAt && !locked.includes('closesAt')) locked.push('closesAt');
    if (locked.length > 0) {
      throw Conflict('ROUND_LOCKED', `${r.name} đã có lượt thi nên không đổi được: ${locked.join(', ')}.`, { roundId: r.id, fields: locked, maxAttemptsUsed: usage?.maxUsed ?? 0 });
    }
    if (c.status === 'published' && opensAt !== r.opensAt && opensAt <= now) {
      throw Validation([{ path: 'opensAt', message: 'Cuộc thi đang diễn ra: chỉ dời được thời điểm bắt đầu sang tương lai.' }]);
    }
    assertNoOverlap(tx, c.id, opensAt, closesAt, r.id);
    const updated = repo.updateRound(tx, r.id, { name: body.name, opensAt, closesAt, timeLimitSec: body.timeLimitSec, maxAttempts: body.maxAttempts, showAnswers: body.showAnswers ?? null });
    repo.renumberRounds(tx, c.id);
    recordAudit(tx, { organizationId: grant.organizationId, actorId: grant.user.id, action: 'round.updated', entity: 'round', entityId: r.id, before: roundAudit(r), after: roundAudit(updated), at: now });
    return repo.updateContest(tx, c.id, { updatedAt: now });
  });
  return contestView(ctx.db, contest, now);
}

/** Removes a round nobody has attempted (409 ROUND_LOCKED otherwise), with its blueprint. */
export function deleteRound(ctx: AppContext, grant: OrgGrant, contestId: number, roundId: number): BuilderContest {
  const now = ctx.clock.now();
  const contest = ctx.db.transaction((tx) => {
    const c = requireContest(tx, grant, contestId);
    const r = requireRound(tx, c.id, roundId);
    requireRoundsEditable(c);
    if (repo.attemptUsage(tx, [r.id]).has(r.id)) throw Conflict('ROUND_LOCKED', `${r.name} đã có lượt thi nên không xóa được.`, { roundId: r.id, fields: ['round'] });
    const cells = repo.blueprintsOf(tx, [r.id]).map((l) => ({ legalFieldId: l.legalFieldId, difficulty: l.difficulty, count: l.count }));
    repo.deleteRound(tx, r.id);
    repo.renumberRounds(tx, c.id);
    recordAudit(tx, { organizationId: grant.organizationId, actorId: grant.user.id, action: 'round.deleted', entity: 'round', entityId: r.id, before: { ...roundAudit(r), cells }, at: now });
    return repo.updateContest(tx, c.id, { updatedAt: now });
  });
  return contestView(ctx.db, contest, now);
}

const cellKey = (c: { legalFieldId: number | null; difficulty: number | null; count: number }) => `${c.legalFieldId}:${c.difficulty}:${c.count}`;
const sameCells = (a: { legalFieldId: number | null; difficulty: number | null; count: number }[], b: typeof a) =>
  a.filter((c) => c.count > 0).map(cellKey).sort().join('|') === b.filter((c) => c.count > 0).map(cellKey).sort().join('|');

/**
 * Replaces a round's draw blueprint (cells with count 0 are dropped). Invariants: only legal fields
 * the organization can use; locked once the round has attempts; in a running contest the new
 * blueprint must be drawable from the published bank right now (409 BLUEPRINT_SHORTFALL).
 */
export function setBlueprint(ctx: AppContext, grant: OrgGrant, contestId: number, roundId: number, body: BlueprintBody): BuilderContest {
  const now = ctx.clock.now();
  const contest = ctx.db.transaction((tx) => {
    const c = requireContest(tx, grant, contestId);
    const r = requireRound(tx, c.id, roundId);
    requireRoundsEditable(c);
    const before = repo.blueprintsOf(tx, [r.id]).map((l) => ({ legalFieldId: l.legalFieldId, difficulty: l.difficulty, count: l.count }));
    if (sameCells(before, body.cells)) return c;
    if (repo.attemptUsage(tx, [r.id]).has(r.id)) throw Conflict('ROUND_LOCKED', `${r.name} đã có lượt thi nên không đổi được cơ cấu đề.`, { roundId: r.id, fields: ['blueprint'] });
    const fields = repo.usableLegalFields(tx, grant.organizationId);
    const known = new Set(fields.map((f) => f.id));
    const bad = body.cells.flatMap((cell, i) => (cell.legalFieldId !== null && !known.has(cell.legalFieldId) ? [{ path: `cells.${i}.legalFieldId`, message: 'Lĩnh vực không tồn tại.' }] : []));
    if (bad.length > 0) throw Validation(bad);
    repo.replaceBlueprint(tx, r.id, body.cells);
    if (c.status === 'published') {
      if (!body.cells.some((x) => x.count > 0)) throw Validation([{ path: 'cells', message: 'Đề thi của cuộc thi đang diễn ra phải có ít nhất một câu.' }]);
      const check = checkContest(tx, c.organizationId, [r]);
      if (!check.feasible) {
        // Throwing rolls the replacement back: a running contest never holds an undrawable blueprint.
        throw Conflict('BLUEPRINT_SHORTFALL', undefined, { shortfalls: shortfallsOf(check, new Map(fields.map((f) => [f.id, f.name]))) });
      }
    }
    recordAudit(tx, { organizationId: grant.organizationId, actorId: grant.user.id, action: 'blueprint.updated', entity: 'round', entityId: r.id, before, after: body.cells.filter((x) => x.count > 0), at: now });
    return repo.updateContest(tx, c.id, { updatedAt: now });
  });
  return contestView(ctx.db, contest, now);
}

/**
 * Snapshots the units offered at registration. Invariant: every id is a unit of the organization that
 * is still valid; later imports do not change the snapshot.
 */
export function setContestUnits(ctx: AppContext, grant: OrgGrant, contestId: number, body: ContestUnitsBody): BuilderContest {
  const now = ctx.clock.now();
  const contest = ctx.db.transaction((tx) => {
    const c = requireContest(tx, grant, contestId);
    requireEditable(c);
    const valid = repo.validUnitIds(tx, grant.organizationId, now);
    let ids: number[];
    if (body.mode === 'all') ids = valid;
    else {
      const validSet = new Set(valid);
      const wanted = body.unitIds ?? [];
      const bad = wanted.flatMap((id, i) => (validSet.has(id) ? [] : [{ path: `unitIds.${i}`, message: `Đơn vị ${id} không thuộc tổ chức hoặc đã hết hiệu lực.` }]));
      if (bad.length > 0) throw Validation(bad.slice(0, 50));
      ids = [...new Set(wanted)].sort((a, b) => a - b);
    }
    if (c.status === 'published' && c.registrationFields.unit !== 'off' && ids.length === 0) {
      throw Validation([{ path: 'unitIds', message: 'Cuộc thi đang diễn ra và yêu cầu chọn đơn vị: cần ít nhất một đơn vị.' }]);
    }
    const before = repo.contestUnitIds(tx, c.id);
    if (before.join(',') === ids.join(',')) return c;
    repo.replaceContestUnits(tx, c.id, ids);
    recordAudit(tx, { organizationId: grant.organizationId, actorId: grant.user.id, action: 'contest.units_updated', entity: 'contest', entityId: c.id, before: { unitIds: before }, after: { unitIds: ids }, at: now });
    return repo.updateContest(tx, c.id, { updatedAt: now });
  });
  return contestView(ctx.db, contest, now);
}
