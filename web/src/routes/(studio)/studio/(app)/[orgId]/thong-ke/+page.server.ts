import { error } from '@sveltejs/kit';
import { ApiError } from '$lib/api/client.js';
import { createStatsClient } from '$lib/api/studio-stats.js';
import type { PageServerLoad } from './$types';

/** The organization overview for the period in the address (?from=&to=), by default this year. */
export const load: PageServerLoad = async ({ fetch, params, url }) => {
  const from = url.searchParams.get('from') || undefined;
  const to = url.searchParams.get('to') || undefined;
  try {
    return { overview: await createStatsClient({ fetch }).overview(params.orgId, { from, to }), from, to, periodError: null };
  } catch (e) {
    if (e instanceof ApiError && e.status === 400) return { overview: null, from, to, periodError: e.message };
    if (e instanceof ApiError && (e.status === 403 || e.status === 404)) error(e.status, e.message);
    throw e;
  }
};
