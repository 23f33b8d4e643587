import { error, redirect } from '@sveltejs/kit';
import { ApiError, createApiClient } from '$lib/api/client.js';
import { contestOr404 } from '$lib/server/contest.js';
import type { PageServerLoad } from './$types';

/** The waiting room: the ticket as it stands when the page opens; the page then polls it. */
export const load: PageServerLoad = async ({ fetch, params }) => {
  const api = createApiClient({ fetch });
  const contest = await contestOr404(api, params.slug);
  try {
    const ticket = await api.admissionTicket(params.ticketId);
    if (ticket.status === 'admitted' && ticket.attemptId) redirect(303, `/thi/${ticket.attemptId}`);
    return { contest, ticket };
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) redirect(303, `/cuoc-thi/${params.slug}/dang-nhap`);
    // A ticket that is gone (the page was closed for too long) sends the resident back to start again.
    if (e instanceof ApiError && (e.status === 404 || e.status === 400)) error(404, e.message);
    throw e;
  }
};
