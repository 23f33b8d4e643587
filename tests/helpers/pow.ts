import { solveChallenge, type Challenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';

/**
 * Solves an altcha challenge the way the widget does and returns the payload it would send
 * (base64 JSON of `{ challenge, solution }`): what a test or a harness puts in the `x-altcha` header.
 */
export async function solvePow(challenge: Challenge): Promise<string> {
  const solution = await solveChallenge({ challenge, deriveKey, timeout: 60_000 });
  if (!solution) throw new Error('proof of work not solved in time');
  return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64');
}
