import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
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
import { getAttemptView, listMyAttempts, startAttempt } from './attempts.service.js';
import { submitAttempt } from './finalize.service.js';

const errors = { 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema, 404: ErrorBodySchema, 409: ErrorBodySchema };

export const attemptsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/rounds/:roundId/attempts',
    {
      schema: {
        tags: ['attempts'],
        summary: 'Start an attempt (201), or get back the one in progress (200)',
        params: RoundIdParamsSchema,
        response: { 200: AttemptViewSchema, 201: AttemptViewSchema, ...errors },
      },
    },
    async (req, reply) => {
      const { view, created } = startAttempt(req.ctx, req.participant(), req.params.roundId);
      return reply.status(created ? 201 : 200).send(view);
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
