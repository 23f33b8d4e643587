import { randomUUID } from 'node:crypto';
import {
  clampProgress,
  DEFAULT_ATTEMPTS,
  DEFAULT_BACKOFF_MS,
  errorMessage,
  type EnqueueOptions,
  type JobHandler,
  type JobQueue,
  type JobState,
} from './queue.port.js';

interface MemoryJob {
  state: JobState;
  data: unknown;
  maxAttempts: number;
  backoffMs: number;
  finishedAt?: number;
}

export interface MemoryJobQueueOptions {
  /** Jobs running at once. Default 1: exports are heavy and the machine is small. */
  concurrency?: number;
  /** How long a finished job's state stays readable. Default 24 h, like the export files. */
  keepFinishedMs?: number;
}

/**
 * In-process queue for a single instance: FIFO, `concurrency` jobs at a time, retries with exponential
 * backoff. Jobs do not survive a restart; that is what the BullMQ implementation is for.
 */
export class MemoryJobQueue implements JobQueue {
  private readonly handlers = new Map<string, JobHandler<unknown>>();
  private readonly jobs = new Map<string, MemoryJob>();
  private readonly ready: string[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly running = new Set<Promise<void>>();
  private readonly concurrency: number;
  private readonly keepFinishedMs: number;
  private closed = false;

  constructor(opts: MemoryJobQueueOptions = {}) {
    this.concurrency = Math.max(1, opts.concurrency ?? 1);
    this.keepFinishedMs = opts.keepFinishedMs ?? 24 * 3600_000;
  }

  register<T>(name: string, handler: JobHandler<T>): void {
    if (this.handlers.has(name)) throw new Error(`A handler for job "${name}" is already registered`);
    this.handlers.set(name, handler as JobHandler<unknown>);
    this.pump();
  }

  enqueue<T>(name: string, data: T, opts: EnqueueOptions = {}): Promise<string> {
    if (this.closed) return Promise.reject(new Error('The job queue is closed'));
    this.forgetExpired();
    const id = opts.jobId ?? randomUUID();
    if (this.jobs.has(id)) return Promise.resolve(id);
    this.jobs.set(id, {
      state: { id, name, status: 'queued', progress: 0, attempts: 0 },
      data,
      maxAttempts: Math.max(1, opts.attempts ?? DEFAULT_ATTEMPTS),
      backoffMs: Math.max(0, opts.backoffMs ?? DEFAULT_BACKOFF_MS),
    });
    this.ready.push(id);
    this.pump();
    return Promise.resolve(id);
  }

  get(id: string): Promise<JobState | null> {
    this.forgetExpired();
    const job = this.jobs.get(id);
    return Promise.resolve(job ? { ...job.state } : null);
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    await Promise.all([...this.running]);
  }

  /** Starts the oldest runnable jobs while there is room; a job whose handler is not registered yet waits. */
  private pump(): void {
    while (!this.closed && this.running.size < this.concurrency) {
      const index = this.ready.findIndex((id) => this.handlers.has(this.jobs.get(id)!.state.name));
      if (index < 0) return;
      const [id] = this.ready.splice(index, 1);
      const run = this.run(this.jobs.get(id!)!).finally(() => {
        this.running.delete(run);
        this.pump();
      });
      this.running.add(run);
    }
  }

  private async run(job: MemoryJob): Promise<void> {
    const { state } = job;
    const handler = this.handlers.get(state.name)!;
    state.status = 'running';
    state.attempts += 1;
    try {
      const result = await handler({
        id: state.id,
        data: job.data,
        attempt: state.attempts,
        progress: (p) => {
          state.progress = clampProgress(p);
          return Promise.resolve();
        },
      });
      Object.assign(state, { status: 'done', progress: 100, result, error: undefined });
      job.finishedAt = Date.now();
    } catch (err) {
      state.error = errorMessage(err);
      if (state.attempts >= job.maxAttempts) {
        state.status = 'failed';
        job.finishedAt = Date.now();
        return;
      }
      state.status = 'queued';
      const delay = job.backoffMs * 2 ** (state.attempts - 1);
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        this.ready.push(state.id);
        this.pump();
      }, delay);
      this.timers.add(timer);
    }
  }

  private forgetExpired(): void {
    const cutoff = Date.now() - this.keepFinishedMs;
    for (const [id, job] of this.jobs) if (job.finishedAt !== undefined && job.finishedAt < cutoff) this.jobs.delete(id);
  }
}
