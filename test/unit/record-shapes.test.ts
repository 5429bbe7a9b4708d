/**
 * The version rule, enforced: each record kind's accepted shape is kept per version in
 * `test/fixtures/record-shapes.json`. A validator whose shape changed without a new
 * `version` (and an `upgrade` step from the one before) fails here, because an open tab of
 * the older site would otherwise set aside a newer tab's work as "not a known field".
 * After a deliberate bump: `UPDATE_RECORD_SHAPES=1 npx vitest run test/unit/record-shapes.test.ts`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kindNames, recordKinds, specOf } from '../../src/lib/record-kinds';

const file = join(import.meta.dirname, '..', 'fixtures', 'record-shapes.json');
type Snapshot = Record<string, Record<string, unknown>>;
const stored: Snapshot = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Snapshot) : {};

if (process.env['UPDATE_RECORD_SHAPES']) {
  const next: Snapshot = structuredClone(stored);
  for (const kind of kindNames) {
    const spec = specOf(kind);
    next[kind] ??= {};
    // Shapes of earlier versions are history: never rewritten.
    next[kind][String(spec.version)] ??= spec.validate.shape;
  }
  writeFileSync(file, `${JSON.stringify(next, null, 2)}\n`);
  Object.assign(stored, next);
}

describe('record version rule', () => {
  it.each(kindNames)('%s: its shape is the one recorded for its version', (kind) => {
    const spec = specOf(kind);
    const recorded = stored[kind]?.[String(spec.version)];
    expect(
      recorded,
      `no shape recorded for ${kind} v${spec.version}: run with UPDATE_RECORD_SHAPES=1 after bumping the version`,
    ).toBeDefined();
    expect(
      spec.validate.shape,
      `${kind}'s shape changed: bump recordKinds.${kind}.version and add upgrade[${spec.version}]`,
    ).toEqual(recorded);
  });

  it.each(kindNames)('%s: every older recorded version has an upgrade step', (kind) => {
    const spec = specOf(kind);
    for (const version of Object.keys(stored[kind] ?? {}).map(Number)) {
      if (version < spec.version)
        expect(spec.upgrade[version], `${kind}: no upgrade from v${version}`).toBeTypeOf('function');
    }
    for (let v = 1; v < spec.version; v++)
      expect(spec.upgrade[v], `${kind}: no upgrade from v${v}`).toBeTypeOf('function');
  });

  it('every kind has a distinct key prefix and a sensible export limit', () => {
    for (const kind of kindNames) {
      expect(recordKinds[kind].maxPerExport).toBeGreaterThan(0);
      expect(kind).toMatch(/^[a-z]+$/);
    }
  });
});
