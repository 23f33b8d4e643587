import { error, fail } from '@sveltejs/kit';
import { DisqualifyBodySchema } from '@thiphapluat/shared';
import { ApiError } from '$lib/api/client.js';
import { createMonitorClient } from '$lib/api/studio-monitor.js';
import type { Actions, PageServerLoad } from './$types';

/** The winners review; before the round's ranking is frozen, the reason it is not there yet. */
export const load: PageServerLoad = async ({ fetch, params }) => {
  const api = createMonitorClient({ fetch });
  try {
    const winners = await api.winners(params.orgId, params.roundId);
    if (String(winners.round.contest.id) !== params.contestId) error(404, 'Không tìm thấy đợt thi.');
    return { winners, notReady: null };
  } catch (e) {
    if (e instanceof ApiError && e.code === 'ROUND_NOT_CLOSED') return { winners: null, notReady: e.message };
    if (e instanceof ApiError && (e.status === 400 || e.status === 403 || e.status === 404)) error(e.status === 403 ? 403 : 404, e.message);
    throw e;
  }
};

const refused = (e: unknown, extra: Record<string, unknown> = {}) => {
  if (e instanceof ApiError) return fail(e.status || 500, { ...extra, message: e.message, fields: e.fields });
  throw e;
};

export const actions: Actions = {
  /** Disqualifies an entry; the reason is checked here with the API's own schema, then by the API. */
  disqualify: async ({ fetch, params, request }) => {
    const f = await request.formData();
    const participantId = String(f.get('participantId') ?? '');
    const reason = String(f.get('reason') ?? '');
    const parsed = DisqualifyBodySchema.safeParse({ reason });
    if (!parsed.success) {
      return fail(400, { action: 'disqualify', participantId, reason, message: 'Vui lòng nhập lý do loại (5–500 ký tự).', fields: parsed.error.issues.map((i) => ({ path: 'reason', message: i.message })) });
    }
    try {
      await createMonitorClient({ fetch }).disqualify(params.orgId, participantId, parsed.data.reason);
      return { action: 'disqualify', done: 'Đã loại người dự thi khỏi kết quả.' };
    } catch (e) {
      return refused(e, { action: 'disqualify', participantId, reason });
    }
  },
  reinstate: async ({ fetch, params, request }) => {
    const participantId = String((await request.formData()).get('participantId') ?? '');
    try {
      await createMonitorClient({ fetch }).reinstate(params.orgId, participantId);
      return { action: 'reinstate', done: 'Đã khôi phục người dự thi.' };
    } catch (e) {
      return refused(e, { action: 'reinstate' });
    }
  },
  /** Publishes exactly the list the organizer reviewed (its proposal key), or refuses if it changed. */
  publish: async ({ fetch, params, request }) => {
    const proposalKey = String((await request.formData()).get('proposalKey') ?? '');
    try {
      await createMonitorClient({ fetch }).publish(params.orgId, params.roundId, proposalKey);
      return { action: 'publish', done: 'Đã công bố kết quả.' };
    } catch (e) {
      return refused(e, { action: 'publish' });
    }
  },
};
