// Every table, from the core schema and each area's own file; drizzle and drizzle-kit read this set.
export * from './schema.js';
export * from './schema.statistics.js';
export * from './schema.item-analysis.js';
export * from './schema.exports.js';
export * from './schema.integrity.js';
export * from './schema.security.js';
export * from './schema.admission.js';
