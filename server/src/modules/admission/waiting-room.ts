import { randomUUID } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import { attempts } from '@thiphapluat/db';
import type { AdmissionTicket, AttemptView, ErrorCode } from '@thiphapluat/shared';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import { findInProgress } from '../attempts/attempts.repository.js';
import { startAttempt } from '../attempts/attempts.service.js';
import type { ParticipantRow } from '../participants/participants.repository.js';

export interface WaitingRoomLimits {
  /** Attempts in progress at or above which new starts queue. */
  maxInProgress: number;
  /** Event-loop delay (ms) above which new starts queue. */
  maxEventLoopDelayMs: number;
  /** Starts per second the server takes on (a token bucket): drawing an attempt is the costly part. */
  maxStartsPerS: number;
  /** Whether a queued start must bring a proof of work before it is admitted. */
  powRequired: boolean;
}

interface Ticket {
  id: string;
  seq: number;
  participant: ParticipantRow;
  roundId: number;
  status: AdmissionTicket['status'];
  attemptId: string | null;
  error: { code: ErrorCode; message: string } | null;
  proven: boolean;
  enqueuedAt: number;
  lastSeenAt: number;
  /** When it first stood at the front still unproven. */
  frontAt: number;
  doneAt: number;
}

export type StartOutcome = { kind: 'started'; view: AttemptView; created: boolean } | { kind: 'queued'; ticket: AdmissionTicket };

/** A client that stops polling for this long (several of its poll intervals) has left; its place goes to the next one. */
const ABANDONED_MS = 180_000;
/**
 * A queued start that reached the front has this long to bring its proof of work. Generous: those
 * behind it are admitted meanwhile, and on a loaded server the poll carrying the proof can be slow.
 */
const POW_GRACE_MS = 120_000;
/** Admitted or failed tickets answer polls for this long, then are forgotten. */
const KEEP_DONE_MS = 5 * 60_000;
const POLL_MIN_MS = 2000;
const POLL_MAX_MS = 30_000;
/** How often the allowed start rate follows the event-loop delay (its sampler runs every 200 ms). */
const ADAPT_EVERY_MS = 200;
/** Starts admitted per transaction at most: bounds how long one batch holds the event loop. */
const MAX_BATCH = 25;

/**
 * The waiting room in front of "start an attempt". While the server has room (attempts in progress,
 * event-loop delay and the start rate all under their limits) and nobody waits, a start goes straight
 * through. The start rate adapts to the event-loop delay (see allowedPerS). Otherwise it takes a ticket at the back of one FIFO queue, and `drain()` admits tickets
 * from the front as room frees up — the start is made on the waiting resident's behalf, and their
 * next poll learns the attempt id. Nobody is refused for load; only the ordinary start rules (round
 * closed, no attempts left) can fail a ticket. Answer saves and submits never pass through here, so
 * attempts in progress keep priority; draining yields between admissions so they interleave.
 */
export class WaitingRoom {
  private queue: Ticket[] = [];
  private head = 0;
  private nextSeq = 1;
  private readonly tickets = new Map<string, Ticket>();
  private readonly byParticipantRound = new Map<string, Ticket>();
  private waitingCount = 0;
  private inProgress = 0;
  private tokens: number;
  private tokensAt: number;
  /**
   * Starts per second allowed right now: up to maxStartsPerS, halved whenever the event loop lags
   * past its limit and raised step by step while it keeps up (AIMD, like TCP's congestion window).
   * Never below a floor, so the queue always moves: a lagging loop slows admission, never stops it.
   */
  private allowedPerS: number;
  private adaptedAt = Number.NEGATIVE_INFINITY;
  /** Admissions per second, smoothed: what the wait estimate divides by. */
  private rate: number;
  private rateWindow = { at: 0, admitted: 0 };
  private draining = false;

  constructor(
    private readonly ctx: AppContext,
    private readonly limits: WaitingRoomLimits,
    private readonly eventLoopDelayMs: () => number,
  ) {
    this.tokens = limits.maxStartsPerS;
    this.tokensAt = ctx.clock.now();
    this.allowedPerS = limits.maxStartsPerS;
    this.rate = limits.maxStartsPerS;
    this.recount();
  }

  /** Tickets still waiting. */
  get waiting(): number {
    return this.waitingCount;
  }

  /** Starts now if there is room and nobody is ahead; queues otherwise. A resumed attempt never waits. */
  start(participant: ParticipantRow, roundId: number, proven: boolean): StartOutcome {
    const existing = this.byParticipantRound.get(key(participant.id, roundId));
    if (existing && existing.status === 'waiting') {
      if (proven) existing.proven = true;
      existing.lastSeenAt = this.ctx.clock.now();
      return { kind: 'queued', ticket: this.view(existing) };
    }
    if (findInProgress(this.ctx.db, participant.id) || (this.waiting === 0 && !this.lagging() && this.hasRoom())) {
      const { view, created } = startAttempt(this.ctx, participant, roundId);
      if (created) this.took();
      return { kind: 'started', view, created };
    }
    const now = this.ctx.clock.now();
    const ticket: Ticket = {
      id: randomUUID(),
      seq: this.nextSeq++,
      participant,
      roundId,
      status: 'waiting',
      attemptId: null,
      error: null,
      proven: proven || !this.limits.powRequired,
      enqueuedAt: now,
      lastSeenAt: now,
      frontAt: 0,
      doneAt: 0,
    };
    this.queue.push(ticket);
    this.waitingCount++;
    this.tickets.set(ticket.id, ticket);
    this.byParticipantRound.set(key(participant.id, roundId), ticket);
    return { kind: 'queued', ticket: this.view(ticket) };
  }

  /** A poll: the ticket as it stands (404 for another participant's or a forgotten one). */
  poll(participantId: string, ticketId: string, proven: boolean): AdmissionTicket {
    const ticket = this.tickets.get(ticketId);
    if (!ticket || ticket.participant.id !== participantId) throw new AppError('NOT_FOUND', 404, 'Không tìm thấy lượt chờ này. Vui lòng bấm vào thi lại.');
    ticket.lastSeenAt = this.ctx.clock.now();
    if (proven) ticket.proven = true;
    return this.view(ticket);
  }

  /** Whether a queued start still needs its proof of work. */
  needsProof(participantId: string, ticketId: string): boolean {
    const t = this.tickets.get(ticketId);
    return !!t && t.participant.id === participantId && t.status === 'waiting' && !t.proven;
  }

  /** Whether a start arriving now would have to wait (then it must bring a proof of work, if required). */
  wouldQueue(): boolean {
    return this.waiting > 0 || this.lagging() || !this.hasRoom();
  }

  /**
   * Admits from the front while there is room. Proven tickets are admitted in arrival order; one
   * still solving its challenge keeps its place for POW_GRACE_MS while those behind it go ahead.
   * Each batch is one SQLite transaction: a start's cost is mostly its commit (an fsync at
   * synchronous=FULL), so a batch of starts costs little more than one.
   */
  async drain(): Promise<number> {
    if (this.draining) return 0;
    this.draining = true;
    let admitted = 0;
    try {
      this.recount();
      this.forgetDone();
      while (this.waitingCount > 0 && this.hasRoom()) {
        const room = Math.min(MAX_BATCH, Math.floor(this.tokens), this.limits.maxInProgress - this.inProgress);
        const batch = this.admissible(room);
        if (batch.length === 0) break;
        // Tickets change only once the batch is committed: a failed commit leaves them waiting.
        const outcomes = this.ctx.db.transaction(() => batch.map((t) => this.tryStart(t)));
        batch.forEach((t, i) => this.finish(t, ...(outcomes[i] as [string | null, AppError | null])));
        admitted += batch.length;
        // Let answer saves and polls that arrived meanwhile run before the next batch.
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    } finally {
      this.draining = false;
    }
    this.measure(admitted);
    return admitted;
  }

  /** Up to `n` proven tickets from the front, in order, dropping the abandoned on the way. */
  private admissible(n: number): Ticket[] {
    const now = this.ctx.clock.now();
    const batch: Ticket[] = [];
    for (let i = this.head; i < this.queue.length && batch.length < n; i++) {
      const t = this.queue[i] as Ticket;
      if (t.status !== 'waiting') continue;
      if (now - t.lastSeenAt > ABANDONED_MS) {
        this.drop(t);
        continue;
      }
      if (t.proven) {
        batch.push(t);
        continue;
      }
      if (i === this.head) {
        if (t.frontAt === 0) t.frontAt = now;
        if (now - t.frontAt > POW_GRACE_MS) this.finish(t, null, new AppError('POW_REQUIRED', 428));
      }
    }
    return batch;
  }

  /** Starts the ticket's attempt: its id, or the rule that refused it (round closed, no attempts left…). */
  private tryStart(t: Ticket): [string | null, AppError | null] {
    try {
      const { view, created } = startAttempt(this.ctx, t.participant, t.roundId);
      if (created) this.took();
      return [view.id, null];
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      return [null, err];
    }
  }

  private finish(t: Ticket, attemptId: string | null, err: AppError | null): void {
    this.waitingCount--;
    t.status = err ? 'failed' : 'admitted';
    t.attemptId = attemptId;
    t.error = err ? { code: err.code, message: err.message } : null;
    t.doneAt = this.ctx.clock.now();
    this.byParticipantRound.delete(key(t.participant.id, t.roundId));
    this.advance();
  }

  private drop(t: Ticket): void {
    this.waitingCount--;
    t.status = 'failed';
    this.tickets.delete(t.id);
    this.byParticipantRound.delete(key(t.participant.id, t.roundId));
    this.advance();
  }

  /** Moves the front past tickets that are no longer waiting. */
  private advance(): void {
    while (this.head < this.queue.length && (this.queue[this.head] as Ticket).status !== 'waiting') this.head++;
  }

  private forgetDone(): void {
    const now = this.ctx.clock.now();
    // Compact the consumed front now and then, so the array does not grow for the life of the process.
    if (this.head > 1024 && this.head * 2 > this.queue.length) {
      this.queue = this.queue.slice(this.head);
      this.head = 0;
    }
    if (this.tickets.size < 1024) return;
    for (const [id, t] of this.tickets) if (t.status !== 'waiting' && now - t.doneAt > KEEP_DONE_MS) this.tickets.delete(id);
  }

  private lagging(): boolean {
    return this.eventLoopDelayMs() > this.limits.maxEventLoopDelayMs;
  }

  /** Room for one more start now: under the in-progress limit and within the allowed start rate. */
  private hasRoom(): boolean {
    if (this.inProgress >= this.limits.maxInProgress) return false;
    this.adapt();
    this.refill();
    return this.tokens >= 1;
  }

  private adapt(): void {
    const now = this.ctx.clock.now();
    if (now - this.adaptedAt < ADAPT_EVERY_MS) return;
    this.adaptedAt = now;
    const max = this.limits.maxStartsPerS;
    this.allowedPerS = this.lagging() ? Math.max(Math.max(1, max / 20), this.allowedPerS / 2) : Math.min(max, this.allowedPerS + Math.max(1, max / 10));
    // The burst left over from a faster rate goes too.
    this.tokens = Math.min(this.tokens, this.allowedPerS);
  }

  /** A start created an attempt: it used a token and holds a place among those in progress. */
  private took(): void {
    this.tokens -= 1;
    this.inProgress++;
  }

  private refill(): void {
    const now = this.ctx.clock.now();
    const elapsed = now - this.tokensAt;
    if (elapsed <= 0) return;
    this.tokens = Math.min(this.allowedPerS, this.tokens + (elapsed / 1000) * this.allowedPerS);
    this.tokensAt = now;
  }

  private recount(): void {
    this.inProgress = this.ctx.db.select({ n: count() }).from(attempts).where(eq(attempts.status, 'in_progress')).get()?.n ?? 0;
  }

  private measure(admitted: number): void {
    const now = this.ctx.clock.now();
    if (this.rateWindow.at === 0) this.rateWindow.at = now;
    this.rateWindow.admitted += admitted;
    const span = now - this.rateWindow.at;
    if (span >= 1000) {
      const observed = (this.rateWindow.admitted * 1000) / span;
      // Only while people wait does the observed rate say what the room can do.
      if (this.waiting > 0 || observed > 0) this.rate = Math.max(1, this.rate * 0.7 + observed * 0.3);
      this.rateWindow = { at: now, admitted: 0 };
    }
  }

  private view(t: Ticket): AdmissionTicket {
    const waiting = t.status === 'waiting';
    const front = this.queue[this.head];
    // Exact while admission goes in order; a ticket still proving its work at the front can make it
    // an overestimate, never more than the number waiting.
    const position = waiting ? Math.max(1, Math.min(this.waitingCount, t.seq - (front?.seq ?? t.seq) + 1)) : 0;
    const etaSeconds = waiting ? Math.ceil(position / Math.max(Math.min(this.rate, this.allowedPerS), 1)) : 0;
    return {
      ticketId: t.id,
      roundId: t.roundId,
      status: t.status,
      position,
      etaSeconds,
      // Far from the front, rarely: thousands of waiting pages must not become the load they wait out.
      pollAfterMs: waiting ? Math.min(POLL_MAX_MS, Math.max(POLL_MIN_MS, etaSeconds * 333)) : 0,
      attemptId: t.attemptId,
      error: t.error,
    };
  }
}

const key = (participantId: string, roundId: number) => `${participantId}:${roundId}`;
