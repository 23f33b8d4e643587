import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import underPressure from '@fastify/under-pressure';
import { POW_CHALLENGE_PATH } from '@thiphapluat/shared';
import { errorBody } from '../../plugins/errors.js';

/**
 * Routes @fastify/under-pressure never turns away: the work of attempts already in progress (answers,
 * submit, resume, the live socket), the way into and through the waiting room, which has its own
 * admission control, and the guarded doors (see below). Everything else answers 503 OVERLOADED while
 * the event loop is far behind.
 */
const EXEMPT = new Set([
  '/api/attempts/:id/answers/:position',
  '/api/attempts/:id/submit',
  '/api/attempts/:id',
  '/api/attempts/:id/integrity-events',
  '/ws',
  '/api/rounds/:roundId/attempts',
  '/api/admission/tickets/:ticketId',
  POW_CHALLENGE_PATH,
  // Registration and sign-in are already behind request budgets and a proof of work, both checked
  // before the body is read; shedding them too would hand a bot flood exactly what it wants.
  '/api/contests/:slug/participants',
  '/api/contests/:slug/sessions',
  '/api/studio/session',
]);

const RETRY_AFTER_S = 5;
const SAMPLE_INTERVAL_MS = 200;

declare module 'fastify' {
  interface FastifyInstance {
    /** The event-loop delay (ms) @fastify/under-pressure measured over its last sample. */
    eventLoopDelayMs(): number;
  }
}

export const pressurePlugin = fp<{ maxEventLoopDelayMs: number }>(async (app: FastifyInstance, opts) => {
  await app.register(underPressure, {
    // Sampled often: the waiting room reads it too, and reacts within a fifth of a second.
    sampleInterval: SAMPLE_INTERVAL_MS,
    maxEventLoopDelay: opts.maxEventLoopDelayMs,
    // Returning nothing lets the request through; returning a body sends it (the plugin's contract,
    // which its types declare as void).
    pressureHandler: ((req: FastifyRequest, reply: FastifyReply) => {
      if (EXEMPT.has(req.routeOptions.url ?? '')) return undefined;
      void reply.status(503).header('retry-after', RETRY_AFTER_S);
      return errorBody('OVERLOADED', undefined, undefined, { retryAfterSeconds: RETRY_AFTER_S });
    }) as unknown as (req: FastifyRequest, reply: FastifyReply) => void,
  });
  // The plugin reports Infinity when the loop was blocked for a whole sample (no reading at all): that
  // is "at least one sample interval" behind, a number the waiting room can compare.
  app.decorate('eventLoopDelayMs', () => {
    const delay = app.memoryUsage().eventLoopDelay;
    return Number.isFinite(delay) ? delay : SAMPLE_INTERVAL_MS;
  });
});
