export { buildApp, type BuildAppOptions, type RouteEntry } from './app.js';
export { ManualClock, systemClock, type Clock } from './clock.js';
export { loadConfig, ConfigSchema, type Config } from './config.js';
export { createAdmin, generatePassword } from './modules/staff/staff.service.js';
