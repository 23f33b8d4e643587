import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import helmet from '@fastify/helmet';
import { AppError } from '../errors.js';
import { requireSameOrigin } from './studio-auth.js';

/**
 * The policy of everything Fastify answers itself (JSON, files, errors): nothing may load or run, and
 * no one may frame it. HTML pages are the web app's, and SvelteKit sends their policy with a nonce per
 * response (web/svelte.config.js `kit.csp`), which replaces this header on those responses. A page
 * that somehow left without SvelteKit's policy keeps this one: it fails closed.
 */
export const API_CSP = {
  'default-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};

/**
 * Swagger UI at /docs: its own scripts and styles, and inline style attributes it sets while rendering
 * (no inline script). Scoped to /docs by @fastify/swagger-ui's `staticCSP`.
 */
export const DOCS_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; " +
  "font-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Response headers (helmet) and the cross-origin guard for every state change, resident or staff.
 * Both session cookies are httpOnly and SameSite (Strict for staff, Lax for residents, so a link from
 * Zalo still opens the signed-in contest page); the Origin check below is the second line: a browser
 * sends Origin on every non-GET request, and one from another site is refused before any handler runs.
 */
export const securityPlugin = fp(async (app: FastifyInstance) => {
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: API_CSP },
    // A year, subdomains included; browsers ignore it on plain http (development).
    strictTransportSecurity: { maxAge: 365 * 24 * 3600, includeSubDomains: true },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    crossOriginOpenerPolicy: { policy: 'same-origin' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
    xFrameOptions: { action: 'deny' },
  });

  app.addHook('onRequest', async (req) => {
    if (UNSAFE_METHODS.has(req.method)) requireSameOrigin(req);
  });

  // A locked sign-in says when to come back, in the standard header as well as in the body.
  app.addHook('onError', async (_req, reply, err) => {
    const seconds = err instanceof AppError ? err.details?.retryAfterSeconds : undefined;
    if (typeof seconds === 'number') void reply.header('retry-after', String(seconds));
  });
});
