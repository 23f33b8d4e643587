import { describe, expect, it } from 'vitest';
import { bigramFrequencies, DUPLICATE_THRESHOLD, DuplicateIndex, jaccard, shingles } from './duplicates.js';

const opts = (...texts: string[]) => texts.map((text) => ({ text }));

describe('likely duplicates', () => {
  it('sees the same question through diacritics, case, spacing and option order', () => {
    const a = shingles('Nam từ đủ bao nhiêu tuổi thì được kết hôn?', opts('18 tuổi', '20 tuổi', '21 tuổi'));
    const b = shingles('nam tu  du bao nhieu tuoi thi duoc KET HON ?', opts('21 tuổi', '18 tuổi', '20 tuổi'));
    expect(jaccard(a, b)).toBe(1);
  });

  it('keeps apart questions that share boilerplate but ask different things', () => {
    const a = shingles('Theo quy định của pháp luật, nam từ đủ bao nhiêu tuổi thì được kết hôn?', opts('18 tuổi', '20 tuổi'));
    const b = shingles('Theo quy định của pháp luật, ai có quyền yêu cầu ly hôn?', opts('Vợ', 'Chồng'));
    expect(jaccard(a, b)).toBeLessThan(DUPLICATE_THRESHOLD);
  });

  it('still flags a near copy with one changed word', () => {
    const long = 'Theo Luật Hòa giải ở cơ sở năm 2013, hòa giải viên ở cơ sở được bầu ra tại cuộc họp của đại diện các hộ gia đình trong thôn, tổ dân phố phải đạt tỉ lệ bao nhiêu?';
    const a = shingles(long, opts('Trên 50% đồng ý', 'Trên 60% đồng ý', 'Trên 70% đồng ý'));
    const b = shingles(long.replace('cuộc họp', 'buổi họp'), opts('Trên 50% đồng ý', 'Trên 60% đồng ý', 'Trên 70% đồng ý'));
    expect(jaccard(a, b)).toBeGreaterThanOrEqual(DUPLICATE_THRESHOLD);
  });

  it('finds the most similar indexed entry at or above the threshold, or none', () => {
    const index = new DuplicateIndex<string>();
    index.add('ket-hon', shingles('Nam từ đủ bao nhiêu tuổi thì được kết hôn?', opts('18', '20')));
    index.add('ly-hon', shingles('Ai có quyền yêu cầu giải quyết ly hôn?', opts('Vợ', 'Chồng')));
    expect(index.best(shingles('Nam từ đủ bao nhiêu tuổi thì được kết hôn ?', opts('20', '18')))).toEqual({ key: 'ket-hon', similarity: 1 });
    expect(index.best(shingles('Đất đai thuộc sở hữu của ai?', opts('Toàn dân', 'Nhà nước')))).toBeNull();
  });
});

describe('DuplicateIndex prefix filter', () => {
  it('finds exactly the pairs a full comparison finds, on random sets', async () => {
    const fc = (await import('fast-check')).default;
    const vocab = Array.from({ length: 40 }, (_, i) => `w${i}`);
    const bigramSet = fc.uniqueArray(fc.constantFrom(...vocab), { minLength: 1, maxLength: 25 }).map((ws) => new Set(ws));
    fc.assert(
      fc.property(fc.array(bigramSet, { minLength: 1, maxLength: 30 }), bigramSet, (bank, probe) => {
        // Any fixed order is correct; the frequencies of the bank itself are what the importer uses.
        const index = new DuplicateIndex<number>(bigramFrequencies(bank));
        bank.forEach((s, i) => index.add(i, s));
        const full = (p: Set<string>) => {
          let expected: { key: number; similarity: number } | null = null;
          bank.forEach((s, i) => {
            const sim = jaccard(p, s);
            if (sim >= DUPLICATE_THRESHOLD && (!expected || sim > expected.similarity)) expected = { key: i, similarity: sim };
          });
          return expected;
        };
        // Random probes are rarely near anything; near-copies of bank entries (one bigram more or less) are.
        const near = bank.flatMap((s) => [new Set([...s].slice(1)), new Set([...s, 'extra'])]).filter((p) => p.size > 0);
        for (const p of [probe, ...near]) expect(index.best(p)).toEqual(full(p));
      }),
      { numRuns: 500 },
    );
  });
});
