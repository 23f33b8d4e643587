import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isCorrect, scoreAttempt } from './scoring.js';

describe('isCorrect: one correct option', () => {
  it('accepts the correct option', () => {
    expect(isCorrect(['b'], ['b'])).toBe(true);
  });

  it('rejects a wrong option', () => {
    expect(isCorrect(['a'], ['b'])).toBe(false);
  });

  it('rejects an empty answer', () => {
    expect(isCorrect([], ['b'])).toBe(false);
  });

  it('rejects the correct option picked together with a wrong one', () => {
    expect(isCorrect(['b', 'c'], ['b'])).toBe(false);
  });

  it('rejects the correct option picked twice', () => {
    expect(isCorrect(['b', 'b'], ['b'])).toBe(false);
  });
});

describe('isCorrect: several correct options', () => {
  const key = ['a', 'c', 'd'];

  it('accepts exactly the correct set', () => {
    expect(isCorrect(['a', 'c', 'd'], key)).toBe(true);
  });

  it('accepts the correct set in any order', () => {
    expect(isCorrect(['d', 'a', 'c'], key)).toBe(true);
    expect(isCorrect(['c', 'd', 'a'], key)).toBe(true);
  });

  it('gives no partial credit for a subset', () => {
    expect(isCorrect(['a', 'c'], key)).toBe(false);
    expect(isCorrect(['d'], key)).toBe(false);
  });

  it('rejects a superset', () => {
    expect(isCorrect(['a', 'b', 'c', 'd'], key)).toBe(false);
  });

  it('rejects a same-sized selection with one wrong option', () => {
    expect(isCorrect(['a', 'b', 'd'], key)).toBe(false);
  });

  it('does not let a repeated option stand in for a missing one', () => {
    expect(isCorrect(['a', 'a', 'c'], key)).toBe(false);
    expect(isCorrect(['a', 'c', 'c'], key)).toBe(false);
  });

  it('agrees with set equality (no repeats allowed) on random selections', () => {
    const ids = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f');
    fc.assert(
      fc.property(fc.uniqueArray(ids, { minLength: 1, maxLength: 6 }), fc.array(ids, { maxLength: 8 }), (k, selected) => {
        const same = new Set(selected).size === selected.length && selected.length === k.length && k.every((id) => selected.includes(id));
        expect(isCorrect(selected, k)).toBe(same);
      }),
      { numRuns: 1000 },
    );
  });

  it('accepts every permutation of the key', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 6 }).chain((k) => fc.tuple(fc.constant(k), fc.shuffledSubarray(k, { minLength: k.length, maxLength: k.length }))),
        ([k, perm]) => {
          expect(isCorrect(perm, k)).toBe(true);
        },
      ),
    );
  });
});

describe('scoreAttempt', () => {
  it('scores the number of right answers times the points per question', () => {
    const items = [
      { selected: ['a'], key: ['a'] },
      { selected: ['b'], key: ['a'] },
      { selected: [], key: ['c'] },
      { selected: ['c', 'a'], key: ['a', 'c'] },
      { selected: ['a'], key: ['a', 'c'] },
    ];
    expect(scoreAttempt(items, 1)).toEqual({ correctCount: 2, score: 2, maxScore: 5 });
    expect(scoreAttempt(items, 5)).toEqual({ correctCount: 2, score: 10, maxScore: 25 });
  });

  it('gives the maximum for a paper answered entirely right', () => {
    const items = Array.from({ length: 20 }, (_, i) => ({ selected: [`o${i}`], key: [`o${i}`] }));
    expect(scoreAttempt(items, 1)).toEqual({ correctCount: 20, score: 20, maxScore: 20 });
  });

  it('gives zero for a blank paper but keeps the maximum', () => {
    const items = Array.from({ length: 20 }, (_, i) => ({ selected: [], key: [`o${i}`] }));
    expect(scoreAttempt(items, 2)).toEqual({ correctCount: 0, score: 0, maxScore: 40 });
  });

  it('scores an empty paper as 0 out of 0', () => {
    expect(scoreAttempt([], 3)).toEqual({ correctCount: 0, score: 0, maxScore: 0 });
  });

  it('always has score = correct × points and maxScore = questions × points', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { maxLength: 40 }), fc.integer({ min: 1, max: 10 }), (rights, points) => {
        const items = rights.map((right, i) => ({ selected: right ? [`k${i}`] : [`w${i}`], key: [`k${i}`] }));
        const right = rights.filter(Boolean).length;
        expect(scoreAttempt(items, points)).toEqual({ correctCount: right, score: right * points, maxScore: rights.length * points });
      }),
    );
  });
});
