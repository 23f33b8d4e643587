import { z } from 'zod';
import { AuditEntrySchema, OrgParamsSchema, StaffRoleSchema } from './studio.js';

// Contracts of the studio's staff area: organization staff, the audit log, organizations (platform
// admins) and the signed-in user's own password.

const email = () => z.string().trim().max(254, 'Email tối đa 254 ký tự.').pipe(z.email('Email không hợp lệ.'));
const personName = () =>
  z
    .string()
    .trim()
    .min(1, 'Vui lòng nhập họ tên.')
    .max(120, 'Họ tên tối đa 120 ký tự.')
    .transform((s) => s.normalize('NFC'));

/** One member of an organization's staff, as the admin sees them. */
export const StaffMemberSchema = z.object({
  userId: z.int(),
  email: z.string(),
  name: z.string(),
  role: StaffRoleSchema,
  /** The account is disabled platform-wide: it cannot sign in. */
  disabled: z.boolean(),
  /** Start of the newest session still on record; null when there is none (never signed in, or signed out). */
  lastSignInAt: z.iso.datetime().nullable(),
  joinedAt: z.iso.datetime(),
});
export type StaffMember = z.infer<typeof StaffMemberSchema>;

export const StaffListSchema = z.object({ members: z.array(StaffMemberSchema) });
export type StaffList = z.infer<typeof StaffListSchema>;

export const StaffUserParamsSchema = OrgParamsSchema.extend({ userId: z.coerce.number().int().positive() });
export type StaffUserParams = z.infer<typeof StaffUserParamsSchema>;

export const AddStaffBodySchema = z.object({ email: email(), name: personName(), role: StaffRoleSchema });
export type AddStaffBody = z.infer<typeof AddStaffBodySchema>;

/**
 * `password` is the generated password of a newly created account, shown once to the admin to hand
 * over; null when the email already had an account (it only gained the membership).
 */
export const AddStaffResultSchema = z.object({
  member: StaffMemberSchema,
  accountCreated: z.boolean(),
  password: z.string().nullable(),
});
export type AddStaffResult = z.infer<typeof AddStaffResultSchema>;

export const ChangeStaffRoleBodySchema = z.object({ role: StaffRoleSchema });
export type ChangeStaffRoleBody = z.infer<typeof ChangeStaffRoleBodySchema>;

export const AUDIT_PAGE_SIZE_MAX = 200;

const isoDate = () => z.iso.date('Ngày không hợp lệ (định dạng YYYY-MM-DD).');
const optionalText = () =>
  z
    .string()
    .trim()
    .max(100)
    .optional()
    .transform((s) => (s === '' ? undefined : s));

/** Filters of the audit log. Dates are calendar days in Vietnam time (UTC+7), both ends included. */
export const AuditQuerySchema = z
  .object({
    entity: optionalText(),
    action: optionalText(),
    actorId: z.union([z.literal('').transform(() => undefined), z.coerce.number().int().positive()]).optional(),
    from: z.union([z.literal('').transform(() => undefined), isoDate()]).optional(),
    to: z.union([z.literal('').transform(() => undefined), isoDate()]).optional(),
    page: z.coerce.number().int().min(1).max(100_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(AUDIT_PAGE_SIZE_MAX).default(50),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ['to'], message: 'Ngày kết thúc phải sau ngày bắt đầu.' });
export type AuditQuery = z.infer<typeof AuditQuerySchema>;

export const AuditActorSchema = z.object({ id: z.int(), email: z.string(), name: z.string() });

export const AuditPageSchema = z.object({
  entries: z.array(AuditEntrySchema),
  total: z.int(),
  page: z.int(),
  pageSize: z.int(),
  /** What the filters can choose from in this organization's log. */
  facets: z.object({ entities: z.array(z.string()), actions: z.array(z.string()), actors: z.array(AuditActorSchema) }),
});
export type AuditPage = z.infer<typeof AuditPageSchema>;

export const OrganizationSummarySchema = z.object({
  id: z.int(),
  slug: z.string(),
  name: z.string(),
  memberCount: z.int(),
  adminCount: z.int(),
  createdAt: z.iso.datetime(),
});
export type OrganizationSummary = z.infer<typeof OrganizationSummarySchema>;

export const OrganizationListSchema = z.object({ organizations: z.array(OrganizationSummarySchema) });
export type OrganizationList = z.infer<typeof OrganizationListSchema>;

export const ORG_SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const CreateOrganizationBodySchema = z.object({
  slug: z
    .string()
    .trim()
    .min(3, 'Đường dẫn cần ít nhất 3 ký tự.')
    .max(60, 'Đường dẫn tối đa 60 ký tự.')
    .regex(ORG_SLUG_PATTERN, 'Chỉ dùng chữ thường không dấu, chữ số và dấu gạch ngang (vd: stp-can-tho).'),
  name: z
    .string()
    .trim()
    .min(3, 'Vui lòng nhập tên tổ chức.')
    .max(200, 'Tên tổ chức tối đa 200 ký tự.')
    .transform((s) => s.normalize('NFC')),
  adminEmail: email(),
  adminName: personName(),
});
export type CreateOrganizationBody = z.infer<typeof CreateOrganizationBodySchema>;

export const CreateOrganizationResultSchema = z.object({
  organization: OrganizationSummarySchema,
  admin: z.object({ userId: z.int(), email: z.string(), name: z.string() }),
  accountCreated: z.boolean(),
  /** The first admin's generated password, shown once; null when the email already had an account. */
  password: z.string().nullable(),
});
export type CreateOrganizationResult = z.infer<typeof CreateOrganizationResultSchema>;

export const STAFF_PASSWORD_MIN = 12;

export const ChangePasswordBodySchema = z.object({
  currentPassword: z.string().min(1, 'Vui lòng nhập mật khẩu hiện tại.').max(256),
  newPassword: z.string().min(STAFF_PASSWORD_MIN, `Mật khẩu mới cần ít nhất ${STAFF_PASSWORD_MIN} ký tự.`).max(256, 'Mật khẩu tối đa 256 ký tự.'),
});
export type ChangePasswordBody = z.infer<typeof ChangePasswordBodySchema>;

export const ChangePasswordResultSchema = z.object({
  /** How many of the user's other sessions were ended. */
  otherSessionsEnded: z.int(),
});
export type ChangePasswordResult = z.infer<typeof ChangePasswordResultSchema>;

