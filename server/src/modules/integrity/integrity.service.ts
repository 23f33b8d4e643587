import {
  IntegrityDetectorSchema,
  maskPhone,
  type IntegrityDecisionBody,
  type IntegrityDetector,
  type IntegrityQueue,
  type IntegrityQueueFilter,
  type IntegritySettings,
  type IntegritySettingsBody,
} from '@thiphapluat/shared';
import type { IntegrityEvidenceRow } from '@thiphapluat/db';
import type { AppContext } from '../../context.js';
import { Conflict, NotFound } from '../../errors.js';
import type { OrgGrant } from '../../plugins/studio-auth.js';
import { recordAudit } from '../audit/audit.repository.js';
import { findOrgContest } from '../contest-builder/builder.repository.js';
import { disqualifyParticipant, reinstateParticipant } from '../monitor/standing.service.js';
import {
  attemptFindings,
  collusion,
  collusionPairs,
  DEFAULT_THRESHOLD,
  DEFAULT_WEIGHTS,
  deviceNeighbours,
  ipNeighbours,
  scoreOf,
  sharedDevice,
  sharedIdentity,
  sharedIp,
  type AttemptFacts,
  type Finding,
  type RoundAnswers,
} from './detectors.js';
import * as repo from './integrity.repository.js';

const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());

/** The contest's weights over the defaults (a detector added later starts at its default). */
export function effectiveSettings(ctx: AppContext, contestId: number): { weights: Record<IntegrityDetector, number>; threshold: number; updatedAt: number | null } {
  const row = repo.findSettings(ctx.db, contestId);
  const weights = { ...DEFAULT_WEIGHTS };
  for (const [k, v] of Object.entries(row?.weights ?? {})) {
    const d = IntegrityDetectorSchema.safeParse(k);
    if (d.success && Number.isInteger(v)) weights[d.data] = v;
  }
  return { weights, threshold: row?.threshold ?? DEFAULT_THRESHOLD, updatedAt: row?.updatedAt ?? null };
}

function toSettings(s: ReturnType<typeof effectiveSettings>): IntegritySettings {
  return { weights: s.weights, threshold: s.threshold, defaults: { weights: DEFAULT_WEIGHTS, threshold: DEFAULT_THRESHOLD }, updatedAt: iso(s.updatedAt) };
}

function factsOf(
  a: { id: string; startedAt: number },
  answers: Map<string, AttemptFacts['answers']>,
  events: Map<string, Record<string, number>>,
  signals: { attemptId: string | null; ipHash: string; deviceHash: string | null; uaHash: string }[],
): AttemptFacts {
  return { attemptId: a.id, startedAt: a.startedAt, answers: answers.get(a.id) ?? [], eventCounts: events.get(a.id) ?? {}, signals: signals.filter((s) => s.attemptId === a.id) };
}

/** A participant's score: their worst attempt plus the participant-level evidence (capped at 100). */
function participantScore(attemptScores: { score: number; evidence: IntegrityEvidenceRow[] }[], own: IntegrityEvidenceRow[]) {
  const worst = attemptScores.reduce<{ score: number; evidence: IntegrityEvidenceRow[] } | null>((w, s) => (w === null || s.score > w.score ? s : w), null);
  const ownPoints = own.reduce((n, e) => n + e.points, 0);
  const evidence = [...own, ...(worst?.evidence ?? [])].sort((a, b) => b.points - a.points);
  return { score: Math.min(100, ownPoints + (worst?.score ?? 0)), evidence };
}

/**
 * Scores one attempt as it is finalized (the attempt-level detectors need nothing else), and updates
 * the participant's score, keeping the participant-level evidence of the last full computation.
 */
export function scoreFinalizedAttempt(ctx: AppContext, attemptId: string): void {
  const [a] = repo.finalAttempts(ctx.db, { attemptId });
  if (!a) return;
  const { weights } = effectiveSettings(ctx, a.contestId);
  const facts = factsOf(a, repo.answerFacts(ctx.db, [a.id]), repo.eventCounts(ctx.db, { attemptId }), repo.signalsOf(ctx.db, { attemptId }));
  const now = ctx.clock.now();
  ctx.db.transaction((tx) => {
    const scored = scoreOf(attemptFindings(facts), weights);
    repo.upsertAttemptScore(tx, { attemptId: a.id, participantId: a.participantId, roundId: a.roundId, ...scored, computedAt: now });
    const previous = repo.findReview(tx, a.contestId, a.participantId);
    // Participant-level evidence has no attempt; it stays as the last full computation found it.
    const kept = (previous?.evidence ?? []).filter((e) => e.attemptId === null);
    const score = participantScore(repo.attemptScoresOf(tx, a.participantId), kept);
    repo.upsertReviewScore(tx, { contestId: a.contestId, participantId: a.participantId, ...score, computedAt: now });
  });
}

/**
 * Recomputes every score of a contest: each final attempt, then the participant-level detectors that
 * compare participants (shared device, IP crowd, CCCD, collusion per round). Decisions are kept.
 */
export function recomputeContest(ctx: AppContext, contestId: number): { participants: number; attempts: number } {
  const { weights } = effectiveSettings(ctx, contestId);
  const finals = repo.finalAttempts(ctx.db, { contestId });
  const answers = repo.answerFacts(ctx.db, finals.map((a) => a.id));
  const events = repo.eventCounts(ctx.db, { contestId });
  const signals = repo.signalsOf(ctx.db, { contestId });
  const signalsByAttempt = new Map<string, typeof signals>();
  for (const s of signals) {
    if (!s.attemptId) continue;
    const list = signalsByAttempt.get(s.attemptId);
    if (list) list.push(s);
    else signalsByAttempt.set(s.attemptId, [s]);
  }
  const people = repo.contestParticipants(ctx.db, contestId);
  const roundName = repo.roundNames(ctx.db, contestId);

  // Participant-level inputs, computed once for the whole contest.
  const devices = deviceNeighbours(signals);
  const ips = ipNeighbours(signals);
  const cccdOf = new Map(people.filter((p) => p.cccdHash).map((p) => [p.id, p.cccdHash as string]));
  const byCccd = new Map<string, string[]>();
  for (const [p, h] of cccdOf) byCccd.set(h, [...(byCccd.get(h) ?? []), p]);
  const byRound = new Map<number, RoundAnswers[]>();
  for (const a of finals) {
    const list = byRound.get(a.roundId) ?? [];
    list.push({ participantId: a.participantId, answers: answers.get(a.id) ?? [] });
    byRound.set(a.roundId, list);
  }
  const collusionOf = new Map<string, Finding>();
  for (const [roundId, list] of byRound) {
    const pairs = collusionPairs(list);
    const involved = new Set(pairs.flatMap((p) => [p.a, p.b]));
    for (const p of involved) {
      const f = collusion(p, pairs, roundName.get(roundId) ?? `Đợt ${roundId}`);
      // A participant is in one round's ring or another's; the first found is evidence enough.
      if (f && !collusionOf.has(p)) collusionOf.set(p, f);
    }
  }

  const now = ctx.clock.now();
  const attemptsOf = new Map<string, { score: number; evidence: IntegrityEvidenceRow[] }[]>();
  ctx.db.transaction((tx) => {
    for (const a of finals) {
      const scored = scoreOf(attemptFindings(factsOf(a, answers, events, signalsByAttempt.get(a.id) ?? [])), weights);
      repo.upsertAttemptScore(tx, { attemptId: a.id, participantId: a.participantId, roundId: a.roundId, ...scored, computedAt: now });
      attemptsOf.set(a.participantId, [...(attemptsOf.get(a.participantId) ?? []), scored]);
    }
    for (const p of people) {
      const own = [sharedDevice(p.id, devices), sharedIp(p.id, ips), sharedIdentity(p.id, byCccd, cccdOf), collusionOf.get(p.id) ?? null].filter((f): f is Finding => f !== null);
      const scores = attemptsOf.get(p.id) ?? [];
      // Someone who never finished an attempt and raised nothing has no row to review.
      if (scores.length === 0 && own.length === 0) continue;
      repo.upsertReviewScore(tx, { contestId, participantId: p.id, ...participantScore(scores, scoreOf(own, weights).evidence), computedAt: now });
    }
  });
  return { participants: people.length, attempts: finals.length };
}

function requireContest(ctx: AppContext, organizationId: number, contestId: number) {
  const contest = findOrgContest(ctx.db, organizationId, contestId);
  if (!contest) throw NotFound('Không tìm thấy cuộc thi.');
  return contest;
}

export function reviewQueue(ctx: AppContext, organizationId: number, contestId: number, filter: IntegrityQueueFilter): IntegrityQueue {
  const contest = requireContest(ctx, organizationId, contestId);
  const settings = effectiveSettings(ctx, contestId);
  const rows = repo.reviewRows(ctx.db, contestId, filter, settings.threshold);
  const summary = repo.attemptSummary(ctx.db, rows.map((r) => r.participantId));
  return {
    contest: { id: contest.id, title: contest.title, status: contest.status },
    settings: toSettings(settings),
    computedAt: iso(repo.lastComputedAt(ctx.db, contestId)),
    counts: repo.reviewCounts(ctx.db, contestId, settings.threshold),
    items: rows.map((r) => ({
      participantId: r.participantId,
      fullName: r.fullName,
      phone: maskPhone(r.phone),
      unit: r.unit,
      score: r.score ?? 0,
      evidence: (r.evidence ?? []).flatMap((e) => {
        const d = IntegrityDetectorSchema.safeParse(e.detector);
        return d.success ? [{ ...e, detector: d.data }] : [];
      }),
      attempts: summary.get(r.participantId)?.attempts ?? 0,
      bestScore: summary.get(r.participantId)?.bestScore ?? null,
      decision: r.disqualifiedAt !== null ? 'disqualified' : r.decision === 'cleared' ? 'cleared' : null,
      decisionReason: r.disqualifiedAt !== null ? r.disqualifiedReason : r.decisionReason,
      decidedBy: r.decidedBy,
      decidedAt: iso(r.disqualifiedAt ?? r.decidedAt),
    })),
  };
}

export function recomputeForOrg(ctx: AppContext, organizationId: number, contestId: number, filter: IntegrityQueueFilter): IntegrityQueue {
  requireContest(ctx, organizationId, contestId);
  recomputeContest(ctx, contestId);
  return reviewQueue(ctx, organizationId, contestId, filter);
}

/** New weights and threshold for a contest: audited, then every score is recomputed with them. */
export function updateSettings(ctx: AppContext, grant: OrgGrant, contestId: number, body: IntegritySettingsBody): IntegrityQueue {
  const contest = requireContest(ctx, grant.organizationId, contestId);
  if (contest.status === 'draft') throw Conflict('INVALID_TRANSITION', 'Cuộc thi chưa công bố; chưa có bài thi để kiểm tra.');
  const before = effectiveSettings(ctx, contestId);
  const weights = { ...before.weights, ...body.weights };
  const now = ctx.clock.now();
  ctx.db.transaction((tx) => {
    repo.upsertSettings(tx, { contestId, weights, threshold: body.threshold, updatedBy: grant.user.id, updatedAt: now });
    recordAudit(tx, {
      organizationId: grant.organizationId,
      actorId: grant.user.id,
      action: 'integrity.settings_updated',
      entity: 'contest',
      entityId: contestId,
      before: { weights: before.weights, threshold: before.threshold },
      after: { weights, threshold: body.threshold },
      at: now,
    });
  });
  recomputeContest(ctx, contestId);
  return reviewQueue(ctx, grant.organizationId, contestId, 'pending');
}

/**
 * The organizer's decision. Disqualifying goes through the monitor's path (leaderboards, prizes and the
 * collective count drop the participant, audited there); clearing a disqualified participant reinstates
 * them the same way. The review itself is audited with the score and the evidence it was decided on.
 */
export async function decide(
  ctx: AppContext,
  grant: OrgGrant,
  contestId: number,
  participantId: string,
  body: IntegrityDecisionBody,
): Promise<{ queue: IntegrityQueue; changedRounds: number[] }> {
  requireContest(ctx, grant.organizationId, contestId);
  const p = repo.findContestParticipant(ctx.db, contestId, participantId);
  if (!p) throw NotFound('Không tìm thấy người dự thi.');
  let changedRounds: number[] = [];
  if (body.decision === 'disqualify') changedRounds = (await disqualifyParticipant(ctx, grant, participantId, body.reason)).rounds;
  else if (p.disqualifiedAt !== null) changedRounds = (await reinstateParticipant(ctx, grant, participantId)).rounds;
  const review = repo.findReview(ctx.db, contestId, participantId);
  const now = ctx.clock.now();
  const decision = body.decision === 'disqualify' ? 'disqualified' : 'cleared';
  ctx.db.transaction((tx) => {
    repo.setDecision(tx, contestId, participantId, { decision, reason: body.reason, by: grant.user.id, at: now });
    recordAudit(tx, {
      organizationId: grant.organizationId,
      actorId: grant.user.id,
      action: `integrity.${decision}`,
      entity: 'participant',
      entityId: participantId,
      before: { decision: review?.decision ?? null, reason: review?.decisionReason ?? null },
      after: { decision, reason: body.reason, score: review?.score ?? 0, detectors: [...new Set((review?.evidence ?? []).map((e) => e.detector))] },
      at: now,
    });
  });
  return { queue: reviewQueue(ctx, grant.organizationId, contestId, 'pending'), changedRounds };
}
