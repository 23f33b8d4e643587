import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkBlueprintCells, type BankBucket, type BlueprintCell } from '@thiphapluat/shared';

const matches = (c: BlueprintCell, b: BankBucket) => (c.legalFieldId === null || c.legalFieldId === b.legalFieldId) && (c.difficulty === null || c.difficulty === b.difficulty);

/**
 * The most questions any draw can place, by the max-flow min-cut theorem on cells → buckets: over every
 * set S of cells, the needs of the cells outside S plus what the buckets S can reach hold.
 */
function maxPlaceable(cells: BlueprintCell[], bank: BankBucket[]): number {
  let best = Infinity;
  for (let mask = 0; mask < 1 << cells.length; mask++) {
    const inS = (i: number) => (mask & (1 << i)) !== 0;
    const outside = cells.reduce((s, c, i) => s + (inS(i) ? 0 : c.count), 0);
    const reach = bank.reduce((s, b) => s + (cells.some((c, i) => inS(i) && matches(c, b)) ? b.available : 0), 0);
    best = Math.min(best, outside + reach);
  }
  return best;
}

const field = fc.constantFrom(1, 2, 3);
const difficulty = fc.constantFrom(1, 2, 3) as fc.Arbitrary<1 | 2 | 3>;
const bankArb = fc.uniqueArray(fc.record({ legalFieldId: field, difficulty, available: fc.integer({ min: 0, max: 6 }) }), { selector: (b) => `${b.legalFieldId}:${b.difficulty}`, maxLength: 9 });
const cellsArb = fc.uniqueArray(
  fc.record({ legalFieldId: fc.option(field, { nil: null }), difficulty: fc.option(difficulty, { nil: null }), count: fc.integer({ min: 0, max: 8 }) }),
  { selector: (c) => `${c.legalFieldId}:${c.difficulty}`, minLength: 1, maxLength: 6 },
);

describe('blueprint feasibility', () => {
  it('places exactly as many questions as the best possible draw, on any bank and any overlapping cells', () => {
    fc.assert(
      fc.property(cellsArb, bankArb, (cells, bank) => {
        const checked = checkBlueprintCells(cells, bank);
        const placed = checked.reduce((s, c) => s + c.assigned, 0);
        expect(placed).toBe(maxPlaceable(cells, bank));
        checked.forEach((c, i) => {
          expect(c.assigned).toBeLessThanOrEqual(cells[i]!.count);
          expect(c.assigned).toBeLessThanOrEqual(c.available);
          expect(c.shortfall).toBe(cells[i]!.count - c.assigned);
        });
      }),
      { numRuns: 400 },
    );
  });

  it('serves specific cells first, so a shortage is reported on the broad cell that competes for them', () => {
    const bank: BankBucket[] = [
      { legalFieldId: 1, difficulty: 1, available: 3 },
      { legalFieldId: 1, difficulty: 2, available: 1 },
    ];
    const [broad, specific] = checkBlueprintCells(
      [
        { legalFieldId: 1, difficulty: null, count: 2 },
        { legalFieldId: 1, difficulty: 1, count: 3 },
      ],
      bank,
    );
    expect(specific).toMatchObject({ assigned: 3, shortfall: 0 });
    expect(broad).toMatchObject({ available: 4, assigned: 1, shortfall: 1 });
  });
});
