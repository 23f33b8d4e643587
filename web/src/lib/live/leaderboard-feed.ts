import type { Leaderboard, LeaderboardScope } from '@thiphapluat/shared';
import { parseServerFrame } from './frames.js';

/**
 * Follows one leaderboard over /ws: calls `onUpdate` with each new board the server pushes (at most
 * once a second). Reconnects quietly; needs no sign-in. Returns a function that stops it.
 */
export function followLeaderboard(scope: LeaderboardScope, onUpdate: (board: Leaderboard) => void): () => void {
  let socket: WebSocket | null = null;
  let stopped = false;
  let delay = 1000;
  const open = () => {
    if (stopped) return;
    socket = new WebSocket(`${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/ws`);
    socket.onopen = () => {
      delay = 1000;
      socket?.send(JSON.stringify({ type: 'leaderboard.subscribe', scope }));
    };
    socket.onmessage = (ev) => {
      const msg = parseServerFrame(String(ev.data));
      if (msg?.type === 'leaderboard.update') onUpdate(msg.leaderboard);
    };
    socket.onclose = () => {
      if (!stopped) setTimeout(open, (delay = Math.min(delay * 2, 30_000)));
    };
  };
  open();
  return () => {
    stopped = true;
    socket?.close();
  };
}
