import { z } from 'zod';

// Contracts of the anti-cheat review: detectors and their weights, suspicion scores with evidence, the
// review queue and the organizer's decision.

/** Every detector, by the name its weight is stored under. */
export const IntegrityDetectorSchema = z.enum([
  'reading_speed',
  'uniform_intervals',
  'undelivered_answers',
  'rejected_writes',
  'session_takeover',
  'shared_device',
  'shared_ip',
  'shared_identity',
  'collusion',
  'client_focus_lost',
  'client_page_hidden',
  'client_paste',
  'client_devtools',
]);
export type IntegrityDetector = z.infer<typeof IntegrityDetectorSchema>;

export const integrityDetectorLabelsVi: Record<IntegrityDetector, string> = {
  reading_speed: 'Trả lời nhanh hơn thời gian đọc',
  uniform_intervals: 'Nhịp trả lời đều bất thường',
  undelivered_answers: 'Trả lời câu chưa được giao',
  rejected_writes: 'Ghi muộn, ghi lại hoặc sửa gói tin',
  session_takeover: 'Đổi thiết bị giữa lượt thi',
  shared_device: 'Nhiều tài khoản trên một thiết bị',
  shared_ip: 'Nhiều tài khoản từ một địa chỉ IP',
  shared_identity: 'Trùng số CCCD',
  collusion: 'Đáp án và thời điểm trùng với người khác',
  client_focus_lost: 'Rời khỏi trang thi',
  client_page_hidden: 'Ẩn trang thi',
  client_paste: 'Dán nội dung',
  client_devtools: 'Mở công cụ nhà phát triển',
};

/** Points a detector adds at full strength; 0 turns it off. */
const Weight = z.int().min(0).max(100);

export const IntegritySettingsSchema = z.object({
  weights: z.record(IntegrityDetectorSchema, Weight),
  /** A participant at or above this score goes to the review queue. */
  threshold: z.int().min(1).max(100),
  /** The defaults, for the form's "restore" hint. */
  defaults: z.object({ weights: z.record(IntegrityDetectorSchema, Weight), threshold: z.int() }),
  updatedAt: z.iso.datetime().nullable(),
});
export type IntegritySettings = z.infer<typeof IntegritySettingsSchema>;

export const IntegritySettingsBodySchema = z.object({
  weights: z.partialRecord(IntegrityDetectorSchema, Weight),
  threshold: z.int().min(1).max(100),
});
export type IntegritySettingsBody = z.infer<typeof IntegritySettingsBodySchema>;

export const IntegrityEvidenceSchema = z.object({
  detector: IntegrityDetectorSchema,
  /** What it added to the score: weight × strength, rounded. */
  points: z.int(),
  /** In Vietnamese, e.g. "Trả lời 12 câu trong 9 giây". */
  detail: z.string(),
  /** The attempt it is about; null for participant-level evidence (device, identity, collusion). */
  attemptId: z.string().nullable(),
});
export type IntegrityEvidence = z.infer<typeof IntegrityEvidenceSchema>;

export const IntegrityDecisionSchema = z.enum(['cleared', 'disqualified']);

export const IntegrityReviewItemSchema = z.object({
  participantId: z.string(),
  fullName: z.string(),
  /** Masked. */
  phone: z.string(),
  unit: z.string().nullable(),
  score: z.int(),
  evidence: z.array(IntegrityEvidenceSchema),
  attempts: z.int(),
  bestScore: z.int().nullable(),
  decision: IntegrityDecisionSchema.nullable(),
  decisionReason: z.string().nullable(),
  decidedBy: z.string().nullable(),
  decidedAt: z.iso.datetime().nullable(),
});
export type IntegrityReviewItem = z.infer<typeof IntegrityReviewItemSchema>;

export const IntegrityQueueFilterSchema = z.enum(['pending', 'cleared', 'disqualified']);
export type IntegrityQueueFilter = z.infer<typeof IntegrityQueueFilterSchema>;

export const IntegrityQueueQuerySchema = z.object({
  status: IntegrityQueueFilterSchema.default('pending'),
});

export const IntegrityQueueSchema = z.object({
  contest: z.object({ id: z.int(), title: z.string(), status: z.string() }),
  settings: IntegritySettingsSchema,
  /** When the scores were last computed for the whole contest; null before the first time. */
  computedAt: z.iso.datetime().nullable(),
  counts: z.object({ scored: z.int(), pending: z.int(), cleared: z.int(), disqualified: z.int() }),
  items: z.array(IntegrityReviewItemSchema),
});
export type IntegrityQueue = z.infer<typeof IntegrityQueueSchema>;

export const IntegrityContestParamsSchema = z.object({
  orgId: z.coerce.number().int().positive(),
  contestId: z.coerce.number().int().positive(),
});

export const IntegrityParticipantParamsSchema = IntegrityContestParamsSchema.extend({ participantId: z.uuid() });

export const IntegrityDecisionBodySchema = z.object({
  decision: z.enum(['clear', 'disqualify']),
  reason: z.string().trim().min(5, 'Lý do cần ít nhất 5 ký tự.').max(500, 'Lý do tối đa 500 ký tự.'),
});
export type IntegrityDecisionBody = z.infer<typeof IntegrityDecisionBodySchema>;
