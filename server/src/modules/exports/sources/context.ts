import type Database from 'better-sqlite3';
import type { Db } from '@thiphapluat/db';

/** What a report source reads with: its own read-only connection and the export's organization. */
export interface SourceContext {
  reader: Database.Database;
  /** The app's connection, for the statistics services' aggregate queries (small results, no iterator). */
  db: Db;
  organizationId: number;
  organizationName: string;
  now: number;
  /** The requester may see personal data in full (checked and audited when the export was asked for). */
  unmaskedPhone: boolean;
}

export interface ContestRef {
  id: number;
  title: string;
  predictionEnabled: boolean;
}

export interface RoundRef {
  id: number;
  seq: number;
  name: string;
}

/** The contest, only if it belongs to the organization. */
export function contestOf(src: SourceContext, contestId: number): ContestRef {
  const row = src.reader
    .prepare('select id, title, prediction_enabled as predictionEnabled from contests where id = ? and organization_id = ?')
    .get(contestId, src.organizationId) as { id: number; title: string; predictionEnabled: number } | undefined;
  if (!row) throw new Error('Cuộc thi không còn tồn tại.');
  return { ...row, predictionEnabled: row.predictionEnabled === 1 };
}

export function roundsOf(src: SourceContext, contestId: number, roundId?: number): RoundRef[] {
  const rows = src.reader.prepare('select id, seq, name from rounds where contest_id = ? order by seq').all(contestId) as RoundRef[];
  return roundId === undefined ? rows : rows.filter((r) => r.id === roundId);
}

/** Maps a lazily iterated result set, so rows go from SQLite to the writer one at a time. */
export function* mapRows<R, T>(rows: IterableIterator<unknown>, map: (row: R, index: number) => T): Generator<T> {
  let i = 0;
  for (const row of rows) yield map(row as R, i++);
}
