import { error } from '@sveltejs/kit';
import type { ErrorField } from '@thiphapluat/shared';
import { ApiError } from '$lib/api/client.js';
import { createStaffClient, type AuditFilters } from '$lib/api/studio-staff.js';
import type { PageServerLoad } from './$types';

const KEYS = ['entity', 'action', 'actorId', 'from', 'to'] as const;

export const load: PageServerLoad = async ({ fetch, params, parent, url }) => {
  const { capabilities } = await parent();
  if (!capabilities.includes('audit.read')) error(403, 'Chỉ quản trị viên của tổ chức được xem nhật ký thao tác.');
  const filters: AuditFilters = {};
  for (const k of KEYS) filters[k] = url.searchParams.get(k) ?? '';
  const page = Number(url.searchParams.get('page') ?? '1');
  const client = createStaffClient({ fetch });
  try {
    return { filters, log: await client.audit(params.orgId, { ...filters, page: Number.isInteger(page) && page > 0 ? page : 1, pageSize: 25 }), fields: [] as ErrorField[] };
  } catch (e) {
    if (!(e instanceof ApiError) || e.status !== 400) throw e;
    // Bad filters: show them with their errors, and the unfiltered first page below.
    return { filters, log: await client.audit(params.orgId, { pageSize: 25 }), fields: e.fields, message: e.message };
  }
};
