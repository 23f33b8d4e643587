import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AddStaffBodySchema,
  AddStaffResultSchema,
  ChangeStaffRoleBodySchema,
  ErrorBodySchema,
  OrgParamsSchema,
  StaffListSchema,
  StaffMemberSchema,
  StaffUserParamsSchema,
} from '@thiphapluat/shared';
import { addStaff, changeRole, listStaff, removeStaff } from './staff-admin.service.js';
import { auditRoutes } from './audit.routes.js';
import { organizationsRoutes } from './organizations.routes.js';
import { passwordRoutes } from './password.routes.js';

const errors = { 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema, 404: ErrorBodySchema, 409: ErrorBodySchema };
const tags = ['studio: staff'];

/** Studio: staff management, organizations (platform admin), audit log, the user's own password. */
export const staffAdminRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/studio/orgs/:orgId/staff',
    {
      config: { capability: 'staff.manage' },
      schema: { tags, summary: "The organization's staff with their roles", params: OrgParamsSchema, response: { 200: StaffListSchema, ...errors } },
    },
    async (req) => listStaff(req.ctx, req.grant().organizationId),
  );

  app.post(
    '/api/studio/orgs/:orgId/staff',
    {
      config: { capability: 'staff.manage' },
      schema: {
        tags,
        summary: 'Add a member; a new account gets a generated password, returned only in this response',
        params: OrgParamsSchema,
        body: AddStaffBodySchema,
        response: { 201: AddStaffResultSchema, ...errors },
      },
    },
    async (req, reply) => {
      const g = req.grant();
      const result = await addStaff(req.ctx, g.organizationId, g.user.id, req.body);
      // The one-time password must not linger in any cache between the admin and us.
      reply.header('cache-control', 'no-store');
      return reply.status(201).send(result);
    },
  );

  app.put(
    '/api/studio/orgs/:orgId/staff/:userId',
    {
      config: { capability: 'staff.manage' },
      schema: {
        tags,
        summary: "Change a member's role (the last admin cannot be demoted: 409 LAST_ADMIN)",
        params: StaffUserParamsSchema,
        body: ChangeStaffRoleBodySchema,
        response: { 200: StaffMemberSchema, ...errors },
      },
    },
    async (req) => {
      const g = req.grant();
      return changeRole(req.ctx, g.organizationId, g.user.id, req.params.userId, req.body.role);
    },
  );

  app.delete(
    '/api/studio/orgs/:orgId/staff/:userId',
    {
      config: { capability: 'staff.manage' },
      schema: {
        tags,
        summary: 'Remove a member; one left without any organization is signed out everywhere',
        params: StaffUserParamsSchema,
        response: { 204: z.null(), ...errors },
      },
    },
    async (req, reply) => {
      const g = req.grant();
      removeStaff(req.ctx, g.organizationId, g.user.id, req.params.userId);
      return reply.status(204).send(null);
    },
  );

  await app.register(auditRoutes);
  await app.register(organizationsRoutes);
  await app.register(passwordRoutes);
};
