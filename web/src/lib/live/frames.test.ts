import { describe, expect, it } from 'vitest';
import { parseServerFrame } from './frames.js';

describe('parseServerFrame (browser-side frame check)', () => {
  it('accepts our frames', () => {
    expect(parseServerFrame('{"type":"time.sync","clientTime":1,"serverTime":2}')).toEqual({ type: 'time.sync', clientTime: 1, serverTime: 2 });
    expect(parseServerFrame('{"type":"answer.saved","requestId":"a1","answer":{"position":1,"optionIds":["x"],"savedAt":"2026-01-01T00:00:00.000Z","clientSeq":1}}')?.type).toBe('answer.saved');
  });

  it('refuses what is not one of our frames, or is missing what the page reads', () => {
    for (const raw of ['not json', 'null', '[]', '{"type":"nope"}', '{"type":"answer.saved","requestId":"a"}', '{"type":"attempt.state","attempt":{}}', '{"type":"attempt.finalized","result":null}', '{"type":"leaderboard.update"}']) {
      expect(parseServerFrame(raw), raw).toBeNull();
    }
  });
});
