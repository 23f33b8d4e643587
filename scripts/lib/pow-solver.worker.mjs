// A solver thread for the simulations (scripts/lib/sim.ts powSolvers): solves altcha challenges off
// the harness's event loop, as the widget's web workers do on a phone.
//
// altcha-lib's solveChallenge awaits an async key derivation per counter, which in Node costs far
// more than the hash itself; a phone's WebCrypto workers are much closer to a tight loop. So the
// common case (SHA-256, cost 1, what the server issues) is solved with a synchronous loop of the
// same derivation — SHA-256(salt ‖ nonce ‖ counter as uint32 BE) — and anything else by the library.
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { parentPort } from 'node:worker_threads';
import { solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';

function solveSha256(challenge) {
  const { nonce, salt, keyPrefix, keyLength = 32 } = challenge.parameters;
  const saltBuf = Buffer.from(salt, 'hex');
  const buf = Buffer.alloc(nonce.length / 2 + 4);
  Buffer.from(nonce, 'hex').copy(buf, 0);
  const prefix = keyPrefix.toLowerCase();
  for (let counter = 0; counter <= 0xffffffff; counter++) {
    buf.writeUInt32BE(counter, buf.length - 4);
    const key = createHash('sha256').update(saltBuf).update(buf).digest().subarray(0, keyLength).toString('hex');
    if (key.startsWith(prefix)) return { counter, derivedKey: key };
  }
  return null;
}

parentPort.on('message', async ({ id, challenge }) => {
  const t0 = performance.now();
  const p = challenge.parameters;
  const solution = p.algorithm === 'SHA-256' && p.cost === 1 ? solveSha256(challenge) : await solveChallenge({ challenge, deriveKey, timeout: 60_000 });
  parentPort.postMessage({ id, ms: performance.now() - t0, payload: Buffer.from(JSON.stringify({ challenge, solution })).toString('base64') });
});
