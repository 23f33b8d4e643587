import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { contests, participants, rounds } from '@thiphapluat/db';
import { LeaderboardSchema } from '@thiphapluat/shared';
import { answerKey, createTestApp, register, save, start, submit, type Contestant, type TestApp } from './helpers/app.js';

describe('round ranking', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(async () => t.close());

  /** Starts, answers `right` questions correctly after `seconds`, submits with `prediction`. */
  async function play(who: Contestant, right: number, seconds: number, prediction?: number) {
    const a = await start(t, who);
    const key = answerKey(t, a.id);
    for (const q of a.questions.slice(0, right)) await save(t, who, a.id, q.position, key.get(q.position)!);
    t.clock.advance(seconds * 1000);
    const res = await submit(t, who, a.id, prediction);
    expect(res.statusCode).toBe(200);
    return res.json();
  }

  const board = async () => LeaderboardSchema.parse((await t.app.inject({ method: 'GET', url: `/api/rounds/${t.roundId}/leaderboard` })).json());

  it('orders by score, then (once the round closes) prediction error, then duration, then submission time', async () => {
    const ana = await register(t, { fullName: 'Nguyễn Thị Ana' });
    const binh = await register(t, { fullName: 'Phạm Văn Bình' });
    const cuong = await register(t, { fullName: 'Lê Cường' });
    const dung = await register(t, { fullName: 'Võ Dũng' });
    await play(ana, 20, 300, 40); // full marks, slow, far guess
    await play(binh, 20, 100, 2); // full marks, fast, exact guess (2 people get full marks)
    await play(cuong, 19, 50, 2); // one wrong: below both whatever the tiebreaks
    await play(dung, 20, 100); // full marks, as fast as Bình, no guess, submitted later

    // Before the close the truth is unknown: duration, then submission time decide.
    let b = await board();
    expect(b.truth).toBeNull();
    expect(b.entries.map((e) => e.name)).toEqual(['Phạm V. B.', 'Võ D.', 'Nguyễn T. A.', 'Lê C.']);

    const round = t.contest.rounds.find((r) => r.id === t.roundId)!;
    t.clock.set(new Date(round.closesAt).getTime() + 5000);
    await t.app.sweep();
    b = await board();
    expect(b.truth).toBe(3);
    // Three got full marks; Bình guessed 2 (off by 1), Ana 40 (off by 37), Dũng made no guess.
    expect(b.entries.map((e) => [e.name, e.predictionError])).toEqual([
      ['Phạm V. B.', 1],
      ['Nguyễn T. A.', 37],
      ['Võ D.', null],
      ['Lê C.', 1],
    ]);
    const stored = t.app.ctx.db.select().from(rounds).where(eq(rounds.id, t.roundId)).get();
    expect(stored?.predictionTruth).toBe(3);
    expect(stored?.finalizedAt).not.toBeNull();
  });

  it("counts a participant's best attempt, not their last", async () => {
    const me = await register(t);
    await play(me, 18, 200);
    const second = await play(me, 10, 100);
    expect(second).toMatchObject({ score: 10, isBest: false, roundRank: 1 });
    const b = await board();
    expect(b.total).toBe(1);
    expect(b.entries[0]?.score).toBe(18);
  });

  it('leaves disqualified participants out of the leaderboard once it reloads', async () => {
    const honest = await register(t);
    const cheat = await register(t);
    await play(honest, 15, 300);
    await play(cheat, 20, 60);
    expect((await board()).entries[0]?.score).toBe(20);
    t.app.ctx.db.update(participants).set({ disqualifiedAt: t.clock.now() }).where(eq(participants.id, cheat.participantId)).run();
    await t.app.ctx.leaderboards.refreshParticipant(t.roundId, t.contest.id, cheat.participantId);
    const b = await board();
    expect(b.total).toBe(1);
    expect(b.entries[0]?.score).toBe(15);
  });

  it('keeps a participant outside the top N reachable through /leaderboard/me', async () => {
    const people = await Promise.all(Array.from({ length: 5 }, () => register(t)));
    for (const [i, p] of people.entries()) await play(p, 20 - i, 100);
    const last = people[4]!;
    const top = LeaderboardSchema.parse((await t.app.inject({ method: 'GET', url: `/api/rounds/${t.roundId}/leaderboard?limit=2` })).json());
    expect(top.entries).toHaveLength(2);
    expect(top.total).toBe(5);
    const me = await t.app.inject({ method: 'GET', url: `/api/rounds/${t.roundId}/leaderboard/me`, headers: last.headers });
    expect(me.json().entry).toMatchObject({ rank: 5, score: 16 });
  });

  it('fixes the prediction truth only after the last attempt of the round is final', async () => {
    t.app.ctx.db.update(contests).set({ answerGraceMs: 10_000 }).where(eq(contests.id, t.contest.id)).run();
    const round = t.contest.rounds.find((r) => r.id === t.roundId)!;
    const closesAt = new Date(round.closesAt).getTime();
    const late = await register(t);
    t.clock.set(closesAt - 60_000);
    const a = await start(t, late);
    const key = answerKey(t, a.id);
    for (const [pos, ids] of key) await save(t, late, a.id, pos, ids);
    // Past the close and the default 2 s, but inside this contest's 10 s grace: the attempt still runs.
    t.clock.set(closesAt + 5000);
    await t.app.sweep();
    expect(t.app.ctx.db.select().from(rounds).where(eq(rounds.id, t.roundId)).get()?.finalizedAt).toBeNull();
    t.clock.set(closesAt + 10_001);
    await t.app.sweep();
    expect(t.app.ctx.db.select().from(rounds).where(eq(rounds.id, t.roundId)).get()).toMatchObject({ predictionTruth: 1 });
    expect((await board()).truth).toBe(1);
  });

  it("re-picks a participant's best attempt by the full rules once the truth is known", async () => {
    const ana = await register(t, { fullName: 'Nguyễn Thị Ana' });
    const binh = await register(t, { fullName: 'Phạm Văn Bình' });
    await play(ana, 20, 300, 2); // slow, but guesses the truth exactly
    await play(ana, 20, 100, 9999); // fast, wild guess: her best until the close
    await play(binh, 20, 200, 5);
    expect((await board()).entries.map((e) => [e.name, e.prediction])).toEqual([
      ['Nguyễn T. A.', 9999],
      ['Phạm V. B.', 5],
    ]);
    const round = t.contest.rounds.find((r) => r.id === t.roundId)!;
    t.clock.set(new Date(round.closesAt).getTime() + 5000);
    await t.app.sweep();
    const b = await board();
    expect(b.truth).toBe(2);
    expect(b.entries.map((e) => [e.name, e.prediction, e.predictionError, e.durationMs])).toEqual([
      ['Nguyễn T. A.', 2, 0, 300_000],
      ['Phạm V. B.', 5, 3, 200_000],
    ]);
    // The contest board ranks each participant's counted round result (no prediction across rounds),
    // reloaded from the database: the same after a restart as now.
    const contestBoard = LeaderboardSchema.parse((await t.app.inject({ method: 'GET', url: `/api/contests/${t.contest.slug}/leaderboard` })).json());
    expect(contestBoard.entries.map((e) => [e.name, e.durationMs])).toEqual([
      ['Phạm V. B.', 200_000],
      ['Nguyễn T. A.', 300_000],
    ]);
  });
});
