import { fail, redirect } from '@sveltejs/kit';
import type { EraseMyDataBody } from '@thiphapluat/shared';
import { ApiError, createApiClient } from '$lib/api/client.js';
import { contestOr404 } from '$lib/server/contest.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch, params }) => {
  const api = createApiClient({ fetch });
  const contest = await contestOr404(api, params.slug);
  const open = contest.rounds.find((r) => r.state === 'open') ?? null;
  const scope = open ? ({ kind: 'round', id: open.id } as const) : ({ kind: 'contest', id: contest.id } as const);
  const [leaderboard, me] = await Promise.all([api.leaderboard(scope, contest.slug, 10), api.me().catch(() => null)]);
  return { contest, open, leaderboard, me: me && me.contestId === contest.id ? me : null };
};

export const actions: Actions = {
  /** Starts (or resumes) an attempt in the open round and goes to the quiz, or to the waiting room when the server is busy. */
  start: async ({ fetch, request, params }) => {
    const roundId = Number((await request.formData()).get('roundId'));
    let outcome;
    try {
      outcome = await createApiClient({ fetch }).startAttempt(roundId);
    } catch (e) {
      if (e instanceof ApiError) return fail(e.status || 500, { message: e.message });
      throw e;
    }
    if ('ticketId' in outcome) redirect(303, `/cuoc-thi/${params.slug}/phong-cho/${outcome.ticketId}`);
    redirect(303, `/thi/${outcome.id}`);
  },
  /** Erases the signed-in participant's personal data (password asked again); the session ends with it. */
  eraseMyData: async ({ fetch, request, cookies }) => {
    const f = await request.formData();
    try {
      await createApiClient({ fetch }).eraseMyData({ password: String(f.get('password') ?? ''), confirm: f.get('confirm') === 'on' } as EraseMyDataBody);
    } catch (e) {
      if (e instanceof ApiError) {
        return fail(e.status || 500, { erase: { message: e.message, fields: Object.fromEntries(e.fields.map((x) => [x.path, x.message])) as Record<string, string> } });
      }
      throw e;
    }
    cookies.delete('tpl_session', { path: '/' });
    return { erased: true };
  },
};
