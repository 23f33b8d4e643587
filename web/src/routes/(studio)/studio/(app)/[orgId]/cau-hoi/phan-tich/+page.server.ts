import { error } from '@sveltejs/kit';
import type { ItemAnalysisQuery } from '@thiphapluat/shared';
import { ApiError } from '$lib/api/client.js';
import { createContestsClient } from '$lib/api/studio-contests.js';
import { createItemAnalysisClient } from '$lib/api/studio-item-analysis.js';
import type { PageServerLoad } from './$types';

/**
 * The scope from the page's form: a round wins over its contest, a contest over the dates (the form
 * sends them all; the API takes one scope).
 */
function scopeOf(params: URLSearchParams): ItemAnalysisQuery {
  const n = (k: string) => (/^\d+$/.test(params.get(k) ?? '') ? Number(params.get(k)) : undefined);
  const roundId = n('roundId');
  const contestId = n('contestId');
  if (roundId !== undefined) return { roundId };
  if (contestId !== undefined) return { contestId };
  const from = params.get('from') || undefined;
  const to = params.get('to') || undefined;
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

export const load: PageServerLoad = async ({ fetch, params, url, parent }) => {
  const { capabilities } = await parent();
  const scope = scopeOf(url.searchParams);
  const contestsClient = createContestsClient({ fetch }, params.orgId);
  try {
    const [report, contests] = await Promise.all([
      createItemAnalysisClient(params.orgId, { fetch }).report(scope),
      capabilities.includes('contest.read') ? contestsClient.list().then((l) => l.contests) : Promise.resolve([]),
    ]);
    const contestId = report.scope.contestId;
    const rounds = contestId !== null ? (await contestsClient.get(contestId)).rounds.map((r) => ({ id: r.id, name: r.name })) : [];
    return { report, contests: contests.map((c) => ({ id: c.id, title: c.title })), rounds, canReadBank: capabilities.includes('bank.read') };
  } catch (e) {
    // A hand-edited URL: say what is wrong instead of a blank page.
    if (e instanceof ApiError && (e.status === 400 || e.status === 404)) error(e.status, e.fields.map((f) => f.message).join(' ') || e.message);
    throw e;
  }
};
