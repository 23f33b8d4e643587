import { and, eq, sql } from 'drizzle-orm';
import { statPeriodAggregates, type DbOrTx } from '@thiphapluat/db';
import { emptyAggregate, splitKey, type PeopleAggregate, type PersonRow } from './people-aggregate.js';
import { peopleSelect } from './stats.repository.js';

/*
 * The overview's distinct counts over the stored rollup. Each query names the index whose order is the
 * grouping (INDEXED BY, SQLite-specific): SQLite then counts distinct people while it scans, where any
 * other plan sorts every row of the period first, which is what makes a year of data slow.
 */

export interface Range {
  org: number;
  fromDay: number;
  toDay: number;
}

/** Stored people of the period, counted: every figure of PeopleAggregate. */
export function storedAggregate(db: DbOrTx, { org, fromDay, toDay }: Range): PeopleAggregate {
  const agg = emptyAggregate();
  const inPeriod = sql`organization_id = ${org} and day between ${fromDay} and ${toDay}`;
  const fromMonth = Math.floor(fromDay / 100);
  const toMonth = Math.floor(toDay / 100);
  const fromYear = Math.floor(fromDay / 10000);
  const toYear = Math.floor(toDay / 10000);

  // Each person once, with the latest row's attributes (the bare columns of the row holding max(day)).
  const splits = db.all<{ e: string | null; g: string | null; a: string; n: number }>(sql`
    select e, g, a, count(*) as n from (
      select person_key, max(day), entrant_type as e, gender as g, age_band as a
      from stat_round_people indexed by stat_round_people_person where ${inPeriod} group by person_key
    ) group by e, g, a`);
  for (const s of splits) {
    agg.total += s.n;
    agg.splits.set(splitKey(s.e, s.g, s.a), s.n);
  }
  for (const r of db.all<{ k: number; n: number }>(sql`
    select day / 100 as k, count(distinct person_key) as n from stat_round_people indexed by stat_round_people_month
    where organization_id = ${org} and day / 100 between ${fromMonth} and ${toMonth} and day between ${fromDay} and ${toDay} group by day / 100`))
    agg.months.set(r.k, r.n);
  for (const r of db.all<{ k: number; n: number }>(sql`
    select day / 10000 as k, count(distinct person_key) as n from stat_round_people indexed by stat_round_people_year
    where organization_id = ${org} and day / 10000 between ${fromYear} and ${toYear} and day between ${fromDay} and ${toDay} group by day / 10000`))
    agg.years.set(r.k, r.n);
  for (const r of db.all<{ k: number; n: number }>(sql`
    select unit_id as k, count(distinct person_key) as n from stat_round_people indexed by stat_round_people_unit
    where ${inPeriod} and unit_id is not null group by unit_id`))
    agg.units.set(r.k, r.n);
  for (const r of db.all<{ k: number; n: number }>(sql`
    select contest_id as k, count(distinct person_key) as n from stat_round_people indexed by stat_round_people_contest
    where ${inPeriod} group by contest_id`))
    agg.contests.set(r.k, r.n);
  if (fromYear === toYear) {
    for (const [unit, n] of agg.units) agg.yearUnits.set(`${fromYear}:${unit}`, n);
  } else {
    // Several years (rarer): units per year need a sort of the period's unit rows.
    for (const r of db.all<{ y: number; u: number; n: number }>(sql`
      select day / 10000 as y, unit_id as u, count(distinct person_key) as n from stat_round_people indexed by stat_round_people_unit
      where ${inPeriod} and unit_id is not null group by y, unit_id`))
      agg.yearUnits.set(`${r.y}:${r.u}`, r.n);
  }
  return agg;
}

type LiveRow = PersonRow & { personKey: number };

/** People rows of the open rounds within the period, computed from the attempts. */
export function livePeople(db: DbOrTx, liveRoundIds: readonly number[], { fromDay, toDay }: Range): LiveRow[] {
  if (liveRoundIds.length === 0) return [];
  return db.all<LiveRow>(sql`
    select person_key as personKey, day, unit_id as unitId, entrant_type as entrantType, gender, age_band as ageBand, contest_id as contestId
    from (${peopleSelect(liveRoundIds)}) where day between ${fromDay} and ${toDay}`);
}

/** The stored rows in the period of these people (index lookups), with their person key. */
export function storedRowsOfPeople(db: DbOrTx, personKeys: readonly number[], { org, fromDay, toDay }: Range): (PersonRow & { personKey: number })[] {
  if (personKeys.length === 0) return [];
  return db.all(sql`
    select person_key as personKey, day, unit_id as unitId, entrant_type as entrantType, gender, age_band as ageBand, contest_id as contestId
    from stat_round_people indexed by stat_round_people_person
    where organization_id = ${org} and person_key in (select value from json_each(${JSON.stringify(personKeys)})) and day between ${fromDay} and ${toDay}`);
}

export function cachedAggregate(db: DbOrTx, { org, fromDay, toDay }: Range): unknown {
  return db
    .select({ aggregate: statPeriodAggregates.aggregate })
    .from(statPeriodAggregates)
    .where(and(eq(statPeriodAggregates.organizationId, org), eq(statPeriodAggregates.fromDay, fromDay), eq(statPeriodAggregates.toDay, toDay)))
    .get()?.aggregate;
}

/** Periods kept per organization: any period can be asked for, so the oldest make room. */
const KEPT_PERIODS = 100;

export function saveAggregate(db: DbOrTx, { org, fromDay, toDay }: Range, aggregate: unknown, at: number): void {
  db.insert(statPeriodAggregates).values({ organizationId: org, fromDay, toDay, aggregate, computedAt: at }).onConflictDoNothing().run();
  db.run(sql`delete from ${statPeriodAggregates} where organization_id = ${org} and rowid not in (
    select rowid from ${statPeriodAggregates} where organization_id = ${org} order by computed_at desc limit ${KEPT_PERIODS})`);
}
