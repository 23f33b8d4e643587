/**
 * `pnpm simulate:bots [--bots 1000] [--bot-ips 4] [--users 50] [--json]`: a bot flood on registration.
 *
 * 1. Starts the real server (scripts/sim-server.ts) in a child process on a temporary SQLite file,
 *    listening on 127.0.0.1 only, with production settings: request budgets and the proof of work on,
 *    production difficulty. One harness-only setting: TRUST_PROXY=true, and each simulated client
 *    sends X-Forwarded-For, so that "a few IPs" (the bots) and "50 residents at home" (one address
 *    each) can come from this one machine. Never turn TRUST_PROXY on in production unless a reverse
 *    proxy you control sets that header.
 * 2. At the same moment:
 *    - `bots` scripted registrations from `bot-ips` addresses, as fast as 64 connections allow, that do
 *      not solve the challenge: a third send none, a third send a forged solution, a third replay one
 *      genuine solution a bot bought once;
 *    - `users` real residents, each from their own address: fetch a challenge, solve it (in worker
 *      threads, as their phones would in web workers), register with it.
 * 3. Prints how many bots got in (target 0), how the others were refused, and the real users' p50/p95
 *    registration time (challenge → solved → 201) with the solving part on its own.
 *
 * Bounded: a hard limit stops it; everything stops by itself.
 */
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { POW_CHALLENGE_PATH, POW_HEADER, PowChallengeSchema, type RegisterBody } from '@thiphapluat/shared';
import { fmt, percentile, pool, powSolvers, request, startSimServer } from './lib/sim.js';

const { values: args } = parseArgs({
  options: {
    bots: { type: 'string', default: '1000' },
    'bot-ips': { type: 'string', default: '4' },
    users: { type: 'string', default: '50' },
    json: { type: 'boolean', default: false },
  },
});
const BOTS = Number(args.bots);
const BOT_IPS = Number(args['bot-ips']);
const USERS = Number(args.users);
const BOT_CONCURRENCY = 64;
const SOLVERS = 2;
const HARD_LIMIT_MS = 180_000;

const hard = setTimeout(() => {
  console.error(`simulate:bots: hard limit of ${HARD_LIMIT_MS / 1000} s reached, giving up`);
  process.exit(3);
}, HARD_LIMIT_MS);
hard.unref();
const log = (msg: string) => !args.json && console.log(msg);

log(`simulate:bots — ${BOTS} bot registrations from ${BOT_IPS} IPs, ${USERS} residents registering at the same moment`);
const server = await startSimServer({ TRUST_PROXY: true, LOG_LEVEL: 'error' }, 0);
const { base, slug, unitId } = server;
const url = `/api/contests/${slug}/participants`;
const botAgent = pool(BOT_CONCURRENCY);
const userAgent = pool(USERS + 8);

let phoneSeq = 0;
const body = (): RegisterBody => ({
  fullName: 'Nguyễn Văn Thử',
  birthDate: '1990-03-15',
  phone: `097${String(1_000_000 + ++phoneSeq).padStart(7, '0')}`,
  password: 'mot-mat-khau-rieng-2026',
  ...(unitId === null ? {} : { unitId }),
  entrantType: 'civil_servant',
  consent: true,
});

const solvers = powSolvers(SOLVERS);
const solve = solvers.solve;

// ------------------------------------------------------------------------------------------- bots

type BotKind = 'none' | 'forged' | 'replayed';
const botStatus: Record<BotKind, Map<string, number>> = { none: new Map(), forged: new Map(), replayed: new Map() };
let botsIn = 0;

async function bots(replayable: string): Promise<number> {
  const t0 = performance.now();
  let next = 0;
  const forged = Buffer.from(JSON.stringify({ challenge: { parameters: { algorithm: 'SHA-256', nonce: 'x', salt: 'y', cost: 1, keyLength: 32, keyPrefix: '00' }, signature: 'f'.repeat(64) }, solution: { counter: 1, derivedKey: '00'.repeat(32) } })).toString('base64');
  await Promise.all(
    Array.from({ length: BOT_CONCURRENCY }, async () => {
      while (next < BOTS) {
        const i = next++;
        const kind: BotKind = (['none', 'forged', 'replayed'] as const)[i % 3]!;
        const headers: Record<string, string> = { 'x-forwarded-for': `203.0.113.${10 + (i % BOT_IPS)}` };
        if (kind === 'forged') headers[POW_HEADER] = forged;
        if (kind === 'replayed') headers[POW_HEADER] = replayable;
        const res = await request(botAgent, base, 'POST', url, { headers, body: body() });
        if (res.status === 201) botsIn++;
        const code = res.status === 0 ? 'network error' : `${res.status} ${(res.body as { error?: { code?: string } })?.error?.code ?? ''}`.trim();
        botStatus[kind].set(code, (botStatus[kind].get(code) ?? 0) + 1);
      }
    }),
  );
  return performance.now() - t0;
}

// ------------------------------------------------------------------------------------- real users

interface UserResult {
  ok: boolean;
  totalMs: number;
  solveMs: number;
  challengeMs: number;
  registerMs: number;
  status: number;
}
async function resident(i: number): Promise<UserResult> {
  const headers = { 'x-forwarded-for': `100.64.${i >> 8}.${i & 255}` };
  const t0 = performance.now();
  const c = await request(userAgent, base, 'GET', POW_CHALLENGE_PATH, { headers });
  if (c.status !== 200) return { ok: false, totalMs: performance.now() - t0, solveMs: 0, challengeMs: c.ms, registerMs: 0, status: c.status };
  const solved = await solve(PowChallengeSchema.parse(c.body));
  const res = await request(userAgent, base, 'POST', url, { headers: { ...headers, [POW_HEADER]: solved.payload }, body: body() });
  return { ok: res.status === 201, totalMs: performance.now() - t0, solveMs: solved.ms, challengeMs: c.ms, registerMs: res.ms, status: res.status };
}

// A genuine solution, bought once by the bot operator and then replayed.
const bought = await solve(PowChallengeSchema.parse((await request(botAgent, base, 'GET', POW_CHALLENGE_PATH, { headers: { 'x-forwarded-for': '203.0.113.10' } })).body));
const boughtUse = await request(botAgent, base, 'POST', url, { headers: { 'x-forwarded-for': '203.0.113.10', [POW_HEADER]: bought.payload }, body: body() });

log('flood…');
const [botMs, users] = await Promise.all([bots(bought.payload), Promise.all(Array.from({ length: USERS }, (_, i) => resident(i)))]);
await solvers.close();
const serverStats = await server.stop();

// ------------------------------------------------------------------------------------------ report

const okUsers = users.filter((u) => u.ok);
const result = {
  bots: BOTS,
  botIps: BOT_IPS,
  botSeconds: Math.round(botMs / 100) / 10,
  botsIn,
  botRefusals: Object.fromEntries(Object.entries(botStatus).map(([k, m]) => [k, Object.fromEntries(m)])),
  theOneBoughtSolution: boughtUse.status,
  users: USERS,
  usersRegistered: okUsers.length,
  userFailures: users.filter((u) => !u.ok).map((u) => u.status),
  userRegistrationMs: { p50: Math.round(percentile(okUsers.map((u) => u.totalMs), 50)), p95: Math.round(percentile(okUsers.map((u) => u.totalMs), 95)) },
  userSolveMs: { p50: Math.round(percentile(okUsers.map((u) => u.solveMs), 50)), p95: Math.round(percentile(okUsers.map((u) => u.solveMs), 95)) },
  userChallengeMs: { p50: Math.round(percentile(okUsers.map((u) => u.challengeMs), 50)), p95: Math.round(percentile(okUsers.map((u) => u.challengeMs), 95)) },
  userPostMs: { p50: Math.round(percentile(okUsers.map((u) => u.registerMs), 50)), p95: Math.round(percentile(okUsers.map((u) => u.registerMs), 95)) },
  server: serverStats,
};
if (args.json) {
  console.log(JSON.stringify(result));
} else {
  console.log('');
  console.log(`bots: ${BOTS} registrations from ${BOT_IPS} IPs in ${result.botSeconds} s`);
  console.log(`  got in               ${botsIn}   (target 0)`);
  for (const [kind, codes] of Object.entries(result.botRefusals)) console.log(`  ${kind.padEnd(20)} ${JSON.stringify(codes)}`);
  console.log(`  (the one genuine solution they bought registered once: ${boughtUse.status})`);
  console.log(`residents: ${okUsers.length}/${USERS} registered during the flood`);
  console.log(`  registration time    p50 ${fmt(result.userRegistrationMs.p50)}, p95 ${fmt(result.userRegistrationMs.p95)}   (challenge → solve → 201)`);
  console.log(`  of which challenge   p50 ${fmt(result.userChallengeMs.p50)}, p95 ${fmt(result.userChallengeMs.p95)}   (GET ${POW_CHALLENGE_PATH})`);
  console.log(`           solving     p50 ${fmt(result.userSolveMs.p50)}, p95 ${fmt(result.userSolveMs.p95)}`);
  console.log(`           register    p50 ${fmt(result.userPostMs.p50)}, p95 ${fmt(result.userPostMs.p95)}   (POST with the solution)`);
  if (result.userFailures.length) console.log(`  failures             ${JSON.stringify(result.userFailures)}`);
  console.log(`server at the end: ${JSON.stringify(serverStats)}`);
}
botAgent.destroy();
userAgent.destroy();
process.exit(botsIn === 0 && okUsers.length === USERS ? 0 : 1);
