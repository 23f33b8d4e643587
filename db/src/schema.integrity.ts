/**
 * Anti-cheat: the signals the server observes about who connects from where, each contest's detector
 * weights, and the suspicion scores with their evidence and the organizer's decision. Network and
 * device identifiers are stored only as keyed hashes (personal data).
 */
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { attempts, contests, participants, rounds, staffUsers } from './schema.js';

export type IntegritySignalKind = 'register' | 'start' | 'join';

/** One observation of a participant's network and device: at registration, attempt start and live join. */
export const integritySignals = sqliteTable(
  'integrity_signals',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    contestId: integer('contest_id').notNull().references(() => contests.id),
    participantId: text('participant_id').notNull().references(() => participants.id),
    attemptId: text('attempt_id').references(() => attempts.id),
    kind: text('kind').$type<IntegritySignalKind>().notNull(),
    /** Keyed hash of the client IP. */
    ipHash: text('ip_hash').notNull(),
    /** Keyed hash of the device id the client keeps in its storage; null when it sent none. */
    deviceHash: text('device_hash'),
    /** Hash of the user-agent string: enough to notice a change of browser, nothing more. */
    uaHash: text('ua_hash').notNull(),
    at: integer('at').notNull(),
  },
  (t) => [
    index('integrity_signals_contest_device').on(t.contestId, t.deviceHash),
    index('integrity_signals_contest_ip').on(t.contestId, t.ipHash, t.at),
    index('integrity_signals_attempt').on(t.attemptId),
  ],
);

/** Per contest: the organizers' weights (detector name → points) and the review threshold. */
export const integritySettings = sqliteTable('integrity_settings', {
  contestId: integer('contest_id').primaryKey().references(() => contests.id),
  weights: text('weights', { mode: 'json' }).$type<Record<string, number>>().notNull(),
  threshold: integer('threshold').notNull(),
  updatedBy: integer('updated_by').references(() => staffUsers.id),
  updatedAt: integer('updated_at').notNull(),
});

export type IntegrityEvidenceRow = { detector: string; points: number; detail: string; attemptId: string | null };

/** The suspicion score of one attempt, from the detectors that look at a single attempt. */
export const integrityAttemptScores = sqliteTable(
  'integrity_attempt_scores',
  {
    attemptId: text('attempt_id').primaryKey().references(() => attempts.id),
    participantId: text('participant_id').notNull().references(() => participants.id),
    roundId: integer('round_id').notNull().references(() => rounds.id),
    score: integer('score').notNull(),
    evidence: text('evidence', { mode: 'json' }).$type<IntegrityEvidenceRow[]>().notNull(),
    computedAt: integer('computed_at').notNull(),
  },
  (t) => [index('integrity_attempt_scores_participant').on(t.participantId)],
);

export type IntegrityDecision = 'cleared' | 'disqualified';

/**
 * A participant's suspicion score (the highest attempt score plus the participant-level signals) and
 * the organizer's decision on it. The decision is kept when the score is recomputed.
 */
export const integrityReviews = sqliteTable(
  'integrity_reviews',
  {
    contestId: integer('contest_id').notNull().references(() => contests.id),
    participantId: text('participant_id').notNull().references(() => participants.id),
    score: integer('score').notNull(),
    evidence: text('evidence', { mode: 'json' }).$type<IntegrityEvidenceRow[]>().notNull(),
    computedAt: integer('computed_at').notNull(),
    decision: text('decision').$type<IntegrityDecision>(),
    decisionReason: text('decision_reason'),
    decidedBy: integer('decided_by').references(() => staffUsers.id),
    decidedAt: integer('decided_at'),
  },
  (t) => [primaryKey({ columns: [t.contestId, t.participantId] }), index('integrity_reviews_score').on(t.contestId, t.score)],
);
