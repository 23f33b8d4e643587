import { createApiClient } from '$lib/api/client.js';
import { contestOr404 } from '$lib/server/contest.js';
import type { PageServerLoad } from './$types';

/** ?dot=<roundId> for a round; without it, the whole contest. */
export const load: PageServerLoad = async ({ fetch, params, url }) => {
  const api = createApiClient({ fetch });
  const contest = await contestOr404(api, params.slug);
  const roundId = Number(url.searchParams.get('dot'));
  const round = contest.rounds.find((r) => r.id === roundId) ?? null;
  const scope = round ? ({ kind: 'round', id: round.id } as const) : ({ kind: 'contest', id: contest.id } as const);
  const [board, mine] = await Promise.all([api.leaderboard(scope, contest.slug, 100), api.myRank(scope, contest.slug).catch(() => null)]);
  return { contest, round, scope, board, mine };
};
