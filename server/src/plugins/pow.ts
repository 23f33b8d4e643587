import { createHmac } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Redis } from 'ioredis';
import { createChallenge, randomInt, verifySolution } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import { z } from 'zod';
import { POW_CHALLENGE_PATH, POW_HEADER, PowChallengeSchema, type PowChallenge } from '@thiphapluat/shared';
import type { Config } from '../config.js';
import { AppError } from '../errors.js';

type PowConfig = Pick<Config, 'POW_REQUIRED' | 'POW_HMAC_KEY' | 'POW_MIN_NUMBER' | 'POW_MAX_NUMBER' | 'POW_TTL_SECONDS' | 'REDIS_KEY_PREFIX'>;

declare module 'fastify' {
  interface FastifyInstance {
    pow: {
      /** Whether routes that take a proof of work insist on one (config POW_REQUIRED). */
      required: boolean;
      /** Refuses the request unless it carries a fresh, valid, never-used solution (POW_HEADER). */
      verify(req: FastifyRequest): Promise<void>;
    };
  }
}

/** Remembers spent challenges until they expire, so one solution buys one request. */
interface SpentChallenges {
  /** True the first time `id` is claimed, false ever after (until `ttlMs` passes). */
  claim(id: string, ttlMs: number): Promise<boolean>;
}

class MemorySpent implements SpentChallenges {
  private readonly spent = new Map<string, number>();
  constructor(private readonly now: () => number) {}
  async claim(id: string, ttlMs: number): Promise<boolean> {
    const now = this.now();
    if (this.spent.size > 10_000) for (const [k, until] of this.spent) if (until <= now) this.spent.delete(k);
    const until = this.spent.get(id);
    if (until !== undefined && until > now) return false;
    this.spent.set(id, now + ttlMs);
    return true;
  }
}

class RedisSpent implements SpentChallenges {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}
  async claim(id: string, ttlMs: number): Promise<boolean> {
    return (await this.redis.set(`${this.prefix}${id}`, '1', 'PX', Math.max(1, ttlMs), 'NX')) === 'OK';
  }
}

/** What the widget sends: base64 of `{ challenge, solution }`. Bounded before anything is decoded. */
const PayloadSchema = z.object({
  challenge: PowChallengeSchema,
  solution: z.object({ counter: z.number().int().min(0), derivedKey: z.string().max(256), time: z.number().optional() }),
});
const MAX_HEADER = 4096;

const invalid = (reason: string) => new AppError('POW_INVALID', 400, undefined, undefined, { reason });

/**
 * Self-hosted proof of work (altcha v2, SHA-256, deterministic mode). A challenge says "find the
 * counter whose key starts with this prefix"; the solver walks counters from 0 up to a random one in
 * [POW_MIN_NUMBER, POW_MAX_NUMBER]. The server signs the parameters and the expected key, so checking
 * a solution costs two HMACs — a flood of bad solutions is cheap to refuse. The expiry travels in the
 * signed `data.exp` and is checked on the app's clock; each challenge is spent on first use (in Redis
 * when there is one, so every instance agrees).
 */
export const powPlugin = fp<{ config: PowConfig; secret: Buffer; redis?: Redis; now: () => number }>(async (app: FastifyInstance, opts) => {
  const { config } = opts;
  const master = config.POW_HMAC_KEY ? Buffer.from(config.POW_HMAC_KEY, 'utf8') : opts.secret;
  const derive = (label: string) => createHmac('sha256', master).update(label).digest('hex');
  const signatureSecret = derive('altcha-challenge');
  const keySecret = derive('altcha-key');
  const spent: SpentChallenges = opts.redis ? new RedisSpent(opts.redis, `${config.REDIS_KEY_PREFIX}pow:`) : new MemorySpent(opts.now);

  async function issue(): Promise<PowChallenge> {
    const exp = Math.floor(opts.now() / 1000) + config.POW_TTL_SECONDS;
    const challenge = await createChallenge({
      algorithm: 'SHA-256',
      cost: 1,
      counter: randomInt(Math.max(config.POW_MAX_NUMBER, config.POW_MIN_NUMBER), config.POW_MIN_NUMBER),
      deriveKey,
      data: { exp },
      hmacSignatureSecret: signatureSecret,
      hmacKeySignatureSecret: keySecret,
    });
    return PowChallengeSchema.parse(challenge);
  }

  async function verify(req: FastifyRequest): Promise<void> {
    const raw = req.headers[POW_HEADER];
    if (typeof raw !== 'string' || raw.length === 0) throw new AppError('POW_REQUIRED', 428, undefined, undefined, { header: POW_HEADER, challenge: POW_CHALLENGE_PATH });
    if (raw.length > MAX_HEADER) throw invalid('malformed');
    let decoded: unknown;
    try {
      decoded = JSON.parse(Buffer.from(raw, 'base64').toString('utf8'));
    } catch {
      throw invalid('malformed');
    }
    const parsed = PayloadSchema.safeParse(decoded);
    if (!parsed.success) throw invalid('malformed');
    const { challenge, solution } = parsed.data;
    const result = await verifySolution({ challenge, solution, deriveKey, hmacSignatureSecret: signatureSecret, hmacKeySignatureSecret: keySecret });
    if (!result.verified) throw invalid(result.invalidSignature ? 'signature' : 'solution');
    // Signed, so `exp` is ours; a challenge without it was not issued here.
    const exp = challenge.parameters.data?.exp;
    if (typeof exp !== 'number') throw invalid('signature');
    const ttlMs = exp * 1000 - opts.now();
    if (ttlMs <= 0) throw new AppError('POW_EXPIRED', 400, undefined, undefined, { reason: 'expired' });
    if (!(await spent.claim(challenge.parameters.nonce, ttlMs))) throw invalid('replayed');
  }

  app.decorate('pow', { required: config.POW_REQUIRED, verify });

  app.get(
    POW_CHALLENGE_PATH,
    {
      onRequest: app.budget('challenge').onRequest,
      schema: { tags: ['security'], summary: 'A fresh proof-of-work challenge for the altcha widget', response: { 200: PowChallengeSchema } },
    },
    async (_req, reply) => {
      reply.header('cache-control', 'no-store');
      return issue();
    },
  );
});

/** The onRequest hook of a route that takes a proof of work when the server requires one. */
export function requirePow(app: FastifyInstance) {
  return async (req: FastifyRequest) => {
    if (app.pow.required) await app.pow.verify(req);
  };
}
