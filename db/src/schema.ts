/**
 * The data model. Times are integer milliseconds since the epoch, UTC; the UI shows them in
 * Asia/Ho_Chi_Minh. JSON columns hold small, fixed-shape values that are always read whole.
 */
import { sql } from 'drizzle-orm';
import {
  type AnySQLiteColumn,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';
import type { EntrantType, FieldMode, Gender, Prize, ShowAnswers } from '@thiphapluat/shared';

const id = () => integer('id').primaryKey({ autoIncrement: true });
const createdAt = () => integer('created_at').notNull();

export const organizations = sqliteTable('organizations', {
  id: id(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  createdAt: createdAt(),
});

/**
 * Units (đơn vị) are data: a hierarchy imported by organizers. A unit is never deleted once used;
 * it gets a validTo instead, so old contests keep the units they ran with.
 */
export const units = sqliteTable(
  'units',
  {
    id: id(),
    organizationId: integer('organization_id').notNull().references(() => organizations.id),
    parentId: integer('parent_id').references((): AnySQLiteColumn => units.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    /** Folded (no diacritics, đ→d) for search. */
    nameFolded: text('name_folded').notNull(),
    /** province, commune, ward, agency, department, school… free text, not an enum: it is data. */
    kind: text('kind').notNull(),
    /** For participation rates; entered by organizers where known. */
    population: integer('population'),
    validFrom: integer('valid_from'),
    validTo: integer('valid_to'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('units_org_code').on(t.organizationId, t.code), index('units_parent').on(t.parentId)],
);

/** Legal fields (lĩnh vực pháp luật). organizationId null: the shared national list; set: one organization's own. */
export const legalFields = sqliteTable('legal_fields', {
  id: id(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  organizationId: integer('organization_id').references(() => organizations.id),
  createdAt: createdAt(),
});

/** A question's identity. Its content lives in versions; a version used in an attempt is frozen. */
export const questions = sqliteTable(
  'questions',
  {
    id: id(),
    organizationId: integer('organization_id').notNull().references(() => organizations.id),
    latestVersion: integer('latest_version').notNull().default(1),
    /**
     * The bank question this one looked like when it was last saved or imported (a hint for the list,
     * computed once at save time rather than on every page view).
     */
    likelyDuplicateOf: integer('likely_duplicate_of').references((): AnySQLiteColumn => questions.id),
    createdAt: createdAt(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [index('questions_org').on(t.organizationId)],
);

export type QuestionOption = { id: string; text: string };
export type QuestionStatus = 'draft' | 'in_review' | 'published' | 'retired';

export const questionVersions = sqliteTable(
  'question_versions',
  {
    id: id(),
    questionId: integer('question_id').notNull().references(() => questions.id),
    version: integer('version').notNull(),
    status: text('status').$type<QuestionStatus>().notNull(),
    text: text('text').notNull(),
    /** Option ids are random per version, so an id never hints at the option's place in the bank. */
    options: text('options', { mode: 'json' }).$type<QuestionOption[]>().notNull(),
    correctOptionIds: text('correct_option_ids', { mode: 'json' }).$type<string[]>().notNull(),
    explanation: text('explanation').notNull(),
    citationDocument: text('citation_document').notNull(),
    citationArticle: text('citation_article').notNull(),
    difficulty: integer('difficulty').$type<1 | 2 | 3>().notNull(),
    /** The first legal field tag; the draw blueprint counts by it. */
    primaryFieldId: integer('primary_field_id').notNull().references(() => legalFields.id),
    /** GIFT ::title:: or a short organizer label; optional. */
    title: text('title'),
    /** Where it came from, e.g. "gift:bo-cau-hoi.txt:12"; null when written in the studio. */
    source: text('source'),
    /** Staff user who wrote this version; null for seeded data. */
    createdBy: integer('created_by').references(() => staffUsers.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('question_versions_qv').on(t.questionId, t.version),
    index('question_versions_draw').on(t.status, t.primaryFieldId, t.difficulty),
  ],
);

export const questionVersionFields = sqliteTable(
  'question_version_fields',
  {
    questionVersionId: integer('question_version_id').notNull().references(() => questionVersions.id),
    legalFieldId: integer('legal_field_id').notNull().references(() => legalFields.id),
  },
  (t) => [primaryKey({ columns: [t.questionVersionId, t.legalFieldId] })],
);

export type RegistrationFieldModes = { cccd: FieldMode; email: FieldMode; unit: FieldMode; entrantType: FieldMode; gender?: FieldMode };
export type ContestStatusValue = 'draft' | 'published' | 'closed' | 'results_published' | 'archived';
export type RankingTiebreaker = 'prediction' | 'duration' | 'submittedAt';
export type CollectivePrize = { count: number; basis: 'participants' | 'rate'; label: string };

export const contests = sqliteTable(
  'contests',
  {
    id: id(),
    organizationId: integer('organization_id').notNull().references(() => organizations.id),
    slug: text('slug').notNull().unique(),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    /** Thể lệ, markdown written by the organizer. */
    rulesMd: text('rules_md').notNull(),
    status: text('status').$type<ContestStatusValue>().notNull(),
    minAge: integer('min_age'),
    registrationFields: text('registration_fields', { mode: 'json' }).$type<RegistrationFieldModes>().notNull(),
    consentText: text('consent_text').notNull(),
    predictionEnabled: integer('prediction_enabled', { mode: 'boolean' }).notNull(),
    predictionPrompt: text('prediction_prompt').notNull(),
    showAnswers: text('show_answers').$type<ShowAnswers>().notNull(),
    pointsPerQuestion: integer('points_per_question').notNull().default(1),
    /** Grace after the deadline for answers already in flight. */
    answerGraceMs: integer('answer_grace_ms').notNull().default(2000),
    prizes: text('prizes', { mode: 'json' }).$type<Prize[]>().notNull(),
    bannerUrl: text('banner_url'),
    /** Tie-breakers after the score, in order. */
    rankingTiebreakers: text('ranking_tiebreakers', { mode: 'json' })
      .$type<RankingTiebreaker[]>()
      .notNull()
      .default(sql`'["prediction","duration","submittedAt"]'`),
    /** A person wins at most one individual prize across the contest's rounds. */
    onePrizePerPerson: integer('one_prize_per_person', { mode: 'boolean' }).notNull().default(true),
    /** Giải tập thể: units ranked by participation. null when the contest has none. */
    collectivePrize: text('collective_prize', { mode: 'json' }).$type<CollectivePrize>(),
    clonedFromId: integer('cloned_from_id').references((): AnySQLiteColumn => contests.id),
    /** Days after the last round closes until participants' personal fields are erased (statistics stay). */
    retentionDays: integer('retention_days').notNull().default(365),
    createdAt: createdAt(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [index('contests_org').on(t.organizationId)],
);

/** The units a contest offers at registration: a snapshot, so later imports don't change old contests. */
export const contestUnits = sqliteTable(
  'contest_units',
  {
    contestId: integer('contest_id').notNull().references(() => contests.id),
    unitId: integer('unit_id').notNull().references(() => units.id),
  },
  (t) => [primaryKey({ columns: [t.contestId, t.unitId] })],
);

export const rounds = sqliteTable(
  'rounds',
  {
    id: id(),
    contestId: integer('contest_id').notNull().references(() => contests.id),
    seq: integer('seq').notNull(),
    name: text('name').notNull(),
    opensAt: integer('opens_at').notNull(),
    closesAt: integer('closes_at').notNull(),
    timeLimitSec: integer('time_limit_sec').notNull(),
    /** null means unlimited. */
    maxAttempts: integer('max_attempts'),
    /** Set once the round's final ranking (with the prediction truth) has been computed. */
    finalizedAt: integer('finalized_at'),
    /** The true figure predictions are compared with, fixed when the round is finalized. */
    predictionTruth: integer('prediction_truth'),
    /** null: the contest's setting. */
    showAnswers: text('show_answers').$type<ShowAnswers>(),
    /** Set when the organizer publishes the reviewed winners list. */
    resultsPublishedAt: integer('results_published_at'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('rounds_contest_seq').on(t.contestId, t.seq)],
);

/**
 * Draw blueprint: how many questions of a legal field and difficulty a round draws.
 * A null field or difficulty means "any". The round's question count is the sum.
 */
export const drawBlueprints = sqliteTable(
  'draw_blueprints',
  {
    id: id(),
    roundId: integer('round_id').notNull().references(() => rounds.id),
    legalFieldId: integer('legal_field_id').references(() => legalFields.id),
    difficulty: integer('difficulty').$type<1 | 2 | 3>(),
    count: integer('count').notNull(),
  },
  (t) => [index('draw_blueprints_round').on(t.roundId)],
);

/** One per contest per normalized phone. CCCD is kept only as a keyed hash and its last 3 digits. */
export const participants = sqliteTable(
  'participants',
  {
    id: text('id').primaryKey(),
    contestId: integer('contest_id').notNull().references(() => contests.id),
    phone: text('phone').notNull(),
    fullName: text('full_name').notNull(),
    birthDate: text('birth_date').notNull(),
    cccdHash: text('cccd_hash'),
    cccdLast3: text('cccd_last3'),
    email: text('email'),
    unitId: integer('unit_id').references(() => units.id),
    entrantType: text('entrant_type').$type<EntrantType>(),
    /** Asked only when the contest's gender field is on; null means unknown. */
    gender: text('gender').$type<Gender>(),
    passwordHash: text('password_hash').notNull(),
    consentText: text('consent_text').notNull(),
    consentedAt: integer('consented_at').notNull(),
    disqualifiedAt: integer('disqualified_at'),
    disqualifiedReason: text('disqualified_reason'),
    /** Staff user who decided it. */
    disqualifiedBy: integer('disqualified_by'),
    /** Personal fields erased (on request, or when the contest's retention ended); the row stays for statistics. */
    erasedAt: integer('erased_at'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('participants_contest_phone').on(t.contestId, t.phone),
    index('participants_contest_cccd').on(t.contestId, t.cccdHash),
    // Item analysis checks a contest's disqualified participants on every read of a stored round (few rows).
    index('participants_disqualified').on(t.contestId, t.id).where(sql`disqualified_at IS NOT NULL`),
  ],
);

export const participantSessions = sqliteTable(
  'participant_sessions',
  {
    /** sha256 of the bearer token; the token itself is never stored. */
    tokenHash: text('token_hash').primaryKey(),
    participantId: text('participant_id').notNull().references(() => participants.id),
    createdAt: createdAt(),
    expiresAt: integer('expires_at').notNull(),
  },
  (t) => [index('participant_sessions_participant').on(t.participantId)],
);

export type AttemptStatusValue = 'in_progress' | 'submitted' | 'expired';

export const attempts = sqliteTable(
  'attempts',
  {
    id: text('id').primaryKey(),
    participantId: text('participant_id').notNull().references(() => participants.id),
    roundId: integer('round_id').notNull().references(() => rounds.id),
    contestId: integer('contest_id').notNull().references(() => contests.id),
    /** 1 for the participant's first attempt in the round. */
    seq: integer('seq').notNull(),
    status: text('status').$type<AttemptStatusValue>().notNull(),
    startedAt: integer('started_at').notNull(),
    deadlineAt: integer('deadline_at').notNull(),
    submittedAt: integer('submitted_at'),
    durationMs: integer('duration_ms'),
    correctCount: integer('correct_count'),
    score: integer('score'),
    maxScore: integer('max_score').notNull(),
    prediction: integer('prediction'),
  },
  (t) => [
    uniqueIndex('attempts_participant_round_seq').on(t.participantId, t.roundId, t.seq),
    // At most one attempt in progress per participant: the database enforces it, not just the service.
    uniqueIndex('attempts_one_in_progress').on(t.participantId).where(sql`status = 'in_progress'`),
    index('attempts_sweep').on(t.status, t.deadlineAt),
    index('attempts_round').on(t.roundId, t.status),
  ],
);

export const attemptQuestions = sqliteTable(
  'attempt_questions',
  {
    attemptId: text('attempt_id').notNull().references(() => attempts.id),
    position: integer('position').notNull(),
    questionVersionId: integer('question_version_id').notNull().references(() => questionVersions.id),
    /** Option ids in the order this attempt shows them. */
    optionOrder: text('option_order', { mode: 'json' }).$type<string[]>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.attemptId, t.position] }), index('attempt_questions_version').on(t.questionVersionId)],
);

export const answers = sqliteTable(
  'answers',
  {
    attemptId: text('attempt_id').notNull().references(() => attempts.id),
    position: integer('position').notNull(),
    optionIds: text('option_ids', { mode: 'json' }).$type<string[]>().notNull(),
    clientSeq: integer('client_seq'),
    /** How many times it was changed; evidence for later analysis. */
    revisions: integer('revisions').notNull().default(1),
    firstSavedAt: integer('first_saved_at').notNull(),
    savedAt: integer('saved_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.attemptId, t.position] })],
);

/**
 * The best attempt per participant per round: what the leaderboard ranks. Maintained when an attempt
 * is finalized, so ranking reads one row per participant instead of scanning attempts.
 */
export const roundResults = sqliteTable(
  'round_results',
  {
    roundId: integer('round_id').notNull().references(() => rounds.id),
    participantId: text('participant_id').notNull().references(() => participants.id),
    attemptId: text('attempt_id').notNull().references(() => attempts.id),
    score: integer('score').notNull(),
    durationMs: integer('duration_ms').notNull(),
    submittedAt: integer('submitted_at').notNull(),
    prediction: integer('prediction'),
    /** The frozen rank, set when the round is finalized; null while it is open. */
    finalRank: integer('final_rank'),
  },
  (t) => [
    primaryKey({ columns: [t.roundId, t.participantId] }),
    index('round_results_rank').on(t.roundId, t.score, t.durationMs, t.submittedAt),
  ],
);

export const integrityEvents = sqliteTable(
  'integrity_events',
  {
    id: id(),
    attemptId: text('attempt_id').notNull().references(() => attempts.id),
    participantId: text('participant_id').notNull().references(() => participants.id),
    kind: text('kind').notNull(),
    source: text('source').$type<'client' | 'server'>().notNull(),
    details: text('details', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    at: integer('at').notNull(),
  },
  (t) => [index('integrity_events_attempt').on(t.attemptId), index('integrity_events_participant').on(t.participantId)],
);

/** The published winners of a round: written once when the organizer publishes the reviewed list. */
export const roundAwards = sqliteTable(
  'round_awards',
  {
    roundId: integer('round_id').notNull().references(() => rounds.id),
    participantId: text('participant_id').notNull().references(() => participants.id),
    rank: integer('rank').notNull(),
    tier: text('tier').$type<Prize['tier']>().notNull(),
    label: text('label').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.participantId] })],
);

export type StaffRole = 'admin' | 'organizer' | 'reviewer' | 'viewer';

/** Organization staff. Email is stored lowercased. A platform admin creates organizations. */
export const staffUsers = sqliteTable('staff_users', {
  id: id(),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  passwordHash: text('password_hash').notNull(),
  platformAdmin: integer('platform_admin', { mode: 'boolean' }).notNull().default(false),
  disabledAt: integer('disabled_at'),
  createdAt: createdAt(),
});

export const staffMemberships = sqliteTable(
  'staff_memberships',
  {
    userId: integer('user_id').notNull().references(() => staffUsers.id),
    organizationId: integer('organization_id').notNull().references(() => organizations.id),
    role: text('role').$type<StaffRole>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.organizationId] }), index('staff_memberships_org').on(t.organizationId)],
);

export const staffSessions = sqliteTable(
  'staff_sessions',
  {
    /** sha256 of the cookie value; the token itself is never stored. */
    tokenHash: text('token_hash').primaryKey(),
    userId: integer('user_id').notNull().references(() => staffUsers.id),
    createdAt: createdAt(),
    /** Idle expiry, pushed forward on use; absoluteExpiresAt caps it. */
    expiresAt: integer('expires_at').notNull(),
    absoluteExpiresAt: integer('absolute_expires_at').notNull(),
  },
  (t) => [index('staff_sessions_user').on(t.userId)],
);

/** Who did what, when, with the record before and after. Written in the same transaction as the change. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: id(),
    organizationId: integer('organization_id').references(() => organizations.id),
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    before: text('before', { mode: 'json' }).$type<unknown>(),
    after: text('after', { mode: 'json' }).$type<unknown>(),
    at: integer('at').notNull(),
  },
  (t) => [index('audit_log_org_at').on(t.organizationId, t.at)],
);

/** Small key/value store for instance settings (e.g. a generated development secret). */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});
