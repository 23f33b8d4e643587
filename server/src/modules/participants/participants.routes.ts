import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ContestSlugParamsSchema, ErrorBodySchema, ParticipantSelfSchema, RegisterBodySchema, SessionResponseSchema, SignInBodySchema, type SessionResponse } from '@thiphapluat/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_COOKIE } from '../../plugins/auth.js';
import { requirePow } from '../../plugins/pow.js';
import { register, signIn, signOut, toSelf } from './participants.service.js';
import { recordSignal, requestSource } from '../integrity/signals.js';

const errors = { 400: ErrorBodySchema, 401: ErrorBodySchema, 404: ErrorBodySchema, 409: ErrorBodySchema, 422: ErrorBodySchema };

export const participantsRoutes: FastifyPluginAsyncZod<{ cookieSecure: boolean }> = async (app, opts) => {
  // A new session on every registration and sign-in; the one the browser presented before ends (rotation).
  const setCookie = (req: FastifyRequest, reply: FastifyReply, s: SessionResponse) => {
    const previous = req.cookies[SESSION_COOKIE];
    if (previous && previous.length <= 256) signOut(req.ctx, previous);
    return reply.setCookie(SESSION_COOKIE, s.token, { path: '/', httpOnly: true, secure: opts.cookieSecure, sameSite: 'lax', expires: new Date(s.expiresAt) });
  };

  // Per IP, then the proof of work, both before the body is read; per phone once it is validated.
  const guarded = (budget: 'register' | 'signIn') => ({ onRequest: [app.budget(budget).onRequest, requirePow(app)], preHandler: app.budget(budget).preHandler });

  app.post(
    '/api/contests/:slug/participants',
    {
      ...guarded('register'),
      schema: {
        tags: ['participants'],
        summary: 'Register for a contest; returns a session',
        params: ContestSlugParamsSchema,
        body: RegisterBodySchema,
        response: { 201: SessionResponseSchema, ...errors },
      },
    },
    async (req, reply) => {
      const session = await register(req.ctx, req.params.slug, req.body);
      recordSignal(req.ctx, { contestId: session.participant.contestId, participantId: session.participant.id, attemptId: null, kind: 'register', ...requestSource(req) });
      setCookie(req, reply, session);
      return reply.status(201).send(session);
    },
  );

  app.post(
    '/api/contests/:slug/sessions',
    {
      ...guarded('signIn'),
      schema: {
        tags: ['participants'],
        summary: 'Sign in with phone and password',
        params: ContestSlugParamsSchema,
        body: SignInBodySchema,
        response: { 200: SessionResponseSchema, ...errors },
      },
    },
    async (req, reply) => {
      const session = await signIn(req.ctx, req.params.slug, req.body);
      setCookie(req, reply, session);
      return session;
    },
  );

  app.delete('/api/session', { schema: { tags: ['participants'], summary: 'Sign out', response: { 204: z.null() } } }, async (req, reply) => {
    const token = req.sessionToken();
    if (token) signOut(req.ctx, token);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.status(204).send(null);
  });

  app.get('/api/me', { schema: { tags: ['participants'], summary: 'The signed-in participant', response: { 200: ParticipantSelfSchema, 401: ErrorBodySchema } } }, async (req) =>
    toSelf(req.participant()),
  );
};
