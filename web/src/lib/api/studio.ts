import { POW_HEADER, StaffMeSchema, type StaffSignInBody } from '@thiphapluat/shared';
import { ApiError, createCaller, readResponse, type ApiClientOptions } from './client.js';
import type { z } from 'zod';

/**
 * The studio's way to the API. Each studio area adds its calls in its own module
 * (lib/api/studio-<area>.ts) on top of `call` and `upload`, so areas don't edit one shared file.
 */
export function createStudioClient(opts: ApiClientOptions = {}) {
  const call = createCaller(opts);
  const doFetch = opts.fetch ?? fetch;
  const base = opts.baseUrl ?? '';

  /** Sends a file as the raw request body (no multipart), with its name in a header. */
  async function upload<T>(schema: z.ZodType<T>, path: string, file: Blob & { name?: string }): Promise<T> {
    let res: Response;
    try {
      res = await doFetch(`${base}${path}`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: {
          accept: 'application/json',
          'content-type': file.type || 'application/octet-stream',
          ...(file.name ? { 'x-file-name': encodeURIComponent(file.name) } : {}),
        },
        body: file,
      });
    } catch {
      throw new ApiError(0, 'INTERNAL', 'Không kết nối được tới máy chủ. Vui lòng kiểm tra mạng và thử lại.');
    }
    return readResponse(res, schema);
  }

  return {
    call,
    upload,
    me: () => call(StaffMeSchema, 'GET', '/api/studio/me'),
    /** `pow`: the altcha widget's payload (the proof of work the server asks for). */
    signIn: (body: StaffSignInBody, pow?: string) => call(StaffMeSchema, 'POST', '/api/studio/session', body, pow ? { [POW_HEADER]: pow } : {}),
    signOut: () => call(null, 'DELETE', '/api/studio/session'),
  };
}

export type StudioClient = ReturnType<typeof createStudioClient>;
