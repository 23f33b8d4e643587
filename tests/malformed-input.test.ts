import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ErrorBodySchema } from '@thiphapluat/shared';
import { createTestApp, register, SLUG, start, type Contestant, type TestApp } from './helpers/app.js';
import { TestSocket } from './helpers/ws.js';

/**
 * Bad input gets a 4xx with a stable code and loses nothing; never a 500. Every route, with random
 * bodies, params, queries and headers, signed in and not.
 */
describe('malformed input on every route', () => {
  let t: TestApp;
  let me: Contestant;
  let attemptId: string;
  beforeAll(async () => {
    t = await createTestApp();
    me = await register(t);
    attemptId = (await start(t, me)).id;
  });
  afterAll(async () => t.close());

  const routes = () => [
    { method: 'GET', url: '/api/contests' },
    { method: 'GET', url: `/api/contests/${SLUG}` },
    { method: 'GET', url: `/api/contests/${SLUG}/units` },
    { method: 'POST', url: `/api/contests/${SLUG}/participants` },
    { method: 'POST', url: `/api/contests/${SLUG}/sessions` },
    { method: 'DELETE', url: '/api/session' },
    { method: 'GET', url: '/api/me' },
    { method: 'POST', url: `/api/rounds/${t.roundId}/attempts` },
    { method: 'GET', url: '/api/me/attempts' },
    { method: 'GET', url: `/api/attempts/${attemptId}` },
    { method: 'PUT', url: `/api/attempts/${attemptId}/answers/1` },
    { method: 'POST', url: `/api/attempts/${attemptId}/submit` },
    { method: 'POST', url: `/api/attempts/${attemptId}/integrity-events` },
    { method: 'GET', url: `/api/rounds/${t.roundId}/leaderboard` },
    { method: 'GET', url: `/api/rounds/${t.roundId}/leaderboard/me` },
    { method: 'GET', url: `/api/contests/${SLUG}/leaderboard` },
    { method: 'GET', url: `/api/contests/${SLUG}/leaderboard/me` },
    { method: 'GET', url: '/api/me/data' },
    { method: 'POST', url: '/api/me/erasure' },
  ] as const;

  // Replaces one path segment with junk, so params validation is exercised too.
  const segment = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('-1', '0', '1e9', '9007199254740993', '%00', '..', 'null', "' or 1=1 --", 'đất-đai'));
  const body = fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    fc.string({ maxLength: 200 }),
    fc.record({ optionIds: fc.array(fc.string({ maxLength: 40 }), { maxLength: 8 }), clientSeq: fc.oneof(fc.integer(), fc.double(), fc.string()) }, { requiredKeys: [] }),
    fc.record(
      {
        fullName: fc.string(),
        birthDate: fc.oneof(fc.string(), fc.constant('2026-02-30'), fc.constant('1990-01-01')),
        phone: fc.oneof(fc.string({ maxLength: 25 }), fc.constant('0912345678')),
        password: fc.string(),
        unitId: fc.oneof(fc.integer(), fc.string()),
        cccd: fc.string(),
        consent: fc.oneof(fc.boolean(), fc.constant('true')),
        kind: fc.string(),
        prediction: fc.oneof(fc.integer(), fc.double(), fc.string()),
      },
      { requiredKeys: [] },
    ),
  );
  const query = fc.dictionary(fc.constantFrom('limit', 'q', 'x', '__proto__'), fc.oneof(fc.string({ maxLength: 120 }), fc.constant('-5'), fc.constant('1000')), { maxKeys: 3 });
  const contentType = fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json; charset=latin1', undefined);

  it('answers a plain GET on /ws (no upgrade) with 426 in our error shape', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/ws' });
    expect(res.statusCode).toBe(426);
    expect(ErrorBodySchema.parse(res.json()).error.code).toBe('BAD_REQUEST');
  });

  it('answers 4xx with an error code, never 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: routes().length - 1 }),
        fc.option(fc.nat({ max: 6 }), { nil: undefined }),
        segment,
        body,
        query,
        contentType,
        fc.boolean(),
        async (routeIndex, replaceAt, junk, payload, q, ct, signedIn) => {
          const route = routes()[routeIndex]!;
          let url: string = route.url;
          if (replaceAt !== undefined) {
            const parts = url.split('/');
            const i = 2 + (replaceAt % Math.max(1, parts.length - 2));
            if (i < parts.length) parts[i] = encodeURIComponent(junk);
            url = parts.join('/');
          }
          const headers: Record<string, string> = {};
          if (ct) headers['content-type'] = ct;
          if (signedIn) headers.authorization = `Bearer ${me.token}`;
          const hasBody = route.method !== 'GET';
          const res = await t.app.inject({
            method: route.method,
            url,
            query: q,
            headers,
            ...(hasBody ? { payload: typeof payload === 'string' ? payload : JSON.stringify(payload) } : {}),
          });
          expect(res.statusCode, `${route.method} ${url} -> ${res.body}`).toBeLessThan(500);
          if (res.statusCode >= 400) expect(ErrorBodySchema.safeParse(res.json()).success, res.body).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('refuses invalid UTF-8, deep nesting and prototype-pollution keys on every route, changing nothing', async () => {
    // Each # becomes bytes that are not UTF-8 (a bad continuation, 0xFF/0xFE, a UTF-16 surrogate half).
    const withInvalidUtf8 = (template: string) =>
      Buffer.concat(template.split('#').flatMap((part, i) => (i === 0 ? [Buffer.from(part)] : [Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0xed, 0xa0, 0x80]), Buffer.from(part)])));
    const hostile: Buffer[] = [
      // Hostile parts go into the fields each route reads: an unknown key would just be dropped.
      withInvalidUtf8('{"prediction":"#","optionIds":["#"],"password":"#","kind":"#","phone":"#","fullName":"#"}'),
      Buffer.from('['.repeat(20_000) + ']'.repeat(20_000)),
      Buffer.from(`{${['prediction', 'optionIds', 'password', 'kind', 'phone'].map((k) => `"${k}":${'{"a":'.repeat(2000)}1${'}'.repeat(2000)}`).join(',')}}`),
      Buffer.from('{"__proto__":{"polluted":true},"optionIds":["a"],"password":"x","confirm":true}'),
      Buffer.from('{"constructor":{"prototype":{"polluted":true}},"kind":"paste"}'),
      Buffer.from('{"optionIds":{"__proto__":["a"]},"scope":{"__proto__":{"kind":"round"}}}'),
    ];
    const tables = ['participants', 'participant_sessions', 'attempts', 'answers', 'integrity_events'];
    const snapshot = () => tables.map((x) => JSON.stringify(t.app.dbHandle.sqlite.prepare(`SELECT * FROM ${x} ORDER BY rowid`).all())).join('\n');
    // Its own participant with an attempt in progress: the run above may have signed `me` out or submitted.
    const player = await register(t);
    const ownAttempt = (await start(t, player)).id;
    const before = snapshot();
    // The routes that read a body (sign-out and start take none, and would succeed).
    for (const route of routes()) {
      if (route.method === 'GET' || route.url === '/api/session' || route.url.endsWith('/attempts')) continue;
      const url = route.url.replace(attemptId, ownAttempt);
      for (const payload of hostile) {
        const res = await t.app.inject({ method: route.method, url, headers: { 'content-type': 'application/json', authorization: `Bearer ${player.token}` }, payload });
        expect(res.statusCode, `${route.method} ${route.url} -> ${res.body.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
        expect(res.statusCode, `${route.method} ${route.url} -> ${res.body.slice(0, 200)}`).toBeLessThan(500);
        expect(ErrorBodySchema.safeParse(res.json()).success, res.body).toBe(true);
      }
    }
    expect(snapshot()).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects a body over the limit with 413 PAYLOAD_TOO_LARGE', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/contests/${SLUG}/participants`,
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ fullName: 'x'.repeat(70_000) }),
    });
    expect(res.statusCode).toBe(413);
    expect(ErrorBodySchema.parse(res.json()).error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers unknown routes with 404 NOT_FOUND in the error shape', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/nope' });
    expect(res.statusCode).toBe(404);
    expect(ErrorBodySchema.parse(res.json()).error.code).toBe('NOT_FOUND');
  });

  it('answers every random WebSocket frame with an error frame or a reply, and keeps the socket open', async () => {
    // Its own participant: the HTTP run above may have signed `me` out or submitted its attempt.
    const player = await register(t);
    const attempt = await start(t, player);
    const ws = await TestSocket.open(t.app);
    ws.send({ type: 'attempt.join', attemptId: attempt.id, token: player.token });
    await ws.next('attempt.state');
    const frame = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
      fc
        .record({
          type: fc.constantFrom('attempt.join', 'time.sync', 'answer.save', 'attempt.submit', 'integrity.report', 'leaderboard.subscribe', 'bogus'),
          requestId: fc.oneof(fc.string({ maxLength: 80 }), fc.integer()),
          position: fc.oneof(fc.integer({ min: -5, max: 30 }), fc.string()),
          optionIds: fc.array(fc.string({ maxLength: 40 }), { maxLength: 8 }),
          clientTime: fc.oneof(fc.integer(), fc.double()),
          kind: fc.string(),
          scope: fc.record({ kind: fc.constantFrom('round', 'contest', 'x'), id: fc.integer() }),
        }, { requiredKeys: ['type'] })
        // A valid submit would end the attempt and make the rest of the run trivial; keep it malformed.
        .filter((f) => f.type !== 'attempt.submit' || typeof f.requestId !== 'string' || f.requestId.length === 0)
        .map((v) => JSON.stringify(v)),
    );
    // Stays under the per-socket budget (120 frames per 10 s) so every frame is really parsed.
    const frames = fc.sample(frame, { numRuns: 100, seed: 42 });
    for (const f of frames) ws.sendRaw(f);
    ws.send({ type: 'heartbeat' });
    await ws.next('heartbeat.ack', undefined, 10_000);
    expect(ws.closed).toBeNull();
    expect(ws.pending().some((m) => m.type === 'error' && m.code === 'INTERNAL')).toBe(false);
    ws.close();
  });
});
