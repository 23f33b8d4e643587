// Tables for security. Import shared tables from './schema.js'.
export {};
