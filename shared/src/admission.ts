import { z } from 'zod';
import { ErrorCodeSchema } from './errors.js';

/**
 * The header that carries a solved proof-of-work (the altcha widget's base64 payload) on the routes
 * that require one: registration, sign-in (resident and staff).
 */
export const POW_HEADER = 'x-altcha';

/** Path of the self-hosted challenge; the widget fetches a fresh one per form. */
export const POW_CHALLENGE_PATH = '/api/pow/challenge';

/** A place in the waiting room, as the client polls it. */
export const AdmissionTicketSchema = z.object({
  ticketId: z.string(),
  roundId: z.number().int(),
  /** waiting: in the queue; admitted: the attempt was started; failed: starting it was refused (see error). */
  status: z.enum(['waiting', 'admitted', 'failed']),
  /** 1-based place in the queue while waiting; 0 once out of it. */
  position: z.number().int().min(0),
  /** Estimated seconds until admission, from the recent admission rate. */
  etaSeconds: z.number().int().min(0),
  /** When to ask again. */
  pollAfterMs: z.number().int().min(0),
  attemptId: z.string().nullable(),
  error: z.object({ code: ErrorCodeSchema, message: z.string() }).nullable(),
});
export type AdmissionTicket = z.infer<typeof AdmissionTicketSchema>;

export const AdmissionTicketParamsSchema = z.object({ ticketId: z.string().min(1).max(64) });

/** An altcha v2 challenge as the widget fetches it from POW_CHALLENGE_PATH. */
export const PowChallengeSchema = z.object({
  parameters: z.object({
    algorithm: z.string().max(32),
    nonce: z.string().max(128),
    salt: z.string().max(128),
    cost: z.number().int().min(1),
    keyLength: z.number().int().min(1).max(64),
    keyPrefix: z.string().max(128),
    keySignature: z.string().max(256).optional(),
    expiresAt: z.number().optional(),
    data: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).optional(),
  }),
  signature: z.string().max(256).optional(),
});
export type PowChallenge = z.infer<typeof PowChallengeSchema>;
