import { describe, expect, it } from 'vitest';
import { loadConfig } from '@thiphapluat/server';

describe('loadConfig', () => {
  it('fills every default from an empty environment', () => {
    expect(loadConfig({})).toMatchObject({ PORT: 3000, DATABASE_PATH: 'data/thiphapluat.db', SEED_DEMO: true, SQLITE_SYNCHRONOUS: 'FULL', COOKIE_SECURE: true });
  });

  it('names the bad variable and what it got', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT: .*"eighty"/);
    expect(() => loadConfig({ APP_SECRET: 'short' })).toThrow(/APP_SECRET: APP_SECRET must be at least 32 characters/);
    expect(() => loadConfig({ SEED_DEMO: 'yes' })).toThrow(/SEED_DEMO/);
  });

  it('parses booleans and numbers from strings', () => {
    expect(loadConfig({ PORT: '8080', SEED_DEMO: 'false', COOKIE_SECURE: '0' })).toMatchObject({ PORT: 8080, SEED_DEMO: false, COOKIE_SECURE: false });
  });
});
