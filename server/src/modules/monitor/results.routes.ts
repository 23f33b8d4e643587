import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ContestSlugParamsSchema,
  DisqualifyBodySchema,
  ErrorBodySchema,
  MonitorParticipantParamsSchema,
  MonitorRoundParamsSchema,
  ParticipantStandingSchema,
  PublicResultsSchema,
  PublishResultsBodySchema,
  PublishResultsResponseSchema,
  WinnersSchema,
} from '@thiphapluat/shared';
import { ORG_ROUTE_PREFIX } from '../../plugins/studio-auth.js';
import type { MonitorHub } from './monitor.hub.js';
import { publicResults, publishResults } from './publish.service.js';
import { disqualifyParticipant, reinstateParticipant } from './standing.service.js';
import { getWinners } from './winners.service.js';

const errors = { 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema, 404: ErrorBodySchema, 409: ErrorBodySchema };

/** Winners review, disqualification, publication (studio) and the published results (public). */
export const resultsRoutes: FastifyPluginAsyncZod<{ hub: MonitorHub }> = async (app, { hub }) => {
  app.get(
    `${ORG_ROUTE_PREFIX}/rounds/:roundId/winners`,
    {
      config: { capability: 'results.manage' },
      schema: { tags: ['studio: results'], summary: 'Frozen ranking with proposed prizes', params: MonitorRoundParamsSchema, response: { 200: WinnersSchema, ...errors } },
    },
    async (req) => getWinners(req.ctx, req.grant().organizationId, req.params.roundId),
  );

  app.post(
    `${ORG_ROUTE_PREFIX}/participants/:participantId/disqualify`,
    {
      config: { capability: 'results.manage' },
      schema: {
        tags: ['studio: results'],
        summary: 'Disqualify a participant (reason required)',
        params: MonitorParticipantParamsSchema,
        body: DisqualifyBodySchema,
        response: { 200: ParticipantStandingSchema, ...errors },
      },
    },
    async (req) => {
      const standing = await disqualifyParticipant(req.ctx, req.grant(), req.params.participantId, req.body.reason);
      for (const r of standing.rounds) hub.markDirty(r);
      return standing;
    },
  );

  app.post(
    `${ORG_ROUTE_PREFIX}/participants/:participantId/reinstate`,
    {
      config: { capability: 'results.manage' },
      schema: { tags: ['studio: results'], summary: 'Undo a disqualification', params: MonitorParticipantParamsSchema, response: { 200: ParticipantStandingSchema, ...errors } },
    },
    async (req) => {
      const standing = await reinstateParticipant(req.ctx, req.grant(), req.params.participantId);
      for (const r of standing.rounds) hub.markDirty(r);
      return standing;
    },
  );

  app.post(
    `${ORG_ROUTE_PREFIX}/rounds/:roundId/results/publish`,
    {
      config: { capability: 'results.manage' },
      schema: {
        tags: ['studio: results'],
        summary: 'Publish the reviewed winners of a round',
        params: MonitorRoundParamsSchema,
        body: PublishResultsBodySchema,
        response: { 200: PublishResultsResponseSchema, ...errors },
      },
    },
    async (req) => {
      const published = publishResults(req.ctx, req.grant(), req.params.roundId, req.body.proposalKey);
      hub.markDirty(req.params.roundId);
      return published;
    },
  );

  app.get(
    '/api/contests/:slug/results',
    { schema: { tags: ['contests'], summary: 'Published winners per round', params: ContestSlugParamsSchema, response: { 200: PublicResultsSchema, 400: ErrorBodySchema, 404: ErrorBodySchema } } },
    async (req) => publicResults(req.ctx, req.params.slug),
  );
};
