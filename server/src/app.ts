import { randomBytes } from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyServerOptions } from 'fastify';
import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import websocket from '@fastify/websocket';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Capability } from '@thiphapluat/shared';
import { eq } from 'drizzle-orm';
import { contests, createDb, ensureQuestionSearch, seedDemo, settings, type DbHandle } from '@thiphapluat/db';
import { MemoryLeaderboardStore } from './adapters/leaderboard/memory.leaderboard.js';
import type { LeaderboardStore } from './adapters/leaderboard/leaderboard.port.js';
import { systemClock, type Clock } from './clock.js';
import { ConfigSchema, type Config } from './config.js';
import { memoize, PendingWork, type AppContext } from './context.js';
import { DomainEvents } from './events.js';
import { AnswerWriter } from './modules/attempts/answer-writer.js';
import { AttemptCache } from './modules/attempts/attempt-cache.js';
import { publishedPool } from './modules/attempts/attempts.repository.js';
import { attemptsRoutes } from './modules/attempts/attempts.routes.js';
import { cryptoRng, type Rng } from './modules/attempts/draw.js';
import { sweepOverdue } from './modules/attempts/finalize.service.js';
import { contestsRoutes } from './modules/contests/contests.routes.js';
import { LeaderboardService } from './modules/leaderboard/leaderboard.service.js';
import { leaderboardRoutes } from './modules/leaderboard/leaderboard.routes.js';
import { liveRoutes } from './modules/live/live.routes.js';
import { LiveHub } from './modules/live/live.hub.js';
import { participantsRoutes } from './modules/participants/participants.routes.js';
import { authPlugin } from './plugins/auth.js';
import { studioAuthPlugin } from './plugins/studio-auth.js';
import { staffAuthRoutes } from './modules/staff/auth.routes.js';
import { seedDemoStaff } from './modules/staff/staff.service.js';
import { staffAdminRoutes } from './modules/staff/staff.routes.js';
import { questionsRoutes } from './modules/questions/questions.routes.js';
import { contestBuilderRoutes } from './modules/contest-builder/contest-builder.routes.js';
import { monitorRoutes } from './modules/monitor/monitor.routes.js';
import { statsRoutes } from './modules/stats/stats.routes.js';
import { createJobQueue, type JobQueue } from './adapters/queue/index.js';
import { exportsRoutes } from './modules/exports/exports.routes.js';
import { sweepExpiredExports } from './modules/exports/exports.service.js';
import { integrityRoutes } from './modules/integrity/integrity.routes.js';
import { itemAnalysisRoutes } from './modules/stats/item-analysis.routes.js';
import { errorBody, errorsPlugin } from './plugins/errors.js';
import { connectLimitsRedis, rateLimitsPlugin } from './plugins/rate-limits.js';
import { powPlugin } from './plugins/pow.js';
import { pressurePlugin } from './modules/admission/pressure.js';
import { admissionPlugin } from './modules/admission/admission.routes.js';
import { DOCS_CSP, securityPlugin } from './plugins/security.js';
import { privacyRoutes } from './modules/privacy/privacy.routes.js';
import { retentionSweeper } from './modules/privacy/privacy.service.js';

/** One served route as registered: what tests enumerate to cover every route, including later ones. */
export interface RouteEntry {
  method: string;
  url: string;
  /** The capability an organization studio route declared (config.capability). */
  capability?: Capability;
}

declare module 'fastify' {
  interface FastifyInstance {
    ctx: AppContext;
    /** Every route, in registration order (HEAD twins left out). */
    routeTable: readonly RouteEntry[];
    dbHandle: DbHandle;
    live: LiveHub;
    /** One sweeper pass: finalize overdue attempts, send deadline warnings, close finished rounds. */
    sweep(): Promise<void>;
  }
  interface FastifyRequest {
    ctx: AppContext;
  }
}

export interface BuildAppOptions {
  /** Overrides DATABASE_PATH; ':memory:' for a throwaway database. */
  dbPath?: string;
  config?: Partial<Config>;
  clock?: Clock;
  rng?: Rng;
  logger?: FastifyServerOptions['logger'];
  /** Seed demo data into an empty database. Defaults to config.SEED_DEMO. */
  seed?: boolean;
  /** Run the periodic sweeper. Tests turn it off and call app.sweep() after moving the clock. */
  sweeper?: boolean;
  leaderboardStore?: LeaderboardStore;
  /** argon2id cost; tests lower it. Defaults follow OWASP: 19 MiB, 2 passes. */
  passwordHashing?: AppContext['passwordHashing'];
  /** Background jobs; by default BullMQ when REDIS_URL is set, in-process otherwise. Closed with the app. */
  jobQueue?: JobQueue;
}

/** Builds the whole app without listening: the same object `pnpm start` serves and tests inject into. */
export async function buildApp(opts: BuildAppOptions = {}): Promise<FastifyInstance> {
  const config: Config = { ...ConfigSchema.parse({}), ...opts.config };
  const clock = opts.clock ?? systemClock;
  const handle = createDb({ path: opts.dbPath ?? config.DATABASE_PATH, synchronous: config.SQLITE_SYNCHRONOUS });

  const app = Fastify({
    logger: opts.logger ?? { level: config.LOG_LEVEL },
    bodyLimit: 64 * 1024,
    trustProxy: config.TRUST_PROXY,
    requestIdHeader: false,
    ajv: undefined,
    // The router refuses some URLs before any hook runs (invalid UTF-8, an over-long segment); they get
    // our error shape too, like every other refusal.
    frameworkErrors: (err, _req, reply: FastifyReply) => {
      const status = err.statusCode !== undefined && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 400;
      void reply.status(status).send(errorBody('BAD_REQUEST', undefined, undefined, { reason: err.message.slice(0, 200) }));
    },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const routeTable: RouteEntry[] = [];
  app.decorate('routeTable', routeTable);
  app.addHook('onRoute', (r) => {
    for (const method of [r.method].flat()) {
      if (method !== 'HEAD') routeTable.push({ method, url: r.url, ...(r.config?.capability ? { capability: r.config.capability } : {}) });
    }
  });

  const db = handle.db;
  const events = new DomainEvents();
  const store = opts.leaderboardStore ?? new MemoryLeaderboardStore();
  const pool = memoize(10_000, () => clock.now(), (orgId: number) => publishedPool(db, orgId));
  const grace = memoize(10_000, () => clock.now(), (contestId: number) => db.select({ g: contests.answerGraceMs }).from(contests).where(eq(contests.id, contestId)).get()?.g ?? 2000);
  const ctx: AppContext = {
    db,
    clock,
    log: app.log,
    secret: resolveSecret(handle, config),
    rng: opts.rng ?? cryptoRng,
    answerWriter: new AnswerWriter(handle.sqlite),
    attempts: new AttemptCache(),
    leaderboards: new LeaderboardService({ db, clock, store, events, log: app.log }),
    events,
    pending: new PendingWork((err) => app.log.error({ err }, 'background work failed')),
    pool,
    invalidatePool: (orgId) => pool.invalidate(orgId),
    contestGraceMs: grace,
    passwordHashing: opts.passwordHashing ?? { memoryCost: 19_456, timeCost: 2, parallelism: 1 },
    sessionTtlMs: config.SESSION_TTL_HOURS * 3600_000,
    jobs: opts.jobQueue ?? createJobQueue({ redisUrl: config.REDIS_URL }),
  };
  app.decorate('ctx', ctx);
  app.decorate('dbHandle', handle);
  app.decorateRequest('ctx', { getter: () => ctx });

  if (opts.seed ?? config.SEED_DEMO) {
    const summary = seedDemo(db, clock.now());
    if (summary) {
      app.log.info(summary, 'seeded demo data into an empty database');
      await seedDemoStaff(ctx, summary.organizationId, app.log);
    }
  }
  handle.db.transaction((tx) => ensureQuestionSearch(tx));

  await app.register(swagger, {
    openapi: {
      info: { title: 'thiphapluat API', description: 'Cuộc thi tìm hiểu pháp luật trực tuyến', version: '0.1.0' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(securityPlugin);
  await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: DOCS_CSP });
  await app.register(cookie);
  await app.register(websocket, { options: { maxPayload: 16 * 1024 } });
  await app.register(errorsPlugin);
  await app.register(authPlugin);
  // Bots and rushes (issue 5): request budgets, proof of work, the waiting room, load shedding.
  const limitsRedis = config.REDIS_URL ? connectLimitsRedis(config.REDIS_URL) : undefined;
  if (limitsRedis) app.addHook('onClose', async () => void (await limitsRedis.quit().catch(() => limitsRedis.disconnect())));
  await app.register(pressurePlugin, { maxEventLoopDelayMs: config.UNDER_PRESSURE_MAX_EVENT_LOOP_DELAY_MS });
  await app.register(rateLimitsPlugin, { config, ...(limitsRedis ? { redis: limitsRedis } : {}) });
  await app.register(powPlugin, { config, secret: ctx.secret, now: () => clock.now(), ...(limitsRedis ? { redis: limitsRedis } : {}) });
  await app.register(admissionPlugin, {
    limits: { maxInProgress: config.ADMISSION_MAX_IN_PROGRESS, maxEventLoopDelayMs: config.ADMISSION_MAX_EVENT_LOOP_DELAY_MS, maxStartsPerS: config.ADMISSION_MAX_STARTS_PER_S },
    eventLoopDelayMs: () => app.eventLoopDelayMs(),
    drain: opts.sweeper ?? true,
  });

  app.get('/api/health', { schema: { tags: ['ops'], summary: 'Liveness and database check', response: { 200: z.object({ status: z.literal('ok'), time: z.iso.datetime() }) } } }, async () => {
    handle.sqlite.prepare('select 1').get();
    return { status: 'ok' as const, time: new Date(clock.now()).toISOString() };
  });
  await app.register(contestsRoutes);
  await app.register(participantsRoutes, { cookieSecure: config.COOKIE_SECURE });
  await app.register(attemptsRoutes);
  await app.register(leaderboardRoutes);
  await app.register(studioAuthPlugin);
  await app.register(staffAuthRoutes, { cookieSecure: config.COOKIE_SECURE });
  await app.register(staffAdminRoutes);
  await app.register(questionsRoutes);
  await app.register(contestBuilderRoutes);
  await app.register(monitorRoutes);
  await app.register(privacyRoutes);
  await app.register(statsRoutes);
  await app.register(exportsRoutes);
  await app.register(integrityRoutes);
  await app.register(itemAnalysisRoutes);
  const hub = new LiveHub(ctx);
  app.decorate('live', hub);
  await app.register(liveRoutes, { hub, messagesPer10s: config.WS_MESSAGES_PER_10S });

  const retention = retentionSweeper(ctx);
  let sweeping = false;
  app.decorate('sweep', async () => {
    if (sweeping) return;
    sweeping = true;
    try {
      sweepOverdue(ctx);
      retention();
      sweepExpiredExports(ctx);
      await ctx.leaderboards.finalizeClosedRounds(2000);
      app.live.tick();
      await ctx.pending.settled();
    } finally {
      sweeping = false;
    }
  });
  let timer: NodeJS.Timeout | undefined;
  if (opts.sweeper ?? true) {
    app.addHook('onReady', async () => {
      timer = setInterval(() => app.sweep().catch((err) => app.log.error({ err }, 'sweep failed')), config.SWEEP_INTERVAL_MS);
      timer.unref();
    });
  }
  app.addHook('onClose', async () => {
    if (timer) clearInterval(timer);
    hub.close();
    await ctx.answerWriter.drain();
    await ctx.pending.settled();
    // Running jobs finish (or are left queued for the next start) before the database closes.
    await ctx.jobs.close();
    handle.close();
  });
  return app;
}

/** APP_SECRET when set; otherwise one generated on first start and kept in the database. */
function resolveSecret(handle: DbHandle, config: Config): Buffer {
  if (config.APP_SECRET) return Buffer.from(config.APP_SECRET, 'utf8');
  const row = handle.db.select().from(settings).where(eq(settings.key, 'app_secret')).get();
  if (row) return Buffer.from(row.value, 'base64');
  const value = randomBytes(32).toString('base64');
  handle.db.insert(settings).values({ key: 'app_secret', value }).run();
  return Buffer.from(value, 'base64');
}
