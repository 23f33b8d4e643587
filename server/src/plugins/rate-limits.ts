import type { FastifyInstance, FastifyRequest, onRequestHookHandler, preHandlerHookHandler } from 'fastify';
import fp from 'fastify-plugin';
import rateLimit from '@fastify/rate-limit';
import { Redis } from 'ioredis';
import { normalizePhone } from '@thiphapluat/shared';
import type { Config } from '../config.js';
import { AppError } from '../errors.js';

/** The request budgets of issue 5: who may try how often, per window. */
export type BudgetName = 'register' | 'signIn' | 'staffSignIn' | 'start' | 'wsConnect' | 'challenge';

/**
 * A budget is one limit per IP (checked on arrival, before the body is even read) and optionally one
 * per subject (phone, e-mail, participant), checked once the body is validated. The IP limit stops a
 * flood from one place; the subject limit stops a slow guess at one account from many places.
 */
interface Budget {
  perIp: number;
  perSubject?: { max: number; subject: (req: FastifyRequest) => string | null };
}

export interface RateLimitHooks {
  onRequest: onRequestHookHandler;
  preHandler: preHandlerHookHandler;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The hooks that enforce a budget on a route: spread `onRequest` and `preHandler` into its options. */
    budget(name: BudgetName): RateLimitHooks;
  }
}

type LimitConfig = Pick<
  Config,
  | 'RATE_LIMIT_ENABLED'
  | 'RATE_LIMIT_WINDOW_MS'
  | 'RATE_LIMIT_REGISTER_PER_IP'
  | 'RATE_LIMIT_REGISTER_PER_PHONE'
  | 'RATE_LIMIT_SIGN_IN_PER_IP'
  | 'RATE_LIMIT_SIGN_IN_PER_PHONE'
  | 'RATE_LIMIT_START_PER_IP'
  | 'RATE_LIMIT_START_PER_PARTICIPANT'
  | 'RATE_LIMIT_WS_CONNECT_PER_IP'
  | 'RATE_LIMIT_CHALLENGE_PER_IP'
  | 'REDIS_KEY_PREFIX'
>;

const bodyPhone = (req: FastifyRequest): string | null => {
  const phone = (req.body as { phone?: unknown } | undefined)?.phone;
  return typeof phone === 'string' ? (normalizePhone(phone) ?? phone.trim().slice(0, 32)) : null;
};
const bodyEmail = (req: FastifyRequest): string | null => {
  const email = (req.body as { email?: unknown } | undefined)?.email;
  return typeof email === 'string' ? email.trim().toLowerCase().slice(0, 254) : null;
};
/** The signed-in participant, if any: an anonymous start is refused by the route itself (401). */
const participantId = (req: FastifyRequest): string | null => {
  try {
    return req.participant().id;
  } catch {
    return null;
  }
};

function budgets(c: LimitConfig): Record<BudgetName, Budget> {
  return {
    register: { perIp: c.RATE_LIMIT_REGISTER_PER_IP, perSubject: { max: c.RATE_LIMIT_REGISTER_PER_PHONE, subject: bodyPhone } },
    signIn: { perIp: c.RATE_LIMIT_SIGN_IN_PER_IP, perSubject: { max: c.RATE_LIMIT_SIGN_IN_PER_PHONE, subject: bodyPhone } },
    staffSignIn: { perIp: c.RATE_LIMIT_SIGN_IN_PER_IP, perSubject: { max: c.RATE_LIMIT_SIGN_IN_PER_PHONE, subject: bodyEmail } },
    start: { perIp: c.RATE_LIMIT_START_PER_IP, perSubject: { max: c.RATE_LIMIT_START_PER_PARTICIPANT, subject: participantId } },
    wsConnect: { perIp: c.RATE_LIMIT_WS_CONNECT_PER_IP },
    challenge: { perIp: c.RATE_LIMIT_CHALLENGE_PER_IP },
  };
}

export function rateLimited(retryAfterSeconds: number, budget: BudgetName): AppError {
  return new AppError('RATE_LIMITED', 429, `Bạn thao tác quá nhanh. Vui lòng thử lại sau ${retryAfterSeconds} giây.`, undefined, { retryAfterSeconds, budget });
}

/**
 * Per-IP and per-subject request budgets on @fastify/rate-limit: in Redis when a client is given
 * (every instance shares the counts), in memory otherwise. A refusal is 429 RATE_LIMITED in our
 * error shape with `retry-after`. Redis trouble lets requests through (skipOnError) rather than
 * locking every resident out; the proof of work still stands in front of registration and sign-in.
 */
export const rateLimitsPlugin = fp<{ config: LimitConfig; redis?: Redis }>(async (app: FastifyInstance, opts) => {
  const noop = async () => {};
  if (!opts.config.RATE_LIMIT_ENABLED) {
    app.decorate('budget', () => ({ onRequest: noop, preHandler: noop }));
    return;
  }
  await app.register(rateLimit, {
    global: false,
    timeWindow: opts.config.RATE_LIMIT_WINDOW_MS,
    skipOnError: true,
    ...(opts.redis ? { redis: opts.redis, nameSpace: `${opts.config.REDIS_KEY_PREFIX}rl:` } : {}),
  });
  const table = budgets(opts.config);

  const limiter = (name: BudgetName, kind: string, max: number, key: (req: FastifyRequest) => string | null) => {
    const check = app.createRateLimit({ max, keyGenerator: (req) => `${name}:${kind}:${key(req)}` });
    return async (req: FastifyRequest, reply: { header(k: string, v: number): unknown }) => {
      if (key(req) === null) return;
      const r = await check(req);
      if (r.isAllowed || !r.isExceeded) return;
      const after = Math.max(1, r.ttlInSeconds);
      reply.header('retry-after', after);
      throw rateLimited(after, name);
    };
  };

  const hooks = new Map<BudgetName, RateLimitHooks>();
  for (const [name, b] of Object.entries(table) as [BudgetName, Budget][]) {
    const ip = limiter(name, 'ip', b.perIp, (req) => req.ip);
    const subject = b.perSubject ? limiter(name, 'subject', b.perSubject.max, b.perSubject.subject) : null;
    hooks.set(name, { onRequest: ip, preHandler: subject ?? noop });
  }
  app.decorate('budget', (name: BudgetName) => hooks.get(name) as RateLimitHooks);
});

/**
 * The Redis connection the request budgets and spent challenges share. Short timeouts and one retry:
 * a slow Redis must not hold up a registration (the limiter then lets it through, see skipOnError).
 */
export function connectLimitsRedis(url: string): Redis {
  return new Redis(url, { connectTimeout: 1000, maxRetriesPerRequest: 1, enableAutoPipelining: true });
}
