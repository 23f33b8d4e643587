import { error, fail } from '@sveltejs/kit';
import { IntegrityDecisionBodySchema, IntegrityDetectorSchema, IntegrityQueueFilterSchema, IntegritySettingsBodySchema } from '@thiphapluat/shared';
import { ApiError } from '$lib/api/client.js';
import { createIntegrityClient } from '$lib/api/studio-integrity.js';
import type { Actions, PageServerLoad } from './$types';

/** The review queue of a contest: pending by default, or the cleared and disqualified lists. */
export const load: PageServerLoad = async ({ fetch, params, url }) => {
  const status = IntegrityQueueFilterSchema.catch('pending').parse(url.searchParams.get('status') ?? 'pending');
  try {
    return { queue: await createIntegrityClient({ fetch }).queue(params.orgId, params.contestId, status), status };
  } catch (e) {
    if (e instanceof ApiError && (e.status === 400 || e.status === 403 || e.status === 404)) error(e.status === 403 ? 403 : 404, e.message);
    throw e;
  }
};

const refused = (e: unknown, extra: Record<string, unknown> = {}) => {
  if (e instanceof ApiError) return fail(e.status || 500, { ...extra, message: e.message, fields: e.fields });
  throw e;
};

export const actions: Actions = {
  /** Clear or disqualify, with the reason checked by the API's own schema first. */
  decide: async ({ fetch, params, request }) => {
    const f = await request.formData();
    const participantId = String(f.get('participantId') ?? '');
    const parsed = IntegrityDecisionBodySchema.safeParse({ decision: f.get('decision'), reason: String(f.get('reason') ?? '') });
    if (!parsed.success) {
      return fail(400, { action: 'decide', participantId, message: 'Vui lòng nhập lý do (5–500 ký tự).', fields: parsed.error.issues.map((i) => ({ path: String(i.path[0] ?? ''), message: i.message })) });
    }
    try {
      await createIntegrityClient({ fetch }).decide(params.orgId, params.contestId, participantId, parsed.data);
      return { action: 'decide', done: parsed.data.decision === 'disqualify' ? 'Đã loại người dự thi khỏi cuộc thi.' : 'Đã xác nhận không vi phạm.' };
    } catch (e) {
      return refused(e, { action: 'decide', participantId });
    }
  },
  recompute: async ({ fetch, params }) => {
    try {
      await createIntegrityClient({ fetch }).recompute(params.orgId, params.contestId);
      return { action: 'recompute', done: 'Đã tính lại điểm nghi vấn.' };
    } catch (e) {
      return refused(e, { action: 'recompute' });
    }
  },
  /** Weights per detector and the threshold, from the tuning form. */
  settings: async ({ fetch, params, request }) => {
    const f = await request.formData();
    const weights = Object.fromEntries(IntegrityDetectorSchema.options.map((d) => [d, Number(f.get(`w-${d}`))]));
    const parsed = IntegritySettingsBodySchema.safeParse({ weights, threshold: Number(f.get('threshold')) });
    if (!parsed.success) {
      return fail(400, { action: 'settings', message: 'Trọng số là số nguyên từ 0 đến 100; ngưỡng từ 1 đến 100.', fields: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) });
    }
    try {
      await createIntegrityClient({ fetch }).saveSettings(params.orgId, params.contestId, parsed.data);
      return { action: 'settings', done: 'Đã lưu trọng số và tính lại điểm.' };
    } catch (e) {
      return refused(e, { action: 'settings' });
    }
  },
};
