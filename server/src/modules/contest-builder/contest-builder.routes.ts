import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { builderContestRoutes } from './contests.routes.js';
import { builderRoundRoutes } from './rounds.routes.js';
import { unitRoutes } from './units.routes.js';

/** Studio: contest builder and units. Routes live under /api/studio/orgs/:orgId. */
export const contestBuilderRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(builderContestRoutes);
  await app.register(builderRoundRoutes);
  await app.register(unitRoutes);
};
