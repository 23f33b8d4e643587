import { z } from 'zod';

export const AttemptStatusSchema = z.enum(['in_progress', 'submitted', 'expired']);
export type AttemptStatus = z.infer<typeof AttemptStatusSchema>;

export const OptionSchema = z.object({ id: z.string(), text: z.string() });

/** A drawn question as the contestant sees it: never the key, never the explanation. */
export const AttemptQuestionSchema = z.object({
  position: z.int(),
  text: z.string(),
  /** True when more than one option may be chosen ("chọn nhiều đáp án"). */
  multiple: z.boolean(),
  options: z.array(OptionSchema),
});
export type AttemptQuestion = z.infer<typeof AttemptQuestionSchema>;

export const SavedAnswerSchema = z.object({
  position: z.int(),
  optionIds: z.array(z.string()),
  savedAt: z.iso.datetime(),
  clientSeq: z.int().nullable(),
});
export type SavedAnswer = z.infer<typeof SavedAnswerSchema>;

export const ReviewItemSchema = z.object({
  position: z.int(),
  text: z.string(),
  options: z.array(OptionSchema),
  selectedOptionIds: z.array(z.string()),
  correctOptionIds: z.array(z.string()),
  correct: z.boolean(),
  explanation: z.string(),
  citation: z.object({ document: z.string(), article: z.string() }),
});
export type ReviewItem = z.infer<typeof ReviewItemSchema>;

export const AttemptResultSchema = z.object({
  attemptId: z.string(),
  roundId: z.int(),
  status: z.enum(['submitted', 'expired']),
  score: z.int(),
  maxScore: z.int(),
  correctCount: z.int(),
  questionCount: z.int(),
  durationMs: z.int(),
  submittedAt: z.iso.datetime(),
  prediction: z.int().nullable(),
  /** Rank of this participant's best attempt in the round, 1-based; null when disqualified or unranked. */
  roundRank: z.int().nullable(),
  isBest: z.boolean(),
  attemptsUsed: z.int(),
  /** null means unlimited. */
  attemptsLeft: z.int().nullable(),
  /** Present only when the contest shows answers at this moment. */
  review: z.array(ReviewItemSchema).nullable(),
  /** Set when the organizers disqualified the participant: they are out of the rankings and prizes. */
  disqualified: z.object({ reason: z.string(), at: z.iso.datetime() }).optional(),
});
export type AttemptResult = z.infer<typeof AttemptResultSchema>;

/** Everything a client needs to (re)draw the quiz: the same after a refresh or on a second device. */
export const AttemptViewSchema = z.object({
  id: z.string(),
  roundId: z.int(),
  contestId: z.int(),
  seq: z.int(),
  status: AttemptStatusSchema,
  startedAt: z.iso.datetime(),
  deadlineAt: z.iso.datetime(),
  serverNow: z.iso.datetime(),
  predictionEnabled: z.boolean(),
  predictionPrompt: z.string(),
  questions: z.array(AttemptQuestionSchema),
  answers: z.array(SavedAnswerSchema),
  result: AttemptResultSchema.nullable(),
});
export type AttemptView = z.infer<typeof AttemptViewSchema>;

export const AttemptIdParamsSchema = z.object({ id: z.uuid() });
export const RoundIdParamsSchema = z.object({ roundId: z.coerce.number().int().positive() });
export const AnswerParamsSchema = z.object({
  id: z.uuid(),
  position: z.coerce.number().int().min(1).max(100),
});

export const SaveAnswerBodySchema = z.object({
  /** Empty clears the answer. */
  optionIds: z.array(z.string().min(1).max(32)).max(6),
  /** Monotonic per attempt on one client; a write older than the stored one is ignored (STALE_WRITE). */
  clientSeq: z.int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
});
export type SaveAnswerBody = z.infer<typeof SaveAnswerBodySchema>;

export const AnswerAckSchema = SavedAnswerSchema;
export type AnswerAck = SavedAnswer;

export const SubmitBodySchema = z.object({
  prediction: z.int().min(0).max(100_000_000).optional(),
});
export type SubmitBody = z.infer<typeof SubmitBodySchema>;

export const IntegrityKindSchema = z.enum([
  'focus_lost',
  'page_hidden',
  'paste',
  'devtools_open',
  // server-side kinds
  'answer_too_fast',
  'session_takeover',
  'late_write_rejected',
  'write_after_final_rejected',
  'stale_write_rejected',
  'undelivered_question',
]);
export type IntegrityKind = z.infer<typeof IntegrityKindSchema>;

/** The kinds a client may report; the server-side ones cannot be forged through the API. */
export const ClientIntegrityKindSchema = z.enum(['focus_lost', 'page_hidden', 'paste', 'devtools_open']);

export const IntegrityReportBodySchema = z.object({
  kind: ClientIntegrityKindSchema,
  /** When it happened on the client, ms since epoch; stored as evidence, never trusted for timing. */
  clientTime: z.int().optional(),
  durationMs: z.int().min(0).max(86_400_000).optional(),
  position: z.int().min(1).max(100).optional(),
});
export type IntegrityReportBody = z.infer<typeof IntegrityReportBodySchema>;
