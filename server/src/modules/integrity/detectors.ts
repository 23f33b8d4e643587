/**
 * The anti-cheat detectors. Each is a pure function over facts the server observed (never over what a
 * client claims about timing) and returns a finding with a strength in (0, 1] and a Vietnamese detail
 * for the organizer, or null. The score adds weight × strength per finding; weights are per contest.
 */
import type { IntegrityDetector } from '@thiphapluat/shared';

export interface Finding {
  detector: IntegrityDetector;
  /** 0 < strength ≤ 1: how sure the detector is; the contest's weight turns it into points. */
  strength: number;
  detail: string;
  attemptId: string | null;
}

/** One stored answer: when it was first saved (server time) and what the question asked of a reader. */
export interface AnswerFact {
  position: number;
  questionVersionId: number;
  /** Characters of the question and its options. */
  readChars: number;
  optionIds: string[];
  firstSavedAt: number;
}

export interface AttemptFacts {
  attemptId: string;
  /** When the questions were delivered: the protocol sends the whole attempt when it starts. */
  startedAt: number;
  answers: AnswerFact[];
  /** integrity_events kinds of this attempt, with how often each occurred. */
  eventCounts: Partial<Record<string, number>>;
  /** Network and device observations of this attempt (start and every live join). */
  signals: { ipHash: string; deviceHash: string | null; uaHash: string }[];
}

export const DEFAULT_WEIGHTS: Record<IntegrityDetector, number> = {
  reading_speed: 60,
  uniform_intervals: 60,
  undelivered_answers: 50,
  rejected_writes: 60,
  session_takeover: 25,
  shared_device: 55,
  shared_ip: 20,
  shared_identity: 60,
  collusion: 70,
  client_focus_lost: 5,
  client_page_hidden: 5,
  client_paste: 10,
  client_devtools: 15,
};
export const DEFAULT_THRESHOLD = 50;

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));
const seconds = (ms: number) => {
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s} giây` : `${Math.floor(s / 60)} phút ${s % 60} giây`;
};
const byFirstSave = (answers: AnswerFact[]) => [...answers].sort((a, b) => a.firstSavedAt - b.firstSavedAt);

/**
 * Reading speed. A Vietnamese adult reads 15–25 characters a second; a skimmer who knows the law perhaps
 * twice that. Faster than READ_CHARS_PER_SEC (or under the floor, for a one-line question) means the
 * question and its options were not read. Time per answer is the gap since the previous first answer (or
 * since delivery). One fast answer is a lucky guess; a fifth of them starts to count, half is certain.
 */
export const READ_CHARS_PER_SEC = 45;
export const READ_FLOOR_MS = 1500;
export function minReadMs(readChars: number): number {
  return Math.max(READ_FLOOR_MS, (readChars / READ_CHARS_PER_SEC) * 1000);
}
export function readingSpeed(f: AttemptFacts): Finding | null {
  let prev = f.startedAt;
  let fast = 0;
  let fastMs = 0;
  let neededMs = 0;
  const answers = byFirstSave(f.answers);
  for (const a of answers) {
    const gap = a.firstSavedAt - prev;
    prev = a.firstSavedAt;
    const need = minReadMs(a.readChars);
    if (gap < need) {
      fast++;
      fastMs += Math.max(0, gap);
      neededMs += need;
    }
  }
  if (fast < 3 || answers.length === 0) return null;
  const strength = clamp01((fast / answers.length - 0.2) / 0.3);
  if (strength === 0) return null;
  return {
    detector: 'reading_speed',
    strength,
    detail: `Trả lời ${fast} câu trong ${seconds(fastMs)}, trong khi chỉ đọc đề và phương án đã cần ít nhất ${seconds(neededMs)}`,
    attemptId: f.attemptId,
  };
}

/**
 * Near-uniform intervals. People slow down on long questions and hesitate on hard ones, so the gaps
 * between answers vary (coefficient of variation typically 0.4–1); a script's barely do. Checked on the
 * raw gaps and on gaps relative to reading time (a script that scales by length), over at least 8 gaps.
 */
export const MIN_INTERVALS = 8;
export function coefficientOfVariation(xs: number[]): number {
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  if (mean <= 0) return 0;
  const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length;
  return Math.sqrt(variance) / mean;
}
export function uniformIntervals(f: AttemptFacts): Finding | null {
  const answers = byFirstSave(f.answers);
  const gaps: number[] = [];
  const relative: number[] = [];
  for (let i = 1; i < answers.length; i++) {
    const gap = answers[i]!.firstSavedAt - answers[i - 1]!.firstSavedAt;
    gaps.push(gap);
    relative.push(gap / minReadMs(answers[i]!.readChars));
  }
  if (gaps.length < MIN_INTERVALS) return null;
  const cv = Math.min(coefficientOfVariation(gaps), coefficientOfVariation(relative));
  const strength = clamp01((0.2 - cv) / 0.12);
  if (strength === 0) return null;
  const mean = gaps.reduce((s, x) => s + x, 0) / gaps.length;
  return {
    detector: 'uniform_intervals',
    strength,
    detail: `${gaps.length + 1} câu trả lời cách nhau đều đặn khoảng ${(mean / 1000).toFixed(1)} giây (hệ số biến thiên ${cv.toFixed(2)}; người thật thường trên 0,4)`,
    attemptId: f.attemptId,
  };
}

/** Writes for positions the attempt does not have: the client was never sent such a question. */
export function undeliveredAnswers(f: AttemptFacts): Finding | null {
  const n = f.eventCounts.undelivered_question ?? 0;
  if (n === 0) return null;
  return { detector: 'undelivered_answers', strength: clamp01(n / 2), detail: `${n} lần gửi đáp án cho câu không có trong đề đã giao`, attemptId: f.attemptId };
}

/**
 * Writes the server refused: after the deadline, after the attempt was final, older than the stored one
 * (replayed), or the same sequence number with a different choice (tampered). Our page sends in order
 * and drops a choice the server called stale, so a replayed or tampered frame needs a second tab at
 * least (two make it certain); a late write is what a slow connection at the deadline does (four).
 */
export function rejectedWrites(f: AttemptFacts): Finding | null {
  const late = (f.eventCounts.late_write_rejected ?? 0) + (f.eventCounts.write_after_final_rejected ?? 0);
  const stale = f.eventCounts.stale_write_rejected ?? 0;
  const n = late + stale;
  if (n === 0) return null;
  const parts = [late ? `${late} lần ghi sau hạn hoặc sau khi nộp` : '', stale ? `${stale} lần ghi lại gói tin cũ hoặc bị sửa` : ''].filter(Boolean);
  return { detector: 'rejected_writes', strength: clamp01(stale / 2 + late / 4), detail: `Máy chủ từ chối ${parts.join(', ')}`, attemptId: f.attemptId };
}

/**
 * Session takeover: the attempt was driven from another device (a helper on another phone), another
 * browser, or only another network. Moving from phone to computer is allowed and switching networks is
 * common on a phone, so on its own this never reaches the threshold: it corroborates.
 */
export function sessionTakeover(f: AttemptFacts): Finding | null {
  const devices = new Set(f.signals.map((s) => s.deviceHash).filter((d): d is string => d !== null));
  const agents = new Set(f.signals.map((s) => s.uaHash));
  const ips = new Set(f.signals.map((s) => s.ipHash));
  const takeovers = f.eventCounts.session_takeover ?? 0;
  const also = takeovers > 0 ? ` (${takeovers} lần phiên bị thay thế)` : '';
  if (devices.size > 1) return { detector: 'session_takeover', strength: 1, detail: `Lượt thi được làm trên ${devices.size} thiết bị khác nhau${also}`, attemptId: f.attemptId };
  if (agents.size > 1) return { detector: 'session_takeover', strength: 0.6, detail: `Lượt thi được làm trên ${agents.size} trình duyệt khác nhau${also}`, attemptId: f.attemptId };
  if (ips.size > 2) return { detector: 'session_takeover', strength: 0.2, detail: `Đổi địa chỉ mạng ${ips.size - 1} lần trong lượt thi${also}`, attemptId: f.attemptId };
  return null;
}

/** Client reports: weak evidence (a notification steals focus), a little per event, capped. */
const CLIENT_SIGNALS: [IntegrityDetector, string, string, number][] = [
  ['client_focus_lost', 'focus_lost', 'Rời khỏi trang thi', 6],
  ['client_page_hidden', 'page_hidden', 'Ẩn trang thi', 6],
  ['client_paste', 'paste', 'Dán nội dung', 3],
  ['client_devtools', 'devtools_open', 'Mở công cụ nhà phát triển', 1],
];
export function clientSignals(f: AttemptFacts): Finding[] {
  const out: Finding[] = [];
  for (const [detector, kind, label, full] of CLIENT_SIGNALS) {
    const n = f.eventCounts[kind] ?? 0;
    if (n > 0) out.push({ detector, strength: clamp01(n / full), detail: `${label} ${n} lần`, attemptId: f.attemptId });
  }
  return out;
}

export const ATTEMPT_DETECTORS = [readingSpeed, uniformIntervals, undeliveredAnswers, rejectedWrites, sessionTakeover];

export function attemptFindings(f: AttemptFacts): Finding[] {
  return [...ATTEMPT_DETECTORS.map((d) => d(f)).filter((x): x is Finding => x !== null), ...clientSignals(f)];
}

// ---- Participant-level detectors: they compare a participant with the rest of the contest. ----

/** One participant's observations, for the detectors that look across participants. */
export interface ParticipantSignal {
  participantId: string;
  kind: 'register' | 'start' | 'join';
  ipHash: string;
  deviceHash: string | null;
  at: number;
}

/**
 * Many accounts on one device: the device id lives in the browser's storage, so accounts sharing it
 * were used from the same browser. Two can be a family sharing a phone; three or more is a pattern.
 */
export function sharedDevice(participantId: string, others: Map<string, Set<string>>): Finding | null {
  const n = others.get(participantId)?.size ?? 0;
  if (n === 0) return null;
  return {
    detector: 'shared_device',
    strength: n >= 2 ? 1 : 0.4,
    detail: `Thiết bị này cũng được dùng cho ${n} tài khoản dự thi khác`,
    attemptId: null,
  };
}

/** Participants that share a device id with each participant (participant → the others). */
export function deviceNeighbours(signals: ParticipantSignal[]): Map<string, Set<string>> {
  const byDevice = new Map<string, Set<string>>();
  for (const s of signals) {
    if (!s.deviceHash) continue;
    let set = byDevice.get(s.deviceHash);
    if (!set) byDevice.set(s.deviceHash, (set = new Set()));
    set.add(s.participantId);
  }
  const out = new Map<string, Set<string>>();
  for (const set of byDevice.values()) {
    if (set.size < 2) continue;
    for (const p of set) {
      let mine = out.get(p);
      if (!mine) out.set(p, (mine = new Set()));
      for (const q of set) if (q !== p) mine.add(q);
    }
  }
  return out;
}

/**
 * Many registrations from one IP in a short window. Mobile carriers put thousands behind one address,
 * so this is weak and only counts from a crowd; it mostly adds to a shared device.
 */
export const IP_WINDOW_MS = 10 * 60_000;
export const IP_CROWD = 5;
export function ipNeighbours(signals: ParticipantSignal[], windowMs = IP_WINDOW_MS): Map<string, number> {
  const byIp = new Map<string, ParticipantSignal[]>();
  for (const s of signals) {
    if (s.kind !== 'register') continue;
    const list = byIp.get(s.ipHash);
    if (list) list.push(s);
    else byIp.set(s.ipHash, [s]);
  }
  const out = new Map<string, number>();
  for (const list of byIp.values()) {
    if (list.length < 2) continue;
    list.sort((a, b) => a.at - b.at);
    // Two pointers: the registrations within the window either side of each one.
    let lo = 0;
    let hi = 0;
    for (let i = 0; i < list.length; i++) {
      while (list[i]!.at - list[lo]!.at > windowMs) lo++;
      while (hi + 1 < list.length && list[hi + 1]!.at - list[i]!.at <= windowMs) hi++;
      const n = hi - lo;
      if (n > 0) out.set(list[i]!.participantId, Math.max(out.get(list[i]!.participantId) ?? 0, n));
    }
  }
  return out;
}
export function sharedIp(participantId: string, neighbours: Map<string, number>): Finding | null {
  const n = neighbours.get(participantId) ?? 0;
  if (n < IP_CROWD - 1) return null;
  return {
    detector: 'shared_ip',
    strength: clamp01(n / (3 * IP_CROWD)),
    detail: `${n} tài khoản khác đăng ký từ cùng địa chỉ IP trong vòng ${IP_WINDOW_MS / 60_000} phút`,
    attemptId: null,
  };
}

/** The same CCCD (by its keyed hash) on other participants of the contest. Phones are unique per contest by the database. */
export function sharedIdentity(participantId: string, byCccd: Map<string, string[]>, cccdOf: Map<string, string>): Finding | null {
  const h = cccdOf.get(participantId);
  const n = h ? (byCccd.get(h)?.length ?? 1) - 1 : 0;
  if (n <= 0) return null;
  return { detector: 'shared_identity', strength: 1, detail: `Số CCCD trùng với ${n} người dự thi khác`, attemptId: null };
}

/**
 * Collusion: the same choice on the same question at nearly the same moment, question after question.
 * Answers are bucketed by (question, choice, time / window), so only answers that could match are
 * compared: work grows with the size of the buckets, not with the square of the entrants. A pair counts
 * when it matches on at least COLLUSION_MIN_MATCHES questions and on most of the questions they share.
 */
export const COLLUSION_WINDOW_MS = 4000;
export const COLLUSION_MIN_MATCHES = 6;
export const COLLUSION_MIN_SHARE = 0.6;
export interface RoundAnswers {
  participantId: string;
  answers: Pick<AnswerFact, 'questionVersionId' | 'optionIds' | 'firstSavedAt'>[];
}
export interface CollusionPair {
  a: string;
  b: string;
  matches: number;
  common: number;
}
export function collusionPairs(round: RoundAnswers[], windowMs = COLLUSION_WINDOW_MS): CollusionPair[] {
  const buckets = new Map<string, { p: string; t: number }[]>();
  const keyOf = (qv: number, opts: string[], slot: number) => `${qv}|${[...opts].sort().join(',')}|${slot}`;
  for (const r of round) {
    for (const a of r.answers) {
      if (a.optionIds.length === 0) continue;
      const k = keyOf(a.questionVersionId, a.optionIds, Math.floor(a.firstSavedAt / windowMs));
      const list = buckets.get(k);
      if (list) list.push({ p: r.participantId, t: a.firstSavedAt });
      else buckets.set(k, [{ p: r.participantId, t: a.firstSavedAt }]);
    }
  }
  // Each answer against its own bucket and the one before: every pair within the window, once.
  const counts = new Map<string, number>();
  const bump = (x: string, y: string) => {
    if (x === y) return;
    const k = x < y ? `${x} ${y}` : `${y} ${x}`;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  };
  for (const [k, list] of buckets) {
    const cut = k.lastIndexOf('|');
    const before = buckets.get(`${k.slice(0, cut)}|${Number(k.slice(cut + 1)) - 1}`) ?? [];
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) if (Math.abs(list[i]!.t - list[j]!.t) <= windowMs) bump(list[i]!.p, list[j]!.p);
      for (const o of before) if (Math.abs(list[i]!.t - o.t) <= windowMs) bump(list[i]!.p, o.p);
    }
  }
  const questionsOf = new Map(round.map((r) => [r.participantId, new Set(r.answers.map((a) => a.questionVersionId))]));
  const out: CollusionPair[] = [];
  for (const [k, matches] of counts) {
    if (matches < COLLUSION_MIN_MATCHES) continue;
    const [a, b] = k.split(' ') as [string, string];
    const qa = questionsOf.get(a) ?? new Set<number>();
    let common = 0;
    for (const q of questionsOf.get(b) ?? []) if (qa.has(q)) common++;
    if (matches / Math.max(1, common) >= COLLUSION_MIN_SHARE) out.push({ a, b, matches: Math.min(matches, common), common });
  }
  return out;
}
export function collusion(participantId: string, pairs: CollusionPair[], roundName: string): Finding | null {
  const mine = pairs.filter((p) => p.a === participantId || p.b === participantId);
  if (mine.length === 0) return null;
  const best = mine.reduce((x, y) => (y.matches > x.matches ? y : x));
  return {
    detector: 'collusion',
    strength: 1,
    detail: `${roundName}: trùng đáp án và thời điểm (lệch dưới ${COLLUSION_WINDOW_MS / 1000} giây) ở ${best.matches}/${best.common} câu chung với ${mine.length} người dự thi khác`,
    attemptId: null,
  };
}

/**
 * Weak evidence: what the client says about itself, and a crowd behind one address (carrier NAT puts
 * thousands behind one). However much of it there is, together it adds at most WEAK_CAP points, so it
 * can tip a real finding over the threshold but never flags anyone on its own.
 */
export const WEAK_DETECTORS: ReadonlySet<IntegrityDetector> = new Set(['client_focus_lost', 'client_page_hidden', 'client_paste', 'client_devtools', 'shared_ip']);
export const WEAK_CAP = 20;

/** Points from findings: weight × strength each, rounded; weak evidence capped; the total capped at 100. */
export function scoreOf(findings: Finding[], weights: Record<IntegrityDetector, number>) {
  const evidence = findings
    .map((f) => ({ detector: f.detector, points: Math.round(weights[f.detector] * f.strength), detail: f.detail, attemptId: f.attemptId }))
    .filter((e) => e.points > 0)
    .sort((a, b) => b.points - a.points);
  let weak = 0;
  let strong = 0;
  for (const e of evidence) {
    if (WEAK_DETECTORS.has(e.detector)) weak += e.points;
    else strong += e.points;
  }
  return { score: Math.min(100, strong + Math.min(WEAK_CAP, weak)), evidence };
}
