import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ChangePasswordBodySchema, ChangePasswordResultSchema, ErrorBodySchema } from '@thiphapluat/shared';
import { STAFF_COOKIE } from '../../plugins/studio-auth.js';
import { changeOwnPassword } from './password.service.js';

export const passwordRoutes: FastifyPluginAsyncZod = async (app) => {
  app.put(
    '/api/studio/me/password',
    {
      onRequest: async (req) => {
        req.staff();
      },
      schema: {
        tags: ['studio: staff'],
        summary: "Change the signed-in user's password; their other sessions end",
        body: ChangePasswordBodySchema,
        response: { 200: ChangePasswordResultSchema, 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema },
      },
    },
    async (req) => changeOwnPassword(req.ctx, req.staff(), req.cookies[STAFF_COOKIE]!, req.body),
  );
};
