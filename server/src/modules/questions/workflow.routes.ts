import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { BulkBodySchema, BulkResultSchema, OrgParamsSchema, QuestionParamsSchema, RejectBodySchema, TransitionResultSchema, type Capability } from '@thiphapluat/shared';
import { actorOf, BASE } from './actor.js';
import { bulkTransition, transition, type WorkflowAction } from './workflow.service.js';

const tags = ['studio: question bank'];

/** The review workflow: one route per transition, plus the all-or-nothing bulk action. */
export const workflowRoutes: FastifyPluginAsyncZod = async (app) => {
  const simple: { action: Exclude<WorkflowAction, 'reject'>; capability: Capability; summary: string }[] = [
    { action: 'submit', capability: 'bank.write', summary: 'Draft → in review' },
    { action: 'publish', capability: 'bank.review', summary: 'In review (or draft) → published; retires the previously published version' },
    { action: 'retire', capability: 'bank.write', summary: 'Published → retired' },
    { action: 'restore', capability: 'bank.write', summary: 'Retired → draft' },
  ];
  for (const s of simple) {
    app.post(
      `${BASE}/questions/:questionId/${s.action}`,
      { config: { capability: s.capability }, schema: { tags, summary: s.summary, params: QuestionParamsSchema, response: { 200: TransitionResultSchema } } },
      async (req) => transition(req.ctx, actorOf(req), req.params.questionId, s.action),
    );
  }

  app.post(
    `${BASE}/questions/:questionId/reject`,
    { config: { capability: 'bank.review' }, schema: { tags, summary: 'In review → draft, with the reason', params: QuestionParamsSchema, body: RejectBodySchema, response: { 200: TransitionResultSchema } } },
    async (req) => transition(req.ctx, actorOf(req), req.params.questionId, 'reject', req.body.reason),
  );

  app.post(
    `${BASE}/questions/bulk`,
    {
      // Publishing in bulk additionally needs bank.review; the service checks it.
      config: { capability: 'bank.write' },
      schema: { tags, summary: 'Submit, publish or retire many questions, all or nothing', params: OrgParamsSchema, body: BulkBodySchema, response: { 200: BulkResultSchema } },
    },
    async (req) => bulkTransition(req.ctx, actorOf(req), req.body.questionIds, req.body.action),
  );
};
