import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CreateExportBodySchema, ErrorBodySchema, ExportJobSchema, ExportListSchema, ExportParamsSchema, OrgParamsSchema } from '@thiphapluat/shared';
import { ORG_ROUTE_PREFIX } from '../../plugins/studio-auth.js';
import { EXPORT_JOB, exportJobHandler } from './export-job.js';
import { createExport, getExport, listExports, openDownload, resumeUnfinishedExports } from './exports.service.js';
import { attachment } from '../../lib/attachment.js';

const tags = ['studio: exports'];
const errors = { 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema, 404: ErrorBodySchema, 409: ErrorBodySchema, 410: ErrorBodySchema };
const BASE = `${ORG_ROUTE_PREFIX}/exports`;


/**
 * Exports as background jobs: start one, follow its progress, download the file for 24 hours. Every
 * route needs `stats.read`; full phone numbers need `pii.read` too (checked by the service).
 */
export const exportsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.ctx.jobs.register(EXPORT_JOB, exportJobHandler(app.ctx));
  // Exports a stopped process left unfinished are picked up again: the same id, so never twice.
  app.addHook('onReady', async () => {
    const resumed = await resumeUnfinishedExports(app.ctx);
    if (resumed > 0) app.log.info({ resumed }, 'unfinished exports enqueued again');
  });

  app.post(
    BASE,
    {
      config: { capability: 'stats.read' },
      schema: {
        tags,
        summary: 'Start an export (or get the same one already running)',
        description: '201 with a new job; 200 with the unfinished job that asked for the same thing.',
        params: OrgParamsSchema,
        body: CreateExportBodySchema,
        response: { 200: ExportJobSchema, 201: ExportJobSchema, ...errors },
      },
    },
    async (req, reply) => {
      const { job, created } = await createExport(req.ctx, req.grant(), req.body);
      return reply.status(created ? 201 : 200).send(job);
    },
  );

  app.get(
    BASE,
    { config: { capability: 'stats.read' }, schema: { tags, summary: "The organization's latest exports", params: OrgParamsSchema, response: { 200: ExportListSchema, ...errors } } },
    async (req) => ({ exports: listExports(req.ctx, req.grant()) }),
  );

  app.get(
    `${BASE}/:exportId`,
    { config: { capability: 'stats.read' }, schema: { tags, summary: 'One export: status, progress, error', params: ExportParamsSchema, response: { 200: ExportJobSchema, ...errors } } },
    async (req) => getExport(req.ctx, req.grant(), req.params.exportId),
  );

  app.get(
    `${BASE}/:exportId/download`,
    {
      config: { capability: 'stats.read' },
      schema: { tags, summary: 'Download the finished file (24 hours); 409 before it is done, 410 once expired', params: ExportParamsSchema },
    },
    async (req, reply) => {
      const file = openDownload(req.ctx, req.grant(), req.params.exportId);
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', attachment(file.fileName))
        .header('content-length', file.size)
        .header('cache-control', 'private, no-store')
        .send(file.stream);
    },
  );
};
