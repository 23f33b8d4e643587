import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  ErrorBodySchema,
  IntegrityContestParamsSchema,
  IntegrityDecisionBodySchema,
  IntegrityParticipantParamsSchema,
  IntegrityQueueQuerySchema,
  IntegrityQueueSchema,
  IntegritySettingsBodySchema,
} from '@thiphapluat/shared';
import { ORG_ROUTE_PREFIX } from '../../plugins/studio-auth.js';
import { decide, recomputeForOrg, reviewQueue, scoreFinalizedAttempt, updateSettings } from './integrity.service.js';

const errors = { 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema, 404: ErrorBodySchema, 409: ErrorBodySchema };
const BASE = `${ORG_ROUTE_PREFIX}/contests/:contestId/integrity`;

/** Studio: the anti-cheat review queue of a contest, its detector weights and the decisions. */
export const integrityRoutes = fp(async (root: FastifyInstance) => {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const { ctx } = app;

  // Every finalized attempt is scored at once, so the queue fills while a round runs.
  ctx.events.on('attempt.finalized', (e) => {
    try {
      scoreFinalizedAttempt(ctx, e.attemptId);
    } catch (err) {
      ctx.log.error({ err, attemptId: e.attemptId }, 'integrity scoring failed');
    }
  });

  app.get(
    BASE,
    {
      config: { capability: 'integrity.review' },
      schema: { tags: ['studio: integrity'], summary: 'Review queue: participants over the threshold, with evidence', params: IntegrityContestParamsSchema, querystring: IntegrityQueueQuerySchema, response: { 200: IntegrityQueueSchema, ...errors } },
    },
    async (req) => reviewQueue(req.ctx, req.grant().organizationId, req.params.contestId, req.query.status),
  );

  app.post(
    `${BASE}/recompute`,
    {
      config: { capability: 'integrity.review' },
      schema: { tags: ['studio: integrity'], summary: 'Recompute every suspicion score of the contest', params: IntegrityContestParamsSchema, querystring: IntegrityQueueQuerySchema, response: { 200: IntegrityQueueSchema, ...errors } },
    },
    async (req) => recomputeForOrg(req.ctx, req.grant().organizationId, req.params.contestId, req.query.status),
  );

  app.put(
    `${BASE}/settings`,
    {
      config: { capability: 'integrity.review' },
      schema: { tags: ['studio: integrity'], summary: 'Tune detector weights and the threshold (audited; scores are recomputed)', params: IntegrityContestParamsSchema, body: IntegritySettingsBodySchema, response: { 200: IntegrityQueueSchema, ...errors } },
    },
    async (req) => updateSettings(req.ctx, req.grant(), req.params.contestId, req.body),
  );

  app.post(
    `${BASE}/participants/:participantId/decision`,
    {
      config: { capability: 'integrity.review' },
      schema: { tags: ['studio: integrity'], summary: 'Clear or disqualify a flagged participant (reason required, audited)', params: IntegrityParticipantParamsSchema, body: IntegrityDecisionBodySchema, response: { 200: IntegrityQueueSchema, ...errors } },
    },
    async (req) => {
      const { queue, changedRounds } = await decide(req.ctx, req.grant(), req.params.contestId, req.params.participantId, req.body);
      // The live monitor's top 10 changes with a disqualification, as when it is made there.
      for (const r of changedRounds) app.monitorHub.markDirty(r);
      return queue;
    },
  );
});
