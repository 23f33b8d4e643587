import { error } from '@sveltejs/kit';
import { CAPABILITIES, can, type Capability } from '@thiphapluat/shared';
import type { LayoutServerLoad } from './$types';

/** The organization in the URL, the staff member's role in it, and what that role may do. */
export const load: LayoutServerLoad = async ({ parent, params }) => {
  const { me } = await parent();
  const membership = me.memberships.find((m) => String(m.organization.id) === params.orgId);
  if (!membership) error(403, 'Bạn không thuộc tổ chức này.');
  const capabilities = (Object.keys(CAPABILITIES) as Capability[]).filter((c) => can(membership.role, c));
  return { org: membership.organization, role: membership.role, capabilities };
};
