import type { WebSocket } from 'ws';
import type { LeaderboardScope, ServerMessage } from '@thiphapluat/shared';
import { WsCloseCode } from '@thiphapluat/shared';
import type { AppContext } from '../../context.js';
import type { ParticipantRow } from '../participants/participants.repository.js';
import { recordServerEvent } from '../attempts/answers.service.js';
import { findAttempt } from '../attempts/attempts.repository.js';
import { viewWithRank } from '../attempts/attempts.service.js';
import { hashDevice, hashIp, hashUserAgent } from '../integrity/signals.js';

export interface LiveConnection {
  socket: WebSocket;
  ip: string;
  userAgent: string;
  /** The device id the page sent with attempt.join, if any. */
  deviceId: string | null;
  /** The session cookie of the upgrade request, only when it came from our own origin (no cross-site use). */
  cookieToken: string | null;
  /** The token the attempt was joined with, and when it was last checked against the session store. */
  token: string | null;
  authCheckedAt: number;
  participant: ParticipantRow | null;
  attemptId: string | null;
  deadlineAt: number;
  warned: Set<number>;
  /** Set while this connection's own submit runs; with `finalizedSent`, each attempt is announced once. */
  submitting: boolean;
  finalizedSent: Set<string>;
  subscriptions: Set<string>;
  budget: { windowStart: number; used: number };
}

export const send = (c: LiveConnection, msg: ServerMessage) => {
  if (c.socket.readyState === c.socket.OPEN) c.socket.send(JSON.stringify(msg));
};

const scopeKey = (s: LeaderboardScope) => `${s.kind}:${s.id}`;
const WARN_AT_MS = [5 * 60_000, 60_000];
const LEADERBOARD_PUSH_INTERVAL_MS = 1000;
/** A page shows a round board and the contest board; a few more is generous, thousands is an attack. */
const MAX_SUBSCRIPTIONS = 4;

/**
 * Who is connected to what. One live connection per attempt: a newer one (a refresh, a second tab,
 * another phone) takes over and the older one is told why. Leaderboard subscribers get at most one
 * update per second per scope, however many results arrive.
 */
export class LiveHub {
  private byAttempt = new Map<string, LiveConnection>();
  private subscribers = new Map<string, Set<LiveConnection>>();
  private pendingPush = new Map<string, NodeJS.Timeout>();

  constructor(private readonly ctx: AppContext) {
    ctx.events.on('attempt.finalized', (e) => {
      const c = this.byAttempt.get(e.attemptId);
      if (!c) return;
      c.deadlineAt = 0; // no more deadline warnings for a final attempt
      if (c.submitting || c.finalizedSent.has(e.attemptId)) return;
      c.finalizedSent.add(e.attemptId);
      // Built only when someone is listening: most finalizations have no socket attached.
      this.ctx.pending.track(this.sendFinalized(c, e.attemptId));
    });
    ctx.events.on('leaderboard.changed', ({ scope }) => this.schedulePush(scope));
  }

  /**
   * Tells a freshly attached socket about a finalization it may have missed: one that happened while
   * its join was being answered (another tab submitted, the sweeper ran).
   */
  catchUp(c: LiveConnection, attemptId: string, sentStatus: string): void {
    const now = findAttempt(this.ctx.db, attemptId);
    if (sentStatus === 'in_progress' && now && now.status !== 'in_progress' && !c.finalizedSent.has(attemptId)) {
      c.finalizedSent.add(attemptId);
      c.deadlineAt = 0;
      this.ctx.pending.track(this.sendFinalized(c, attemptId));
    }
  }

  private async sendFinalized(c: LiveConnection, attemptId: string): Promise<void> {
    try {
      const a = findAttempt(this.ctx.db, attemptId);
      if (!a) return;
      const { result } = await viewWithRank(this.ctx, a);
      if (result) send(c, { type: 'attempt.finalized', attemptId, requestId: null, result });
    } catch (err) {
      this.ctx.log.warn({ err, attemptId }, 'attempt.finalized push failed');
    }
  }

  get connections(): number {
    return this.byAttempt.size;
  }

  attach(c: LiveConnection, attemptId: string, deadlineAt: number): void {
    const previous = this.byAttempt.get(attemptId);
    if (previous && previous !== c) {
      send(previous, {
        type: 'session.replaced',
        attemptId,
        reason: 'opened_elsewhere',
        message: 'Bài thi đã được mở ở một thẻ hoặc thiết bị khác. Cửa sổ này đã ngừng kết nối.',
      });
      previous.attemptId = null;
      previous.socket.close(WsCloseCode.replaced, 'opened_elsewhere');
      if (c.participant) {
        // Hashes, not the addresses themselves: evidence that something changed, without the personal data.
        const seen = (x: LiveConnection) => ({ ip: hashIp(this.ctx.secret, x.ip), device: x.deviceId && hashDevice(this.ctx.secret, x.deviceId), userAgent: hashUserAgent(x.userAgent) });
        void recordServerEvent(this.ctx, attemptId, c.participant.id, 'session_takeover', {
          previous: seen(previous),
          next: seen(c),
          sameDevice: previous.userAgent === c.userAgent && previous.deviceId === c.deviceId,
        });
      }
    }
    if (c.attemptId && c.attemptId !== attemptId) this.byAttempt.delete(c.attemptId);
    c.attemptId = attemptId;
    c.deadlineAt = deadlineAt;
    c.warned = new Set(WARN_AT_MS.filter((w) => deadlineAt - this.ctx.clock.now() <= w));
    this.byAttempt.set(attemptId, c);
  }

  detach(c: LiveConnection): void {
    if (c.attemptId && this.byAttempt.get(c.attemptId) === c) this.byAttempt.delete(c.attemptId);
    for (const key of c.subscriptions) this.dropSubscriber(key, c);
    c.subscriptions.clear();
  }

  /** Returns false when the connection already follows as many boards as it may. */
  subscribe(c: LiveConnection, scope: LeaderboardScope): boolean {
    const key = scopeKey(scope);
    if (!c.subscriptions.has(key) && c.subscriptions.size >= MAX_SUBSCRIPTIONS) return false;
    c.subscriptions.add(key);
    let set = this.subscribers.get(key);
    if (!set) this.subscribers.set(key, (set = new Set()));
    set.add(c);
    return true;
  }

  unsubscribe(c: LiveConnection, scope: LeaderboardScope): void {
    const key = scopeKey(scope);
    c.subscriptions.delete(key);
    this.dropSubscriber(key, c);
  }

  private dropSubscriber(key: string, c: LiveConnection): void {
    const set = this.subscribers.get(key);
    set?.delete(c);
    if (set?.size === 0) this.subscribers.delete(key);
  }

  private schedulePush(key: string): void {
    if (this.pendingPush.has(key) || !this.subscribers.get(key)?.size) return;
    this.pendingPush.set(
      key,
      setTimeout(() => {
        this.pendingPush.delete(key);
        void this.push(key);
      }, LEADERBOARD_PUSH_INTERVAL_MS).unref(),
    );
  }

  /** Sends the scope's current board to its subscribers now. */
  async push(key: string): Promise<void> {
    const subs = this.subscribers.get(key);
    if (!subs?.size) return;
    const [kind, id] = key.split(':') as ['round' | 'contest', string];
    try {
      const leaderboard = await this.ctx.leaderboards.board({ kind, id: Number(id) }, 100);
      const frame = JSON.stringify({ type: 'leaderboard.update', leaderboard } satisfies ServerMessage);
      for (const c of subs) if (c.socket.readyState === c.socket.OPEN) c.socket.send(frame);
    } catch (err) {
      this.ctx.log.warn({ err, key }, 'leaderboard push failed');
    }
  }

  /** Deadline warnings at 5 and 1 minute left; called by the sweeper each tick. */
  tick(): void {
    const now = this.ctx.clock.now();
    for (const [attemptId, c] of this.byAttempt) {
      const remaining = c.deadlineAt - now;
      for (const w of WARN_AT_MS) {
        if (remaining <= w && remaining > 0 && !c.warned.has(w)) {
          c.warned.add(w);
          send(c, { type: 'attempt.deadline_warning', attemptId, remainingMs: remaining, deadlineAt: new Date(c.deadlineAt).toISOString() });
        }
      }
    }
  }

  close(): void {
    for (const t of this.pendingPush.values()) clearTimeout(t);
    this.pendingPush.clear();
  }
}
