import { error, fail } from '@sveltejs/kit';
import { StaffRoleSchema } from '@thiphapluat/shared';
import { ApiError } from '$lib/api/client.js';
import { createStaffClient } from '$lib/api/studio-staff.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch, params, parent }) => {
  const { capabilities } = await parent();
  if (!capabilities.includes('staff.manage')) error(403, 'Chỉ quản trị viên của tổ chức được quản lý nhân sự.');
  return { staff: await createStaffClient({ fetch }).staff(params.orgId) };
};

const text = (f: FormData, k: string) => String(f.get(k) ?? '').trim();
const userIdOf = (f: FormData) => Number(text(f, 'userId'));

/** A refusal the page shows inline: the message, the fields at fault, and which row it concerns. */
function refused(e: unknown, extra: Record<string, unknown>) {
  if (e instanceof ApiError) return fail(e.status || 500, { ...extra, message: e.message, code: e.code, fields: e.fields });
  throw e;
}

export const actions: Actions = {
  add: async ({ fetch, params, request }) => {
    const f = await request.formData();
    const values = { email: text(f, 'email'), name: text(f, 'name'), role: text(f, 'role') };
    const role = StaffRoleSchema.safeParse(values.role);
    if (!role.success) return fail(400, { action: 'add', values, message: 'Vui lòng chọn vai trò.', fields: [{ path: 'role', message: 'Vui lòng chọn vai trò.' }] });
    try {
      const added = await createStaffClient({ fetch }).addStaff(params.orgId, { email: values.email, name: values.name, role: role.data });
      return { action: 'add', added: { email: added.member.email, name: added.member.name, accountCreated: added.accountCreated, password: added.password } };
    } catch (e) {
      return refused(e, { action: 'add', values });
    }
  },
  role: async ({ fetch, params, request }) => {
    const f = await request.formData();
    const userId = userIdOf(f);
    const role = StaffRoleSchema.safeParse(text(f, 'role'));
    if (!role.success) return fail(400, { action: 'role', userId, message: 'Vai trò không hợp lệ.' });
    try {
      const member = await createStaffClient({ fetch }).changeRole(params.orgId, userId, role.data);
      return { action: 'role', userId, done: `Đã đổi vai trò của ${member.name}.` };
    } catch (e) {
      return refused(e, { action: 'role', userId });
    }
  },
  remove: async ({ fetch, params, request }) => {
    const f = await request.formData();
    const userId = userIdOf(f);
    const name = text(f, 'name');
    try {
      await createStaffClient({ fetch }).removeStaff(params.orgId, userId);
      return { action: 'remove', userId, done: `Đã xóa ${name} khỏi tổ chức.` };
    } catch (e) {
      return refused(e, { action: 'remove', userId });
    }
  },
};
