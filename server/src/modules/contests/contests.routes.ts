import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ContestDetailSchema, ContestListSchema, ContestSlugParamsSchema, UnitListSchema, UnitSearchQuerySchema } from '@thiphapluat/shared';
import { getContest, listContests, searchUnits } from './contests.service.js';

export const contestsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/contests', { schema: { tags: ['contests'], summary: 'Open, upcoming and closed contests', response: { 200: ContestListSchema } } }, async (req) =>
    listContests(req.ctx),
  );

  app.get(
    '/api/contests/:slug',
    { schema: { tags: ['contests'], summary: 'A contest with its rules, rounds and prizes', params: ContestSlugParamsSchema, response: { 200: ContestDetailSchema } } },
    async (req) => getContest(req.ctx, req.params.slug),
  );

  app.get(
    '/api/contests/:slug/units',
    {
      schema: {
        tags: ['contests'],
        summary: 'Units a participant can pick at registration; q ignores diacritics',
        params: ContestSlugParamsSchema,
        querystring: UnitSearchQuerySchema,
        response: { 200: UnitListSchema },
      },
    },
    async (req) => searchUnits(req.ctx, req.params.slug, req.query.q, req.query.limit),
  );
};
