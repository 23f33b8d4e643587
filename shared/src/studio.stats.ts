import { z } from 'zod';
import { ContestStatusSchema, RoundStateSchema, type EntrantType, type Gender } from './contests.js';

// Contracts of the studio's statistics: the organization overview for a period and the figures of one
// contest and its rounds. Disqualified participants are left out of every figure.

const isoDay = z.iso.date({ error: 'Ngày phải có dạng YYYY-MM-DD' });

/**
 * A period in Vietnamese calendar days, both ends included. Without it: the current calendar year
 * (Asia/Ho_Chi_Minh).
 */
export const StatsPeriodQuerySchema = z
  .object({ from: isoDay.optional(), to: isoDay.optional() })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'Ngày bắt đầu phải trước ngày kết thúc', path: ['to'] })
  .refine((q) => !q.from || !q.to || Number(q.to.slice(0, 4)) - Number(q.from.slice(0, 4)) <= 10, { message: 'Khoảng thời gian tối đa 10 năm', path: ['from'] });
export type StatsPeriodQuery = z.infer<typeof StatsPeriodQuerySchema>;

export const StatsPeriodSchema = z.object({ from: z.iso.date(), to: z.iso.date() });
export type StatsPeriod = z.infer<typeof StatsPeriodSchema>;

export const StatsContestParamsSchema = z.object({
  orgId: z.coerce.number().int().positive(),
  contestId: z.coerce.number().int().positive(),
});
export type StatsContestParams = z.infer<typeof StatsContestParamsSchema>;

/** Age on the day of the person's first attempt in a round. 16–30 is "thanh niên" in the Youth Law. */
export const AgeBandSchema = z.enum(['under_16', '16_30', '31_45', '46_60', 'over_60']);
export type AgeBand = z.infer<typeof AgeBandSchema>;

export const ageBandLabelsVi: Record<AgeBand, string> = {
  under_16: 'Dưới 16 tuổi',
  '16_30': 'Từ 16 đến 30 tuổi',
  '31_45': 'Từ 31 đến 45 tuổi',
  '46_60': 'Từ 46 đến 60 tuổi',
  over_60: 'Trên 60 tuổi',
};

export const entrantTypeLabelsVi: Record<EntrantType, string> = {
  student: 'Học sinh, sinh viên',
  civil_servant: 'Cán bộ, công chức, viên chức',
  armed_forces: 'Lực lượng vũ trang',
  worker: 'Công nhân, người lao động',
  other: 'Đối tượng khác',
};

export const genderLabelsVi: Record<Gender, string> = { male: 'Nam', female: 'Nữ', other: 'Khác' };

/** How a split names a participant whose value was not asked or not given. */
export const UNKNOWN_LABEL_VI = 'Không rõ';

/** One slice of a split; `key` null is "Không rõ". Each person is counted once. */
export const StatsSliceSchema = z.object({ key: z.string().nullable(), label: z.string(), participants: z.int(), share: z.number() });
export type StatsSlice = z.infer<typeof StatsSliceSchema>;

export const UnitParticipationSchema = z.object({
  unitId: z.int(),
  unit: z.string(),
  participants: z.int(),
  /** Entered by organizers; null when unknown. */
  population: z.int().nullable(),
  /** Participants per 1,000 inhabitants, two decimals; null without a population. */
  ratePer1000: z.number().nullable(),
});
export type UnitParticipation = z.infer<typeof UnitParticipationSchema>;

/** Mẫu I-style summary table, one row per calendar year of the period and a total row. */
export const SummaryRowSchema = z.object({
  label: z.string(),
  contests: z.int(),
  contestTitles: z.array(z.string()),
  participants: z.int(),
  attempts: z.int(),
  completionRate: z.number().nullable(),
  units: z.int(),
});
export type SummaryRow = z.infer<typeof SummaryRowSchema>;

export const OrgOverviewSchema = z.object({
  organization: z.object({ id: z.int(), name: z.string() }),
  period: StatsPeriodSchema,
  computedAt: z.iso.datetime(),
  totals: z.object({
    /** Contests (not drafts) with a round open at some time in the period. */
    contests: z.int(),
    /** Distinct people (one normalized phone = one person) with an attempt in the period. */
    participants: z.int(),
    attempts: z.int(),
    /** Attempts submitted by the participant ÷ final attempts (submitted or ended by the clock). */
    completionRate: z.number().nullable(),
  }),
  perMonth: z.array(z.object({ month: z.string(), participants: z.int(), attempts: z.int() })),
  /** A person counts once in each unit they entered for; the sum can exceed the total. */
  topUnitsByParticipants: z.array(UnitParticipationSchema),
  topUnitsByRate: z.array(UnitParticipationSchema),
  /** Each person once, with their latest registration in the period. */
  byEntrantType: z.array(StatsSliceSchema),
  byAgeBand: z.array(StatsSliceSchema),
  byGender: z.array(StatsSliceSchema),
  summary: z.object({ title: z.string(), rows: z.array(SummaryRowSchema), total: SummaryRowSchema }),
  contests: z.array(z.object({ id: z.int(), title: z.string(), status: ContestStatusSchema, participants: z.int(), attempts: z.int() })),
});
export type OrgOverview = z.infer<typeof OrgOverviewSchema>;

export const DayCountSchema = z.object({ day: z.iso.date(), participants: z.int(), attempts: z.int() });
export type DayCount = z.infer<typeof DayCountSchema>;

export const PredictionGuessSchema = z.object({
  rank: z.int(),
  name: z.string(),
  maskedPhone: z.string(),
  unit: z.string().nullable(),
  prediction: z.int(),
  error: z.int(),
});

export const RoundStatsSchema = z.object({
  id: z.int(),
  seq: z.int(),
  name: z.string(),
  state: RoundStateSchema,
  opensAt: z.iso.datetime(),
  closesAt: z.iso.datetime(),
  /** true: figures stored when the round was finalized; false: computed now from the attempts. */
  stored: z.boolean(),
  computedAt: z.iso.datetime(),
  participants: z.int(),
  attempts: z.int(),
  completionRate: z.number().nullable(),
  averageDurationMs: z.int().nullable(),
  maxScore: z.int().nullable(),
  /** Participants whose best attempt has every answer right. */
  fullMarkParticipants: z.int(),
  perDay: z.array(DayCountSchema),
  /** Best score per participant, every score from 0 to the maximum. */
  scoreDistribution: z.array(z.object({ score: z.int(), participants: z.int() })),
  prediction: z
    .object({
      /** The round's fixed figure once finalized; before that the current full-mark count. */
      truth: z.int(),
      truthIsFinal: z.boolean(),
      predictions: z.int(),
      exact: z.int(),
      closest: z.array(PredictionGuessSchema),
    })
    .nullable(),
});
export type RoundStats = z.infer<typeof RoundStatsSchema>;

export const UnitRankRowSchema = UnitParticipationSchema.extend({ rank: z.int().nullable(), awarded: z.boolean() });
export type UnitRankRow = z.infer<typeof UnitRankRowSchema>;

/** Units ranked for the collective prize (giải tập thể) with the formula, as the contest defines it. */
export const UnitRankingSchema = z.object({
  contestId: z.int(),
  /** Without a collective prize units are still listed by participants, nobody is awarded. */
  prize: z.object({ label: z.string(), count: z.int(), basis: z.enum(['participants', 'rate']) }).nullable(),
  formula: z.string(),
  overall: z.array(UnitRankRowSchema),
  rounds: z.array(z.object({ roundId: z.int(), name: z.string(), rows: z.array(UnitRankRowSchema) })),
});
export type UnitRanking = z.infer<typeof UnitRankingSchema>;

export const ContestStatsSchema = z.object({
  contest: z.object({ id: z.int(), slug: z.string(), title: z.string(), status: ContestStatusSchema, predictionEnabled: z.boolean() }),
  computedAt: z.iso.datetime(),
  totals: z.object({
    /** Registered and not disqualified. */
    registered: z.int(),
    /** Distinct participants with an attempt in any round. */
    participants: z.int(),
    attempts: z.int(),
    completionRate: z.number().nullable(),
    averageDurationMs: z.int().nullable(),
  }),
  rounds: z.array(RoundStatsSchema),
  unitRanking: UnitRankingSchema,
});
export type ContestStats = z.infer<typeof ContestStatsSchema>;
