import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { authenticate } from '../modules/participants/participants.service.js';
import type { ParticipantRow } from '../modules/participants/participants.repository.js';
import { Unauthenticated } from '../errors.js';

export const SESSION_COOKIE = 'tpl_session';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in participant; throws 401 UNAUTHENTICATED when there is none. */
    participant(): ParticipantRow;
    sessionToken(): string | null;
  }
}

/** Bearer token first (API clients, WebSocket join), then the httpOnly cookie (the web app). */
export function tokenOf(req: Pick<FastifyRequest, 'headers' | 'cookies'>): string | null {
  const auth = req.headers.authorization;
  if (typeof auth === 'string' && auth.startsWith('Bearer ')) return auth.slice(7).trim() || null;
  return req.cookies?.[SESSION_COOKIE] ?? null;
}

export const authPlugin = fp(async (app: FastifyInstance) => {
  app.decorateRequest('sessionToken', function (this: FastifyRequest) {
    return tokenOf(this);
  });
  app.decorateRequest('participant', function (this: FastifyRequest) {
    const token = tokenOf(this);
    if (!token || token.length > 256) throw Unauthenticated();
    const p = authenticate(this.ctx, token);
    if (!p) throw Unauthenticated('Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.');
    return p;
  });
});
