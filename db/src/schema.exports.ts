// Tables for exports. Import shared tables from './schema.js'.
export {};
