import { error } from '@sveltejs/kit';
import type { ContestDetail } from '@thiphapluat/shared';
import { ApiError, type ApiClient } from '$lib/api/client.js';

/** The contest, or the page's 404 with the API's Vietnamese message. */
export async function contestOr404(api: ApiClient, slug: string): Promise<ContestDetail> {
  try {
    return await api.contest(slug);
  } catch (e) {
    if (e instanceof ApiError && (e.status === 404 || e.status === 400)) error(404, e.message);
    throw e;
  }
}
