/**
 * Classical test theory over a response histogram, as Moodle's quiz statistics report does it.
 *
 * The input is not one row per answer but one row per distinct (question version, chosen options,
 * attempt total): the database aggregates the answers in one pass, and every figure below (facility,
 * both discrimination indices, distractor shares, the groups' choices) follows exactly from those
 * counts. Pure functions, so the unit tests check them against hand computations.
 */
import { ITEM_ANALYSIS_THRESHOLDS as T, type ItemFlag } from '@thiphapluat/shared';
import { isCorrect } from '../attempts/scoring.js';

/** How many counted attempts drew a version, chose `picked` for it, and got `correctCount` of `questionCount` right. */
export interface ResponseCell {
  versionId: number;
  picked: readonly string[];
  correctCount: number;
  questionCount: number;
  attempts: number;
}

/** How many counted attempts got `correctCount` of `questionCount` right. */
export interface AttemptTotal {
  correctCount: number;
  questionCount: number;
  attempts: number;
}

export interface Groups {
  /** Attempts in each group: 27% of all, rounded, at least 1 (0 without attempts). */
  size: number;
  /**
   * The share of the attempts with this total (as a fraction right) that belong to the upper and the
   * lower group. Attempts tied at a group's edge are split evenly (each counts for a fraction), so the
   * groups have exactly `size` attempts and the result does not depend on an arbitrary tie order.
   */
  weight(fraction: number): { upper: number; lower: number };
}

const fractionOf = (correctCount: number, questionCount: number) => (questionCount > 0 ? correctCount / questionCount : 0);

/** The upper and lower 27% of attempts by total score (the share right, so rounds of different lengths mix). */
export function attemptGroups(totals: readonly AttemptTotal[], share: number = T.groupShare): Groups {
  const byFraction = new Map<number, number>();
  let all = 0;
  for (const t of totals) {
    const f = fractionOf(t.correctCount, t.questionCount);
    byFraction.set(f, (byFraction.get(f) ?? 0) + t.attempts);
    all += t.attempts;
  }
  const size = all === 0 ? 0 : Math.max(1, Math.round(share * all));
  const take = (order: number[]) => {
    const w = new Map<number, number>();
    let left = size;
    for (const f of order) {
      const n = byFraction.get(f)!;
      const taken = Math.min(n, left);
      w.set(f, taken / n);
      left -= taken;
    }
    return w;
  };
  const asc = [...byFraction.keys()].sort((a, b) => a - b);
  const upper = take([...asc].reverse());
  const lower = take(asc);
  return { size, weight: (f) => ({ upper: upper.get(f) ?? 0, lower: lower.get(f) ?? 0 }) };
}

export interface OptionTally {
  all: number;
  upper: number;
  lower: number;
}

/** Running sums for one item (a version, or a question's versions merged). */
export interface ItemAccumulator {
  responses: number;
  answered: number;
  correct: number;
  /** Weighted attempts of the upper and lower groups that drew the item, and how many of them got it right. */
  upper: number;
  upperCorrect: number;
  lower: number;
  lowerCorrect: number;
  /** Sums for the corrected item-total correlation: y is the share right of the attempt's other questions. */
  sumY: number;
  sumYY: number;
  sumXY: number;
  /** Picks per option id (a version's own options only). */
  picks: Map<string, OptionTally>;
}

export const emptyAccumulator = (): ItemAccumulator => ({
  responses: 0,
  answered: 0,
  correct: 0,
  upper: 0,
  upperCorrect: 0,
  lower: 0,
  lowerCorrect: 0,
  sumY: 0,
  sumYY: 0,
  sumXY: 0,
  picks: new Map(),
});

/** Adds one histogram cell of a version whose key is `key`. Correct exactly as scoring decides it. */
export function addCell(acc: ItemAccumulator, cell: ResponseCell, key: readonly string[], groups: Groups): void {
  const n = cell.attempts;
  const x = isCorrect(cell.picked, key) ? 1 : 0;
  const { upper, lower } = groups.weight(fractionOf(cell.correctCount, cell.questionCount));
  // The rest score leaves this item out, so the item does not correlate with itself.
  const y = cell.questionCount > 1 ? (cell.correctCount - x) / (cell.questionCount - 1) : 0;
  acc.responses += n;
  if (cell.picked.length > 0) acc.answered += n;
  acc.correct += x * n;
  acc.upper += upper * n;
  acc.upperCorrect += x * upper * n;
  acc.lower += lower * n;
  acc.lowerCorrect += x * lower * n;
  acc.sumY += y * n;
  acc.sumYY += y * y * n;
  acc.sumXY += x * y * n;
  for (const id of new Set(cell.picked)) {
    const t = acc.picks.get(id) ?? { all: 0, upper: 0, lower: 0 };
    t.all += n;
    t.upper += upper * n;
    t.lower += lower * n;
    acc.picks.set(id, t);
  }
}

/** Sums of several versions of one question (picks are per version and are not merged). */
export function mergeAccumulators(items: readonly ItemAccumulator[]): ItemAccumulator {
  const m = emptyAccumulator();
  for (const a of items) {
    for (const k of ['responses', 'answered', 'correct', 'upper', 'upperCorrect', 'lower', 'lowerCorrect', 'sumY', 'sumYY', 'sumXY'] as const) m[k] += a[k];
  }
  return m;
}

const EPS = 1e-9;
export const round4 = (v: number) => Math.round(v * 10_000) / 10_000;
const ratio = (part: number, whole: number) => (whole > EPS ? part / whole : null);

export interface ItemFigures {
  responses: number;
  answered: number;
  correct: number;
  facility: number | null;
  discrimination: number | null;
  pointBiserial: number | null;
}

/** Facility, the 27% discrimination index and the corrected point-biserial, unrounded. */
export function itemFigures(a: ItemAccumulator): ItemFigures {
  const facility = ratio(a.correct, a.responses);
  const pu = ratio(a.upperCorrect, a.upper);
  const pl = ratio(a.lowerCorrect, a.lower);
  const n = a.responses;
  // Pearson's r between x (0/1, so Σx² = Σx) and y.
  const vx = a.correct - (a.correct * a.correct) / n;
  const vy = a.sumYY - (a.sumY * a.sumY) / n;
  const cov = a.sumXY - (a.correct * a.sumY) / n;
  const pointBiserial = n > 1 && vx > EPS && vy > EPS ? cov / Math.sqrt(vx * vy) : null;
  return {
    responses: a.responses,
    answered: a.answered,
    correct: a.correct,
    facility,
    discrimination: pu === null || pl === null ? null : pu - pl,
    pointBiserial,
  };
}

const pct = (v: number) => `${Math.round(v * 100)}%`;
const dec = (v: number) => v.toFixed(2).replace('.', ',').replace('-', '−');

/** Too easy, too hard, negatively discriminating: from an item's figures. */
export function figureFlags(f: ItemFigures): ItemFlag[] {
  if (f.responses < T.minResponses || f.facility === null) return [];
  const flags: ItemFlag[] = [];
  if (f.facility > T.tooEasy) flags.push({ code: 'too_easy', reason: `Tỉ lệ trả lời đúng ${pct(f.facility)}, trên ngưỡng ${pct(T.tooEasy)}.` });
  if (f.facility < T.tooHard) flags.push({ code: 'too_hard', reason: `Tỉ lệ trả lời đúng ${pct(f.facility)}, dưới ngưỡng ${pct(T.tooHard)}.` });
  if (isNegative(f)) {
    const parts = [
      ...(f.discrimination !== null ? [`chỉ số phân biệt (27%) ${dec(f.discrimination)}`] : []),
      ...(f.pointBiserial !== null ? [`hệ số tương quan điểm-nhị phân ${dec(f.pointBiserial)}`] : []),
    ];
    flags.push({ code: 'negative_discrimination', reason: `Người có điểm cao làm câu này kém hơn người có điểm thấp: ${parts.join(', ')}.` });
  }
  return flags;
}

const isNegative = (f: ItemFigures) =>
  (f.discrimination !== null && f.discrimination < T.negativeDiscrimination) || (f.pointBiserial !== null && f.pointBiserial < T.negativeDiscrimination);

export interface LabelledOption {
  id: string;
  label: string;
  correct: boolean;
}

/**
 * Likely miskeyed: the upper group picks a wrong option more often than the key (for a multi-answer
 * key, than its least picked correct option), or the item discriminates negatively while a wrong
 * option is popular. Either way the organizer should check the key before anything else.
 */
export function miskeyFlag(f: ItemFigures, a: ItemAccumulator, options: readonly LabelledOption[]): ItemFlag | null {
  if (f.responses < T.minResponses) return null;
  const share = (id: string, group: 'all' | 'upper') => {
    const t = a.picks.get(id);
    const whole = group === 'all' ? a.responses : a.upper;
    return t && whole > EPS ? t[group] / whole : 0;
  };
  const keys = options.filter((o) => o.correct);
  const wrong = options.filter((o) => !o.correct);
  if (a.upper > EPS && keys.length > 0) {
    const key = keys.reduce((lo, o) => (share(o.id, 'upper') < share(lo.id, 'upper') ? o : lo));
    const rival = wrong.reduce<LabelledOption | null>((hi, o) => (hi === null || share(o.id, 'upper') > share(hi.id, 'upper') ? o : hi), null);
    if (rival && share(rival.id, 'upper') > share(key.id, 'upper') + EPS) {
      return {
        code: 'likely_miskeyed',
        reason: `Nhóm ${pct(T.groupShare)} điểm cao chọn phương án ${rival.label} (đang là sai) nhiều hơn đáp án ${key.label}: ${pct(share(rival.id, 'upper'))} so với ${pct(share(key.id, 'upper'))}.`,
      };
    }
  }
  if (isNegative(f)) {
    const popular = wrong.filter((o) => share(o.id, 'all') >= T.popularDistractor - EPS).sort((x, y) => share(y.id, 'all') - share(x.id, 'all'))[0];
    if (popular) {
      return {
        code: 'likely_miskeyed',
        reason: `Câu hỏi phân loại ngược trong khi phương án sai ${popular.label} được ${pct(share(popular.id, 'all'))} người chọn (từ ${pct(T.popularDistractor)} trở lên).`,
      };
    }
  }
  return null;
}
