import { redirect } from '@sveltejs/kit';
import { createStudioClient } from '$lib/api/studio.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, '/studio');

export const actions: Actions = {
  default: async ({ fetch, cookies }) => {
    await createStudioClient({ fetch }).signOut().catch(() => undefined);
    cookies.delete('tpl_staff', { path: '/' });
    redirect(303, '/studio/dang-nhap');
  },
};
