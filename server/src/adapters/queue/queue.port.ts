/** Where a job is in its life. `queued` covers waiting for its first run and waiting out a retry backoff. */
export type JobStatus = 'queued' | 'running' | 'done' | 'failed';

export interface JobState {
  id: string;
  name: string;
  status: JobStatus;
  /** 0–100, as last reported by the handler; 100 once done. */
  progress: number;
  /** Runs started so far (1 after the first run, 2 after one retry…). */
  attempts: number;
  result?: unknown;
  /** The last error's message, once failed. */
  error?: string;
}

export interface JobContext<T> {
  id: string;
  data: T;
  /** 1 on the first run, 2 on the first retry… */
  attempt: number;
  /** Reports progress (0–100); values outside are clamped. */
  progress(percent: number): Promise<void>;
}

export type JobHandler<T> = (job: JobContext<T>) => Promise<unknown>;

export interface EnqueueOptions {
  /** Idempotency key: enqueueing again with the same id returns the existing job instead of adding a second one. */
  jobId?: string;
  /** Total runs allowed, the first included. Default 3. */
  attempts?: number;
  /** Delay before a retry, doubled on each further retry. Default 1000 ms. */
  backoffMs?: number;
}

/**
 * Background jobs by name. The same handlers and the same contract test run against the in-process
 * implementation and the BullMQ one, so a feature never knows which one it got.
 */
export interface JobQueue {
  /** Handlers must be registered before jobs of that name can run; one handler per name. */
  register<T>(name: string, handler: JobHandler<T>): void;
  enqueue<T>(name: string, data: T, opts?: EnqueueOptions): Promise<string>;
  /** The job's state, or null for an unknown (or expired) id. */
  get(id: string): Promise<JobState | null>;
  /** Stops taking jobs, waits for running ones, and releases connections and timers. */
  close(): Promise<void>;
}

export const DEFAULT_ATTEMPTS = 3;
export const DEFAULT_BACKOFF_MS = 1000;

export function clampProgress(p: number): number {
  if (!Number.isFinite(p)) return 0;
  return Math.min(100, Math.max(0, Math.round(p)));
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
