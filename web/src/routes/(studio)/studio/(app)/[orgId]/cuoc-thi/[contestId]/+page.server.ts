import { error } from '@sveltejs/kit';
import { ApiError } from '$lib/api/client.js';
import { createContestsClient } from '$lib/api/studio-contests.js';
import type { PageServerLoad } from './$types';

/** The contest as the builder shows it, and the organization's units for the unit picker. */
export const load: PageServerLoad = async ({ fetch, params }) => {
  if (!/^\d{1,10}$/.test(params.contestId)) error(404, 'Không tìm thấy cuộc thi.');
  const api = createContestsClient({ fetch }, params.orgId);
  try {
    const [contest, units] = await Promise.all([api.get(params.contestId), api.units()]);
    return { contest, units: units.units };
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) error(404, e.message);
    throw e;
  }
};
