// Tables for admission. Import shared tables from './schema.js'.
export {};
