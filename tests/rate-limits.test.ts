import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import type { InjectOptions } from 'fastify';
import { ErrorBodySchema } from '@thiphapluat/shared';
import { MemoryJobQueue } from '../server/src/adapters/queue/index.js';
import type { Config } from '../server/src/config.js';
import { createTestApp, nextPhone, register, registrationBody, SLUG, type TestApp } from './helpers/app.js';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Budgets small enough to reach in a test; everything else as production has it. */
const tight: Partial<Config> = {
  RATE_LIMIT_ENABLED: true,
  RATE_LIMIT_REGISTER_PER_IP: 3,
  RATE_LIMIT_REGISTER_PER_PHONE: 2,
  RATE_LIMIT_SIGN_IN_PER_IP: 50,
  RATE_LIMIT_SIGN_IN_PER_PHONE: 2,
  RATE_LIMIT_START_PER_IP: 50,
  RATE_LIMIT_START_PER_PARTICIPANT: 2,
  RATE_LIMIT_WS_CONNECT_PER_IP: 2,
};

const from = (ip: string, o: InjectOptions): InjectOptions => ({ ...o, remoteAddress: ip });

function expectLimited(res: { statusCode: number; headers: Record<string, unknown>; json(): unknown }, budget: string) {
  expect(res.statusCode).toBe(429);
  const retry = Number(res.headers['retry-after']);
  expect(retry).toBeGreaterThanOrEqual(1);
  expect(ErrorBodySchema.parse(res.json()).error).toMatchObject({
    code: 'RATE_LIMITED',
    message: `Bạn thao tác quá nhanh. Vui lòng thử lại sau ${retry} giây.`,
    details: { budget, retryAfterSeconds: retry },
  });
}

function budgetTests(name: string, make: () => Promise<TestApp>) {
  describe(name, () => {
    let t: TestApp;
    afterEach(async () => t.close());
    const registerFrom = (ip: string, phone = nextPhone()) =>
      t.app.inject(from(ip, { method: 'POST', url: `/api/contests/${SLUG}/participants`, payload: registrationBody(t, { phone }) }));

    it('limits registrations per IP, before the body is even validated, and counts other IPs apart', async () => {
      t = await make();
      for (let i = 0; i < 3; i++) expect((await registerFrom('203.0.113.1')).statusCode).toBe(201);
      expectLimited(await registerFrom('203.0.113.1'), 'register');
      // Garbage from the same address is refused by the budget too, not parsed.
      expectLimited(await t.app.inject(from('203.0.113.1', { method: 'POST', url: `/api/contests/${SLUG}/participants`, payload: { nonsense: true } })), 'register');
      expect((await registerFrom('203.0.113.2')).statusCode).toBe(201);
    });

    it('limits attempts on one phone across many IPs', async () => {
      t = await make();
      const phone = nextPhone();
      expect((await registerFrom('198.51.100.1', phone)).statusCode).toBe(201);
      expect((await registerFrom('198.51.100.2', phone)).statusCode).toBe(409);
      expectLimited(await registerFrom('198.51.100.3', phone), 'register');

      const signIn = (ip: string, password: string) =>
        t.app.inject(from(ip, { method: 'POST', url: `/api/contests/${SLUG}/sessions`, payload: { phone, password } }));
      expect((await signIn('198.51.100.4', 'sai-mat-khau-1')).statusCode).toBe(401);
      expect((await signIn('198.51.100.5', 'sai-mat-khau-2')).statusCode).toBe(401);
      expectLimited(await signIn('198.51.100.6', 'mat-khau-an-toan'), 'signIn');
    });

    it('limits starts per participant and WebSocket connections per IP', async () => {
      t = await make();
      const who = await register(t);
      const start = () => t.app.inject(from('192.0.2.9', { method: 'POST', url: `/api/rounds/${t.roundId}/attempts`, headers: who.headers }));
      expect((await start()).statusCode).toBe(201);
      expect((await start()).statusCode).toBe(200);
      expectLimited(await start(), 'start');

      const connect = () => t.app.inject(from('192.0.2.10', { method: 'GET', url: '/ws' }));
      expect((await connect()).statusCode).toBe(426);
      expect((await connect()).statusCode).toBe(426);
      expectLimited(await connect(), 'wsConnect');
    });
  });
}

budgetTests('request budgets in memory', () => createTestApp({ config: tight }));

describe('request budgets in Redis', () => {
  const prefix = `tpl-test-rl-${process.pid}-${Date.now()}:`;
  const apps: TestApp[] = [];
  const onRedis = async () => {
    const t = await createTestApp({ config: { ...tight, REDIS_URL, REDIS_KEY_PREFIX: prefix }, jobQueue: new MemoryJobQueue() });
    apps.push(t);
    return t;
  };
  afterAll(async () => {
    const redis = new Redis(REDIS_URL);
    try {
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
        if (keys.length) await redis.del(...keys);
        cursor = next;
      } while (cursor !== '0');
      expect((await redis.scan('0', 'MATCH', `${prefix}*`, 'COUNT', 10_000))[1]).toEqual([]);
    } finally {
      await redis.quit();
    }
  });

  budgetTests('on the real Redis', onRedis);

  it('shares the counts between instances, under its own key prefix', async () => {
    const [a, b] = [await onRedis(), await onRedis()];
    try {
      const ip = '203.0.113.77';
      const post = (t: TestApp) => t.app.inject(from(ip, { method: 'POST', url: `/api/contests/${SLUG}/participants`, payload: registrationBody(t) }));
      expect((await post(a)).statusCode).toBe(201);
      expect((await post(b)).statusCode).toBe(201);
      expect((await post(a)).statusCode).toBe(201);
      expectLimited(await post(b), 'register');
      const redis = new Redis(REDIS_URL);
      try {
        const [, keys] = await redis.scan('0', 'MATCH', `${prefix}rl:*`, 'COUNT', 10_000);
        expect(keys.some((k) => k.includes(`register:ip:${ip}`))).toBe(true);
      } finally {
        await redis.quit();
      }
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});
