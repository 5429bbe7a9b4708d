/**
 * Import as a store action: the incoming records are merged with the freshest stored ones
 * (another tab may have saved a moment ago), each kind by its own rule, and every record
 * is validated before it is written. The result says what did not reach this device, so
 * the page never says "Imported" when storage refused the writes.
 */
import { kindNames, specOf, type LearnerRecords } from '../lib/record-kinds';
import type { LastActivity } from '../lib/records';
import { hasOwn } from '../lib/validate';
import { $lastActivity, $opportunities, $worksheets, nowIso, recordStores } from './learner';
import { placeLegacySheets } from './migrate-opportunities';

export interface ImportOutcome {
  /** Records written to this device's storage. */
  written: number;
  /** `kind:id` of records that were not (invalid, newer version, or storage refused). */
  failed: string[];
}

export function importRecords(
  given: Partial<LearnerRecords>,
  mode: 'merge' | 'replace',
  last: LastActivity | null = null,
): ImportOutcome {
  const outcome: ImportOutcome = { written: 0, failed: [] };
  // Version-1 deal sheets in an old file go to their opportunities, as they do on load.
  const incoming =
    mode === 'replace'
      ? placeLegacySheets(given, {}, {}, nowIso())
      : placeLegacySheets(given, $opportunities.get(), $worksheets.get(), nowIso());
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
      const ok = store.update(id, (current) =>
        mode === 'merge' && current !== undefined ? specOf(kind).merge(current, value) : value,
      );
      if (ok) outcome.written++;
      else outcome.failed.push(`${kind}:${id}`);
    }
  }
  if (last && (mode === 'replace' || !$lastActivity.get())) $lastActivity.set(last);
  return outcome;
}
