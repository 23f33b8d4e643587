import { errorMessagesVi, type ErrorCode, type ErrorField } from '@thiphapluat/shared';

/**
 * The one error family services throw. The error handler turns it into
 * `{ error: { code, message, fields?, details? } }` with `status`.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly status: number,
    message?: string,
    readonly fields?: ErrorField[],
    readonly details?: Record<string, unknown>,
  ) {
    super(message ?? errorMessagesVi[code]);
    this.name = 'AppError';
  }
}

export const NotFound = (message?: string) => new AppError('NOT_FOUND', 404, message);
export const Unauthenticated = (message?: string) => new AppError('UNAUTHENTICATED', 401, message);
export const Forbidden = (message?: string) => new AppError('FORBIDDEN', 403, message);
export const Conflict = (code: ErrorCode, message?: string, details?: Record<string, unknown>) =>
  new AppError(code, 409, message, undefined, details);
export const Validation = (fields: ErrorField[], message?: string) =>
  new AppError('VALIDATION_FAILED', 400, message, fields);
export const DeadlinePassed = (details?: Record<string, unknown>) =>
  new AppError('DEADLINE_PASSED', 409, undefined, undefined, details);
