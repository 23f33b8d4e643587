import { createHash, createHmac } from 'node:crypto';
import type { IntegritySignalKind } from '@thiphapluat/db';
import type { AppContext } from '../../context.js';
import { insertSignal } from './integrity.repository.js';

/** A device id the client keeps in its storage: random, url-safe, 8–128 characters. */
const DEVICE_ID = /^[A-Za-z0-9_-]{8,128}$/;
export const DEVICE_ID_HEADER = 'x-device-id';

export function parseDeviceId(value: unknown): string | null {
  return typeof value === 'string' && DEVICE_ID.test(value) ? value : null;
}

/**
 * Keyed hashes: equal inputs compare equal inside this installation, but a leaked table cannot be turned
 * back into IP addresses (all 2^32 of them would otherwise hash in minutes) or device ids.
 */
const keyed = (secret: Buffer, purpose: string, value: string) => createHmac('sha256', secret).update(`${purpose}:${value}`).digest('base64url').slice(0, 22);
export const hashIp = (secret: Buffer, ip: string) => keyed(secret, 'ip', ip);
export const hashDevice = (secret: Buffer, deviceId: string) => keyed(secret, 'device', deviceId);
export const hashUserAgent = (ua: string) => createHash('sha256').update(ua).digest('base64url').slice(0, 16);

export interface SignalInput {
  contestId: number;
  participantId: string;
  attemptId: string | null;
  kind: IntegritySignalKind;
  ip: string;
  deviceId: string | null;
  userAgent: string;
}

/** Records where a participant came from; evidence only, so a failure is logged and never fails the request. */
export function recordSignal(ctx: AppContext, s: SignalInput): void {
  try {
    insertSignal(ctx.db, {
      contestId: s.contestId,
      participantId: s.participantId,
      attemptId: s.attemptId,
      kind: s.kind,
      ipHash: hashIp(ctx.secret, s.ip),
      deviceHash: s.deviceId ? hashDevice(ctx.secret, s.deviceId) : null,
      uaHash: hashUserAgent(s.userAgent.slice(0, 300)),
      at: ctx.clock.now(),
    });
  } catch (err) {
    ctx.log.error({ err, kind: s.kind }, 'integrity signal not stored');
  }
}

/** Where a request came from, as the signals record it. */
export function requestSource(req: { ip: string; headers: Record<string, string | string[] | undefined> }): Pick<SignalInput, 'ip' | 'deviceId' | 'userAgent'> {
  return { ip: req.ip, deviceId: parseDeviceId(req.headers[DEVICE_ID_HEADER]), userAgent: String(req.headers['user-agent'] ?? '') };
}
