import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  CloseRoundResultSchema,
  ErrorBodySchema,
  MonitorClientMessageSchema,
  MonitorRoundParamsSchema,
  MonitorSnapshotSchema,
  errorMessagesVi,
} from '@thiphapluat/shared';
import { AppError } from '../../errors.js';
import { ORG_ROUTE_PREFIX, requireSameOrigin } from '../../plugins/studio-auth.js';
import { closeRound } from './close.service.js';
import { MonitorHub, sendFrame } from './monitor.hub.js';
import { monitorSnapshot, requireRound } from './monitor.service.js';
import { resultsRoutes } from './results.routes.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Studio watchers of live rounds (the monitor WebSocket). */
    monitorHub: MonitorHub;
  }
}

export interface MonitorRoutesOptions {
  /** How often a watched round is checked for changes, and so the most often it is pushed. */
  pushIntervalMs?: number;
}

const errors = { 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema, 404: ErrorBodySchema, 409: ErrorBodySchema };


/** Studio: live monitor, round close, winners and results. Routes live under /api/studio/orgs/:orgId. */
export const monitorRoutes = fp(async (root: FastifyInstance, opts: MonitorRoutesOptions) => {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const hub = new MonitorHub(app.ctx, opts.pushIntervalMs ?? 2000);
  app.decorate('monitorHub', hub);
  app.addHook('onClose', async () => hub.close());

  app.get(
    `${ORG_ROUTE_PREFIX}/rounds/:roundId/monitor`,
    {
      config: { capability: 'contest.read' },
      schema: { tags: ['studio: monitor'], summary: 'Live figures of a round', params: MonitorRoundParamsSchema, response: { 200: MonitorSnapshotSchema, ...errors } },
    },
    async (req) => monitorSnapshot(req.ctx, req.grant().organizationId, req.params.roundId),
  );

  // The capability check (studio-auth, onRequest) and the checks below all run before the upgrade, so
  // a refused caller gets a plain HTTP 401/403/404 and never a socket.
  app.get(
    `${ORG_ROUTE_PREFIX}/rounds/:roundId/monitor/ws`,
    {
      websocket: true,
      config: { capability: 'contest.read' },
      schema: { hide: true, params: MonitorRoundParamsSchema },
      onRequest: async (req) => requireSameOrigin(req),
      preHandler: async (req, reply) => {
        requireRound(req.ctx, req.grant().organizationId, req.params.roundId);
        // A plain GET would otherwise get @fastify/websocket's empty 404, outside our error shape.
        if (!req.ws) {
          reply.header('upgrade', 'websocket');
          throw new AppError('BAD_REQUEST', 426, 'Địa chỉ này chỉ nhận kết nối WebSocket.');
        }
      },
    },
    (socket, req) => {
      const { roundId } = req.params;
      // Frames are handled one at a time, so a refresh never races the first snapshot.
      let queue = hub.watch(roundId, req.grant().organizationId, socket).catch((err) => app.log.warn({ err }, 'monitor watch failed'));
      socket.on('message', (data, isBinary) => {
        queue = queue.then(async () => {
          let json: unknown = null;
          try {
            json = isBinary ? null : JSON.parse(data.toString());
          } catch {
            json = null;
          }
          const parsed = MonitorClientMessageSchema.safeParse(json);
          if (!parsed.success) return sendFrame(socket, { type: 'error', code: 'BAD_REQUEST', message: errorMessagesVi.BAD_REQUEST });
          if (parsed.data.type === 'ping') return sendFrame(socket, { type: 'pong', serverTime: req.ctx.clock.now() });
          await hub.refresh(roundId, socket);
        });
      });
      socket.on('close', () => hub.unwatch(roundId, socket));
      socket.on('error', () => hub.unwatch(roundId, socket));
    },
  );

  app.post(
    `${ORG_ROUTE_PREFIX}/rounds/:roundId/close`,
    {
      config: { capability: 'results.manage' },
      schema: { tags: ['studio: monitor'], summary: 'End a round now; running attempts keep their deadline', params: MonitorRoundParamsSchema, response: { 200: CloseRoundResultSchema, ...errors } },
    },
    async (req) => {
      const result = await closeRound(req.ctx, req.grant(), req.params.roundId);
      hub.markDirty(req.params.roundId);
      return result;
    },
  );

  await app.register(resultsRoutes, { hub });
});
