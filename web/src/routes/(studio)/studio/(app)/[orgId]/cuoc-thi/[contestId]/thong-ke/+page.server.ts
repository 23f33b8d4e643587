import { error } from '@sveltejs/kit';
import { ApiError } from '$lib/api/client.js';
import { createStatsClient } from '$lib/api/studio-stats.js';
import type { PageServerLoad } from './$types';

/** A contest's figures and each round's: stored for finalized rounds, computed now for open ones. */
export const load: PageServerLoad = async ({ fetch, params }) => {
  try {
    return { stats: await createStatsClient({ fetch }).contest(params.orgId, params.contestId) };
  } catch (e) {
    if (e instanceof ApiError && (e.status === 400 || e.status === 403 || e.status === 404)) error(e.status === 403 ? 403 : 404, e.message);
    throw e;
  }
};
