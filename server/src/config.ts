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
});
export type Config = z.infer<typeof ConfigSchema>;

/** Parses the environment; a bad variable stops start-up with a message that names it. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message} (got ${JSON.stringify(env[String(i.path[0])])})`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}
