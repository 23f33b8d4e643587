import { and, eq, inArray, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import {
  contests,
  organizations,
  rounds,
  statPeriodAggregates,
  statRoundDays,
  statRoundPeople,
  statRoundSummaries,
  units,
  type DbOrTx,
} from '@thiphapluat/db';

/** `in (…)` over ids; callers never pass an empty list. */
const idList = (ids: readonly number[]) => sql`(${sql.join(ids.map((id) => sql`${id}`), sql`, `)})`;

/** Asia/Ho_Chi_Minh is UTC+7 all year. */
const VN_OFFSET_MS = 7 * 3_600_000;

/** A UTC millisecond column as the Vietnamese calendar day YYYYMMDD (an integer, so periods are ranges). */
const localDay = (ms: SQL) => sql`cast(strftime('%Y%m%d', (${ms} + ${VN_OFFSET_MS}) / 1000, 'unixepoch') as integer)`;

/**
 * One row per (round, participant) with an attempt, disqualified left out: the shape of
 * stat_round_people. Used to fill that table for a finalized round and read live for open rounds.
 * The person key is the phone's digits (phones are stored normalized as +84…). Age is whole years on
 * the day of the first attempt: YYYYMMDD integers subtract to the age × 10,000 plus a remainder.
 * The round index is named: left to itself SQLite may walk the whole (participant, round) index to
 * get the GROUP BY order for free, which reads every attempt of the database for each round.
 */
export function peopleSelect(roundIds: readonly number[]): SQL {
  const age = sql`((x.day - x.birth) / 10000)`;
  return sql`select x.round_id, x.participant_id, x.organization_id, x.contest_id, x.person_key, x.day, x.unit_id, x.entrant_type, x.gender,
      case when ${age} < 16 then 'under_16' when ${age} <= 30 then '16_30' when ${age} <= 45 then '31_45' when ${age} <= 60 then '46_60' else 'over_60' end as age_band,
      x.attempts
    from (
      select a.round_id, a.participant_id, c.organization_id, a.contest_id,
        cast(substr(p.phone, 2) as integer) as person_key,
        ${localDay(sql`min(a.started_at)`)} as day,
        cast(replace(p.birth_date, '-', '') as integer) as birth,
        p.unit_id, p.entrant_type, p.gender, count(*) as attempts
      from attempts a indexed by attempts_round
      join participants p on p.id = a.participant_id
      join contests c on c.id = a.contest_id
      where a.round_id in ${idList(roundIds)} and p.disqualified_at is null
      group by a.round_id, a.participant_id
    ) x`;
}

/** Attempts per round and Vietnamese day they started on, disqualified left out: stat_round_days without entrants. */
export function daysSelect(roundIds: readonly number[]): SQL {
  return sql`select a.round_id, ${localDay(sql`a.started_at`)} as day, c.organization_id, a.contest_id,
      count(*) as attempts,
      sum(a.status = 'submitted') as submitted,
      sum(a.status <> 'in_progress') as finished
    from attempts a indexed by attempts_round
    join participants p on p.id = a.participant_id
    join contests c on c.id = a.contest_id
    where a.round_id in ${idList(roundIds)} and p.disqualified_at is null
    group by a.round_id, day`;
}

/** Writes a finalized round's people and days rows (the caller deletes old ones in the same transaction). */
export function insertRoundRollup(db: DbOrTx, roundId: number): void {
  db.run(sql`insert into ${statRoundPeople} (round_id, participant_id, organization_id, contest_id, person_key, day, unit_id, entrant_type, gender, age_band, attempts) ${peopleSelect([roundId])}`);
  db.run(sql`insert into ${statRoundDays} (round_id, day, organization_id, contest_id, attempts, submitted, finished, entrants)
    select d.round_id, d.day, d.organization_id, d.contest_id, d.attempts, d.submitted, d.finished, coalesce(e.n, 0)
    from (${daysSelect([roundId])}) d
    left join (select day, count(*) as n from ${statRoundPeople} where round_id = ${roundId} group by day) e on e.day = d.day`);
}

/** Deletes rounds' stored rows, and the period aggregates of their organizations that counted them. */
export function deleteRoundRollup(db: DbOrTx, roundIds: readonly number[]): void {
  if (roundIds.length === 0) return;
  db.run(sql`delete from ${statPeriodAggregates} where organization_id in (
    select c.organization_id from ${rounds} r join ${contests} c on c.id = r.contest_id where r.id in ${idList(roundIds)})`);
  db.delete(statRoundPeople).where(inArray(statRoundPeople.roundId, [...roundIds])).run();
  db.delete(statRoundDays).where(inArray(statRoundDays.roundId, [...roundIds])).run();
  db.delete(statRoundSummaries).where(inArray(statRoundSummaries.roundId, [...roundIds])).run();
}

export function insertSummary(db: DbOrTx, row: typeof statRoundSummaries.$inferInsert): void {
  db.insert(statRoundSummaries).values(row).run();
}

export function summariesOf(db: DbOrTx, roundIds: readonly number[]) {
  if (roundIds.length === 0) return [];
  return db.select().from(statRoundSummaries).where(inArray(statRoundSummaries.roundId, [...roundIds])).all();
}

/** Finalized rounds whose figures are not stored yet (new, or deleted by a change of standing). */
export function finalizedRoundsWithoutSummary(db: DbOrTx, organizationId: number) {
  return db
    .select({ id: rounds.id })
    .from(rounds)
    .innerJoin(contests, eq(contests.id, rounds.contestId))
    .leftJoin(statRoundSummaries, eq(statRoundSummaries.roundId, rounds.id))
    .where(and(eq(contests.organizationId, organizationId), isNotNull(rounds.finalizedAt), isNull(statRoundSummaries.roundId)))
    .all()
    .map((r) => r.id);
}

/** Rounds of the organization still changing (not finalized) that opened by `before`. */
export function liveRoundIds(db: DbOrTx, organizationId: number, before: number, contestId?: number): number[] {
  return db
    .select({ id: rounds.id })
    .from(rounds)
    .innerJoin(contests, eq(contests.id, rounds.contestId))
    .where(
      and(
        eq(contests.organizationId, organizationId),
        isNull(rounds.finalizedAt),
        sql`${rounds.opensAt} <= ${before}`,
        contestId === undefined ? undefined : eq(contests.id, contestId),
      ),
    )
    .all()
    .map((r) => r.id);
}

export function organizationName(db: DbOrTx, organizationId: number) {
  return db.select({ id: organizations.id, name: organizations.name }).from(organizations).where(eq(organizations.id, organizationId)).get();
}

/** Contests (not drafts) with a round open at some time in [fromMs, toMs], in the order they opened. */
export function contestsHeld(db: DbOrTx, organizationId: number, fromMs: number, toMs: number) {
  return db.all<{ id: number; title: string; status: (typeof contests.$inferSelect)['status'] }>(sql`
    select c.id, c.title, c.status from ${contests} c join ${rounds} r on r.contest_id = c.id
    where c.organization_id = ${organizationId} and c.status <> 'draft' and r.opens_at <= ${toMs} and r.closes_at >= ${fromMs}
    group by c.id order by min(r.opens_at), c.id`);
}

/** Contest years in the period: a contest counts in every calendar year one of its rounds is open in. */
export function contestYears(db: DbOrTx, organizationId: number, fromMs: number, toMs: number) {
  return db.all<{ contest_id: number; y_from: number; y_to: number }>(sql`
    select c.id as contest_id,
      cast(strftime('%Y', (max(r.opens_at, ${fromMs}) + ${VN_OFFSET_MS}) / 1000, 'unixepoch') as integer) as y_from,
      cast(strftime('%Y', (min(r.closes_at, ${toMs}) + ${VN_OFFSET_MS}) / 1000, 'unixepoch') as integer) as y_to
    from ${contests} c join ${rounds} r on r.contest_id = c.id
    where c.organization_id = ${organizationId} and c.status <> 'draft' and r.opens_at <= ${toMs} and r.closes_at >= ${fromMs}`);
}

export function unitsByIds(db: DbOrTx, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return db.select({ id: units.id, name: units.name, population: units.population }).from(units).where(inArray(units.id, [...ids])).all();
}

/** Attempts per day of the period: stored days of finalized rounds and live ones of open rounds, as one SQL source. */
export function daysSource(organizationId: number, fromDay: number, toDay: number, live: readonly number[]): SQL {
  const stored = sql`select day, contest_id, attempts, submitted, finished from ${statRoundDays} where organization_id = ${organizationId} and day between ${fromDay} and ${toDay}`;
  if (live.length === 0) return stored;
  return sql`${stored} union all select day, contest_id, attempts, submitted, finished from (${daysSelect(live)}) where day between ${fromDay} and ${toDay}`;
}
