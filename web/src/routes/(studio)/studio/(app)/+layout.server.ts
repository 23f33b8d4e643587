import { redirect } from '@sveltejs/kit';
import { ApiError } from '$lib/api/client.js';
import { createStudioClient } from '$lib/api/studio.js';
import type { LayoutServerLoad } from './$types';

/** Every studio page needs a staff session; without one, sign in and come back. */
export const load: LayoutServerLoad = async ({ fetch, url }) => {
  try {
    return { me: await createStudioClient({ fetch }).me() };
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) redirect(303, `/studio/dang-nhap?next=${encodeURIComponent(url.pathname + url.search)}`);
    throw e;
  }
};
