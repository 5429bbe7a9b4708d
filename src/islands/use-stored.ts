/**
 * Reads a store in an island without a hydration mismatch: the server and the first client
 * render use `serverValue` (what the HTML was rendered with), then the stored value follows.
 */
import { useStore } from '@nanostores/react';
import type { ReadableAtom } from 'nanostores';
import { emptyRecords } from '../lib/record-kinds';
import type { AllRecords } from '../stores/learner';

export function useStored<T>(store: ReadableAtom<T>, serverValue: T): T {
  return useStore(store, { ssr: () => serverValue });
}

/** Shared empty objects, so server snapshots are stable between renders. */
export const NO_RECORDS: Readonly<Record<string, never>> = Object.freeze({});

/** What the server renders for every learner's records: nothing yet. */
export const NO_LEARNER_RECORDS: AllRecords = Object.freeze(emptyRecords());

export const NO_IDS: readonly string[] = Object.freeze([]);
