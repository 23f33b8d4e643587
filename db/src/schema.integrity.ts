// Tables for integrity. Import shared tables from './schema.js'.
export {};
