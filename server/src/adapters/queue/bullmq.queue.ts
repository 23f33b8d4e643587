import { Queue, Worker, type Job, type ConnectionOptions } from 'bullmq';
import {
  clampProgress,
  DEFAULT_ATTEMPTS,
  DEFAULT_BACKOFF_MS,
  errorMessage,
  type EnqueueOptions,
  type JobHandler,
  type JobQueue,
  type JobState,
  type JobStatus,
} from './queue.port.js';
import { Redis } from 'ioredis';

export interface BullMqJobQueueOptions {
  redisUrl: string;
  /** Redis key prefix; tests use a unique one so runs never see each other's jobs. Default `tpl`. */
  prefix?: string;
  /** Queue name under the prefix. Default `jobs`. */
  queueName?: string;
  concurrency?: number;
  /** How long finished jobs stay readable (and idempotent). Default 24 h, like the export files. */
  keepFinishedSeconds?: number;
  /** Worker and connection errors; they do not stop the queue. Default: console.error. */
  onError?: (err: Error) => void;
}

const STATUS: Record<string, JobStatus> = {
  completed: 'done',
  failed: 'failed',
  active: 'running',
};

/**
 * JobQueue on BullMQ, so jobs survive a restart and several instances share the work. One Queue and one
 * Worker carry every job name; the worker dispatches on `job.name` to the registered handler.
 */
export class BullMqJobQueue implements JobQueue {
  private readonly handlers = new Map<string, JobHandler<unknown>>();
  private readonly client: Redis;
  private readonly queue: Queue;
  private worker: Worker | null = null;
  private readonly keepSeconds: number;
  private readonly onError: (err: Error) => void;

  constructor(private readonly opts: BullMqJobQueueOptions) {
    // BullMQ's workers block on Redis; it requires maxRetriesPerRequest: null on their connection.
    this.client = new Redis(opts.redisUrl, { maxRetriesPerRequest: null });
    this.keepSeconds = opts.keepFinishedSeconds ?? 24 * 3600;
    this.onError = opts.onError ?? ((err) => console.error('job queue:', err.message));
    this.client.on('error', this.onError);
    this.queue = new Queue(opts.queueName ?? 'jobs', {
      connection: this.client as ConnectionOptions,
      prefix: opts.prefix ?? 'tpl',
    });
    this.queue.on('error', this.onError);
  }

  register<T>(name: string, handler: JobHandler<T>): void {
    if (this.handlers.has(name)) throw new Error(`A handler for job "${name}" is already registered`);
    this.handlers.set(name, handler as JobHandler<unknown>);
    // The worker starts with the first handler, so a process that only enqueues never takes jobs.
    this.worker ??= this.startWorker();
  }

  private startWorker(): Worker {
    const worker = new Worker(
      this.queue.name,
      async (job: Job) => {
        const handler = this.handlers.get(job.name);
        if (!handler) throw new Error(`No handler registered for job "${job.name}"`);
        return handler({
          id: job.id!,
          data: job.data as unknown,
          attempt: job.attemptsMade + 1,
          progress: (p) => job.updateProgress(clampProgress(p)),
        });
      },
      {
        connection: this.client as ConnectionOptions,
        prefix: this.opts.prefix ?? 'tpl',
        concurrency: this.opts.concurrency ?? 1,
      },
    );
    worker.on('error', this.onError);
    return worker;
  }

  async enqueue<T>(name: string, data: T, opts: EnqueueOptions = {}): Promise<string> {
    const job = await this.queue.add(name, data, {
      ...(opts.jobId ? { jobId: opts.jobId } : {}),
      attempts: Math.max(1, opts.attempts ?? DEFAULT_ATTEMPTS),
      backoff: { type: 'exponential', delay: Math.max(0, opts.backoffMs ?? DEFAULT_BACKOFF_MS) },
      removeOnComplete: { age: this.keepSeconds },
      removeOnFail: { age: this.keepSeconds },
    });
    return job.id!;
  }

  async get(id: string): Promise<JobState | null> {
    // State first, then the hash: read the other way round, a job finishing in between would show as
    // done without its result.
    const state = await this.queue.getJobState(id);
    if (state === 'unknown') return null;
    const job = await this.queue.getJob(id);
    if (!job) return null;
    const status = STATUS[state] ?? 'queued';
    const progress = typeof job.progress === 'number' ? job.progress : 0;
    return {
      id: job.id!,
      name: job.name,
      status,
      progress: status === 'done' ? 100 : progress,
      attempts: job.attemptsStarted,
      ...(status === 'done' ? { result: job.returnvalue as unknown } : {}),
      ...(status === 'failed' ? { error: job.failedReason } : {}),
    };
  }

  async close(): Promise<void> {
    try {
      await this.worker?.close();
      await this.queue.close();
    } finally {
      await this.client.quit().catch((err: unknown) => this.onError(new Error(errorMessage(err))));
    }
  }
}
