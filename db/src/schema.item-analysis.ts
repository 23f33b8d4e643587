/**
 * Item analysis of finalized rounds, stored once: the round's response histogram (one row per question
 * version drawn × options chosen × attempt total, with how many counted attempts gave it) and the
 * attempts per total. Every figure of the report follows from these counts, so a contest or a period
 * merges its rounds' rows instead of reading every answer again. Open rounds are computed live with the
 * same query.
 */
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { questionVersions, rounds } from './schema.js';

export const itemAnalysisRounds = sqliteTable('item_analysis_rounds', {
  roundId: integer('round_id').primaryKey().references(() => rounds.id),
  /**
   * Which participants of the contest were disqualified when the rows were computed (a hash of their
   * sorted ids). A disqualification or reinstatement changes it, and the next read computes the round
   * again.
   */
  standing: text('standing').notNull(),
  computedAt: integer('computed_at').notNull(),
});

export const itemResponseCells = sqliteTable(
  'item_response_cells',
  {
    roundId: integer('round_id').notNull().references(() => itemAnalysisRounds.roundId),
    questionVersionId: integer('question_version_id').notNull().references(() => questionVersions.id),
    /** The answer's option_ids as saved (a JSON array); null when the question got no answer. */
    optionIds: text('option_ids'),
    correctCount: integer('correct_count').notNull(),
    questionCount: integer('question_count').notNull(),
    attempts: integer('attempts').notNull(),
  },
  (t) => [index('item_response_cells_round').on(t.roundId)],
);

export const itemAttemptTotals = sqliteTable(
  'item_attempt_totals',
  {
    roundId: integer('round_id').notNull().references(() => itemAnalysisRounds.roundId),
    correctCount: integer('correct_count').notNull(),
    questionCount: integer('question_count').notNull(),
    attempts: integer('attempts').notNull(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.correctCount, t.questionCount] })],
);
