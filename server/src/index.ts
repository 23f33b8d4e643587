export { buildApp, type BuildAppOptions } from './app.js';
export { ManualClock, systemClock, type Clock } from './clock.js';
export { loadConfig, ConfigSchema, type Config } from './config.js';
