/**
 * `pnpm simulate:integrity [--seed N] [--honest 1000] [--json]`: how well the anti-cheat catches cheaters,
 * and how often it accuses honest residents.
 *
 * 1. Starts the real server (buildApp on a temporary SQLite file, listening on 127.0.0.1 on a random
 *    port) with a manual clock: every answer carries the server's time, and the simulation moves that
 *    clock from one scheduled moment to the next, so 45 minutes of contest run in about a minute.
 * 2. The demo contest's open round draws 20 questions from a bank of 30 (attempts share about 13
 *    questions: sharing answers only pays when questions overlap).
 * 3. Over HTTP (register, start) and WebSocket (join, answers, client reports, submit) it plays
 *    1,000 honest residents with human timing (reading speed per person, log-normal thinking scaled by
 *    question length, skips, changed answers, focus lost, families sharing a phone, carrier NAT, network
 *    switches, a few who run out of time) and 50 cheaters of five kinds, every parameter drawn at random
 *    per cheater (printed ranges): speed bots, fixed-interval scripts, multi-account operators on one
 *    device, answer-sharing rings, clients that replay, tamper with or send late writes.
 * 4. Then, as an organizer, recomputes the scores and reads the review queue at the default threshold.
 *
 * Prints per kind the share flagged, the share of honest residents flagged, and the share of tampered,
 * replayed, undelivered and late writes the server refused (and checks none of them changed a stored
 * answer). Rate limits, proof of work and the waiting room are off here: they are measured by
 * `pnpm simulate:rush`; this measures detection. Stops by itself; exit code 1 when a target is missed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import { and, eq, notInArray } from 'drizzle-orm';
import { answers, attemptQuestions, contests, drawBlueprints, questionVersions, DEMO_CONTEST_SLUG } from '@thiphapluat/db';
import { buildApp, ManualClock } from '@thiphapluat/server';
import {
  IntegrityQueueSchema,
  integrityDetectorLabelsVi,
  type AttemptQuestion,
  type AttemptView,
  type ContestDetail,
  type IntegrityDetector,
  type ServerMessage,
  type SessionResponse,
} from '@thiphapluat/shared';
import { createStaffUser } from '../server/src/modules/staff/staff.service.js';

const { values: args } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: { seed: { type: 'string' }, honest: { type: 'string', default: '1000' }, json: { type: 'boolean', default: false } },
});
const SEED = args.seed ? Number(args.seed) : Math.floor(Math.random() * 1e9);
const HONEST = Number(args.honest);
/** The simulation's time step: actions due within one step run together at the step's server time. */
const TICK_MS = 500;
const HARD_TIMEOUT_MS = 10 * 60_000;
const BANK = 30;
const DRAWN = 20;

// ------------------------------------------------------------------------------------ randomness

function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = mulberry32(SEED);
const uniform = (a: number, b: number) => a + (b - a) * random();
const int = (a: number, b: number) => Math.floor(uniform(a, b + 1));
const chance = (p: number) => random() < p;
const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
const logNormal = (median: number, sigma: number) => median * Math.exp(sigma * normal());
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
const poisson = (mean: number) => {
  let k = 0;
  for (let p = Math.exp(-mean), s = p, u = random(); u > s; k++) s += p = (p * mean) / (k + 1);
  return k;
};
const token = (n = 16) => Array.from({ length: n }, () => pick([...'abcdefghijklmnopqrstuvwxyz0123456789'])).join('');

// ------------------------------------------------------------------------------------ server

const dir = mkdtempSync(join(tmpdir(), 'tpl-integrity-'));
const clock = new ManualClock(Date.UTC(2026, 10, 23, 1, 0, 0));
const app = await buildApp({
  dbPath: join(dir, 'sim.db'),
  clock,
  logger: false,
  seed: true,
  sweeper: false,
  passwordHashing: { memoryCost: 1024, timeCost: 1, parallelism: 1 },
  config: {
    // Durability is not what this measures (WAL with NORMAL skips the fsync per simulated step).
    SQLITE_SYNCHRONOUS: 'NORMAL',
    TRUST_PROXY: true,
    RATE_LIMIT_ENABLED: false,
    POW_REQUIRED: false,
    ADMISSION_MAX_EVENT_LOOP_DELAY_MS: 1_000_000,
    ADMISSION_MAX_STARTS_PER_S: 1_000_000,
    ADMISSION_MAX_IN_PROGRESS: 1_000_000,
    UNDER_PRESSURE_MAX_EVENT_LOOP_DELAY_MS: 0,
  },
});
const hardStop = setTimeout(() => {
  console.error(`simulation did not finish within ${HARD_TIMEOUT_MS / 1000} s`);
  process.exit(3);
}, HARD_TIMEOUT_MS).unref();
const address = await app.listen({ host: '127.0.0.1', port: 0 });
const wsUrl = `${address.replace('http', 'ws')}/ws`;
const T0 = clock.now();

const contest = (await (await fetch(`${address}/api/contests/${DEMO_CONTEST_SLUG}`)).json()) as ContestDetail;
const round = contest.rounds.find((r) => r.state === 'open');
if (!round) throw new Error('the demo contest has no open round');
const organizationId = app.ctx.db.select({ o: contests.organizationId }).from(contests).where(eq(contests.id, contest.id)).get()!.o;
const unitIds = ((await (await fetch(`${address}/api/contests/${DEMO_CONTEST_SLUG}/units?limit=50`)).json()) as { units: { id: number }[] }).units.map((u) => u.id);

// The round draws 20 of 30 published questions.
{
  const db = app.ctx.db;
  const published = db.select({ id: questionVersions.id }).from(questionVersions).where(eq(questionVersions.status, 'published')).all().map((r) => r.id);
  const keep = published.slice(0, BANK);
  db.update(questionVersions).set({ status: 'retired' }).where(and(eq(questionVersions.status, 'published'), notInArray(questionVersions.id, keep))).run();
  db.delete(drawBlueprints).where(eq(drawBlueprints.roundId, round.id)).run();
  db.insert(drawBlueprints).values({ roundId: round.id, legalFieldId: null, difficulty: null, count: DRAWN }).run();
  app.ctx.invalidatePool(organizationId);
}

/** The key of an attempt, read from the database: what a participant who knows the law would choose. */
function keyOf(attemptId: string): Map<number, string[]> {
  const rows = app.ctx.db
    .select({ position: attemptQuestions.position, key: questionVersions.correctOptionIds })
    .from(attemptQuestions)
    .innerJoin(questionVersions, eq(questionVersions.id, attemptQuestions.questionVersionId))
    .where(eq(attemptQuestions.attemptId, attemptId))
    .all();
  return new Map(rows.map((r) => [r.position, r.key]));
}

// ------------------------------------------------------------------------------------ scheduler

type Task = { at: number; n: number; run: () => Promise<void> };
/** A binary min-heap by time (then by insertion): the next due task in O(log n). */
const heap: Task[] = [];
const before = (a: Task, b: Task) => a.at < b.at || (a.at === b.at && a.n < b.n);
let taskSeq = 0;
function push(t: Task): void {
  heap.push(t);
  for (let i = heap.length - 1; i > 0; ) {
    const parent = (i - 1) >> 1;
    if (!before(heap[i]!, heap[parent]!)) break;
    [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
    i = parent;
  }
}
function pop(): Task {
  const top = heap[0]!;
  const last = heap.pop()!;
  if (heap.length > 0) {
    heap[0] = last;
    for (let i = 0; ; ) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && before(heap[l]!, heap[m]!)) m = l;
      if (r < heap.length && before(heap[r]!, heap[m]!)) m = r;
      if (m === i) break;
      [heap[i], heap[m]] = [heap[m]!, heap[i]!];
      i = m;
    }
  }
  return top;
}
const failures: string[] = [];
/** Schedules `run` at simulated time T0 + offset (ms). */
const at = (offset: number, run: () => Promise<void>) => push({ at: T0 + Math.max(0, offset), n: taskSeq++, run });

async function runAll(): Promise<void> {
  while (heap.length > 0) {
    const step = Math.ceil(heap[0]!.at / TICK_MS) * TICK_MS;
    const due: Task[] = [];
    while (heap.length > 0 && heap[0]!.at <= step) due.push(pop());
    if (step > clock.now()) clock.set(step);
    await Promise.all(due.map((t) => t.run().catch((err: unknown) => void failures.push(String(err)))));
  }
}

// ------------------------------------------------------------------------------------ participants

type Kind = 'honest' | 'speed_bot' | 'fixed_interval' | 'multi_account' | 'answer_ring' | 'replay_late';
const KINDS: Kind[] = ['speed_bot', 'fixed_interval', 'multi_account', 'answer_ring', 'replay_late'];
const KIND_LABEL: Record<Kind, string> = {
  honest: 'honest residents',
  speed_bot: 'speed bot',
  fixed_interval: 'fixed-interval script',
  multi_account: 'multi-account, one device',
  answer_ring: 'answer-sharing ring',
  replay_late: 'replayed/tampered/late writes',
};

interface Person {
  kind: Kind;
  ip: string;
  deviceId: string;
  ua: string;
  participantId: string;
  token: string;
  view: AttemptView | null;
  key: Map<number, string[]>;
  seq: number;
  /** The last choice the server acknowledged, per position. */
  acked: Map<number, string[]>;
  /** Every acknowledged frame, oldest first: what a replaying client has captured. */
  frames: { position: number; optionIds: string[]; seq: number }[];
  ws: Client | null;
}
const people: Person[] = [];
const tampered = { sent: 0, refused: 0 };

const UAS = ['Mozilla/5.0 (Linux; Android 14; SM-A155F) Chrome/130.0', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5) Safari/604.1', 'Mozilla/5.0 (Linux; Android 13; Redmi 12) Chrome/129.0', 'Mozilla/5.0 (Windows NT 10.0) Chrome/130.0'];
/** Mobile carriers put many subscribers behind few addresses (CGNAT); home and office lines are their own. */
const CARRIER_IPS = Array.from({ length: 40 }, (_, i) => `100.64.${i}.${int(1, 254)}`);
const homeIp = () => `113.${int(160, 191)}.${int(0, 255)}.${int(1, 254)}`;
const honestIp = () => (chance(0.6) ? pick(CARRIER_IPS) : homeIp());

let phoneSeq = 0;
async function register(p: Person): Promise<void> {
  const modes = contest.registrationFields as Record<string, string>;
  const body: Record<string, unknown> = {
    fullName: `Người dự thi ${people.indexOf(p) + 1}`,
    birthDate: `19${int(60, 99)}-0${int(1, 9)}-1${int(0, 9)}`,
    phone: `09${String(10_000_000 + ++phoneSeq).padStart(8, '0')}`,
    password: 'mat-khau-mo-phong-2026',
    consent: true,
  };
  if (modes.unit !== 'off') body.unitId = pick(unitIds);
  if (modes.entrantType !== 'off') body.entrantType = 'other';
  if (modes.cccd === 'required') body.cccd = `0${String(int(1e10, 9e10))}`.slice(0, 12);
  if (modes.gender === 'required') body.gender = pick(['male', 'female']);
  const res = await fetch(`${address}/api/contests/${DEMO_CONTEST_SLUG}/participants`, { method: 'POST', headers: headersOf(p, true), body: JSON.stringify(body) });
  if (res.status !== 201) throw new Error(`register ${res.status}: ${(await res.text()).slice(0, 200)}`);
  const s = (await res.json()) as SessionResponse;
  p.participantId = s.participant.id;
  p.token = s.token;
}

const headersOf = (p: Person, json = false): Record<string, string> => ({
  'x-forwarded-for': p.ip,
  'user-agent': p.ua,
  'x-device-id': p.deviceId,
  ...(p.token ? { authorization: `Bearer ${p.token}` } : {}),
  ...(json ? { 'content-type': 'application/json' } : {}),
});

async function startAttempt(p: Person): Promise<void> {
  const res = await fetch(`${address}/api/rounds/${round!.id}/attempts`, { method: 'POST', headers: headersOf(p) });
  if (res.status !== 201 && res.status !== 200) throw new Error(`start ${res.status}: ${(await res.text()).slice(0, 200)}`);
  p.view = (await res.json()) as AttemptView;
  p.key = keyOf(p.view.id);
  p.ws = await Client.open(p);
}

/** One live connection: frames answered by requestId. */
class Client {
  private waiters = new Map<string, (m: ServerMessage) => void>();
  private n = 0;
  private constructor(private readonly socket: WebSocket) {
    // Replaced by a newer connection (a refresh, another device): whatever was in flight gets no reply.
    socket.on('close', () => {
      for (const w of this.waiters.values()) w({ type: 'error', requestId: null, code: 'INTERNAL', message: 'closed' });
      this.waiters.clear();
    });
    socket.on('message', (data) => {
      const m = JSON.parse(String(data)) as ServerMessage;
      const id = 'requestId' in m ? m.requestId : null;
      const w = id ? this.waiters.get(id) : undefined;
      if (w && id) {
        this.waiters.delete(id);
        w(m);
      }
    });
  }

  static async open(p: Person): Promise<Client> {
    const socket = new WebSocket(wsUrl, { headers: { 'x-forwarded-for': p.ip, 'user-agent': p.ua } });
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    const joined = new Promise<void>((resolve) => {
      const onMessage = (data: WebSocket.RawData) => {
        if ((JSON.parse(String(data)) as ServerMessage).type === 'attempt.state') {
          socket.off('message', onMessage);
          resolve();
        }
      };
      socket.on('message', onMessage);
    });
    socket.send(JSON.stringify({ type: 'attempt.join', attemptId: p.view!.id, token: p.token, deviceId: p.deviceId }));
    await joined;
    return new Client(socket);
  }

  request(frame: Record<string, unknown>): Promise<ServerMessage> {
    const requestId = `r${++this.n}`;
    if (this.socket.readyState !== WebSocket.OPEN) return Promise.resolve({ type: 'error', requestId, code: 'INTERNAL', message: 'closed' });
    return new Promise((resolve) => {
      this.waiters.set(requestId, resolve);
      this.socket.send(JSON.stringify({ ...frame, requestId }));
    });
  }

  report(kind: string): void {
    if (this.socket.readyState === WebSocket.OPEN) this.socket.send(JSON.stringify({ type: 'integrity.report', kind }));
  }

  close(): void {
    this.socket.close();
  }
}

/** Sends one answer; returns whether the server stored it. */
async function answer(p: Person, position: number, optionIds: string[], seq = ++p.seq): Promise<boolean> {
  const reply = await p.ws!.request({ type: 'answer.save', position, optionIds, clientSeq: seq });
  if (reply.type === 'answer.saved') {
    p.acked.set(position, optionIds);
    p.frames.push({ position, optionIds, seq });
    return true;
  }
  return false;
}

/** A write no honest page sends; it must be refused. */
async function forged(p: Person, position: number, optionIds: string[], seq: number): Promise<void> {
  tampered.sent++;
  const reply = await p.ws!.request({ type: 'answer.save', position, optionIds, clientSeq: seq });
  if (reply.type === 'error') tampered.refused++;
}

async function submit(p: Person): Promise<void> {
  await p.ws!.request({ type: 'attempt.submit', prediction: int(0, 500) });
  p.ws!.close();
}

const questionChars = (q: AttemptQuestion) => q.text.length + q.options.reduce((n, o) => n + o.text.length, 0);
/** Someone who knows the law this well picks the key with probability `skill`, else another option. */
const choose = (p: Person, q: AttemptQuestion, skill: number) => {
  const key = p.key.get(q.position) ?? [];
  if (chance(skill)) return key;
  const other = q.options.filter((o) => !key.includes(o.id));
  return [pick(other.length ? other : q.options).id];
};

interface Pace {
  /** Reading speed, characters per second. */
  cps: number;
  skill: number;
}
const humanPace = (): Pace => ({ cps: chance(0.12) ? uniform(30, 42) : uniform(12, 30), skill: uniform(0.45, 0.95) });
/** Time to read a question and decide: reading at the person's speed plus log-normal hesitation. */
const thinkMs = (pace: Pace, q: AttemptQuestion) => ((questionChars(q) / pace.cps) * 1000 + logNormal(2500, 0.7)) * logNormal(1, 0.25);

/**
 * A human's attempt from `startAt`: questions mostly in order (some skipped and answered later), an
 * occasional change of mind, focus lost now and then. Returns when the last answer is sent (offset).
 */
function playHuman(p: Person, startAt: number, pace: Pace, opts: { submit?: boolean; overrun?: boolean; extra?: (endAt: number) => void } = {}): void {
  at(startAt, async () => {
    await startAttempt(p);
    const qs = [...p.view!.questions];
    // Some go back to the questions they skipped.
    if (chance(0.15)) for (let k = 0; k < 3; k++) qs.push(qs.splice(int(0, qs.length - 2), 1)[0]!);
    const deadline = new Date(p.view!.deadlineAt).getTime() - T0;
    let t = startAt + uniform(1000, 4000);
    for (const q of qs) {
      t += thinkMs(pace, q);
      // Most finish with time to spare; someone who runs out of time sends one answer too late.
      if (t > deadline - 15_000 && !opts.overrun) break;
      if (t > deadline + 3000) t = deadline + uniform(3000, 10_000);
      const when = t;
      at(when, async () => void (await answer(p, q.position, choose(p, q, pace.skill))));
      if (chance(0.1) && when < deadline - 30_000) at(when + uniform(2000, 30_000), async () => void (await answer(p, q.position, choose(p, q, pace.skill))));
      if (when > deadline) break;
    }
    for (let k = poisson(chance(0.3) ? 1.5 : 0); k > 0; k--) at(uniform(startAt, t), async () => p.ws!.report('focus_lost'));
    if (chance(0.1)) at(uniform(startAt, t), async () => p.ws!.report('page_hidden'));
    if (chance(0.02)) at(uniform(startAt, t), async () => p.ws!.report('paste'));
    const endAt = t + uniform(3000, 30_000);
    if (opts.submit ?? true) at(endAt, () => submit(p));
    opts.extra?.(endAt);
  });
}

function person(kind: Kind, over: Partial<Person> = {}): Person {
  const p: Person = { kind, ip: honestIp(), deviceId: token(22), ua: pick(UAS), participantId: '', token: '', view: null, key: new Map(), seq: 0, acked: new Map(), ws: null, frames: [], ...over };
  people.push(p);
  return p;
}
const REGISTRATION_SPREAD_MS = 25 * 60_000;

// Honest residents.
for (let i = 0; i < HONEST; i++) {
  const family = i > 0 && chance(0.03) ? people[people.length - 1] : undefined;
  // A family member on the same phone and line (3%).
  const p = person('honest', family && family.kind === 'honest' ? { ip: family.ip, deviceId: family.deviceId, ua: family.ua } : {});
  const registerAt = uniform(0, REGISTRATION_SPREAD_MS);
  at(registerAt, () => register(p));
  const pace = humanPace();
  const startAt = registerAt + uniform(5000, 90_000);
  if (chance(0.03)) {
    // Reads slowly and runs out of time: the last answer arrives after the deadline.
    playHuman(p, startAt, { cps: uniform(3, 5), skill: pace.skill }, { submit: false, overrun: true });
    continue;
  }
  playHuman(p, startAt, pace, {
    extra: (endAt) => {
      // Reconnects (a refresh) on the same device; a few switch network or move to another device.
      if (chance(0.05)) at(uniform(startAt + 30_000, endAt - 5000), async () => ((p.ws = await Client.open(p)), undefined));
      else if (chance(0.02)) at(uniform(startAt + 30_000, endAt - 5000), async () => ((p.ip = honestIp()), (p.ws = await Client.open(p)), undefined));
      else if (chance(0.01)) at(uniform(startAt + 30_000, endAt - 5000), async () => ((p.deviceId = token(22)), (p.ua = pick(UAS)), (p.ws = await Client.open(p)), undefined));
    },
  });
}

// Cheaters: 50, ten of each kind, every parameter drawn per cheater.
const ranges: Record<Exclude<Kind, 'honest'>, string> = {
  speed_bot: 'each answer 0.3–(0.8…3) s after the previous; knows 60–100% of the key',
  fixed_interval: 'one answer every T = 5–20 s, jitter ±2–12% uniform',
  multi_account: 'groups of 3–5 accounts on one phone and line, each played at human pace',
  answer_ring: 'rings of 4–6; the leader plays at human pace, the others copy each shared question 0.5–3.5 s later',
  replay_late: 'human pace, plus 0–6 answers changed and then the captured older frame replayed, 0–3 same-sequence changes, 0–1 undelivered position, 0–4 writes after the deadline (at least 2 in all)',
};

for (let i = 0; i < 10; i++) {
  const p = person('speed_bot', { ip: homeIp() });
  const registerAt = uniform(0, REGISTRATION_SPREAD_MS);
  at(registerAt, () => register(p));
  const startAt = registerAt + uniform(2000, 60_000);
  const maxGap = uniform(800, 3000);
  const skill = uniform(0.6, 1);
  at(startAt, async () => {
    await startAttempt(p);
    let t = startAt + uniform(500, 3000);
    for (const q of p.view!.questions) {
      t += uniform(300, maxGap);
      at(t, async () => void (await answer(p, q.position, choose(p, q, skill))));
    }
    at(t + uniform(500, 3000), () => submit(p));
  });
}

for (let i = 0; i < 10; i++) {
  const p = person('fixed_interval', { ip: homeIp() });
  const registerAt = uniform(0, REGISTRATION_SPREAD_MS);
  at(registerAt, () => register(p));
  const startAt = registerAt + uniform(2000, 60_000);
  const period = uniform(5000, 20_000);
  const jitter = uniform(0.02, 0.12);
  const skill = uniform(0.5, 1);
  at(startAt, async () => {
    await startAttempt(p);
    let t = startAt + uniform(1000, 5000);
    for (const q of p.view!.questions) {
      t += period * (1 + uniform(-jitter, jitter));
      at(t, async () => void (await answer(p, q.position, choose(p, q, skill))));
    }
    at(t + period, () => submit(p));
  });
}

{
  let left = 10;
  while (left > 0) {
    const size = left <= 5 ? left : Math.min(left - 3, int(3, 5));
    left -= size;
    const shared = { ip: homeIp(), deviceId: token(22), ua: pick(UAS) };
    let t = uniform(0, REGISTRATION_SPREAD_MS);
    for (let k = 0; k < size; k++) {
      const p = person('multi_account', shared);
      const registerAt = t + uniform(20_000, 240_000);
      at(registerAt, () => register(p));
      // One account after another on the same phone, each at human pace.
      playHuman(p, registerAt + uniform(5000, 60_000), humanPace());
      t = registerAt;
    }
  }
}

{
  let left = 10;
  while (left > 0) {
    const size = left <= 6 ? left : Math.min(left - 4, int(4, 6));
    left -= size;
    const ring = Array.from({ length: size }, () => person('answer_ring', { ip: homeIp() }));
    const registerAt = uniform(0, REGISTRATION_SPREAD_MS);
    ring.forEach((p) => at(registerAt + uniform(0, 60_000), () => register(p)));
    const startAt = registerAt + uniform(70_000, 120_000);
    const [leader, ...followers] = ring as [Person, ...Person[]];
    const pace = humanPace();
    at(startAt, async () => {
      await Promise.all(ring.map((p) => startAttempt(p)));
      const deadline = new Date(leader.view!.deadlineAt).getTime() - T0;
      // The leader looks the answers up (and gets most right); the others copy what they share.
      const chosen = new Map<string, string[]>();
      let t = startAt + uniform(1000, 4000);
      for (const q of leader.view!.questions) {
        t += thinkMs(pace, q);
        const optionIds = choose(leader, q, uniform(0.75, 1));
        chosen.set(q.text, optionIds.map((id) => q.options.find((o) => o.id === id)!.text));
        at(t, async () => void (await answer(leader, q.position, optionIds)));
        for (const f of followers) {
          const mine = f.view!.questions.find((x) => x.text === q.text);
          if (!mine) continue;
          const texts = chosen.get(q.text)!;
          at(t + uniform(500, 3500), async () => void (await answer(f, mine.position, mine.options.filter((o) => texts.includes(o.text)).map((o) => o.id))));
        }
      }
      const end = Math.min(t, deadline - 20_000);
      for (const f of followers) {
        for (const q of f.view!.questions) {
          if (chosen.has(q.text)) continue;
          at(uniform(startAt + 5000, end), async () => void (await answer(f, q.position, choose(f, q, 0.6))));
        }
        at(end + uniform(3000, 20_000), () => submit(f));
      }
      at(end + uniform(2000, 10_000), () => submit(leader));
    });
  }
}

for (let i = 0; i < 10; i++) {
  const p = person('replay_late', { ip: homeIp() });
  const registerAt = uniform(0, REGISTRATION_SPREAD_MS);
  at(registerAt, () => register(p));
  const startAt = registerAt + uniform(5000, 60_000);
  let replays = int(0, 6);
  let sameSeq = int(0, 3);
  const undelivered = int(0, 1);
  const late = int(0, 4);
  if (replays + sameSeq + undelivered + late < 2) replays += 2;
  // Without writes after the deadline it submits like anyone else.
  playHuman(p, startAt, humanPace(), {
    submit: late === 0,
    extra: (endAt) => {
      const qs = p.view!.questions;
      // Changes an answer, then sends the captured older frame again to put the first choice back.
      for (; replays > 0; replays--) {
        at(uniform(endAt - 60_000, endAt - 3000), async () => {
          const q = pick(qs);
          const old = p.frames.filter((f) => f.position === q.position).at(-1);
          const other = q.options.find((o) => !p.acked.get(q.position)?.includes(o.id))!;
          if (!old || !(await answer(p, q.position, [other.id]))) return;
          await forged(p, old.position, old.optionIds, old.seq);
        });
      }
      for (; sameSeq > 0; sameSeq--) {
        at(uniform(endAt - 60_000, endAt - 3000), async () => {
          const q = pick(qs);
          const current = p.acked.get(q.position) ?? [q.options[0]!.id];
          const other = q.options.find((o) => !current.includes(o.id))!;
          // A fresh, accepted write, then the same sequence number with another choice.
          const seq = ++p.seq;
          if (!(await answer(p, q.position, current, seq))) return;
          await forged(p, q.position, [other.id], seq);
        });
      }
      if (undelivered) at(uniform(endAt - 60_000, endAt - 3000), () => forged(p, DRAWN + int(1, 20), [qs[0]!.options[0]!.id], ++p.seq));
      const deadline = new Date(p.view!.deadlineAt).getTime() - T0;
      for (let k = 0; k < late; k++) at(deadline + uniform(2500, 90_000), () => forged(p, pick(qs).position, [pick(qs[0]!.options).id], ++p.seq));
    },
  });
}

// ------------------------------------------------------------------------------------ run

const started = performance.now();
await runAll();
// Anything left open ends at its deadline, as the server's sweeper would close it.
clock.advance(30 * 60_000);
await app.sweep();
await app.ctx.pending.settled();
const simulatedMinutes = (clock.now() - T0) / 60_000;

// Every refused write left the stored answers as they were: compare with what the server acknowledged.
let landed = 0;
for (const p of people.filter((x) => x.kind === 'replay_late' && x.view)) {
  const stored = app.ctx.db.select().from(answers).where(eq(answers.attemptId, p.view!.id)).all();
  for (const row of stored) if (JSON.stringify(row.optionIds) !== JSON.stringify(p.acked.get(row.position))) landed++;
}

// As an organizer: recompute and read the queue at the default threshold.
const staffEmail = 'kiem-tra@thiphapluat.local';
await createStaffUser(app.ctx, { email: staffEmail, name: 'Cán bộ kiểm tra', password: 'mat-khau-kiem-tra-2026' });
app.dbHandle.sqlite.prepare('insert into staff_memberships (user_id, organization_id, role, created_at) select id, ?, ?, ? from staff_users where email = ?').run(organizationId, 'organizer', clock.now(), staffEmail);
const signIn = await fetch(`${address}/api/studio/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: staffEmail, password: 'mat-khau-kiem-tra-2026' }) });
const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0]!;
const recomputeStarted = performance.now();
const queueRes = await fetch(`${address}/api/studio/orgs/${organizationId}/contests/${contest.id}/integrity/recompute`, { method: 'POST', headers: { cookie } });
const recomputeMs = performance.now() - recomputeStarted;
if (queueRes.status !== 200) throw new Error(`recompute ${queueRes.status}: ${(await queueRes.text()).slice(0, 300)}`);
const queue = IntegrityQueueSchema.parse(await queueRes.json());
const flagged = new Map(queue.items.map((i) => [i.participantId, i]));
const wallSeconds = (performance.now() - started) / 1000;

// ------------------------------------------------------------------------------------ report

const registered = people.filter((p) => p.participantId);
const rows = (['honest', ...KINDS] as Kind[]).map((kind) => {
  const group = registered.filter((p) => p.kind === kind);
  const hit = group.filter((p) => flagged.has(p.participantId));
  const detectors = new Map<string, number>();
  for (const p of hit) for (const d of new Set(flagged.get(p.participantId)!.evidence.map((e) => e.detector))) detectors.set(d, (detectors.get(d) ?? 0) + 1);
  return { kind, n: group.length, flagged: hit.length, rate: group.length ? hit.length / group.length : 0, detectors: Object.fromEntries([...detectors].sort((a, b) => b[1] - a[1])) };
});
const cheaters = rows.filter((r) => r.kind !== 'honest');
const caught = cheaters.reduce((n, r) => n + r.flagged, 0) / Math.max(1, cheaters.reduce((n, r) => n + r.n, 0));
const honest = rows.find((r) => r.kind === 'honest')!;
const refusedRate = tampered.sent ? tampered.refused / tampered.sent : 1;
const ok = caught >= 0.95 && honest.rate <= 0.01 && refusedRate === 1 && landed === 0;
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

if (args.json) {
  console.log(JSON.stringify({ seed: SEED, threshold: queue.settings.threshold, rows, caught, honestFlagged: honest.rate, tampered: { ...tampered, landed }, failures: failures.length, wallSeconds, simulatedMinutes, ok }, null, 2));
} else {
  console.log(`pnpm simulate:integrity · seed ${SEED} (repeat with --seed ${SEED}) · threshold ${queue.settings.threshold} (default)`);
  console.log(`${registered.length} participants, ${simulatedMinutes.toFixed(0)} simulated minutes in ${wallSeconds.toFixed(1)} s; full recompute ${recomputeMs.toFixed(0)} ms; ${failures.length} client errors`);
  console.log('');
  console.log('kind                            n  flagged  rate     detectors that fired (participants)');
  for (const r of rows) {
    const d = Object.entries(r.detectors).map(([k, v]) => `${k} ${v}`).join(', ');
    console.log(`${KIND_LABEL[r.kind].padEnd(30)} ${String(r.n).padStart(4)}  ${String(r.flagged).padStart(7)}  ${pct(r.rate).padStart(6)}   ${d}`);
  }
  console.log('');
  console.log(`cheaters flagged:                 ${pct(caught)}   (target ≥ 95%)`);
  console.log(`honest residents flagged:         ${pct(honest.rate)}   (target ≤ 1%)`);
  console.log(`forged writes refused:            ${tampered.refused}/${tampered.sent} = ${pct(refusedRate)}   (target 100%); stored answers changed by them: ${landed}`);
  console.log('');
  console.log('cheater behaviour (drawn at random per cheater):');
  for (const k of KINDS) console.log(`  ${KIND_LABEL[k]}: ${ranges[k as Exclude<Kind, 'honest'>]}`);
  console.log('honest behaviour: reading 12–30 chars/s (12% at 30–42), thinking log-normal (median 2.5 s, σ 0.7) × log-normal(σ 0.25), 15% skip and come back, 10% change an answer, 30% lose focus ~1.5×, 3% share a phone with family, 60% behind 40 carrier NAT addresses, 5% reconnect, 2% switch network, 1% switch device, 3% run out of time');
  const honestDetectors = Object.entries(honest.detectors);
  if (honestDetectors.length) console.log(`honest flagged by: ${honestDetectors.map(([k, v]) => `${integrityDetectorLabelsVi[k as IntegrityDetector]} (${v})`).join(', ')}`);
  for (const p of registered.filter((x) => x.kind === 'honest' && flagged.has(x.participantId)).slice(0, 10)) {
    const item = flagged.get(p.participantId)!;
    console.log(`  honest ${item.score}: ${item.evidence.map((e) => `${e.detector} ${e.points} (${e.detail})`).join('; ')}`);
  }
  if (failures.length) console.log(`first client errors: ${failures.slice(0, 3).join(' | ')}`);
}

clearTimeout(hardStop);
for (const p of people) p.ws?.close();
await app.close();
rmSync(dir, { recursive: true, force: true });
process.exit(ok ? 0 : 1);
