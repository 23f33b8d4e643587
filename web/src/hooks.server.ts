import type { Cookies, Handle, HandleFetch } from '@sveltejs/kit';
import { paraglideMiddleware } from '$lib/paraglide/server';

/** Picks the locale (Vietnamese unless the visitor chose English) and sets <html lang>. */
export const handle: Handle = ({ event, resolve }) =>
  paraglideMiddleware(event.request, ({ request, locale }) => {
    event.request = request;
    return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', locale) });
  });

type Inject = (request: Request) => Promise<Response>;
const INJECT = Symbol.for('thiphapluat.api.inject');

/**
 * When the app runs inside the API process (`pnpm start`), server-side loads call the API in-process:
 * no HTTP round trip to ourselves, no guessing our own port or protocol behind a proxy. Under
 * `vite dev` there is no such hook and the request goes out through the dev proxy as usual.
 */
export const handleFetch: HandleFetch = async ({ event, request, fetch }) => {
  const inject = (globalThis as Record<symbol, Inject | undefined>)[INJECT];
  const url = new URL(request.url);
  if (inject && url.origin === event.url.origin && url.pathname.startsWith('/api/')) {
    // SvelteKit adds the visitor's cookies inside its own fetch; the in-process path must do it here.
    const cookie = event.request.headers.get('cookie');
    if (cookie && !request.headers.has('cookie')) request.headers.set('cookie', cookie);
    const response = await inject(request);
    forwardSetCookies(response, event.cookies);
    return response;
  }
  return fetch(request);
};

/**
 * SvelteKit passes an API response's Set-Cookie on to the visitor only for requests it answers itself;
 * the in-process path must do that too, so a sign-in through a form action sets the httpOnly cookie.
 */
function forwardSetCookies(response: Response, cookies: Cookies): void {
  for (const line of response.headers.getSetCookie()) {
    const [pair = '', ...attrs] = line.split(';');
    const eq = pair.indexOf('=');
    if (eq <= 0) continue;
    const name = pair.slice(0, eq).trim();
    const value = decodeURIComponent(pair.slice(eq + 1).trim());
    const opts: Parameters<Cookies['set']>[2] = { path: '/', httpOnly: false, secure: false, sameSite: 'lax' };
    for (const attr of attrs) {
      const [k = '', v = ''] = attr.split('=').map((x) => x.trim());
      switch (k.toLowerCase()) {
        case 'path': opts.path = v; break;
        case 'expires': opts.expires = new Date(v); break;
        case 'max-age': opts.maxAge = Number(v); break;
        case 'httponly': opts.httpOnly = true; break;
        case 'secure': opts.secure = true; break;
        case 'samesite': opts.sameSite = v.toLowerCase() as 'lax' | 'strict' | 'none'; break;
      }
    }
    cookies.set(name, value, { ...opts, encode: (s) => s });
  }
}
