import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { BlueprintBodySchema, BuilderContestSchema, BuilderContestParamsSchema, ContestUnitsBodySchema, ErrorBodySchema, RoundBodySchema, BuilderRoundParamsSchema } from '@thiphapluat/shared';
import { createRound, deleteRound, setBlueprint, setContestUnits, updateRound } from './rounds.service.js';

const P = '/api/studio/orgs/:orgId/contests/:contestId';
const tags = ['studio: contests'];
const errors = { 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema, 404: ErrorBodySchema, 409: ErrorBodySchema };
const config = { capability: 'contest.write' as const };

/** Rounds, their draw blueprints and the contest's unit selection. Each answers with the whole contest. */
export const builderRoundRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    `${P}/rounds`,
    { config, schema: { tags, summary: 'Add a round (times in Vietnamese time)', params: BuilderContestParamsSchema, body: RoundBodySchema, response: { 201: BuilderContestSchema, ...errors } } },
    async (req, reply) => reply.status(201).send(createRound(req.ctx, req.grant(), req.params.contestId, req.body)),
  );

  app.put(
    `${P}/rounds/:roundId`,
    { config, schema: { tags, summary: 'Change a round (fairness guard once it has attempts)', params: BuilderRoundParamsSchema, body: RoundBodySchema, response: { 200: BuilderContestSchema, ...errors } } },
    async (req) => updateRound(req.ctx, req.grant(), req.params.contestId, req.params.roundId, req.body),
  );

  app.delete(
    `${P}/rounds/:roundId`,
    { config, schema: { tags, summary: 'Delete a round without attempts', params: BuilderRoundParamsSchema, response: { 200: BuilderContestSchema, ...errors } } },
    async (req) => deleteRound(req.ctx, req.grant(), req.params.contestId, req.params.roundId),
  );

  app.put(
    `${P}/rounds/:roundId/blueprint`,
    { config, schema: { tags, summary: 'Replace the draw blueprint: counts per legal field × difficulty', params: BuilderRoundParamsSchema, body: BlueprintBodySchema, response: { 200: BuilderContestSchema, ...errors } } },
    async (req) => setBlueprint(req.ctx, req.grant(), req.params.contestId, req.params.roundId, req.body),
  );

  app.put(
    `${P}/units`,
    {
      bodyLimit: 256 * 1024,
      config,
      schema: { tags, summary: 'Units offered at registration: all valid units, or a chosen list (a snapshot)', params: BuilderContestParamsSchema, body: ContestUnitsBodySchema, response: { 200: BuilderContestSchema, ...errors } },
    },
    async (req) => setContestUnits(req.ctx, req.grant(), req.params.contestId, req.body),
  );
};
