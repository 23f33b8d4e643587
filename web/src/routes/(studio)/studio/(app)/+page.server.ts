import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

/** With one organization there is nothing to choose: go straight to it. */
export const load: PageServerLoad = async ({ parent }) => {
  const { me } = await parent();
  if (me.memberships.length === 1 && !me.user.platformAdmin) redirect(303, `/studio/${me.memberships[0]!.organization.id}`);
  return {};
};
