import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  ContestStatsSchema,
  ErrorBodySchema,
  OrgOverviewSchema,
  OrgParamsSchema,
  StatsContestParamsSchema,
  StatsPeriodQuerySchema,
  UnitRankingSchema,
} from '@thiphapluat/shared';
import { ORG_ROUTE_PREFIX } from '../../plugins/studio-auth.js';
import { contestStatistics, unitRanking } from './contest-stats.service.js';
import { organizationOverview } from './overview.service.js';

const errors = { 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema, 404: ErrorBodySchema };
const tags = ['studio: statistics'];

/** Studio: statistics for officials (viewer and up). Routes live under /api/studio/orgs/:orgId/stats. */
export const statsRoutes = fp(async (root: FastifyInstance) => {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    `${ORG_ROUTE_PREFIX}/stats/overview`,
    {
      config: { capability: 'stats.read' },
      schema: { tags, summary: 'The organization overview for a period (default: this year)', params: OrgParamsSchema, querystring: StatsPeriodQuerySchema, response: { 200: OrgOverviewSchema, ...errors } },
    },
    async (req) => organizationOverview(req.ctx.db, req.grant().organizationId, req.query, req.ctx.clock.now()),
  );

  app.get(
    `${ORG_ROUTE_PREFIX}/stats/contests/:contestId`,
    {
      config: { capability: 'stats.read' },
      schema: { tags, summary: 'Figures of a contest and its rounds', params: StatsContestParamsSchema, response: { 200: ContestStatsSchema, ...errors } },
    },
    async (req) => contestStatistics(req.ctx.db, req.grant().organizationId, req.params.contestId, req.ctx.clock.now()),
  );

  app.get(
    `${ORG_ROUTE_PREFIX}/stats/contests/:contestId/unit-ranking`,
    {
      config: { capability: 'stats.read' },
      schema: { tags, summary: 'Units ranked for the collective prize, with the formula', params: StatsContestParamsSchema, response: { 200: UnitRankingSchema, ...errors } },
    },
    async (req) => unitRanking(req.ctx.db, req.grant().organizationId, req.params.contestId, req.ctx.clock.now()),
  );
});
