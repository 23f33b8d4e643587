import { fail } from '@sveltejs/kit';
import { ApiError } from '$lib/api/client.js';
import { createStaffClient } from '$lib/api/studio-staff.js';
import type { Actions } from './$types';

export const actions: Actions = {
  default: async ({ fetch, request }) => {
    const f = await request.formData();
    const currentPassword = String(f.get('currentPassword') ?? '');
    const newPassword = String(f.get('newPassword') ?? '');
    // Typed twice so a typo does not lock the user out; the server never sees the confirmation.
    if (newPassword !== String(f.get('confirmPassword') ?? '')) {
      return fail(400, { message: 'Vui lòng sửa các lỗi bên dưới.', fields: [{ path: 'confirmPassword', message: 'Hai lần nhập mật khẩu mới không khớp.' }] });
    }
    try {
      const result = await createStaffClient({ fetch }).changePassword({ currentPassword, newPassword });
      return { done: true, otherSessionsEnded: result.otherSessionsEnded };
    } catch (e) {
      if (e instanceof ApiError) return fail(e.status || 500, { message: e.message, fields: e.fields });
      throw e;
    }
  },
};
