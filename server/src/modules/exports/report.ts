/**
 * A report as the writers see it: sections of typed columns and rows that are produced one at a time
 * (straight from a SQLite iterator), so no writer ever holds a whole table in memory.
 */

/**
 * How a cell is shown. `datetime` cells hold epoch ms (shown in Vietnam time), `duration` cells ms,
 * `percent` cells a fraction (0.5 = 50 %).
 */
export type CellType = 'text' | 'int' | 'decimal' | 'percent' | 'datetime' | 'duration';
export type Cell = string | number | null;

export interface Column {
  header: string;
  type: CellType;
  /** Width in characters (xlsx); also a hint for the printed table. */
  width: number;
}

export interface Section {
  /** Sheet name in xlsx (at most 31 characters, no []:*?/\). */
  name: string;
  /** Heading above the table in the printed report and the CSV. */
  title: string;
  columns: Column[];
  rows: Iterable<Cell[]>;
  /** Rows the iterator will yield, for progress. */
  total: number;
  /** A line under the table (e.g. the formula a ranking uses). */
  note?: string;
}

export interface Report {
  /** e.g. "KẾT QUẢ CUỘC THI …" */
  title: string;
  subtitle?: string;
  organization: string;
  generatedAt: number;
  sections: Section[];
}

/** Called after every row; the writers await it now and then, which is where progress is reported. */
export type RowTick = () => void | Promise<void>;

const VN_OFFSET_MS = 7 * 3600_000;

/** dd/mm/yyyy hh:mm in Vietnam time (UTC+7 all year). */
export function formatVnDateTime(ms: number): string {
  const d = new Date(ms + VN_OFFSET_MS);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${p(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`;
}

/** "ngày 24 tháng 11 năm 2026", as an official report dates itself. */
export function formatVnLongDate(ms: number): string {
  const d = new Date(ms + VN_OFFSET_MS);
  return `ngày ${d.getUTCDate()} tháng ${d.getUTCMonth() + 1} năm ${d.getUTCFullYear()}`;
}

/** 754_000 ms → "12:34" (minutes may pass 59). */
export function formatDuration(ms: number): string {
  const total = Math.round(ms / 1000);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

const vnNumber = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
const vnPercent = new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 });

/** A cell as text, the way CSV and the printed report show it (Vietnamese separators in the print). */
export function cellText(value: Cell, type: CellType, locale: 'vi' | 'plain'): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  switch (type) {
    case 'datetime':
      return formatVnDateTime(value);
    case 'duration':
      return formatDuration(value);
    case 'percent':
      return locale === 'vi' ? vnPercent.format(value) : `${Math.round(value * 1000) / 10}%`;
    case 'int':
    case 'decimal':
      return locale === 'vi' ? vnNumber.format(value) : String(Math.round(value * 100) / 100);
    default:
      return String(value);
  }
}

/** Vietnam date for file names: 2026-11-24. */
export const vnIsoDate = (ms: number): string => new Date(ms + VN_OFFSET_MS).toISOString().slice(0, 10);

/** Excel has no time zone: a date cell holds wall-clock time, so Vietnam time is written as if it were UTC. */
export const excelDate = (ms: number): Date => new Date(ms + VN_OFFSET_MS);
