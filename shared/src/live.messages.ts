import { z } from 'zod';
import { AttemptResultSchema, AttemptViewSchema, ClientIntegrityKindSchema, SavedAnswerSchema } from './attempts.js';
import { ErrorCodeSchema, ErrorFieldSchema } from './errors.js';
import { LeaderboardSchema, LeaderboardScopeSchema } from './leaderboard.js';

/** Echoed back on the reply so a client can match acks to requests. */
const requestId = z.string().min(1).max(64);

/** Frames a client sends on /ws. Every frame is parsed; a bad one gets an `error` frame and the socket stays open. */
export const ClientMessageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('attempt.join'),
    attemptId: z.uuid(),
    /** Session token; may be omitted when the session cookie came with the upgrade request. */
    token: z.string().min(16).max(128).optional(),
    /** A random id the page keeps in its storage: tells the server when an attempt moves to another device. */
    deviceId: z.string().regex(/^[A-Za-z0-9_-]{8,128}$/).optional(),
  }),
  z.object({ type: z.literal('time.sync'), clientTime: z.int().min(0) }),
  z.object({ type: z.literal('heartbeat') }),
  z.object({
    type: z.literal('answer.save'),
    requestId,
    position: z.int().min(1).max(100),
    optionIds: z.array(z.string().min(1).max(32)).max(6),
    clientSeq: z.int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
  }),
  z.object({
    type: z.literal('attempt.submit'),
    requestId,
    prediction: z.int().min(0).max(100_000_000).optional(),
  }),
  z.object({
    type: z.literal('integrity.report'),
    kind: ClientIntegrityKindSchema,
    clientTime: z.int().optional(),
    durationMs: z.int().min(0).max(86_400_000).optional(),
    position: z.int().min(1).max(100).optional(),
  }),
  z.object({ type: z.literal('leaderboard.subscribe'), scope: LeaderboardScopeSchema }),
  z.object({ type: z.literal('leaderboard.unsubscribe'), scope: LeaderboardScopeSchema }),
]);
export type ClientMessage = z.infer<typeof ClientMessageSchema>;

export const ServerMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('attempt.state'), attempt: AttemptViewSchema }),
  z.object({ type: z.literal('time.sync'), clientTime: z.int().nullable(), serverTime: z.int() }),
  z.object({ type: z.literal('heartbeat.ack'), serverTime: z.int() }),
  z.object({ type: z.literal('answer.saved'), requestId, answer: SavedAnswerSchema }),
  z.object({
    type: z.literal('attempt.deadline_warning'),
    attemptId: z.string(),
    remainingMs: z.int(),
    deadlineAt: z.iso.datetime(),
  }),
  z.object({
    type: z.literal('attempt.finalized'),
    attemptId: z.string(),
    requestId: requestId.nullable(),
    result: AttemptResultSchema,
  }),
  z.object({
    type: z.literal('session.replaced'),
    attemptId: z.string(),
    reason: z.literal('opened_elsewhere'),
    message: z.string(),
  }),
  z.object({ type: z.literal('integrity.recorded'), kind: z.string() }),
  z.object({ type: z.literal('leaderboard.update'), leaderboard: LeaderboardSchema }),
  z.object({
    type: z.literal('error'),
    requestId: requestId.nullable(),
    code: ErrorCodeSchema,
    message: z.string(),
    fields: z.array(ErrorFieldSchema).optional(),
  }),
]);
export type ServerMessage = z.infer<typeof ServerMessageSchema>;

/** WebSocket close codes in the private range. */
export const WsCloseCode = {
  replaced: 4001,
  unauthenticated: 4401,
  budgetExceeded: 4429,
} as const;
