import { ExportJobSchema, ExportListSchema, type CreateExportInput, type ExportFormat } from '@thiphapluat/shared';
import type { ApiClientOptions } from './client.js';
import { createStudioClient } from './studio.js';

/** What to export without the format: the ExportButton offers the formats itself. */
export type ExportRequest = CreateExportInput extends infer T ? (T extends unknown ? Omit<T, 'format'> : never) : never;

/** The studio's exports: start one (or get the same one running), follow it, list them. */
export function createExportsClient(opts: ApiClientOptions = {}) {
  const { call } = createStudioClient(opts);
  const base = (orgId: number | string) => `/api/studio/orgs/${orgId}/exports`;
  return {
    create: (orgId: number | string, request: ExportRequest, format: ExportFormat) => call(ExportJobSchema, 'POST', base(orgId), { ...request, format }),
    get: (orgId: number | string, id: string) => call(ExportJobSchema, 'GET', `${base(orgId)}/${encodeURIComponent(id)}`),
    list: (orgId: number | string) => call(ExportListSchema, 'GET', base(orgId)),
  };
}
