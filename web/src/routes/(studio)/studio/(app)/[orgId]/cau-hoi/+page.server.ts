import { error, fail } from '@sveltejs/kit';
import { BulkActionSchema } from '@thiphapluat/shared';
import { ApiError } from '$lib/api/client.js';
import { createQuestionsClient, filterQuery } from '$lib/api/studio-questions.js';
import type { Actions, PageServerLoad } from './$types';

const PAGE_SIZE = 25;

export const load: PageServerLoad = async ({ fetch, params, url }) => {
  const client = createQuestionsClient(params.orgId, { fetch });
  const page = Math.max(1, Number(url.searchParams.get('page')) || 1);
  try {
    const [list, fields] = await Promise.all([client.list(filterQuery(url.searchParams, { page, pageSize: PAGE_SIZE })), client.fields()]);
    return { list, fields: fields.fields, filters: Object.fromEntries(url.searchParams) as Record<string, string> };
  } catch (e) {
    // A hand-edited URL with a bad filter: say so instead of a blank page.
    if (e instanceof ApiError && e.status === 400) error(400, e.fields.map((f) => f.message).join(' ') || e.message);
    if (e instanceof ApiError && e.status === 403) error(403, e.message);
    throw e;
  }
};

export const actions: Actions = {
  /** Bulk workflow from the list's checkboxes: all selected questions change, or none. */
  bulk: async ({ fetch, params, request }) => {
    const f = await request.formData();
    const action = BulkActionSchema.safeParse(f.get('action'));
    const ids = f.getAll('ids').map(Number).filter((n) => Number.isInteger(n) && n > 0);
    if (!action.success) return fail(400, { message: 'Thao tác không hợp lệ.', faults: [] as string[] });
    if (ids.length === 0) return fail(400, { message: 'Chọn ít nhất một câu hỏi.', faults: [] as string[] });
    try {
      const r = await createQuestionsClient(params.orgId, { fetch }).bulk(ids, action.data);
      return { done: r.updated.length, action: action.data };
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      return fail(e.status || 500, { message: e.message, faults: e.fields.map((x) => x.message) });
    }
  },
};
