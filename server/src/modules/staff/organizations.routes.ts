import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CreateOrganizationBodySchema, CreateOrganizationResultSchema, ErrorBodySchema, OrganizationListSchema } from '@thiphapluat/shared';
import { createOrganization, listOrganizations } from './organizations.service.js';

const errors = { 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema, 409: ErrorBodySchema };
const tags = ['studio: platform'];

/** Platform administration: not under an organization, so each route checks the platform admin itself. */
export const organizationsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/studio/platform/organizations',
    { schema: { tags, summary: 'All organizations with their member counts (platform admins)', response: { 200: OrganizationListSchema, ...errors } } },
    async (req) => {
      req.requirePlatformAdmin();
      return listOrganizations(req.ctx);
    },
  );

  app.post(
    '/api/studio/platform/organizations',
    {
      // Checked before the body is validated, like organization routes: a refused caller learns nothing from field errors.
      onRequest: async (req) => {
        req.requirePlatformAdmin();
      },
      schema: {
        tags,
        summary: 'Create an organization and its first admin (a generated password is returned once)',
        body: CreateOrganizationBodySchema,
        response: { 201: CreateOrganizationResultSchema, ...errors },
      },
    },
    async (req, reply) => {
      const result = await createOrganization(req.ctx, req.requirePlatformAdmin().id, req.body);
      reply.header('cache-control', 'no-store');
      return reply.status(201).send(result);
    },
  );
};
