/** `pnpm seed`: seeds the demo into DATABASE_PATH when it is empty. */
import { createDb, seedDemo } from '@thiphapluat/db';
import { loadConfig } from '@thiphapluat/server';

const config = loadConfig();
const handle = createDb({ path: config.DATABASE_PATH });
const summary = seedDemo(handle.db, Date.now());
console.log(summary ? `Seeded ${config.DATABASE_PATH}: ${JSON.stringify(summary)}` : `${config.DATABASE_PATH} already has data; nothing seeded.`);
handle.close();
