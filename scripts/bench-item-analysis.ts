/**
 * `pnpm bench:items [--attempts N] [--questions Q] [--runs R] [--json]`: how long the item analysis of
 * one contest takes.
 *
 * On a fresh temporary SQLite file: one organization, Q published questions (4 options, one of them a
 * two-answer question in every five, tagged with 1–2 of 5 legal fields), one contest with one round, and
 * N submitted attempts of Q questions each (N × Q drawn questions and answers; residents of varying
 * ability, 3% blanks, 1% disqualified). Timed: `itemAnalysis(db, orgId, { contest })`, the whole report
 * as the route returns it, (1) the first request once the round is finalized (it computes and stores
 * the round's histogram), (2) R later requests (read from the stored histogram), (3) R requests with
 * the round still open (live: one pass over every answer).
 * Baseline in the same run: a bare COUNT(*) over the same join (every drawn question with its answer
 * of every counted attempt), the floor anything that reads each answer once pays.
 * Prints medians and ratios; removes the database and stops by itself.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createDb } from '@thiphapluat/db';
import { itemAnalysis } from '../server/src/modules/stats/item-analysis.service.js';

const { values: args } = parseArgs({
  options: {
    attempts: { type: 'string', default: '100000' },
    questions: { type: 'string', default: '20' },
    runs: { type: 'string', default: '5' },
    json: { type: 'boolean', default: false },
  },
});
const N = Number(args.attempts);
const Q = Number(args.questions);
const R = Number(args.runs);
if (!Number.isInteger(N) || N < 10 || N > 1_000_000 || !Number.isInteger(Q) || Q < 2 || Q > 100 || !Number.isInteger(R) || R < 1 || R > 50) {
  console.error('--attempts 10..1000000, --questions 2..100, --runs 1..50');
  process.exit(2);
}

let seed = 20261124;
const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
/** Wall time and this process's CPU time (user + system) of one call, in ms: on a busy machine the CPU time is the steadier figure. */
const time = (fn: () => unknown) => {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const c = process.cpuUsage(c0);
  return { wall: performance.now() - t0, cpu: (c.user + c.system) / 1000 };
};
type Timing = ReturnType<typeof time>;
const med = (xs: Timing[]) => ({ wall: median(xs.map((x) => x.wall)), cpu: median(xs.map((x) => x.cpu)) });
const ms = (t: { wall: number; cpu: number }) => `${t.wall.toFixed(1)} ms (${t.cpu.toFixed(1)} ms CPU)`;

const dir = mkdtempSync(join(tmpdir(), 'tpl-bench-items-'));
const handle = createDb({ path: join(dir, 'bench.db'), synchronous: 'NORMAL' });
try {
  const s = handle.sqlite;
  const now = Date.UTC(2026, 10, 1, 2, 0);
  const t0 = performance.now();
  const ids = s.transaction(() => {
    const org = Number(s.prepare(`INSERT INTO organizations (slug, name, created_at) VALUES ('stp-bench', 'Sở Tư pháp (đo)', ?)`).run(now).lastInsertRowid);
    const fields = Array.from({ length: 5 }, (_, i) =>
      Number(s.prepare('INSERT INTO legal_fields (code, name, organization_id, created_at) VALUES (?, ?, ?, ?)').run(`bench-${i}`, `Lĩnh vực ${i + 1}`, org, now).lastInsertRowid),
    );
    const versions = Array.from({ length: Q }, (_, i) => {
      const qid = Number(s.prepare('INSERT INTO questions (organization_id, latest_version, created_at, updated_at) VALUES (?, 1, ?, ?)').run(org, now, now).lastInsertRowid);
      const options = ['a', 'b', 'c', 'd'].map((l) => ({ id: `${l}${qid}`, text: `Phương án ${l.toUpperCase()}` }));
      const key = i % 5 === 4 ? [options[0]!.id, options[2]!.id] : [options[i % 4]!.id];
      const f = [fields[i % 5]!, ...(i % 3 === 0 ? [fields[(i + 1) % 5]!] : [])];
      const vid = Number(
        s
          .prepare(
            `INSERT INTO question_versions (question_id, version, status, text, options, correct_option_ids, explanation, citation_document, citation_article, difficulty, primary_field_id, created_at)
             VALUES (?, 1, 'published', ?, ?, ?, '', 'Luật', 'Điều 1', ?, ?, ?)`,
          )
          .run(qid, `Câu hỏi đo số ${i + 1}?`, JSON.stringify(options), JSON.stringify(key), 1 + (i % 3), f[0], now).lastInsertRowid,
      );
      for (const fid of f) s.prepare('INSERT INTO question_version_fields (question_version_id, legal_field_id) VALUES (?, ?)').run(vid, fid);
      return { vid, options: options.map((o) => o.id), key, difficulty: 0.15 * (i % 7) };
    });
    const contest = Number(
      s
        .prepare(
          `INSERT INTO contests (organization_id, slug, title, summary, rules_md, status, registration_fields, consent_text, prediction_enabled, prediction_prompt, show_answers, prizes, created_at, updated_at)
           VALUES (?, 'do-phan-tich', 'Cuộc thi đo', '', '', 'closed', '{"cccd":"off","email":"off","unit":"off","entrantType":"off"}', '', 0, '', 'after_submit', '[]', ?, ?)`,
        )
        .run(org, now, now).lastInsertRowid,
    );
    const round = Number(
      s.prepare(`INSERT INTO rounds (contest_id, seq, name, opens_at, closes_at, time_limit_sec, max_attempts, finalized_at, created_at) VALUES (?, 1, 'Đợt 1', ?, ?, 1200, 1, ?, ?)`).run(contest, now, now + 86_400_000, now + 86_400_000, now)
        .lastInsertRowid,
    );
    const insP = s.prepare(
      `INSERT INTO participants (id, contest_id, phone, full_name, birth_date, password_hash, consent_text, consented_at, disqualified_at, created_at) VALUES (?, ?, ?, 'Người đo', '1990-01-01', '-', '', ?, ?, ?)`,
    );
    const insA = s.prepare(
      `INSERT INTO attempts (id, participant_id, round_id, contest_id, seq, status, started_at, deadline_at, submitted_at, duration_ms, correct_count, score, max_score) VALUES (?, ?, ?, ?, 1, 'submitted', ?, ?, ?, 600000, ?, ?, ?)`,
    );
    const insQ = s.prepare('INSERT INTO attempt_questions (attempt_id, position, question_version_id, option_order) VALUES (?, ?, ?, ?)');
    const insAn = s.prepare('INSERT INTO answers (attempt_id, position, option_ids, first_saved_at, saved_at) VALUES (?, ?, ?, ?, ?)');
    for (let n = 0; n < N; n++) {
      const pid = randomUUID();
      const aid = randomUUID();
      const start = now + (n % 86_000) * 1000;
      insP.run(pid, contest, `+849${String(n).padStart(8, '0')}`, now, rand() < 0.01 ? now : null, now);
      const ability = rand();
      let correct = 0;
      const picks = versions.map((v) => {
        if (rand() < 0.03) return null;
        if (rand() < 0.25 + 0.7 * ability - v.difficulty * 0.5) {
          correct++;
          return v.key;
        }
        const wrong = v.options.filter((o) => !v.key.includes(o));
        return [wrong[Math.floor(rand() * wrong.length)]!];
      });
      insA.run(aid, pid, round, contest, start, start + 1_200_000, start + 600_000, correct, correct, Q);
      picks.forEach((p, i) => {
        insQ.run(aid, i + 1, versions[i]!.vid, JSON.stringify(versions[i]!.options));
        if (p) insAn.run(aid, i + 1, JSON.stringify(p), start, start);
      });
    }
    return { org, contest };
  })();
  s.pragma('optimize');
  const generateMs = performance.now() - t0;

  const baselineSql = s.prepare(`
    SELECT COUNT(*) AS n FROM attempts at
    JOIN contests c ON c.id = at.contest_id
    JOIN participants p ON p.id = at.participant_id
    JOIN attempt_questions aq ON aq.attempt_id = at.id
    LEFT JOIN answers an ON an.attempt_id = aq.attempt_id AND an.position = aq.position
    WHERE c.organization_id = ? AND at.contest_id = ? AND at.status IN ('submitted', 'expired') AND p.disqualified_at IS NULL`);
  let rows = 0;
  let report: ReturnType<typeof itemAnalysis> | undefined;
  const run = () => (report = itemAnalysis(handle.db, ids.org, { kind: 'contest', contestId: ids.contest }));
  // The round is finalized: the first request computes and stores its histogram, later ones read it.
  const first = time(run);
  const stored: Timing[] = [];
  for (let r = 0; r < R; r++) stored.push(time(run));
  // The same contest while its round is still open: every request reads every answer.
  s.prepare('UPDATE rounds SET finalized_at = NULL').run();
  const live: Timing[] = [];
  const baseline: Timing[] = [];
  for (let r = 0; r < R; r++) {
    baseline.push(time(() => (rows = (baselineSql.get(ids.org, ids.contest) as { n: number }).n)));
    live.push(time(run));
  }
  const b = med(baseline);
  const st = med(stored);
  const lv = med(live);
  const result = {
    attempts: N,
    questions: Q,
    answersScanned: rows,
    countedAttempts: report!.attempts,
    flagged: report!.questions.filter((q) => q.flags.length > 0).length,
    generateSeconds: Math.round(generateMs / 100) / 10,
    baseline: b,
    firstStored: first,
    stored: st,
    live: lv,
    storedRatioCpu: st.cpu / b.cpu,
    liveRatioCpu: lv.cpu / b.cpu,
  };
  if (args.json) console.log(JSON.stringify(result));
  else {
    const f = (n: number) => n.toLocaleString('en');
    console.log(`item analysis of one contest: ${f(N)} attempts × ${Q} questions (${f(rows)} drawn questions of ${f(result.countedAttempts)} counted attempts; 1% disqualified), generated in ${result.generateSeconds} s`);
    console.log(`  baseline, COUNT(*) over the same join (reads every answer once), median of ${R}: ${ms(b)}`);
    console.log(`  round finalized, first request (computes and stores the histogram):   ${ms(first)}`);
    console.log(`  round finalized, later requests (stored histogram), median of ${R}:     ${ms(st)}, ×${result.storedRatioCpu.toFixed(3)} the baseline's CPU`);
    console.log(`  round open (live, one pass over the answers), median of ${R}:           ${ms(lv)}, ×${result.liveRatioCpu.toFixed(2)} the baseline's CPU`);
    console.log(`  ${result.flagged} of ${Q} questions flagged`);
  }
} finally {
  handle.close();
  rmSync(dir, { recursive: true, force: true });
}
