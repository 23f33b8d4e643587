import { EventEmitter } from 'node:events';

/** Domain events, named entity.verb. In-process now; a Redis pub/sub adapter can relay them later. */
export interface DomainEventMap {
  /** Emitted after the leaderboards count the attempt; listeners build what they need from the ids. */
  'attempt.finalized': [{ attemptId: string; participantId: string; roundId: number; contestId: number }];
  'leaderboard.changed': [{ scope: string }];
}

export class DomainEvents extends EventEmitter<DomainEventMap> {}
