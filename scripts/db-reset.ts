/** `pnpm db:reset`: deletes the database file (with its WAL) and seeds the demo again. */
import { rmSync } from 'node:fs';
import { createDb, seedDemo } from '@thiphapluat/db';
import { loadConfig } from '@thiphapluat/server';

const config = loadConfig();
for (const suffix of ['', '-wal', '-shm']) rmSync(`${config.DATABASE_PATH}${suffix}`, { force: true });
const handle = createDb({ path: config.DATABASE_PATH });
console.log(`Reset ${config.DATABASE_PATH}: ${JSON.stringify(seedDemo(handle.db, Date.now()))}`);
handle.close();
