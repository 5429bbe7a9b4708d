/**
 * Bringing the progress an LMS kept (suspend_data) into this browser. It merges exactly as
 * an import does: the newer record wins, scores and attempts never go down. Only records the
 * merge changes are written, each built on the freshest stored value.
 */
import { mergeRecords, emptyRecords, type LearnerRecords } from '../lib/export-file';
import type { LastActivity } from '../lib/records';
import { $lastActivity, exerciseStore, checkStore, readStore, worksheetStore, writeRecords } from './learner';

const stores = { read: readStore, exercise: exerciseStore, check: checkStore, worksheet: worksheetStore } as const;
type Kind = keyof typeof stores;

/** Merges the LMS's records into the stored ones; returns how many records changed. */
export function mergeLmsRecords(incoming: LearnerRecords, last: LastActivity | null): number {
  const current = emptyRecords();
  for (const kind of Object.keys(stores) as Kind[]) {
    const store = stores[kind] as { latest(id: string): unknown };
    for (const id of Object.keys(incoming[kind])) {
      const value = store.latest(id);
      if (value !== undefined) (current[kind] as Record<string, unknown>)[id] = value;
    }
  }
  const merged = mergeRecords(current, incoming);
  const changes = emptyRecords();
  let changed = 0;
  for (const kind of Object.keys(stores) as Kind[]) {
    for (const [id, value] of Object.entries(merged[kind])) {
      if (JSON.stringify(value) === JSON.stringify((current[kind] as Record<string, unknown>)[id])) continue;
      (changes[kind] as Record<string, unknown>)[id] = value;
      changed++;
    }
  }
  if (changed > 0) writeRecords(changes, 'merge');
  const here = $lastActivity.get();
  if (last && (!here || last.at > here.at)) $lastActivity.set(last);
  return changed;
}
