/**
 * `pnpm bench:stats [--contests C] [--attempts N] [--runs R]`: how long the organization overview of a
 * year takes (the studio's statistics dashboard).
 *
 * On a fresh temporary SQLite file: one organization, 200 units (most with a population), C contests
 * spread over 2026 with two rounds each, residents drawn from a pool of people so many enter several
 * contests (and units), 1–3 attempts per round, 1% disqualified, about N attempts in all. Every round is
 * finalized except the last contest's second round, which stays open and is computed live.
 * Then:
 *   1. the one-time rollup of the finalized rounds (what the first dashboard read after a close pays);
 *   2. `organizationOverview(db, org, {from: 2026-01-01, to: 2026-12-31})`, p50 and p95 over R calls:
 *      - period not yet counted: its stored aggregate deleted first, so the distinct counts run over the
 *        rollup rows (what the first read after a close or a disqualification pays);
 *      - cold: a fresh connection each time (empty SQLite page cache);
 *      - warm: the same connection.
 *      The open round is always computed live from the attempts.
 * Baselines in the same run: a bare `SELECT count(*) FROM attempts` and the naive distinct-people count
 * over attempts ⋈ participants for the year, i.e. what the overview would pay per figure without rollups.
 * Removes the database and stops by itself.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createDb, type DbHandle } from '@thiphapluat/db';
import { organizationOverview } from '../server/src/modules/stats/overview.service.js';
import { storeFinalizedRounds } from '../server/src/modules/stats/rollup.service.js';

const { values: args } = parseArgs({
  options: {
    contests: { type: 'string', default: '50' },
    attempts: { type: 'string', default: '1000000' },
    runs: { type: 'string', default: '15' },
  },
});
const C = Number(args.contests);
const N = Number(args.attempts);
const R = Number(args.runs);
if (!Number.isInteger(C) || C < 1 || C > 200 || !Number.isInteger(N) || N < 1000 || N > 2_000_000 || !Number.isInteger(R) || R < 3 || R > 100) {
  console.error('--contests 1..200, --attempts 1000..2000000, --runs 3..100');
  process.exit(2);
}

// mulberry32: a small seeded generator with a full 2^32 period (repeatable figures run to run).
let seed = 20261124;
const rand = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
const time = (fn: () => unknown) => {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
};

const VN = 7 * 3_600_000;
const DAY = 86_400_000;
const yearStart = Date.UTC(2026, 0, 1) - VN;
const ENTRANT = ['student', 'civil_servant', 'armed_forces', 'worker', 'other', null] as const;
const GENDER = ['male', 'female', null] as const;

const dir = mkdtempSync(join(tmpdir(), 'tpl-bench-stats-'));
const path = join(dir, 'bench.db');
let handle: DbHandle = createDb({ path, synchronous: 'NORMAL' });
try {
  const s = handle.sqlite;
  const now = Date.UTC(2026, 11, 31, 10, 0);
  // Each participant enters both rounds with 1–3 attempts (mean ≈ 1.4): ≈ 2.8 attempts per registration.
  const perContest = Math.max(10, Math.round(N / C / 2.8));
  const pool = Math.round(perContest * C * 0.6);

  const t0 = performance.now();
  const counts = s.transaction(() => {
    const org = Number(s.prepare(`INSERT INTO organizations (slug, name, created_at) VALUES ('stp-bench-stats', 'Sở Tư pháp (đo thống kê)', ?)`).run(now).lastInsertRowid);
    const insUnit = s.prepare(`INSERT INTO units (organization_id, code, name, name_folded, kind, population, created_at) VALUES (?, ?, ?, ?, 'commune', ?, ?)`);
    const unitIds = Array.from({ length: 200 }, (_, i) =>
      Number(insUnit.run(org, `dv-${i}`, `Xã số ${i + 1}`, `xa so ${i + 1}`, i % 10 === 0 ? null : 2000 + Math.floor(rand() * 20000), now).lastInsertRowid),
    );
    const insContest = s.prepare(
      `INSERT INTO contests (organization_id, slug, title, summary, rules_md, status, registration_fields, consent_text, prediction_enabled, prediction_prompt, show_answers, prizes, created_at, updated_at)
       VALUES (?, ?, ?, '', '', ?, '{"cccd":"off","email":"off","unit":"required","entrantType":"optional","gender":"optional"}', '', 1, '', 'after_submit', '[]', ?, ?)`,
    );
    const insRound = s.prepare(
      `INSERT INTO rounds (contest_id, seq, name, opens_at, closes_at, time_limit_sec, max_attempts, finalized_at, prediction_truth, created_at) VALUES (?, ?, ?, ?, ?, 1200, 3, ?, ?, ?)`,
    );
    const insParticipant = s.prepare(
      `INSERT INTO participants (id, contest_id, phone, full_name, birth_date, unit_id, entrant_type, gender, password_hash, consent_text, consented_at, disqualified_at, created_at)
       VALUES (?, ?, ?, 'Người dự thi', ?, ?, ?, ?, 'x', '', ?, ?, ?)`,
    );
    const insAttempt = s.prepare(
      `INSERT INTO attempts (id, participant_id, round_id, contest_id, seq, status, started_at, deadline_at, submitted_at, duration_ms, correct_count, score, max_score, prediction)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 20, ?)`,
    );
    const insResult = s.prepare(`INSERT INTO round_results (round_id, participant_id, attempt_id, score, duration_ms, submitted_at, prediction) VALUES (?, ?, ?, ?, ?, ?, ?)`);
    // A person keeps their birth date and gender across contests, but may enter for another unit.
    const people = Array.from({ length: pool }, (_, i) => ({
      phone: `+849${String(10_000_000 + i).padStart(8, '0')}`,
      birth: `${1950 + Math.floor(rand() * 62)}-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 9)}`,
      gender: pick(GENDER),
      unit: pick(unitIds),
    }));
    let attemptsMade = 0;
    for (let c = 0; c < C; c++) {
      const opens = yearStart + Math.floor((c * 340) / C) * DAY;
      const last = c === C - 1;
      const contest = Number(insContest.run(org, `do-thong-ke-${c}`, `Cuộc thi đo số ${c + 1}`, last ? 'published' : 'closed', now, now).lastInsertRowid);
      const roundIds = [0, 1].map((r) => {
        const open = last && r === 1;
        const o = opens + r * 12 * DAY;
        return { id: Number(insRound.run(contest, r + 1, `Đợt ${r + 1}`, o, o + 12 * DAY, open ? null : o + 12 * DAY, open ? null : 5, now).lastInsertRowid), opens: o, open };
      });
      const chosen = new Set<number>();
      while (chosen.size < Math.min(perContest, pool)) chosen.add(Math.floor(rand() * pool));
      for (const idx of chosen) {
        const p = people[idx]!;
        const pid = randomUUID();
        const unit = rand() < 0.9 ? p.unit : pick(unitIds);
        insParticipant.run(pid, contest, p.phone, p.birth, unit, pick(ENTRANT), p.gender, now, rand() < 0.01 ? now : null, now);
        for (const round of roundIds) {
          const n = 1 + Math.floor(rand() * rand() * 3.2);
          let best: { id: string; score: number; duration: number; at: number; prediction: number } | null = null;
          for (let k = 1; k <= n; k++) {
            const started = round.opens + Math.floor(rand() * 11 * DAY);
            const running = round.open && k === n && rand() < 0.05;
            const status = running ? 'in_progress' : rand() < 0.9 ? 'submitted' : 'expired';
            const score = running ? null : Math.floor(rand() * 21);
            const duration = running ? null : 60_000 + Math.floor(rand() * 1_140_000);
            const id = randomUUID();
            const prediction = Math.floor(rand() * 50);
            insAttempt.run(id, pid, round.id, contest, k, status, started, started + 1_200_000, running ? null : started + duration!, duration, score, score, prediction);
            attemptsMade++;
            if (score !== null && (!best || score > best.score)) best = { id, score, duration: duration!, at: started + duration!, prediction };
          }
          if (best) insResult.run(round.id, pid, best.id, best.score, best.duration, best.at, best.prediction);
        }
      }
    }
    return { org, attempts: attemptsMade };
  })();
  const genMs = performance.now() - t0;
  s.pragma('wal_checkpoint(TRUNCATE)');
  s.exec('ANALYZE');
  const participantsRows = (s.prepare('SELECT count(*) AS n FROM participants').get() as { n: number }).n;
  console.log(`generated ${C} contests, ${participantsRows} registrations (pool of ${pool} people), ${counts.attempts} attempts in ${(genMs / 1000).toFixed(1)} s`);

  const rollupMs = time(() => storeFinalizedRounds(handle.db, counts.org, now));
  const stored = (s.prepare('SELECT count(*) AS n FROM stat_round_people').get() as { n: number }).n;
  console.log(`one-time rollup of ${2 * C - 1} finalized rounds: ${(rollupMs / 1000).toFixed(2)} s (${stored} participant-round rows)`);

  const period = { from: '2026-01-01', to: '2026-12-31' };
  const overview = () => organizationOverview(handle.db, counts.org, period, now);
  const first = overview();
  console.log(
    `overview 2026: ${first.totals.contests} contests, ${first.totals.participants} people, ${first.totals.attempts} attempts, completion ${((first.totals.completionRate ?? 0) * 100).toFixed(1)}%`,
  );

  // Uncached: the stored part of the period counted from the rollup rows (the first read of a period
  // after a round closes or a disqualification), on a fresh connection each time.
  const uncached: number[] = [];
  for (let i = 0; i < Math.min(R, 5); i++) {
    handle.sqlite.exec('DELETE FROM stat_period_aggregates');
    handle.close();
    handle = createDb({ path, synchronous: 'NORMAL' });
    uncached.push(time(overview));
  }
  const cold: number[] = [];
  for (let i = 0; i < Math.min(R, 7); i++) {
    handle.close();
    handle = createDb({ path, synchronous: 'NORMAL' });
    cold.push(time(overview));
  }
  const warm = Array.from({ length: R }, () => time(overview));
  const countStmt = handle.sqlite.prepare('SELECT count(*) FROM attempts');
  const baseCount = Array.from({ length: R }, () => time(() => countStmt.get()));
  const naiveStmt = handle.sqlite.prepare(
    `SELECT count(DISTINCT p.phone) FROM attempts a JOIN participants p ON p.id = a.participant_id
     WHERE p.disqualified_at IS NULL AND a.started_at BETWEEN ? AND ?`,
  );
  const baseNaive = Array.from({ length: Math.min(R, 5) }, () => time(() => naiveStmt.get(yearStart, yearStart + 365 * DAY - 1)));

  const row = (name: string, xs: number[]) => console.log(`  ${name.padEnd(52)} p50 ${fmt(pct(xs, 50)).padStart(10)}   p95 ${fmt(pct(xs, 95)).padStart(10)}   (${xs.length} runs)`);
  console.log('timings:');
  row('organizationOverview(2026), period not yet counted', uncached);
  row('organizationOverview(2026), cold connection', cold);
  row('organizationOverview(2026), warm', warm);
  row('baseline: SELECT count(*) FROM attempts', baseCount);
  row('baseline: naive distinct people over attempts ⋈ participants', baseNaive);
  console.log(
    `ratio: warm overview p50 = ${(pct(warm, 50) / pct(baseCount, 50)).toFixed(1)} × count(*) over attempts, ${(pct(warm, 50) / pct(baseNaive, 50)).toFixed(2)} × one naive distinct count`,
  );
  const met = (xs: number[]) => (pct(xs, 95) < 1000 ? 'met' : 'NOT met');
  console.log(`target under 1000 ms (p95): cold ${met(cold)}, warm ${met(warm)}, period not yet counted ${met(uncached)}`);
} finally {
  handle.close();
  if (process.env.BENCH_KEEP_DB) console.log(`kept ${path}`);
  else rmSync(dir, { recursive: true, force: true });
}
