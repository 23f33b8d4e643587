import { afterEach, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { normalizeText } from '@thiphapluat/shared';
import { createDb, type DbHandle } from '../client.js';
import { contests, drawBlueprints, legalFields, organizations, questions, questionVersions, rounds, units } from '../schema.js';
import { seedLegalFields } from './legal-fields.js';
import { seedQuestions } from './questions/index.js';
import { DEMO_CONTEST_SLUG, seedDemo } from './seed.js';

const fieldCodes = new Set<string>(seedLegalFields.map((f) => f.code));
const label = (text: string) => (text.length > 70 ? `${text.slice(0, 70)}…` : text);

/** Options must stand on their own: the draw shuffles them, so "A", "B", "trên" mean nothing to the reader. */
const REFERS_TO_OTHER_OPTIONS = [
  /(?<!\p{L})cả\s+[a-f](?!\p{L})/iu, // "Cả A và B", "Cả a, b, c"
  /(?<!\p{L})[A-F]\s*(?:,|và)\s*[A-F](?!\p{L})/u, // "A và B", "A, B"
  /tất cả (?:các )?(?:đáp án|phương án|ý|câu)/iu,
  /cả (?:hai|ba|bốn|năm|\d) (?:đáp án|phương án|ý|câu)/iu,
  /(?:đáp án|phương án|ý|câu) (?:nêu )?trên/iu,
  /(?:không|không có) (?:đáp án|phương án) nào/iu,
];

describe('demo question bank', () => {
  it('has at least 150 questions', () => {
    expect(seedQuestions.length).toBeGreaterThanOrEqual(150);
  });

  it('has at least 10 legal fields with distinct codes and names', () => {
    expect(seedLegalFields.length).toBeGreaterThanOrEqual(10);
    expect(new Set(seedLegalFields.map((f) => f.code)).size).toBe(seedLegalFields.length);
    expect(new Set(seedLegalFields.map((f) => f.name)).size).toBe(seedLegalFields.length);
    for (const f of seedLegalFields) {
      expect(f.code).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(f.name.trim()).not.toBe('');
      expect(f.name).toBe(f.name.normalize('NFC'));
    }
  });

  it.each(seedQuestions.map((q, i) => [i, label(q.text), q] as const))('question %i is well formed: %s', (_i, _label, q) => {
    expect(q.options.length).toBeGreaterThanOrEqual(2);
    expect(q.options.length).toBeLessThanOrEqual(6);
    for (const o of q.options) expect(normalizeText(o)).not.toBe('');
    // Distinct even after the normalization the seed applies, and regardless of case.
    expect(new Set(q.options.map((o) => normalizeText(o).toLocaleLowerCase('vi'))).size).toBe(q.options.length);

    expect(q.correct.length).toBeGreaterThanOrEqual(1);
    expect(new Set(q.correct).size).toBe(q.correct.length);
    for (const i of q.correct) {
      expect(Number.isInteger(i)).toBe(true);
      expect(i).toBeGreaterThanOrEqual(0);
      expect(i).toBeLessThan(q.options.length);
    }
    // Not every option correct, or the question gives itself away.
    expect(q.correct.length).toBeLessThan(q.options.length);

    expect([1, 2, 3]).toContain(q.difficulty);

    expect(q.fields.length).toBeGreaterThanOrEqual(1);
    for (const f of q.fields) expect(fieldCodes, `unknown field ${f}`).toContain(f);

    expect(q.text.trim()).not.toBe('');
    expect(q.explanation.trim()).not.toBe('');
    expect(q.citation.document.trim()).not.toBe('');
    expect(q.citation.article.trim()).not.toBe('');
    expect(q.citation.article).toMatch(/Điều\s+\d+/u);

    for (const s of [q.text, q.explanation, q.citation.document, q.citation.article, ...q.options]) expect(s).toBe(s.normalize('NFC'));

    for (const o of q.options) for (const re of REFERS_TO_OTHER_OPTIONS) expect(o, `option refers to other options: ${o}`).not.toMatch(re);
  });

  it('has no two questions with the same text', () => {
    const seen = new Map<string, number>();
    const dupes: string[] = [];
    seedQuestions.forEach((q, i) => {
      const key = normalizeText(q.text).toLocaleLowerCase('vi');
      if (seen.has(key)) dupes.push(`${seen.get(key)} & ${i}: ${label(q.text)}`);
      else seen.set(key, i);
    });
    expect(dupes).toEqual([]);
  });

  it('has enough questions in every legal field for the demo blueprint (≥2 easy, ≥4 in all, by primary field)', () => {
    for (const f of seedLegalFields) {
      const ofField = seedQuestions.filter((q) => q.fields[0] === f.code);
      expect(ofField.length, f.code).toBeGreaterThanOrEqual(4);
      expect(ofField.filter((q) => q.difficulty === 1).length, f.code).toBeGreaterThanOrEqual(2);
    }
  });

  it('option-reference patterns catch the phrasings they are meant to catch', () => {
    const bad = ['Cả A và B đều đúng', 'Cả a, b, c', 'Tất cả các đáp án trên', 'Cả hai phương án', 'Các đáp án trên đều sai', 'Phương án trên', 'A và B'];
    const good = ['Cả hai vợ chồng', 'Tất cả công dân', 'Cảnh sát giao thông', 'Đủ 18 tuổi', 'Chủ tịch nước'];
    for (const s of bad) expect(REFERS_TO_OTHER_OPTIONS.some((re) => re.test(s)), s).toBe(true);
    for (const s of good) expect(REFERS_TO_OTHER_OPTIONS.some((re) => re.test(s)), s).toBe(false);
  });
});

describe('seedDemo', () => {
  let handle: DbHandle | undefined;
  afterEach(() => handle?.close());

  const NOW = Date.UTC(2026, 10, 23);

  function seeded() {
    handle = createDb({ path: ':memory:' });
    const summary = seedDemo(handle.db, NOW);
    return { db: handle.db, summary };
  }

  it('returns a summary with the 10 legal fields and every question', () => {
    const { db, summary } = seeded();
    expect(summary).not.toBeNull();
    expect(summary?.legalFields).toBe(10);
    expect(summary?.questions).toBe(seedQuestions.length);
    expect(summary?.contestSlug).toBe(DEMO_CONTEST_SLUG);
    expect(summary?.roundIds).toHaveLength(2);
    expect(db.select({ n: count() }).from(legalFields).get()?.n).toBe(10);
    expect(db.select({ n: count() }).from(questions).get()?.n).toBe(seedQuestions.length);
    expect(db.select({ n: count() }).from(questionVersions).where(eq(questionVersions.status, 'published')).get()?.n).toBe(seedQuestions.length);
    expect(db.select({ n: count() }).from(units).get()?.n).toBe(summary?.units);
  });

  it('stores every question with its correct options pointing at its own options', () => {
    const { db } = seeded();
    for (const v of db.select().from(questionVersions).all()) {
      const ids = new Set(v.options.map((o) => o.id));
      expect(ids.size).toBe(v.options.length);
      expect(v.correctOptionIds.length).toBeGreaterThan(0);
      for (const id of v.correctOptionIds) expect(ids).toContain(id);
    }
  });

  it('creates one published contest with two rounds, each drawing 20 questions', () => {
    const { db, summary } = seeded();
    const all = db.select().from(contests).all();
    expect(all).toHaveLength(1);
    const contest = all[0];
    expect(contest?.status).toBe('published');
    expect(contest?.slug).toBe(DEMO_CONTEST_SLUG);

    const rs = db.select().from(rounds).where(eq(rounds.contestId, contest?.id ?? -1)).all();
    expect(rs).toHaveLength(2);
    expect(rs.map((r) => r.id).sort()).toEqual([...(summary?.roundIds ?? [])].sort());
    const [first, second] = [...rs].sort((a, b) => a.seq - b.seq);
    expect(first && second && first.closesAt <= second.opensAt).toBe(true);
    // Round 1 is already open at `now`, so the demo can be played straight away.
    expect(first && first.opensAt <= NOW && NOW < first.closesAt).toBe(true);

    for (const r of rs) {
      const lines = db.select().from(drawBlueprints).where(eq(drawBlueprints.roundId, r.id)).all();
      expect(lines.reduce((s, l) => s + l.count, 0)).toBe(20);
    }
  });

  it('returns null and changes nothing when run a second time', () => {
    const { db } = seeded();
    const counts = () =>
      [organizations, legalFields, units, questions, questionVersions, contests, rounds, drawBlueprints].map((t) => db.select({ n: count() }).from(t).get()?.n);
    const before = counts();
    expect(before.every((n) => (n ?? 0) > 0)).toBe(true);
    expect(seedDemo(db, NOW + 1000)).toBeNull();
    expect(counts()).toEqual(before);
  });
});
