import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AuditPageSchema, AuditQuerySchema, ErrorBodySchema, OrgParamsSchema } from '@thiphapluat/shared';
import { readAuditLog } from '../audit/audit.service.js';

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/studio/orgs/:orgId/audit',
    {
      config: { capability: 'audit.read' },
      schema: {
        tags: ['studio: staff'],
        summary: "The organization's audit log, newest first, filtered and paged",
        params: OrgParamsSchema,
        querystring: AuditQuerySchema,
        response: { 200: AuditPageSchema, 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema },
      },
    },
    async (req) => readAuditLog(req.ctx, req.grant().organizationId, req.query),
  );
};
