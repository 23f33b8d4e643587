import { z } from 'zod';
import { EntrantTypeSchema, GenderSchema } from './contests.js';

const isoDate = z.iso.date({ error: 'Ngày sinh phải có dạng YYYY-MM-DD' });

/** Registration form. Which optional fields are required depends on the contest; the server checks that. */
export const RegisterBodySchema = z.object({
  fullName: z
    .string({ error: 'Vui lòng nhập họ và tên' })
    .trim()
    .min(2, 'Họ và tên quá ngắn')
    .max(100, 'Họ và tên quá dài'),
  birthDate: isoDate,
  phone: z.string({ error: 'Vui lòng nhập số điện thoại' }).min(9).max(20),
  password: z
    .string({ error: 'Vui lòng nhập mật khẩu' })
    .min(8, 'Mật khẩu cần ít nhất 8 ký tự')
    .max(256, 'Mật khẩu tối đa 256 ký tự'),
  cccd: z.string().max(20).optional(),
  email: z.email('Email không hợp lệ').max(200).optional(),
  unitId: z.int().positive().optional(),
  entrantType: EntrantTypeSchema.optional(),
  gender: GenderSchema.optional(),
  consent: z.literal(true, { error: 'Bạn cần đồng ý với việc xử lý dữ liệu cá nhân để dự thi' }),
});
export type RegisterBody = z.infer<typeof RegisterBodySchema>;

export const SignInBodySchema = z.object({
  phone: z.string().min(9).max(20),
  password: z.string().min(1).max(256),
});
export type SignInBody = z.infer<typeof SignInBodySchema>;

/** What a participant sees of their own record. Personal data stays masked even here. */
export const ParticipantSelfSchema = z.object({
  id: z.string(),
  contestId: z.int(),
  fullName: z.string(),
  maskedPhone: z.string(),
  birthDate: z.string(),
  cccdLast3: z.string().nullable(),
  email: z.string().nullable(),
  unitId: z.int().nullable(),
  entrantType: EntrantTypeSchema.nullable(),
  gender: GenderSchema.nullable(),
  registeredAt: z.iso.datetime(),
});
export type ParticipantSelf = z.infer<typeof ParticipantSelfSchema>;

export const SessionResponseSchema = z.object({
  participant: ParticipantSelfSchema,
  /** Bearer token; also set as an httpOnly cookie. */
  token: z.string(),
  expiresAt: z.iso.datetime(),
});
export type SessionResponse = z.infer<typeof SessionResponseSchema>;
