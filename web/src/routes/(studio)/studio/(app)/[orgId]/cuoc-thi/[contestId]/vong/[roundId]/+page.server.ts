import { error, fail } from '@sveltejs/kit';
import { ApiError } from '$lib/api/client.js';
import { createMonitorClient } from '$lib/api/studio-monitor.js';
import type { Actions, PageServerLoad } from './$types';

/** The round's live figures as of now; the page then follows them over the monitor WebSocket. */
export const load: PageServerLoad = async ({ fetch, params }) => {
  let snapshot;
  try {
    snapshot = await createMonitorClient({ fetch }).snapshot(params.orgId, params.roundId);
  } catch (e) {
    if (e instanceof ApiError && (e.status === 400 || e.status === 403 || e.status === 404)) error(e.status === 403 ? 403 : 404, e.message);
    throw e;
  }
  // The round must belong to the contest in the address, or the breadcrumb would lie.
  if (String(snapshot.round.contest.id) !== params.contestId) error(404, 'Không tìm thấy đợt thi.');
  return { snapshot };
};

export const actions: Actions = {
  /** "Kết thúc đợt thi": closes the round now; running attempts finish at their own deadline. */
  close: async ({ fetch, params }) => {
    try {
      const result = await createMonitorClient({ fetch }).closeRound(params.orgId, params.roundId);
      return { closed: { inProgress: result.inProgress, finalized: result.finalized } };
    } catch (e) {
      if (e instanceof ApiError) return fail(e.status || 500, { message: e.message });
      throw e;
    }
  },
};
