import type { FastifyRequest } from 'fastify';
import type { Actor } from './questions.service.js';

export const BASE = '/api/studio/orgs/:orgId';

/** The checked caller of an organization route, as service verbs take it. */
export function actorOf(req: FastifyRequest): Actor {
  const g = req.grant();
  return { organizationId: g.organizationId, userId: g.user.id, role: g.role };
}
