import { sql } from 'drizzle-orm';
import { foldVietnamese } from '@thiphapluat/shared';
import type { DbOrTx } from './client.js';

export interface SearchableVersion {
  text: string;
  options: { text: string }[];
  explanation: string;
  citationDocument: string;
  citationArticle: string;
  title?: string | null;
}

/** What the search index holds for a question: every word an organizer might look for, folded. */
export function questionSearchBody(v: SearchableVersion): string {
  return foldVietnamese([v.title ?? '', v.text, ...v.options.map((o) => o.text), v.explanation, v.citationDocument, v.citationArticle].join(' '));
}

/** Puts the question's latest content into the search index; call it in the transaction that saves it. */
export function indexQuestion(db: DbOrTx, questionId: number, v: SearchableVersion): void {
  db.run(sql`DELETE FROM question_search WHERE rowid = ${questionId}`);
  db.run(sql`INSERT INTO question_search (rowid, body) VALUES (${questionId}, ${questionSearchBody(v)})`);
}

/**
 * Turns what an organizer typed into an FTS5 query: folded, each word a quoted prefix term, all
 * required. Quoting means no user input is ever read as FTS5 syntax. Returns null for an empty query.
 */
export function searchMatchExpression(query: string): string | null {
  const words = foldVietnamese(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 12);
  if (words.length === 0) return null;
  return words.map((w) => `"${w}"*`).join(' ');
}

/**
 * Fills the index from the latest version of every question when it is out of step (a database from
 * before the index existed, or seeded data). Cheap when it is in step: two counts.
 */
export function ensureQuestionSearch(db: DbOrTx): number {
  const indexed = db.get<{ n: number }>(sql`SELECT count(*) AS n FROM question_search`).n;
  const total = db.get<{ n: number }>(sql`SELECT count(*) AS n FROM questions`).n;
  if (indexed === total) return 0;
  db.run(sql`DELETE FROM question_search`);
  const rows = db.all<{ id: number; text: string; options: string; explanation: string; citation_document: string; citation_article: string; title: string | null }>(sql`
    SELECT q.id, v.text, v.options, v.explanation, v.citation_document, v.citation_article, v.title
    FROM questions q JOIN question_versions v ON v.question_id = q.id AND v.version = q.latest_version`);
  for (const r of rows) {
    indexQuestion(db, r.id, {
      text: r.text,
      options: JSON.parse(r.options) as { text: string }[],
      explanation: r.explanation,
      citationDocument: r.citation_document,
      citationArticle: r.citation_article,
      title: r.title,
    });
  }
  return rows.length;
}
