import { error, fail } from '@sveltejs/kit';
import { ApiError } from '$lib/api/client.js';
import { createStaffClient } from '$lib/api/studio-staff.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch, parent }) => {
  const { me } = await parent();
  if (!me.user.platformAdmin) error(403, 'Chỉ quản trị nền tảng được xem trang này.');
  return { list: await createStaffClient({ fetch }).organizations() };
};

export const actions: Actions = {
  default: async ({ fetch, request }) => {
    const f = await request.formData();
    const values = {
      slug: String(f.get('slug') ?? '').trim(),
      name: String(f.get('name') ?? '').trim(),
      adminEmail: String(f.get('adminEmail') ?? '').trim(),
      adminName: String(f.get('adminName') ?? '').trim(),
    };
    try {
      const created = await createStaffClient({ fetch }).createOrganization(values);
      return { created: { name: created.organization.name, id: created.organization.id, email: created.admin.email, adminName: created.admin.name, password: created.password } };
    } catch (e) {
      if (e instanceof ApiError) return fail(e.status || 500, { values, message: e.message, fields: e.fields });
      throw e;
    }
  },
};
