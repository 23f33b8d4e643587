import { execFileSync } from 'node:child_process';

/**
 * Builds the web app once per test run, so the Chromium tests always see the current pages.
 * Skipped with SKIP_WEB_BUILD=1 when iterating on server tests only.
 */
export default function setup(): void {
  if (process.env.SKIP_WEB_BUILD === '1') return;
  // vitest sets NODE_ENV=test; the pages under test must be the production build users get.
  execFileSync('pnpm', ['--filter', '@thiphapluat/web', 'build'], { stdio: 'ignore', env: { ...process.env, NODE_ENV: 'production' } });
}
