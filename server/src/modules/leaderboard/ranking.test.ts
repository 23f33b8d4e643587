import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareResults, isBetterAttempt, predictionError, type RankedResult } from './ranking.js';

const base: RankedResult = { participantId: 'p-m', score: 15, durationMs: 300_000, submittedAt: 1_000_000, prediction: 40 };
const r = (over: Partial<RankedResult>): RankedResult => ({ ...base, ...over });

/** Sorts with the comparator and returns the participant ids in rank order. */
const order = (results: RankedResult[], truth: number | null) => [...results].sort((a, b) => compareResults(a, b, truth)).map((x) => x.participantId);

describe('compareResults', () => {
  it('ranks a higher score first, whatever the other tiebreaks say', () => {
    const high = r({ participantId: 'z', score: 16, durationMs: 1_000_000, submittedAt: 9_000_000, prediction: null });
    const low = r({ participantId: 'a', score: 15, durationMs: 1, submittedAt: 1, prediction: 2 });
    expect(compareResults(high, low, 2)).toBeLessThan(0);
    expect(compareResults(low, high, 2)).toBeGreaterThan(0);
    expect(order([low, high], null)).toEqual(['z', 'a']);
  });

  it('on equal scores, ranks the smaller prediction error first once the truth is known', () => {
    const close = r({ participantId: 'z', prediction: 48, durationMs: 900_000, submittedAt: 5_000_000 });
    const far = r({ participantId: 'a', prediction: 10, durationMs: 100, submittedAt: 1 });
    expect(order([far, close], 50)).toEqual(['z', 'a']);
  });

  it('measures the error in both directions', () => {
    const over = r({ participantId: 'over', prediction: 53 });
    const under = r({ participantId: 'under', prediction: 46, durationMs: base.durationMs - 1 });
    const exactlyRight = r({ participantId: 'exact', prediction: 50, durationMs: base.durationMs + 1 });
    // errors 3, 4, 0
    expect(order([under, over, exactlyRight], 50)).toEqual(['exact', 'over', 'under']);
  });

  it('ignores the prediction while the truth is unknown', () => {
    const exact = r({ participantId: 'exact', prediction: 50, durationMs: 200_000 });
    const fast = r({ participantId: 'fast', prediction: 1_000, durationMs: 100_000 });
    expect(order([exact, fast], null)).toEqual(['fast', 'exact']);
    expect(order([exact, fast], 50)).toEqual(['exact', 'fast']);
  });

  it('ranks a missing prediction after any guess, however far off', () => {
    const none = r({ participantId: 'none', prediction: null, durationMs: 1 });
    const wild = r({ participantId: 'wild', prediction: 100_000_000, durationMs: 999_999 });
    expect(order([none, wild], 0)).toEqual(['wild', 'none']);
  });

  it('treats two missing predictions as tied and moves on to duration', () => {
    const slow = r({ participantId: 'a', prediction: null, durationMs: 200 });
    const quick = r({ participantId: 'b', prediction: null, durationMs: 100 });
    expect(order([slow, quick], 7)).toEqual(['b', 'a']);
  });

  it('on equal score and prediction error, ranks the shorter duration first', () => {
    const slow = r({ participantId: 'a', prediction: 45, durationMs: 200_000, submittedAt: 1 });
    const quick = r({ participantId: 'b', prediction: 55, durationMs: 199_999, submittedAt: 2 });
    expect(order([slow, quick], 50)).toEqual(['b', 'a']);
  });

  it('on equal score, error and duration, ranks the earlier submission first', () => {
    const late = r({ participantId: 'a', submittedAt: 2_000 });
    const early = r({ participantId: 'b', submittedAt: 1_999 });
    expect(order([late, early], 50)).toEqual(['b', 'a']);
    expect(order([late, early], null)).toEqual(['b', 'a']);
  });

  it('breaks an exact tie by participant id so the order is total', () => {
    const x = r({ participantId: 'p-2' });
    const y = r({ participantId: 'p-1' });
    expect(compareResults(x, y, null)).toBeGreaterThan(0);
    expect(compareResults(y, x, null)).toBeLessThan(0);
    expect(order([x, y], 50)).toEqual(['p-1', 'p-2']);
  });

  it('returns 0 only when comparing a result with itself (or an identical one)', () => {
    expect(compareResults(base, base, 50)).toBe(0);
    expect(compareResults(base, { ...base }, null)).toBe(0);
  });

  it('applies the tiebreaks in order: score, error, duration, submission, id', () => {
    const results: RankedResult[] = [
      r({ participantId: 'f', score: 14 }),
      r({ participantId: 'e', prediction: null }),
      r({ participantId: 'd', prediction: 45 }), // error 5
      r({ participantId: 'c', prediction: 52, durationMs: 300_001 }), // error 2, slower
      r({ participantId: 'b', prediction: 48, submittedAt: 1_000_001 }), // error 2, later
      r({ participantId: 'a2', prediction: 52 }), // error 2
      r({ participantId: 'a1', prediction: 48 }), // error 2
    ];
    expect(order(results, 50)).toEqual(['a1', 'a2', 'b', 'c', 'd', 'e', 'f']);
  });
});

describe('predictionError', () => {
  it('is the absolute difference from the truth', () => {
    expect(predictionError(40, 50)).toBe(10);
    expect(predictionError(60, 50)).toBe(10);
    expect(predictionError(50, 50)).toBe(0);
  });

  it('is larger than any real error when there is no prediction', () => {
    expect(predictionError(null, 0)).toBeGreaterThan(predictionError(100_000_000, 0));
  });
});

describe('isBetterAttempt', () => {
  const attempt = { participantId: 'p', score: 18, durationMs: 400_000, submittedAt: 5_000 };

  it('prefers a higher score', () => {
    expect(isBetterAttempt({ ...attempt, score: 19, durationMs: 900_000 }, attempt)).toBe(true);
    expect(isBetterAttempt(attempt, { ...attempt, score: 19, durationMs: 900_000 })).toBe(false);
  });

  it('on equal scores prefers the shorter duration', () => {
    expect(isBetterAttempt({ ...attempt, durationMs: 399_999, submittedAt: 9_000 }, attempt)).toBe(true);
    expect(isBetterAttempt({ ...attempt, durationMs: 400_001, submittedAt: 1 }, attempt)).toBe(false);
  });

  it('on equal score and duration keeps the earlier attempt', () => {
    expect(isBetterAttempt({ ...attempt, submittedAt: 6_000 }, attempt)).toBe(false);
    expect(isBetterAttempt(attempt, { ...attempt, submittedAt: 6_000 })).toBe(true);
  });

  it('does not count an identical attempt as better', () => {
    expect(isBetterAttempt(attempt, { ...attempt })).toBe(false);
  });

  it('ignores any prediction carried by the objects', () => {
    const withExact = { ...attempt, prediction: 50 } as RankedResult;
    const slowerWithNone = { ...attempt, durationMs: 400_001, prediction: null } as RankedResult;
    const quickerFarOff = { ...attempt, durationMs: 399_000, prediction: 99_999 } as RankedResult;
    expect(isBetterAttempt(withExact, slowerWithNone)).toBe(true);
    expect(isBetterAttempt(quickerFarOff, withExact)).toBe(true);
  });
});

describe('compareResults: order properties', () => {
  // Small ranges so that ties on every key are common.
  const result = fc.record({
    participantId: fc.constantFrom('a', 'b', 'c', 'd'),
    score: fc.integer({ min: 0, max: 3 }),
    durationMs: fc.integer({ min: 0, max: 3 }),
    submittedAt: fc.integer({ min: 0, max: 3 }),
    prediction: fc.option(fc.integer({ min: 0, max: 6 }), { nil: null }),
  });
  const truth = fc.option(fc.integer({ min: 0, max: 6 }), { nil: null });
  const sign = (n: number) => Math.sign(n) || 0;

  it('is antisymmetric', () => {
    fc.assert(
      fc.property(result, result, truth, (a, b, t) => {
        expect(sign(compareResults(a, b, t))).toBe(-sign(compareResults(b, a, t)) || 0);
      }),
      { numRuns: 2000 },
    );
  });

  it('is transitive', () => {
    fc.assert(
      fc.property(result, result, result, truth, (a, b, c, t) => {
        if (compareResults(a, b, t) <= 0 && compareResults(b, c, t) <= 0) expect(compareResults(a, c, t)).toBeLessThanOrEqual(0);
        if (compareResults(a, b, t) < 0 && compareResults(b, c, t) < 0) expect(compareResults(a, c, t)).toBeLessThan(0);
      }),
      { numRuns: 5000 },
    );
  });

  it('returns 0 only for results equal on every ranked key', () => {
    fc.assert(
      fc.property(result, result, truth, (a, b, t) => {
        const sameKeys =
          a.participantId === b.participantId &&
          a.score === b.score &&
          a.durationMs === b.durationMs &&
          a.submittedAt === b.submittedAt &&
          (t === null || predictionError(a.prediction, t) === predictionError(b.prediction, t));
        expect(compareResults(a, b, t) === 0).toBe(sameKeys);
      }),
      { numRuns: 2000 },
    );
  });

  it('sorts distinct participants into the same order whatever the input order', () => {
    const field = fc
      .uniqueArray(result, { selector: (x) => x.participantId, minLength: 1, maxLength: 4 })
      .chain((rs) => fc.tuple(fc.constant(rs), fc.shuffledSubarray(rs, { minLength: rs.length, maxLength: rs.length }), truth));
    fc.assert(
      fc.property(field, ([rs, shuffled, t]) => {
        expect(order(shuffled, t)).toEqual(order(rs, t));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('compareResults with a contest’s own tie-breakers', () => {
  const quickLate = r({ participantId: 'quick-late', durationMs: 100_000, submittedAt: 9_000, prediction: 90 });
  const slowEarly = r({ participantId: 'slow-early', durationMs: 200_000, submittedAt: 1_000, prediction: 50 });

  it('applies the tie-breakers in the contest’s order', () => {
    expect(order([slowEarly, quickLate], 50)).toEqual(['slow-early', 'quick-late']);
    expect(order([slowEarly, quickLate].map((x) => ({ ...x, tiebreakers: ['duration', 'prediction'] as const })), 50)).toEqual(['quick-late', 'slow-early']);
    expect(order([quickLate, slowEarly].map((x) => ({ ...x, tiebreakers: ['submittedAt'] as const })), 50)).toEqual(['slow-early', 'quick-late']);
  });

  it('does not use a tie-breaker the contest leaves out', () => {
    const closer = r({ participantId: 'z', prediction: 50 });
    const farther = r({ participantId: 'a', prediction: 10 });
    // Without "prediction" the guess does not count; the id settles the exact tie.
    expect(compareResults(closer, farther, 50, ['duration', 'submittedAt'])).toBeGreaterThan(0);
    expect(compareResults(closer, farther, 50, ['prediction'])).toBeLessThan(0);
  });

  it('lets the explicit argument override what the results carry', () => {
    const a = { ...quickLate, tiebreakers: ['duration'] as const };
    const b = { ...slowEarly, tiebreakers: ['duration'] as const };
    expect(compareResults(a, b, 50)).toBeLessThan(0);
    expect(compareResults(a, b, 50, ['submittedAt'])).toBeGreaterThan(0);
  });

  it('picks a participant’s best attempt by the contest’s order, never by the prediction', () => {
    const early = { participantId: 'p', score: 18, durationMs: 500_000, submittedAt: 1_000 };
    const quick = { participantId: 'p', score: 18, durationMs: 400_000, submittedAt: 2_000 };
    expect(isBetterAttempt(quick, early)).toBe(true);
    expect(isBetterAttempt(quick, early, ['submittedAt', 'duration'])).toBe(false);
    expect(isBetterAttempt(early, quick, ['prediction', 'submittedAt'])).toBe(true);
  });
});
