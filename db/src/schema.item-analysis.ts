// Tables for item-analysis. Import shared tables from './schema.js'.
export {};
