import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1');

/** Every environment variable the server reads. Documented in the README's configuration table. */
export const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_PATH: z.string().min(1).default('data/thiphapluat.db'),
  /**
   * Keys the CCCD hash (HMAC-SHA256). Without it a random one is generated and kept in the database,
   * which is fine for one instance but must be set when the data moves or several instances run.
   */
  APP_SECRET: z.string().min(32, 'APP_SECRET must be at least 32 characters').optional(),
  SEED_DEMO: bool.default(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SWEEP_INTERVAL_MS: z.coerce.number().int().min(100).max(60_000).default(1000),
  SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 90).default(24 * 30),
  COOKIE_SECURE: bool.default(true),
  TRUST_PROXY: bool.default(false),
  WS_MESSAGES_PER_10S: z.coerce.number().int().min(10).max(10_000).default(120),
  SQLITE_SYNCHRONOUS: z.enum(['FULL', 'NORMAL']).default('FULL'),
  /** Switches the job queue to BullMQ on this Redis (redis://[user:pass@]host:port[/db]); in-process otherwise. */
  REDIS_URL: z.string().url().regex(/^rediss?:\/\//, 'REDIS_URL must be a redis:// or rediss:// URL').optional(),
  // Request budgets (issue 5, bots and rushes). Per IP they stay generous: mobile carriers put many
  // residents behind one address (CGNAT). Per phone/e-mail/participant they are tight.
  RATE_LIMIT_ENABLED: bool.default(true),
  /** Prefix of the rate-limit and proof-of-work keys in Redis, so several installations can share one. */
  REDIS_KEY_PREFIX: z.string().min(1).max(64).default('tpl:'),
  RATE_LIMIT_WINDOW_MS: z.coerce.number().int().min(1000).max(3_600_000).default(60_000),
  RATE_LIMIT_REGISTER_PER_IP: z.coerce.number().int().min(1).default(60),
  RATE_LIMIT_REGISTER_PER_PHONE: z.coerce.number().int().min(1).default(5),
  RATE_LIMIT_SIGN_IN_PER_IP: z.coerce.number().int().min(1).default(120),
  RATE_LIMIT_SIGN_IN_PER_PHONE: z.coerce.number().int().min(1).default(10),
  RATE_LIMIT_START_PER_IP: z.coerce.number().int().min(1).default(600),
  RATE_LIMIT_START_PER_PARTICIPANT: z.coerce.number().int().min(1).default(20),
  RATE_LIMIT_WS_CONNECT_PER_IP: z.coerce.number().int().min(1).default(600),
  RATE_LIMIT_CHALLENGE_PER_IP: z.coerce.number().int().min(1).default(300),
  /** Proof of work (altcha) on registration and sign-in, and on start while the waiting room is open. */
  POW_REQUIRED: bool.default(true),
  /** Keys the challenge signatures (HMAC). Without it one is derived from APP_SECRET / the generated secret. */
  POW_HMAC_KEY: z.string().min(32, 'POW_HMAC_KEY must be at least 32 characters').optional(),
  /** The solver tries counters from 0 up to a random one in [POW_MIN_NUMBER, POW_MAX_NUMBER]: the work. */
  POW_MIN_NUMBER: z.coerce.number().int().min(1).default(5_000),
  POW_MAX_NUMBER: z.coerce.number().int().min(1).default(50_000),
  POW_TTL_SECONDS: z.coerce.number().int().min(10).max(3600).default(600),
  /** Admission control: past any of these limits new starts queue in the waiting room. */
  ADMISSION_MAX_IN_PROGRESS: z.coerce.number().int().min(1).default(10_000),
  ADMISSION_MAX_EVENT_LOOP_DELAY_MS: z.coerce.number().int().min(1).default(100),
  ADMISSION_MAX_STARTS_PER_S: z.coerce.number().int().min(1).default(150),
  /** @fastify/under-pressure: above this event-loop delay other routes answer 503 OVERLOADED. */
  UNDER_PRESSURE_MAX_EVENT_LOOP_DELAY_MS: z.coerce.number().int().min(0).default(1000),
});
export type Config = z.infer<typeof ConfigSchema>;

/**
 * Secrets that must never protect real data: the examples our docs and compose files show. Production
 * refuses them, like it refuses a missing or short APP_SECRET (a generated one would not survive a
 * move to another machine, and every instance behind a load balancer would hash CCCD differently).
 */
const DEVELOPMENT_MARKERS = ['changeme', 'change-me', 'change_me', 'development', 'dev-secret', 'example', 'placeholder', 'insecure', 'secretsecret', 'thiphapluat'];

/** Production-only rules; development keeps its convenient defaults. Returns what is wrong, by variable. */
export function productionProblems(env: NodeJS.ProcessEnv, config: Config): string[] {
  if (env.NODE_ENV !== 'production') return [];
  const problems: string[] = [];
  const secret = config.APP_SECRET;
  if (!secret) problems.push('APP_SECRET: required when NODE_ENV=production (at least 32 random characters, e.g. `openssl rand -base64 48`)');
  else if (isDevelopmentSecret(secret)) problems.push('APP_SECRET: looks like a development or example value; generate a random one (`openssl rand -base64 48`)');
  if (config.POW_HMAC_KEY && isDevelopmentSecret(config.POW_HMAC_KEY)) problems.push('POW_HMAC_KEY: looks like a development or example value; leave it unset (derived from APP_SECRET) or generate a random one');
  if (!config.COOKIE_SECURE) problems.push('COOKIE_SECURE: must be true when NODE_ENV=production (session cookies only over HTTPS)');
  return problems;
}

/**
 * A placeholder or a low-entropy string: a known marker inside it (six letters or more, so a random
 * secret practically never trips it), or fewer than 12 distinct characters ("aaaa…", "1234…").
 */
export function isDevelopmentSecret(secret: string): boolean {
  const lower = secret.toLowerCase();
  return DEVELOPMENT_MARKERS.some((marker) => lower.includes(marker)) || new Set(secret).size < 12;
}

/** Parses the environment; a bad variable stops start-up with a message that names it. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message} (got ${JSON.stringify(env[String(i.path[0])])})`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const problems = productionProblems(env, parsed.data);
  if (problems.length > 0) throw new ConfigError(`Refusing to start in production:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  return parsed.data;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}
