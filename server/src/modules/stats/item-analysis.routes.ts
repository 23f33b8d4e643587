import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorBodySchema, ItemAnalysisQuerySchema, ItemAnalysisReportSchema, itemAnalysisScope, OrgParamsSchema } from '@thiphapluat/shared';
import { ORG_ROUTE_PREFIX } from '../../plugins/studio-auth.js';
import { itemAnalysis } from './item-analysis.service.js';

const errors = { 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema, 404: ErrorBodySchema };

/** Studio: item analysis of the question bank over a round, a contest or a period. */
export const itemAnalysisRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    `${ORG_ROUTE_PREFIX}/item-analysis`,
    {
      config: { capability: 'stats.read' },
      schema: {
        tags: ['studio: statistics'],
        summary: 'Item analysis (facility, discrimination, distractors, flags) and accuracy per legal field',
        description: 'Scope: `roundId`, `contestId`, or a period `from`/`to` (YYYY-MM-DD, Vietnamese days, both included); none means all time.',
        params: OrgParamsSchema,
        querystring: ItemAnalysisQuerySchema,
        response: { 200: ItemAnalysisReportSchema, ...errors },
      },
    },
    async (req) => itemAnalysis(req.ctx.db, req.grant().organizationId, itemAnalysisScope(req.query), { now: req.ctx.clock.now() }),
  );
};
