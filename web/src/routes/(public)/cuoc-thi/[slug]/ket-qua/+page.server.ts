import { error } from '@sveltejs/kit';
import { ApiError } from '$lib/api/client.js';
import { publicResults } from '$lib/api/studio-monitor.js';
import type { PageServerLoad } from './$types';

/** The contest's published winners, round by round; unpublished rounds are not listed. */
export const load: PageServerLoad = async ({ fetch, params }) => {
  try {
    return { results: await publicResults(params.slug, { fetch }) };
  } catch (e) {
    if (e instanceof ApiError && (e.status === 404 || e.status === 400)) error(404, e.message);
    throw e;
  }
};
