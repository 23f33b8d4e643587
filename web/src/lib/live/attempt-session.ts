import type { AttemptResult, AttemptView, ClientMessage, ServerMessage } from '@thiphapluat/shared';
import { parseServerFrame } from './frames.js';
import { deviceId } from './device-id.js';

/** What the quiz page shows about the link to the server. */
export type ConnectionState = 'connecting' | 'online' | 'offline' | 'replaced' | 'closed';

export interface LocalAnswer {
  optionIds: string[];
  /** The write's sequence; the server keeps the highest it has seen, so a retry never undoes a later choice. */
  seq: number;
  /** Saved only once the server acknowledged it (after its commit). */
  saved: boolean;
}

export interface AttemptSessionEvents {
  state?(view: AttemptView): void;
  answer?(position: number, answer: LocalAnswer): void;
  connection?(state: ConnectionState): void;
  warning?(remainingMs: number): void;
  finalized?(result: AttemptResult): void;
  replaced?(message: string): void;
  error?(frame: Extract<ServerMessage, { type: 'error' }>): void;
}

/** The subset of the browser WebSocket this uses; Node's `ws` fits too, so tests drive the real server. */
export interface SocketLike {
  readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  onopen: ((ev: unknown) => void) | null;
  onmessage: ((ev: { data: unknown }) => void) | null;
  onclose: ((ev: { code: number }) => void) | null;
  onerror: ((ev: unknown) => void) | null;
}

export interface AttemptSessionOptions {
  url: string;
  attemptId: string;
  /** Bearer token; without it the session cookie of the page is used. */
  token?: string;
  connect?: (url: string) => SocketLike;
  now?: () => number;
  events?: AttemptSessionEvents;
  /** Reconnect delays: starts at `min`, doubles to `max`. */
  backoffMs?: { min: number; max: number };
  syncEveryMs?: number;
}

const OPEN = 1;
const CLOSE_REPLACED = 4001;

/**
 * The quiz page's link to the server for one attempt. The server owns time, order and scoring; this
 * keeps the client honest about what is saved: a choice is "saved" only after its ack, choices made
 * offline are kept and re-sent in order after reconnecting, and the countdown follows the server's
 * clock (time.sync), not the device's.
 */
export class AttemptSession {
  readonly answers = new Map<number, LocalAnswer>();
  view: AttemptView | null = null;
  connection: ConnectionState = 'connecting';
  /** serverTime - deviceTime, estimated from time.sync round trips. */
  offsetMs = 0;
  private bestRttMs = Number.POSITIVE_INFINITY;
  private socket: SocketLike | null = null;
  private lastSeq = 0;
  private requestCounter = 0;
  private inflight = new Map<string, { position: number; seq: number }>();
  private submitWaiters = new Map<string, { resolve: (r: AttemptResult) => void; reject: (e: Error) => void }>();
  private retryMs: number;
  private timers: ReturnType<typeof setTimeout>[] = [];
  private syncTimer: ReturnType<typeof setInterval> | null = null;
  private stopped = false;
  private readonly now: () => number;
  private readonly connectFn: (url: string) => SocketLike;

  constructor(private readonly opts: AttemptSessionOptions) {
    this.now = opts.now ?? (() => Date.now());
    this.connectFn = opts.connect ?? ((url) => new (globalThis as unknown as { WebSocket: new (u: string) => SocketLike }).WebSocket(url));
    this.retryMs = opts.backoffMs?.min ?? 500;
    this.open();
  }

  /** Milliseconds left by the server's clock; 0 once the deadline passed. */
  remainingMs(): number {
    if (!this.view) return 0;
    return Math.max(0, new Date(this.view.deadlineAt).getTime() - (this.now() + this.offsetMs));
  }

  /** Records a choice at once and sends it when the link is up; it shows as saved after the ack. */
  choose(position: number, optionIds: string[]): LocalAnswer {
    // Sequence on the server's clock: monotonic across refreshes and tabs of this attempt.
    const seq = Math.max(this.lastSeq + 1, Math.round(this.now() + this.offsetMs));
    this.lastSeq = seq;
    const answer: LocalAnswer = { optionIds: [...optionIds], seq, saved: false };
    this.answers.set(position, answer);
    this.opts.events?.answer?.(position, answer);
    this.sendAnswer(position, answer);
    return answer;
  }

  /** Unsaved choices, oldest first: what a reconnect re-sends. */
  pending(): [number, LocalAnswer][] {
    return [...this.answers.entries()].filter(([, a]) => !a.saved).sort((x, y) => x[1].seq - y[1].seq);
  }

  submit(prediction?: number): Promise<AttemptResult> {
    const requestId = this.nextRequestId('s');
    return new Promise((resolve, reject) => {
      this.submitWaiters.set(requestId, { resolve, reject });
      if (!this.send({ type: 'attempt.submit', requestId, ...(prediction === undefined ? {} : { prediction }) })) {
        this.submitWaiters.delete(requestId);
        reject(new Error('offline'));
      }
    });
  }

  report(kind: 'focus_lost' | 'page_hidden' | 'paste', durationMs?: number): void {
    this.send({ type: 'integrity.report', kind, clientTime: Math.round(this.now()), ...(durationMs === undefined ? {} : { durationMs: Math.round(durationMs) }) });
  }

  close(): void {
    this.stopped = true;
    this.clearTimers();
    this.setConnection('closed');
    this.socket?.close(1000, 'closed by page');
  }

  private open(): void {
    if (this.stopped) return;
    // A first connect is "connecting"; a reconnect stays "offline" until the server has answered the join.
    if (this.connection !== 'offline') this.setConnection('connecting');
    const socket = this.connectFn(this.opts.url);
    this.socket = socket;
    socket.onopen = () => {
      this.retryMs = this.opts.backoffMs?.min ?? 500;
      const device = deviceId();
      this.send({ type: 'attempt.join', attemptId: this.opts.attemptId, ...(this.opts.token ? { token: this.opts.token } : {}), ...(device ? { deviceId: device } : {}) });
      this.sync();
      this.syncTimer = setInterval(() => this.sync(), this.opts.syncEveryMs ?? 15_000);
    };
    socket.onmessage = (ev) => this.receive(String(ev.data));
    socket.onerror = () => undefined; // onclose follows and decides
    socket.onclose = (ev) => {
      if (this.syncTimer) clearInterval(this.syncTimer);
      this.syncTimer = null;
      this.inflight.clear();
      for (const [, w] of this.submitWaiters) w.reject(new Error('connection lost'));
      this.submitWaiters.clear();
      if (this.stopped || this.connection === 'replaced') return;
      if (ev.code === CLOSE_REPLACED) return this.setConnection('replaced');
      this.setConnection('offline');
      this.timers.push(setTimeout(() => this.open(), this.retryMs));
      this.retryMs = Math.min(this.retryMs * 2, this.opts.backoffMs?.max ?? 10_000);
    };
  }

  private receive(raw: string): void {
    const msg = parseServerFrame(raw);
    if (!msg) return; // a frame we don't understand changes nothing we show
    switch (msg.type) {
      case 'attempt.state':
        return this.onState(msg.attempt);
      case 'time.sync':
        if (msg.clientTime !== null) {
          const rtt = this.now() - msg.clientTime;
          // The fastest round trip gives the tightest estimate.
          if (rtt >= 0 && rtt <= this.bestRttMs) {
            this.bestRttMs = rtt;
            this.offsetMs = msg.serverTime + rtt / 2 - this.now();
          }
        } else if (!Number.isFinite(this.bestRttMs)) {
          this.offsetMs = msg.serverTime - this.now();
        }
        return;
      case 'answer.saved': {
        const sent = this.inflight.get(msg.requestId);
        this.inflight.delete(msg.requestId);
        const local = this.answers.get(msg.answer.position);
        if (sent && local && local.seq === sent.seq) {
          local.saved = true;
          this.opts.events?.answer?.(msg.answer.position, local);
        }
        return;
      }
      case 'attempt.finalized': {
        if (this.view) this.view = { ...this.view, status: msg.result.status, result: msg.result };
        const waiter = msg.requestId ? this.submitWaiters.get(msg.requestId) : undefined;
        if (waiter && msg.requestId) {
          this.submitWaiters.delete(msg.requestId);
          waiter.resolve(msg.result);
        }
        this.opts.events?.finalized?.(msg.result);
        return;
      }
      case 'attempt.deadline_warning':
        return this.opts.events?.warning?.(msg.remainingMs);
      case 'session.replaced':
        this.setConnection('replaced');
        return this.opts.events?.replaced?.(msg.message);
      case 'error':
        return this.onError(msg);
      default:
        return;
    }
  }

  private onState(view: AttemptView): void {
    this.view = view;
    this.offsetMs = Number.isFinite(this.bestRttMs) ? this.offsetMs : new Date(view.serverNow).getTime() - this.now();
    // The server's saved answers are the truth, except where this page holds a newer unsent choice.
    for (const a of view.answers) {
      this.lastSeq = Math.max(this.lastSeq, a.clientSeq ?? 0);
      const local = this.answers.get(a.position);
      if (!local || (a.clientSeq ?? 0) >= local.seq) {
        this.answers.set(a.position, { optionIds: a.optionIds, seq: a.clientSeq ?? 0, saved: true });
      }
    }
    this.setConnection('online');
    this.opts.events?.state?.(view);
    if (view.status !== 'in_progress') {
      if (view.result) this.opts.events?.finalized?.(view.result);
      return;
    }
    for (const [position, answer] of this.pending()) this.sendAnswer(position, answer);
  }

  private onError(frame: Extract<ServerMessage, { type: 'error' }>): void {
    const sent = frame.requestId ? this.inflight.get(frame.requestId) : undefined;
    if (frame.requestId) this.inflight.delete(frame.requestId);
    const waiter = frame.requestId ? this.submitWaiters.get(frame.requestId) : undefined;
    if (waiter && frame.requestId) {
      this.submitWaiters.delete(frame.requestId);
      waiter.reject(new Error(frame.message));
    }
    // A newer write is already stored (another tab): this one is obsolete, not lost.
    if (sent && frame.code === 'STALE_WRITE') {
      const local = this.answers.get(sent.position);
      if (local && local.seq === sent.seq) this.answers.delete(sent.position);
    }
    this.opts.events?.error?.(frame);
  }

  private sendAnswer(position: number, answer: LocalAnswer): void {
    if (this.connection !== 'online') return; // re-sent after the next attempt.state
    const requestId = this.nextRequestId('a');
    if (this.send({ type: 'answer.save', requestId, position, optionIds: answer.optionIds, clientSeq: answer.seq })) {
      this.inflight.set(requestId, { position, seq: answer.seq });
    }
  }

  private sync(): void {
    this.send({ type: 'time.sync', clientTime: Math.round(this.now()) });
  }

  private send(msg: ClientMessage): boolean {
    if (!this.socket || this.socket.readyState !== OPEN) return false;
    this.socket.send(JSON.stringify(msg));
    return true;
  }

  private nextRequestId(prefix: string): string {
    return `${prefix}${++this.requestCounter}`;
  }

  private setConnection(state: ConnectionState): void {
    if (this.connection === state) return;
    this.connection = state;
    this.opts.events?.connection?.(state);
  }

  private clearTimers(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers = [];
    if (this.syncTimer) clearInterval(this.syncTimer);
    this.syncTimer = null;
  }
}
