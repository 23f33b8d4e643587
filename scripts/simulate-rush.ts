/**
 * `pnpm simulate:rush [--clients 5000] [--in-progress 200] [--spread-s 10] [--json]`: the moment a round opens.
 *
 * 1. Starts the real server (scripts/sim-server.ts) in a child process on a temporary SQLite file,
 *    listening on 127.0.0.1 only, with production settings: request budgets on, proof of work on,
 *    the waiting room at its defaults. Two harness-only settings, both documented here:
 *    - TRUST_PROXY=true and an X-Forwarded-For address per client (10.x.y.z), so the per-IP budgets
 *      see 5,000 residents instead of one load generator;
 *    - POW_MIN_NUMBER=100, POW_MAX_NUMBER=1000: the queued clients solve their challenge on the same
 *      two cores as the server, so the work per client is lowered (production: 5,000–50,000).
 * 2. Pre-registers clients + in-progress participants straight into the database.
 * 3. Puts the in-progress ones into attempts that keep saving answers over HTTP (one save in flight
 *    each, 0.5–1.5 s of thinking between saves) and measures a baseline for BASELINE_MS.
 * 4. The rush: every client POSTs a start within `spread-s` seconds. 201 = started at once; 202 = a
 *    ticket in the waiting room: it solves the proof of work, polls with it, then polls as told until
 *    admitted. Wait = first request → admitted. Anything else (4xx, 5xx, network error, a failed
 *    ticket) is an error.
 * 5. Prints started / waited / wait p50 and p99 / errors, and the answer-save p50/p99 of the
 *    in-progress attempts before the rush versus during it (same run), with the ratio.
 *
 * Bounded: the rush is cut at RUSH_LIMIT_MS and the whole run at HARD_LIMIT_MS; it stops by itself.
 */
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { AdmissionTicketSchema, AttemptViewSchema, POW_CHALLENGE_PATH, POW_HEADER, PowChallengeSchema, type AdmissionTicket, type AttemptView } from '@thiphapluat/shared';
import { fmt, percentile, pool, powSolvers, request, sleep, startSimServer, type HttpResult } from './lib/sim.js';

const { values: args } = parseArgs({
  options: {
    clients: { type: 'string', default: '5000' },
    'in-progress': { type: 'string', default: '200' },
    'spread-s': { type: 'string', default: '10' },
    json: { type: 'boolean', default: false },
  },
});
const CLIENTS = Number(args.clients);
const IN_PROGRESS = Number(args['in-progress']);
const SPREAD_MS = Number(args['spread-s']) * 1000;
const BASELINE_MS = 5_000;
const RUSH_LIMIT_MS = 240_000;
const HARD_LIMIT_MS = 360_000;

const hard = setTimeout(() => {
  console.error(`simulate:rush: hard limit of ${HARD_LIMIT_MS / 1000} s reached, giving up`);
  process.exit(3);
}, HARD_LIMIT_MS);
hard.unref();

const log = (msg: string) => !args.json && console.log(msg);
/** A stable, distinct address per simulated resident. */
const ipOf = (i: number) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;

log(`simulate:rush — ${CLIENTS} clients starting within ${SPREAD_MS / 1000} s, ${IN_PROGRESS} attempts in progress saving answers`);
const server = await startSimServer({ TRUST_PROXY: true, POW_MIN_NUMBER: 100, POW_MAX_NUMBER: 1000, LOG_LEVEL: 'error' }, CLIENTS + IN_PROGRESS);
const { base, roundId } = server;
const saveAgent = pool(IN_PROGRESS + 16);
const rushAgent = pool(1024);
const solvers = powSolvers(1);

// -------------------------------------------------------------------------------------------- rush

interface Outcome {
  kind: 'started' | 'waited' | 'error';
  waitMs: number;
  attemptId?: string;
  detail?: string;
}
const errorOf = (res: HttpResult, what: string): Outcome => ({ kind: 'error', waitMs: 0, detail: `${what} ${res.status} ${JSON.stringify(res.body).slice(0, 160)}` });

/**
 * Like a browser and the waiting page: a request that got no answer (the harness gives up after 60 s)
 * is tried again after a pause, up to three times; an answer, even a refusal, is final.
 */
async function patiently(send: () => Promise<HttpResult>): Promise<HttpResult> {
  let res = await send();
  for (let i = 0; i < 3 && res.status === 0; i++) {
    await sleep(2000);
    res = await send();
  }
  return res;
}

async function client(i: number, token: string, progress?: { started: number; admitted: number; queued: number }): Promise<Outcome> {
  const headers = { authorization: `Bearer ${token}`, 'x-forwarded-for': ipOf(i) };
  const t0 = performance.now();
  // Asking again is safe: the same resident gets the same attempt or the same ticket back.
  const first = await patiently(() => request(rushAgent, base, 'POST', `/api/rounds/${roundId}/attempts`, { headers }));
  if (first.status === 201 || first.status === 200) {
    if (progress) progress.started++;
    return { kind: 'started', waitMs: 0, attemptId: AttemptViewSchema.parse(first.body).id };
  }
  if (first.status !== 202) return errorOf(first, 'start');
  let ticket: AdmissionTicket = AdmissionTicketSchema.parse(first.body);
  if (progress) progress.queued++;
  // In the waiting room: prove the work while waiting, as the waiting page does.
  const challenge = await patiently(() => request(rushAgent, base, 'GET', POW_CHALLENGE_PATH, { headers }));
  if (challenge.status !== 200) return errorOf(challenge, 'challenge');
  const { payload: pow } = await solvers.solve(PowChallengeSchema.parse(challenge.body));
  let proofHeaders: Record<string, string> = { ...headers, [POW_HEADER]: pow };
  while (ticket.status === 'waiting') {
    if (performance.now() - t0 > RUSH_LIMIT_MS) return { kind: 'error', waitMs: 0, detail: 'still waiting at the rush limit' };
    const res = await patiently(() => request(rushAgent, base, 'GET', `/api/admission/tickets/${ticket.ticketId}`, { headers: proofHeaders }));
    if (res.status !== 200) return errorOf(res, 'poll');
    proofHeaders = headers;
    ticket = AdmissionTicketSchema.parse(res.body);
    if (ticket.status === 'waiting') await sleep(ticket.pollAfterMs);
  }
  if (ticket.status === 'failed') return { kind: 'error', waitMs: 0, detail: `ticket failed: ${ticket.error?.code}` };
  if (progress) progress.admitted++;
  return { kind: 'waited', waitMs: performance.now() - t0, attemptId: ticket.attemptId ?? undefined };
}

// ------------------------------------------------------------------------------------- in progress

// Set-up, through the same door as everyone (the start rate may send some of them to wait).
const savers = await Promise.all(
  server.tokens.slice(0, IN_PROGRESS).map(async (token, i) => {
    const ip = ipOf(CLIENTS + i);
    const outcome = await client(CLIENTS + i, token);
    if (!outcome.attemptId) throw new Error(`setup: start failed: ${outcome.detail}`);
    const res = await request(saveAgent, base, 'GET', `/api/attempts/${outcome.attemptId}`, { headers: { authorization: `Bearer ${token}`, 'x-forwarded-for': ip } });
    return { token, ip, attempt: AttemptViewSchema.parse(res.body) };
  }),
);

type Phase = 'settle' | 'baseline' | 'rush' | 'off';
let phase: Phase = 'settle';
/** Read through a call: the savers' loop must see the phase change under it. */
const phaseNow = (): Phase => phase;
const saveMs: Record<'baseline' | 'rush', number[]> = { baseline: [], rush: [] };
const saveErrors: Record<'baseline' | 'rush', number> = { baseline: 0, rush: 0 };
let seq = 0;
const saving = savers.map(async (s) => {
  const attempt = s.attempt as AttemptView;
  while (phaseNow() !== 'off') {
    await sleep(500 + Math.random() * 1000);
    if (phaseNow() === 'off') break;
    const q = attempt.questions[Math.floor(Math.random() * attempt.questions.length)]!;
    const option = q.options[Math.floor(Math.random() * q.options.length)]!;
    const at = phaseNow();
    const res = await request(saveAgent, base, 'PUT', `/api/attempts/${attempt.id}/answers/${q.position}`, {
      headers: { authorization: `Bearer ${s.token}`, 'x-forwarded-for': s.ip },
      body: { optionIds: [option.id], clientSeq: ++seq },
    });
    if (at !== 'baseline' && at !== 'rush') continue;
    if (res.status === 200) saveMs[at].push(res.ms);
    else saveErrors[at]++;
  }
});

log(`baseline: ${BASELINE_MS / 1000} s of answer saves…`);
await sleep(2000); // let the set-up settle; saves in this pause are not counted
phase = 'baseline';
await sleep(BASELINE_MS);

log(`rush: ${CLIENTS} starts…`);
phase = 'rush';
const rushStart = performance.now();
const progress = { done: 0, started: 0, admitted: 0, queued: 0 };
const ticker = setInterval(() => {
  const s = Math.round((performance.now() - rushStart) / 1000);
  log(`  ${s} s: ${progress.started} started at once, ${progress.queued} queued, ${progress.admitted} admitted from the queue, ${CLIENTS - progress.done} not done`);
}, 10_000);
const outcomes = await Promise.all(
  server.tokens.slice(IN_PROGRESS).map(async (token, i) => {
    await sleep((i / CLIENTS) * SPREAD_MS);
    const outcome = await client(i, token, progress);
    progress.done++;
    return outcome;
  }),
);
const rushMs = performance.now() - rushStart;
clearInterval(ticker);
phase = 'off';
await Promise.all(saving);
await solvers.close();
const serverStats = await server.stop();

// ------------------------------------------------------------------------------------------ report

const started = outcomes.filter((o) => o.kind === 'started').length;
const waitedMs = outcomes.filter((o) => o.kind === 'waited').map((o) => o.waitMs);
const errors = outcomes.filter((o) => o.kind === 'error');
const base50 = percentile(saveMs.baseline, 50);
const base99 = percentile(saveMs.baseline, 99);
const rush50 = percentile(saveMs.rush, 50);
const rush99 = percentile(saveMs.rush, 99);
const result = {
  clients: CLIENTS,
  spreadS: SPREAD_MS / 1000,
  rushSeconds: Math.round(rushMs / 100) / 10,
  startedAtOnce: started,
  waited: waitedMs.length,
  waitMs: { p50: Math.round(percentile(waitedMs, 50)), p99: Math.round(percentile(waitedMs, 99)), max: Math.round(Math.max(0, ...waitedMs)) },
  errors: errors.length,
  errorSamples: [...new Set(errors.map((e) => e.detail))].slice(0, 5),
  answerSaves: {
    inProgress: IN_PROGRESS,
    baseline: { n: saveMs.baseline.length, errors: saveErrors.baseline, p50: base50, p99: base99 },
    rush: { n: saveMs.rush.length, errors: saveErrors.rush, p50: rush50, p99: rush99 },
    p99Ratio: Math.round((rush99 / base99) * 100) / 100,
  },
  server: serverStats,
};

if (args.json) {
  console.log(JSON.stringify(result));
} else {
  console.log('');
  console.log(`rush over in ${result.rushSeconds} s`);
  console.log(`  started at once      ${started}`);
  console.log(`  waited, then started ${waitedMs.length}   wait p50 ${fmt(result.waitMs.p50)}, p99 ${fmt(result.waitMs.p99)}, max ${fmt(result.waitMs.max)}`);
  console.log(`  errors               ${errors.length}   (target 0)${errors.length ? `  e.g. ${result.errorSamples.join(' | ')}` : ''}`);
  console.log(`answer saves of the ${IN_PROGRESS} attempts in progress (HTTP PUT, send → ack)`);
  console.log(`  before the rush      n=${saveMs.baseline.length}  p50 ${fmt(base50)}  p99 ${fmt(base99)}  errors ${saveErrors.baseline}`);
  console.log(`  during the rush      n=${saveMs.rush.length}  p50 ${fmt(rush50)}  p99 ${fmt(rush99)}  errors ${saveErrors.rush}`);
  console.log(`  p99 during / before  ${result.answerSaves.p99Ratio}×`);
  console.log(`server at the end: ${JSON.stringify(serverStats)}`);
}
saveAgent.destroy();
rushAgent.destroy();
process.exit(errors.length === 0 ? 0 : 1);
