// Tables for statistics. Import shared tables from './schema.js'.
export {};
