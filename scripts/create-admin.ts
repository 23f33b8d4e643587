/**
 * `pnpm create-admin <email> [--name "Họ tên"] [--org <slug> [--org-name "Sở Tư pháp …"]]`
 *
 * Creates the first platform administrator (or promotes an existing account). With --org, also makes
 * them admin of that organization, creating it when it does not exist yet. The password comes from
 * ADMIN_PASSWORD, or a strong one is generated and printed once.
 */
import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import { organizations } from '@thiphapluat/db';
import { buildApp, createAdmin, generatePassword, loadConfig } from '@thiphapluat/server';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { name: { type: 'string' }, org: { type: 'string' }, 'org-name': { type: 'string' } },
});
const email = positionals[0];
if (!email || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) {
  console.error('Usage: pnpm create-admin <email> [--name "Họ tên"] [--org <slug> [--org-name "Tên tổ chức"]]');
  process.exit(2);
}
if (values.org !== undefined && !/^[a-z0-9-]{2,60}$/.test(values.org)) {
  console.error('--org must be a slug: lowercase letters, digits and dashes.');
  process.exit(2);
}

const config = loadConfig();
const app = await buildApp({ config: { ...config, SEED_DEMO: false }, seed: false, sweeper: false, logger: false });
try {
  const ctx = app.ctx;
  let organizationId: number | undefined;
  if (values.org) {
    const now = Date.now();
    const found = ctx.db.select().from(organizations).where(eq(organizations.slug, values.org)).get();
    organizationId = found?.id ?? ctx.db.insert(organizations).values({ slug: values.org, name: values['org-name'] ?? values.org, createdAt: now }).returning().get().id;
  }
  const generated = process.env.ADMIN_PASSWORD ? null : generatePassword();
  const user = await createAdmin(ctx, { email, name: values.name ?? email, password: process.env.ADMIN_PASSWORD ?? generated!, organizationId });
  console.log(`Platform admin ready: ${user.email} (id ${user.id})${organizationId ? `, admin of organization ${values.org}` : ''}.`);
  if (generated) console.log(`Password (shown once, store it safely): ${generated}`);
  console.log(`Sign in at /studio/dang-nhap on ${config.DATABASE_PATH}.`);
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
} finally {
  await app.close();
}
