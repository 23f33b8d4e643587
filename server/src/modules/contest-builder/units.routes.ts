import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ErrorBodySchema,
  OrgParamsSchema,
  OrgUnitListSchema,
  OrgUnitSchema,
  OrgUnitsQuerySchema,
  UNIT_IMPORT_LIMITS,
  UnitIdParamsSchema,
  UnitImportBodySchema,
  UnitImportPreviewSchema,
  UnitImportResultSchema,
  UpdateUnitBodySchema,
} from '@thiphapluat/shared';
import { AppError } from '../../errors.js';
import { commitUnitImport, listOrgUnits, previewUnitImport, updateOrgUnit } from './units.service.js';

const P = '/api/studio/orgs/:orgId/units';
const tags = ['studio: units'];
const errors = { 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema, 404: ErrorBodySchema, 409: ErrorBodySchema, 413: ErrorBodySchema };

/** The organization's units (đơn vị): list and search, edit, and import from xlsx/csv. */
export const unitRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(P, { config: { capability: 'contest.read' }, schema: { tags, summary: 'Units in tree order, or a diacritics-insensitive search', params: OrgParamsSchema, querystring: OrgUnitsQuerySchema, response: { 200: OrgUnitListSchema, ...errors } } }, async (req) =>
    listOrgUnits(req.ctx, req.grant(), req.query),
  );

  app.put(
    `${P}/:unitId`,
    { config: { capability: 'units.write' }, schema: { tags, summary: 'Change a unit: name, population, end of validity', params: UnitIdParamsSchema, body: UpdateUnitBodySchema, response: { 200: OrgUnitSchema, ...errors } } },
    async (req) => updateOrgUnit(req.ctx, req.grant(), req.params.unitId, req.body),
  );

  app.post(
    `${P}/import`,
    { bodyLimit: UNIT_IMPORT_LIMITS.bytes, config: { capability: 'units.write' }, schema: { tags, summary: 'Import checked rows, all or nothing', params: OrgParamsSchema, body: UnitImportBodySchema, response: { 200: UnitImportResultSchema, ...errors } } },
    async (req) => commitUnitImport(req.ctx, req.grant(), req.body),
  );

  // The preview takes the file itself as the body. Its parser lives in this child context only, so
  // the rest of the API keeps refusing content types it does not take.
  await app.register(async (upload) => {
    upload.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: UNIT_IMPORT_LIMITS.bytes }, (_req, body, done) => done(null, body));
    upload.post(
      `${P}/import/preview`,
      { bodyLimit: UNIT_IMPORT_LIMITS.bytes, config: { capability: 'units.write' }, schema: { tags, summary: 'Preview an xlsx/csv unit list (raw body, file name in x-file-name)', params: OrgParamsSchema, response: { 200: UnitImportPreviewSchema, ...errors } } },
      async (req) => {
        if (!Buffer.isBuffer(req.body) || req.body.length === 0) throw new AppError('UNSUPPORTED_FILE', 400, 'Hãy gửi tệp .xlsx hoặc .csv làm nội dung yêu cầu.');
        const header = req.headers['x-file-name'];
        let name = '';
        try {
          name = typeof header === 'string' ? decodeURIComponent(header).slice(0, 255) : '';
        } catch {
          name = '';
        }
        return previewUnitImport(req.ctx, req.grant(), req.body, name);
      },
    );
  });
};
