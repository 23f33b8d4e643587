import { randomUUID } from 'node:crypto';
import type { AttemptResult, AttemptView, ReviewItem } from '@thiphapluat/shared';
import type { DbOrTx } from '@thiphapluat/db';
import type { AppContext } from '../../context.js';
import { AppError, Conflict, Forbidden, NotFound } from '../../errors.js';
import { blueprintOf, findContestById, findRound, type ContestRow, type RoundRow } from '../contests/contests.repository.js';
import { roundState } from '../contests/contests.service.js';
import { findParticipant, type ParticipantRow } from '../participants/participants.repository.js';
import * as repo from './attempts.repository.js';
import type { AttemptRow } from './attempts.repository.js';
import { BlueprintUnsatisfiableError, drawQuestions } from './draw.js';
import { isCorrect } from './scoring.js';
import { finalizeIfOverdue } from './finalize.service.js';

const iso = (t: number) => new Date(t).toISOString();

/** A drawn question's options in this attempt's order. */
function optionsInOrder(q: { options: { id: string; text: string }[]; optionOrder: string[] }) {
  const byId = new Map(q.options.map((o) => [o.id, o.text]));
  return q.optionOrder.map((id) => ({ id, text: byId.get(id) ?? '' }));
}

/**
 * Starts an attempt, or returns the one already in progress for this round (created=false).
 * Invariants: the round is open; the attempt limit holds; questions come from published versions, drawn
 * by the blueprint; deadline = startedAt + time limit, but never after the round closes.
 */
export function startAttempt(ctx: AppContext, participant: ParticipantRow, roundId: number): { view: AttemptView; created: boolean } {
  const round = findRound(ctx.db, roundId);
  if (!round || round.contestId !== participant.contestId) throw NotFound('Không tìm thấy đợt thi.');
  const contest = findContestById(ctx.db, round.contestId) as ContestRow;
  const now = ctx.clock.now();

  const current = repo.findInProgress(ctx.db, participant.id);
  if (current && !finalizeIfOverdue(ctx, current)) {
    if (current.roundId === roundId) return { view: buildView(ctx, current, contest, round), created: false };
    throw Conflict('CONFLICT', 'Bạn đang có một lượt thi chưa hoàn thành ở đợt khác.', { attemptId: current.id, roundId: current.roundId });
  }
  if (contest.status !== 'published' || roundState(round, now) !== 'open') {
    throw Conflict('ROUND_NOT_OPEN', roundState(round, now) === 'upcoming' ? 'Đợt thi chưa mở.' : 'Đợt thi đã kết thúc.');
  }
  if (participant.disqualifiedAt !== null) throw Forbidden('Bạn đã bị Ban Tổ chức loại khỏi cuộc thi.');
  const used = repo.countAttempts(ctx.db, participant.id, roundId);
  if (round.maxAttempts !== null && used >= round.maxAttempts) {
    throw Conflict('ATTEMPT_LIMIT_REACHED', undefined, { maxAttempts: round.maxAttempts, used });
  }

  let drawn;
  try {
    drawn = drawFor(ctx, contest, roundId, participant.id);
  } catch (err) {
    if (err instanceof BlueprintUnsatisfiableError) {
      ctx.log.error({ roundId, err: err.message }, 'draw blueprint cannot be satisfied');
      throw new AppError('BLUEPRINT_UNSATISFIABLE', 409);
    }
    throw err;
  }
  const row: AttemptRow = {
    id: randomUUID(),
    participantId: participant.id,
    roundId,
    contestId: contest.id,
    seq: used + 1,
    status: 'in_progress',
    startedAt: now,
    deadlineAt: Math.min(now + round.timeLimitSec * 1000, round.closesAt),
    submittedAt: null,
    durationMs: null,
    correctCount: null,
    score: null,
    maxScore: drawn.length * contest.pointsPerQuestion,
    prediction: null,
  };
  try {
    ctx.db.transaction((tx) => repo.insertAttempt(tx, row, drawn));
  } catch (err) {
    // Two starts raced: the partial unique index let one through; hand back that one.
    if ((err as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') {
      const winner = repo.findInProgress(ctx.db, participant.id);
      if (winner?.roundId === roundId) return { view: buildView(ctx, winner, contest, round), created: false };
    }
    throw err;
  }
  return { view: buildView(ctx, row, contest, round), created: true };
}

/**
 * Draws by the round's blueprint, preferring questions this participant has not been given in the round
 * before: when a contest shows answers after submit, a second attempt must not be the first one's key.
 */
function drawFor(ctx: AppContext, contest: ContestRow, roundId: number, participantId: string) {
  const lines = blueprintOf(ctx.db, roundId).map((l) => ({ legalFieldId: l.legalFieldId, difficulty: l.difficulty, count: l.count }));
  // A round without lines would start an attempt of zero questions: refuse it like any shortfall.
  if (lines.reduce((n, l) => n + l.count, 0) === 0) throw new BlueprintUnsatisfiableError({ legalFieldId: null, difficulty: null, count: 1 }, 0);
  return drawQuestions(lines, ctx.pool(contest.organizationId), ctx.rng, repo.seenQuestionIds(ctx.db, participantId, roundId));
}

/** Loads an attempt the participant owns; someone else's attempt is 404, so ids can't be probed. */
export function requireOwnAttempt(ctx: AppContext, participant: ParticipantRow, attemptId: string): AttemptRow {
  const a = repo.findAttempt(ctx.db, attemptId);
  if (!a || a.participantId !== participant.id) throw NotFound('Không tìm thấy lượt thi.');
  return a;
}

/** The attempt as the client should draw it; an overdue attempt is finalized first. */
export async function getAttemptView(ctx: AppContext, participant: ParticipantRow, attemptId: string): Promise<AttemptView> {
  let a = requireOwnAttempt(ctx, participant, attemptId);
  if (finalizeIfOverdue(ctx, a)) a = repo.findAttempt(ctx.db, attemptId) as AttemptRow;
  return viewWithRank(ctx, a);
}

/** buildView plus the participant's current rank in the round when the attempt is final. */
export async function viewWithRank(ctx: AppContext, a: AttemptRow): Promise<AttemptView> {
  const rank = a.status === 'in_progress' ? null : await ctx.leaderboards.roundRank(a.roundId, a.participantId);
  return buildView(ctx, a, undefined, undefined, rank);
}

export function buildView(ctx: AppContext, a: AttemptRow, contest?: ContestRow, round?: RoundRow, rank: number | null = null): AttemptView {
  contest ??= findContestById(ctx.db, a.contestId) as ContestRow;
  round ??= findRound(ctx.db, a.roundId) as RoundRow;
  const qs = repo.attemptQuestionsOf(ctx.db, a.id);
  return {
    id: a.id,
    roundId: a.roundId,
    contestId: a.contestId,
    seq: a.seq,
    status: a.status,
    startedAt: iso(a.startedAt),
    deadlineAt: iso(a.deadlineAt),
    serverNow: iso(ctx.clock.now()),
    predictionEnabled: contest.predictionEnabled,
    predictionPrompt: contest.predictionPrompt,
    // Options go out in this attempt's order, text only: never the key before the attempt is final.
    questions: qs.map((q) => ({ position: q.position, text: q.text, multiple: q.correctOptionIds.length > 1, options: optionsInOrder(q) })),
    answers: repo.answersOf(ctx.db, a.id).map((x) => ({ position: x.position, optionIds: x.optionIds, savedAt: iso(x.savedAt), clientSeq: x.clientSeq })),
    result: a.status === 'in_progress' ? null : buildResult(ctx, a, contest, round, rank, qs),
  };
}

/** Score, rank and, when the contest shows them at this moment, the answers with explanations. */
export function buildResult(
  ctx: AppContext,
  a: AttemptRow,
  contest: ContestRow,
  round: RoundRow,
  rank: number | null,
  qs: ReturnType<typeof repo.attemptQuestionsOf> = repo.attemptQuestionsOf(ctx.db, a.id),
): AttemptResult {
  // "After the round" means after its last attempt is final (finalizedAt), not at closesAt: attempts
  // started just before the close still take answers during their grace.
  // A round may override the contest's setting.
  const showAnswers = round.showAnswers ?? contest.showAnswers;
  const showReview = showAnswers === 'after_submit' || (showAnswers === 'after_round' && round.finalizedAt !== null);
  const used = repo.countAttempts(ctx.db, a.participantId, a.roundId);
  const best = repo.findRoundResult(ctx.db, a.roundId, a.participantId);
  let review: ReviewItem[] | null = null;
  if (showReview) {
    const chosen = new Map(repo.answersOf(ctx.db, a.id).map((x) => [x.position, x.optionIds]));
    review = qs.map((q) => {
      const selected = chosen.get(q.position) ?? [];
      return {
        position: q.position,
        text: q.text,
        options: optionsInOrder(q),
        selectedOptionIds: selected,
        correctOptionIds: q.correctOptionIds,
        correct: isCorrect(selected, q.correctOptionIds),
        explanation: q.explanation,
        citation: { document: q.citationDocument, article: q.citationArticle },
      };
    });
  }
  return {
    attemptId: a.id,
    roundId: a.roundId,
    status: a.status === 'expired' ? 'expired' : 'submitted',
    score: a.score ?? 0,
    maxScore: a.maxScore,
    correctCount: a.correctCount ?? 0,
    questionCount: qs.length,
    durationMs: a.durationMs ?? 0,
    submittedAt: iso(a.submittedAt ?? a.deadlineAt),
    prediction: a.prediction,
    roundRank: rank,
    isBest: best?.attemptId === a.id,
    attemptsUsed: used,
    attemptsLeft: round.maxAttempts === null ? null : Math.max(0, round.maxAttempts - used),
    review,
    ...disqualificationOf(ctx, a.participantId),
  };
}

/** The organizers' disqualification, told to the participant on every result with its reason. */
function disqualificationOf(ctx: AppContext, participantId: string): Pick<AttemptResult, 'disqualified'> {
  const p = findParticipant(ctx.db, participantId);
  return p?.disqualifiedAt ? { disqualified: { reason: p.disqualifiedReason ?? '', at: iso(p.disqualifiedAt) } } : {};
}

/** The participant's attempts across rounds, newest last; finalized ones carry their result. */
export async function listMyAttempts(ctx: AppContext, participant: ParticipantRow): Promise<{ attempts: AttemptView[] }> {
  const rows = repo.listByParticipant(ctx.db, participant.id);
  const out: AttemptView[] = [];
  for (let a of rows) {
    if (finalizeIfOverdue(ctx, a)) a = repo.findAttempt(ctx.db, a.id) as AttemptRow;
    const view = await viewWithRank(ctx, a);
    // The list is a summary: questions and answers stay on the attempt's own page.
    out.push({ ...view, questions: [], answers: [], result: view.result && { ...view.result, review: null } });
  }
  return { attempts: out };
}

export function loadAttemptContext(db: DbOrTx, a: AttemptRow) {
  return { contest: findContestById(db, a.contestId) as ContestRow, round: findRound(db, a.roundId) as RoundRow };
}
