import { z } from 'zod';

export const FieldModeSchema = z.enum(['required', 'optional', 'off']);
export type FieldMode = z.infer<typeof FieldModeSchema>;

/** Which optional registration fields a contest asks for. Full name, birth date and phone are always required. */
export const RegistrationFieldsSchema = z.object({
  cccd: FieldModeSchema,
  email: FieldModeSchema,
  unit: FieldModeSchema,
  entrantType: FieldModeSchema,
  /** Added after the first contests were made: absent means 'off'. */
  gender: FieldModeSchema.optional(),
});
export type RegistrationFields = z.infer<typeof RegistrationFieldsSchema>;

/** Đối tượng dự thi. */
export const EntrantTypeSchema = z.enum(['student', 'civil_servant', 'armed_forces', 'worker', 'other']);
export type EntrantType = z.infer<typeof EntrantTypeSchema>;

/** Giới tính, asked only when the contest turns the field on (for the statistics' gender split). */
export const GenderSchema = z.enum(['male', 'female', 'other']);
export type Gender = z.infer<typeof GenderSchema>;

/** When the correct answers and explanations are shown to a participant. */
export const ShowAnswersSchema = z.enum(['after_submit', 'after_round', 'never']);
export type ShowAnswers = z.infer<typeof ShowAnswersSchema>;

export const ContestStatusSchema = z.enum(['draft', 'published', 'closed', 'results_published', 'archived']);
export type ContestStatus = z.infer<typeof ContestStatusSchema>;

export const RoundStateSchema = z.enum(['upcoming', 'open', 'closed']);
export type RoundState = z.infer<typeof RoundStateSchema>;

export const PrizeSchema = z.object({
  tier: z.enum(['first', 'second', 'third', 'consolation', 'collective']),
  count: z.int().min(0),
  label: z.string(),
  value: z.string().optional(),
});
export type Prize = z.infer<typeof PrizeSchema>;

export const RoundSchema = z.object({
  id: z.int(),
  seq: z.int(),
  name: z.string(),
  opensAt: z.iso.datetime(),
  closesAt: z.iso.datetime(),
  state: RoundStateSchema,
  timeLimitSec: z.int(),
  questionCount: z.int(),
  /** null means unlimited. */
  maxAttempts: z.int().nullable(),
});
export type Round = z.infer<typeof RoundSchema>;

export const ContestSummarySchema = z.object({
  id: z.int(),
  slug: z.string(),
  title: z.string(),
  summary: z.string(),
  organization: z.object({ id: z.int(), name: z.string() }),
  status: ContestStatusSchema,
  participantCount: z.int(),
  rounds: z.array(RoundSchema),
});
export type ContestSummary = z.infer<typeof ContestSummarySchema>;

export const ContestDetailSchema = ContestSummarySchema.extend({
  rulesMd: z.string(),
  minAge: z.int().nullable(),
  registrationFields: RegistrationFieldsSchema,
  consentText: z.string(),
  predictionEnabled: z.boolean(),
  predictionPrompt: z.string(),
  showAnswers: ShowAnswersSchema,
  pointsPerQuestion: z.int(),
  prizes: z.array(PrizeSchema),
  /** An https URL or a site path, set by the organizer; null when none. */
  bannerUrl: z.string().nullable(),
  /** A person wins at most one individual prize across the rounds. */
  onePrizePerPerson: z.boolean(),
});
export type ContestDetail = z.infer<typeof ContestDetailSchema>;

export const ContestListSchema = z.object({ contests: z.array(ContestSummarySchema) });
export type ContestList = z.infer<typeof ContestListSchema>;

export const ContestSlugParamsSchema = z.object({
  slug: z.string().min(1).max(120).regex(/^[a-z0-9-]+$/),
});

export const UnitSchema = z.object({
  id: z.int(),
  code: z.string(),
  name: z.string(),
  kind: z.string(),
  parentId: z.int().nullable(),
  /** "Phường Hải Châu, Thành phố Đà Nẵng": the unit with its ancestors, for pickers. */
  path: z.string(),
});
export type Unit = z.infer<typeof UnitSchema>;

export const UnitSearchQuerySchema = z.object({
  q: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export const UnitListSchema = z.object({ units: z.array(UnitSchema) });
