import type { WebSocket } from 'ws';
import type { MonitorServerMessage } from '@thiphapluat/shared';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import { monitorFingerprint, monitorSnapshot } from './monitor.service.js';

interface RoundWatch {
  organizationId: number;
  sockets: Set<WebSocket>;
  timer: NodeJS.Timeout;
  /** What the last push was computed from; null forces the next check to compute. */
  fingerprint: string | null;
  computing: boolean;
}

export const sendFrame = (socket: WebSocket, msg: MonitorServerMessage) => {
  if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(msg));
};

/**
 * Studio watchers of live rounds. Per watched round, one timer checks every `intervalMs` whether
 * anything moved (a cheap fingerprint: attempts per status, newest integrity event, the minute, or a
 * leaderboard change such as a disqualification); only then is the snapshot computed, once, and the
 * same frame sent to every watcher. So a watcher gets at most one push per interval, only after a
 * change, and a round nobody watches costs nothing: its timer stops with its last watcher.
 */
export class MonitorHub {
  private watches = new Map<number, RoundWatch>();

  constructor(
    private readonly ctx: AppContext,
    private readonly intervalMs = 2000,
  ) {
    ctx.events.on('leaderboard.changed', ({ scope }) => {
      if (scope.startsWith('round:')) this.markDirty(Number(scope.slice('round:'.length)));
    });
  }

  /** Rounds with at least one watcher (tests check that work stops). */
  get watchedRounds(): number[] {
    return [...this.watches.keys()];
  }

  /** Adds a watcher and sends it the current snapshot right away. */
  async watch(roundId: number, organizationId: number, socket: WebSocket): Promise<void> {
    let w = this.watches.get(roundId);
    if (!w) {
      const timer = setInterval(() => void this.check(roundId), this.intervalMs);
      timer.unref();
      w = { organizationId, sockets: new Set(), timer, fingerprint: null, computing: false };
      this.watches.set(roundId, w);
      // The snapshot about to be sent is the baseline: the first check pushes only after a change.
      w.fingerprint = monitorFingerprint(this.ctx, roundId);
    }
    w.sockets.add(socket);
    await this.sendSnapshot(roundId, [socket]);
  }

  unwatch(roundId: number, socket: WebSocket): void {
    const w = this.watches.get(roundId);
    if (!w) return;
    w.sockets.delete(socket);
    if (w.sockets.size === 0) {
      clearInterval(w.timer);
      this.watches.delete(roundId);
    }
  }

  /** Something the fingerprint cannot see changed (a close, a disqualification, a publication). */
  markDirty(roundId: number): void {
    const w = this.watches.get(roundId);
    if (w) w.fingerprint = null;
  }

  /** Sends the current snapshot to one watcher, e.g. when it asks after a reconnect. */
  refresh(roundId: number, socket: WebSocket): Promise<void> {
    return this.sendSnapshot(roundId, [socket]);
  }

  private async check(roundId: number): Promise<void> {
    const w = this.watches.get(roundId);
    if (!w || w.computing) return;
    let fingerprint: string;
    try {
      fingerprint = monitorFingerprint(this.ctx, roundId);
    } catch (err) {
      this.ctx.log.warn({ err, roundId }, 'monitor fingerprint failed');
      return;
    }
    if (fingerprint === w.fingerprint) return;
    w.fingerprint = fingerprint;
    await this.sendSnapshot(roundId, [...w.sockets]);
  }

  private async sendSnapshot(roundId: number, sockets: WebSocket[]): Promise<void> {
    const w = this.watches.get(roundId);
    if (!w) return;
    w.computing = true;
    let frame: string;
    try {
      frame = JSON.stringify({ type: 'monitor.snapshot', snapshot: await monitorSnapshot(this.ctx, w.organizationId, roundId) } satisfies MonitorServerMessage);
    } catch (err) {
      const known = err instanceof AppError;
      if (!known) this.ctx.log.error({ err, roundId }, 'monitor snapshot failed');
      frame = JSON.stringify({ type: 'error', code: known ? err.code : 'INTERNAL', message: known ? err.message : 'Không lấy được số liệu theo dõi.' } satisfies MonitorServerMessage);
    } finally {
      w.computing = false;
    }
    for (const s of sockets) if (s.readyState === s.OPEN) s.send(frame);
  }

  close(): void {
    for (const w of this.watches.values()) clearInterval(w.timer);
    this.watches.clear();
  }
}
