import { IntegrityQueueSchema, type IntegrityDecisionBody, type IntegrityQueueFilter, type IntegritySettingsBody } from '@thiphapluat/shared';
import type { ApiClientOptions } from './client.js';
import { createStudioClient } from './studio.js';

/** The anti-cheat review of a contest: the queue, recomputing, tuning, decisions. */
export function createIntegrityClient(opts: ApiClientOptions = {}) {
  const { call } = createStudioClient(opts);
  const base = (orgId: number | string, contestId: number | string) => `/api/studio/orgs/${orgId}/contests/${contestId}/integrity`;
  return {
    queue: (orgId: number | string, contestId: number | string, status: IntegrityQueueFilter) => call(IntegrityQueueSchema, 'GET', `${base(orgId, contestId)}?status=${status}`),
    recompute: (orgId: number | string, contestId: number | string) => call(IntegrityQueueSchema, 'POST', `${base(orgId, contestId)}/recompute`),
    saveSettings: (orgId: number | string, contestId: number | string, body: IntegritySettingsBody) => call(IntegrityQueueSchema, 'PUT', `${base(orgId, contestId)}/settings`, body),
    decide: (orgId: number | string, contestId: number | string, participantId: string, body: IntegrityDecisionBody) =>
      call(IntegrityQueueSchema, 'POST', `${base(orgId, contestId)}/participants/${encodeURIComponent(participantId)}/decision`, body),
  };
}
