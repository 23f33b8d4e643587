import { ContestStatsSchema, OrgOverviewSchema, UnitRankingSchema, type StatsPeriodQuery } from '@thiphapluat/shared';
import type { ApiClientOptions } from './client.js';
import { createStudioClient } from './studio.js';

/** The studio's statistics calls: the organization overview for a period, a contest's figures. */
export function createStatsClient(opts: ApiClientOptions = {}) {
  const { call } = createStudioClient(opts);
  const base = (orgId: number | string) => `/api/studio/orgs/${orgId}/stats`;
  return {
    overview: (orgId: number | string, period: StatsPeriodQuery = {}) => {
      const q = new URLSearchParams(Object.entries(period).filter((e): e is [string, string] => typeof e[1] === 'string'));
      return call(OrgOverviewSchema, 'GET', `${base(orgId)}/overview${q.size > 0 ? `?${q}` : ''}`);
    },
    contest: (orgId: number | string, contestId: number | string) => call(ContestStatsSchema, 'GET', `${base(orgId)}/contests/${contestId}`),
    unitRanking: (orgId: number | string, contestId: number | string) => call(UnitRankingSchema, 'GET', `${base(orgId)}/contests/${contestId}/unit-ranking`),
  };
}
