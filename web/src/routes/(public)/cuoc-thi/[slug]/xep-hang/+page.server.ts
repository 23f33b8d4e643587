import { error } from '@sveltejs/kit';
import { ApiError, createApiClient } from '$lib/api/client.js';
import type { PageServerLoad } from './$types';

/** ?dot=<roundId> for a round; without it, the whole contest. */
export const load: PageServerLoad = async ({ fetch, params, url }) => {
  const api = createApiClient({ fetch });
  const contest = await api.contest(params.slug).catch((e: unknown) => {
    if (e instanceof ApiError && (e.status === 404 || e.status === 400)) error(404, e.message);
    throw e;
  });
  const roundId = Number(url.searchParams.get('dot'));
  const round = contest.rounds.find((r) => r.id === roundId) ?? null;
  const scope = round ? ({ kind: 'round', id: round.id } as const) : ({ kind: 'contest', id: contest.id } as const);
  const [board, mine] = await Promise.all([api.leaderboard(scope, contest.slug, 100), api.myRank(scope, contest.slug).catch(() => null)]);
  return { contest, round, scope, board, mine };
};
