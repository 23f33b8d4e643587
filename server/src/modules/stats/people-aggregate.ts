/**
 * Distinct-people counts of a period, as sums of per-person contributions: a person adds 1 to the
 * total, 1 to each month, year, unit and contest they took part in, and 1 to the split of their latest
 * registration. The stored part is counted in SQL over the rollup; a person who also took part in an
 * open round is then corrected here: their stored contribution out, their full one (stored + live) in.
 * Exact, and the live work is proportional to the open rounds only.
 */

export interface PersonRow {
  day: number;
  unitId: number | null;
  entrantType: string | null;
  gender: string | null;
  ageBand: string;
  contestId: number;
}

export interface PeopleAggregate {
  total: number;
  /** `${entrantType}|${gender}|${ageBand}` of each person's latest row ('' for null) → people. */
  splits: Map<string, number>;
  /** YYYYMM → people. */
  months: Map<number, number>;
  /** YYYY → people. */
  years: Map<number, number>;
  units: Map<number, number>;
  /** `${year}:${unitId}` → people, for the units active per year. */
  yearUnits: Map<string, number>;
  contests: Map<number, number>;
}

export const emptyAggregate = (): PeopleAggregate => ({
  total: 0,
  splits: new Map(),
  months: new Map(),
  years: new Map(),
  units: new Map(),
  yearUnits: new Map(),
  contests: new Map(),
});

export const splitKey = (e: string | null, g: string | null, a: string): string => `${e ?? ''}|${g ?? ''}|${a}`;

function bump<K>(m: Map<K, number>, k: K, by: number): void {
  const n = (m.get(k) ?? 0) + by;
  if (n === 0) m.delete(k);
  else m.set(k, n);
}

const cmpNullFirst = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? -1 : b === null ? 1 : a < b ? -1 : 1);

/**
 * The latest row; among rows of the same day, the first in the person index's order (entrant type,
 * gender, age band; null first), which is the row SQLite's max(day) keeps.
 */
function latest(rows: readonly PersonRow[]): PersonRow {
  return rows.reduce((best, r) => {
    if (r.day !== best.day) return r.day > best.day ? r : best;
    const c = cmpNullFirst(r.entrantType, best.entrantType) || cmpNullFirst(r.gender, best.gender) || cmpNullFirst(r.ageBand, best.ageBand);
    return c < 0 ? r : best;
  });
}

/** Adds (sign 1) or removes (sign -1) one person, given all their rows in the period. */
export function contribute(agg: PeopleAggregate, rows: readonly PersonRow[], sign: 1 | -1): void {
  if (rows.length === 0) return;
  agg.total += sign;
  const l = latest(rows);
  bump(agg.splits, splitKey(l.entrantType, l.gender, l.ageBand), sign);
  for (const m of new Set(rows.map((r) => Math.floor(r.day / 100)))) bump(agg.months, m, sign);
  for (const y of new Set(rows.map((r) => Math.floor(r.day / 10000)))) bump(agg.years, y, sign);
  for (const u of new Set(rows.flatMap((r) => (r.unitId === null ? [] : [r.unitId])))) bump(agg.units, u, sign);
  for (const yu of new Set(rows.flatMap((r) => (r.unitId === null ? [] : [`${Math.floor(r.day / 10000)}:${r.unitId}`])))) bump(agg.yearUnits, yu, sign);
  for (const c of new Set(rows.map((r) => r.contestId))) bump(agg.contests, c, sign);
}

/** The aggregate as plain JSON (maps as entry lists), for the stored period aggregates. */
export const serializeAggregate = (a: PeopleAggregate) => ({
  total: a.total,
  splits: [...a.splits],
  months: [...a.months],
  years: [...a.years],
  units: [...a.units],
  yearUnits: [...a.yearUnits],
  contests: [...a.contests],
});

export function deserializeAggregate(json: unknown): PeopleAggregate {
  const j = json as ReturnType<typeof serializeAggregate>;
  return {
    total: j.total,
    splits: new Map(j.splits),
    months: new Map(j.months),
    years: new Map(j.years),
    units: new Map(j.units),
    yearUnits: new Map(j.yearUnits),
    contests: new Map(j.contests),
  };
}
