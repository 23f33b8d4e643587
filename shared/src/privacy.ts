import { z } from 'zod';
import { EntrantTypeSchema, GenderSchema } from './contests.js';

// A resident's rights over their personal data (Law 91/2025/QH15 on personal data protection): to get
// a copy of what we hold, and to have it erased. Erasure keeps the anonymous statistics: the
// participant row stays (unit, entrant type, birth year, scores) with every personal field cleared.

/** Days a contest keeps participants' personal fields after its last round closes. */
export const RETENTION_DAYS = { default: 365, min: 1, max: 3650 } as const;
export const RetentionDaysSchema = z
  .int('Số ngày phải là số nguyên.')
  .min(RETENTION_DAYS.min, `Tối thiểu ${RETENTION_DAYS.min} ngày.`)
  .max(RETENTION_DAYS.max, `Tối đa ${RETENTION_DAYS.max} ngày (10 năm).`);

/** What the name and phone become once erased; public lists show it as is. */
export const ERASED_NAME = 'Ẩn danh';

/** GET /api/me/data: everything held about the signed-in participant, as a JSON download. */
export const MyDataSchema = z.object({
  exportedAt: z.iso.datetime(),
  contest: z.object({ slug: z.string(), title: z.string(), organization: z.string() }),
  participant: z.object({
    id: z.string(),
    fullName: z.string(),
    /** The full number: this is the person's own copy. */
    phone: z.string(),
    birthDate: z.string(),
    /** Only the last 3 digits of the CCCD are kept (with a keyed hash to spot duplicates). */
    cccdLast3: z.string().nullable(),
    email: z.string().nullable(),
    unit: z.string().nullable(),
    entrantType: EntrantTypeSchema.nullable(),
    gender: GenderSchema.nullable(),
    registeredAt: z.iso.datetime(),
    consent: z.object({ text: z.string(), at: z.iso.datetime() }),
    disqualified: z.object({ at: z.iso.datetime(), reason: z.string().nullable() }).nullable(),
  }),
  attempts: z.array(
    z.object({
      id: z.string(),
      round: z.string(),
      seq: z.int(),
      status: z.enum(['in_progress', 'submitted', 'expired']),
      startedAt: z.iso.datetime(),
      submittedAt: z.iso.datetime().nullable(),
      durationMs: z.int().nullable(),
      score: z.int().nullable(),
      maxScore: z.int(),
      prediction: z.int().nullable(),
      answers: z.array(z.object({ position: z.int(), optionIds: z.array(z.string()), savedAt: z.iso.datetime(), revisions: z.int() })),
    }),
  ),
  /** What the quiz page and the server noted during attempts (focus lost, fast answers…). */
  integrityEvents: z.array(z.object({ attemptId: z.string(), kind: z.string(), source: z.enum(['client', 'server']), at: z.iso.datetime() })),
  retention: z.object({
    days: z.int(),
    /** When personal fields will be erased: the last round's close plus `days`; null without rounds. */
    erasesAt: z.iso.datetime().nullable(),
  }),
});
export type MyData = z.infer<typeof MyDataSchema>;

/** POST /api/me/erasure: the password again (a stolen session alone cannot erase), and an explicit yes. */
export const EraseMyDataBodySchema = z.object({
  password: z.string({ error: 'Vui lòng nhập mật khẩu' }).min(1, 'Vui lòng nhập mật khẩu').max(256),
  confirm: z.literal(true, { error: 'Vui lòng xác nhận xóa dữ liệu' }),
});
export type EraseMyDataBody = z.infer<typeof EraseMyDataBodySchema>;

export const EraseMyDataResultSchema = z.object({ erasedAt: z.iso.datetime() });
export type EraseMyDataResult = z.infer<typeof EraseMyDataResultSchema>;

/** The studio's view of one participant's contact details (to deliver a prize); every read is audited. */
export const ParticipantContactParamsSchema = z.object({ orgId: z.coerce.number().int().positive(), participantId: z.uuid() });
export const ParticipantContactSchema = z.object({
  participantId: z.string(),
  fullName: z.string(),
  /** Full number in 0xxxxxxxxx form; null once the participant's data was erased. */
  phone: z.string().nullable(),
  email: z.string().nullable(),
  erased: z.boolean(),
});
export type ParticipantContact = z.infer<typeof ParticipantContactSchema>;
