/**
 * What `pnpm simulate:rush` and `pnpm simulate:bots` share: the server in a child process on a
 * temporary database, a small HTTP client with its own connection pools, and percentiles.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Config } from '@thiphapluat/server';
import type { PowChallenge } from '@thiphapluat/shared';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface SimServer {
  base: { host: string; port: number };
  roundId: number;
  slug: string;
  unitId: number | null;
  tokens: string[];
  /** Stops the server and returns what it printed on the way out. */
  stop(): Promise<Record<string, unknown> | null>;
}

/** Starts scripts/sim-server.ts on a fresh temporary SQLite file; cleans the directory up on stop. */
export async function startSimServer(config: Partial<Config>, preRegister: number): Promise<SimServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tpl-sim-'));
  const tokensFile = path.join(dir, 'tokens.txt');
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/sim-server.ts'), path.join(dir, 'sim.db'), JSON.stringify(config), String(preRegister), tokensFile], {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines: string[] = [];
  let buf = '';
  let onLine: (() => void) | null = null;
  child.stdout!.setEncoding('utf8');
  child.stdout!.on('data', (chunk: string) => {
    buf += chunk;
    let nl: number;
    while ((nl = buf.indexOf('\n')) >= 0) {
      lines.push(buf.slice(0, nl));
      buf = buf.slice(nl + 1);
      onLine?.();
    }
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const nextLine = () =>
    new Promise<string>((resolve, reject) => {
      const take = () => {
        const line = lines.shift();
        if (line !== undefined) {
          onLine = null;
          resolve(line);
        }
      };
      onLine = take;
      take();
      void exited.then(() => reject(new Error('sim server exited')));
    });
  const ready = JSON.parse(await nextLine()) as { port: number; roundId: number; slug: string; unitId: number | null };
  const tokens = preRegister > 0 ? fs.readFileSync(tokensFile, 'utf8').split('\n').filter(Boolean) : [];
  return {
    base: { host: '127.0.0.1', port: ready.port },
    roundId: ready.roundId,
    slug: ready.slug,
    unitId: ready.unitId,
    tokens,
    stop: async () => {
      child.kill('SIGTERM');
      const last = await Promise.race([nextLine().catch(() => null), new Promise<null>((r) => setTimeout(() => r(null), 15_000))]);
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
      fs.rmSync(dir, { recursive: true, force: true });
      return last ? ((JSON.parse(last) as { stats: Record<string, unknown> }).stats ?? null) : null;
    },
  };
}

export interface HttpResult {
  status: number;
  body: unknown;
  ms: number;
}

/** A keep-alive pool; separate pools keep one kind of traffic from queueing behind another. */
export const pool = (maxSockets: number) => new http.Agent({ keepAlive: true, maxSockets });

/** One JSON request; status 0 for a network error. Latency is measured from send to the full body. */
export function request(
  agent: http.Agent,
  base: { host: string; port: number },
  method: string,
  url: string,
  opts: { headers?: Record<string, string>; body?: unknown } = {},
): Promise<HttpResult> {
  const started = performance.now();
  const payload = opts.body === undefined ? undefined : JSON.stringify(opts.body);
  return new Promise((resolve) => {
    const req = http.request(
      { ...base, agent, method, path: url, headers: { accept: 'application/json', ...(payload ? { 'content-type': 'application/json' } : {}), ...opts.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let body: unknown = text;
          try {
            body = text ? JSON.parse(text) : null;
          } catch {
            /* not JSON: keep the text */
          }
          resolve({ status: res.statusCode ?? 0, body, ms: performance.now() - started });
        });
      },
    );
    req.setTimeout(60_000, () => req.destroy(new Error('timeout')));
    req.on('error', () => resolve({ status: 0, body: null, ms: performance.now() - started }));
    if (payload) req.write(payload);
    req.end();
  });
}

/** The p-th percentile (0–100) of `values`, nearest rank; NaN when empty. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number;
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
export const fmt = (ms: number) => (Number.isFinite(ms) ? `${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms` : 'n/a');

/**
 * `n` solver threads: solving off the harness's event loop keeps its clients' timings honest. Each
 * solve returns the widget's payload and how long the solving itself took.
 */
export function powSolvers(n: number) {
  const workers = Array.from({ length: n }, () => new Worker(new URL('./pow-solver.worker.mjs', import.meta.url)));
  const pending = new Map<number, (r: { ms: number; payload: string }) => void>();
  for (const w of workers) w.on('message', (m: { id: number; ms: number; payload: string }) => pending.get(m.id)?.(m));
  let seq = 0;
  return {
    solve(challenge: PowChallenge): Promise<{ ms: number; payload: string }> {
      const id = ++seq;
      return new Promise((resolve) => {
        pending.set(id, (r) => {
          pending.delete(id);
          resolve(r);
        });
        workers[id % n]!.postMessage({ id, challenge });
      });
    },
    close: async () => void (await Promise.all(workers.map((w) => w.terminate()))),
  };
}
