import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type Database from 'better-sqlite3';
import type { Db } from '@thiphapluat/db';
import type { ExportFormat } from '@thiphapluat/shared';
import { EXTENSIONS } from './writers/index.js';

const isFileDb = (sqlite: Database.Database) => sqlite.name !== '' && sqlite.name !== ':memory:';
/** drizzle keeps the driver's connection on `$client`; the Db type leaves it out. */
const clientOf = (db: Db): Database.Database => (db as Db & { $client: Database.Database }).$client;

/** Finished files live beside the database, in `exports/`; an in-memory database uses the temp dir. */
export function exportsDir(db: Db): string {
  const sqlite = clientOf(db);
  const dir = isFileDb(sqlite) ? join(dirname(sqlite.name), 'exports') : join(tmpdir(), `thiphapluat-exports-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

export const exportFilePath = (db: Db, id: string, format: ExportFormat): string => join(exportsDir(db), `${id}.${EXTENSIONS[format]}`);

/**
 * A read-only connection of its own for one export. better-sqlite3 keeps a connection busy while an
 * iterator is open, so iterating a million rows on the app's connection would block every request
 * until the file is written; a second connection reads a WAL snapshot while the app goes on writing.
 * The constructor comes from the app's connection, so the server needs no direct dependency on the driver.
 */
export function openReader(db: Db): Database.Database {
  const sqlite = clientOf(db);
  if (!isFileDb(sqlite)) throw new Error('Xuất dữ liệu cần cơ sở dữ liệu lưu trên tệp (DATABASE_PATH), không dùng được với :memory:.');
  const Ctor = sqlite.constructor as typeof Database;
  const reader = new Ctor(sqlite.name, { readonly: true, fileMustExist: true });
  reader.pragma('busy_timeout = 5000');
  return reader;
}
