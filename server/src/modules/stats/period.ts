import type { StatsPeriod, StatsPeriodQuery } from '@thiphapluat/shared';

const VN_OFFSET_MS = 7 * 3_600_000;

export interface ResolvedPeriod extends StatsPeriod {
  /** YYYYMMDD integers, both ends included: what the stored day columns are compared with. */
  fromDay: number;
  toDay: number;
  /** First and last millisecond of the period (UTC instants of Vietnamese midnights). */
  fromMs: number;
  toMs: number;
}

/** "2026-03-05" → 20260305. */
export const dayNumber = (isoDay: string): number => Number(isoDay.replaceAll('-', ''));
/** 20260305 → "2026-03-05". */
export const isoOfDay = (day: number): string => `${String(Math.floor(day / 10000)).padStart(4, '0')}-${String(Math.floor(day / 100) % 100).padStart(2, '0')}-${String(day % 100).padStart(2, '0')}`;

const vnMidnight = (isoDay: string): number => Date.parse(`${isoDay}T00:00:00Z`) - VN_OFFSET_MS;

/**
 * The period asked for. Without ends: the current calendar year (Vietnamese time); with one end, the
 * other is the end or start of that end's year.
 */
export function resolvePeriod(query: StatsPeriodQuery, now: number): ResolvedPeriod {
  const year = (query.from ?? query.to)?.slice(0, 4) ?? String(new Date(now + VN_OFFSET_MS).getUTCFullYear());
  const from = query.from ?? `${year}-01-01`;
  const to = query.to ?? `${year}-12-31`;
  return { from, to, fromDay: dayNumber(from), toDay: dayNumber(to), fromMs: vnMidnight(from), toMs: vnMidnight(to) + 86_400_000 - 1 };
}

/** "2026-03-05" → "05/03/2026", as Vietnamese reports write dates. */
export const viDate = (isoDay: string): string => isoDay.split('-').reverse().join('/');
