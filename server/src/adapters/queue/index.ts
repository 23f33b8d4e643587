export type { EnqueueOptions, JobContext, JobHandler, JobQueue, JobState, JobStatus } from './queue.port.js';
export { MemoryJobQueue } from './memory.queue.js';
export { BullMqJobQueue } from './bullmq.queue.js';
export { createJobQueue } from './create-queue.js';
