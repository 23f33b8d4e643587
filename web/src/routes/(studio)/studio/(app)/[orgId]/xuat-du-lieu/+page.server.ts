import { error } from '@sveltejs/kit';
import { createContestsClient } from '$lib/api/studio-contests.js';
import { createExportsClient } from '$lib/api/studio-exports.js';
import type { PageServerLoad } from './$types';

/** The organization's exports (newest first) and its contests, to start a new one. */
export const load: PageServerLoad = async ({ fetch, params, parent }) => {
  const { capabilities } = await parent();
  if (!capabilities.includes('stats.read')) error(403, 'Vai trò của bạn không được xuất dữ liệu.');
  const [list, contests] = await Promise.all([
    createExportsClient({ fetch }).list(params.orgId),
    capabilities.includes('contest.read') ? createContestsClient({ fetch }, params.orgId).list() : Promise.resolve({ contests: [] }),
  ]);
  return { exports: list.exports, contests: contests.contests.map((c) => ({ id: c.id, title: c.title })) };
};
