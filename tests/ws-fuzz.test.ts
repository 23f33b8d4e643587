/**
 * Hostile frames on both WebSockets (/ws for residents, the studio's monitor socket) never crash the
 * process or the socket, never produce an INTERNAL error, and never change the database when refused.
 *
 * For every client message type of shared/src/live.messages.ts, fast-check takes a valid frame and
 * makes one part hostile (wrong types, huge or odd strings, prototype-pollution keys, deep nesting,
 * SQL and markdown injection, lone surrogates), or sends junk in place of the whole frame. Each frame is
 * followed by a heartbeat: its ack proves the frame was handled (frames are handled in order) and the
 * socket is still alive. Binary frames get an error frame; invalid UTF-8 and over-size frames close
 * the socket with the standard code (1007, 1009), after which the server still answers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { WebSocket } from 'ws';
import { ClientMessageSchema, MonitorServerMessageSchema, ServerMessageSchema } from '@thiphapluat/shared';
import { createTestApp, register, start, type Contestant, type TestApp } from './helpers/app.js';
import { demoOrganizationId, signInStaff } from './helpers/studio.js';

const SEED = Number(process.env.FC_SEED ?? 20_261_124);
const RUNS = Number(process.env.FC_RUNS ?? 40);

/** A socket that keeps every frame as it came, parsed with `schema`; frames of the wrong shape are kept apart. */
class RawSocket<T extends { type: string }> {
  frames: T[] = [];
  malformed: string[] = [];
  closed: { code: number } | null = null;
  private wake: (() => void) | null = null;

  constructor(
    readonly ws: WebSocket,
    private readonly schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } },
  ) {}

  static async open<T extends { type: string }>(t: TestApp, url: string, headers: Record<string, string>, schema: RawSocket<T>['schema']): Promise<RawSocket<T>> {
    let sock: RawSocket<T> | undefined;
    await t.app.injectWS(url, { headers } as never, {
      onInit: (raw) => {
        sock = new RawSocket(raw, schema);
        raw.on('message', (data) => sock!.receive(data.toString()));
        raw.on('close', (code) => {
          sock!.closed = { code };
          sock!.wake?.();
        });
      },
    });
    return sock!;
  }

  private receive(raw: string) {
    let parsed: ReturnType<RawSocket<T>['schema']['safeParse']> = { success: false };
    try {
      parsed = this.schema.safeParse(JSON.parse(raw));
    } catch {
      // not JSON: kept as malformed below
    }
    if (parsed.success) this.frames.push(parsed.data);
    else this.malformed.push(raw.slice(0, 300));
    this.wake?.();
  }

  /** Waits until a frame of `type` has arrived (or the socket closed); returns the frames since `from`. */
  async until(type: string, from: number, timeoutMs = 3000): Promise<T[]> {
    const deadline = Date.now() + timeoutMs;
    while (!this.frames.slice(from).some((f) => f.type === type) && !this.closed) {
      if (Date.now() > deadline) throw new Error(`no ${type} within ${timeoutMs} ms; got ${JSON.stringify(this.frames.slice(from)).slice(0, 400)}`);
      await new Promise<void>((resolve) => {
        this.wake = resolve;
        setTimeout(resolve, 50);
      });
    }
    return this.frames.slice(from);
  }

  async waitClose(timeoutMs = 3000): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    while (!this.closed) {
      if (Date.now() > deadline) throw new Error('socket did not close');
      await new Promise((r) => setTimeout(r, 20));
    }
    return this.closed.code;
  }
}

type Live = RawSocket<ReturnType<typeof ServerMessageSchema.parse>>;

let t: TestApp;
let who: Contestant;
let attemptId: string;
let optionIds: string[];

beforeAll(async () => {
  // A budget high enough for the fuzzing itself; the budget has its own tests.
  t = await createTestApp({ config: { WS_MESSAGES_PER_10S: 10_000 } });
  who = await register(t);
  const view = await start(t, who);
  attemptId = view.id;
  optionIds = view.questions[0]!.options.map((o) => o.id);
});
afterAll(async () => {
  await t?.close();
});

/** What a refused frame must leave alone: answers, attempts, integrity evidence, sessions. */
function snapshot(): string {
  const sqlite = t.app.dbHandle.sqlite;
  return ['answers', 'attempts', 'integrity_events', 'participant_sessions', 'round_results']
    .map((table) => JSON.stringify(sqlite.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all()))
    .join('\n');
}

const hostileString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    "' OR 1=1 --",
    '"; DROP TABLE answers; --',
    '<script>alert(1)</script>',
    '[x](javascript:alert(1))',
    '<img src=x onerror=alert(1)>',
    '\u0000\u0001\u0002',
    '\ud800',
    '\udfff\ud800',
    '‮evil',
    'Ａ'.repeat(3000),
    '__proto__',
    'constructor',
    '9'.repeat(400),
  ),
);
const deep = (depth: number) => JSON.parse('['.repeat(depth) + ']'.repeat(depth)) as unknown;
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.constantFrom(null, true, false, 0, -1, 1.5, 1e308, -0, Number.MAX_SAFE_INTEGER + 2, [], {}, [null], { __proto__: { polluted: true } }),
  fc.integer(),
  fc.double(),
  fc.array(hostileString, { maxLength: 8 }),
  fc.constantFrom(deep(50), deep(2000)),
  fc.dictionary(hostileString, fc.jsonValue({ maxDepth: 3 }), { maxKeys: 5 }),
);

/** A valid frame of each client message type, for the socket joined to `attemptId`. */
function validFrames(): Record<string, Record<string, unknown>> {
  return {
    'attempt.join': { type: 'attempt.join', attemptId, token: who.token },
    'time.sync': { type: 'time.sync', clientTime: 1 },
    heartbeat: { type: 'heartbeat' },
    'answer.save': { type: 'answer.save', requestId: 'r1', position: 1, optionIds: [optionIds[0]] },
    'attempt.submit': { type: 'attempt.submit', requestId: 'r2', prediction: 3 },
    'integrity.report': { type: 'integrity.report', kind: 'focus_lost' },
    'leaderboard.subscribe': { type: 'leaderboard.subscribe', scope: { kind: 'round', id: t.roundId } },
    'leaderboard.unsubscribe': { type: 'leaderboard.unsubscribe', scope: { kind: 'round', id: t.roundId } },
  };
}

/** One hostile frame as text: a valid frame with one field replaced, a pollution key added, or junk. */
function hostileFrame(base: Record<string, unknown>): fc.Arbitrary<string> {
  const keys = Object.keys(base);
  const replaced = fc.tuple(fc.constantFrom(...keys), hostileValue).map(([k, v]) => JSON.stringify({ ...base, [k]: v }));
  // JSON.stringify drops a __proto__ own key made with an object literal, so these are written as text.
  const polluted = fc.constantFrom('__proto__', 'constructor', 'prototype').map((k) => JSON.stringify(base).replace(/^\{/, `{"${k}":{"isAdmin":true,"type":"heartbeat"},`));
  const scopePolluted = fc.constant(JSON.stringify(base).replace(/\}$/, ',"scope":{"__proto__":{"kind":"round"},"id":1}}'));
  const junk = fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v) ?? 'null'),
    fc.constantFrom('', 'null', '[]', '{}', '{"type":null}', '{"type":"nope"}', '{"type":"heartbeat"', '[' .repeat(5000) + ']'.repeat(5000)),
  );
  return fc.oneof({ weight: 4, arbitrary: replaced }, { weight: 1, arbitrary: polluted }, { weight: 1, arbitrary: scopePolluted }, { weight: 2, arbitrary: junk });
}

async function liveSocket(joined: boolean): Promise<Live> {
  const sock = await RawSocket.open(t, '/ws', {}, ServerMessageSchema);
  if (joined) {
    sock.ws.send(JSON.stringify({ type: 'attempt.join', attemptId, token: who.token }));
    await sock.until('attempt.state', 0);
  }
  return sock;
}

describe('/ws under hostile frames', () => {
  for (const joined of [false, true]) {
    it(`every message type, ${joined ? 'after' : 'before'} attempt.join: an answer for each frame, never INTERNAL, no change when refused`, async () => {
      const sock = await liveSocket(joined);
      const frames = validFrames();
      for (const [type, base] of Object.entries(frames)) {
        // A submit that succeeds would end the attempt the other frames need; refused ones are the point here.
        const arb = hostileFrame(base).filter((f) => !(type === 'attempt.submit' && ClientMessageSchema.safeParse(safeJson(f)).success));
        await fc.assert(
          fc.asyncProperty(arb, async (frame) => {
            const before = snapshot();
            const from = sock.frames.length;
            sock.ws.send(frame);
            sock.ws.send(JSON.stringify({ type: 'heartbeat' }));
            const got = await sock.until('heartbeat.ack', from);
            expect(sock.closed).toBeNull();
            const replies = got.slice(0, got.findIndex((f) => f.type === 'heartbeat.ack'));
            expect(replies.filter((f) => f.type === 'error' && f.code === 'INTERNAL')).toEqual([]);
            const valid = ClientMessageSchema.safeParse(safeJson(frame)).success;
            if (!valid) {
              // Refused: an error frame (or, for a hostile heartbeat that is still a heartbeat, its ack) and nothing written.
              expect(replies.some((f) => f.type === 'error') || type === 'heartbeat').toBe(true);
              expect(snapshot()).toBe(before);
            }
          }),
          { numRuns: RUNS, seed: SEED + type.length * 7 + (joined ? 1 : 0), endOnFailure: true },
        );
      }
      expect(sock.malformed).toEqual([]);
      sock.ws.terminate();
    });
  }

  it('answers a binary frame with an error frame and keeps the socket', async () => {
    const sock = await liveSocket(true);
    const before = snapshot();
    sock.ws.send(Buffer.from(JSON.stringify({ type: 'answer.save', requestId: 'b', position: 1, optionIds: [optionIds[1]] })), { binary: true });
    sock.ws.send(JSON.stringify({ type: 'heartbeat' }));
    const got = await sock.until('heartbeat.ack', 0);
    expect(got.find((f) => f.type === 'error')).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' });
    expect(snapshot()).toBe(before);
    sock.ws.terminate();
  });

  it('closes politely on invalid UTF-8 and on an over-size frame, and the server carries on', async () => {
    const before = snapshot();
    const a = await liveSocket(true);
    a.ws.send(Buffer.from([0x7b, 0x22, 0x74, 0xff, 0xfe, 0xc3, 0x28, 0x7d]), { binary: false });
    expect(await a.waitClose()).toBe(1007);
    const b = await liveSocket(true);
    b.ws.send(JSON.stringify({ type: 'answer.save', requestId: 'big', position: 1, optionIds: ['x'.repeat(20_000)] }));
    expect(await b.waitClose()).toBe(1009);
    expect(snapshot()).toBe(before);
    expect((await t.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    // A fresh socket still joins and saves.
    const c = await liveSocket(true);
    c.ws.send(JSON.stringify({ type: 'answer.save', requestId: 'ok', position: 1, optionIds: [optionIds[0]] }));
    const got = await c.until('answer.saved', 0);
    expect(got.some((f) => f.type === 'answer.saved')).toBe(true);
    c.ws.terminate();
  });
});

describe('studio monitor socket under hostile frames', () => {
  it('answers every hostile frame with an error and keeps the socket, never INTERNAL', async () => {
    const staff = await signInStaff(t.app, { organizationId: demoOrganizationId(t.app), role: 'viewer' });
    const url = `/api/studio/orgs/${demoOrganizationId(t.app)}/rounds/${t.roundId}/monitor/ws`;
    const sock = await RawSocket.open(t, url, { cookie: staff.cookie }, MonitorServerMessageSchema);
    await sock.until('monitor.snapshot', 0);
    const before = snapshot();
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostileFrame({ type: 'ping' }), hostileFrame({ type: 'refresh' })), async (frame) => {
        const from = sock.frames.length;
        sock.ws.send(frame);
        sock.ws.send(JSON.stringify({ type: 'ping' }));
        const got = await sock.until('pong', from);
        expect(sock.closed).toBeNull();
        expect(got.filter((f) => f.type === 'error' && f.code === 'INTERNAL')).toEqual([]);
      }),
      { numRuns: RUNS * 2, seed: SEED, endOnFailure: true },
    );
    sock.ws.send(Buffer.from('{"type":"ping"}'), { binary: true });
    sock.ws.send(JSON.stringify({ type: 'ping' }));
    const got = await sock.until('pong', sock.frames.length);
    expect(got.some((f) => f.type === 'error')).toBe(true);
    expect(sock.malformed).toEqual([]);
    expect(snapshot()).toBe(before);
    sock.ws.terminate();
  });
});

function safeJson(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return undefined;
  }
}
