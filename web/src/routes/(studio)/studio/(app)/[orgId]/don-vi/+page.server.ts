import { createContestsClient } from '$lib/api/studio-contests.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch, params }) => ({ list: await createContestsClient({ fetch }, params.orgId).units() });
