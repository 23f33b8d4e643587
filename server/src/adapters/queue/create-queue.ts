import { BullMqJobQueue } from './bullmq.queue.js';
import { MemoryJobQueue } from './memory.queue.js';
import type { JobQueue } from './queue.port.js';

export interface CreateJobQueueOptions {
  /** `REDIS_URL`: BullMQ when set, in-process otherwise. */
  redisUrl?: string | undefined;
  /** Redis key prefix (BullMQ only). */
  prefix?: string;
  concurrency?: number;
}

/** Picks the JobQueue implementation from the configuration. */
export function createJobQueue(opts: CreateJobQueueOptions = {}): JobQueue {
  if (opts.redisUrl) {
    return new BullMqJobQueue({
      redisUrl: opts.redisUrl,
      ...(opts.prefix ? { prefix: opts.prefix } : {}),
      ...(opts.concurrency ? { concurrency: opts.concurrency } : {}),
    });
  }
  return new MemoryJobQueue(opts.concurrency ? { concurrency: opts.concurrency } : {});
}
