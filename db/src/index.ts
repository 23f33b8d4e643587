export * as schema from './tables.js';
export * from './tables.js';
export * from './client.js';
export { seedDemo, DEMO_CONTEST_SLUG, type SeedSummary } from './seed/seed.js';
export { seedQuestions } from './seed/questions/index.js';
export { seedLegalFields } from './seed/legal-fields.js';
export type { SeedQuestion } from './seed/types.js';
export * from './search.js';
