import { compareVietnamese, foldVietnamese, vnDateTime, type OrgUnit, type OrgUnitList, type UnitImportBody, type UnitImportPreview, type UnitImportResult, type UpdateUnitBody } from '@thiphapluat/shared';
import type { AppContext } from '../../context.js';
import { AppError, NotFound } from '../../errors.js';
import type { OrgGrant } from '../../plugins/studio-auth.js';
import { recordAudit } from '../audit/audit.repository.js';
import { checkUnitRows, readUnitFile, rowFromCells } from './units-import.js';
import * as repo from './units.repository.js';
import type { UnitRow } from './units.repository.js';

/** How many names a unit's path shows: itself and its nearest ancestors. */
const PATH_NAMES = 12;

/**
 * Units in tree order (children under their parent, Vietnamese collation), each with its path and
 * depth. Every unit appears exactly once, however deep the tree: a unit that no root reaches (a
 * parent cycle) is listed as a root rather than lost.
 */
function treeOf(rows: UnitRow[]): OrgUnit[] {
  const byId = new Map(rows.map((u) => [u.id, u]));
  const children = new Map<number | null, UnitRow[]>();
  for (const u of rows) {
    const parent = u.parentId !== null && byId.has(u.parentId) ? u.parentId : null;
    const siblings = children.get(parent);
    if (siblings) siblings.push(u);
    else children.set(parent, [u]);
  }
  const sorted = (list: UnitRow[]) => [...list].sort((a, b) => compareVietnamese(a.name, b.name));
  const out: OrgUnit[] = [];
  const seen = new Set<number>();
  // Depth-first with an explicit stack: an import may chain thousands of levels.
  const walk = (roots: UnitRow[]) => {
    const stack = sorted(roots).reverse().map((u) => ({ u, depth: 0, path: [] as string[] }));
    while (stack.length > 0) {
      const { u, depth, path } = stack.pop()!;
      if (seen.has(u.id)) continue;
      seen.add(u.id);
      // The nearest ancestors only: a path through a very deep chain would grow with its square.
      const names = [u.name, ...path].slice(0, PATH_NAMES);
      const shown = depth >= PATH_NAMES ? [...names, '…'] : names;
      out.push({ id: u.id, code: u.code, name: u.name, kind: u.kind, parentId: u.parentId, path: shown.join(', '), population: u.population, validTo: u.validTo === null ? null : new Date(u.validTo).toISOString(), depth });
      for (const c of sorted(children.get(u.id) ?? []).reverse()) stack.push({ u: c, depth: depth + 1, path: names });
    }
  };
  walk(children.get(null) ?? []);
  for (const u of rows) if (!seen.has(u.id)) walk([u]);
  return out;
}

/**
 * The organization's units: the whole tree, a unit's children (parentId), or a search that ignores
 * diacritics and case on name and code ("phuong ninh kieu" finds "Phường Ninh Kiều").
 */
export function listOrgUnits(ctx: AppContext, grant: OrgGrant, query: { q?: string; parentId?: number; limit: number }): OrgUnitList {
  let list = treeOf(repo.orgUnits(ctx.db, grant.organizationId));
  if (query.parentId !== undefined) list = list.filter((u) => u.parentId === query.parentId);
  const q = query.q ? foldVietnamese(query.q) : '';
  if (q) list = list.filter((u) => foldVietnamese(u.name).includes(q) || u.code.toLowerCase().includes(q));
  return { units: list.slice(0, query.limit), total: list.length };
}

/** Changes a unit's name, population or end of validity; audited. Another organization's unit is 404. */
export function updateOrgUnit(ctx: AppContext, grant: OrgGrant, unitId: number, body: UpdateUnitBody): OrgUnit {
  const now = ctx.clock.now();
  ctx.db.transaction((tx) => {
    const u = repo.findOrgUnit(tx, grant.organizationId, unitId);
    if (!u) throw NotFound('Không tìm thấy đơn vị.');
    const patch: Partial<UnitRow> = {};
    if (body.name !== undefined) Object.assign(patch, { name: body.name.normalize('NFC'), nameFolded: foldVietnamese(body.name) });
    if (body.population !== undefined) patch.population = body.population;
    if (body.validTo !== undefined) patch.validTo = body.validTo === null ? null : vnDateTime.parse(body.validTo);
    const keys = (Object.keys(patch) as (keyof UnitRow)[]).filter((k) => k !== 'nameFolded' && patch[k] !== u[k]);
    // Nothing to change (an empty body, or the same values): no write, no audit entry.
    if (keys.length === 0) return;
    const updated = repo.updateUnit(tx, u.id, patch);
    recordAudit(tx, {
      organizationId: grant.organizationId,
      actorId: grant.user.id,
      action: 'unit.updated',
      entity: 'unit',
      entityId: u.id,
      before: Object.fromEntries(keys.map((k) => [k, u[k]])),
      after: Object.fromEntries(keys.map((k) => [k, updated[k]])),
      at: now,
    });
  });
  const unit = treeOf(repo.orgUnits(ctx.db, grant.organizationId)).find((x) => x.id === unitId);
  if (!unit) throw NotFound('Không tìm thấy đơn vị.');
  return unit;
}

/** What an uploaded file would do, row by row, with every error; changes nothing. */
export async function previewUnitImport(ctx: AppContext, grant: OrgGrant, file: Buffer, fileName: string): Promise<UnitImportPreview> {
  const { format, rows } = await readUnitFile(file, fileName);
  const read = rows.map(rowFromCells);
  const checked = checkUnitRows(read.map((r) => r.row), repo.orgUnits(ctx.db, grant.organizationId), read.map((r) => r.errors));
  const invalid = checked.filter((r) => r.errors.length > 0).length;
  const count = (a: string) => checked.filter((r) => r.errors.length === 0 && r.action === a).length;
  return { format, rows: checked, summary: { total: checked.length, create: count('create'), update: count('update'), unchanged: count('unchanged'), invalid } };
}

/**
 * Imports rows all or nothing, in one transaction: any row error is 400 IMPORT_INVALID with
 * `rows.N.field` paths and nothing is written. Parents are resolved by code (in the file or already in
 * the organization); existing codes are updated (name, kind, parent, population given).
 */
export function commitUnitImport(ctx: AppContext, grant: OrgGrant, body: UnitImportBody): UnitImportResult {
  const now = ctx.clock.now();
  return ctx.db.transaction((tx) => {
    const existing = repo.orgUnits(tx, grant.organizationId);
    const checked = checkUnitRows(body.rows, existing);
    const fields = checked.flatMap((r, i) => r.errors.map((e) => ({ path: `rows.${i}.${e.field}`, message: `Dòng ${r.row}: ${e.message}` })));
    if (fields.length > 0) throw new AppError('IMPORT_INVALID', 400, 'Danh sách đơn vị có lỗi nên chưa nhập đơn vị nào; vui lòng sửa các dòng được đánh dấu.', fields.slice(0, 200));
    const idOf = new Map(existing.map((u) => [u.code, u.id]));
    const byCode = new Map(existing.map((u) => [u.code, u]));
    const created: string[] = [];
    const updated: { code: string; before: unknown; after: unknown }[] = [];
    // New units first without parents, so a parent later in the file already has an id.
    for (const r of checked.filter((x) => x.action === 'create')) {
      const u = repo.insertUnit(tx, { organizationId: grant.organizationId, code: r.code, name: r.name, nameFolded: foldVietnamese(r.name), kind: r.kind, population: r.population, validFrom: now, createdAt: now });
      idOf.set(r.code, u.id);
      created.push(r.code);
    }
    for (const r of checked) {
      if (r.action === 'unchanged') continue;
      const parentId = r.parentCode === null ? null : (idOf.get(r.parentCode) as number);
      const id = idOf.get(r.code) as number;
      const old = byCode.get(r.code);
      const patch = { name: r.name, nameFolded: foldVietnamese(r.name), kind: r.kind, parentId, population: r.population ?? old?.population ?? null };
      repo.updateUnit(tx, id, patch);
      if (old) updated.push({ code: r.code, before: { name: old.name, kind: old.kind, parentId: old.parentId, population: old.population }, after: { name: patch.name, kind: patch.kind, parentId, population: patch.population } });
    }
    const unchanged = checked.filter((r) => r.action === 'unchanged').length;
    recordAudit(tx, { organizationId: grant.organizationId, actorId: grant.user.id, action: 'unit.imported', entity: 'units', entityId: grant.organizationId, after: { created, updated, unchanged }, at: now });
    return { created: created.length, updated: updated.length, unchanged };
  });
}
