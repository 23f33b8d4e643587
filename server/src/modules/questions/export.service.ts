import { searchMatchExpression } from '@thiphapluat/db';
import type { QuestionFilter } from '@thiphapluat/shared';
import type { AppContext } from '../../context.js';
import { exportGift, exportXlsx, type ExportQuestion } from './formats/index.js';
import * as repo from './questions.repository.js';

export interface ExportFile {
  body: Buffer | string;
  contentType: string;
  fileName: string;
}

/** YYYY-MM-DD in Vietnam (UTC+7, no DST), for file names. */
const vnDate = (t: number) => new Date(t + 7 * 3600_000).toISOString().slice(0, 10);

/**
 * The latest version of every question matching the list's filters (any status unless filtered),
 * oldest first, as xlsx or GIFT with every field the importers read back: exporting and importing
 * the file again gives the same questions.
 */
export async function exportQuestions(ctx: AppContext, organizationId: number, filter: QuestionFilter, format: 'xlsx' | 'gift'): Promise<ExportFile> {
  const match = filter.q ? searchMatchExpression(filter.q) : null;
  const rows = repo.listLatest(ctx.db, organizationId, filter, match, null).reverse();
  const fields = repo.fieldsOfVersions(ctx.db, rows.map((r) => r.version_id));
  const questions: ExportQuestion[] = rows.map((r) => {
    const key = new Set(JSON.parse(r.correct_option_ids) as string[]);
    return {
      title: r.title,
      text: r.text,
      options: (JSON.parse(r.options) as { id: string; text: string }[]).map((o) => ({ text: o.text, correct: key.has(o.id) })),
      explanation: r.explanation,
      citationDocument: r.citation_document,
      citationArticle: r.citation_article,
      fields: (fields.get(r.version_id) ?? []).map((f) => f.name),
      difficulty: r.difficulty,
    };
  });
  const stem = `ngan-hang-cau-hoi-${vnDate(ctx.clock.now())}`;
  if (format === 'xlsx') {
    return { body: await exportXlsx(questions), contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', fileName: `${stem}.xlsx` };
  }
  return { body: exportGift(questions), contentType: 'text/plain; charset=utf-8', fileName: `${stem}.gift.txt` };
}
