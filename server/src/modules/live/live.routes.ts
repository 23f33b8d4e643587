import type { FastifyInstance } from 'fastify';
import { ClientMessageSchema, errorMessagesVi, WsCloseCode, type ClientMessage, type ErrorCode, type ServerMessage } from '@thiphapluat/shared';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import { SESSION_COOKIE } from '../../plugins/auth.js';
import { reportIntegrity, saveAnswer } from '../attempts/answers.service.js';
import { requireOwnAttempt, viewWithRank } from '../attempts/attempts.service.js';
import { finalizeIfOverdue, submitAttempt } from '../attempts/finalize.service.js';
import { requireVisibleScope } from '../contests/contests.service.js';
import { authenticate } from '../participants/participants.service.js';
import { send, type LiveConnection, type LiveHub } from './live.hub.js';
import { recordSignal } from '../integrity/signals.js';

const BUDGET_WINDOW_MS = 10_000;
const SESSION_RECHECK_MS = 30_000;

/** Browsers always send Origin on a WebSocket upgrade; a cookie only counts when it is our own page's. */
function sameOrigin(origin: string | undefined, host: string | undefined): boolean {
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

function errorFrame(requestId: string | null, err: unknown, log: AppContext['log']): ServerMessage {
  if (err instanceof AppError) return { type: 'error', requestId, code: err.code, message: err.message, ...(err.fields ? { fields: err.fields } : {}) };
  log.error({ err }, 'ws handler failed');
  return { type: 'error', requestId, code: 'INTERNAL', message: errorMessagesVi.INTERNAL };
}

const simpleError = (code: ErrorCode, requestId: string | null = null, fields?: { path: string; message: string }[]): ServerMessage => ({
  type: 'error',
  requestId,
  code,
  message: errorMessagesVi[code],
  ...(fields ? { fields } : {}),
});

/**
 * /ws: one socket per open quiz page. Every frame is parsed against ClientMessage; a bad frame gets an
 * error frame and the socket stays open. A socket that blows far past its message budget is closed.
 */
export async function liveRoutes(app: FastifyInstance, opts: { hub: LiveHub; messagesPer10s: number }): Promise<void> {
  const { ctx } = app;
  const { hub } = opts;

  app.get(
    '/ws',
    {
      websocket: true,
      schema: { hide: true },
      // Connections per IP; frames per socket have their own budget below.
      onRequest: app.budget('wsConnect').onRequest,
      // A plain GET would otherwise get @fastify/websocket's empty 404, outside our error shape.
      preHandler: async (req, reply) => {
        if (!req.ws) {
          reply.header('upgrade', 'websocket');
          throw new AppError('BAD_REQUEST', 426, 'Địa chỉ này chỉ nhận kết nối WebSocket.');
        }
      },
    },
    (socket, req) => {
    const c: LiveConnection = {
      socket,
      ip: req.ip,
      userAgent: String(req.headers['user-agent'] ?? '').slice(0, 200),
      deviceId: null,
      // req.host honours X-Forwarded-Host when TRUST_PROXY is on, so this holds behind a reverse proxy.
      cookieToken: sameOrigin(req.headers.origin, req.host) ? (req.cookies?.[SESSION_COOKIE] ?? null) : null,
      token: null,
      authCheckedAt: 0,
      participant: null,
      attemptId: null,
      deadlineAt: 0,
      warned: new Set(),
      submitting: false,
      finalizedSent: new Set(),
      subscriptions: new Set(),
      budget: { windowStart: ctx.clock.now(), used: 0 },
    };
    // Handle frames one at a time per socket, so a submit never overtakes the answers sent before it.
    let queue: Promise<void> = Promise.resolve();
    socket.on('message', (data, isBinary) => {
      // The budget is counted as frames arrive, not when their turn comes, so a flood cannot queue up.
      if (overBudget(c)) return;
      // Frames already received are handled even if the socket closes meanwhile: a page that sends its
      // last answers and "Nộp bài" and then unloads must not lose them.
      queue = queue.then(() => handle(c, data.toString(), isBinary)).catch((err) => send(c, errorFrame(null, err, ctx.log)));
    });
    socket.on('close', () => hub.detach(c));
    socket.on('error', () => hub.detach(c));
    },
  );

  function overBudget(c: LiveConnection): boolean {
    const now = ctx.clock.now();
    if (now - c.budget.windowStart >= BUDGET_WINDOW_MS) c.budget = { windowStart: now, used: 0 };
    c.budget.used++;
    if (c.budget.used > opts.messagesPer10s * 2) {
      c.socket.close(WsCloseCode.budgetExceeded, 'message budget exceeded');
      return true;
    }
    if (c.budget.used > opts.messagesPer10s) {
      send(c, simpleError('RATE_LIMITED'));
      return true;
    }
    return false;
  }

  async function handle(c: LiveConnection, raw: string, isBinary: boolean): Promise<void> {
    if (isBinary) return send(c, simpleError('UNSUPPORTED_MEDIA_TYPE'));
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      return send(c, simpleError('BAD_REQUEST', null, [{ path: '', message: 'Khung tin không phải JSON hợp lệ.' }]));
    }
    const parsed = ClientMessageSchema.safeParse(json);
    if (!parsed.success) {
      const echoed = (json as { requestId?: unknown } | null)?.requestId;
      // Echo the request id only when it is one the client could match; never an invalid one.
      const requestId = typeof echoed === 'string' && echoed.length > 0 && echoed.length <= 64 ? echoed : null;
      const fields = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
      return send(c, simpleError('VALIDATION_FAILED', requestId, fields));
    }
    const msg = parsed.data;
    const requestId = 'requestId' in msg ? msg.requestId : null;
    try {
      await dispatch(c, msg);
    } catch (err) {
      send(c, errorFrame(requestId, err, ctx.log));
    }
  }

  /**
   * The joined participant. The session is re-checked every SESSION_RECHECK_MS, so signing out or
   * expiry reaches an open socket within that time without a query per answer.
   */
  function joined(c: LiveConnection) {
    if (!c.participant || !c.attemptId || !c.token) throw new AppError('BAD_REQUEST', 400, 'Cần gửi attempt.join trước.');
    const now = ctx.clock.now();
    if (now - c.authCheckedAt > SESSION_RECHECK_MS) {
      const p = authenticate(ctx, c.token);
      if (!p || p.id !== c.participant.id) {
        send(c, simpleError('UNAUTHENTICATED'));
        c.socket.close(WsCloseCode.unauthenticated, 'session ended');
        throw new AppError('UNAUTHENTICATED', 401);
      }
      c.participant = p;
      c.authCheckedAt = now;
    }
    return { participant: c.participant, attemptId: c.attemptId };
  }

  async function dispatch(c: LiveConnection, msg: ClientMessage): Promise<void> {
    const now = ctx.clock.now();
    switch (msg.type) {
      case 'attempt.join': {
        const token = msg.token ?? c.cookieToken;
        const participant = token ? authenticate(ctx, token) : null;
        if (!participant) {
          send(c, simpleError('UNAUTHENTICATED'));
          return;
        }
        const attempt = requireOwnAttempt(ctx, participant, msg.attemptId);
        c.participant = participant;
        c.token = token ?? null;
        c.deviceId = msg.deviceId ?? null;
        c.authCheckedAt = ctx.clock.now();
        finalizeIfOverdue(ctx, attempt);
        const view = await viewWithRank(ctx, requireOwnAttempt(ctx, participant, msg.attemptId));
        // The socket may have closed while the view was built; a dead one must not hold the attempt.
        if (c.socket.readyState !== c.socket.OPEN) return;
        hub.attach(c, attempt.id, view.status === 'in_progress' ? attempt.deadlineAt : 0);
        if (view.status === 'in_progress') {
          recordSignal(ctx, { contestId: attempt.contestId, participantId: participant.id, attemptId: attempt.id, kind: 'join', ip: c.ip, deviceId: c.deviceId, userAgent: c.userAgent });
        }
        // Warm the answer path's cache now, so the first answer after a (re)connect is as cheap as the rest.
        if (view.status === 'in_progress') ctx.attempts.get(ctx.db, attempt.id);
        send(c, { type: 'attempt.state', attempt: view });
        send(c, { type: 'time.sync', clientTime: null, serverTime: ctx.clock.now() });
        hub.catchUp(c, attempt.id, view.status);
        return;
      }
      case 'time.sync':
        return send(c, { type: 'time.sync', clientTime: msg.clientTime, serverTime: now });
      case 'heartbeat':
        return send(c, { type: 'heartbeat.ack', serverTime: now });
      case 'answer.save': {
        const { participant, attemptId } = joined(c);
        const answer = await saveAnswer(ctx, participant, { attemptId, position: msg.position, optionIds: msg.optionIds, clientSeq: msg.clientSeq }, 'ws');
        return send(c, { type: 'answer.saved', requestId: msg.requestId, answer });
      }
      case 'attempt.submit': {
        const { participant, attemptId } = joined(c);
        c.submitting = true;
        try {
          const result = await submitAttempt(ctx, participant, attemptId, msg.prediction ?? null);
          c.finalizedSent.add(attemptId);
          c.deadlineAt = 0;
          return send(c, { type: 'attempt.finalized', attemptId, requestId: msg.requestId, result });
        } finally {
          c.submitting = false;
        }
      }
      case 'integrity.report': {
        const { participant, attemptId } = joined(c);
        const { type: _type, ...body } = msg;
        await reportIntegrity(ctx, participant, attemptId, body);
        return send(c, { type: 'integrity.recorded', kind: msg.kind });
      }
      case 'leaderboard.subscribe':
        if (c.socket.readyState !== c.socket.OPEN) return; // nobody left to push to
        requireVisibleScope(ctx.db, msg.scope);
        if (!hub.subscribe(c, msg.scope)) throw new AppError('RATE_LIMITED', 429, 'Đã theo dõi quá nhiều bảng xếp hạng trên kết nối này.');
        send(c, { type: 'leaderboard.update', leaderboard: await ctx.leaderboards.board(msg.scope, 100) });
        return;
      case 'leaderboard.unsubscribe':
        return hub.unsubscribe(c, msg.scope);
    }
  }
}
