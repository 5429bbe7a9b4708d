import { describe, expect, it } from 'vitest';
import {
  buildExport,
  emptyRecords,
  mergeRecords,
  parseImport,
  previewImport,
  MAX_IMPORT_BYTES,
  type LearnerRecords,
} from '../../src/lib/export-file';
import { kindNames, recordKinds } from '../../src/lib/record-kinds';

const T1 = '2026-11-01T10:00:00Z';
const T2 = '2026-11-02T10:00:00Z';
const check = (best: number, attempts: number, updatedAt: string, passed = best >= 80) => ({
  v: 1 as const,
  contentHash: 'h',
  attempts,
  best,
  last: best,
  passed,
  updatedAt,
});

const records: LearnerRecords = {
  ...emptyRecords(),
  read: { noticing: { v: 1, readAt: T1, updatedAt: T1 } },
  check: { noticing: check(90, 2, T1) },
};
const valid = buildExport(records, null, T2);
const json = (x: unknown) => JSON.stringify(x);

describe('parseImport', () => {
  it('accepts its own export', () => {
    expect(parseImport(json(valid))).toEqual({ ok: true, file: valid });
  });

  it.each<[string, string, string]>([
    ['not JSON', 'this is { not json', 'not-json'],
    ['empty', '   ', 'empty'],
    ['a JSON array', '[1,2]', 'not-object'],
    ['another format', json({ ...valid, format: 'other-app' }), 'wrong-format'],
    ['a newer version', json({ ...valid, version: 3 }), 'newer-version'],
    ['a version that is text', json({ ...valid, version: '1' }), 'unknown-version'],
    ['__proto__', '{"format":"ssm-playbook","version":1,"__proto__":{"polluted":true}}', 'forbidden-key'],
    [
      'nested constructor',
      json({ ...valid, records: { ...valid.records, check: { constructor: check(1, 1, T1) } } }),
      'forbidden-key',
    ],
    ['prototype', json({ ...valid, records: { ...valid.records, read: { prototype: {} } } }), 'forbidden-key'],
    ['an unknown field', json({ ...valid, extra: true }), 'invalid'],
    ['a missing field', json({ format: 'ssm-playbook', version: 1, exportedAt: T1, lastActivity: null }), 'invalid'],
    [
      'a wrong type',
      json({ ...valid, records: { ...valid.records, check: { noticing: { ...check(1, 1, T1), attempts: 'many' } } } }),
      'invalid',
    ],
    [
      'a score out of range',
      json({ ...valid, records: { ...valid.records, check: { noticing: check(250, 1, T1) } } }),
      'invalid',
    ],
    ['a bad id', json({ ...valid, records: { ...valid.records, check: { 'Not An Id': check(1, 1, T1) } } }), 'invalid'],
    ['a bad date', json({ ...valid, exportedAt: 'yesterday' }), 'invalid'],
  ])('rejects %s', (_, text, problem) => {
    const result = parseImport(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem).toBe(problem);
  });

  it('rejects a file over the limit before parsing it', () => {
    expect(parseImport('{}', MAX_IMPORT_BYTES + 1)).toMatchObject({ ok: false, problem: 'too-large' });
    expect(parseImport(' '.repeat(MAX_IMPORT_BYTES + 1))).toMatchObject({ ok: false, problem: 'too-large' });
  });

  it('sizes the limit from every kind at its export limit and budgeted record size', () => {
    const budget = kindNames.reduce((n, k) => n + recordKinds[k].maxPerExport * recordKinds[k].exportBytes, 0);
    expect(MAX_IMPORT_BYTES).toBeGreaterThanOrEqual(budget);
    expect(MAX_IMPORT_BYTES).toBeLessThan(budget + 1_000_000);
  });

  it('does not pollute Object.prototype', () => {
    parseImport('{"__proto__":{"polluted":true}}');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('merge and preview', () => {
  it('keeps the newer record but never lowers scores or attempts', () => {
    const current = { ...emptyRecords(), check: { noticing: check(90, 5, T1) } };
    const incoming = { ...emptyRecords(), check: { noticing: check(60, 2, T2, false) } };
    expect(mergeRecords(current, incoming).check['noticing']).toEqual({ ...check(90, 5, T2, true), last: 60 });
  });

  it('adds records that only the file has and keeps the rest', () => {
    const incoming = { ...emptyRecords(), read: { closing: { v: 1 as const, readAt: T2, updatedAt: T2 } } };
    const merged = mergeRecords(records, incoming);
    expect(Object.keys(merged.read).sort()).toEqual(['closing', 'noticing']);
    expect(merged.check).toEqual(records.check);
  });

  it('previews added, updated, unchanged and what replace would remove', () => {
    const incoming = {
      ...emptyRecords(),
      read: { noticing: records.read['noticing']!, closing: { v: 1 as const, readAt: T2, updatedAt: T2 } },
      check: { noticing: check(95, 3, T2) },
    };
    const { counts } = previewImport(records, incoming);
    expect(counts.read).toEqual({ added: 1, updated: 0, unchanged: 1, removedOnReplace: 0 });
    expect(counts.check).toEqual({ added: 0, updated: 1, unchanged: 0, removedOnReplace: 0 });
    expect(previewImport(records, emptyRecords()).counts.check.removedOnReplace).toBe(1);
  });
});
