import { sql } from 'drizzle-orm';
import {
  AgeBandSchema,
  EntrantTypeSchema,
  GenderSchema,
  UNKNOWN_LABEL_VI,
  ageBandLabelsVi,
  compareVietnamese,
  entrantTypeLabelsVi,
  genderLabelsVi,
  type OrgOverview,
  type StatsPeriodQuery,
  type StatsSlice,
  type SummaryRow,
  type UnitParticipation,
} from '@thiphapluat/shared';
import type { Db } from '@thiphapluat/db';
import { NotFound } from '../../errors.js';
import { resolvePeriod, viDate } from './period.js';
import { storeFinalizedRounds } from './rollup.service.js';
import { cachedAggregate, livePeople, saveAggregate, storedAggregate, storedRowsOfPeople, type Range } from './overview.repository.js';
import { contribute, deserializeAggregate, serializeAggregate, type PeopleAggregate, type PersonRow } from './people-aggregate.js';
import * as repo from './stats.repository.js';

const TOP_UNITS = 10;

/** Participants per 1,000 inhabitants, two decimals, as the collective prize counts it. */
export const ratePer1000 = (participants: number, population: number | null): number | null =>
  population && population > 0 ? Math.round((participants / population) * 100_000) / 100 : null;

function slices<K extends string>(keys: readonly K[], labels: Record<K, string>, counts: Map<string | null, number>, total: number): StatsSlice[] {
  const share = (n: number) => (total > 0 ? n / total : 0);
  const known = keys.map((key) => ({ key, label: labels[key], participants: counts.get(key) ?? 0, share: share(counts.get(key) ?? 0) }));
  const unknown = counts.get(null) ?? 0;
  return [...known, { key: null, label: UNKNOWN_LABEL_VI, participants: unknown, share: share(unknown) }];
}

/**
 * The organization's figures for a period (default: this calendar year, Vietnamese time). A person is
 * one normalized phone across contests; a participant counts on the day of their first attempt in a
 * round; disqualified participants are left out. Finalized rounds are read from the stored rollups
 * (computed here first if missing), open rounds live from the attempts.
 */
export function organizationOverview(db: Db, orgId: number, query: StatsPeriodQuery = {}, now: number = Date.now()): OrgOverview {
  const org = repo.organizationName(db, orgId);
  if (!org) throw NotFound('Không tìm thấy tổ chức.');
  storeFinalizedRounds(db, orgId, now);
  const p = resolvePeriod(query, now);
  const live = repo.liveRoundIds(db, orgId, p.toMs);
  const range = { org: orgId, fromDay: p.fromDay, toDay: p.toDay };
  const people = peopleOfPeriod(db, live, range, now);
  const dayRows = db.all<{ month: number; contestId: number; attempts: number; submitted: number; finished: number }>(sql`
    with days as (${repo.daysSource(orgId, p.fromDay, p.toDay, live)})
    select day / 100 as month, contest_id as contestId, sum(attempts) as attempts, sum(submitted) as submitted, sum(finished) as finished from days group by month, contest_id`);
  const splitCounts = (index: 0 | 1 | 2) => {
    const m = new Map<string | null, number>();
    for (const [key, n] of people.splits) {
      const v = key.split('|')[index] || null;
      m.set(v, (m.get(v) ?? 0) + n);
    }
    return m;
  };
  const participants = people.total;

  const held = repo.contestsHeld(db, orgId, p.fromMs, p.toMs);
  const heldYears = repo.contestYears(db, orgId, p.fromMs, p.toMs);
  const unitInfo = new Map(repo.unitsByIds(db, [...people.units.keys()]).map((u) => [u.id, u]));

  const months = monthsOf(p.from, p.to);
  const perMonth = months.map((m) => ({
    month: `${String(Math.floor(m / 100))}-${String(m % 100).padStart(2, '0')}`,
    participants: people.months.get(m) ?? 0,
    attempts: dayRows.filter((r) => r.month === m).reduce((s, r) => s + r.attempts, 0),
  }));

  const unitsAll: UnitParticipation[] = [...people.units].map(([unitId, n]) => {
    const info = unitInfo.get(unitId);
    const population = info?.population ?? null;
    return { unitId, unit: info?.name ?? `#${unitId}`, participants: n, population, ratePer1000: ratePer1000(n, population) };
  });
  const byName = (a: UnitParticipation, b: UnitParticipation) => compareVietnamese(a.unit, b.unit);
  const topUnitsByParticipants = [...unitsAll].sort((a, b) => b.participants - a.participants || byName(a, b)).slice(0, TOP_UNITS);
  const topUnitsByRate = unitsAll
    .filter((u) => u.ratePer1000 !== null)
    .sort((a, b) => (b.ratePer1000 ?? 0) - (a.ratePer1000 ?? 0) || byName(a, b))
    .slice(0, TOP_UNITS);

  const sumRows = (rows: typeof dayRows) => {
    const attempts = rows.reduce((s, r) => s + r.attempts, 0);
    const finished = rows.reduce((s, r) => s + r.finished, 0);
    const submitted = rows.reduce((s, r) => s + r.submitted, 0);
    return { attempts, completionRate: finished > 0 ? submitted / finished : null };
  };
  const totals = sumRows(dayRows);
  const years = [...new Set(months.map((m) => Math.floor(m / 100)))];
  const rows: SummaryRow[] = years.map((year) => {
    const ids = heldYears.filter((c) => c.y_from <= year && year <= c.y_to).map((c) => c.contest_id);
    const inYear = [...new Set(ids)];
    return {
      label: `Năm ${year}`,
      contests: inYear.length,
      contestTitles: held.filter((c) => inYear.includes(c.id)).map((c) => c.title),
      participants: people.years.get(year) ?? 0,
      ...sumRows(dayRows.filter((r) => Math.floor(r.month / 100) === year)),
      units: [...people.yearUnits.keys()].filter((k) => k.startsWith(`${year}:`)).length,
    };
  });
  const total: SummaryRow = {
    label: 'Tổng cộng',
    contests: held.length,
    contestTitles: held.map((c) => c.title),
    participants,
    ...totals,
    units: people.units.size,
  };

  return {
    organization: org,
    period: { from: p.from, to: p.to },
    computedAt: new Date(now).toISOString(),
    totals: { contests: held.length, participants, attempts: totals.attempts, completionRate: totals.completionRate },
    perMonth,
    topUnitsByParticipants,
    topUnitsByRate,
    byEntrantType: slices(EntrantTypeSchema.options, entrantTypeLabelsVi, splitCounts(0), participants),
    byAgeBand: slices(AgeBandSchema.options, ageBandLabelsVi, splitCounts(2), participants),
    byGender: slices(GenderSchema.options, genderLabelsVi, splitCounts(1), participants),
    summary: {
      title: `KẾT QUẢ TỔ CHỨC CUỘC THI TÌM HIỂU PHÁP LUẬT TRỰC TUYẾN (từ ngày ${viDate(p.from)} đến ngày ${viDate(p.to)})`,
      rows,
      total,
    },
    contests: held.map((c) => ({
      id: c.id,
      title: c.title,
      status: c.status,
      participants: people.contests.get(c.id) ?? 0,
      attempts: dayRows.filter((r) => r.contestId === c.id).reduce((s, r) => s + r.attempts, 0),
    })),
  };
}

/**
 * Distinct people of the period: the stored rollup counted in SQL (once per period, then kept until a
 * round's stored rows change), then each person who also took part in an open round swapped from their
 * stored contribution to their full one.
 */
function peopleOfPeriod(db: Db, live: readonly number[], range: Range, now: number): PeopleAggregate {
  const cached = cachedAggregate(db, range);
  let agg: PeopleAggregate;
  if (cached) agg = deserializeAggregate(cached);
  else {
    agg = storedAggregate(db, range);
    saveAggregate(db, range, serializeAggregate(agg), now);
  }
  const liveRows = livePeople(db, live, range);
  const group = (rows: (PersonRow & { personKey: number })[]) => {
    const by = new Map<number, PersonRow[]>();
    for (const { personKey, ...row } of rows) {
      const list = by.get(personKey);
      if (list) list.push(row);
      else by.set(personKey, [row]);
    }
    return by;
  };
  const livePeopleRows = group(liveRows);
  const storedOfLive = group(storedRowsOfPeople(db, [...livePeopleRows.keys()], range));
  for (const [personKey, rows] of livePeopleRows) {
    const stored = storedOfLive.get(personKey) ?? [];
    contribute(agg, stored, -1);
    contribute(agg, [...stored, ...rows], 1);
  }
  return agg;
}

/** Every month of the period as YYYYMM, so empty months show as zero rather than a gap. */
function monthsOf(from: string, to: string): number[] {
  const out: number[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const end = Number(to.slice(0, 4)) * 100 + Number(to.slice(5, 7));
  while (y * 100 + m <= end) {
    out.push(y * 100 + m);
    if (++m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}
