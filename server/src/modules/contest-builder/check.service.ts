import { checkBlueprintCells, type BankBucket, type BlueprintCheck, type BlueprintDifficulty, type Shortfall } from '@thiphapluat/shared';
import type { DbOrTx } from '@thiphapluat/db';
import { publishedPool } from '../attempts/attempts.repository.js';
import * as repo from './builder.repository.js';
import type { RoundRow } from './builder.repository.js';

/**
 * The organization's published bank by (primary field, difficulty), counted in questions: the same
 * pool a draw picks from (the highest published version of each question), read fresh rather than
 * through the draw's short cache, because the organizer has just published questions and looks.
 */
export function bankBuckets(db: DbOrTx, organizationId: number): BankBucket[] {
  const counts = new Map<string, BankBucket>();
  for (const q of publishedPool(db, organizationId)) {
    const key = `${q.primaryFieldId}:${q.difficulty}`;
    const b = counts.get(key) ?? { legalFieldId: q.primaryFieldId, difficulty: q.difficulty as BlueprintDifficulty, available: 0 };
    b.available++;
    counts.set(key, b);
  }
  return [...counts.values()].sort((a, b) => a.legalFieldId - b.legalFieldId || a.difficulty - b.difficulty);
}

/** Every round of the contest checked against the bank: each cell's need, what it can get, and the shortfall. */
export function checkContest(db: DbOrTx, organizationId: number, roundRows: RoundRow[], bank = bankBuckets(db, organizationId)): BlueprintCheck {
  const lines = repo.blueprintsOf(db, roundRows.map((r) => r.id));
  const rounds = roundRows.map((r) => {
    const cells = lines.filter((l) => l.roundId === r.id).map((l) => ({ legalFieldId: l.legalFieldId, difficulty: l.difficulty, count: l.count }));
    const checked = checkBlueprintCells(cells, bank);
    return {
      roundId: r.id,
      name: r.name,
      needed: cells.reduce((s, c) => s + c.count, 0),
      shortfall: checked.reduce((s, c) => s + c.shortfall, 0),
      cells: checked,
    };
  });
  return { feasible: rounds.every((r) => r.shortfall === 0), rounds, bank };
}

/** The cells that cannot be drawn, named for people: what a refused publish lists. */
export function shortfallsOf(check: BlueprintCheck, fieldNames: Map<number, string>): Shortfall[] {
  return check.rounds.flatMap((r) =>
    r.cells
      .filter((c) => c.shortfall > 0)
      .map((c) => ({
        roundId: r.roundId,
        round: r.name,
        legalFieldId: c.legalFieldId,
        field: c.legalFieldId === null ? null : (fieldNames.get(c.legalFieldId) ?? null),
        difficulty: c.difficulty,
        needed: c.needed,
        available: c.assigned,
        shortfall: c.shortfall,
      })),
  );
}
