import { and, eq, isNull, sql, count, type SQL } from 'drizzle-orm';
import { compareVietnamese, type ContestStats, type RoundStats, type UnitRankRow, type UnitRanking } from '@thiphapluat/shared';
import { contests, participants, rounds, statRoundPeople, type Db } from '@thiphapluat/db';
import { NotFound } from '../../errors.js';
import { roundState } from '../contests/contests.service.js';
import { ratePer1000 } from './overview.service.js';
import { computeRoundFigures, type RoundFigures } from './round-stats.js';
import { storeFinalizedRounds } from './rollup.service.js';
import * as repo from './stats.repository.js';

type ContestRow = typeof contests.$inferSelect;
type RoundRow = typeof rounds.$inferSelect;

const iso = (t: number) => new Date(t).toISOString();

function requireContest(db: Db, orgId: number, contestId: number): ContestRow {
  const contest = db.select().from(contests).where(and(eq(contests.id, contestId), eq(contests.organizationId, orgId))).get();
  if (!contest) throw NotFound('Không tìm thấy cuộc thi.');
  return contest;
}

/** The people rows of the contest's rounds: stored for finalized rounds, live for the others. */
function contestPeople(db: Db, contest: ContestRow, roundRows: RoundRow[]): SQL {
  const live = roundRows.filter((r) => r.finalizedAt === null).map((r) => r.id);
  const stored = sql`select round_id, participant_id, unit_id from ${statRoundPeople} where contest_id = ${contest.id}`;
  return live.length === 0 ? stored : sql`${stored} union all select round_id, participant_id, unit_id from (${repo.peopleSelect(live)})`;
}

/**
 * Figures of a contest and each of its rounds, disqualified participants left out. A finalized round's
 * figures were computed once and stored; an open round's are computed now.
 */
export function contestStatistics(db: Db, orgId: number, contestId: number, now: number = Date.now()): ContestStats {
  const contest = requireContest(db, orgId, contestId);
  storeFinalizedRounds(db, orgId, now);
  const roundRows = db.select().from(rounds).where(eq(rounds.contestId, contest.id)).orderBy(rounds.seq).all();
  const stored = new Map(repo.summariesOf(db, roundRows.map((r) => r.id)).map((s) => [s.roundId, s]));

  const perRound: (RoundStats & { finishedAttempts: number })[] = roundRows.map((r) => {
    const hit = r.finalizedAt !== null ? stored.get(r.id) : undefined;
    const figures = hit ? (hit.summary as RoundFigures) : computeRoundFigures(db, r, contest.predictionEnabled, false);
    return {
      id: r.id,
      seq: r.seq,
      name: r.name,
      state: roundState(r, now),
      opensAt: iso(r.opensAt),
      closesAt: iso(r.closesAt),
      stored: hit !== undefined,
      computedAt: iso(hit?.computedAt ?? now),
      ...figures,
    };
  });

  const people = contestPeople(db, contest, roundRows);
  const distinct = db.get<{ n: number }>(sql`select count(distinct participant_id) as n from (${people})`)?.n ?? 0;
  const registered = db
    .select({ n: count() })
    .from(participants)
    .where(and(eq(participants.contestId, contest.id), isNull(participants.disqualifiedAt)))
    .get()?.n ?? 0;
  const finished = perRound.reduce((s, r) => s + r.finishedAttempts, 0);
  const submitted = perRound.reduce((s, r) => s + (r.completionRate ?? 0) * r.finishedAttempts, 0);
  const durationWeight = perRound.reduce((s, r) => s + (r.averageDurationMs === null ? 0 : r.averageDurationMs * r.finishedAttempts), 0);

  return {
    contest: { id: contest.id, slug: contest.slug, title: contest.title, status: contest.status, predictionEnabled: contest.predictionEnabled },
    computedAt: iso(now),
    totals: {
      registered,
      participants: distinct,
      attempts: perRound.reduce((s, r) => s + r.attempts, 0),
      completionRate: finished > 0 ? Math.round(submitted) / finished : null,
      averageDurationMs: finished > 0 ? Math.round(durationWeight / finished) : null,
    },
    rounds: perRound.map(({ finishedAttempts: _, ...r }) => r),
    unitRanking: rankUnits(db, contest, roundRows, people),
  };
}

/**
 * Units ranked for the collective prize (giải tập thể) over the whole contest and per round, with the
 * formula the contest uses. Each participant counts once per unit, disqualified left out.
 */
export function unitRanking(db: Db, orgId: number, contestId: number, now: number = Date.now()): UnitRanking {
  const contest = requireContest(db, orgId, contestId);
  storeFinalizedRounds(db, orgId, now);
  const roundRows = db.select().from(rounds).where(eq(rounds.contestId, contest.id)).orderBy(rounds.seq).all();
  return rankUnits(db, contest, roundRows, contestPeople(db, contest, roundRows));
}

function rankUnits(db: Db, contest: ContestRow, roundRows: RoundRow[], people: SQL): UnitRanking {
  const tier = contest.prizes.find((p) => p.tier === 'collective' && p.count > 0);
  const prize = contest.collectivePrize ?? (tier ? { count: tier.count, basis: 'participants' as const, label: tier.label } : null);
  const basis = prize?.basis ?? 'participants';
  const counts = db.all<{ roundId: number | null; unitId: number; n: number }>(sql`
    select null as roundId, unit_id as unitId, count(distinct participant_id) as n from (${people}) where unit_id is not null group by unit_id
    union all select round_id, unit_id, count(*) from (${people}) where unit_id is not null group by round_id, unit_id`);
  const info = new Map(repo.unitsByIds(db, [...new Set(counts.map((c) => c.unitId))]).map((u) => [u.id, u]));

  const rank = (rows: typeof counts): UnitRankRow[] => {
    const all = rows.map((c) => {
      const u = info.get(c.unitId);
      const population = u?.population ?? null;
      return { unitId: c.unitId, unit: u?.name ?? `#${c.unitId}`, participants: c.n, population, ratePer1000: ratePer1000(c.n, population) };
    });
    const value = (u: (typeof all)[number]) => (basis === 'rate' ? u.ratePer1000 : u.participants);
    const rankable = all.filter((u) => value(u) !== null).sort((a, b) => (value(b) ?? 0) - (value(a) ?? 0) || compareVietnamese(a.unit, b.unit));
    const unranked = all.filter((u) => value(u) === null).sort((a, b) => compareVietnamese(a.unit, b.unit));
    return [
      ...rankable.map((u, i) => ({ ...u, rank: i + 1, awarded: prize !== null && i < prize.count })),
      ...unranked.map((u) => ({ ...u, rank: null, awarded: false })),
    ];
  };

  return {
    contestId: contest.id,
    prize: prize ? { label: prize.label, count: prize.count, basis } : null,
    formula: formulaText(basis, prize !== null),
    overall: rank(counts.filter((c) => c.roundId === null)),
    rounds: roundRows.map((r) => ({ roundId: r.id, name: r.name, rows: rank(counts.filter((c) => c.roundId === r.id)) })),
  };
}

/** The formula in words, shown next to the numbers so an official can check them by hand. */
function formulaText(basis: 'participants' | 'rate', hasPrize: boolean): string {
  const counted = 'Mỗi người dự thi tính một lần cho đơn vị đã đăng ký, dù thi nhiều lượt; không tính người bị loại.';
  const text =
    basis === 'rate'
      ? `Tỷ lệ tham gia = số người dự thi của đơn vị ÷ dân số của đơn vị × 1.000 (số người dự thi trên 1.000 dân). ${counted} Đơn vị chưa có dân số không được xếp hạng; bằng nhau thì xếp theo tên đơn vị.`
      : `Xếp hạng theo số người dự thi của đơn vị. ${counted} Bằng nhau thì xếp theo tên đơn vị.`;
  return hasPrize ? `${text} Giải tập thể xét theo từng đợt thi; bảng toàn cuộc thi để tham khảo.` : `Cuộc thi không có giải tập thể. ${text}`;
}
