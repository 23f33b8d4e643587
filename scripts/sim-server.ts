/**
 * The server side of `pnpm simulate:rush` and `pnpm simulate:bots`, run in a child process so the
 * simulated clients do not share its event loop. Not meant to be run by hand.
 *
 *   node --import tsx scripts/sim-server.ts <dbPath> <configJson> <preRegister> <tokensFile>
 *
 * Builds the real app on a fresh SQLite file with the demo contest (one open round), inserts
 * <preRegister> participants with a session each straight into the database (a registration's
 * argon2 hash is not what a rush measures) and writes their bearer tokens to <tokensFile>, one per
 * line. Then listens on 127.0.0.1 and prints one JSON line: {"port":…,"roundId":…,"slug":…,"unitId":…}.
 * On SIGTERM, SIGINT or stdin closing it prints {"stats":{…}} (the waiting room at the end),
 * closes the app and exits 0.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { contests, contestUnits, DEMO_CONTEST_SLUG, rounds } from '@thiphapluat/db';
import { buildApp, type Config } from '@thiphapluat/server';
import { hashToken } from '../server/src/modules/participants/participants.service.js';
import { insertParticipant, insertSession } from '../server/src/modules/participants/participants.repository.js';

const [dbPath, configJson = '{}', preRegisterArg = '0', tokensFile] = process.argv.slice(2);
if (!dbPath || !tokensFile) {
  console.error('usage: sim-server.ts <dbPath> <configJson> <preRegister> <tokensFile>');
  process.exit(64);
}
const config = JSON.parse(configJson) as Partial<Config>;

const app = await buildApp({
  dbPath,
  logger: { level: 'error' },
  seed: true,
  // Cheap argon2id so the bot harness's real users register in milliseconds of hashing, like the
  // tests; the proof of work, the budgets and the waiting room are what is measured.
  passwordHashing: { memoryCost: 1024, timeCost: 1, parallelism: 1 },
  config: { COOKIE_SECURE: false, ...config },
});

const db = app.ctx.db;
const contest = db.select().from(contests).where(eq(contests.slug, DEMO_CONTEST_SLUG)).get();
if (!contest) throw new Error('demo contest missing');
const now = Date.now();
const round = db
  .select()
  .from(rounds)
  .where(eq(rounds.contestId, contest.id))
  .all()
  .find((r) => r.opensAt <= now && now < r.closesAt);
if (!round) throw new Error('demo contest has no open round');
const unit = db.select({ id: contestUnits.unitId }).from(contestUnits).where(eq(contestUnits.contestId, contest.id)).get();

const count = Number(preRegisterArg);
if (count > 0) {
  // One argon2id hash for all of them (they never sign in; the hash is only there to be a valid row).
  const passwordHash = 'disabled:simulated-participant';
  const tokens: string[] = [];
  db.transaction((tx) => {
    for (let i = 0; i < count; i++) {
      const id = randomUUID();
      insertParticipant(tx, {
        id,
        contestId: contest.id,
        phone: `+849${String(10_000_000 + i).padStart(8, '0')}`,
        fullName: `Người dự thi ${i + 1}`,
        birthDate: '1990-01-01',
        cccdHash: null,
        cccdLast3: null,
        email: null,
        unitId: unit?.id ?? null,
        entrantType: null,
        gender: null,
        passwordHash,
        consentText: contest.consentText,
        consentedAt: now,
        createdAt: now,
      });
      const token = randomBytes(32).toString('base64url');
      insertSession(tx, { tokenHash: hashToken(token), participantId: id, createdAt: now, expiresAt: now + 24 * 3600_000 });
      tokens.push(token);
    }
  });
  writeFileSync(tokensFile, `${tokens.join('\n')}\n`);
}

// The set-up above blocked the event loop; let the load sampler see a quiet loop again before any
// client arrives, as a server that has been up for a while would.
await new Promise((r) => setTimeout(r, 800));
const address = await app.listen({ port: 0, host: '127.0.0.1' });
process.stdout.write(`${JSON.stringify({ port: Number(new URL(address).port), roundId: round.id, slug: contest.slug, unitId: unit?.id ?? null })}\n`);

let closing = false;
async function shutdown(): Promise<void> {
  if (closing) return;
  closing = true;
  const force = setTimeout(() => process.exit(1), 10_000).unref();
  const inProgress = app.dbHandle.sqlite.prepare("select count(*) as n from attempts where status = 'in_progress'").get() as { n: number };
  const participants = app.dbHandle.sqlite.prepare('select count(*) as n from participants').get() as { n: number };
  const stats = { stillWaiting: app.admission.room.waiting, attemptsInProgress: inProgress.n, participants: participants.n };
  await app.close();
  process.stdout.write(`${JSON.stringify({ stats })}\n`);
  clearTimeout(force);
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown());
process.on('SIGINT', () => void shutdown());
process.stdin.on('end', () => void shutdown());
process.stdin.resume();
