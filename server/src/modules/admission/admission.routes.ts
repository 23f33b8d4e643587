import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AdmissionTicketParamsSchema, AdmissionTicketSchema, ErrorBodySchema, POW_HEADER } from '@thiphapluat/shared';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ParticipantRow } from '../participants/participants.repository.js';
import { WaitingRoom, type StartOutcome, type WaitingRoomLimits } from './waiting-room.js';

declare module 'fastify' {
  interface FastifyInstance {
    admission: {
      room: WaitingRoom;
      /** Start an attempt through the waiting room (the start route's handler body). */
      start(req: FastifyRequest, participant: ParticipantRow, roundId: number): Promise<StartOutcome>;
    };
  }
}

/** How often the room looks for free capacity while people wait. */
const DRAIN_INTERVAL_MS = 50;

/**
 * Whether this request proves its work. A start that would go straight through needs none; one that
 * queues may bring it now or with a later poll (the waiting page solves while it waits). A solution
 * that is present but wrong is refused like anywhere else.
 */
async function proves(app: FastifyInstance, req: FastifyRequest): Promise<boolean> {
  if (!app.pow.required || req.headers[POW_HEADER] === undefined) return false;
  await app.pow.verify(req);
  return true;
}

export const admissionPlugin = fp<{ limits: Omit<WaitingRoomLimits, 'powRequired'>; eventLoopDelayMs: () => number; drain: boolean }>(async (app, opts) => {
  const room = new WaitingRoom(app.ctx, { ...opts.limits, powRequired: app.pow.required }, opts.eventLoopDelayMs);
  app.decorate('admission', {
    room,
    start: async (req, participant, roundId) => room.start(participant, roundId, room.wouldQueue() ? await proves(app, req) : false),
  });

  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/admission/tickets/:ticketId',
    {
      schema: {
        tags: ['attempts'],
        summary: 'A place in the waiting room: position, estimated wait, and the attempt once admitted',
        params: AdmissionTicketParamsSchema,
        response: { 200: AdmissionTicketSchema, 400: ErrorBodySchema, 401: ErrorBodySchema, 404: ErrorBodySchema },
      },
    },
    async (req) => {
      const participant = req.participant();
      const proven = room.needsProof(participant.id, req.params.ticketId) ? await proves(app, req) : false;
      return room.poll(participant.id, req.params.ticketId, proven);
    },
  );

  if (!opts.drain) return;
  let timer: NodeJS.Timeout | undefined;
  app.addHook('onReady', async () => {
    timer = setInterval(() => {
      if (room.waiting > 0) room.drain().catch((err) => app.log.error({ err }, 'waiting room drain failed'));
    }, DRAIN_INTERVAL_MS);
    timer.unref();
  });
  app.addHook('onClose', async () => clearInterval(timer));
});
