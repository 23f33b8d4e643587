import type { IntegrityReportBody, SavedAnswer } from '@thiphapluat/shared';
import type { AppContext } from '../../context.js';
import { AppError, Conflict, DeadlinePassed, NotFound, Validation } from '../../errors.js';
import type { ParticipantRow } from '../participants/participants.repository.js';
import { finalizeIfOverdue } from './finalize.service.js';
import { countIntegrityEventsOf } from './attempts.repository.js';

export interface SaveAnswerInput {
  attemptId: string;
  position: number;
  optionIds: string[];
  clientSeq?: number | undefined;
}

/** Below this many ms per character of question and options, nobody has read the question. */
const MIN_READ_MS_PER_CHAR = 4;
const MIN_READ_FLOOR_MS = 700;

/**
 * Saves one answer. Invariants: only the owner's in-progress attempt; only options of that question,
 * one unless the question takes several; accepted until deadline + grace, then DEADLINE_PASSED; a
 * write older (by clientSeq) than the stored one is STALE_WRITE; the ack comes after the commit.
 */
export async function saveAnswer(ctx: AppContext, participant: ParticipantRow, input: SaveAnswerInput, via: 'http' | 'ws'): Promise<SavedAnswer> {
  const meta = ctx.attempts.get(ctx.db, input.attemptId);
  if (!meta || meta.attempt.participantId !== participant.id) throw NotFound('Không tìm thấy lượt thi.');
  const a = meta.attempt;
  const now = ctx.clock.now();
  const late = now > a.deadlineAt + ctx.contestGraceMs(a.contestId);
  if (a.status !== 'in_progress') {
    // Already final: refused without changing anything. The first few refusals are kept as evidence (a
    // client that keeps writing after the end is not our page); past the cap, however often it retries,
    // nothing more is written.
    if (countIntegrityEventsOf(ctx.db, a.id, AFTER_FINAL_KINDS) < MAX_AFTER_FINAL_EVENTS) {
      await recordServerEvent(ctx, a.id, participant.id, late ? 'late_write_rejected' : 'write_after_final_rejected', { position: input.position, afterDeadlineMs: Math.max(0, now - a.deadlineAt), via });
    }
    throw late ? DeadlinePassed({ deadlineAt: new Date(a.deadlineAt).toISOString() }) : new AppError('ATTEMPT_FINALIZED', 409);
  }
  if (late) {
    // The first late write is evidence and closes the attempt; any later one takes the branch above.
    await recordServerEvent(ctx, a.id, participant.id, 'late_write_rejected', { position: input.position, lateByMs: now - a.deadlineAt, via });
    finalizeIfOverdue(ctx, a);
    throw DeadlinePassed({ deadlineAt: new Date(a.deadlineAt).toISOString() });
  }
  const q = meta.questions[input.position - 1];
  if (!q) {
    // The client was never sent such a question: a forged or scripted write, kept as evidence.
    if (meta.eventsStored++ < MAX_EVENTS_PER_ATTEMPT) await recordServerEvent(ctx, a.id, participant.id, 'undelivered_question', { position: input.position, via });
    throw Validation([{ path: 'position', message: `Lượt thi có ${meta.questions.length} câu hỏi.` }]);
  }
  const unknown = input.optionIds.filter((id) => !q.optionIds.has(id));
  if (unknown.length > 0) throw Validation([{ path: 'optionIds', message: 'Phương án không thuộc câu hỏi này.' }]);
  if (new Set(input.optionIds).size !== input.optionIds.length) throw Validation([{ path: 'optionIds', message: 'Phương án bị trùng.' }]);
  if (!q.multiple && input.optionIds.length > 1) throw Validation([{ path: 'optionIds', message: 'Câu hỏi này chỉ chọn một đáp án.' }]);

  // Nobody reads a question and its options faster than this; a first answer sooner is evidence.
  const gap = now - meta.lastSaveAt;
  const minRead = Math.max(MIN_READ_FLOOR_MS, q.readChars * MIN_READ_MS_PER_CHAR);
  const tooFast = !meta.answered.has(input.position) && gap < minRead;
  const outcome = await ctx.answerWriter.save({
    attemptId: a.id,
    position: input.position,
    optionIds: input.optionIds,
    clientSeq: input.clientSeq ?? null,
    at: now,
    ...(tooFast ? { evidence: { participantId: participant.id, kind: 'answer_too_fast', details: { position: input.position, gapMs: gap, minReadMs: minRead, via } } } : {}),
  });
  if (!outcome.ok && outcome.reason === 'finalized') throw new AppError('ATTEMPT_FINALIZED', 409);
  if (!outcome.ok) {
    if (meta.eventsStored++ < MAX_EVENTS_PER_ATTEMPT) await recordServerEvent(ctx, a.id, participant.id, 'stale_write_rejected', { position: input.position, clientSeq: input.clientSeq, storedSeq: outcome.current.clientSeq, via });
    throw Conflict('STALE_WRITE', undefined, { current: { optionIds: outcome.current.optionIds, clientSeq: outcome.current.clientSeq } });
  }
  meta.lastSaveAt = now;
  meta.answered.add(input.position);
  const s = outcome.answer;
  return { position: s.position, optionIds: s.optionIds, savedAt: new Date(s.savedAt).toISOString(), clientSeq: s.clientSeq };
}

/**
 * Server-observed evidence, stored with the next group commit; the promise settles once it is stored
 * (or the failure is logged), so a rejection can be answered after its evidence is safe.
 */
export function recordServerEvent(ctx: AppContext, attemptId: string, participantId: string, kind: string, details: Record<string, unknown>): Promise<void> {
  return ctx.answerWriter
    .recordEvent({ attemptId, participantId, kind, source: 'server', details, at: ctx.clock.now() })
    .catch((err: unknown) => ctx.log.error({ err, attemptId, kind }, 'integrity event not stored'));
}

/**
 * Enough for every honest blur, paste and retried write of a 30-minute quiz; past it a client is only
 * making noise. Counted from the database when an attempt is loaded, so a restart doesn't reset it.
 */
export const MAX_EVENTS_PER_ATTEMPT = 200;

/** Refused writes to a final attempt kept as evidence, per attempt; enough to tell a pattern. */
const MAX_AFTER_FINAL_EVENTS = 10;
const AFTER_FINAL_KINDS = ['late_write_rejected', 'write_after_final_rejected'];

/**
 * What the client reports (focus lost, page hidden, paste) while the attempt runs. Stored with the
 * answers' group commit; past MAX_EVENTS_PER_ATTEMPT the rest are noted once and dropped.
 */
export async function reportIntegrity(ctx: AppContext, participant: ParticipantRow, attemptId: string, body: IntegrityReportBody): Promise<void> {
  const meta = ctx.attempts.get(ctx.db, attemptId);
  if (!meta || meta.attempt.participantId !== participant.id) throw NotFound('Không tìm thấy lượt thi.');
  if (meta.attempt.status !== 'in_progress' || finalizeIfOverdue(ctx, meta.attempt)) throw new AppError('ATTEMPT_FINALIZED', 409);
  meta.eventsStored++;
  if (meta.eventsStored > MAX_EVENTS_PER_ATTEMPT) {
    if (meta.eventsStored === MAX_EVENTS_PER_ATTEMPT + 1) {
      await recordServerEvent(ctx, attemptId, participant.id, 'client_events_capped', { cap: MAX_EVENTS_PER_ATTEMPT });
    }
    return;
  }
  const { kind, ...details } = body;
  await ctx.answerWriter.recordEvent({ attemptId, participantId: participant.id, kind, source: 'client', details, at: ctx.clock.now() });
}
