import type { ContestDetail, ContestList, ContestSummary, LeaderboardScope, Round, RoundState, Unit } from '@thiphapluat/shared';
import { foldVietnamese } from '@thiphapluat/shared';
import type { DbOrTx } from '@thiphapluat/db';
import type { AppContext } from '../../context.js';
import { NotFound } from '../../errors.js';
import * as repo from './contests.repository.js';
import type { ContestRow, RoundRow } from './contests.repository.js';

export function roundState(round: Pick<RoundRow, 'opensAt' | 'closesAt'>, now: number): RoundState {
  if (now < round.opensAt) return 'upcoming';
  return now < round.closesAt ? 'open' : 'closed';
}

function toRound(r: RoundRow, questionCount: number, now: number): Round {
  return {
    id: r.id,
    seq: r.seq,
    name: r.name,
    opensAt: new Date(r.opensAt).toISOString(),
    closesAt: new Date(r.closesAt).toISOString(),
    state: roundState(r, now),
    timeLimitSec: r.timeLimitSec,
    questionCount,
    maxAttempts: r.maxAttempts,
  };
}

function summaries(ctx: AppContext, rows: ContestRow[]): ContestSummary[] {
  const ids = rows.map((c) => c.id);
  const roundRows = repo.listRounds(ctx.db, ids);
  const qCounts = repo.questionCounts(ctx.db, roundRows.map((r) => r.id));
  const pCounts = repo.participantCounts(ctx.db, ids);
  const orgs = repo.organizationNames(ctx.db, [...new Set(rows.map((c) => c.organizationId))]);
  const now = ctx.clock.now();
  return rows.map((c) => ({
    id: c.id,
    slug: c.slug,
    title: c.title,
    summary: c.summary,
    organization: { id: c.organizationId, name: orgs.get(c.organizationId) ?? '' },
    status: c.status,
    participantCount: pCounts.get(c.id) ?? 0,
    rounds: roundRows.filter((r) => r.contestId === c.id).map((r) => toRound(r, qCounts.get(r.id) ?? 0, now)),
  }));
}

/** Published and closed contests, for the public home page. Drafts are never listed. */
export function listContests(ctx: AppContext): ContestList {
  return { contests: summaries(ctx, repo.listVisibleContests(ctx.db)) };
}

/** A contest a resident may see: published or closed. Drafts are 404, not 403, so they don't leak. */
export function requireVisibleContest(db: DbOrTx, slug: string): ContestRow {
  const c = repo.findContestBySlug(db, slug);
  if (!c || (c.status !== 'published' && c.status !== 'closed' && c.status !== 'results_published')) throw NotFound('Không tìm thấy cuộc thi.');
  return c;
}

/** A leaderboard scope residents may read: a round or contest of a published or closed contest. */
export function requireVisibleScope(db: DbOrTx, scope: LeaderboardScope): void {
  const contestId = scope.kind === 'contest' ? scope.id : repo.findRound(db, scope.id)?.contestId;
  const c = contestId === undefined ? undefined : repo.findContestById(db, contestId);
  if (!c || (c.status !== 'published' && c.status !== 'closed' && c.status !== 'results_published')) {
    throw NotFound(scope.kind === 'round' ? 'Không tìm thấy đợt thi.' : 'Không tìm thấy cuộc thi.');
  }
}

export function getContest(ctx: AppContext, slug: string): ContestDetail {
  const c = requireVisibleContest(ctx.db, slug);
  const [summary] = summaries(ctx, [c]);
  return {
    ...(summary as ContestSummary),
    rulesMd: c.rulesMd,
    minAge: c.minAge,
    registrationFields: c.registrationFields,
    consentText: c.consentText,
    predictionEnabled: c.predictionEnabled,
    predictionPrompt: c.predictionPrompt,
    showAnswers: c.showAnswers,
    pointsPerQuestion: c.pointsPerQuestion,
    prizes: c.prizes,
    bannerUrl: c.bannerUrl,
    onePrizePerPerson: c.onePrizePerPerson,
  };
}

/** Units offered by the contest, searched without diacritics ("xa an" finds "Xã Ân …"). */
export function searchUnits(ctx: AppContext, slug: string, q: string | undefined, limit: number): { units: Unit[] } {
  const c = requireVisibleContest(ctx.db, slug);
  const folded = q ? foldVietnamese(q) : null;
  const rows = repo.searchContestUnits(ctx.db, c.id, folded || null, limit);
  const paths = unitPaths(ctx.db, rows.map((r) => r.id));
  return { units: rows.map((r) => ({ ...r, path: paths.get(r.id) ?? r.name })) };
}

/** "Phường Hải Châu, Thành phố Đà Nẵng": each unit with its ancestors. */
export function unitPaths(db: DbOrTx, ids: number[]): Map<number, string> {
  const known = new Map<number, { name: string; parentId: number | null }>();
  let missing = [...new Set(ids)];
  for (let depth = 0; depth < 6 && missing.length > 0; depth++) {
    for (const u of repo.unitsByIds(db, missing)) known.set(u.id, u);
    missing = [...new Set([...known.values()].map((u) => u.parentId).filter((p): p is number => p !== null && !known.has(p)))];
  }
  const out = new Map<number, string>();
  for (const id of ids) {
    const names: string[] = [];
    let cur = known.get(id);
    while (cur && names.length < 6) {
      names.push(cur.name);
      cur = cur.parentId === null ? undefined : known.get(cur.parentId);
    }
    out.set(id, names.join(', '));
  }
  return out;
}
