import { describe, expect, it } from 'vitest';
import { auditDiff } from './diff.js';

describe('auditDiff', () => {
  it('marks only the keys whose values differ', () => {
    expect(auditDiff({ role: 'viewer', email: 'a@b.vn' }, { role: 'organizer', email: 'a@b.vn' })).toEqual([
      { key: 'role', before: 'viewer', after: 'organizer', changed: true },
      { key: 'email', before: 'a@b.vn', after: 'a@b.vn', changed: false },
    ]);
  });

  it('shows added and removed keys against a dash, and nested values as JSON', () => {
    expect(auditDiff(null, { tags: [1, 2] })).toEqual([{ key: 'tags', before: '—', after: '[1,2]', changed: true }]);
    expect(auditDiff({ name: 'X' }, null)).toEqual([{ key: 'name', before: 'X', after: '—', changed: true }]);
  });

  it('compares bare values as one line, and nothing at all as no line', () => {
    expect(auditDiff(1, 2)).toEqual([{ key: 'giá trị', before: '1', after: '2', changed: true }]);
    expect(auditDiff(null, null)).toEqual([]);
  });
});
