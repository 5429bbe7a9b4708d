import { describe, expect, it } from 'vitest';
import {
  capabilityFlags,
  isRowComplete,
  isRowEmpty,
  newCapabilityRow,
  provenDifferences,
} from '../../src/lib/unique-value-flags';
import type { CapabilityRow } from '../../src/lib/records';

const row = (patch: Partial<CapabilityRow> = {}): CapabilityRow => ({
  id: 'capability-1',
  capability: 'Real-time inventory',
  ours: 'Sensors in every store',
  competitor: 'Nightly batch',
  ourView: 'stronger',
  clientView: 'values',
  businessValue: 'Less spoilage',
  ...patch,
});

describe('capabilityFlags', () => {
  it.each([
    ['a valued difference with business value', {}, []],
    ['stronger but the client is indifferent', { clientView: 'indifferent' }, ['stronger-not-valued']],
    ['stronger but the client view is unknown', { clientView: 'unknown' }, ['stronger-unknown']],
    ['stronger and the client view not recorded', { clientView: null }, ['stronger-unknown']],
    ['no business value stated', { businessValue: '  ' }, ['no-business-value']],
    ['both', { clientView: 'indifferent', businessValue: '' }, ['stronger-not-valued', 'no-business-value']],
    ['the same as the competitor and indifferent', { ourView: 'same', clientView: 'indifferent' }, []],
    ['weaker and unknown', { ourView: 'weaker', clientView: 'unknown' }, []],
  ] as const)('%s', (_name, patch, flags) => {
    expect(capabilityFlags(row(patch))).toEqual(flags);
  });
  it('leaves an empty row alone', () => {
    expect(capabilityFlags(newCapabilityRow([]))).toEqual([]);
  });
});

describe('row state', () => {
  it('knows empty and complete rows', () => {
    expect(isRowEmpty(newCapabilityRow([]))).toBe(true);
    expect(
      isRowEmpty(
        row({ capability: '', ours: '', competitor: '', businessValue: '', ourView: null, clientView: 'unknown' }),
      ),
    ).toBe(false);
    expect(isRowComplete(row())).toBe(true);
    expect(isRowComplete(row({ competitor: ' ' }))).toBe(false);
    expect(isRowComplete(row({ ourView: null }))).toBe(false);
  });
  it('numbers new rows after the highest id', () => {
    expect(newCapabilityRow([row({ id: 'capability-4' }), row({ id: 'capability-2' })]).id).toBe('capability-5');
  });
  it('finds proven differences', () => {
    expect(provenDifferences([row(), row({ id: 'capability-2', clientView: 'unknown' })]).map((r) => r.id)).toEqual([
      'capability-1',
    ]);
  });
});
