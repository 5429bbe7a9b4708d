/**
 * Import as a store action: the incoming records are merged with the freshest stored ones
 * (another tab may have saved a moment ago), each kind by its own rule, and every record
 * is validated before it is written. The result says what did not reach this device, so
 * the page never says "Imported" when storage refused the writes.
 */
import { kindNames, specOf, type LearnerRecords } from '../lib/record-kinds';
import type { LastActivity } from '../lib/records';
import { hasOwn } from '../lib/validate';
import { $lastActivity, recordStores } from './learner';

export interface ImportOutcome {
  /** Records written to this device's storage. */
  written: number;
  /** `kind:id` of records that were not (invalid, newer version, or storage refused). */
  failed: string[];
}

export function importRecords(incoming: Partial<LearnerRecords>, mode: 'merge' | 'replace', last: LastActivity | null = null): ImportOutcome {
  const outcome: ImportOutcome = { written: 0, failed: [] };
  for (const kind of kindNames) {
    const store = recordStores[kind] as unknown as {
      $map: { get(): Record<string, unknown> };
      latest(id: string): unknown;
      update(id: string, change: (current: unknown) => unknown): boolean;
    };
    const theirs = (incoming[kind] ?? {}) as Record<string, unknown>;
    if (mode === 'replace') {
      for (const id of Object.keys(store.$map.get())) {
        if (!hasOwn(theirs, id) && !store.update(id, () => undefined)) outcome.failed.push(`${kind}:${id}`);
      }
    }
    for (const id of Object.keys(theirs)) {
      const value = theirs[id];
      const ok = store.update(id, (current) => (mode === 'merge' && current !== undefined ? specOf(kind).merge(current, value) : value));
      if (ok) outcome.written++;
      else outcome.failed.push(`${kind}:${id}`);
    }
  }
  if (last && (mode === 'replace' || !$lastActivity.get())) $lastActivity.set(last);
  return outcome;
}
