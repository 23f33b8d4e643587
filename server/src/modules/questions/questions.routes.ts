import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CreateLegalFieldBodySchema,
  LegalFieldListSchema,
  LegalFieldSchema,
  OrgParamsSchema,
  QuestionDetailSchema,
  QuestionInputSchema,
  QuestionListQuerySchema,
  QuestionListSchema,
  QuestionParamsSchema,
  QuestionSavedSchema,
  QuestionStatsSchema,
} from '@thiphapluat/shared';
import { createField, listFields } from './fields.service.js';
import { actorOf, BASE } from './actor.js';
import { createQuestion, getQuestion, listQuestions, updateQuestion } from './questions.service.js';
import { questionStats } from './stats.service.js';
import { transferRoutes } from './transfer.routes.js';
import { workflowRoutes } from './workflow.routes.js';

const tags = ['studio: question bank'];

/** Studio: question bank, import, export. Routes live under /api/studio/orgs/:orgId. */
export const questionsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    `${BASE}/legal-fields`,
    { config: { capability: 'bank.read' }, schema: { tags, summary: 'Legal fields: the shared national list and the organization’s own', params: OrgParamsSchema, response: { 200: LegalFieldListSchema } } },
    async (req) => ({ fields: listFields(req.ctx, req.grant().organizationId) }),
  );

  app.post(
    `${BASE}/legal-fields`,
    { config: { capability: 'bank.write' }, schema: { tags, summary: 'Create one of the organization’s own legal fields', params: OrgParamsSchema, body: CreateLegalFieldBodySchema, response: { 201: LegalFieldSchema } } },
    async (req, reply) => reply.status(201).send(createField(req.ctx, actorOf(req), req.body.name)),
  );

  app.get(
    `${BASE}/questions`,
    {
      config: { capability: 'bank.read' },
      schema: { tags, summary: 'The bank, newest first: search (diacritics-insensitive) and filters', params: OrgParamsSchema, querystring: QuestionListQuerySchema, response: { 200: QuestionListSchema } },
    },
    async (req) => {
      const { page, pageSize, ...filter } = req.query;
      return listQuestions(req.ctx, req.grant().organizationId, filter, page, pageSize);
    },
  );

  app.post(
    `${BASE}/questions`,
    { config: { capability: 'bank.write' }, schema: { tags, summary: 'Create a draft question; likely duplicates are reported', params: OrgParamsSchema, body: QuestionInputSchema, response: { 201: QuestionSavedSchema } } },
    async (req, reply) => reply.status(201).send(createQuestion(req.ctx, actorOf(req), req.body)),
  );

  app.get(
    `${BASE}/questions/:questionId`,
    { config: { capability: 'bank.read' }, schema: { tags, summary: 'A question: latest version with its key, version history, duplicates', params: QuestionParamsSchema, response: { 200: QuestionDetailSchema } } },
    async (req) => getQuestion(req.ctx, req.grant().organizationId, req.params.questionId),
  );

  app.put(
    `${BASE}/questions/:questionId`,
    {
      config: { capability: 'bank.write' },
      schema: { tags, summary: 'Edit: in place while an undrawn draft, otherwise a new draft version', params: QuestionParamsSchema, body: QuestionInputSchema, response: { 200: QuestionSavedSchema } },
    },
    async (req) => updateQuestion(req.ctx, actorOf(req), req.params.questionId, req.body),
  );

  app.get(
    `${BASE}/questions/:questionId/stats`,
    { config: { capability: 'bank.read' }, schema: { tags, summary: 'Times drawn, % correct and option distribution, per version and overall', params: QuestionParamsSchema, response: { 200: QuestionStatsSchema } } },
    async (req) => questionStats(req.ctx, req.grant().organizationId, req.params.questionId),
  );

  await app.register(workflowRoutes);
  await app.register(transferRoutes);
};
