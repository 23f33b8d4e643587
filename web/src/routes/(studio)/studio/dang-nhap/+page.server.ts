import { fail, redirect } from '@sveltejs/kit';
import { ApiError } from '$lib/api/client.js';
import { createStudioClient } from '$lib/api/studio.js';
import type { Actions } from './$types';

/** Only same-site paths are followed after sign-in, so ?next= cannot send staff elsewhere. */
const safeNext = (next: string | null) => (next && next.startsWith('/studio') && !next.startsWith('//') ? next : '/studio');

export const actions: Actions = {
  default: async ({ fetch, request, url }) => {
    const f = await request.formData();
    const email = String(f.get('email') ?? '').trim();
    try {
      // `altcha`: the anti-bot widget's proof of work, passed on to the API.
      await createStudioClient({ fetch }).signIn({ email, password: String(f.get('password') ?? '') }, String(f.get('altcha') ?? '') || undefined);
    } catch (e) {
      if (e instanceof ApiError) return fail(e.status || 500, { email, message: e.message, fields: e.fields });
      throw e;
    }
    redirect(303, safeNext(url.searchParams.get('next')));
  },
};
