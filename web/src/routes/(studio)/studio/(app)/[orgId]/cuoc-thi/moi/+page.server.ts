import { fail, redirect } from '@sveltejs/kit';
import { createContestsClient, formErrors } from '$lib/api/studio-contests.js';
import type { Actions } from './$types';

export const actions: Actions = {
  /** Creates the draft through the API and opens the builder; the form keeps what was typed on a refusal. */
  default: async ({ fetch, request, params }) => {
    const f = await request.formData();
    const values = { title: String(f.get('title') ?? '').trim(), slug: String(f.get('slug') ?? '').trim(), summary: String(f.get('summary') ?? '').trim() };
    let id: number;
    try {
      id = (await createContestsClient({ fetch }, params.orgId).create(values)).id;
    } catch (e) {
      const err = formErrors(e);
      return fail(400, { values, message: err.message, fields: err.fields });
    }
    redirect(303, `/studio/${params.orgId}/cuoc-thi/${id}`);
  },
};
