/**
 * `pnpm bench:studio [--questions N] [--searches S] [--json]`: what an organizer waits for in the studio.
 *
 * On a fresh temporary database with the demo seeded, through the real app (app.inject, no network):
 * 1. Import: an xlsx of N generated questions (Vietnamese text, the demo's legal fields) goes through
 *    POST …/questions/import/preview, then POST …/questions/import (all or nothing, one transaction).
 *    Baseline in the same run: exceljs alone loading the same file, the floor any xlsx import pays.
 * 2. Search: S diacritics-insensitive searches (GET …/questions?q=…) on the bank of 170 + N questions.
 *    Baseline: the same FTS5 MATCH straight on better-sqlite3, without HTTP, validation or the page.
 * 3. The blueprint check of the demo contest (GET …/contests/:id/blueprint-check).
 * Prints medians and ratios; stops by itself.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { contests, organizations, searchMatchExpression, seedLegalFields, staffMemberships } from '@thiphapluat/db';
import { buildApp } from '@thiphapluat/server';
import { exportXlsx, type ExportQuestion } from '../server/src/modules/questions/formats/index.js';
import { createStaffUser } from '../server/src/modules/staff/staff.service.js';

const { values: args } = parseArgs({
  options: { questions: { type: 'string', default: '5000' }, searches: { type: 'string', default: '200' }, json: { type: 'boolean', default: false } },
});
const N = Number(args.questions);
const S = Number(args.searches);
if (!Number.isInteger(N) || N < 1 || N > 5000 || !Number.isInteger(S) || S < 1) {
  console.error('--questions must be 1..5000 (one import takes at most 5000), --searches ≥ 1');
  process.exit(2);
}

// Legal words every question shares, plus a few thousand generated syllables: real banks repeat their
// boilerplate ("theo quy định") but differ in the rest, and a tiny vocabulary would make every pair alike.
const COMMON = 'theo quy định của pháp luật quyền nghĩa vụ công dân hôn nhân gia đình đất đai hợp đồng'.split(' ');
const SYLLABLES = ['b', 'c', 'd', 'đ', 'g', 'h', 'kh', 'l', 'm', 'n', 'ng', 'nh', 'ph', 'qu', 'r', 's', 't', 'th', 'tr', 'v', 'x'].flatMap((o) =>
  ['a', 'ai', 'an', 'ang', 'anh', 'âm', 'ân', 'ây', 'e', 'em', 'ên', 'i', 'inh', 'o', 'oa', 'ong', 'ô', 'ôi', 'ơn', 'u', 'ung', 'ư', 'ương', 'iêt', 'uyên'].map((r) => o + r),
);
let seed = 20261123;
const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)] as T;
const phrase = (n: number) => Array.from({ length: n }, () => (rand() < 0.3 ? pick(COMMON) : pick(SYLLABLES))).join(' ');

function generate(n: number): ExportQuestion[] {
  const fields = seedLegalFields.map((f) => f.name);
  return Array.from({ length: n }, (_, i) => {
    const correct = Math.floor(rand() * 4);
    return {
      title: null,
      text: `Câu ${i + 1}: theo quy định, ${phrase(12)} thì ${phrase(6)}?`,
      options: Array.from({ length: 4 }, (_, k) => ({ text: `${phrase(5)} (${i}.${k})`, correct: k === correct })),
      explanation: phrase(20),
      citationDocument: `Luật ${pick(fields)} 20${10 + (i % 15)}`,
      citationArticle: `Điều ${1 + (i % 120)}`,
      fields: [pick(fields)],
      difficulty: (1 + (i % 3)) as 1 | 2 | 3,
    };
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))] ?? 0;
const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 0)} ms`;

const dir = mkdtempSync(join(tmpdir(), 'tpl-bench-studio-'));
const app = await buildApp({ dbPath: join(dir, 'bench.db'), seed: true, sweeper: false, logger: false });
let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
try {
  await app.ready();
  const db = app.ctx.db;
  const orgId = db.select().from(organizations).get()!.id;
  const user = await createStaffUser(app.ctx, { email: 'bench@example.vn', name: 'Bench', password: 'mat-khau-bench-2026' });
  db.insert(staffMemberships).values({ userId: user.id, organizationId: orgId, role: 'admin', createdAt: Date.now() }).run();
  const signIn = await app.inject({ method: 'POST', url: '/api/studio/session', payload: { email: 'bench@example.vn', password: 'mat-khau-bench-2026' } });
  const cookie = `tpl_staff=${signIn.cookies.find((c) => c.name === 'tpl_staff')!.value}`;
  const base = `/api/studio/orgs/${orgId}`;

  // 1. Import
  const file = await exportXlsx(generate(N));
  const t0 = performance.now();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(file as unknown as Parameters<typeof wb.xlsx.load>[0]);
  const exceljsMs = performance.now() - t0;

  const t1 = performance.now();
  const preview = await app.inject({ method: 'POST', url: `${base}/questions/import/preview`, headers: { cookie, 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'x-file-name': 'bench.xlsx' }, payload: file });
  const previewMs = performance.now() - t1;
  if (preview.statusCode !== 200) throw new Error(`preview ${preview.statusCode}: ${preview.body.slice(0, 300)}`);
  const parsed = preview.json() as { items: (Record<string, unknown> & { errors: unknown[]; duplicateOf: unknown })[] };
  const withErrors = parsed.items.filter((i) => i.errors.length > 0).length;
  const items = parsed.items.map(({ errors: _e, duplicateOf: _d, ...item }) => item);

  const t2 = performance.now();
  const imported = await app.inject({ method: 'POST', url: `${base}/questions/import`, headers: { cookie }, payload: { items, status: 'published', source: 'bench' } });
  const importMs = performance.now() - t2;
  if (imported.statusCode !== 200 && imported.statusCode !== 201) throw new Error(`import ${imported.statusCode}: ${imported.body.slice(0, 300)}`);

  // 2. Search
  const queries = Array.from({ length: S }, () => `${pick(COMMON)} ${pick(SYLLABLES)}`.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd'));
  const apiTimes: number[] = [];
  const rawTimes: number[] = [];
  let hits = 0;
  for (const q of queries) {
    const a = performance.now();
    const res = await app.inject({ method: 'GET', url: `${base}/questions?q=${encodeURIComponent(q)}&pageSize=20`, headers: { cookie } });
    apiTimes.push(performance.now() - a);
    if (res.statusCode !== 200) throw new Error(`search ${res.statusCode}`);
    const b = performance.now();
    hits += db.all(sql`SELECT rowid FROM question_search WHERE question_search MATCH ${searchMatchExpression(q)} ORDER BY rowid DESC LIMIT 20`).length;
    rawTimes.push(performance.now() - b);
  }

  // 3. Blueprint check
  const contestId = db.select({ id: contests.id }).from(contests).get()!.id;
  const checks: number[] = [];
  for (let i = 0; i < 20; i++) {
    const a = performance.now();
    const res = await app.inject({ method: 'GET', url: `${base}/contests/${contestId}/blueprint-check`, headers: { cookie } });
    checks.push(performance.now() - a);
    if (res.statusCode !== 200) throw new Error(`blueprint-check ${res.statusCode}`);
  }

  const result = {
    questions: N,
    import: { exceljsLoadMs: Math.round(exceljsMs), previewMs: Math.round(previewMs), importMs: Math.round(importMs), itemsWithErrors: withErrors, previewVsExceljs: +(previewMs / exceljsMs).toFixed(2) },
    search: { bank: 170 + N, queries: S, apiP50Ms: +median(apiTimes).toFixed(2), apiP95Ms: +p95(apiTimes).toFixed(2), rawFts5P50Ms: +median(rawTimes).toFixed(3), apiVsRaw: +(median(apiTimes) / median(rawTimes)).toFixed(1), rawHitsTotal: hits },
    blueprintCheck: { p50Ms: +median(checks).toFixed(2) },
    peakRssMb: Math.round(peakRss / 1048576),
  };
  if (args.json) console.log(JSON.stringify(result));
  else {
    console.log(`Import of ${N} questions (xlsx, ${(file.length / 1024).toFixed(0)} KiB):`);
    console.log(`  exceljs alone loads the file in ${ms(exceljsMs)} (baseline)`);
    console.log(`  preview (parse, check, duplicates vs bank and file): ${ms(previewMs)}  = ${result.import.previewVsExceljs}× the baseline; ${withErrors} items with errors`);
    console.log(`  import (one transaction, search index, audit): ${ms(importMs)}`);
    console.log(`Search on a bank of ${170 + N} questions, ${S} two-word queries without diacritics:`);
    console.log(`  API p50 ${ms(median(apiTimes))}, p95 ${ms(p95(apiTimes))}; raw FTS5 MATCH p50 ${ms(median(rawTimes))} (baseline) → ${result.search.apiVsRaw}×`);
    console.log(`Blueprint check of the demo contest: p50 ${ms(median(checks))}`);
    console.log(`Peak RSS ${result.peakRssMb} MB`);
  }
} finally {
  clearInterval(sampler);
  await app.close();
  rmSync(dir, { recursive: true, force: true });
}
