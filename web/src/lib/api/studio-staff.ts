import {
  AddStaffResultSchema,
  AuditPageSchema,
  ChangePasswordResultSchema,
  CreateOrganizationResultSchema,
  OrganizationListSchema,
  StaffListSchema,
  StaffMemberSchema,
  type AddStaffBody,
  type ChangePasswordBody,
  type CreateOrganizationBody,
  type StaffRole,
} from '@thiphapluat/shared';
import type { ApiClientOptions } from './client.js';
import { createStudioClient } from './studio.js';

/** Filters of the audit page as they travel in the URL (strings, empty meaning "any"). */
export interface AuditFilters {
  entity?: string;
  action?: string;
  actorId?: string;
  from?: string;
  to?: string;
  page?: number;
  pageSize?: number;
}

/** The studio's staff area: members, audit log, organizations (platform), own password. */
export function createStaffClient(opts: ApiClientOptions = {}) {
  const { call } = createStudioClient(opts);
  const org = (orgId: number | string) => `/api/studio/orgs/${encodeURIComponent(String(orgId))}`;
  return {
    staff: (orgId: number | string) => call(StaffListSchema, 'GET', `${org(orgId)}/staff`),
    addStaff: (orgId: number | string, body: AddStaffBody) => call(AddStaffResultSchema, 'POST', `${org(orgId)}/staff`, body),
    changeRole: (orgId: number | string, userId: number, role: StaffRole) => call(StaffMemberSchema, 'PUT', `${org(orgId)}/staff/${userId}`, { role }),
    removeStaff: (orgId: number | string, userId: number) => call(null, 'DELETE', `${org(orgId)}/staff/${userId}`),
    audit: (orgId: number | string, filters: AuditFilters = {}) => {
      const q = new URLSearchParams();
      for (const [k, v] of Object.entries(filters)) if (v !== undefined && v !== '') q.set(k, String(v));
      const qs = q.toString();
      return call(AuditPageSchema, 'GET', `${org(orgId)}/audit${qs ? `?${qs}` : ''}`);
    },
    organizations: () => call(OrganizationListSchema, 'GET', '/api/studio/platform/organizations'),
    createOrganization: (body: CreateOrganizationBody) => call(CreateOrganizationResultSchema, 'POST', '/api/studio/platform/organizations', body),
    changePassword: (body: ChangePasswordBody) => call(ChangePasswordResultSchema, 'PUT', '/api/studio/me/password', body),
  };
}
