import {
  BlueprintCheckSchema,
  BuilderContestListSchema,
  BuilderContestSchema,
  OrgUnitListSchema,
  OrgUnitSchema,
  UnitImportPreviewSchema,
  UnitImportResultSchema,
  type BlueprintCell,
  type CloneContestBody,
  type ContestUnitsBody,
  type CreateContestBody,
  type RoundInput,
  type UnitImportRow,
  type UpdateContestBody,
  type UpdateUnitBody,
} from '@thiphapluat/shared';
import { ApiError, type ApiClientOptions } from './client.js';
import { createStudioClient } from './studio.js';

/** The contest builder's and the units page's calls, on top of the studio client. */
export function createContestsClient(opts: ApiClientOptions = {}, orgId: number | string) {
  const { call, upload } = createStudioClient(opts);
  const org = `/api/studio/orgs/${orgId}`;
  const c = (id: number | string) => `${org}/contests/${id}`;
  return {
    list: () => call(BuilderContestListSchema, 'GET', `${org}/contests`),
    get: (id: number | string) => call(BuilderContestSchema, 'GET', c(id)),
    create: (body: CreateContestBody) => call(BuilderContestSchema, 'POST', `${org}/contests`, body),
    update: (id: number, body: UpdateContestBody) => call(BuilderContestSchema, 'PUT', c(id), body),
    remove: (id: number) => call(null, 'DELETE', c(id)),
    check: (id: number) => call(BlueprintCheckSchema, 'GET', `${c(id)}/blueprint-check`),
    publish: (id: number) => call(BuilderContestSchema, 'POST', `${c(id)}/publish`),
    close: (id: number) => call(BuilderContestSchema, 'POST', `${c(id)}/close`),
    clone: (id: number, body: CloneContestBody) => call(BuilderContestSchema, 'POST', `${c(id)}/clone`, body),
    addRound: (id: number, body: RoundInput) => call(BuilderContestSchema, 'POST', `${c(id)}/rounds`, body),
    updateRound: (id: number, roundId: number, body: RoundInput) => call(BuilderContestSchema, 'PUT', `${c(id)}/rounds/${roundId}`, body),
    deleteRound: (id: number, roundId: number) => call(BuilderContestSchema, 'DELETE', `${c(id)}/rounds/${roundId}`),
    setBlueprint: (id: number, roundId: number, cells: BlueprintCell[]) => call(BuilderContestSchema, 'PUT', `${c(id)}/rounds/${roundId}/blueprint`, { cells }),
    setUnits: (id: number, body: ContestUnitsBody) => call(BuilderContestSchema, 'PUT', `${c(id)}/units`, body),
    units: (q = '', limit = 5000) => call(OrgUnitListSchema, 'GET', `${org}/units?limit=${limit}${q ? `&q=${encodeURIComponent(q)}` : ''}`),
    updateUnit: (unitId: number, body: UpdateUnitBody) => call(OrgUnitSchema, 'PUT', `${org}/units/${unitId}`, body),
    previewImport: (file: Blob & { name?: string }) => upload(UnitImportPreviewSchema, `${org}/units/import/preview`, file),
    importUnits: (rows: UnitImportRow[]) => call(UnitImportResultSchema, 'POST', `${org}/units/import`, { rows }),
  };
}

export type ContestsClient = ReturnType<typeof createContestsClient>;

/** A refusal as a form shows it: the message, and each field's message by path. */
export interface FormErrors {
  message: string;
  fields: Record<string, string>;
  details: Record<string, unknown>;
  code: string;
}

export function formErrors(e: unknown): FormErrors {
  if (e instanceof ApiError) return { message: e.message, fields: Object.fromEntries(e.fields.map((f) => [f.path, f.message])), details: e.details, code: e.code };
  return { message: 'Có lỗi không mong muốn. Vui lòng thử lại.', fields: {}, details: {}, code: 'INTERNAL' };
}
