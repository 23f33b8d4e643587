import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { can, type Capability, type StaffRole } from '@thiphapluat/shared';
import { Forbidden, Unauthenticated } from '../errors.js';
import { authenticateStaff, roleIn } from '../modules/staff/staff.service.js';
import type { StaffUserRow } from '../modules/staff/staff.repository.js';

export const STAFF_COOKIE = 'tpl_staff';

export interface StaffGrant {
  user: StaffUserRow;
  role: StaffRole;
}

export interface OrgGrant extends StaffGrant {
  organizationId: number;
}

export const ORG_ROUTE_PREFIX = '/api/studio/orgs/:orgId';
const GRANT = Symbol('grant');
type WithGrant = FastifyRequest & { [GRANT]?: OrgGrant };

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Required on every /api/studio/orgs/:orgId route: what the caller's role must allow. */
    capability?: Capability;
  }
  interface FastifyRequest {
    /**
     * On /api/studio/orgs/:orgId routes: the caller, their role and the organization, already checked
     * against the route's capability before the body was even parsed.
     */
    grant(): OrgGrant;
    /** The signed-in staff user; 401 when there is none. */
    staff(): StaffUserRow;
    /**
     * The signed-in staff user's role in the organization, if it grants `capability`.
     * 401 without a session, 403 for a non-member or a role without the capability. Resources are then
     * looked up scoped to `organizationId`, so another organization's id gives 404.
     */
    authorize(organizationId: number, capability: Capability): StaffGrant;
    /** A platform administrator (creates organizations); 403 otherwise. */
    requirePlatformAdmin(): StaffUserRow;
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * 403 when the request carries an Origin other than our own (CSRF, cross-site WebSocket). Browsers send
 * Origin on every non-GET request and every WebSocket upgrade; a request without one is not a browser's.
 */
export function requireSameOrigin(req: FastifyRequest): void {
  const origin = req.headers.origin;
  if (origin === undefined) return;
  let same = false;
  try {
    // Both through URL, so a default port (":80", ":443") compares equal to none.
    same = new URL(origin).host === new URL(`${req.protocol}://${req.host}`).host;
  } catch {
    same = false;
  }
  if (!same) throw Forbidden('Yêu cầu đến từ nguồn không được phép.');
}

export const studioAuthPlugin = fp(async (app: FastifyInstance) => {
  const cache = new WeakMap<FastifyRequest, StaffUserRow | null>();
  const userOf = (req: FastifyRequest): StaffUserRow | null => {
    if (cache.has(req)) return cache.get(req) ?? null;
    const token = req.cookies?.[STAFF_COOKIE];
    const user = token && token.length <= 256 ? authenticateStaff(req.ctx, token) : null;
    cache.set(req, user);
    return user;
  };

  app.decorateRequest('staff', function (this: FastifyRequest) {
    const user = userOf(this);
    if (!user) throw Unauthenticated('Vui lòng đăng nhập trang quản trị.');
    return user;
  });
  app.decorateRequest('authorize', function (this: FastifyRequest, organizationId: number, capability: Capability) {
    const user = this.staff();
    const role = roleIn(this.ctx, user.id, organizationId);
    if (!role) throw Forbidden('Bạn không thuộc tổ chức này.');
    if (!can(role, capability)) throw Forbidden('Vai trò của bạn không được phép thực hiện thao tác này.');
    return { user, role };
  });
  app.decorateRequest('grant', function (this: FastifyRequest) {
    const g = (this as WithGrant)[GRANT];
    if (!g) throw new Error(`grant() outside an organization route: ${this.routeOptions.url}`);
    return g;
  });

  // Access control is declared, not remembered: an organization route without a capability does not
  // start, and the check runs in onRequest, before validation, so a refused caller learns nothing
  // from field errors and never makes the server parse an upload.
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith(ORG_ROUTE_PREFIX)) return;
    const capability = route.config?.capability;
    if (!capability) throw new Error(`studio route ${String(route.method)} ${route.url} must declare config.capability`);
    const check = async (req: FastifyRequest) => {
      const raw = (req.params as { orgId?: string }).orgId ?? '';
      const organizationId = /^[1-9]\d{0,9}$/.test(raw) ? Number(raw) : NaN;
      if (!Number.isSafeInteger(organizationId)) {
        req.staff();
        throw Forbidden('Bạn không thuộc tổ chức này.');
      }
      (req as WithGrant)[GRANT] = { ...req.authorize(organizationId, capability), organizationId };
    };
    const existing = route.onRequest;
    route.onRequest = existing === undefined ? [check] : Array.isArray(existing) ? [check, ...existing] : [check, existing];
  });

  app.decorateRequest('requirePlatformAdmin', function (this: FastifyRequest) {
    const user = this.staff();
    if (!user.platformAdmin) throw Forbidden('Chỉ quản trị nền tảng được thực hiện thao tác này.');
    return user;
  });

  // The staff cookie is SameSite=Strict; on top of that, a cookie-authenticated change must not come
  // from another origin (CSRF). Browsers send Origin on every non-GET request.
  app.addHook('onRequest', async (req) => {
    if (!UNSAFE.has(req.method) || !req.url.startsWith('/api/studio/')) return;
    requireSameOrigin(req);
  });
});
