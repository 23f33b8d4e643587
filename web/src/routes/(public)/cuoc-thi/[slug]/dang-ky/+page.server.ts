import { fail, redirect } from '@sveltejs/kit';
import { EntrantTypeSchema, GenderSchema, type RegisterBody } from '@thiphapluat/shared';
import { ApiError, createApiClient } from '$lib/api/client.js';
import { contestOr404 } from '$lib/server/contest.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch, params }) => {
  const api = createApiClient({ fetch });
  const contest = await contestOr404(api, params.slug);
  const units = contest.registrationFields.unit === 'off' ? [] : (await api.units(contest.slug, '', 200)).units;
  return { contest, units };
};

const text = (f: FormData, k: string) => String(f.get(k) ?? '').trim();

export const actions: Actions = {
  /** Registers through the API; the server checks everything, the form shows what it says, keeping the input. */
  default: async ({ fetch, request, params, cookies }) => {
    const f = await request.formData();
    const entrant = EntrantTypeSchema.safeParse(text(f, 'entrantType'));
    const gender = GenderSchema.safeParse(text(f, 'gender'));
    const unitId = Number(text(f, 'unitId'));
    const body = {
      fullName: text(f, 'fullName'),
      birthDate: text(f, 'birthDate'),
      phone: text(f, 'phone'),
      password: String(f.get('password') ?? ''),
      ...(text(f, 'cccd') ? { cccd: text(f, 'cccd') } : {}),
      ...(text(f, 'email') ? { email: text(f, 'email') } : {}),
      ...(Number.isInteger(unitId) && unitId > 0 ? { unitId } : {}),
      ...(entrant.success ? { entrantType: entrant.data } : {}),
      ...(gender.success ? { gender: gender.data } : {}),
      consent: f.get('consent') === 'on',
    } as RegisterBody;
    // Everything but the password goes back into the form on an error.
    const { password: _password, ...values } = body;
    try {
      const session = await createApiClient({ fetch }).register(params.slug, body, text(f, 'altcha') || undefined);
      cookies.set('tpl_session', session.token, { path: '/', httpOnly: true, sameSite: 'lax', expires: new Date(session.expiresAt) });
    } catch (e) {
      if (e instanceof ApiError) {
        return fail(e.status || 500, { values, message: e.message, fields: Object.fromEntries(e.fields.map((x) => [x.path, x.message])) as Record<string, string> });
      }
      throw e;
    }
    redirect(303, `/cuoc-thi/${params.slug}`);
  },
};
