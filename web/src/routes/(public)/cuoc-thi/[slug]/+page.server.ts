import { fail, redirect } from '@sveltejs/kit';
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
  /** Starts (or resumes) an attempt in the open round and goes to the quiz. */
  start: async ({ fetch, request }) => {
    const roundId = Number((await request.formData()).get('roundId'));
    let attemptId: string;
    try {
      attemptId = (await createApiClient({ fetch }).startAttempt(roundId)).id;
    } catch (e) {
      if (e instanceof ApiError) return fail(e.status || 500, { message: e.message });
      throw e;
    }
    redirect(303, `/thi/${attemptId}`);
  },
};
