import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import { errorBody } from './errors.js';

const PROTO_HEADER = 'x-thiphapluat-proto';
const HOST_HEADER = 'x-thiphapluat-host';

type NodeHandler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/**
 * Serves the SvelteKit app (adapter-node's handler) from the same process and port as the API.
 * /api, /ws and /docs stay with Fastify; everything else is the web app's.
 */
export async function mountWeb(app: FastifyInstance, buildDir: string): Promise<boolean> {
  const file = join(buildDir, 'handler.js');
  if (!existsSync(file)) return false;
  // adapter-node reads these when its handler is imported. We hand it the protocol and host Fastify
  // resolved (trustProxy-aware), so event.url is right and SvelteKit's CSRF check on form posts holds.
  process.env.PROTOCOL_HEADER = PROTO_HEADER;
  process.env.HOST_HEADER = HOST_HEADER;
  const { handler } = (await import(pathToFileURL(file).href)) as { handler: NodeHandler };
  // Server-side loads reach the API in-process (see web/src/hooks.server.ts).
  (globalThis as Record<symbol, unknown>)[Symbol.for('thiphapluat.api.inject')] = async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const res = await app.inject({
      method: request.method as 'GET',
      url: url.pathname + url.search,
      headers: Object.fromEntries(request.headers),
      ...(request.body ? { payload: Buffer.from(await request.arrayBuffer()) } : {}),
    });
    const headers = new Headers();
    for (const [k, v] of Object.entries(res.headers)) {
      if (v === undefined) continue;
      for (const one of Array.isArray(v) ? v : [v]) headers.append(k, String(one));
    }
    return new Response(res.statusCode === 204 ? null : res.rawPayload, { status: res.statusCode, headers });
  };
  await app.register(async (web) => {
    // Form posts (urlencoded, multipart) belong to SvelteKit: leave the body unread for its handler.
    // Encapsulated here, so the API keeps answering 415 to content types it does not take.
    web.addContentTypeParser('*', (_req, _payload, done) => done(null));
    web.route({
      method: ['GET', 'HEAD', 'POST'],
      url: '/*',
      schema: { hide: true },
      handler: (req, reply) => {
        if (req.url.startsWith('/api/')) {
          return reply.status(404).send(errorBody('NOT_FOUND', undefined, undefined, { method: req.method, url: req.url.slice(0, 200) }));
        }
        // Always overwritten: a client cannot choose what the app believes its own origin is.
        req.raw.headers[PROTO_HEADER] = req.protocol;
        req.raw.headers[HOST_HEADER] = req.host;
        reply.hijack();
        handler(req.raw, reply.raw, () => {
          reply.raw.statusCode = 404;
          reply.raw.end();
        });
      },
    });
  });
  return true;
}
