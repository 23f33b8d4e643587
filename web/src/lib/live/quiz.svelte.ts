import type { AttemptResult, AttemptView } from '@thiphapluat/shared';
import { AttemptSession, type ConnectionState, type LocalAnswer } from './attempt-session.js';

/**
 * The quiz page's reactive state over an AttemptSession: what the page renders, nothing it decides.
 * The server stays the authority on time, answers and the result.
 */
export class QuizState {
  view = $state<AttemptView>() as AttemptView;
  answers = $state<Record<number, LocalAnswer>>({});
  connection = $state<ConnectionState>('connecting');
  remainingMs = $state(0);
  result = $state<AttemptResult | null>(null);
  warningMs = $state<number | null>(null);
  replacedMessage = $state<string | null>(null);
  private session: AttemptSession | null = null;
  private ticker: ReturnType<typeof setInterval> | null = null;

  constructor(initial: AttemptView) {
    this.view = initial;
    for (const a of initial.answers) this.answers[a.position] = { optionIds: a.optionIds, seq: a.clientSeq ?? 0, saved: true };
    this.result = initial.result;
  }

  /** Browser only: opens the live link and the countdown. */
  start(): void {
    if (this.session || this.result) return;
    const proto = location.protocol === 'https:' ? 'wss:' : 'ws:';
    this.session = new AttemptSession({
      url: `${proto}//${location.host}/ws`,
      attemptId: this.view.id,
      events: {
        state: (v) => {
          this.view = v;
          this.sync();
        },
        answer: () => this.sync(),
        connection: (c) => (this.connection = c),
        warning: (ms) => (this.warningMs = ms),
        finalized: (r) => this.finish(r),
        replaced: (m) => {
          this.replacedMessage = m;
          this.stop();
        },
      },
    });
    this.remainingMs = new Date(this.view.deadlineAt).getTime() - new Date(this.view.serverNow).getTime();
    this.ticker = setInterval(() => {
      if (this.session?.view) this.remainingMs = this.session.remainingMs();
    }, 250);
  }

  choose(position: number, optionIds: string[]): void {
    this.session?.choose(position, optionIds);
    this.sync();
  }

  submit(prediction?: number): Promise<AttemptResult> {
    if (!this.session) return Promise.reject(new Error('offline'));
    return this.session.submit(prediction).then((r) => {
      this.finish(r);
      return r;
    });
  }

  report(kind: 'focus_lost' | 'page_hidden' | 'paste', durationMs?: number): void {
    if (!this.result) this.session?.report(kind, durationMs);
  }

  stop(): void {
    if (this.ticker) clearInterval(this.ticker);
    this.ticker = null;
    this.session?.close();
    this.session = null;
  }

  private finish(r: AttemptResult): void {
    this.result = r;
    this.stop();
  }

  private sync(): void {
    if (!this.session) return;
    const next: Record<number, LocalAnswer> = {};
    for (const [p, a] of this.session.answers) next[p] = { ...a };
    this.answers = next;
  }
}
