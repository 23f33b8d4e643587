import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import WebSocket from 'ws';
import { answers } from '@thiphapluat/db';
import { AttemptSession, type ConnectionState, type SocketLike } from '../web/src/lib/live/attempt-session.js';
import { createTestApp, register, start, type Contestant, type TestApp } from './helpers/app.js';

/** Waits until `check` passes, polling; fails with the last error after `ms`. */
async function eventually(check: () => void, ms = 3000): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      return check();
    } catch (err) {
      if (Date.now() > until) throw err;
      await new Promise((r) => setTimeout(r, 20));
    }
  }
}

/**
 * The quiz page's live client (web/src/lib/live/attempt-session.ts) against the real server over a real
 * socket: what it calls saved is in the database, and nothing chosen offline is lost.
 */
describe('AttemptSession (the quiz page client)', () => {
  let t: TestApp;
  let url: string;
  let me: Contestant;
  let sessions: AttemptSession[];
  beforeEach(async () => {
    t = await createTestApp();
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    url = address.replace('http', 'ws') + '/ws';
    me = await register(t);
    sessions = [];
  });
  afterEach(async () => {
    for (const s of sessions) s.close();
    await t.close();
  });

  /** A network the test can cut: while down, every connect fails like a dead link. */
  function network() {
    let up = true;
    const live = new Set<WebSocket>();
    return {
      connect: (u: string): SocketLike => {
        const ws = new WebSocket(up ? u : 'ws://127.0.0.1:9/unreachable');
        live.add(ws);
        ws.on('close', () => live.delete(ws));
        ws.on('error', () => undefined);
        return ws as unknown as SocketLike;
      },
      down() {
        up = false;
        for (const ws of live) ws.terminate();
      },
      up() {
        up = true;
      },
    };
  }

  function open(attemptId: string, extra: Partial<ConstructorParameters<typeof AttemptSession>[0]> = {}) {
    const states: ConnectionState[] = [];
    const s = new AttemptSession({ url, attemptId, token: me.token, connect: network().connect, backoffMs: { min: 20, max: 100 }, events: { connection: (c) => states.push(c) }, ...extra });
    sessions.push(s);
    return { s, states };
  }

  const stored = (attemptId: string) => t.app.ctx.db.select().from(answers).where(eq(answers.attemptId, attemptId)).all();

  it('marks a choice saved only after the server stored it, and follows the server clock', async () => {
    const a = await start(t, me);
    const { s } = open(a.id);
    await eventually(() => expect(s.connection).toBe('online'));
    // The test server's clock is fixed in 2026; the countdown must follow it, not this machine's.
    expect(Math.abs(s.remainingMs() - (new Date(a.deadlineAt).getTime() - t.clock.now()))).toBeLessThan(2000);
    const choice = s.choose(1, [a.questions[0]!.options[1]!.id]);
    expect(choice.saved).toBe(false);
    await eventually(() => expect(s.answers.get(1)?.saved).toBe(true));
    expect(stored(a.id)).toEqual([expect.objectContaining({ position: 1, optionIds: [a.questions[0]!.options[1]!.id], clientSeq: choice.seq })]);
  });

  it('keeps choices made offline and sends them in order when the link returns', async () => {
    const a = await start(t, me);
    const net = network();
    const { s, states } = open(a.id, { connect: net.connect });
    await eventually(() => expect(s.connection).toBe('online'));
    net.down();
    await eventually(() => expect(s.connection).toBe('offline'));
    const q = a.questions;
    s.choose(1, [q[0]!.options[0]!.id]);
    s.choose(2, [q[1]!.options[0]!.id]);
    s.choose(1, [q[0]!.options[1]!.id]); // changed my mind while offline: the later choice must win
    expect(s.pending()).toHaveLength(2);
    expect(stored(a.id)).toHaveLength(0);
    net.up();
    await eventually(() => expect(s.pending()).toHaveLength(0));
    expect(states).toContain('offline');
    const rows = stored(a.id).sort((x, y) => x.position - y.position);
    expect(rows.map((r) => [r.position, r.optionIds])).toEqual([
      [1, [q[0]!.options[1]!.id]],
      [2, [q[1]!.options[0]!.id]],
    ]);
  });

  it('resumes after a refresh with the saved answers, and a new choice is not refused as stale', async () => {
    const a = await start(t, me);
    const first = open(a.id).s;
    await eventually(() => expect(first.connection).toBe('online'));
    first.choose(3, [a.questions[2]!.options[1]!.id]);
    await eventually(() => expect(first.answers.get(3)?.saved).toBe(true));
    first.close();
    const errors: string[] = [];
    const again = open(a.id, { events: { error: (e) => errors.push(e.code) } }).s;
    await eventually(() => expect(again.answers.get(3)).toMatchObject({ saved: true, optionIds: [a.questions[2]!.options[1]!.id] }));
    again.choose(3, [a.questions[2]!.options[0]!.id]);
    await eventually(() => expect(again.answers.get(3)?.saved).toBe(true));
    expect(errors).toEqual([]);
    expect(stored(a.id)[0]?.optionIds).toEqual([a.questions[2]!.options[0]!.id]);
  });

  it('tells the older page it was replaced when the attempt opens elsewhere', async () => {
    const a = await start(t, me);
    const replaced: string[] = [];
    const older = open(a.id, { events: { replaced: (m) => replaced.push(m) } }).s;
    await eventually(() => expect(older.connection).toBe('online'));
    const newer = open(a.id).s;
    await eventually(() => expect(newer.connection).toBe('online'));
    await eventually(() => expect(older.connection).toBe('replaced'));
    expect(replaced[0]).toMatch(/thẻ hoặc thiết bị khác/);
  });

  it('submits and receives the result', async () => {
    const a = await start(t, me);
    const { s } = open(a.id);
    await eventually(() => expect(s.connection).toBe('online'));
    const result = await s.submit(12);
    expect(result).toMatchObject({ attemptId: a.id, status: 'submitted', prediction: 12 });
  });
});
