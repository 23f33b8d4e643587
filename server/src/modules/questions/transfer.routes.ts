import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  ExportQuerySchema,
  ImportBodySchema,
  ImportPreviewQuerySchema,
  ImportPreviewSchema,
  ImportResultSchema,
  OrgParamsSchema,
} from '@thiphapluat/shared';
import { actorOf, BASE } from './actor.js';
import { exportQuestions } from './export.service.js';
import { xlsxTemplate } from './formats/index.js';
import { previewImport, runImport } from './import.service.js';
import { attachment } from '../../lib/attachment.js';

const tags = ['studio: question bank'];
/** Question files and edited previews: well above any real bank file, far below what would hurt. */
export const IMPORT_BODY_LIMIT = 4 * 1024 * 1024;

const fileNameOf = (header: string | string[] | undefined): string | null => {
  const raw = Array.isArray(header) ? header[0] : header;
  if (!raw) return null;
  try {
    return decodeURIComponent(raw).slice(0, 255);
  } catch {
    return raw.slice(0, 255);
  }
};


/** Import (preview, then the edited items) and export of the bank, and the xlsx template. */
export const transferRoutes: FastifyPluginAsyncZod = async (app) => {
  // The preview takes the file as the raw body, whatever its content type (browsers guess: text/plain
  // for GIFT, application/vnd.ms-excel for csv…). Only in this context: the rest of the API keeps JSON.
  await app.register(async (plain) => {
    const upload = plain.withTypeProvider<ZodTypeProvider>();
    upload.removeAllContentTypeParsers();
    upload.addContentTypeParser('*', { parseAs: 'buffer' }, (_req, body, done) => done(null, body));
    upload.post(
      `${BASE}/questions/import/preview`,
      {
        bodyLimit: IMPORT_BODY_LIMIT,
        config: { capability: 'bank.write' },
        schema: {
          tags,
          summary: 'Parse a question file (xlsx, csv, GIFT, Moodle XML, Aiken) and show every item with its errors; writes nothing',
          description: 'The file is the raw request body; its name goes in the x-file-name header (URI-encoded). ?format= overrides detection.',
          params: OrgParamsSchema,
          querystring: ImportPreviewQuerySchema,
          response: { 200: ImportPreviewSchema },
        },
      },
      async (req) =>
        previewImport(req.ctx, req.grant().organizationId, {
          bytes: Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0),
          fileName: fileNameOf(req.headers['x-file-name']),
          contentType: req.headers['content-type'],
          format: req.query.format,
        }),
    );
  });

  app.post(
    `${BASE}/questions/import`,
    {
      bodyLimit: IMPORT_BODY_LIMIT,
      config: { capability: 'bank.write' },
      schema: { tags, summary: 'Import edited preview items, all or nothing', params: OrgParamsSchema, body: ImportBodySchema, response: { 201: ImportResultSchema } },
    },
    async (req, reply) => reply.status(201).send(runImport(req.ctx, actorOf(req), req.body)),
  );

  app.get(
    `${BASE}/questions/import/template.xlsx`,
    { config: { capability: 'bank.read' }, schema: { tags, summary: 'The xlsx template with the Vietnamese column headers', params: OrgParamsSchema } },
    async (_req, reply) =>
      reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', attachment('mau-nhap-cau-hoi.xlsx'))
        .send(await xlsxTemplate()),
  );

  app.get(
    `${BASE}/questions/export`,
    { config: { capability: 'bank.read' }, schema: { tags, summary: 'Export the latest version of matching questions as xlsx or GIFT', params: OrgParamsSchema, querystring: ExportQuerySchema } },
    async (req, reply) => {
      const { format, ...filter } = req.query;
      const file = await exportQuestions(req.ctx, req.grant().organizationId, filter, format);
      return reply.header('content-type', file.contentType).header('content-disposition', attachment(file.fileName)).send(file.body);
    },
  );
};
