/**
 * Statistics of finalized rounds, computed once from the attempts and kept (open rounds are computed
 * live with the same queries). A disqualification or reinstatement deletes a round's rows, and the
 * next read computes them again. Disqualified participants are never in these tables.
 */
import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { EntrantType, Gender } from '@thiphapluat/shared';
import { contests, organizations, participants, rounds, units } from './schema.js';

/**
 * One row per participant who took part in a finalized round. `personKey` identifies a person across
 * contests (the digits of the normalized phone), and `day` is the Vietnamese calendar day of their
 * first attempt in the round as YYYYMMDD, so a period is a plain integer range.
 */
export const statRoundPeople = sqliteTable(
  'stat_round_people',
  {
    roundId: integer('round_id').notNull().references(() => rounds.id),
    participantId: text('participant_id').notNull().references(() => participants.id),
    organizationId: integer('organization_id').notNull().references(() => organizations.id),
    contestId: integer('contest_id').notNull().references(() => contests.id),
    personKey: integer('person_key').notNull(),
    day: integer('day').notNull(),
    unitId: integer('unit_id').references(() => units.id),
    entrantType: text('entrant_type').$type<EntrantType>(),
    gender: text('gender').$type<Gender>(),
    /** Age on `day`, banded (see AgeBandSchema in shared). */
    ageBand: text('age_band').notNull(),
    attempts: integer('attempts').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.roundId, t.participantId] }),
    // The organization overview counts distinct people per person, month, year, unit and contest. Each
    // count reads one of these covering indexes in order, so SQLite groups and counts distinct keys as it
    // scans instead of sorting the period's rows (see overview.repository.ts).
    index('stat_round_people_person').on(t.organizationId, t.personKey, t.day, t.entrantType, t.gender, t.ageBand),
    index('stat_round_people_month').on(t.organizationId, sql`(${t.day} / 100)`, t.personKey, t.day),
    index('stat_round_people_year').on(t.organizationId, sql`(${t.day} / 10000)`, t.personKey, t.day),
    index('stat_round_people_unit').on(t.organizationId, t.unitId, t.personKey, t.day),
    index('stat_round_people_contest').on(t.organizationId, t.contestId, t.personKey, t.day),
  ],
);

/** Attempts of a finalized round per Vietnamese calendar day (YYYYMMDD) they started on. */
export const statRoundDays = sqliteTable(
  'stat_round_days',
  {
    roundId: integer('round_id').notNull().references(() => rounds.id),
    day: integer('day').notNull(),
    organizationId: integer('organization_id').notNull().references(() => organizations.id),
    contestId: integer('contest_id').notNull().references(() => contests.id),
    attempts: integer('attempts').notNull(),
    /** Submitted by the participant before the deadline. */
    submitted: integer('submitted').notNull(),
    /** Final: submitted or ended by the clock. */
    finished: integer('finished').notNull(),
    /** Participants whose first attempt in the round was on this day. */
    entrants: integer('entrants').notNull(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.day] }), index('stat_round_days_period').on(t.organizationId, t.day, t.attempts, t.submitted, t.finished)],
);

/** The rest of a finalized round's figures (score distribution, durations, prediction), read whole. */
export const statRoundSummaries = sqliteTable('stat_round_summaries', {
  roundId: integer('round_id').primaryKey().references(() => rounds.id),
  organizationId: integer('organization_id').notNull().references(() => organizations.id),
  contestId: integer('contest_id').notNull().references(() => contests.id),
  summary: text('summary', { mode: 'json' }).$type<unknown>().notNull(),
  computedAt: integer('computed_at').notNull(),
});

/**
 * The stored part of the organization overview for a period, counted once: distinct people per month,
 * year, unit, contest and split (a small JSON object). Deleted, for the whole organization, whenever a
 * round's stored rows are written or deleted; open rounds are never in it (they are added at read time).
 */
export const statPeriodAggregates = sqliteTable(
  'stat_period_aggregates',
  {
    organizationId: integer('organization_id').notNull().references(() => organizations.id),
    fromDay: integer('from_day').notNull(),
    toDay: integer('to_day').notNull(),
    aggregate: text('aggregate', { mode: 'json' }).$type<unknown>().notNull(),
    computedAt: integer('computed_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.fromDay, t.toDay] })],
);
