import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['web/src/**/*.test.ts', 'shared/src/**/*.test.ts', 'db/src/**/*.test.ts', 'server/src/**/*.test.ts', 'tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Integration tests each open their own SQLite file; forks keep native handles apart.
    pool: 'forks',
  },
});
