import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ContestSlugParamsSchema, ErrorBodySchema, LeaderboardQuerySchema, LeaderboardSchema, MyRankSchema, RoundIdParamsSchema } from '@thiphapluat/shared';
import { requireVisibleContest, requireVisibleScope } from '../contests/contests.service.js';

export const leaderboardRoutes: FastifyPluginAsyncZod = async (app) => {
  const errors = { 400: ErrorBodySchema, 401: ErrorBodySchema, 404: ErrorBodySchema };

  app.get(
    '/api/rounds/:roundId/leaderboard',
    { schema: { tags: ['leaderboard'], summary: 'Top of a round (masked names)', params: RoundIdParamsSchema, querystring: LeaderboardQuerySchema, response: { 200: LeaderboardSchema, ...errors } } },
    async (req) => {
      const scope = { kind: 'round' as const, id: req.params.roundId };
      requireVisibleScope(req.ctx.db, scope);
      return req.ctx.leaderboards.board(scope, req.query.limit);
    },
  );

  app.get(
    '/api/rounds/:roundId/leaderboard/me',
    { schema: { tags: ['leaderboard'], summary: "The signed-in participant's rank in a round", params: RoundIdParamsSchema, response: { 200: MyRankSchema, ...errors } } },
    async (req) => {
      const scope = { kind: 'round' as const, id: req.params.roundId };
      requireVisibleScope(req.ctx.db, scope);
      return req.ctx.leaderboards.myRank(scope, req.participant().id);
    },
  );

  app.get(
    '/api/contests/:slug/leaderboard',
    { schema: { tags: ['leaderboard'], summary: "Top of a contest: each participant's best round", params: ContestSlugParamsSchema, querystring: LeaderboardQuerySchema, response: { 200: LeaderboardSchema, ...errors } } },
    async (req) => req.ctx.leaderboards.board({ kind: 'contest', id: requireVisibleContest(req.ctx.db, req.params.slug).id }, req.query.limit),
  );

  app.get(
    '/api/contests/:slug/leaderboard/me',
    { schema: { tags: ['leaderboard'], summary: "The signed-in participant's rank in a contest", params: ContestSlugParamsSchema, response: { 200: MyRankSchema, ...errors } } },
    async (req) => req.ctx.leaderboards.myRank({ kind: 'contest', id: requireVisibleContest(req.ctx.db, req.params.slug).id }, req.participant().id),
  );
};
