import { ItemAnalysisReportSchema, type ItemAnalysisQuery } from '@thiphapluat/shared';
import type { ApiClientOptions } from './client.js';
import { createStudioClient } from './studio.js';

/** Item analysis of the organization's questions over a round, a contest or a period. */
export function createItemAnalysisClient(orgId: number | string, opts: ApiClientOptions = {}) {
  const { call } = createStudioClient(opts);
  return {
    report: (scope: ItemAnalysisQuery) => {
      const q = new URLSearchParams(Object.entries(scope).flatMap(([k, v]) => (v === undefined || v === '' ? [] : [[k, String(v)]])));
      return call(ItemAnalysisReportSchema, 'GET', `/api/studio/orgs/${orgId}/item-analysis${q.size ? `?${q}` : ''}`);
    },
  };
}
