import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { and, eq } from 'drizzle-orm';
import { attemptQuestions, questionVersions, DEMO_CONTEST_SLUG } from '@thiphapluat/db';
import { buildApp, ManualClock, type BuildAppOptions } from '@thiphapluat/server';
import { AttemptViewSchema, ContestDetailSchema, SessionResponseSchema, type AttemptView, type ContestDetail, type RegisterBody } from '@thiphapluat/shared';

export const SLUG = DEMO_CONTEST_SLUG;

export interface TestApp {
  app: FastifyInstance;
  clock: ManualClock;
  contest: ContestDetail;
  /** The demo contest's open round. */
  roundId: number;
  unitId: number;
  close(): Promise<void>;
}

/**
 * The real app on a real SQLite file in a temp dir, seeded with the demo, with a clock the test moves
 * and no background sweeper (tests call app.sweep()). Password hashing is cheap so tests stay fast.
 */
export async function createTestApp(opts: Partial<BuildAppOptions> = {}, prepare?: (app: FastifyInstance) => Promise<unknown>): Promise<TestApp> {
  const dir = mkdtempSync(join(tmpdir(), 'tpl-test-'));
  const clock = new ManualClock(Date.UTC(2026, 10, 23, 3, 0, 0));
  const app = await buildApp({
    dbPath: join(dir, 'test.db'),
    clock,
    logger: process.env.TEST_LOG ? { level: 'error' } : false,
    seed: true,
    sweeper: false,
    passwordHashing: { memoryCost: 1024, timeCost: 1, parallelism: 1 },
    ...opts,
    // Request budgets, the proof of work and load-based admission are off unless a test turns them on
    // (tests/rate-limits*, tests/pow*, tests/admission*, the e2e PoW tests): the rest of the suite
    // registers many residents from one address, on a manual clock, on a busy machine.
    config: {
      RATE_LIMIT_ENABLED: false,
      POW_REQUIRED: false,
      ADMISSION_MAX_STARTS_PER_S: 1_000_000,
      ADMISSION_MAX_EVENT_LOOP_DELAY_MS: 3_600_000,
      UNDER_PRESSURE_MAX_EVENT_LOOP_DELAY_MS: 0,
      ...opts.config,
    },
  });
  await prepare?.(app);
  await app.ready();
  const contest = ContestDetailSchema.parse((await app.inject({ method: 'GET', url: `/api/contests/${SLUG}` })).json());
  const units = (await app.inject({ method: 'GET', url: `/api/contests/${SLUG}/units?limit=5` })).json() as { units: { id: number }[] };
  const open = contest.rounds.find((r) => r.state === 'open');
  if (!open || !units.units[0]) throw new Error('demo seed has no open round or no units');
  return {
    app,
    clock,
    contest,
    roundId: open.id,
    unitId: units.units[0].id,
    close: async () => {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

let phoneSeq = 0;
/** A fresh valid mobile number per call. */
export const nextPhone = () => `09${String(10_000_000 + ((process.pid * 7919 + ++phoneSeq) % 89_999_999)).padStart(8, '0')}`;

export function registrationBody(t: TestApp, overrides: Partial<RegisterBody> = {}): RegisterBody {
  return {
    fullName: 'Trần Thị Bích Ngọc',
    birthDate: '1995-05-20',
    phone: nextPhone(),
    password: 'mat-khau-an-toan',
    unitId: t.unitId,
    entrantType: 'civil_servant',
    consent: true,
    ...overrides,
  };
}

export interface Contestant {
  token: string;
  participantId: string;
  headers: { authorization: string };
}

export async function register(t: TestApp, overrides: Partial<RegisterBody> = {}): Promise<Contestant> {
  const res = await t.app.inject({ method: 'POST', url: `/api/contests/${SLUG}/participants`, payload: registrationBody(t, overrides) });
  if (res.statusCode !== 201) throw new Error(`register failed ${res.statusCode}: ${res.body}`);
  const s = SessionResponseSchema.parse(res.json());
  return { token: s.token, participantId: s.participant.id, headers: { authorization: `Bearer ${s.token}` } };
}

export async function start(t: TestApp, who: Contestant, roundId = t.roundId): Promise<AttemptView> {
  const res = await t.app.inject({ method: 'POST', url: `/api/rounds/${roundId}/attempts`, headers: who.headers });
  if (res.statusCode !== 201 && res.statusCode !== 200) throw new Error(`start failed ${res.statusCode}: ${res.body}`);
  return AttemptViewSchema.parse(res.json());
}

/** The answer key of an attempt, read from the database: what a test needs to answer right. */
export function answerKey(t: TestApp, attemptId: string): Map<number, string[]> {
  const rows = t.app.ctx.db
    .select({ position: attemptQuestions.position, key: questionVersions.correctOptionIds })
    .from(attemptQuestions)
    .innerJoin(questionVersions, eq(questionVersions.id, attemptQuestions.questionVersionId))
    .where(and(eq(attemptQuestions.attemptId, attemptId)))
    .all();
  return new Map(rows.map((r) => [r.position, r.key]));
}

export function save(t: TestApp, who: Contestant, attemptId: string, position: number, optionIds: string[], clientSeq?: number) {
  return t.app.inject({
    method: 'PUT',
    url: `/api/attempts/${attemptId}/answers/${position}`,
    headers: who.headers,
    payload: clientSeq === undefined ? { optionIds } : { optionIds, clientSeq },
  });
}

export function submit(t: TestApp, who: Contestant, attemptId: string, prediction?: number) {
  return t.app.inject({ method: 'POST', url: `/api/attempts/${attemptId}/submit`, headers: who.headers, payload: prediction === undefined ? {} : { prediction } });
}

export type { FastifyInstance };
