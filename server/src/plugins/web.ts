import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import { errorBody } from './errors.js';

type NodeHandler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/**
 * Serves the SvelteKit app (adapter-node's handler) from the same process and port as the API.
 * /api, /ws and /docs stay with Fastify; everything else is the web app's.
 */
export async function mountWeb(app: FastifyInstance, buildDir: string): Promise<boolean> {
  const file = join(buildDir, 'handler.js');
  if (!existsSync(file)) return false;
  const { handler } = (await import(pathToFileURL(file).href)) as { handler: NodeHandler };
  app.route({
    method: ['GET', 'HEAD', 'POST'],
    url: '/*',
    schema: { hide: true },
    handler: (req, reply) => {
      if (req.url.startsWith('/api/')) {
        return reply.status(404).send(errorBody('NOT_FOUND', undefined, undefined, { method: req.method, url: req.url.slice(0, 200) }));
      }
      reply.hijack();
      handler(req.raw, reply.raw, () => {
        reply.raw.statusCode = 404;
        reply.raw.end();
      });
    },
  });
  return true;
}
