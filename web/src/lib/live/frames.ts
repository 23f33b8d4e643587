import type { ServerMessage } from '@thiphapluat/shared';

const TYPES = new Set<ServerMessage['type']>([
  'attempt.state',
  'time.sync',
  'heartbeat.ack',
  'answer.saved',
  'attempt.deadline_warning',
  'attempt.finalized',
  'session.replaced',
  'integrity.recorded',
  'leaderboard.update',
  'error',
]);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * A light check of a server frame for the browser. The full zod contract (shared/live.messages.ts)
 * would add ~26 kB gzipped to the quiz page, over its 60 kB budget; the server already validates what
 * it sends against the same contract in tests (tests/helpers/ws.ts parses every frame with it), so
 * here it is enough to refuse anything that is not one of our frames before using it.
 */
export function parseServerFrame(raw: string): ServerMessage | null {
  let v: unknown;
  try {
    v = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isObject(v) || typeof v.type !== 'string' || !TYPES.has(v.type as ServerMessage['type'])) return null;
  switch (v.type) {
    case 'attempt.state':
      return isObject(v.attempt) && Array.isArray(v.attempt.questions) && Array.isArray(v.attempt.answers) ? (v as ServerMessage) : null;
    case 'answer.saved':
      return typeof v.requestId === 'string' && isObject(v.answer) && Array.isArray(v.answer.optionIds) ? (v as ServerMessage) : null;
    case 'attempt.finalized':
      return isObject(v.result) && typeof v.result.score === 'number' ? (v as ServerMessage) : null;
    case 'time.sync':
      return typeof v.serverTime === 'number' ? (v as ServerMessage) : null;
    case 'leaderboard.update':
      return isObject(v.leaderboard) && Array.isArray(v.leaderboard.entries) ? (v as ServerMessage) : null;
    default:
      return v as ServerMessage;
  }
}
