import type Database from 'better-sqlite3';
import type { AnswerRow } from './attempts.repository.js';

/**
 * The answer hot path as prepared SQLite statements, prepared once per connection. Drizzle rebuilds
 * and re-prepares a query on every call, which cost ~40% of server CPU under `pnpm bench`; these run
 * thousands of times a second. SQLite-specific SQL, kept beside the repository it belongs to.
 */
export class AnswerStatements {
  private readonly status: Database.Statement<[string], { status: string }>;
  private readonly upsertStmt: Database.Statement<unknown[], RawAnswer>;
  private readonly findStmt: Database.Statement<[string, number], RawAnswer>;
  private readonly eventStmt: Database.Statement<unknown[]>;

  constructor(readonly sqlite: Database.Database) {
    this.status = sqlite.prepare('select status from attempts where id = ?');
    // Last write wins unless the write carries an older client sequence than the stored one, or the same
    // sequence with another choice, or none once the answer has one (a replayed or tampered frame: one
    // sequence number is one choice); a repeat changes nothing (revisions and saved_at move only when the
    // choice changes). SET sees the old row.
    this.upsertStmt = sqlite.prepare(`
      insert into answers (attempt_id, position, option_ids, client_seq, revisions, first_saved_at, saved_at)
      values (?, ?, ?, ?, 1, ?, ?)
      on conflict (attempt_id, position) do update set
        option_ids = excluded.option_ids,
        client_seq = coalesce(excluded.client_seq, answers.client_seq),
        revisions = answers.revisions + (answers.option_ids <> excluded.option_ids),
        saved_at = case when answers.option_ids <> excluded.option_ids then excluded.saved_at else answers.saved_at end
      where answers.client_seq is null or excluded.client_seq > answers.client_seq
        or (excluded.client_seq = answers.client_seq and excluded.option_ids = answers.option_ids)
      returning *`);
    this.findStmt = sqlite.prepare('select * from answers where attempt_id = ? and position = ?');
    this.eventStmt = sqlite.prepare('insert into integrity_events (attempt_id, participant_id, kind, source, details, at) values (?, ?, ?, ?, ?, ?)');
  }

  isInProgress(attemptId: string): boolean {
    return this.status.get(attemptId)?.status === 'in_progress';
  }

  /** Returns the stored row, or undefined when the write was older than the stored one. */
  upsert(a: { attemptId: string; position: number; optionIds: string[]; clientSeq: number | null; at: number }): AnswerRow | undefined {
    const row = this.upsertStmt.get(a.attemptId, a.position, JSON.stringify(a.optionIds), a.clientSeq, a.at, a.at);
    return row && toAnswer(row);
  }

  find(attemptId: string, position: number): AnswerRow | undefined {
    const row = this.findStmt.get(attemptId, position);
    return row && toAnswer(row);
  }

  insertEvent(e: { attemptId: string; participantId: string; kind: string; source: 'client' | 'server'; details: Record<string, unknown>; at: number }): void {
    this.eventStmt.run(e.attemptId, e.participantId, e.kind, e.source, JSON.stringify(e.details), e.at);
  }
}

interface RawAnswer {
  attempt_id: string;
  position: number;
  option_ids: string;
  client_seq: number | null;
  revisions: number;
  first_saved_at: number;
  saved_at: number;
}

const toAnswer = (r: RawAnswer): AnswerRow => ({
  attemptId: r.attempt_id,
  position: r.position,
  optionIds: JSON.parse(r.option_ids) as string[],
  clientSeq: r.client_seq,
  revisions: r.revisions,
  firstSavedAt: r.first_saved_at,
  savedAt: r.saved_at,
});
