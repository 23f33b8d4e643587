import { GIFT_META_PREFIX, type GiftMeta } from './gift.js';
import { categoryPath, escapeGift } from './gift-syntax.js';
import type { ExportQuestion, ParsedOption } from './types.js';

/** Moodle's accepted weights for 1–6 equally weighted correct answers. */
const WEIGHTS = ['100', '50', '33.33333', '25', '20', '16.66667'];

function answerLines(options: ParsedOption[]): string[] {
  const correct = options.filter((o) => o.correct).length;
  // An answer that itself starts with "%" gets an explicit weight, so its text is not read as one.
  const body = (o: ParsedOption, weight: string) => (o.text.startsWith('%') ? `%${weight}%` : '') + escapeGift(o.text);
  if (correct === 1) return options.map((o) => (o.correct ? `=${body(o, '100')}` : `~${body(o, '0')}`));
  const weight = WEIGHTS[correct - 1] ?? (100 / correct).toFixed(5);
  // Any wrong pick costs the whole mark, as in our all-or-nothing scoring.
  return options.map((o) => `~%${o.correct ? weight : '-100'}%${escapeGift(o.text)}`);
}

/**
 * The bank as Moodle GIFT: a `$CATEGORY:` line whenever the primary field changes, `::title::`, the text
 * as `[markdown]`, the explanation as `####` general feedback, and one `// thiphapluat:` comment per
 * question with what GIFT cannot hold (difficulty, all fields, citation). Moodle ignores the comment;
 * our importer reads it, so importing the export gives back the same questions.
 */
export function exportGift(questions: ExportQuestion[]): string {
  const out = [
    '// Ngân hàng câu hỏi xuất từ thiphapluat, định dạng GIFT của Moodle.',
    `// Dòng "${GIFT_META_PREFIX}" giữ độ khó, lĩnh vực và căn cứ pháp lý; Moodle bỏ qua dòng này.`,
    '',
  ];
  let category: string | undefined;
  for (const q of questions) {
    const primary = q.fields[0] ?? '';
    if (primary !== category) {
      out.push(`$CATEGORY: ${categoryPath(primary)}`, '');
      category = primary;
    }
    const meta: GiftMeta = { difficulty: q.difficulty, fields: q.fields, citationArticle: q.citationArticle, citationDocument: q.citationDocument };
    out.push(`${GIFT_META_PREFIX} ${JSON.stringify(meta)}`);
    out.push(`${q.title ? `::${escapeGift(q.title)}::` : ''}[markdown]${escapeGift(q.text)} {`);
    out.push(...answerLines(q.options));
    if (q.explanation) out.push(`####${escapeGift(q.explanation)}`);
    out.push('}', '');
  }
  return out.join('\n');
}
