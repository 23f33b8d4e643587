import { ContestListSchema } from '@thiphapluat/shared';
import type { PageServerLoad } from './$types';

/** Server-rendered: the contest list comes from the API of the same process. */
export const load: PageServerLoad = async ({ fetch }) => {
  const res = await fetch('/api/contests');
  if (!res.ok) return { contests: [] };
  return { contests: ContestListSchema.parse(await res.json()).contests };
};
