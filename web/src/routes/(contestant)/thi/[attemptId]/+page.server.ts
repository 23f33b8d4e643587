import { error } from '@sveltejs/kit';
import { ApiError, createApiClient } from '$lib/api/client.js';
import { m } from '$lib/paraglide/messages.js';
import type { PageServerLoad } from './$types';

/** The attempt as the server has it now: same question order, same answers, same time left after a refresh. */
export const load: PageServerLoad = async ({ fetch, params }) => {
  try {
    return { attempt: await createApiClient({ fetch }).attempt(params.attemptId) };
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) error(401, m.error_signed_out());
    if (e instanceof ApiError && (e.status === 404 || e.status === 400)) error(404, m.error_attempt_missing());
    throw e;
  }
};
