/**
 * The server side of `pnpm bench`, run by scripts/bench.ts in a child process so that the load
 * generator does not share its CPU. Not meant to be run by hand.
 *
 *   node --import tsx scripts/bench-server.ts <dbPath>
 *
 * Prints one JSON line on stdout when listening: {"port":12345}. A line "mark" on stdin starts the
 * measured window (resets the event-loop histogram, snapshots the answer writer's counters). On
 * SIGTERM (or SIGINT, or stdin closing because the parent died) it prints a second JSON line with
 * what it saw since the mark ({"stats":{...}}), closes the app (draining in-flight answer writes)
 * and exits 0.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { buildApp } from '@thiphapluat/server';

const dbPath = process.argv[2];
if (!dbPath) {
  console.error('usage: bench-server.ts <dbPath>');
  process.exit(64);
}

const app = await buildApp({
  dbPath,
  logger: false,
  seed: true,
  // Cheap argon2id parameters ONLY so that registering ~1,000 bench participants takes seconds, not
  // minutes. Registration is setup, not the measured path; production keeps the OWASP defaults
  // (19 MiB, 2 passes) from buildApp.
  passwordHashing: { memoryCost: 1024, timeCost: 1, parallelism: 1 },
  // Default is 120 messages per 10 s per socket. Bench clients answer faster than a person would,
  // so the budget is raised; the check itself still runs on every frame.
  // This bench measures the answer path. The gates in front of registration and start (rate limits,
  // proof of work, the waiting room) are setup here and are measured by simulate:bots and
  // simulate:rush instead, so they are off.
  config: {
    WS_MESSAGES_PER_10S: 10_000,
    RATE_LIMIT_ENABLED: false,
    POW_REQUIRED: false,
    ADMISSION_MAX_IN_PROGRESS: 1_000_000,
    ADMISSION_MAX_EVENT_LOOP_DELAY_MS: 1_000_000,
    ADMISSION_MAX_STARTS_PER_S: 1_000_000,
  },
});

// Event-loop delay, to tell "the disk is slow" from "the event loop was blocked" when latency spikes.
// The histogram records the whole timer interval, so the resolution is subtracted when reporting.
const LOOP_RESOLUTION_MS = 10;
const loopDelay = monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS });
loopDelay.enable();

const address = await app.listen({ port: 0, host: '127.0.0.1' });
const port = Number(new URL(address).port);
process.stdout.write(`${JSON.stringify({ port })}\n`);

let mark = { commits: 0, writes: 0 };
let stdinBuf = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk: string) => {
  stdinBuf += chunk;
  let nl: number;
  while ((nl = stdinBuf.indexOf('\n')) >= 0) {
    const line = stdinBuf.slice(0, nl).trim();
    stdinBuf = stdinBuf.slice(nl + 1);
    if (line === 'mark') {
      loopDelay.reset();
      mark = { ...app.ctx.answerWriter.stats };
    }
  }
});
// The parent went away without SIGTERM: do not linger.
process.stdin.on('end', () => void shutdown());

const excess = (ns: number) => Math.round(Math.max(0, ns / 1e6 - LOOP_RESOLUTION_MS) * 100) / 100;

function collectStats() {
  const sqlite = app.dbHandle.sqlite;
  const integrity = sqlite.prepare('select kind, count(*) as n from integrity_events group by kind').all() as { kind: string; n: number }[];
  const answers = (sqlite.prepare('select count(*) as n, coalesce(sum(revisions), 0) as revisions from answers').get() as { n: number; revisions: number }) ?? { n: 0, revisions: 0 };
  const { commits, writes } = app.ctx.answerWriter.stats;
  return {
    // Since the "mark": the measured window only.
    answerWriter: { commits: commits - mark.commits, writes: writes - mark.writes },
    answerRows: answers.n,
    integrityEvents: Object.fromEntries(integrity.map((r) => [r.kind, r.n])),
    // How late the event loop was beyond its timer: time every socket on the server waited.
    eventLoopDelayMs: {
      p50: excess(loopDelay.percentile(50)),
      p99: excess(loopDelay.percentile(99)),
      max: excess(loopDelay.max),
    },
  };
}

let closing = false;
async function shutdown(): Promise<void> {
  if (closing) return;
  closing = true;
  const force = setTimeout(() => process.exit(1), 10_000).unref();
  loopDelay.disable();
  let stats: unknown = null;
  try {
    stats = collectStats();
  } catch (err) {
    stats = { error: String(err) };
  }
  await app.close();
  process.stdout.write(`${JSON.stringify({ stats })}\n`);
  clearTimeout(force);
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown());
process.on('SIGINT', () => void shutdown());
