import { fieldNameKey, normalizeText, type LegalField } from '@thiphapluat/shared';
import type { DbOrTx } from '@thiphapluat/db';
import type { AppContext } from '../../context.js';
import { AppError, Validation } from '../../errors.js';
import { recordAudit } from '../audit/audit.repository.js';
import * as repo from './questions.repository.js';
import type { Actor } from './questions.service.js';

export const toField = (f: repo.FieldRow): LegalField => ({ id: f.id, code: f.code, name: f.name, shared: f.organizationId === null });

/** The shared national list and the organization's own fields, in the order they were made. */
export function listFields(ctx: AppContext, organizationId: number): LegalField[] {
  return repo.fieldsVisibleTo(ctx.db, organizationId).map(toField);
}

const slug = (name: string) =>
  fieldNameKey(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'linh-vuc';

/**
 * Creates one of the organization's own fields inside `tx`. A name that folds to an existing visible
 * field's name is refused (409), so "Đất đai" and "dat dai" never become two tags. The code is unique
 * across organizations: derived from the folded name, prefixed with the organization, numbered on a clash.
 */
export function insertOwnField(tx: DbOrTx, actor: Actor, rawName: string, now: number): repo.FieldRow {
  const name = normalizeText(rawName);
  const key = fieldNameKey(name);
  if (repo.fieldsVisibleTo(tx, actor.organizationId).some((f) => fieldNameKey(f.name) === key)) {
    throw new AppError('CONFLICT', 409, `Lĩnh vực “${name}” đã có.`, [{ path: 'name', message: 'Lĩnh vực này đã có trong danh sách.' }]);
  }
  const base = `o${actor.organizationId}-${slug(name)}`;
  let code = base;
  for (let n = 2; repo.codeTaken(tx, code); n++) code = `${base}-${n}`;
  const row = repo.insertField(tx, { code, name, organizationId: actor.organizationId, createdAt: now });
  recordAudit(tx, { organizationId: actor.organizationId, actorId: actor.userId, action: 'legal_field.created', entity: 'legal_field', entityId: row.id, after: toField(row), at: now });
  return row;
}

/** Creates an organization field from the studio; audited with it. */
export function createField(ctx: AppContext, actor: Actor, name: string): LegalField {
  return toField(ctx.db.transaction((tx) => insertOwnField(tx, actor, name, ctx.clock.now())));
}

/** Checks that every id is a field the organization may use (shared or its own); 400 otherwise. */
export function assertUsableFields(db: DbOrTx, organizationId: number, fieldIds: number[]): void {
  const usable = new Set(repo.fieldsVisibleTo(db, organizationId).map((f) => f.id));
  const bad = fieldIds.findIndex((id) => !usable.has(id));
  if (bad >= 0) throw Validation([{ path: `fieldIds.${bad}`, message: 'Lĩnh vực không tồn tại.' }]);
}
