import { fail, redirect } from '@sveltejs/kit';
import { ApiError, createApiClient } from '$lib/api/client.js';
import { contestOr404 } from '$lib/server/contest.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch, params }) => ({ contest: await contestOr404(createApiClient({ fetch }), params.slug) });

export const actions: Actions = {
  default: async ({ fetch, request, params, cookies }) => {
    const f = await request.formData();
    const phone = String(f.get('phone') ?? '').trim();
    try {
      // `altcha`: the anti-bot widget's proof of work, passed on to the API.
      const session = await createApiClient({ fetch }).signIn(params.slug, { phone, password: String(f.get('password') ?? '') }, String(f.get('altcha') ?? '') || undefined);
      cookies.set('tpl_session', session.token, { path: '/', httpOnly: true, sameSite: 'lax', expires: new Date(session.expiresAt) });
    } catch (e) {
      if (e instanceof ApiError) return fail(e.status || 500, { phone, message: e.message });
      throw e;
    }
    redirect(303, `/cuoc-thi/${params.slug}`);
  },
};
