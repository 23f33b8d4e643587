import {
  BulkResultSchema,
  ImportPreviewSchema,
  ImportResultSchema,
  LegalFieldListSchema,
  LegalFieldSchema,
  QuestionDetailSchema,
  QuestionListSchema,
  QuestionSavedSchema,
  QuestionStatsSchema,
  TransitionResultSchema,
  type BulkAction,
  type ImportBody,
  type ImportFormatName,
  type QuestionInput,
} from '@thiphapluat/shared';
import { createStudioClient, type StudioClient } from './studio.js';
import type { ApiClientOptions } from './client.js';

export type QuestionAction = 'submit' | 'publish' | 'reject' | 'retire' | 'restore';

/** List filters as they appear in the page URL and in the API query (same names). */
export const FILTER_KEYS = ['q', 'fieldId', 'difficulty', 'status', 'usage', 'ids'] as const;

/** Keeps only the filter parameters of a query string: what the list, its paging and the export share. */
export function filterQuery(params: URLSearchParams, extra: Record<string, string | number> = {}): string {
  const out = new URLSearchParams();
  for (const k of FILTER_KEYS) {
    const v = params.get(k);
    if (v) out.set(k, v);
  }
  for (const [k, v] of Object.entries(extra)) out.set(k, String(v));
  return out.toString();
}

/** The question bank's calls, on top of the studio client (cookie session, zod-checked responses). */
export function createQuestionsClient(orgId: number | string, opts: ApiClientOptions | StudioClient = {}) {
  const studio = 'call' in opts ? opts : createStudioClient(opts);
  const { call } = studio;
  const base = `/api/studio/orgs/${orgId}`;
  return {
    base,
    fields: () => call(LegalFieldListSchema, 'GET', `${base}/legal-fields`),
    createField: (name: string) => call(LegalFieldSchema, 'POST', `${base}/legal-fields`, { name }),
    list: (query: string) => call(QuestionListSchema, 'GET', `${base}/questions${query ? `?${query}` : ''}`),
    get: (id: number | string) => call(QuestionDetailSchema, 'GET', `${base}/questions/${id}`),
    create: (body: QuestionInput) => call(QuestionSavedSchema, 'POST', `${base}/questions`, body),
    update: (id: number | string, body: QuestionInput) => call(QuestionSavedSchema, 'PUT', `${base}/questions/${id}`, body),
    stats: (id: number | string) => call(QuestionStatsSchema, 'GET', `${base}/questions/${id}/stats`),
    act: (id: number | string, action: QuestionAction, reason?: string) =>
      call(TransitionResultSchema, 'POST', `${base}/questions/${id}/${action}`, action === 'reject' ? { reason } : undefined),
    bulk: (questionIds: number[], action: BulkAction) => call(BulkResultSchema, 'POST', `${base}/questions/bulk`, { questionIds, action }),
    preview: (file: File, format?: ImportFormatName) => studio.upload(ImportPreviewSchema, `${base}/questions/import/preview${format ? `?format=${format}` : ''}`, file),
    import: (body: ImportBody) => call(ImportResultSchema, 'POST', `${base}/questions/import`, body),
    exportUrl: (format: 'xlsx' | 'gift', query: string) => `${base}/questions/export?${query ? `${query}&` : ''}format=${format}`,
    templateUrl: () => `${base}/questions/import/template.xlsx`,
  };
}

export type QuestionsClient = ReturnType<typeof createQuestionsClient>;
