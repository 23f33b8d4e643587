import { fileURLToPath } from 'node:url';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './tables.js';

export type Db = BetterSQLite3Database<typeof schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Repositories take either, so a service can compose them inside one transaction. */
export type DbOrTx = Db | Tx;

export const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url));

export interface CreateDbOptions {
  /** A file path, or ':memory:' for a throwaway database. */
  path: string;
  /**
   * FULL fsyncs the WAL on every commit, so an acknowledged answer survives a power cut, not only a
   * process crash. Group commit in the answer writer pays for it. NORMAL is for benchmarks only.
   */
  synchronous?: 'FULL' | 'NORMAL';
}

export interface DbHandle {
  db: Db;
  sqlite: Database.Database;
  close(): void;
}

/** Opens the database with our pragmas and applies committed migrations. */
export function createDb({ path, synchronous = 'FULL' }: CreateDbOptions): DbHandle {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  applyPragmas(sqlite, synchronous);
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder });
  return {
    db,
    sqlite,
    close: () => {
      if (sqlite.open) sqlite.close();
    },
  };
}

export function applyPragmas(sqlite: Database.Database, synchronous: 'FULL' | 'NORMAL' = 'FULL'): void {
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  // Writers wait instead of failing with SQLITE_BUSY when a second process (a CLI script) holds the lock.
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma(`synchronous = ${synchronous}`);
}
