import { readFileSync } from 'node:fs';

/** Bytes of a file in tests/fixtures/questions (shared with the API tests). Used by the co-located tests only. */
export const fixture = (name: string): Buffer => readFileSync(new URL(`../../../../../tests/fixtures/questions/${name}`, import.meta.url));
