import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBodySchema, StaffMeSchema, StaffSignInBodySchema } from '@thiphapluat/shared';
import { STAFF_COOKIE } from '../../plugins/studio-auth.js';
import { requirePow } from '../../plugins/pow.js';
import { me, staffSignIn, staffSignOut } from './staff.service.js';

export const staffAuthRoutes: FastifyPluginAsyncZod<{ cookieSecure: boolean }> = async (app, opts) => {
  app.post(
    '/api/studio/session',
    {
      onRequest: [app.budget('staffSignIn').onRequest, requirePow(app)],
      preHandler: app.budget('staffSignIn').preHandler,
      schema: {
        tags: ['studio'],
        summary: 'Staff sign-in; sets the httpOnly staff session cookie',
        body: StaffSignInBodySchema,
        response: { 200: StaffMeSchema, 400: ErrorBodySchema, 401: ErrorBodySchema },
      },
    },
    async (req, reply) => {
      const session = await staffSignIn(req.ctx, req.body);
      // Rotation: the session this browser held before (anyone's) ends with the new sign-in.
      const previous = req.cookies[STAFF_COOKIE];
      if (previous && previous.length <= 256) staffSignOut(req.ctx, previous);
      // A browser-session cookie: it goes when the browser closes; the server enforces idle and absolute expiry.
      reply.setCookie(STAFF_COOKIE, session.token, { path: '/', httpOnly: true, secure: opts.cookieSecure, sameSite: 'strict' });
      return me(req.ctx, session.user);
    },
  );

  app.delete('/api/studio/session', { schema: { tags: ['studio'], summary: 'Staff sign-out', response: { 204: z.null() } } }, async (req, reply) => {
    const token = req.cookies[STAFF_COOKIE];
    if (token) staffSignOut(req.ctx, token);
    reply.clearCookie(STAFF_COOKIE, { path: '/' });
    return reply.status(204).send(null);
  });

  app.get('/api/studio/me', { schema: { tags: ['studio'], summary: 'The signed-in staff user and their organizations', response: { 200: StaffMeSchema, 401: ErrorBodySchema } } }, async (req) =>
    me(req.ctx, req.staff()),
  );
};
