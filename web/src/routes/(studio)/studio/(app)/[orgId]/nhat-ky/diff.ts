/** One line of a before/after comparison. */
export interface DiffRow {
  key: string;
  before: string;
  after: string;
  changed: boolean;
}

const show = (v: unknown): string => (v === undefined ? '—' : typeof v === 'string' ? v : JSON.stringify(v));
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The keys of an audit entry's before and after, each with both values and whether it changed. Non-object
 * values (a deleted row's null after, a bare number) compare as one line named "giá trị".
 */
export function auditDiff(before: unknown, after: unknown): DiffRow[] {
  if (!isRecord(before) && !isRecord(after)) {
    return before == null && after == null ? [] : [{ key: 'giá trị', before: show(before ?? undefined), after: show(after ?? undefined), changed: show(before) !== show(after) }];
  }
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return keys.map((key) => {
    const x = show(b[key]);
    const y = show(a[key]);
    return { key, before: x, after: y, changed: x !== y };
  });
}
