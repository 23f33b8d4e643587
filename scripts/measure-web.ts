/**
 * `pnpm measure:web`: what the quiz page costs a phone. Starts the app with the web build on a temp
 * database, opens a quiz in Chromium at 360×640 and reports the JavaScript shipped (gzipped, as sent)
 * and the load time under Chromium's "Slow 4G" profile. Targets only 127.0.0.1; stops by itself.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { buildApp } from '@thiphapluat/server';
import { mountWeb } from '../server/src/plugins/web.js';

const dir = mkdtempSync(join(tmpdir(), 'tpl-web-'));
const app = await buildApp({ dbPath: join(dir, 'm.db'), logger: false, seed: true, passwordHashing: { memoryCost: 1024, timeCost: 1, parallelism: 1 } });
if (!(await mountWeb(app, fileURLToPath(new URL('../web/build', import.meta.url))))) throw new Error('run `pnpm --filter @thiphapluat/web build` first');
const base = await app.listen({ port: 0, host: '127.0.0.1' });
const hardStop = setTimeout(() => process.exit(2), 120_000);

const contest = (await (await fetch(`${base}/api/contests/tim-hieu-phap-luat-2026`)).json()) as { rounds: { id: number; state: string }[] };
const units = (await (await fetch(`${base}/api/contests/tim-hieu-phap-luat-2026/units`)).json()) as { units: { id: number }[] };
const reg = (await (
  await fetch(`${base}/api/contests/tim-hieu-phap-luat-2026/participants`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ fullName: 'Người Đo Đạc', birthDate: '1990-01-01', phone: '0912000111', password: 'mat-khau-do', unitId: units.units[0]!.id, entrantType: 'other', consent: true }),
  })
).json()) as { token: string };
const round = contest.rounds.find((r) => r.state === 'open')!;
const attempt = (await (await fetch(`${base}/api/rounds/${round.id}/attempts`, { method: 'POST', headers: { authorization: `Bearer ${reg.token}` } })).json()) as { id: string };

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
const context = await browser.newContext({ viewport: { width: 360, height: 640 }, isMobile: true });
await context.addCookies([{ name: 'tpl_session', value: reg.token, url: base }]);
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Network.enable');
// Chromium DevTools' "Slow 4G" preset: 150 ms latency, 1.6 Mbit/s down, 750 kbit/s up.
await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
const js: { url: string; bytes: number }[] = [];
const sizes = new Map<string, string>();
cdp.on('Network.responseReceived', (e: { requestId: string; response: { url: string } }) => sizes.set(e.requestId, e.response.url));
cdp.on('Network.loadingFinished', (e: { requestId: string; encodedDataLength: number }) => {
  const url = sizes.get(e.requestId);
  if (url?.endsWith('.js')) js.push({ url: new URL(url).pathname, bytes: e.encodedDataLength });
});
const t0 = Date.now();
await page.goto(`${base}/thi/${attempt.id}`, { waitUntil: 'load' });
const loadMs = Date.now() - t0;
await page.getByText(/Chưa trả lời|Đã lưu/).first().waitFor();
await page.locator('[role="timer"]').filter({ hasNotText: '00:00' }).waitFor();
const interactiveMs = Date.now() - t0;

const total = js.reduce((n, f) => n + f.bytes, 0);
console.log(`quiz page, 360×640, Chromium "Slow 4G" (150 ms, 1.6 Mbit/s):`);
console.log(`  JavaScript as sent: ${(total / 1024).toFixed(1)} kB in ${js.length} files (transfer size, compressed by the server)`);
for (const f of js.sort((a, b) => b.bytes - a.bytes)) console.log(`    ${(f.bytes / 1024).toFixed(1).padStart(6)} kB  ${f.url}`);
console.log(`  load event: ${loadMs} ms; countdown running and answers shown: ${interactiveMs} ms`);

await browser.close();
await app.close();
rmSync(dir, { recursive: true, force: true });
clearTimeout(hardStop);
