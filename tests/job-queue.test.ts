import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '@thiphapluat/server';
import { BullMqJobQueue, createJobQueue, MemoryJobQueue, type JobQueue, type JobState } from '../server/src/adapters/queue/index.js';
import { Redis } from 'ioredis';

interface Backend {
  /** `name` keeps each test's jobs apart from the others' workers, which stay open until afterAll. */
  create(name: string): JobQueue;
  cleanUp(): Promise<void>;
}

const inProcess: Backend = {
  create: () => new MemoryJobQueue({ concurrency: 2 }),
  cleanUp: () => Promise.resolve(),
};

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const prefix = `tpl-test-${process.pid}-${Date.now()}`;

const onRedis: Backend = {
  create: (name) => new BullMqJobQueue({ redisUrl: REDIS_URL, prefix, queueName: name, concurrency: 2 }),
  /** Deletes every key this run wrote, so the shared Redis is left as it was found. */
  async cleanUp() {
    const redis = new Redis(REDIS_URL);
    try {
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
        if (keys.length) await redis.del(...keys);
        cursor = next;
      } while (cursor !== '0');
      const [, left] = await redis.scan('0', 'MATCH', `${prefix}:*`, 'COUNT', 10_000);
      expect(left).toEqual([]);
    } finally {
      await redis.quit();
    }
  },
};

/** Polls until the job reaches one of `statuses`; fails with the last state seen if it never does. */
async function waitFor(queue: JobQueue, id: string, statuses: JobState['status'][], timeoutMs = 5000): Promise<JobState> {
  const deadline = Date.now() + timeoutMs;
  let last: JobState | null = null;
  while (Date.now() < deadline) {
    last = await queue.get(id);
    if (last && statuses.includes(last.status)) return last;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`job ${id} never reached ${statuses.join('/')}; last state: ${JSON.stringify(last)}`);
}

function gate(): { promise: Promise<void>; open: () => void } {
  let open!: () => void;
  const promise = new Promise<void>((r) => (open = r));
  return { promise, open };
}

describe.each([
  ['in-process', inProcess],
  ['BullMQ on the real Redis', onRedis],
] as const)('JobQueue contract: %s', (_label, backend) => {
  const queues: JobQueue[] = [];
  const make = (): JobQueue => {
    const q = backend.create(`contract-${queues.length}`);
    queues.push(q);
    return q;
  };

  afterAll(async () => {
    await Promise.all(queues.map((q) => q.close()));
    await backend.cleanUp();
  });

  it('runs a job and keeps its result with progress 100', async () => {
    const queue = make();
    queue.register<{ a: number; b: number }>('sum', ({ data }) => Promise.resolve({ total: data.a + data.b }));
    const id = await queue.enqueue('sum', { a: 2, b: 40 });
    const state = await waitFor(queue, id, ['done', 'failed']);
    expect(state).toMatchObject({ id, name: 'sum', status: 'done', progress: 100, attempts: 1, result: { total: 42 } });
    expect(state.error).toBeUndefined();
  });

  it('shows progress while the job is running', async () => {
    const queue = make();
    const reported = gate();
    const release = gate();
    queue.register('slow', async ({ progress }) => {
      await progress(40);
      reported.open();
      await release.promise;
      return 'finished';
    });
    const id = await queue.enqueue('slow', {});
    await reported.promise;
    const running = await waitFor(queue, id, ['running']);
    expect(running.progress).toBe(40);
    release.open();
    expect(await waitFor(queue, id, ['done', 'failed'])).toMatchObject({ status: 'done', progress: 100, result: 'finished' });
  });

  it('retries a job that crashed on its first run and ends done after 2 attempts', async () => {
    const queue = make();
    const seen: number[] = [];
    queue.register<{ n: number }>('flaky', ({ attempt, data }) => {
      seen.push(attempt);
      if (attempt === 1) throw new Error('worker crashed');
      return Promise.resolve(data.n * 2);
    });
    const id = await queue.enqueue('flaky', { n: 21 }, { attempts: 3, backoffMs: 10 });
    const state = await waitFor(queue, id, ['done', 'failed']);
    expect(state).toMatchObject({ status: 'done', attempts: 2, result: 42 });
    expect(state.error).toBeUndefined();
    expect(seen).toEqual([1, 2]);
  });

  it('marks a job that always throws as failed with its error after every attempt', async () => {
    const queue = make();
    let runs = 0;
    queue.register('broken', () => {
      runs += 1;
      return Promise.reject(new Error(`bad input on run ${runs}`));
    });
    const id = await queue.enqueue('broken', {}, { attempts: 3, backoffMs: 10 });
    const state = await waitFor(queue, id, ['done', 'failed']);
    expect(state).toMatchObject({ status: 'failed', attempts: 3, error: 'bad input on run 3' });
    expect(runs).toBe(3);
  });

  it('runs a job once when it is enqueued twice with the same jobId', async () => {
    const queue = make();
    let runs = 0;
    queue.register<{ v: string }>('once', ({ data }) => {
      runs += 1;
      return Promise.resolve(data.v);
    });
    const jobId = `export-${Date.now()}`;
    const first = await queue.enqueue('once', { v: 'first' }, { jobId });
    const second = await queue.enqueue('once', { v: 'second' }, { jobId });
    expect(second).toBe(first);
    expect(await waitFor(queue, jobId, ['done', 'failed'])).toMatchObject({ status: 'done', result: 'first' });
    // A late duplicate after completion must not run it again either.
    expect(await queue.enqueue('once', { v: 'third' }, { jobId })).toBe(jobId);
    await new Promise((r) => setTimeout(r, 100));
    expect(runs).toBe(1);
    expect(await queue.get(jobId)).toMatchObject({ result: 'first' });
  });

  it('answers null for an unknown job id', async () => {
    const queue = make();
    expect(await queue.get('no-such-job')).toBeNull();
  });
});

describe('createJobQueue', () => {
  it('reads REDIS_URL as an optional redis:// URL', () => {
    expect(loadConfig({}).REDIS_URL).toBeUndefined();
    expect(loadConfig({ REDIS_URL: 'redis://:secret@cache:6380/2' }).REDIS_URL).toBe('redis://:secret@cache:6380/2');
    expect(() => loadConfig({ REDIS_URL: 'http://cache:6379' })).toThrow(/REDIS_URL: REDIS_URL must be a redis:\/\/ or rediss:\/\/ URL/);
  });

  it('is in-process without REDIS_URL and BullMQ with it', async () => {
    const memory = createJobQueue({});
    const redis = createJobQueue({ redisUrl: REDIS_URL, prefix });
    try {
      expect(memory).toBeInstanceOf(MemoryJobQueue);
      expect(redis).toBeInstanceOf(BullMqJobQueue);
    } finally {
      await Promise.all([memory.close(), redis.close()]);
    }
  });
});
