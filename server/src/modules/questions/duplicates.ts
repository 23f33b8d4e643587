import { foldVietnamese } from '@thiphapluat/shared';
import type { DbOrTx } from '@thiphapluat/db';
import { searchCandidates, type Signature } from './questions.repository.js';

/**
 * Likely duplicates: two questions whose stem and options share at least this share of word pairs
 * (Jaccard over word bigrams). Pairs, not single words, so "Theo quy định của pháp luật…" boilerplate
 * alone does not make two questions look alike, while a changed article number or a typo still does.
 */
export const DUPLICATE_THRESHOLD = 0.8;

const words = (s: string) => foldVietnamese(s).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);

/** The question's stem and its options (order-insensitive), as a set of word bigrams. */
export function shingles(text: string, options: { text: string }[]): Set<string> {
  const opts = options.map((o) => words(o.text).join(' ')).sort();
  const w = [...words(text), '|', ...opts.flatMap((o) => [...o.split(' '), '|'])];
  if (w.length < 2) return new Set(w);
  const out = new Set<string>();
  for (let i = 0; i + 1 < w.length; i++) out.add(`${w[i]} ${w[i + 1]}`);
  return out;
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

const parseOptions = (json: string) => JSON.parse(json) as { text: string }[];
export const excerpt = (text: string, max = 160) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);

/** FTS5 query matching any of the stem's words: a wide net, ranked; the similarity decides. */
function anyWordMatch(text: string): string | null {
  const distinct = [...new Set(words(text).filter((w) => w.length > 1))].slice(0, 24);
  return distinct.length === 0 ? null : distinct.map((w) => `"${w}"`).join(' OR ');
}

export interface DuplicateMatch {
  questionId: number;
  similarity: number;
  excerpt: string;
}

/** Questions of the organization that look like this content, most similar first. */
export function findDuplicates(db: DbOrTx, organizationId: number, content: { text: string; options: { text: string }[] }, excludeId: number | null): DuplicateMatch[] {
  const match = anyWordMatch(content.text);
  if (!match) return [];
  const mine = shingles(content.text, content.options);
  return searchCandidates(db, organizationId, match, excludeId)
    .map((c) => ({ questionId: c.id, similarity: jaccard(mine, shingles(c.text, parseOptions(c.options))), excerpt: excerpt(c.text) }))
    .filter((m) => m.similarity >= DUPLICATE_THRESHOLD)
    .sort((a, b) => b.similarity - a.similarity || a.questionId - b.questionId)
    .slice(0, 5);
}

/** How many of the sets hold each bigram: the global order of the prefix filter (rarest first). */
export type BigramFrequencies = ReadonlyMap<string, number>;

export function bigramFrequencies(sets: Iterable<Set<string>>): BigramFrequencies {
  const df = new Map<string, number>();
  for (const set of sets) for (const b of set) df.set(b, (df.get(b) ?? 0) + 1);
  return df;
}

/**
 * The prefix filter (Bayardo et al., "Scaling up all pairs similarity search"): order every set's
 * bigrams by one global order; if J(x, y) ≥ t then the first |x| − ⌈t·|x|⌉ + 1 bigrams of x and of y
 * share at least one. With the rarest bigrams first, the boilerplate every question shares ("theo quy",
 * "quy định") is never indexed or probed, so checking a 5,000-question file is not 5,000 × 5,000.
 */
function prefixOf(set: Set<string>, order: BigramFrequencies): string[] {
  const keep = set.size - Math.ceil(DUPLICATE_THRESHOLD * set.size - 1e-9) + 1;
  return [...set]
    .map((b) => [order.get(b) ?? 0, b] as const)
    .sort((x, y) => x[0] - y[0] || (x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0))
    .slice(0, keep)
    .map(([, b]) => b);
}

/**
 * An in-memory bigram index over many questions, for checking a whole import at once (against the
 * bank and against earlier items of the same file) without one search per item. Candidates come from
 * the prefix filter; each is then verified with the exact Jaccard similarity.
 */
export class DuplicateIndex<K> {
  private readonly posting = new Map<string, number[]>();
  private readonly entries: { key: K; set: Set<string> }[] = [];

  /** `order` must not change while the index is used; bigrams it lacks count as the rarest. */
  constructor(readonly order: BigramFrequencies = new Map()) {}

  add(key: K, set: Set<string>): void {
    const i = this.entries.length;
    this.entries.push({ key, set });
    for (const s of prefixOf(set, this.order)) {
      const list = this.posting.get(s);
      if (list) list.push(i);
      else this.posting.set(s, [i]);
    }
  }

  /** The most similar entry at or above the threshold (the earliest added among equals), or null. */
  best(set: Set<string>): { key: K; similarity: number } | null {
    const candidates = new Set<number>();
    for (const s of prefixOf(set, this.order)) for (const i of this.posting.get(s) ?? []) candidates.add(i);
    let found: { i: number; similarity: number } | null = null;
    for (const i of candidates) {
      const e = this.entries[i]!;
      // Sizes alone can rule a pair out: J ≤ min/max.
      if (Math.min(set.size, e.set.size) < DUPLICATE_THRESHOLD * Math.max(set.size, e.set.size)) continue;
      const sim = jaccard(set, e.set);
      if (sim >= DUPLICATE_THRESHOLD && (!found || sim > found.similarity || (sim === found.similarity && i < found.i))) found = { i, similarity: sim };
    }
    return found && { key: this.entries[found.i]!.key, similarity: found.similarity };
  }

  /** The bank's questions, ordered by bigram frequency over the bank and the sets about to be checked. */
  static ofBank(rows: Signature[], toCheck: Set<string>[] = []): DuplicateIndex<number> {
    const sets = rows.map((r) => shingles(r.text, parseOptions(r.options)));
    const index = new DuplicateIndex<number>(bigramFrequencies([...sets, ...toCheck]));
    rows.forEach((r, i) => index.add(r.id, sets[i]!));
    return index;
  }
}
