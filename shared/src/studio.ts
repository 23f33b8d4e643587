import { z } from 'zod';

/**
 * Staff of an organization and what each role may do. The studio API checks capabilities, never role
 * names, so the table below is the whole access policy (and the access-matrix test reads it).
 */
export const StaffRoleSchema = z.enum(['admin', 'organizer', 'reviewer', 'viewer']);
export type StaffRole = z.infer<typeof StaffRoleSchema>;

export const staffRoleLabelsVi: Record<StaffRole, string> = {
  admin: 'Quản trị viên',
  organizer: 'Người tổ chức',
  reviewer: 'Người duyệt câu hỏi',
  viewer: 'Cán bộ theo dõi (thống kê)',
};

export const CAPABILITIES = {
  /** Add, change and remove the organization's staff. */
  'staff.manage': ['admin'],
  'audit.read': ['admin'],
  'bank.read': ['admin', 'organizer', 'reviewer'],
  'bank.write': ['admin', 'organizer'],
  /** Approve (publish) questions in review. */
  'bank.review': ['admin', 'reviewer'],
  'contest.read': ['admin', 'organizer', 'reviewer', 'viewer'],
  'contest.write': ['admin', 'organizer'],
  /** Review winners, disqualify entries, publish results. */
  'results.manage': ['admin', 'organizer'],
  'stats.read': ['admin', 'organizer', 'reviewer', 'viewer'],
  /** Personal data in full (unmasked phone numbers in the participant export); every use is audited. */
  'pii.read': ['admin', 'organizer'],
  'units.write': ['admin', 'organizer'],
  /** Review anti-cheat flags, tune the detectors, clear or disqualify. */
  'integrity.review': ['admin', 'organizer'],
} as const satisfies Record<string, readonly StaffRole[]>;
export type Capability = keyof typeof CAPABILITIES;

export function can(role: StaffRole, capability: Capability): boolean {
  return (CAPABILITIES[capability] as readonly StaffRole[]).includes(role);
}

/** Every organization-scoped studio route starts with /api/studio/orgs/:orgId. */
export const OrgParamsSchema = z.object({ orgId: z.coerce.number().int().positive() });
export type OrgParams = z.infer<typeof OrgParamsSchema>;

export const StaffSignInBodySchema = z.object({
  email: z.email().max(254),
  password: z.string().min(1).max(256),
});
export type StaffSignInBody = z.infer<typeof StaffSignInBodySchema>;

export const OrganizationRefSchema = z.object({ id: z.int(), slug: z.string(), name: z.string() });
export type OrganizationRef = z.infer<typeof OrganizationRefSchema>;

export const StaffMeSchema = z.object({
  user: z.object({ id: z.int(), email: z.string(), name: z.string(), platformAdmin: z.boolean() }),
  memberships: z.array(z.object({ organization: OrganizationRefSchema, role: StaffRoleSchema })),
});
export type StaffMe = z.infer<typeof StaffMeSchema>;

export const AuditEntrySchema = z.object({
  id: z.int(),
  actor: z.object({ id: z.int().nullable(), email: z.string().nullable(), name: z.string().nullable() }),
  action: z.string(),
  entity: z.string(),
  entityId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  at: z.iso.datetime(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;
