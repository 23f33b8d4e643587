import type { FastifyError, FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { errorMessagesVi, type ErrorBody, type ErrorCode } from '@thiphapluat/shared';
import { AppError } from '../errors.js';

export function errorBody(code: ErrorCode, message?: string, fields?: ErrorBody['error']['fields'], details?: Record<string, unknown>): ErrorBody {
  return { error: { code, message: message ?? errorMessagesVi[code], ...(fields ? { fields } : {}), ...(details ? { details } : {}) } };
}

/** Fastify's own client errors (bad JSON, wrong content type, body too large…) mapped to our codes. */
function frameworkError(err: FastifyError): { status: number; code: ErrorCode } | null {
  const status = err.statusCode ?? 500;
  if (status >= 500) return null;
  if (status === 413) return { status, code: 'PAYLOAD_TOO_LARGE' };
  if (status === 415) return { status, code: 'UNSUPPORTED_MEDIA_TYPE' };
  if (status === 429) return { status, code: 'RATE_LIMITED' };
  if (status === 404) return { status, code: 'NOT_FOUND' };
  return { status, code: 'BAD_REQUEST' };
}

/**
 * One place where errors become responses: `{ error: { code, message, fields?, details? } }`.
 * Validation failures are 400 with the fields at fault; an unknown error is logged with the request
 * id and answered with a generic 500 that reveals nothing.
 */
export const errorsPlugin = fp(async (app: FastifyInstance) => {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err instanceof AppError) {
      return reply.status(err.status).send(errorBody(err.code, err.message, err.fields, err.details));
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const fields = err.validation.map((v) => ({
        // Body fields are named as the form names them ("phone"), like the service's own checks;
        // query, params and headers keep their prefix ("querystring.limit").
        path: [err.validationContext === 'body' ? undefined : err.validationContext, ...String(v.instancePath).split('/').filter(Boolean)].filter(Boolean).join('.'),
        message: v.message ?? 'không hợp lệ',
      }));
      return reply.status(400).send(errorBody('VALIDATION_FAILED', undefined, fields));
    }
    const mapped = frameworkError(err);
    if (mapped) return reply.status(mapped.status).send(errorBody(mapped.code, undefined, undefined, { reason: err.message }));
    req.log.error({ err, reqId: req.id }, 'unhandled error');
    return reply.status(500).send(errorBody('INTERNAL', undefined, undefined, { requestId: req.id }));
  });

  app.setNotFoundHandler((req, reply) => {
    reply.status(404).send(errorBody('NOT_FOUND', undefined, undefined, { method: req.method, url: req.url.slice(0, 200) }));
  });
});
