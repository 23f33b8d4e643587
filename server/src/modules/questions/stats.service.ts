import type { QuestionStats } from '@thiphapluat/shared';
import type { AppContext } from '../../context.js';
import { NotFound } from '../../errors.js';
import * as repo from './questions.repository.js';

const percent = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 10);

/**
 * How a question performed, per version and overall, over finalized attempts only (submitted or
 * expired), so figures never move while someone is still answering. An answer is correct when the
 * chosen option set equals the key, as in scoring; unanswered draws count as drawn, not answered.
 */
export function questionStats(ctx: AppContext, organizationId: number, questionId: number): QuestionStats {
  const q = repo.findQuestion(ctx.db, organizationId, questionId);
  if (!q) throw NotFound('Không tìm thấy câu hỏi.');
  const versions = repo.versionsOf(ctx.db, q.id);
  const draws = repo.drawsWithAnswers(ctx.db, q.id);
  const overall = { timesDrawn: 0, timesAnswered: 0, timesCorrect: 0 };
  const perVersion = versions.map((info) => {
    const v = repo.findVersion(ctx.db, q.id, info.version)!;
    const key = new Set(v.correctOptionIds);
    const counts = new Map(v.options.map((o) => [o.id, 0]));
    let drawn = 0;
    let answered = 0;
    let correct = 0;
    for (const d of draws) {
      if (d.version_id !== v.id) continue;
      drawn++;
      const chosen = d.option_ids ? (JSON.parse(d.option_ids) as string[]) : [];
      if (chosen.length === 0) continue;
      answered++;
      for (const id of chosen) if (counts.has(id)) counts.set(id, counts.get(id)! + 1);
      if (chosen.length === key.size && chosen.every((id) => key.has(id))) correct++;
    }
    overall.timesDrawn += drawn;
    overall.timesAnswered += answered;
    overall.timesCorrect += correct;
    return {
      version: v.version,
      timesDrawn: drawn,
      timesAnswered: answered,
      timesCorrect: correct,
      percentCorrect: percent(correct, answered),
      options: v.options.map((o) => ({ id: o.id, text: o.text, correct: key.has(o.id), count: counts.get(o.id)!, percent: percent(counts.get(o.id)!, answered) })),
    };
  });
  return { overall: { ...overall, percentCorrect: percent(overall.timesCorrect, overall.timesAnswered) }, versions: perVersion };
}
