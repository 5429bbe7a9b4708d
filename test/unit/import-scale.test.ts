// @vitest-environment jsdom
/**
 * The export of the documented scale (200 opportunities × 50 snapshots, as My data writes
 * it, pretty-printed) imports again: parsed, validated and written, every record intact.
 */
import { describe, expect, it, vi } from 'vitest';
import { N, SNAPS, sampleStorage } from '../../scripts/opportunity-sample.mjs';
import { buildExport, emptyRecords, MAX_IMPORT_BYTES, parseImport } from '../../src/lib/export-file';
import { recordKinds } from '../../src/lib/record-kinds';

const NOW = '2026-12-02T08:00:00Z';

function sampleRecords() {
  const records = emptyRecords() as unknown as Record<string, Record<string, unknown>>;
  for (const [key, raw] of Object.entries(sampleStorage())) {
    const [, , kind, id] = key.split(':');
    records[kind!]![id!] = JSON.parse(raw);
  }
  return records;
}

describe('an export of 200 opportunities with 50 snapshots each', () => {
  const records = sampleRecords();
  const text = JSON.stringify(buildExport(records as never, null, NOW), null, 2);

  it('is over the old 1 MB limit and within the import limit', () => {
    expect(text.length).toBeGreaterThan(1_000_000);
    expect(new TextEncoder().encode(text).length).toBeLessThanOrEqual(MAX_IMPORT_BYTES);
  });

  it('has records no larger than the sizes the import limit budgets for them', () => {
    // One record's bytes where the export file has it: three levels down, pretty-printed.
    const inFile = (kind: string, id: string, r: unknown) =>
      JSON.stringify({ records: { [kind]: { [id]: r } } }, null, 2).length -
      JSON.stringify({ records: { [kind]: {} } }, null, 2).length;
    const largest = (kind: 'opportunity' | 'snapshots') =>
      Math.max(...Object.entries(records[kind]!).map(([id, r]) => inFile(kind, id, r)));
    expect(largest('opportunity')).toBeLessThanOrEqual(recordKinds.opportunity.exportBytes);
    expect(largest('snapshots')).toBeLessThanOrEqual(recordKinds.snapshots.exportBytes);
  });

  it('parses, validates and imports, every record as it was', async () => {
    const parsed = parseImport(text, text.length, NOW);
    if (!parsed.ok) throw new Error(`${parsed.problem}: ${parsed.detail}`);
    expect(Object.keys(parsed.file.records.opportunity)).toHaveLength(N);
    expect(Object.keys(parsed.file.records.snapshots)).toHaveLength(N);
    expect(parsed.file.records).toEqual({ ...emptyRecords(), ...records });

    localStorage.clear();
    vi.resetModules();
    const { importRecords } = await import('../../src/stores/import');
    const { $opportunities, $snapshots } = await import('../../src/stores/learner');
    const outcome = importRecords(parsed.file.records, 'replace');
    expect(outcome.failed).toEqual([]);
    expect(outcome.written).toBe(2 * N);
    expect($opportunities.get()).toEqual(records['opportunity']);
    const snaps = $snapshots.get();
    expect(Object.values(snaps).every((s) => s.items.length === SNAPS)).toBe(true);
    expect(snaps).toEqual(records['snapshots']);
  });

  it('a file one byte over the limit is refused before it is read', () => {
    expect(parseImport('{}', MAX_IMPORT_BYTES + 1)).toMatchObject({ ok: false, problem: 'too-large' });
  });
});
