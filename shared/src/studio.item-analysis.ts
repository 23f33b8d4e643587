import { z } from 'zod';
import { vnDateTime } from './studio.contests.js';

// Contracts of item analysis: how each question performed over a round, a contest or a period, in
// the classical test theory figures Moodle's quiz statistics report uses, and accuracy per legal field.

/**
 * Every threshold the flags use, in one place (the page shows them in its legend).
 * Figures are proportions 0…1.
 */
export const ITEM_ANALYSIS_THRESHOLDS = {
  /** Share of attempts in each of the upper and lower groups (Kelley's 27%), by attempt total score. */
  groupShare: 0.27,
  /** Facility above this: almost everyone gets it right, it tells residents apart poorly. */
  tooEasy: 0.9,
  /** Facility below this: almost nobody gets it right (often a badly worded or miskeyed question). */
  tooHard: 0.2,
  /** A discrimination (27% index or point-biserial) below this: stronger residents do worse on it. */
  negativeDiscrimination: 0,
  /** A wrong option picked by at least this share of all responses counts as a popular distractor. */
  popularDistractor: 0.3,
  /** Below this many responses a question is not flagged at all: the figures are noise. */
  minResponses: 10,
} as const;

// ─── Scope ─────────────────────────────────────────────────────────────────────────────────────────

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
/** A calendar day in Vietnamese time, `YYYY-MM-DD`. */
const VnDateSchema = z
  .string()
  .max(10)
  .refine((s) => DATE_RE.test(s) && vnDateTime.parse(`${s}T00:00`) !== null, { message: 'Ngày không hợp lệ (dạng YYYY-MM-DD).' });

/**
 * What the analysis covers: one round, one contest, or the organization's attempts started in a
 * period (days in Vietnamese time, both ends included; either end may be left open).
 */
export const ItemAnalysisQuerySchema = z
  .object({
    roundId: z.coerce.number().int().positive().optional(),
    contestId: z.coerce.number().int().positive().optional(),
    from: VnDateSchema.optional(),
    to: VnDateSchema.optional(),
  })
  .refine((q) => [q.roundId !== undefined, q.contestId !== undefined, q.from !== undefined || q.to !== undefined].filter(Boolean).length <= 1, {
    message: 'Chỉ chọn một phạm vi: một đợt thi, một cuộc thi hoặc một khoảng thời gian.',
    path: ['roundId'],
  })
  .refine((q) => !(q.from && q.to) || q.from <= q.to, { message: 'Ngày bắt đầu phải trước ngày kết thúc.', path: ['to'] });
export type ItemAnalysisQuery = z.infer<typeof ItemAnalysisQuerySchema>;

export type ItemAnalysisScope =
  | { kind: 'round'; roundId: number }
  | { kind: 'contest'; contestId: number }
  | { kind: 'period'; from?: string; to?: string };

/** The scope a (validated) query names; no parameters means the organization over all time. */
export function itemAnalysisScope(q: ItemAnalysisQuery): ItemAnalysisScope {
  if (q.roundId !== undefined) return { kind: 'round', roundId: q.roundId };
  if (q.contestId !== undefined) return { kind: 'contest', contestId: q.contestId };
  return { kind: 'period', ...(q.from ? { from: q.from } : {}), ...(q.to ? { to: q.to } : {}) };
}

// ─── Report ────────────────────────────────────────────────────────────────────────────────────────

export const ItemFlagCodeSchema = z.enum(['too_easy', 'too_hard', 'negative_discrimination', 'likely_miskeyed']);
export type ItemFlagCode = z.infer<typeof ItemFlagCodeSchema>;

export const itemFlagLabelsVi: Record<ItemFlagCode, string> = {
  too_easy: 'Quá dễ',
  too_hard: 'Quá khó',
  negative_discrimination: 'Phân loại ngược',
  likely_miskeyed: 'Có thể sai đáp án',
};

/** A flag and why, in Vietnamese with the figures that raised it. */
export const ItemFlagSchema = z.object({ code: ItemFlagCodeSchema, reason: z.string() });
export type ItemFlag = z.infer<typeof ItemFlagSchema>;

const Figures = {
  /** Times drawn in counted attempts; a blank counts as a wrong response (as in scoring). */
  responses: z.int(),
  /** Of those, with at least one option chosen. */
  answered: z.int(),
  correct: z.int(),
  /** Share correct, 0…1; null without responses. */
  facility: z.number().nullable(),
  /** Share correct in the upper 27% minus the lower 27% by attempt total (the item included), −1…1. */
  discrimination: z.number().nullable(),
  /** Corrected item-total correlation: the item (0/1) against the share right of the attempt's other questions. */
  pointBiserial: z.number().nullable(),
};

export const ItemOptionStatsSchema = z.object({
  /** A–F in the version's own (bank) order, not the shuffled order an attempt showed. */
  label: z.string(),
  text: z.string(),
  correct: z.boolean(),
  picks: z.int(),
  /** Share of responses that picked it (a multi-answer response counts for each option it picked). */
  share: z.number().nullable(),
  upperShare: z.number().nullable(),
  lowerShare: z.number().nullable(),
});
export type ItemOptionStats = z.infer<typeof ItemOptionStatsSchema>;

export const ItemVersionStatsSchema = z.object({
  version: z.int(),
  text: z.string(),
  multiAnswer: z.boolean(),
  ...Figures,
  /** Share of responses left blank. */
  omittedShare: z.number().nullable(),
  options: z.array(ItemOptionStatsSchema),
  flags: z.array(ItemFlagSchema),
});
export type ItemVersionStats = z.infer<typeof ItemVersionStatsSchema>;

export const ItemQuestionStatsSchema = z.object({
  questionId: z.int(),
  /** The latest version drawn in the scope: its title or the start of its text. */
  text: z.string(),
  fields: z.array(z.object({ id: z.int(), name: z.string() })),
  /** Over every version drawn in the scope. */
  ...Figures,
  /** The question's flags: facility and discrimination over all versions, a possible miskey per version. */
  flags: z.array(ItemFlagSchema),
  /** Each version drawn, newest first. */
  versions: z.array(ItemVersionStatsSchema),
});
export type ItemQuestionStats = z.infer<typeof ItemQuestionStatsSchema>;

export const FieldAccuracySchema = z.object({
  fieldId: z.int(),
  name: z.string(),
  /** Distinct questions tagged with the field that were drawn. */
  questions: z.int(),
  responses: z.int(),
  correct: z.int(),
  accuracy: z.number().nullable(),
});
export type FieldAccuracy = z.infer<typeof FieldAccuracySchema>;

export const ItemAnalysisReportSchema = z.object({
  scope: z.object({
    kind: z.enum(['round', 'contest', 'period']),
    roundId: z.int().nullable(),
    /** Also set for a round: the round's contest. */
    contestId: z.int().nullable(),
    from: z.string().nullable(),
    to: z.string().nullable(),
    /** What the scope is, in Vietnamese ("Đợt 1 – Cuộc thi …", "Toàn bộ thời gian"). */
    label: z.string(),
  }),
  /** Counted attempts: submitted or expired, participant not disqualified. */
  attempts: z.int(),
  /** Attempts in each of the upper and lower groups (27% of the attempts, rounded, at least 1). */
  groupSize: z.int(),
  questions: z.array(ItemQuestionStatsSchema),
  /** Least known first: lowest accuracy at the top. */
  fields: z.array(FieldAccuracySchema),
});
export type ItemAnalysisReport = z.infer<typeof ItemAnalysisReportSchema>;
