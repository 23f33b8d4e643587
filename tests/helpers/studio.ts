import type { FastifyInstance, HTTPMethods, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Capability } from '@thiphapluat/shared';
import { eq } from 'drizzle-orm';
import { organizations, staffMemberships, type StaffRole } from '@thiphapluat/db';
import { createStaffUser } from '../../server/src/modules/staff/staff.service.js';

export const STAFF_PASSWORD = 'mat-khau-du-dai-2026';
let emailSeq = 0;

/** A second organization, for isolation tests. */
export function createOrganization(app: FastifyInstance, slug: string, name = `Sở Tư pháp ${slug}`): number {
  const found = app.ctx.db.select().from(organizations).where(eq(organizations.slug, slug)).get();
  if (found) return found.id;
  return app.ctx.db.insert(organizations).values({ slug, name, createdAt: app.ctx.clock.now() }).returning().get().id;
}

export const demoOrganizationId = (app: FastifyInstance): number =>
  app.ctx.db.select().from(organizations).orderBy(organizations.id).get()!.id;

export interface StaffClient {
  userId: number;
  email: string;
  cookie: string;
  /** app.inject with the staff cookie. */
  request(opts: InjectOptions): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
}

/** Creates a staff account with `role` in `organizationId` (none when null) and signs it in through the API. */
export async function signInStaff(
  app: FastifyInstance,
  opts: { organizationId: number | null; role?: StaffRole; platformAdmin?: boolean; email?: string },
): Promise<StaffClient> {
  const email = opts.email ?? `staff${process.pid}-${++emailSeq}@example.vn`;
  const user = await createStaffUser(app.ctx, { email, name: `Cán bộ ${emailSeq}`, password: STAFF_PASSWORD, platformAdmin: opts.platformAdmin });
  if (opts.organizationId !== null) {
    app.ctx.db.insert(staffMemberships).values({ userId: user.id, organizationId: opts.organizationId, role: opts.role ?? 'admin', createdAt: app.ctx.clock.now() }).run();
  }
  const res = await app.inject({ method: 'POST', url: '/api/studio/session', payload: { email, password: STAFF_PASSWORD } });
  if (res.statusCode !== 200) throw new Error(`staff sign-in failed: ${res.statusCode} ${res.body}`);
  const set = res.cookies.find((c) => c.name === 'tpl_staff');
  if (!set) throw new Error('no staff cookie');
  const cookie = `tpl_staff=${set.value}`;
  const request = (o: InjectOptions) => app.inject({ ...o, headers: { ...o.headers, cookie } });
  return {
    userId: user.id,
    email,
    cookie,
    request,
    get: (url) => request({ method: 'GET', url }),
    post: (url, payload) => request({ method: 'POST', url, ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }) }),
    put: (url, payload) => request({ method: 'PUT', url, ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }) }),
    patch: (url, payload) => request({ method: 'PATCH', url, ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }) }),
    delete: (url) => request({ method: 'DELETE', url }),
  };
}

export interface ServedRoute {
  method: HTTPMethods;
  url: string;
  capability?: Capability;
}

/** Every route the app serves, as registered (buildApp records them): new routes are covered without edits. */
export const servedRoutes = (app: FastifyInstance): ServedRoute[] =>
  app.routeTable.map((r) => ({ method: r.method as HTTPMethods, url: r.url, ...(r.capability ? { capability: r.capability } : {}) }));
