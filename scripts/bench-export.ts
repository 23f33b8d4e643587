/**
 * `pnpm bench:export [--attempts N] [--json]`: exporting a big round's results, as the export job does.
 *
 * 1. A child process generates N attempts (default 1,000,000) by N participants in one round of one
 *    contest, with their best results (round_results), in a temporary SQLite file: prepared statements,
 *    one transaction. Generation runs in its own process so its memory does not count below.
 * 2. This process then measures, on a read-only connection like the job's:
 *    - baseline: iterating the same query the export reads (`.iterate()`) and mapping every row;
 *    - the round results to xlsx (exceljs streaming writer) and to CSV, through the job's own code
 *      (resultsReport → writeReport).
 *    Each phase prints its time, rows per second, the ratio to the baseline and the peak RSS, sampled
 *    every 20 ms during the phase. Target: RSS under 300 MB, minutes not hours.
 * Stops by itself and deletes the temporary files (`--keep` keeps the database; `--db PATH` measures on
 * a kept one instead of generating).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { createDb } from '@thiphapluat/db';
import type { ExportFormat } from '@thiphapluat/shared';
import { writeReport } from '../server/src/modules/exports/export-job.js';
import { resultRows, resultsReport } from '../server/src/modules/exports/sources/results.js';
import type { SourceContext } from '../server/src/modules/exports/sources/context.js';

const { values: args } = parseArgs({
  options: {
    attempts: { type: 'string', default: '1000000' },
    json: { type: 'boolean', default: false },
    generate: { type: 'string' },
    /** Measure on a database a previous run kept (--keep) instead of generating one. */
    db: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
const N = Number(args.attempts);
if (!Number.isInteger(N) || N < 1 || N > 5_000_000) {
  console.error('--attempts must be 1..5000000');
  process.exit(2);
}

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Ngọc', 'Thanh', 'Quốc', 'Hoàng', 'Thu'];
const GIVEN = ['An', 'Bình', 'Chi', 'Dũng', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hiếu', 'Hùng', 'Lan', 'Linh', 'Long', 'Mai', 'Nam', 'Nga', 'Phúc', 'Quân', 'Sơn', 'Tâm', 'Thảo', 'Trang', 'Tuấn', 'Yến'];
const TYPES = ['student', 'civil_servant', 'armed_forces', 'worker', 'other'];
const UNITS = 300;
const QUESTIONS = 20;

/** Deterministic, so two runs export the same file. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Child process: fills the database and exits. */
function generate(path: string): void {
  const { sqlite, close } = createDb({ path, synchronous: 'NORMAL' });
  const now = Date.UTC(2026, 10, 1, 3);
  const rand = rng(42);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  sqlite.transaction(() => {
    const org = sqlite.prepare("insert into organizations (slug, name, created_at) values ('stp-bench', 'Sở Tư pháp thành phố Cần Thơ', ?)").run(now).lastInsertRowid;
    const unitIds: number[] = [];
    const unit = sqlite.prepare("insert into units (organization_id, code, name, name_folded, kind, population, created_at) values (?, ?, ?, ?, 'ward', ?, ?)");
    for (let u = 1; u <= UNITS; u++) unitIds.push(Number(unit.run(org, `P${u}`, `Phường An Hòa ${u}`, `phuong an hoa ${u}`, 5000 + u * 37, now).lastInsertRowid));
    const contest = sqlite
      .prepare(
        `insert into contests (organization_id, slug, title, summary, rules_md, status, registration_fields, consent_text, prediction_enabled, prediction_prompt, show_answers, prizes, created_at, updated_at)
         values (?, 'cuoc-thi-bench', 'Cuộc thi tìm hiểu pháp luật năm 2026', '', '', 'closed', '{"cccd":"off","email":"off","unit":"required","entrantType":"required"}', 'Đồng ý', 1, 'Dự đoán', 'after_submit', '[]', ?, ?)`,
      )
      .run(org, now, now).lastInsertRowid;
    const round = sqlite.prepare("insert into rounds (contest_id, seq, name, opens_at, closes_at, time_limit_sec, max_attempts, created_at) values (?, 1, 'Đợt 1', ?, ?, 1200, 3, ?)").run(contest, now, now + 30 * 86_400_000, now).lastInsertRowid;
    const participant = sqlite.prepare(
      "insert into participants (id, contest_id, phone, full_name, birth_date, unit_id, entrant_type, password_hash, consent_text, consented_at, created_at) values (?, ?, ?, ?, '1990-01-01', ?, ?, 'x', 'Đồng ý', ?, ?)",
    );
    const attempt = sqlite.prepare(
      "insert into attempts (id, participant_id, round_id, contest_id, seq, status, started_at, deadline_at, submitted_at, duration_ms, correct_count, score, max_score, prediction) values (?, ?, ?, ?, 1, 'submitted', ?, ?, ?, ?, ?, ?, ?, ?)",
    );
    const result = sqlite.prepare('insert into round_results (round_id, participant_id, attempt_id, score, duration_ms, submitted_at, prediction) values (?, ?, ?, ?, ?, ?, ?)');
    for (let i = 0; i < N; i++) {
      const pid = `p${String(i).padStart(8, '0')}`;
      const aid = `a${String(i).padStart(8, '0')}`;
      const registered = now + Math.floor((i / N) * 29 * 86_400_000);
      participant.run(pid, contest, `+849${String(10_000_000 + i).slice(-8)}`, `${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)}`, pick(unitIds), pick(TYPES), registered, registered);
      const score = Math.min(QUESTIONS, Math.floor(rand() * rand() * (QUESTIONS + 1)) + Math.floor(rand() * 8));
      const duration = 60_000 + Math.floor(rand() * 1_140_000);
      const started = registered + 60_000;
      const prediction = Math.floor(rand() * 5000);
      attempt.run(aid, pid, round, contest, started, started + 1_200_000, started + duration, duration, score, score, QUESTIONS, prediction);
      result.run(round, pid, aid, score, duration, started + duration, prediction);
    }
  })();
  close();
}

interface Phase {
  phase: string;
  rows: number;
  seconds: number;
  rowsPerSecond: number;
  peakRssMb: number;
  fileMb: number | null;
  ratioToBaseline: number | null;
}

/** Runs `work`, sampling RSS every 20 ms; the writers yield to the event loop so the timer fires. */
async function measure(phase: string, work: () => Promise<{ rows: number; file?: string }>): Promise<Omit<Phase, 'ratioToBaseline'>> {
  global.gc?.();
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const t0 = performance.now();
  const { rows, file } = await work();
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { phase, rows, seconds, rowsPerSecond: Math.round(rows / seconds), peakRssMb: Math.round(peak / 1048576), fileMb: file ? Math.round((statSync(file).size / 1048576) * 10) / 10 : null };
}

async function main(): Promise<void> {
  if (args.generate) {
    generate(args.generate);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'tpl-bench-export-'));
  const dbPath = args.db ?? join(dir, 'bench.db');
  try {
    const g0 = performance.now();
    if (!args.db) {
      const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--generate', dbPath, '--attempts', String(N)], { stdio: 'inherit' });
      if (child.status !== 0) throw new Error(`generation failed (exit ${child.status})`);
    }
    const generateSeconds = (performance.now() - g0) / 1000;
    if (!args.json) console.log(`${args.db ? 'reused' : 'generated'} ${N.toLocaleString('en')} attempts, participants and results in ${generateSeconds.toFixed(1)} s (${(statSync(dbPath).size / 1048576).toFixed(0)} MB)`);

    const reader = new Database(dbPath, { readonly: true, fileMustExist: true });
    const ids = reader.prepare("select c.id as contestId, r.id as roundId, c.organization_id as org from rounds r join contests c on c.id = r.contest_id where c.slug = 'cuoc-thi-bench'").get() as { contestId: number; roundId: number; org: number };
    const src: SourceContext = { reader, db: undefined as never, organizationId: ids.org, organizationName: 'Sở Tư pháp thành phố Cần Thơ', now: Date.now(), unmaskedPhone: false };
    const idle = Math.round(process.memoryUsage().rss / 1048576);

    const phases: Omit<Phase, 'ratioToBaseline'>[] = [];
    phases.push(
      await measure('baseline: iterate the rows', async () => {
        let rows = 0;
        let checksum = 0;
        for (const r of resultRows(src, ids.roundId) as IterableIterator<{ score: number; fullName: string }>) {
          rows++;
          checksum += r.score + r.fullName.length;
          if (rows % 500 === 0) await new Promise<void>((res) => setImmediate(res));
        }
        if (checksum < 0) console.log(checksum);
        return { rows };
      }),
    );
    for (const format of ['xlsx', 'csv'] as ExportFormat[]) {
      const file = join(dir, `ket-qua.${format}`);
      phases.push(
        await measure(`results → ${format}`, async () => {
          const report = resultsReport(src, { contestId: ids.contestId, roundId: ids.roundId });
          const rows = await writeReport(report, format, file, () => Promise.resolve());
          return { rows, file };
        }),
      );
    }
    reader.close();

    const base = phases[0]!.seconds;
    const table: Phase[] = phases.map((p, i) => ({ ...p, ratioToBaseline: i === 0 ? null : Math.round((p.seconds / base) * 10) / 10 }));
    if (args.json) {
      console.log(JSON.stringify({ attempts: N, generateSeconds, idleRssMb: idle, phases: table }, null, 2));
      return;
    }
    console.log(`RSS before the exports: ${idle} MB (Node, exceljs and the driver loaded)`);
    console.log(`${'phase'.padEnd(28)} ${'rows'.padStart(10)} ${'time'.padStart(9)} ${'rows/s'.padStart(9)} ${'× base'.padStart(7)} ${'peak RSS'.padStart(9)} ${'file'.padStart(9)}`);
    for (const p of table) {
      console.log(
        `${p.phase.padEnd(28)} ${p.rows.toLocaleString('en').padStart(10)} ${`${p.seconds.toFixed(1)} s`.padStart(9)} ${p.rowsPerSecond.toLocaleString('en').padStart(9)} ${(p.ratioToBaseline === null ? '1.0' : p.ratioToBaseline.toFixed(1)).padStart(7)} ${`${p.peakRssMb} MB`.padStart(9)} ${(p.fileMb === null ? '–' : `${p.fileMb} MB`).padStart(9)}`,
      );
    }
    const worst = Math.max(...table.map((p) => p.peakRssMb));
    console.log(`peak RSS ${worst} MB: ${worst < 300 ? 'under' : 'OVER'} the 300 MB target`);
  } finally {
    if (args.keep && !args.db) console.log(`kept the database: --db ${dbPath}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

await main();
