import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  BuilderContestListSchema,
  BuilderContestSchema,
  BlueprintCheckSchema,
  CloneContestBodySchema,
  BuilderContestParamsSchema,
  CreateContestBodySchema,
  ErrorBodySchema,
  OrgParamsSchema,
  UpdateContestBodySchema,
} from '@thiphapluat/shared';
import { createContest, deleteContest, getBuilderContest, listBuilderContests, requireContest, updateContest } from './contests.service.js';
import { cloneContest, closeContest, publishContest } from './lifecycle.service.js';
import { checkContest } from './check.service.js';
import { roundsOf } from './builder.repository.js';

const P = '/api/studio/orgs/:orgId/contests';
const tags = ['studio: contests'];
const errors = { 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema, 404: ErrorBodySchema, 409: ErrorBodySchema };

/** Contests of the organization: list, create, read, change, delete, and the lifecycle verbs. */
export const builderContestRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(P, { config: { capability: 'contest.read' }, schema: { tags, summary: 'All contests of the organization, drafts included', params: OrgParamsSchema, response: { 200: BuilderContestListSchema, ...errors } } }, async (req) =>
    listBuilderContests(req.ctx, req.grant()),
  );

  app.post(
    P,
    { config: { capability: 'contest.write' }, schema: { tags, summary: 'Create a draft contest', params: OrgParamsSchema, body: CreateContestBodySchema, response: { 201: BuilderContestSchema, ...errors } } },
    async (req, reply) => reply.status(201).send(createContest(req.ctx, req.grant(), req.body)),
  );

  app.get(
    `${P}/:contestId`,
    { config: { capability: 'contest.read' }, schema: { tags, summary: 'A contest as the builder shows it, with rounds, blueprints, units and the blueprint check', params: BuilderContestParamsSchema, response: { 200: BuilderContestSchema, ...errors } } },
    async (req) => getBuilderContest(req.ctx, req.grant(), req.params.contestId),
  );

  app.put(
    `${P}/:contestId`,
    {
      // Rules in markdown can be long; the rest of the API keeps the small default limit.
      bodyLimit: 512 * 1024,
      config: { capability: 'contest.write' },
      schema: { tags, summary: 'Change contest settings (any subset)', params: BuilderContestParamsSchema, body: UpdateContestBodySchema, response: { 200: BuilderContestSchema, ...errors } },
    },
    async (req) => updateContest(req.ctx, req.grant(), req.params.contestId, req.body),
  );

  app.delete(
    `${P}/:contestId`,
    { config: { capability: 'contest.write' }, schema: { tags, summary: 'Delete a draft without participants', params: BuilderContestParamsSchema, response: { 204: z.null(), ...errors } } },
    async (req, reply) => {
      deleteContest(req.ctx, req.grant(), req.params.contestId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    `${P}/:contestId/blueprint-check`,
    { config: { capability: 'contest.read' }, schema: { tags, summary: 'Per round and cell: needed, available in the published bank, shortfall', params: BuilderContestParamsSchema, response: { 200: BlueprintCheckSchema, ...errors } } },
    async (req) => {
      const c = requireContest(req.ctx.db, req.grant(), req.params.contestId);
      return checkContest(req.ctx.db, c.organizationId, roundsOf(req.ctx.db, [c.id]));
    },
  );

  app.post(
    `${P}/:contestId/publish`,
    { config: { capability: 'contest.write' }, schema: { tags, summary: 'draft → published (refused with the missing parts or the blueprint shortfalls)', params: BuilderContestParamsSchema, response: { 200: BuilderContestSchema, ...errors } } },
    async (req) => publishContest(req.ctx, req.grant(), req.params.contestId),
  );

  app.post(
    `${P}/:contestId/close`,
    { config: { capability: 'contest.write' }, schema: { tags, summary: 'published → closed: no more registrations or starts', params: BuilderContestParamsSchema, response: { 200: BuilderContestSchema, ...errors } } },
    async (req) => closeContest(req.ctx, req.grant(), req.params.contestId),
  );

  app.post(
    `${P}/:contestId/clone`,
    { config: { capability: 'contest.write' }, schema: { tags, summary: 'A new draft with the same settings, rounds shifted', params: BuilderContestParamsSchema, body: CloneContestBodySchema, response: { 201: BuilderContestSchema, ...errors } } },
    async (req, reply) => reply.status(201).send(cloneContest(req.ctx, req.grant(), req.params.contestId, req.body)),
  );
};
