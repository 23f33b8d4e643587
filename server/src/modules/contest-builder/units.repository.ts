import { and, asc, eq } from 'drizzle-orm';
import { units, type DbOrTx } from '@thiphapluat/db';

export type UnitRow = typeof units.$inferSelect;

/** Every unit of the organization; lists are small (a province has a few hundred units at most). */
export function orgUnits(db: DbOrTx, organizationId: number): UnitRow[] {
  return db.select().from(units).where(eq(units.organizationId, organizationId)).orderBy(asc(units.id)).all();
}

export function findOrgUnit(db: DbOrTx, organizationId: number, unitId: number): UnitRow | undefined {
  return db.select().from(units).where(and(eq(units.id, unitId), eq(units.organizationId, organizationId))).get();
}

export function insertUnit(db: DbOrTx, row: typeof units.$inferInsert): UnitRow {
  return db.insert(units).values(row).returning().get();
}

export function updateUnit(db: DbOrTx, id: number, patch: Partial<typeof units.$inferInsert>): UnitRow {
  return db.update(units).set(patch).where(eq(units.id, id)).returning().get();
}
