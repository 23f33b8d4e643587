import { EventEmitter } from 'node:events';
import type { AttemptResult } from '@thiphapluat/shared';

/** Domain events, named entity.verb. In-process now; a Redis pub/sub adapter can relay them later. */
export interface DomainEventMap {
  'attempt.finalized': [{ attemptId: string; participantId: string; roundId: number; contestId: number; result: AttemptResult }];
  'leaderboard.changed': [{ scope: string }];
}

export class DomainEvents extends EventEmitter<DomainEventMap> {}
