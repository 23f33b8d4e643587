import { describe, expect, it } from 'vitest';
import { EXPECTED, FIXTURE_ANSWERS, FIXTURE_QUESTIONS, LABELS } from '../../../../tests/fixtures/item-analysis.js';
import { isCorrect } from '../attempts/scoring.js';
import {
  addCell,
  attemptGroups,
  emptyAccumulator,
  figureFlags,
  itemFigures,
  mergeAccumulators,
  miskeyFlag,
  type AttemptTotal,
  type ItemAccumulator,
  type ResponseCell,
} from './item-analysis.stats.js';

// The hand computation of every figure checked here is in tests/fixtures/item-analysis.ts.

const optionId = (q: number, label: string) => `q${q}-${label}`;
const keyOf = (q: number) => [...FIXTURE_QUESTIONS[q]!.key].map((l) => optionId(q, l));
const labelled = (q: number) => LABELS.map((label) => ({ id: optionId(q, label), label, correct: FIXTURE_QUESTIONS[q]!.key.includes(label) }));

/** The fixture as the database's histogram gives it: identical responses with the same total merged. */
function fixtureHistogram(): { cells: ResponseCell[]; totals: AttemptTotal[] } {
  const cells = new Map<string, ResponseCell>();
  const totals = new Map<number, AttemptTotal>();
  for (const answers of FIXTURE_ANSWERS) {
    const picked = answers.map((a, q) => [...a].map((l) => optionId(q, l)));
    const correctCount = picked.filter((p, q) => isCorrect(p, keyOf(q))).length;
    const t = totals.get(correctCount) ?? { correctCount, questionCount: 3, attempts: 0 };
    t.attempts++;
    totals.set(correctCount, t);
    picked.forEach((p, q) => {
      const k = `${q}|${p.join(',')}|${correctCount}`;
      const cell = cells.get(k) ?? { versionId: q, picked: p, correctCount, questionCount: 3, attempts: 0 };
      cell.attempts++;
      cells.set(k, cell);
    });
  }
  return { cells: [...cells.values()], totals: [...totals.values()] };
}

function accumulate(cells: readonly ResponseCell[], totals: readonly AttemptTotal[]): ItemAccumulator[] {
  const groups = attemptGroups(totals);
  const accs = FIXTURE_QUESTIONS.map(() => emptyAccumulator());
  for (const cell of cells) addCell(accs[cell.versionId]!, cell, keyOf(cell.versionId), groups);
  return accs;
}

describe('item analysis: the hand-computed fixture', () => {
  const { cells, totals } = fixtureHistogram();
  const accs = accumulate(cells, totals);

  it('cuts groups of 3 of the 10 attempts', () => {
    const groups = attemptGroups(totals);
    expect(groups.size).toBe(EXPECTED.groupSize);
    expect(groups.weight(2 / 3)).toEqual({ upper: 1, lower: 0 });
    expect(groups.weight(1 / 3)).toEqual({ upper: 0, lower: 0 });
    expect(groups.weight(0)).toEqual({ upper: 0, lower: 1 });
  });

  it.each(FIXTURE_QUESTIONS.map((q, i) => ({ name: q.name, i })))('$name: facility, discrimination, point-biserial, distractors, flags', ({ name, i }) => {
    const want = EXPECTED.questions[name as keyof typeof EXPECTED.questions];
    const acc = accs[i]!;
    const f = itemFigures(acc);
    expect(f.responses).toBe(10);
    expect(f.facility).toBeCloseTo(want.facility, 10);
    expect(f.discrimination).toBeCloseTo(want.discrimination, 10);
    expect(f.pointBiserial).toBeCloseTo(want.pointBiserial, 4);
    expect(LABELS.map((l) => (acc.picks.get(optionId(i, l))?.all ?? 0) / acc.responses)).toEqual(want.shares);
    expect((acc.responses - acc.answered) / acc.responses).toBe(want.omitted);
    const miskey = miskeyFlag(f, acc, labelled(i));
    expect([...figureFlags(f), ...(miskey ? [miskey] : [])].map((fl) => fl.code)).toEqual(want.flags);
  });

  it('says why Q2 looks miskeyed, with the upper group’s figures', () => {
    const f = itemFigures(accs[1]!);
    expect(miskeyFlag(f, accs[1]!, labelled(1))?.reason).toBe('Nhóm 27% điểm cao chọn phương án C (đang là sai) nhiều hơn đáp án B: 100% so với 0%.');
  });
});

describe('item analysis: edge rules', () => {
  it('splits attempts tied at a group edge evenly instead of by an arbitrary order', () => {
    // 10 attempts: 2 at 3/3, 4 at 2/3, 4 at 0/3 → groups of 3: the upper takes both 3/3 and 1 of the
    // 4 tied at 2/3 (each counts ¼); the lower takes 3 of the 4 at 0/3 (each counts ¾).
    const groups = attemptGroups([
      { correctCount: 3, questionCount: 3, attempts: 2 },
      { correctCount: 2, questionCount: 3, attempts: 4 },
      { correctCount: 0, questionCount: 3, attempts: 4 },
    ]);
    expect(groups.size).toBe(3);
    expect(groups.weight(1)).toEqual({ upper: 1, lower: 0 });
    expect(groups.weight(2 / 3)).toEqual({ upper: 0.25, lower: 0 });
    expect(groups.weight(0)).toEqual({ upper: 0, lower: 0.75 });
  });

  it('ranks attempts of rounds of different lengths by the share right', () => {
    const groups = attemptGroups([
      { correctCount: 10, questionCount: 20, attempts: 1 },
      { correctCount: 5, questionCount: 10, attempts: 1 },
      { correctCount: 9, questionCount: 10, attempts: 1 },
    ]);
    // 27% of 3 rounds to 1: the 9/10 is the upper group; 10/20 and 5/10 tie at ½ for the lower one.
    expect(groups.weight(0.9).upper).toBe(1);
    expect(groups.weight(0.5).lower).toBe(0.5);
  });

  it('counts a multi-answer response right only when the chosen set equals the key, whatever the order', () => {
    const groups = attemptGroups([{ correctCount: 1, questionCount: 2, attempts: 3 }]);
    const acc = emptyAccumulator();
    for (const picked of [['c', 'a'], ['a'], ['a', 'b', 'c']]) addCell(acc, { versionId: 1, picked, correctCount: 1, questionCount: 2, attempts: 1 }, ['a', 'c'], groups);
    expect(itemFigures(acc).correct).toBe(1);
  });

  it('gives no point-biserial when everyone is right (no variance) and no flags below the minimum of responses', () => {
    const groups = attemptGroups([{ correctCount: 2, questionCount: 2, attempts: 9 }]);
    const acc = emptyAccumulator();
    addCell(acc, { versionId: 1, picked: ['a'], correctCount: 2, questionCount: 2, attempts: 9 }, ['a'], groups);
    const f = itemFigures(acc);
    expect(f.facility).toBe(1);
    expect(f.pointBiserial).toBeNull();
    expect(figureFlags(f)).toEqual([]);
  });

  it('flags a negatively discriminating item with a popular distractor as likely miskeyed, even when the upper group picks the key', () => {
    // 10 attempts of 2 questions (this item, key A, and one other):
    //   3 × A right, other right (total 2)   4 × B, other right (total 1)   3 × A right, other wrong (total 1)
    // Upper group = the three at 2/2, all on A: the first miskey rule stays quiet. But y (the other
    // question) runs against x: Σx = 6, Σy = 7, Σxy = 3, Σy² = 7 → vx = 2.4, vy = 2.1, cov = 3 − 4.2 = −1.2,
    // r = −1.2 / √5.04 = −0.5345; and B is picked by 4/10 = 40% ≥ 30%.
    const groups = attemptGroups([
      { correctCount: 2, questionCount: 2, attempts: 3 },
      { correctCount: 1, questionCount: 2, attempts: 7 },
    ]);
    const acc = emptyAccumulator();
    const add = (picked: string[], correctCount: number, attempts: number) => addCell(acc, { versionId: 1, picked, correctCount, questionCount: 2, attempts }, ['a'], groups);
    add(['a'], 2, 3);
    add(['b'], 1, 4);
    add(['a'], 1, 3);
    const f = itemFigures(acc);
    expect(f.pointBiserial).toBeCloseTo(-0.5345, 4);
    // The lower group is 3 of the 7 tied at 1/2 (each counts 3/7), 3 of whom got it right: 1 − 3/7.
    expect(f.discrimination).toBeCloseTo(4 / 7, 10);
    expect(figureFlags(f).map((fl) => fl.code)).toEqual(['negative_discrimination']);
    const flag = miskeyFlag(f, acc, [
      { id: 'a', label: 'A', correct: true },
      { id: 'b', label: 'B', correct: false },
    ]);
    expect(flag?.reason).toBe('Câu hỏi phân loại ngược trong khi phương án sai B được 40% người chọn (từ 30% trở lên).');
  });

  it('merges versions of a question by summing their counts', () => {
    const groups = attemptGroups([{ correctCount: 1, questionCount: 1, attempts: 2 }, { correctCount: 0, questionCount: 1, attempts: 2 }]);
    const v1 = emptyAccumulator();
    const v2 = emptyAccumulator();
    addCell(v1, { versionId: 1, picked: ['a'], correctCount: 1, questionCount: 1, attempts: 2 }, ['a'], groups);
    addCell(v2, { versionId: 2, picked: ['x'], correctCount: 0, questionCount: 1, attempts: 2 }, ['y'], groups);
    const m = itemFigures(mergeAccumulators([v1, v2]));
    expect([m.responses, m.correct, m.facility, m.discrimination]).toEqual([4, 2, 0.5, 1]);
  });
});
