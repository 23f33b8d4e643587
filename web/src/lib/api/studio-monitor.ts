import {
  CloseRoundResultSchema,
  MonitorServerMessageSchema,
  MonitorSnapshotSchema,
  ParticipantStandingSchema,
  PublicResultsSchema,
  PublishResultsResponseSchema,
  WinnersSchema,
  type MonitorSnapshot,
} from '@thiphapluat/shared';
import { createCaller, type ApiClientOptions } from './client.js';
import { createStudioClient } from './studio.js';

/** The studio's monitor and results calls: live figures, closing a round, winners, publication. */
export function createMonitorClient(opts: ApiClientOptions = {}) {
  const { call } = createStudioClient(opts);
  const org = (orgId: number | string) => `/api/studio/orgs/${orgId}`;
  return {
    snapshot: (orgId: number | string, roundId: number | string) => call(MonitorSnapshotSchema, 'GET', `${org(orgId)}/rounds/${roundId}/monitor`),
    closeRound: (orgId: number | string, roundId: number | string) => call(CloseRoundResultSchema, 'POST', `${org(orgId)}/rounds/${roundId}/close`),
    winners: (orgId: number | string, roundId: number | string) => call(WinnersSchema, 'GET', `${org(orgId)}/rounds/${roundId}/winners`),
    disqualify: (orgId: number | string, participantId: string, reason: string) =>
      call(ParticipantStandingSchema, 'POST', `${org(orgId)}/participants/${encodeURIComponent(participantId)}/disqualify`, { reason }),
    reinstate: (orgId: number | string, participantId: string) => call(ParticipantStandingSchema, 'POST', `${org(orgId)}/participants/${encodeURIComponent(participantId)}/reinstate`, {}),
    publish: (orgId: number | string, roundId: number | string, proposalKey: string) =>
      call(PublishResultsResponseSchema, 'POST', `${org(orgId)}/rounds/${roundId}/results/publish`, { proposalKey }),
  };
}

/** Published results of a contest, for the public results page. */
export function publicResults(slug: string, opts: ApiClientOptions = {}) {
  return createCaller(opts)(PublicResultsSchema, 'GET', `/api/contests/${encodeURIComponent(slug)}/results`);
}

export type MonitorLinkState = 'connecting' | 'live' | 'reconnecting';

/**
 * Follows a round's monitor over its WebSocket (the staff cookie goes with the upgrade): `onSnapshot`
 * gets every snapshot the server pushes, `onState` the link's state. Reconnects with a growing delay
 * (1 s to 30 s); the server sends a fresh snapshot on every connect. Returns a function that stops it.
 */
export function followMonitor(
  orgId: number | string,
  roundId: number | string,
  onSnapshot: (s: MonitorSnapshot) => void,
  onState: (s: MonitorLinkState) => void,
): () => void {
  let socket: WebSocket | null = null;
  let stopped = false;
  let delay = 1000;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const open = () => {
    if (stopped) return;
    onState(socket ? 'reconnecting' : 'connecting');
    socket = new WebSocket(`${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/api/studio/orgs/${orgId}/rounds/${roundId}/monitor/ws`);
    socket.onmessage = (ev) => {
      let json: unknown = null;
      try {
        json = JSON.parse(String(ev.data));
      } catch {
        return;
      }
      const msg = MonitorServerMessageSchema.safeParse(json);
      if (msg.success && msg.data.type === 'monitor.snapshot') {
        delay = 1000;
        onState('live');
        onSnapshot(msg.data.snapshot);
      }
    };
    socket.onclose = () => {
      if (stopped) return;
      onState('reconnecting');
      timer = setTimeout(open, delay);
      delay = Math.min(delay * 2, 30_000);
    };
  };
  open();
  return () => {
    stopped = true;
    clearTimeout(timer);
    socket?.close();
  };
}
