/** Shape of hand-written demo questions. Indices in `correct` point into `options`. */
export interface SeedQuestion {
  /** Question text, Vietnamese, NFC, with full diacritics. */
  text: string;
  /** 2 to 6 options, without "A." prefixes. */
  options: string[];
  /** Zero-based indices of the correct option(s); usually exactly one. */
  correct: number[];
  /** 1 = easy, 2 = medium, 3 = hard. */
  difficulty: 1 | 2 | 3;
  /** Legal field codes from legal-fields.ts; the first is the primary one. */
  fields: string[];
  /** Why the answer is right, in Vietnamese, 1-3 sentences. */
  explanation: string;
  /** Where the rule is written. `article` like "Điều 8" or "Điều 8, khoản 1". */
  citation: { document: string; article: string };
}
