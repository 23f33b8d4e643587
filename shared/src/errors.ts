import { z } from 'zod';

/** Stable machine-readable error codes. Clients switch on these, never on messages. */
export const ErrorCodeSchema = z.enum([
  'VALIDATION_FAILED',
  'BAD_REQUEST',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'ALREADY_REGISTERED',
  'NOT_ELIGIBLE',
  'ROUND_NOT_OPEN',
  'ATTEMPT_LIMIT_REACHED',
  'ATTEMPT_FINALIZED',
  'DEADLINE_PASSED',
  'STALE_WRITE',
  'BLUEPRINT_UNSATISFIABLE',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'RATE_LIMITED',
  'INVALID_CREDENTIALS',
  'INVALID_TRANSITION',
  'SLUG_TAKEN',
  'ROUNDS_OVERLAP',
  'ROUND_LOCKED',
  'BLUEPRINT_SHORTFALL',
  'IMPORT_INVALID',
  'UNSUPPORTED_FILE',
  'LAST_ADMIN',
  'ROUND_NOT_CLOSED',
  'RESULTS_ALREADY_PUBLISHED',
  'POW_REQUIRED',
  'POW_INVALID',
  'POW_EXPIRED',
  'OVERLOADED',
  'EXPORT_NOT_READY',
  'EXPORT_EXPIRED',
  'PASSWORD_TOO_COMMON',
  'SIGN_IN_LOCKED',
  'INTERNAL',
]);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

export const ErrorFieldSchema = z.object({
  path: z.string(),
  message: z.string(),
});
export type ErrorField = z.infer<typeof ErrorFieldSchema>;

/** Every 4xx/5xx body has this shape. `fields` lists the inputs at fault, when there are any. */
export const ErrorBodySchema = z.object({
  error: z.object({
    code: ErrorCodeSchema,
    message: z.string(),
    fields: z.array(ErrorFieldSchema).optional(),
    details: z.record(z.string(), z.unknown()).optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;
