import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { EraseMyDataBodySchema, EraseMyDataResultSchema, ErrorBodySchema, MyDataSchema, ParticipantContactParamsSchema, ParticipantContactSchema } from '@thiphapluat/shared';
import { SESSION_COOKIE } from '../../plugins/auth.js';
import { ORG_ROUTE_PREFIX } from '../../plugins/studio-auth.js';
import { eraseMyData, exportMyData, participantContact } from './privacy.service.js';

/**
 * The signed-in participant's own data (a copy to download, erasure on request), and the one studio
 * view of a participant's full contact details, for the roles that deliver prizes (audited).
 */
export const privacyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/me/data',
    {
      schema: {
        tags: ['participants'],
        summary: 'Download everything held about the signed-in participant (JSON)',
        response: { 200: MyDataSchema, 401: ErrorBodySchema },
      },
    },
    async (req, reply) => {
      const data = exportMyData(req.ctx, req.participant());
      // A download, never cached on the way (it carries the full phone number).
      reply.header('content-disposition', `attachment; filename="du-lieu-ca-nhan-${data.contest.slug}.json"`);
      reply.header('cache-control', 'no-store');
      return data;
    },
  );

  app.post(
    '/api/me/erasure',
    {
      schema: {
        tags: ['participants'],
        summary: "Erase the signed-in participant's personal data (anonymous statistics stay); ends the session",
        body: EraseMyDataBodySchema,
        response: { 200: EraseMyDataResultSchema, 400: ErrorBodySchema, 401: ErrorBodySchema, 429: ErrorBodySchema },
      },
    },
    async (req, reply) => {
      const result = await eraseMyData(req.ctx, req.participant(), req.body);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return result;
    },
  );

  // POST, not GET: revealing a number is an audited act, never prefetched, cached or sent cross-site.
  app.post(
    `${ORG_ROUTE_PREFIX}/participants/:participantId/contact`,
    {
      config: { capability: 'pii.read' },
      schema: {
        tags: ['studio: monitor'],
        summary: "A participant's full phone and email (to deliver a prize); each read is in the audit log",
        params: ParticipantContactParamsSchema,
        response: { 200: ParticipantContactSchema, 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema, 404: ErrorBodySchema },
      },
    },
    async (req, reply) => {
      reply.header('cache-control', 'no-store');
      return participantContact(req.ctx, req.grant(), req.params.participantId);
    },
  );
};
