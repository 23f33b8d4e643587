import type { Handle, HandleFetch } from '@sveltejs/kit';
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
    return inject(request);
  }
  return fetch(request);
};
