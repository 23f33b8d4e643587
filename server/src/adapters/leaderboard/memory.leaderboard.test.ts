import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareResults, type RankedResult } from '../../modules/leaderboard/ranking.js';
import { MemoryLeaderboardStore } from './memory.leaderboard.js';

const SCOPE = 'round:1';

const res = (participantId: string, score: number, durationMs = 100_000, prediction: number | null = null, submittedAt = 1_000): RankedResult => ({
  participantId,
  score,
  durationMs,
  submittedAt,
  prediction,
});

const ids = (entries: { result: RankedResult }[]) => entries.map((e) => e.result.participantId);
const fullSort = (results: Iterable<RankedResult>, truth: number | null) => [...results].sort((a, b) => compareResults(a, b, truth));

describe('MemoryLeaderboardStore', () => {
  it('returns the top N in ranking order with 1-based ranks', async () => {
    const store = new MemoryLeaderboardStore();
    await store.upsert(SCOPE, res('c', 10));
    await store.upsert(SCOPE, res('a', 20, 300_000));
    await store.upsert(SCOPE, res('b', 20, 200_000));
    await store.upsert(SCOPE, res('d', 5));
    const top = await store.top(SCOPE, 3);
    expect(ids(top)).toEqual(['b', 'a', 'c']);
    expect(top.map((e) => e.rank)).toEqual([1, 2, 3]);
    expect(ids(await store.top(SCOPE, 100))).toEqual(['b', 'a', 'c', 'd']);
    expect(await store.top(SCOPE, 0)).toEqual([]);
  });

  it("replaces a participant's entry on upsert instead of adding a second one", async () => {
    const store = new MemoryLeaderboardStore();
    await store.upsert(SCOPE, res('a', 10));
    await store.upsert(SCOPE, res('b', 15));
    await store.upsert(SCOPE, res('a', 18));
    expect(await store.size(SCOPE)).toBe(2);
    const top = await store.top(SCOPE, 10);
    expect(ids(top)).toEqual(['a', 'b']);
    expect(top[0]?.result.score).toBe(18);
  });

  it('takes a worse result too when it replaces an entry (choosing the best is the caller’s job)', async () => {
    const store = new MemoryLeaderboardStore();
    await store.upsert(SCOPE, res('a', 18));
    await store.upsert(SCOPE, res('b', 15));
    await store.upsert(SCOPE, res('a', 3));
    expect(ids(await store.top(SCOPE, 10))).toEqual(['b', 'a']);
    expect((await store.rankOf(SCOPE, 'a'))?.result.score).toBe(3);
  });

  it("gives a participant's rank and result", async () => {
    const store = new MemoryLeaderboardStore();
    for (const [id, score] of [['a', 5], ['b', 9], ['c', 7]] as const) await store.upsert(SCOPE, res(id, score));
    expect(await store.rankOf(SCOPE, 'b')).toEqual({ rank: 1, result: res('b', 9) });
    expect(await store.rankOf(SCOPE, 'c')).toEqual({ rank: 2, result: res('c', 7) });
    expect(await store.rankOf(SCOPE, 'a')).toEqual({ rank: 3, result: res('a', 5) });
    expect(await store.rankOf(SCOPE, 'nobody')).toBeNull();
  });

  it('removes a participant and closes the gap', async () => {
    const store = new MemoryLeaderboardStore();
    for (const [id, score] of [['a', 5], ['b', 9], ['c', 7]] as const) await store.upsert(SCOPE, res(id, score));
    await store.remove(SCOPE, 'c');
    expect(await store.size(SCOPE)).toBe(2);
    expect(await store.rankOf(SCOPE, 'c')).toBeNull();
    expect(ids(await store.top(SCOPE, 10))).toEqual(['b', 'a']);
    expect((await store.rankOf(SCOPE, 'a'))?.rank).toBe(2);
    await store.remove(SCOPE, 'c');
    await store.remove(SCOPE, 'nobody');
    expect(await store.size(SCOPE)).toBe(2);
  });

  it('keeps scopes apart', async () => {
    const store = new MemoryLeaderboardStore();
    await store.upsert('round:1', res('a', 5));
    await store.upsert('round:2', res('b', 9));
    expect(ids(await store.top('round:1', 10))).toEqual(['a']);
    expect(ids(await store.top('round:2', 10))).toEqual(['b']);
    expect(await store.rankOf('round:1', 'b')).toBeNull();
  });

  it('answers empty for a scope it has never seen, without creating it', async () => {
    const store = new MemoryLeaderboardStore();
    expect(await store.has('round:9')).toBe(false);
    expect(await store.top('round:9', 10)).toEqual([]);
    expect(await store.rankOf('round:9', 'a')).toBeNull();
    expect(await store.size('round:9')).toBe(0);
    expect(await store.truth('round:9')).toBeNull();
    await store.remove('round:9', 'a');
    expect(await store.has('round:9')).toBe(false);
  });

  it('knows a scope once something is upserted or loaded, and forgets it on drop', async () => {
    const store = new MemoryLeaderboardStore();
    await store.upsert('round:1', res('a', 5));
    await store.load('round:2', [], null);
    expect(await store.has('round:1')).toBe(true);
    expect(await store.has('round:2')).toBe(true);
    await store.drop('round:1');
    expect(await store.has('round:1')).toBe(false);
    expect(await store.size('round:1')).toBe(0);
    expect(await store.top('round:1', 10)).toEqual([]);
  });

  it('load replaces the scope wholesale', async () => {
    const store = new MemoryLeaderboardStore();
    await store.upsert(SCOPE, res('old', 20));
    await store.load(SCOPE, [res('a', 5), res('b', 9)], null);
    expect(ids(await store.top(SCOPE, 10))).toEqual(['b', 'a']);
    expect(await store.rankOf(SCOPE, 'old')).toBeNull();
    expect(await store.size(SCOPE)).toBe(2);
  });

  it('load with a truth re-sorts equal scores by prediction error, and later upserts follow it', async () => {
    const results = [res('quick-far', 20, 100_000, 500), res('slow-close', 20, 300_000, 49), res('mid-none', 20, 200_000, null)];
    const store = new MemoryLeaderboardStore();
    await store.load(SCOPE, results, null);
    expect(ids(await store.top(SCOPE, 10))).toEqual(['quick-far', 'mid-none', 'slow-close']);
    expect(await store.truth(SCOPE)).toBeNull();

    await store.load(SCOPE, results, 50);
    expect(await store.truth(SCOPE)).toBe(50);
    expect(ids(await store.top(SCOPE, 10))).toEqual(['slow-close', 'quick-far', 'mid-none']);
    expect((await store.rankOf(SCOPE, 'mid-none'))?.rank).toBe(3);

    await store.upsert(SCOPE, res('exact', 20, 900_000, 50));
    expect(ids(await store.top(SCOPE, 10))).toEqual(['exact', 'slow-close', 'quick-far', 'mid-none']);
  });

  it('load does not depend on the order of its input', async () => {
    const results = [res('a', 5), res('b', 9, 1), res('c', 9, 2), res('d', 0)];
    const store = new MemoryLeaderboardStore();
    await store.load('x', results, null);
    await store.load('y', [...results].reverse(), null);
    expect(ids(await store.top('x', 10))).toEqual(['b', 'c', 'a', 'd']);
    expect(ids(await store.top('y', 10))).toEqual(['b', 'c', 'a', 'd']);
  });

  describe('property: agrees with a full sort after any sequence of upserts and removes', () => {
    // Few participants and small value ranges: replacements and ties on every key are frequent.
    const participantId = fc.constantFrom(...Array.from({ length: 12 }, (_, i) => `p${i}`));
    const result = fc.record({
      participantId,
      score: fc.integer({ min: 0, max: 4 }),
      durationMs: fc.integer({ min: 0, max: 4 }),
      submittedAt: fc.integer({ min: 0, max: 4 }),
      prediction: fc.option(fc.integer({ min: 0, max: 8 }), { nil: null }),
    });
    const op = fc.oneof(
      { weight: 4, arbitrary: result.map((r) => ({ kind: 'upsert' as const, r })) },
      { weight: 1, arbitrary: participantId.map((id) => ({ kind: 'remove' as const, id })) },
    );

    it.each([null, 3])('with truth %s', async (truth) => {
      await fc.assert(
        fc.asyncProperty(fc.array(result, { maxLength: 12 }), fc.array(op, { maxLength: 60 }), fc.integer({ min: 0, max: 15 }), async (initial, ops, limit) => {
          const store = new MemoryLeaderboardStore();
          const model = new Map<string, RankedResult>();
          for (const r of initial) model.set(r.participantId, r);
          await store.load(SCOPE, [...model.values()], truth);
          for (const o of ops) {
            if (o.kind === 'upsert') {
              await store.upsert(SCOPE, o.r);
              model.set(o.r.participantId, o.r);
            } else {
              await store.remove(SCOPE, o.id);
              model.delete(o.id);
            }
          }
          const expected = fullSort(model.values(), truth);
          expect(await store.size(SCOPE)).toBe(expected.length);
          expect(await store.top(SCOPE, limit)).toEqual(expected.slice(0, limit).map((result, i) => ({ rank: i + 1, result })));
          for (const [i, r] of expected.entries()) expect(await store.rankOf(SCOPE, r.participantId)).toEqual({ rank: i + 1, result: r });
          for (let i = 0; i < 12; i++) if (!model.has(`p${i}`)) expect(await store.rankOf(SCOPE, `p${i}`)).toBeNull();
        }),
        { numRuns: 300 },
      );
    });
  });
});
