import { z } from 'zod';
import {
  AdmissionTicketSchema,
  AnswerAckSchema,
  AttemptResultSchema,
  AttemptViewSchema,
  ContestDetailSchema,
  ContestListSchema,
  ErrorBodySchema,
  EraseMyDataResultSchema,
  LeaderboardSchema,
  MyRankSchema,
  ParticipantSelfSchema,
  SessionResponseSchema,
  UnitListSchema,
  errorMessagesVi,
  POW_HEADER,
  type EraseMyDataBody,
  type ErrorCode,
  type ErrorField,
  type LeaderboardScope,
  type RegisterBody,
  type SignInBody,
} from '@thiphapluat/shared';

/** A refusal from the API: the stable code to switch on, the Vietnamese message, the fields at fault. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly fields: ErrorField[] = [],
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The message for one form field, if the server named it. */
  field(path: string): string | undefined {
    return this.fields.find((f) => f.path === path)?.message;
  }
}

export interface ApiClientOptions {
  /** '' in the browser (same origin); an absolute origin elsewhere. */
  baseUrl?: string;
  /** SvelteKit's load `fetch`, or the global one. */
  fetch?: typeof fetch;
  /** Bearer token; the browser relies on the httpOnly session cookie instead. */
  token?: string;
}

/**
 * One JSON call to the API: the response parsed with `schema` (null: no body expected), any refusal
 * turned into an ApiError. Shared by the resident client below and the studio client.
 */
export function createCaller(opts: ApiClientOptions = {}) {
  const base = opts.baseUrl ?? '';
  const doFetch = opts.fetch ?? fetch;

  return async function call<T>(schema: z.ZodType<T> | null, method: string, path: string, body?: unknown, extraHeaders: Record<string, string> = {}): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json', ...extraHeaders };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (opts.token) headers.authorization = `Bearer ${opts.token}`;
    let res: Response;
    try {
      res = await doFetch(`${base}${path}`, { method, headers, credentials: 'same-origin', ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    } catch {
      throw new ApiError(0, 'INTERNAL', 'Không kết nối được tới máy chủ. Vui lòng kiểm tra mạng và thử lại.');
    }
    return readResponse(res, schema);
  };
}

/** Parses a response with `schema`, or throws the ApiError it carries. */
export async function readResponse<T>(res: Response, schema: z.ZodType<T> | null): Promise<T> {
  if (!res.ok) {
    const parsed = ErrorBodySchema.safeParse(await res.json().catch(() => null));
    if (parsed.success) {
      const e = parsed.data.error;
      throw new ApiError(res.status, e.code, e.message, e.fields ?? [], e.details ?? {});
    }
    throw new ApiError(res.status, 'INTERNAL', errorMessagesVi.INTERNAL);
  }
  if (schema === null) return undefined as T;
  return schema.parse(await res.json());
}

const powHeader = (pow: string | undefined): Record<string, string> => (pow ? { [POW_HEADER]: pow } : {});

/** What starting an attempt answers: the attempt itself, or a place in the waiting room. */
const StartOutcomeSchema = z.union([AdmissionTicketSchema, AttemptViewSchema]);

/**
 * The web app's only way to the API. Every response is parsed with the same zod schema the server
 * serializes with, so a contract drift fails loudly here instead of rendering garbage; every refusal
 * becomes an ApiError with the server's Vietnamese message.
 */
export function createApiClient(opts: ApiClientOptions = {}) {
  const call = createCaller(opts);

  const enc = encodeURIComponent;
  return {
    contests: () => call(ContestListSchema, 'GET', '/api/contests'),
    contest: (slug: string) => call(ContestDetailSchema, 'GET', `/api/contests/${enc(slug)}`),
    units: (slug: string, q = '', limit = 50) => call(UnitListSchema, 'GET', `/api/contests/${enc(slug)}/units?limit=${limit}${q ? `&q=${enc(q)}` : ''}`),
    /** `pow`: the altcha widget's payload (the proof of work the server asks for). */
    register: (slug: string, body: RegisterBody, pow?: string) => call(SessionResponseSchema, 'POST', `/api/contests/${enc(slug)}/participants`, body, powHeader(pow)),
    signIn: (slug: string, body: SignInBody, pow?: string) => call(SessionResponseSchema, 'POST', `/api/contests/${enc(slug)}/sessions`, body, powHeader(pow)),
    signOut: () => call(null, 'DELETE', '/api/session'),
    me: () => call(ParticipantSelfSchema, 'GET', '/api/me'),
    eraseMyData: (body: EraseMyDataBody) => call(EraseMyDataResultSchema, 'POST', '/api/me/erasure', body),
    /** The attempt, or a ticket in the waiting room when the server is busy (202): poll it with admissionTicket. */
    startAttempt: (roundId: number) => call(StartOutcomeSchema, 'POST', `/api/rounds/${roundId}/attempts`),
    admissionTicket: (ticketId: string, pow?: string) => call(AdmissionTicketSchema, 'GET', `/api/admission/tickets/${enc(ticketId)}`, undefined, powHeader(pow)),
    attempt: (id: string) => call(AttemptViewSchema, 'GET', `/api/attempts/${enc(id)}`),
    myAttempts: () => call(z.object({ attempts: z.array(AttemptViewSchema) }), 'GET', '/api/me/attempts'),
    saveAnswer: (id: string, position: number, optionIds: string[], clientSeq?: number) =>
      call(AnswerAckSchema, 'PUT', `/api/attempts/${enc(id)}/answers/${position}`, clientSeq === undefined ? { optionIds } : { optionIds, clientSeq }),
    submit: (id: string, prediction?: number) => call(AttemptResultSchema, 'POST', `/api/attempts/${enc(id)}/submit`, prediction === undefined ? {} : { prediction }),
    leaderboard: (scope: LeaderboardScope, slug: string, limit = 100) =>
      call(LeaderboardSchema, 'GET', scope.kind === 'round' ? `/api/rounds/${scope.id}/leaderboard?limit=${limit}` : `/api/contests/${enc(slug)}/leaderboard?limit=${limit}`),
    myRank: (scope: LeaderboardScope, slug: string) =>
      call(MyRankSchema, 'GET', scope.kind === 'round' ? `/api/rounds/${scope.id}/leaderboard/me` : `/api/contests/${enc(slug)}/leaderboard/me`),
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;
