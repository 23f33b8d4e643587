/** Each detector on hand-made sequences: one that must raise it and one that must not. */
import { describe, expect, it } from 'vitest';
import {
  clientSignals,
  coefficientOfVariation,
  collusion,
  collusionPairs,
  DEFAULT_WEIGHTS,
  deviceNeighbours,
  ipNeighbours,
  minReadMs,
  readingSpeed,
  rejectedWrites,
  scoreOf,
  sessionTakeover,
  sharedDevice,
  sharedIdentity,
  sharedIp,
  undeliveredAnswers,
  uniformIntervals,
  type AnswerFact,
  type AttemptFacts,
  type ParticipantSignal,
} from '../server/src/modules/integrity/detectors.js';

const T0 = Date.UTC(2026, 10, 23, 3, 0, 0);

/** An attempt whose answers come after the given gaps (ms), each question `chars` long. */
function attempt(gaps: number[], opts: { chars?: number | number[]; events?: AttemptFacts['eventCounts']; signals?: AttemptFacts['signals'] } = {}): AttemptFacts {
  let t = T0;
  const answers: AnswerFact[] = gaps.map((g, i) => {
    t += g;
    const chars = Array.isArray(opts.chars) ? opts.chars[i % opts.chars.length]! : (opts.chars ?? 300);
    return { position: i + 1, questionVersionId: 100 + i, readChars: chars, optionIds: [`o${i}`], firstSavedAt: t };
  });
  return { attemptId: 'a1', startedAt: T0, answers, eventCounts: opts.events ?? {}, signals: opts.signals ?? [] };
}

describe('reading speed', () => {
  it('reads a 300-character question in no less than the floor and about 6.7 s', () => {
    expect(minReadMs(10)).toBe(1500);
    expect(minReadMs(300)).toBeCloseTo(6667, -1);
  });

  it('flags 12 answers in 9 seconds, with the figures in the detail', () => {
    const f = readingSpeed(attempt(Array.from({ length: 12 }, () => 750)));
    expect(f?.strength).toBe(1);
    expect(f?.detail).toMatch(/^Trả lời 12 câu trong 9 giây/);
  });

  it('leaves a careful reader alone, and a reader with two lucky quick answers too', () => {
    expect(readingSpeed(attempt(Array.from({ length: 20 }, (_, i) => 9000 + i * 700)))).toBeNull();
    expect(readingSpeed(attempt([...Array.from({ length: 18 }, () => 12_000), 800, 900]))).toBeNull();
  });

  it('grows with the share of fast answers', () => {
    const some = readingSpeed(attempt([...Array.from({ length: 14 }, () => 12_000), ...Array.from({ length: 6 }, () => 1000)]));
    expect(some!.strength).toBeGreaterThan(0);
    expect(some!.strength).toBeLessThan(1);
  });
});

describe('uniform intervals', () => {
  it('measures the coefficient of variation', () => {
    expect(coefficientOfVariation([5, 5, 5])).toBe(0);
    expect(coefficientOfVariation([1, 3])).toBeCloseTo(0.5);
  });

  it('flags a script answering every 8 s ± 2%', () => {
    const gaps = Array.from({ length: 15 }, (_, i) => 8000 + (i % 3) * 160 - 160);
    const f = uniformIntervals(attempt(gaps, { chars: [120, 420, 260] }));
    expect(f?.strength).toBe(1);
    expect(f?.detail).toMatch(/cách nhau đều đặn khoảng 8\.0 giây/);
  });

  it('flags a script that paces itself by question length', () => {
    const chars = [120, 420, 260, 310, 180];
    const gaps = Array.from({ length: 12 }, (_, i) => chars[i % 5]! * 40);
    expect(uniformIntervals(attempt(gaps, { chars }))?.strength).toBe(1);
  });

  it('leaves human variation alone, and needs at least 8 intervals', () => {
    const human = [7200, 15300, 9100, 22000, 6400, 11800, 30500, 8800, 13900, 9700, 17400, 6900];
    expect(uniformIntervals(attempt(human, { chars: [120, 420, 260] }))).toBeNull();
    expect(uniformIntervals(attempt([8000, 8000, 8000, 8000, 8000, 8000, 8000, 8000]))).toBeNull();
  });
});

describe('undelivered answers and rejected writes', () => {
  it('flag writes for positions never sent, and nothing without them', () => {
    expect(undeliveredAnswers(attempt([9000], { events: { undelivered_question: 3 } }))).toMatchObject({ strength: 1, detail: '3 lần gửi đáp án cho câu không có trong đề đã giao' });
    expect(undeliveredAnswers(attempt([9000]))).toBeNull();
  });

  it('count late, after-final and replayed writes; one accident counts little', () => {
    const many = rejectedWrites(attempt([9000], { events: { stale_write_rejected: 3, late_write_rejected: 2 } }));
    expect(many?.strength).toBe(1);
    expect(many?.detail).toContain('2 lần ghi sau hạn hoặc sau khi nộp');
    expect(many?.detail).toContain('3 lần ghi lại gói tin cũ hoặc bị sửa');
    expect(rejectedWrites(attempt([9000], { events: { late_write_rejected: 1 } }))?.strength).toBe(0.25);
    expect(rejectedWrites(attempt([9000], { events: { focus_lost: 4 } }))).toBeNull();
  });
});

describe('session takeover', () => {
  const sig = (ipHash: string, deviceHash: string | null, uaHash: string) => ({ ipHash, deviceHash, uaHash });
  it('is strong across devices, weaker across browsers, weak across networks only', () => {
    expect(sessionTakeover(attempt([9000], { signals: [sig('ip1', 'd1', 'ua1'), sig('ip2', 'd2', 'ua2')], events: { session_takeover: 1 } }))).toMatchObject({ strength: 1, detail: 'Lượt thi được làm trên 2 thiết bị khác nhau (1 lần phiên bị thay thế)' });
    expect(sessionTakeover(attempt([9000], { signals: [sig('ip1', null, 'ua1'), sig('ip1', null, 'ua2')] }))?.strength).toBe(0.6);
    expect(sessionTakeover(attempt([9000], { signals: [sig('ip1', 'd1', 'ua1'), sig('ip2', 'd1', 'ua1'), sig('ip3', 'd1', 'ua1')] }))?.strength).toBe(0.2);
  });
  it('leaves a refresh on the same device alone', () => {
    expect(sessionTakeover(attempt([9000], { signals: [sig('ip1', 'd1', 'ua1'), sig('ip1', 'd1', 'ua1'), sig('ip2', 'd1', 'ua1')] }))).toBeNull();
  });
});

describe('client signals', () => {
  it('are weak and capped', () => {
    const found = clientSignals(attempt([9000], { events: { focus_lost: 30, paste: 1 } }));
    expect(found.map((f) => [f.detector, f.strength])).toEqual([
      ['client_focus_lost', 1],
      ['client_paste', 1 / 3],
    ]);
    expect(scoreOf(found, DEFAULT_WEIGHTS).score).toBeLessThan(10);
    expect(clientSignals(attempt([9000]))).toEqual([]);
  });
});

describe('participant-level detectors', () => {
  const s = (participantId: string, kind: ParticipantSignal['kind'], ipHash: string, deviceHash: string | null, at = T0): ParticipantSignal => ({ participantId, kind, ipHash, deviceHash, at });

  it('shared device: three accounts on one device are flagged fully, two in part, one not at all', () => {
    const n = deviceNeighbours([s('p1', 'register', 'i', 'd'), s('p2', 'register', 'i', 'd'), s('p3', 'join', 'j', 'd'), s('p4', 'register', 'i', 'e'), s('p5', 'register', 'k', 'f'), s('p6', 'start', 'k', 'f'), s('p7', 'register', 'z', null)]);
    expect(sharedDevice('p1', n)).toMatchObject({ strength: 1, detail: 'Thiết bị này cũng được dùng cho 2 tài khoản dự thi khác' });
    expect(sharedDevice('p5', n)?.strength).toBe(0.4);
    expect(sharedDevice('p4', n)).toBeNull();
    expect(sharedDevice('p7', n)).toBeNull();
  });

  it('shared IP: a crowd within ten minutes counts, the same crowd over hours does not', () => {
    const burst = Array.from({ length: 8 }, (_, i) => s(`p${i}`, 'register', 'ip', null, T0 + i * 30_000));
    expect(sharedIp('p3', ipNeighbours(burst))?.detail).toBe('7 tài khoản khác đăng ký từ cùng địa chỉ IP trong vòng 10 phút');
    const spread = Array.from({ length: 8 }, (_, i) => s(`p${i}`, 'register', 'ip', null, T0 + i * 3_600_000));
    expect(sharedIp('p3', ipNeighbours(spread))).toBeNull();
  });

  it('shared identity: the same CCCD hash on two participants', () => {
    const cccdOf = new Map([['p1', 'h1'], ['p2', 'h1'], ['p3', 'h3']]);
    const byCccd = new Map([['h1', ['p1', 'p2']], ['h3', ['p3']]]);
    expect(sharedIdentity('p2', byCccd, cccdOf)).toMatchObject({ strength: 1, detail: 'Số CCCD trùng với 1 người dự thi khác' });
    expect(sharedIdentity('p3', byCccd, cccdOf)).toBeNull();
    expect(sharedIdentity('p9', byCccd, cccdOf)).toBeNull();
  });

  it('collusion: a ring answering together is found; people answering the same at other moments are not', () => {
    const leader = Array.from({ length: 12 }, (_, i) => ({ questionVersionId: i, optionIds: [`k${i % 3}`], firstSavedAt: T0 + i * 20_000 }));
    const follower = leader.map((a, i) => ({ ...a, firstSavedAt: a.firstSavedAt + 1000 + (i % 3) * 700 }));
    // Same answers, but minutes apart: an honest participant who knows the law as well.
    const honest = leader.map((a, i) => ({ ...a, firstSavedAt: a.firstSavedAt + 90_000 + i * 3000 }));
    const pairs = collusionPairs([
      { participantId: 'lead', answers: leader },
      { participantId: 'follow', answers: follower },
      { participantId: 'honest', answers: honest },
    ]);
    expect(pairs).toEqual([{ a: 'follow', b: 'lead', matches: 12, common: 12 }]);
    expect(collusion('lead', pairs, 'Đợt 1')?.detail).toBe('Đợt 1: trùng đáp án và thời điểm (lệch dưới 4 giây) ở 12/12 câu chung với 1 người dự thi khác');
    expect(collusion('honest', pairs, 'Đợt 1')).toBeNull();
  });

  it('collusion: a few simultaneous matches among many shared questions are chance', () => {
    const a = Array.from({ length: 20 }, (_, i) => ({ questionVersionId: i, optionIds: ['x'], firstSavedAt: T0 + i * 20_000 }));
    const b = a.map((x, i) => ({ ...x, firstSavedAt: x.firstSavedAt + (i < 5 ? 1000 : 60_000) }));
    expect(collusionPairs([{ participantId: 'a', answers: a }, { participantId: 'b', answers: b }])).toEqual([]);
  });
});

describe('score', () => {
  it('adds weight × strength per finding, capped at 100, and a zero weight turns a detector off', () => {
    const f = [
      { detector: 'reading_speed' as const, strength: 1, detail: 'x', attemptId: 'a' },
      { detector: 'uniform_intervals' as const, strength: 0.5, detail: 'y', attemptId: 'a' },
    ];
    expect(scoreOf(f, DEFAULT_WEIGHTS)).toMatchObject({ score: 90, evidence: [{ detector: 'reading_speed', points: 60 }, { detector: 'uniform_intervals', points: 30 }] });
    expect(scoreOf([...f, { detector: 'collusion', strength: 1, detail: 'z', attemptId: null }], DEFAULT_WEIGHTS).score).toBe(100);
    expect(scoreOf(f, { ...DEFAULT_WEIGHTS, reading_speed: 0 })).toMatchObject({ score: 30, evidence: [{ detector: 'uniform_intervals' }] });
  });

  it('lets weak evidence add at most 20 points however much of it there is', () => {
    const weak = [
      { detector: 'client_focus_lost' as const, strength: 1, detail: 'a', attemptId: 'a' },
      { detector: 'client_devtools' as const, strength: 1, detail: 'b', attemptId: 'a' },
      { detector: 'shared_ip' as const, strength: 1, detail: 'c', attemptId: null },
    ];
    expect(scoreOf(weak, DEFAULT_WEIGHTS).score).toBe(20);
    expect(scoreOf([...weak, { detector: 'shared_device', strength: 0.4, detail: 'd', attemptId: null }], DEFAULT_WEIGHTS).score).toBe(42);
  });
});
