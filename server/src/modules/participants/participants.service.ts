import { createHash, createHmac, randomBytes, randomUUID } from 'node:crypto';
// @node-rs/argon2 hashes with argon2id by default.
import { hash, verify } from '@node-rs/argon2';
import {
  normalizeCccd,
  normalizePhone,
  normalizeText,
  maskPhone,
  type ErrorField,
  type ParticipantSelf,
  type RegisterBody,
  type SessionResponse,
  type SignInBody,
} from '@thiphapluat/shared';
import type { AppContext } from '../../context.js';
import { AppError, Conflict, Unauthenticated, Validation } from '../../errors.js';
import { checkPassword, RESIDENT_PASSWORD_MIN } from '../../lib/passwords.js';
import { assertNotLocked, recordFailure, recordSuccess, throttleKey } from '../../lib/sign-in-throttle.js';
import { contestHasUnit } from '../contests/contests.repository.js';
import { requireVisibleContest } from '../contests/contests.service.js';
import * as repo from './participants.repository.js';
import type { ParticipantRow } from './participants.repository.js';

const VN_OFFSET_MS = 7 * 3600_000;

/** Age in whole years on `now`, counted on the Vietnamese calendar day. */
export function ageOn(birthDate: string, now: number): number {
  const today = new Date(now + VN_OFFSET_MS);
  const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
  let age = today.getUTCFullYear() - y;
  if (today.getUTCMonth() + 1 < m || (today.getUTCMonth() + 1 === m && today.getUTCDate() < d)) age--;
  return age;
}

/** Keyed, so a leaked table cannot be reversed by hashing all 10^12 CCCD numbers. */
export function hashCccd(secret: Buffer, cccd: string): string {
  return createHmac('sha256', secret).update(`cccd:${cccd}`).digest('base64url');
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

export function toSelf(p: ParticipantRow): ParticipantSelf {
  return {
    id: p.id,
    contestId: p.contestId,
    fullName: p.fullName,
    maskedPhone: maskPhone(p.phone),
    birthDate: p.birthDate,
    cccdLast3: p.cccdLast3,
    email: p.email,
    unitId: p.unitId,
    entrantType: p.entrantType,
    gender: p.gender,
    registeredAt: new Date(p.createdAt).toISOString(),
  };
}

/**
 * Registers a resident for a contest. Invariants: one participant per contest per normalized phone
 * (409 ALREADY_REGISTERED), fields follow the contest's settings, the minimum age holds on the day,
 * consent is recorded with the exact text shown, and CCCD is kept only as a keyed hash and its last 3 digits.
 */
export async function register(ctx: AppContext, slug: string, body: RegisterBody): Promise<SessionResponse> {
  const contest = requireVisibleContest(ctx.db, slug);
  const now = ctx.clock.now();
  if (contest.status !== 'published') throw new AppError('NOT_ELIGIBLE', 409, 'Cuộc thi đã kết thúc, không nhận đăng ký mới.');
  const fields: ErrorField[] = [];
  const modes = contest.registrationFields;

  const phone = normalizePhone(body.phone);
  if (!phone) fields.push({ path: 'phone', message: 'Số điện thoại di động không hợp lệ (ví dụ: 0912345678).' });

  const birth = new Date(`${body.birthDate}T00:00:00Z`);
  if (Number.isNaN(birth.getTime()) || birth.getTime() > now) fields.push({ path: 'birthDate', message: 'Ngày sinh không hợp lệ.' });

  let cccd: string | null = null;
  if (modes.cccd !== 'off' && body.cccd) {
    cccd = normalizeCccd(body.cccd);
    if (!cccd) fields.push({ path: 'cccd', message: 'Số CCCD phải gồm đúng 12 chữ số.' });
  } else if (modes.cccd === 'required') fields.push({ path: 'cccd', message: 'Vui lòng nhập số CCCD.' });

  if (modes.email === 'required' && !body.email) fields.push({ path: 'email', message: 'Vui lòng nhập email.' });
  if (modes.entrantType === 'required' && !body.entrantType) fields.push({ path: 'entrantType', message: 'Vui lòng chọn đối tượng dự thi.' });
  if (modes.gender === 'required' && !body.gender) fields.push({ path: 'gender', message: 'Vui lòng chọn giới tính.' });
  if (modes.unit === 'required' && body.unitId === undefined) fields.push({ path: 'unitId', message: 'Vui lòng chọn đơn vị.' });
  if (modes.unit !== 'off' && body.unitId !== undefined && !contestHasUnit(ctx.db, contest.id, body.unitId)) {
    fields.push({ path: 'unitId', message: 'Đơn vị không có trong danh sách của cuộc thi.' });
  }
  if (fields.length > 0) throw Validation(fields);

  if (contest.minAge !== null && ageOn(body.birthDate, now) < contest.minAge) {
    throw new AppError('NOT_ELIGIBLE', 422, `Cuộc thi dành cho người từ đủ ${contest.minAge} tuổi trở lên.`, [
      { path: 'birthDate', message: `Người dự thi phải từ đủ ${contest.minAge} tuổi.` },
    ]);
  }
  checkPassword(body.password, { minLength: RESIDENT_PASSWORD_MIN, context: [phone, slug, contest.title, body.birthDate.replaceAll('-', ''), body.email] });
  // Cheap check first so a duplicate does not pay for a password hash; the unique index is the real guard.
  if (repo.findByContestPhone(ctx.db, contest.id, phone as string)) throw alreadyRegistered();

  const passwordHash = await hash(body.password, ctx.passwordHashing);
  const participant = {
    id: randomUUID(),
    contestId: contest.id,
    phone: phone as string,
    fullName: normalizeText(body.fullName),
    birthDate: body.birthDate,
    cccdHash: cccd ? hashCccd(ctx.secret, cccd) : null,
    cccdLast3: cccd ? cccd.slice(-3) : null,
    email: modes.email !== 'off' && body.email ? body.email.trim().toLowerCase() : null,
    unitId: modes.unit !== 'off' ? (body.unitId ?? null) : null,
    entrantType: modes.entrantType !== 'off' ? (body.entrantType ?? null) : null,
    // Contests made before the field existed have no mode for it: off.
    gender: (modes.gender ?? 'off') !== 'off' ? (body.gender ?? null) : null,
    passwordHash,
    consentText: contest.consentText,
    consentedAt: now,
    createdAt: now,
  };
  try {
    return ctx.db.transaction((tx) => {
      const row = repo.insertParticipant(tx, participant);
      return openSession(ctx, tx, row);
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw alreadyRegistered();
    throw err;
  }
}

const alreadyRegistered = () =>
  Conflict('ALREADY_REGISTERED', 'Số điện thoại này đã đăng ký tham gia cuộc thi. Vui lòng đăng nhập bằng mật khẩu đã tạo.');

function isUniqueViolation(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE';
}

function openSession(ctx: AppContext, db: Parameters<typeof repo.insertSession>[0], p: ParticipantRow): SessionResponse {
  const token = randomBytes(32).toString('base64url');
  const now = ctx.clock.now();
  const expiresAt = now + ctx.sessionTtlMs;
  repo.insertSession(db, { tokenHash: hashToken(token), participantId: p.id, createdAt: now, expiresAt });
  return { participant: toSelf(p), token, expiresAt: new Date(expiresAt).toISOString() };
}

// A hash to verify against when the phone is unknown, so timing does not reveal who registered.
let dummyHash: Promise<string> | null = null;

/** Signs in with phone and password for one contest. Wrong phone and wrong password look the same. */
export async function signIn(ctx: AppContext, slug: string, body: SignInBody): Promise<SessionResponse> {
  const contest = requireVisibleContest(ctx.db, slug);
  const phone = normalizePhone(body.phone);
  // Per account (contest + phone), checked before the password; an unknown phone is throttled the same way.
  const throttle = throttleKey(ctx, 'participant', `${contest.id}:${phone ?? body.phone.trim()}`);
  assertNotLocked(ctx, throttle);
  const p = phone ? repo.findByContestPhone(ctx.db, contest.id, phone) : undefined;
  dummyHash ??= hash('not-a-password', ctx.passwordHashing);
  const ok = await verify(p?.passwordHash ?? (await dummyHash), body.password);
  if (!p || !ok) {
    recordFailure(ctx, throttle);
    throw Unauthenticated('Số điện thoại hoặc mật khẩu không đúng.');
  }
  recordSuccess(ctx, throttle);
  return openSession(ctx, ctx.db, p);
}

/** Resolves a bearer token to its participant, or null when unknown or expired. */
export function authenticate(ctx: AppContext, token: string): ParticipantRow | null {
  return repo.findLiveSession(ctx.db, hashToken(token), ctx.clock.now())?.participant ?? null;
}

export function signOut(ctx: AppContext, token: string): void {
  repo.deleteSession(ctx.db, hashToken(token));
}
