/**
 * `pnpm bench [--clients N] [--seconds S] [--think-ms T] [--json]`: measures the answer-saving hot path.
 *
 * 1. Starts the real server (scripts/bench-server.ts) in a child process on an empty temporary database
 *    (SQLite WAL, synchronous=FULL: the server's default durability), listening on 127.0.0.1 only.
 * 2. Registers N contestants over HTTP, starts one attempt each, opens one WebSocket each and joins.
 *    This is setup: timed, but not part of the answer figures.
 * 3. For S seconds every client saves answers over its socket, one outstanding save at a time, with a
 *    random think time of 0..T ms between saves; latency is send → `answer.saved` ack.
 * 4. Baseline: raw better-sqlite3 with the same pragmas, one row per commit and 100 rows per commit.
 *
 * BENCH_SERVER_NODE_ARGS passes extra node flags to the server process only (e.g. --cpu-prof).
 *
 * Everything stops by itself; a hard timeout kills the lot if something hangs. Exit code 1 when setup
 * fails, 3 on the hard timeout.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import WebSocket from 'ws';
import type { AttemptView, ContestDetail, ServerMessage, SessionResponse, Unit } from '@thiphapluat/shared';

const SLUG = 'tim-hieu-phap-luat-2026';
const HOST = '127.0.0.1';
const SETUP_CONCURRENCY = 32;
const CONNECT_CONCURRENCY = 64;
/** A save without an ack after this long counts as an error and the client moves on. */
const ACK_TIMEOUT_MS = 10_000;
const BASELINE_MS = 3_000;
const RSS_SAMPLE_MS = 200;

// ---------------------------------------------------------------------------------------------- args

const { values: args } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    clients: { type: 'string', default: '1000' },
    seconds: { type: 'string', default: '20' },
    'think-ms': { type: 'string', default: '500' },
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
  strict: true,
});
if (args.help) {
  console.log('usage: pnpm bench [--clients N=1000] [--seconds S=20] [--think-ms T=500] [--json]');
  process.exit(0);
}
function intArg(name: string, raw: string, min: number, max: number): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    console.error(`--${name} must be an integer from ${min} to ${max} (got ${raw})`);
    process.exit(64);
  }
  return n;
}
const CLIENTS = intArg('clients', args.clients, 1, 20_000);
const SECONDS = intArg('seconds', args.seconds, 1, 600);
const THINK_MS = intArg('think-ms', args['think-ms'], 0, 60_000);
const JSON_OUT = args.json;

// ------------------------------------------------------------------------------------------ helpers

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const fmtInt = (n: number) => Math.round(n).toLocaleString('en-US');
const fmtMs = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));
const fmtMb = (kb: number) => `${Math.round(kb / 1024)} MB`;
const log = (msg: string) => process.stderr.write(`[bench] ${msg}\n`);

class SetupError extends Error {
  override name = 'SetupError';
}

/** VmRSS / VmHWM in kB from /proc; 0 when unavailable (not Linux, process gone). */
function procStatusKb(pid: number | 'self', field: 'VmRSS' | 'VmHWM'): number {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** User + system CPU seconds of a process from /proc/<pid>/stat; 0 when unavailable. */
function procCpuSec(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the parenthesised command name; utime and stime are the 14th and 15th overall.
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(rest[11]) + Number(rest[12])) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}
/** USER_HZ; 100 on every Linux we run on (getconf CLK_TCK). */
const CLOCK_TICKS = 100;

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] ?? 0;
}

/** Runs `fn` over `items` with at most `limit` in flight; the first failure rejects the whole run. */
async function pool<T, R>(items: readonly T[], limit: number, fn: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < items.length) {
      const i = next++;
      try {
        out[i] = await fn(items[i] as T, i);
      } catch (err) {
        failed = true;
        throw err;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

async function http<T>(base: string, method: string, urlPath: string, expect: number, body?: unknown, token?: string): Promise<T> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`${base}${urlPath}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal: AbortSignal.timeout(30_000) });
  const text = await res.text();
  if (res.status !== expect) throw new SetupError(`${method} ${urlPath} → ${res.status} (expected ${expect}): ${text.slice(0, 500)}`);
  return JSON.parse(text) as T;
}

// ------------------------------------------------------------------------------------ server child

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tempDirs: string[] = [];
let child: ChildProcess | null = null;
let childExited: Promise<void> = Promise.resolve();

interface ServerStats {
  answerWriter: { commits: number; writes: number };
  answerRows: number;
  integrityEvents: Record<string, number>;
  eventLoopDelayMs: { p50: number; p99: number; max: number };
}

/** Lines the child prints on stdout, as parsed JSON, delivered in order. */
class LineReader {
  private buf = '';
  private lines: unknown[] = [];
  private waiters: ((line: unknown) => void)[] = [];
  feed(chunk: string): void {
    this.buf += chunk;
    let nl: number;
    while ((nl = this.buf.indexOf('\n')) >= 0) {
      const raw = this.buf.slice(0, nl).trim();
      this.buf = this.buf.slice(nl + 1);
      if (!raw) continue;
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw);
      } catch {
        process.stderr.write(`[server] ${raw}\n`);
        continue;
      }
      const w = this.waiters.shift();
      if (w) w(parsed);
      else this.lines.push(parsed);
    }
  }
  next(timeoutMs: number, exited: Promise<void>): Promise<unknown> {
    if (this.lines.length > 0) return Promise.resolve(this.lines.shift());
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new SetupError(`bench server said nothing for ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push((line) => {
        clearTimeout(t);
        resolve(line);
      });
      void exited.then(() => {
        clearTimeout(t);
        reject(new SetupError('bench server exited early'));
      });
    });
  }
}
const childOut = new LineReader();

async function startServer(dbPath: string): Promise<{ port: number; pid: number }> {
  // `node --import tsx` rather than the tsx CLI, so that the pid we sample is the server itself.
  // BENCH_SERVER_NODE_ARGS adds node flags to the server only, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
  const extra = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);
  const proc = spawn(process.execPath, [...extra, '--import', 'tsx', path.join(repoRoot, 'scripts', 'bench-server.ts'), dbPath], {
    cwd: repoRoot,
    stdio: ['pipe', 'pipe', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  child = proc;
  childExited = new Promise((resolve) => proc.once('exit', () => resolve()));
  proc.stdout?.setEncoding('utf8');
  proc.stdout?.on('data', (chunk: string) => childOut.feed(chunk));
  const first = (await childOut.next(60_000, childExited)) as { port?: unknown };
  if (typeof first.port !== 'number') throw new SetupError(`unexpected first line from bench server: ${JSON.stringify(first)}`);
  if (proc.pid === undefined) throw new SetupError('bench server has no pid');
  return { port: first.port, pid: proc.pid };
}

/** SIGTERM, then the stats line, then exit; SIGKILL if it takes more than 15 s. */
async function stopServer(): Promise<ServerStats | null> {
  const proc = child;
  if (!proc || proc.exitCode !== null || proc.signalCode !== null) return null;
  const statsLine = childOut.next(15_000, childExited).catch(() => null);
  proc.kill('SIGTERM');
  const killer = setTimeout(() => proc.kill('SIGKILL'), 15_000);
  const [line] = await Promise.all([statsLine, childExited]);
  clearTimeout(killer);
  child = null;
  const stats = (line as { stats?: ServerStats } | null)?.stats;
  return stats && typeof stats === 'object' && 'answerWriter' in stats ? stats : null;
}

function cleanup(): void {
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  for (const d of tempDirs) fs.rmSync(d, { recursive: true, force: true });
  tempDirs.length = 0;
}

// ------------------------------------------------------------------------------------------ clients

interface Client {
  i: number;
  token: string;
  attempt: AttemptView;
  ws: WebSocket | null;
  seq: number;
  nextPosition: number;
  closed: boolean;
  pending: { requestId: string; sentAt: number; done: (ok: boolean) => void } | null;
}

const latencies: number[] = [];
const errors = new Map<string, number>();
const countError = (kind: string) => errors.set(kind, (errors.get(kind) ?? 0) + 1);
let measuring = false;
let t0 = 0;
/** Acks per whole second of the measured window, and the worst latency in that second. */
const perSecond: { acks: number; maxMs: number }[] = [];

async function setupClient(base: string, i: number, unitId: number, roundId: number, phoneBase: number): Promise<Client> {
  const phone = `09${String((phoneBase + i) % 100_000_000).padStart(8, '0')}`;
  const session = await http<SessionResponse>(base, 'POST', `/api/contests/${SLUG}/participants`, 201, {
    fullName: `Thí sinh Bench ${i + 1}`,
    birthDate: '1990-01-01',
    phone,
    password: 'bench-password-123',
    unitId,
    entrantType: 'worker',
    consent: true,
  });
  const attempt = await http<AttemptView>(base, 'POST', `/api/rounds/${roundId}/attempts`, 201, undefined, session.token);
  if (attempt.questions.length === 0) throw new SetupError(`attempt ${attempt.id} has no questions`);
  return { i, token: session.token, attempt, ws: null, seq: 0, nextPosition: 0, closed: false, pending: null };
}

function onFrame(c: Client, msg: ServerMessage): void {
  const p = c.pending;
  switch (msg.type) {
    case 'answer.saved':
      if (p && msg.requestId === p.requestId) {
        const now = performance.now();
        const ms = now - p.sentAt;
        if (measuring) {
          latencies.push(ms);
          const sec = Math.floor((now - t0) / 1000);
          const bucket = (perSecond[sec] ??= { acks: 0, maxMs: 0 });
          bucket.acks++;
          if (ms > bucket.maxMs) bucket.maxMs = ms;
        }
        p.done(true);
      }
      return;
    case 'error':
      // A frame-level error (rate limit, handler crash) comes with requestId null; with one save in
      // flight per socket it can only be about that save.
      countError(`error:${msg.code}`);
      if (p && (msg.requestId === p.requestId || msg.requestId === null)) p.done(false);
      return;
    case 'session.replaced':
    case 'attempt.finalized':
      countError(msg.type);
      return;
    default:
      return; // time.sync, deadline warnings: not ours to measure
  }
}

function connect(c: Client, wsUrl: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(wsUrl, { perMessageDeflate: false });
    c.ws = ws;
    let joined = false;
    const t = setTimeout(() => {
      reject(new SetupError(`client ${c.i}: no attempt.state within 30 s`));
      ws.terminate();
    }, 30_000);
    ws.on('open', () => ws.send(JSON.stringify({ type: 'attempt.join', attemptId: c.attempt.id, token: c.token })));
    ws.on('message', (data) => {
      let msg: ServerMessage;
      try {
        msg = JSON.parse(String(data)) as ServerMessage;
      } catch {
        countError('bad_frame');
        return;
      }
      if (!joined) {
        if (msg.type === 'attempt.state') {
          joined = true;
          clearTimeout(t);
          resolve();
        } else if (msg.type === 'error') {
          clearTimeout(t);
          reject(new SetupError(`client ${c.i}: join failed: ${msg.code} ${msg.message}`));
        }
        return;
      }
      onFrame(c, msg);
    });
    ws.on('error', (err) => {
      if (!joined) {
        clearTimeout(t);
        reject(new SetupError(`client ${c.i}: websocket error: ${err.message}`));
      }
    });
    ws.on('close', (code) => {
      c.closed = true;
      if (!joined) {
        clearTimeout(t);
        reject(new SetupError(`client ${c.i}: socket closed before join (${code})`));
      } else if (measuring || c.pending) {
        countError(`socket_closed:${code}`);
      }
      c.pending?.done(false);
    });
  });
}

/** One save, resolved on its ack, an error frame, the socket closing, or ACK_TIMEOUT_MS. */
function save(c: Client): Promise<boolean> {
  const ws = c.ws;
  if (!ws || c.closed || ws.readyState !== WebSocket.OPEN) return Promise.resolve(false);
  const questions = c.attempt.questions;
  const q = questions[c.nextPosition % questions.length];
  c.nextPosition++;
  const option = q?.options[Math.floor(Math.random() * q.options.length)];
  if (!q || !option) return Promise.resolve(false);
  const requestId = `b${c.i}-${c.seq}`;
  const frame = JSON.stringify({ type: 'answer.save', requestId, position: q.position, optionIds: [option.id], clientSeq: c.seq });
  c.seq++;
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      countError('ack_timeout');
      finish(false);
    }, ACK_TIMEOUT_MS);
    const finish = (ok: boolean) => {
      if (c.pending?.requestId !== requestId) return;
      clearTimeout(timer);
      c.pending = null;
      resolve(ok);
    };
    c.pending = { requestId, sentAt: performance.now(), done: finish };
    ws.send(frame);
  });
}

async function runClient(c: Client, endAt: number): Promise<void> {
  while (!c.closed) {
    const think = Math.random() * THINK_MS;
    if (performance.now() + think >= endAt) return;
    if (think > 0) await sleep(think);
    await save(c);
  }
}

// ----------------------------------------------------------------------------------------- baseline

/** Raw better-sqlite3, same pragmas as db/src/client.ts, rows shaped like `answers`. Returns rows/s. */
function rawBaseline(dir: string, rowsPerCommit: number, ms: number): number {
  const db = new Database(path.join(dir, `baseline-${rowsPerCommit}.db`));
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma('synchronous = FULL');
    db.exec(`create table answers (
      attempt_id text not null,
      position integer not null,
      option_ids text not null,
      client_seq integer,
      saved_at integer not null,
      primary key (attempt_id, position)
    )`);
    const insert = db.prepare('insert into answers (attempt_id, position, option_ids, client_seq, saved_at) values (?, ?, ?, ?, ?)');
    type Row = [string, number, string, number, number];
    const commit = db.transaction((rows: Row[]) => {
      for (const r of rows) insert.run(...r);
    });
    let attemptId = randomUUID();
    let n = 0;
    const start = performance.now();
    while (performance.now() - start < ms) {
      const rows: Row[] = [];
      for (let k = 0; k < rowsPerCommit; k++) {
        const position = (n % 20) + 1;
        if (position === 1) attemptId = randomUUID();
        rows.push([attemptId, position, JSON.stringify([`o${n % 4}`]), n, Date.now()]);
        n++;
      }
      commit(rows);
    }
    return n / ((performance.now() - start) / 1000);
  } finally {
    db.close();
  }
}

// --------------------------------------------------------------------------------------------- main

async function main(): Promise<number> {
  const hardTimeoutMs = (180 + 3 * SECONDS) * 1000 + CLIENTS * 100;
  setTimeout(() => {
    console.error(`[bench] hard timeout after ${Math.round(hardTimeoutMs / 1000)} s: killing everything`);
    cleanup();
    process.exit(3);
  }, hardTimeoutMs).unref();

  const serverDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thiphapluat-bench-'));
  tempDirs.push(serverDir);
  const dbPath = path.join(serverDir, 'bench.db');

  log(`starting server on an empty database in ${serverDir}`);
  const { port, pid: serverPid } = await startServer(dbPath);
  const base = `http://${HOST}:${port}`;
  let serverPeakKb = 0;
  let benchPeakKb = 0;
  const sampler = setInterval(() => {
    serverPeakKb = Math.max(serverPeakKb, procStatusKb(serverPid, 'VmRSS'));
    benchPeakKb = Math.max(benchPeakKb, procStatusKb('self', 'VmRSS'));
  }, RSS_SAMPLE_MS);

  // --- setup (timed, not measured)
  const setupStart = performance.now();
  const { units } = await http<{ units: Unit[] }>(base, 'GET', `/api/contests/${SLUG}/units?limit=5`, 200);
  const unit = units[0];
  if (!unit) throw new SetupError('the demo contest has no units');
  const contest = await http<ContestDetail>(base, 'GET', `/api/contests/${SLUG}`, 200);
  const round = contest.rounds.find((r) => r.state === 'open');
  if (!round) throw new SetupError(`no open round in ${SLUG}: ${contest.rounds.map((r) => `${r.id}:${r.state}`).join(', ')}`);

  log(`registering ${CLIENTS} participants and starting their attempts (${SETUP_CONCURRENCY} in flight)`);
  const phoneBase = Math.floor(Math.random() * 50_000_000);
  const indexes = Array.from({ length: CLIENTS }, (_, i) => i);
  const clients = await pool(indexes, SETUP_CONCURRENCY, (i) => setupClient(base, i, unit.id, round.id, phoneBase));
  const registeredAt = performance.now();
  log(`opening ${CLIENTS} WebSockets`);
  const wsUrl = `ws://${HOST}:${port}/ws`;
  await pool(clients, CONNECT_CONCURRENCY, (c) => connect(c, wsUrl));
  const setupSec = (performance.now() - setupStart) / 1000;
  const registerSec = (registeredAt - setupStart) / 1000;

  // --- measured window
  log(`saving answers for ${SECONDS} s`);
  child?.stdin?.write('mark\n');
  const serverCpu0 = procCpuSec(serverPid);
  const benchCpu0 = process.cpuUsage();
  measuring = true;
  t0 = performance.now();
  const endAt = t0 + SECONDS * 1000;
  await Promise.all(clients.map((c) => runClient(c, endAt)));
  const elapsedSec = (performance.now() - t0) / 1000;
  measuring = false;
  const benchCpuUs = process.cpuUsage(benchCpu0);
  const cores = {
    server: (procCpuSec(serverPid) - serverCpu0) / elapsedSec,
    bench: (benchCpuUs.user + benchCpuUs.system) / 1e6 / elapsedSec,
  };

  for (const c of clients) c.ws?.close(1000, 'bench done');
  await sleep(200);
  serverPeakKb = Math.max(serverPeakKb, procStatusKb(serverPid, 'VmHWM'));
  benchPeakKb = Math.max(benchPeakKb, procStatusKb('self', 'VmHWM'));
  clearInterval(sampler);
  const serverStats = await stopServer();

  // --- baseline, with the server gone so that it has the disk and CPU to itself
  log(`baseline: raw better-sqlite3, ${BASELINE_MS / 1000} s per variant`);
  const baseDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thiphapluat-bench-raw-'));
  tempDirs.push(baseDir);
  const raw1 = rawBaseline(baseDir, 1, BASELINE_MS);
  const raw100 = rawBaseline(baseDir, 100, BASELINE_MS);

  // --- report
  const sorted = Float64Array.from(latencies).sort();
  const acks = sorted.length;
  const rate = acks / elapsedSec;
  const lat = { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), max: sorted.length ? (sorted[sorted.length - 1] ?? 0) : 0 };
  const errorTotal = [...errors.values()].reduce((a, b) => a + b, 0);
  const errorDetail = errors.size ? ` (${[...errors].map(([k, v]) => `${k} ${fmtInt(v)}`).join(', ')})` : '';
  const timeline = Array.from({ length: Math.ceil(elapsedSec) }, (_, s) => perSecond[s] ?? { acks: 0, maxMs: 0 });

  const offered = THINK_MS > 0 ? fmtInt(CLIENTS / (THINK_MS / 2000)) : '∞';
  const lines = [
    `thiphapluat bench — ${fmtInt(CLIENTS)} WebSocket clients, ${SECONDS} s, think time 0–${THINK_MS} ms`,
    `server: child process pid ${serverPid}, fresh SQLite db (WAL, synchronous=FULL) in ${os.tmpdir()}; argon2id lowered to 1 MiB/1 pass for bench setup only`,
    `setup: ${fmtInt(CLIENTS)} registered + started in ${registerSec.toFixed(1)} s, joined over WebSocket by ${setupSec.toFixed(1)} s`,
    `answers saved: ${fmtInt(acks)} in ${elapsedSec.toFixed(1)} s = ${fmtInt(rate)}/s (offered-load ceiling ≈ ${offered}/s: clients ÷ mean think time)`,
    `ack latency ms: p50 ${fmtMs(lat.p50)}  p95 ${fmtMs(lat.p95)}  p99 ${fmtMs(lat.p99)}  max ${fmtMs(lat.max)}`,
    `per second (acks/worst ms): ${timeline.map((b) => `${b.acks}/${fmtMs(b.maxMs)}`).join(' ')}`,
    `errors: ${fmtInt(errorTotal)}${errorDetail}`,
  ];
  if (serverStats) {
    const w = serverStats.answerWriter;
    const events = Object.entries(serverStats.integrityEvents).map(([k, v]) => `${k} ${fmtInt(v)}`).join(', ') || 'none';
    const el = serverStats.eventLoopDelayMs;
    lines.push(
      `server: ${fmtInt(w.writes)} answer writes in ${fmtInt(w.commits)} commits (${w.commits ? (w.writes / w.commits).toFixed(1) : '0'} rows/commit); integrity events: ${events}`,
      `server event-loop lag ms (beyond a 10 ms timer): p50 ${fmtMs(el.p50)}  p99 ${fmtMs(el.p99)}  max ${fmtMs(el.max)}`,
    );
  } else {
    lines.push('server: no stats (did not shut down cleanly)');
  }
  lines.push(
    `peak RSS: server ${fmtMb(serverPeakKb)}, bench ${fmtMb(benchPeakKb)}`,
    `CPU during the window: server ${cores.server.toFixed(2)} cores, bench ${cores.bench.toFixed(2)} cores (machine has ${os.availableParallelism()})`,
    `baseline raw better-sqlite3 (WAL, synchronous=FULL): 1 row/commit ${fmtInt(raw1)}/s; 100 rows/commit ${fmtInt(raw100)} rows/s`,
    `ratio: server ÷ raw 1-row commits = ${(rate / raw1).toFixed(2)}×; server ÷ raw 100-row commits = ${(rate / raw100).toFixed(2)}×`,
  );
  console.log(lines.join('\n'));

  if (JSON_OUT) {
    console.log(
      JSON.stringify({
        clients: CLIENTS,
        seconds: SECONDS,
        thinkMs: THINK_MS,
        setupSec: Number(setupSec.toFixed(2)),
        registerSec: Number(registerSec.toFixed(2)),
        durationSec: Number(elapsedSec.toFixed(3)),
        acks,
        answersPerSec: Number(rate.toFixed(1)),
        latencyMs: Object.fromEntries(Object.entries(lat).map(([k, v]) => [k, Number(v.toFixed(2))])),
        perSecond: timeline.map((b) => ({ acks: b.acks, maxMs: Number(b.maxMs.toFixed(1)) })),
        errors: errorTotal,
        errorsByKind: Object.fromEntries(errors),
        server: serverStats,
        cpuCores: { server: Number(cores.server.toFixed(2)), bench: Number(cores.bench.toFixed(2)), available: os.availableParallelism() },
        peakRssMb: { server: Math.round(serverPeakKb / 1024), bench: Math.round(benchPeakKb / 1024) },
        baseline: { rawSingleRowPerSec: Math.round(raw1), rawBatch100RowsPerSec: Math.round(raw100) },
        ratio: { vsSingle: Number((rate / raw1).toFixed(3)), vsBatch100: Number((rate / raw100).toFixed(3)) },
        passwordHashing: { memoryCost: 1024, timeCost: 1, parallelism: 1, note: 'bench setup only' },
      }),
    );
  }
  return 0;
}

process.on('SIGINT', () => {
  console.error('[bench] interrupted');
  cleanup();
  process.exit(130);
});

let code = 1;
try {
  code = await main();
} catch (err) {
  console.error(`[bench] ${err instanceof SetupError ? 'setup failed' : 'failed'}: ${err instanceof Error ? err.message : String(err)}`);
  if (!(err instanceof SetupError) && err instanceof Error && err.stack) console.error(err.stack);
  code = 1;
} finally {
  await stopServer().catch(() => undefined);
  cleanup();
}
process.exit(code);
