import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AdmissionTicketSchema,
  AnswerAckSchema,
  AnswerParamsSchema,
  AttemptIdParamsSchema,
  AttemptResultSchema,
  AttemptViewSchema,
  ErrorBodySchema,
  IntegrityReportBodySchema,
  RoundIdParamsSchema,
  SaveAnswerBodySchema,
  SubmitBodySchema,
} from '@thiphapluat/shared';
import { saveAnswer, reportIntegrity } from './answers.service.js';
import { getAttemptView, listMyAttempts } from './attempts.service.js';
import { submitAttempt } from './finalize.service.js';
import { recordSignal, requestSource } from '../integrity/signals.js';

const errors = { 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema, 404: ErrorBodySchema, 409: ErrorBodySchema };

export const attemptsRoutes: FastifyPluginAsyncZod = async (app) => {
  const startBudget = app.budget('start');
  app.post(
    '/api/rounds/:roundId/attempts',
    {
      onRequest: startBudget.onRequest,
      preHandler: startBudget.preHandler,
      schema: {
        tags: ['attempts'],
        summary: 'Start an attempt (201), get back the one in progress (200), or wait in the waiting room (202, poll the ticket)',
        params: RoundIdParamsSchema,
        response: { 200: AttemptViewSchema, 201: AttemptViewSchema, 202: AdmissionTicketSchema, ...errors },
      },
    },
    async (req, reply) => {
      const outcome = await app.admission.start(req, req.participant(), req.params.roundId);
      if (outcome.kind === 'queued') return reply.status(202).send(outcome.ticket);
      recordSignal(req.ctx, { contestId: outcome.view.contestId, participantId: req.participant().id, attemptId: outcome.view.id, kind: 'start', ...requestSource(req) });
      return reply.status(outcome.created ? 201 : 200).send(outcome.view);
    },
  );

  app.get(
    '/api/me/attempts',
    { schema: { tags: ['attempts'], summary: "The participant's attempts, with results", response: { 200: z.object({ attempts: z.array(AttemptViewSchema) }), 401: ErrorBodySchema } } },
    async (req) => listMyAttempts(req.ctx, req.participant()),
  );

  app.get(
    '/api/attempts/:id',
    { schema: { tags: ['attempts'], summary: 'An attempt as the client draws it (resume after refresh)', params: AttemptIdParamsSchema, response: { 200: AttemptViewSchema, ...errors } } },
    async (req) => getAttemptView(req.ctx, req.participant(), req.params.id),
  );

  app.put(
    '/api/attempts/:id/answers/:position',
    {
      schema: {
        tags: ['attempts'],
        summary: 'Save one answer; acknowledged after commit',
        params: AnswerParamsSchema,
        body: SaveAnswerBodySchema,
        response: { 200: AnswerAckSchema, ...errors },
      },
    },
    async (req) =>
      saveAnswer(req.ctx, req.participant(), { attemptId: req.params.id, position: req.params.position, optionIds: req.body.optionIds, clientSeq: req.body.clientSeq }, 'http'),
  );

  app.post(
    '/api/attempts/:id/submit',
    {
      schema: {
        tags: ['attempts'],
        summary: 'Submit with the optional prediction; returns the result',
        params: AttemptIdParamsSchema,
        body: SubmitBodySchema.optional(),
        response: { 200: AttemptResultSchema, ...errors },
      },
    },
    async (req) => submitAttempt(req.ctx, req.participant(), req.params.id, req.body?.prediction ?? null),
  );

  app.post(
    '/api/attempts/:id/integrity-events',
    {
      schema: {
        tags: ['attempts'],
        summary: 'Report a client-side integrity event (focus lost, page hidden, paste)',
        params: AttemptIdParamsSchema,
        body: IntegrityReportBodySchema,
        response: { 202: z.null(), ...errors },
      },
    },
    async (req, reply) => {
      await reportIntegrity(req.ctx, req.participant(), req.params.id, req.body);
      return reply.status(202).send(null);
    },
  );
};
