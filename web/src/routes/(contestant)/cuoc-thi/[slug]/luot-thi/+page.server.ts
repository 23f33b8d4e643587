import { redirect } from '@sveltejs/kit';
import { ApiError, createApiClient } from '$lib/api/client.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch, params }) => {
  const api = createApiClient({ fetch });
  const contest = await api.contest(params.slug);
  try {
    const me = await api.me();
    if (me.contestId !== contest.id) redirect(303, `/cuoc-thi/${params.slug}/dang-nhap`);
    return { contest, attempts: (await api.myAttempts()).attempts };
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) redirect(303, `/cuoc-thi/${params.slug}/dang-nhap`);
    throw e;
  }
};
